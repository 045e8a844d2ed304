/* audit_json — civic audit --json: the envelope, kind "audit"
 * (docs/json/audit.md, docs/json/audit.schema.json).  The findings and the
 * bad rows are one array, "findings", written as they are found; the
 * summary and the counts follow it. */
#include "audit_render.h"
#include "envelope.h"

static void aj_day(js_out *j, const char *key, dt_day d)
{
    char buf[11];
    dt_format(d, buf);
    js_key(j, key);
    js_str(j, buf);
}

void ao_json_begin(ao_out *o, const char *map, const char *map_name, const char *const *registers, size_t n, dt_day today)
{
    js_init(&o->j, o->out);
    ev_begin(&o->j, "audit");
    js_key(&o->j, "map");
    js_str(&o->j, map);
    js_key(&o->j, "register_name");
    js_str(&o->j, map_name);
    js_key(&o->j, "registers");
    js_arr(&o->j);
    for (size_t i = 0; i < n; i++) js_str(&o->j, registers[i]);
    js_arr_end(&o->j);
    aj_day(&o->j, "today", today);
    js_key(&o->j, "findings");
    js_arr(&o->j);
}

void ao_json_finding(ao_out *o, const au_finding *f)
{
    js_out *j = &o->j;
    js_obj(j);
    js_key(j, "kind"); js_str(j, f->breach ? "breach" : "departure");
    js_key(j, "register"); js_str(j, f->file);
    js_key(j, "line"); js_int(j, f->line);
    js_key(j, "id"); js_str(j, f->id);
    js_key(j, "clause"); js_str(j, f->clause);
    js_key(j, "forbidden"); js_bool(j, f->forbidden);
    aj_day(j, "due", f->due);
    aj_day(j, "raised", f->raised);
    js_key(j, "person"); js_str(j, f->person);
    js_key(j, "what"); js_str(j, f->what);
    js_obj_end(j);
}

void ao_json_rowerr(ao_out *o, const au_rowerr *e)
{
    js_out *j = &o->j;
    js_obj(j);
    js_key(j, "kind"); js_str(j, "error");
    js_key(j, "register"); js_str(j, e->file);
    js_key(j, "line"); js_int(j, e->line);
    /* columns in characters, as a diagnostic's; 0 when no cell is at fault */
    size_t col = e->col ? ao_chars(e->rec, e->col - 1) + 1 : 0;
    size_t end = e->col ? col + ao_chars(e->rec + e->col - 1, e->end_col - e->col) : 0;
    if (e->col && end <= col) end = col + 1;   /* an empty cell: the caret under its place */
    js_key(j, "col"); js_int(j, (long)col);
    js_key(j, "end_col"); js_int(j, (long)end);
    js_key(j, "code"); js_str(j, e->code);
    js_key(j, "message"); js_str(j, e->msg);
    js_key(j, "hints");
    js_arr(j);
    if (e->hint) js_str(j, e->hint);
    js_arr_end(j);
    js_key(j, "row"); js_strn(j, e->rec, e->rec_len);
    js_obj_end(j);
}

static void aj_counts(js_out *j, const char *key, const char *name, const au_count *v, size_t n)
{
    js_key(j, key);
    js_arr(j);
    for (size_t i = 0; i < n; i++) {
        js_obj(j);
        js_key(j, name); js_str(j, v[i].key);
        js_key(j, "duties"); js_int(j, (long)v[i].duties);
        js_key(j, "met"); js_int(j, (long)v[i].met);
        js_key(j, "breached"); js_int(j, (long)v[i].breached);
        js_key(j, "departed"); js_int(j, (long)v[i].departed);
        js_key(j, "open"); js_int(j, (long)v[i].open);
        if (v[i].has_first_open) aj_day(j, "first_open_due", v[i].first_open);
        else { js_key(j, "first_open_due"); js_null(j); }
        js_obj_end(j);
    }
    js_arr_end(j);
}

void ao_json_end(ao_out *o, const au_summary *s, const dg_sink *dg, const src_set *src, bool ok)
{
    js_out *j = &o->j;
    js_arr_end(j);
    js_key(j, "summary");
    js_obj(j);
    aj_counts(j, "by_clause", "clause", s->clauses, s->nclauses);
    aj_counts(j, "by_person", "person", s->people, s->npeople);
    aj_counts(j, "by_month", "month", s->months, s->nmonths);
    js_obj_end(j);
    js_key(j, "rows"); js_int(j, (long)s->rows);
    js_key(j, "breaches"); js_int(j, (long)s->breaches);
    js_key(j, "departures"); js_int(j, (long)s->departures);
    js_key(j, "open"); js_int(j, (long)s->open);
    js_key(j, "open_no_deadline"); js_int(j, (long)s->open_undated);
    js_key(j, "errors"); js_int(j, (long)s->errors);
    char last[160];
    ao_last_line(s, last, sizeof last);
    js_key(j, "result"); js_str(j, last);
    const dg_sink *dgs[1] = { dg };
    const src_set *srcs[1] = { src };
    ev_end(j, dgs, srcs, dg ? 1 : 0, ok);
}
