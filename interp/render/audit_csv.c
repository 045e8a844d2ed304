/* audit_csv — civic audit --csv: one CSV record per finding, per bad row
 * and per line of the summary, under one header, to open in a spreadsheet:
 *
 *   kind,register,line,id,clause,person,month,due,what,duties,met,breached,departed,open
 *
 * kind: breach, departure, error; then clause, person, month (a line of the
 * summary) and total (the last line, in `what`).  Cells are quoted when
 * they hold a comma, a quote or a line break (RFC 4180); a cell from the
 * register that begins with = + - or @ gets a ' before it, so that a
 * spreadsheet shows it rather than running it as a formula. */
#include "audit_render.h"

#include <string.h>

static void ac_cell(FILE *f, const char *s, size_t n, bool guard)
{
    bool quote = false;
    for (size_t i = 0; i < n && !quote; i++) quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    bool tick = guard && n && strchr("=+-@", s[0]);
    if (!quote && !tick) { fwrite(s, 1, n, f); return; }
    fputc('"', f);
    if (tick) fputc('\'', f);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') fputc('"', f);
        fputc(s[i], f);
    }
    fputc('"', f);
}

static void ac_str(FILE *f, const char *s, bool guard) { if (s) ac_cell(f, s, strlen(s), guard); }

void ao_csv_begin(ao_out *o)
{
    fputs("kind,register,line,id,clause,person,month,due,what,duties,met,breached,departed,open\n", o->out);
}

void ao_csv_finding(ao_out *o, const au_finding *f)
{
    FILE *out = o->out;
    char due[11], month[11];
    dt_format(f->due, due);
    dt_format(f->raised, month);
    month[7] = '\0';
    fputs(f->breach ? "breach," : "departure,", out);
    ac_str(out, f->file, true);
    fprintf(out, ",%ld,", f->line);
    ac_str(out, f->id, true);
    fputc(',', out);
    ac_str(out, f->clause, true);
    fputc(',', out);
    ac_str(out, f->person, true);
    fprintf(out, ",%s,%s,", month, due);
    ac_str(out, f->what, true);
    fputs(",,,,,\n", out);
}

void ao_csv_rowerr(ao_out *o, const au_rowerr *e)
{
    FILE *out = o->out;
    fputs("error,", out);
    ac_str(out, e->file, true);
    fprintf(out, ",%ld,,,,,,", e->line);
    ac_str(out, e->msg, true);
    fputs(",,,,,\n", out);
}

static void ac_counts(FILE *out, const char *kind, int where, const au_count *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "%s,,,,", kind);
        if (where == 0) ac_str(out, v[i].key, true);
        fputc(',', out);
        if (where == 1) ac_str(out, v[i].key, true);
        fputc(',', out);
        if (where == 2) ac_str(out, v[i].key, true);
        fprintf(out, ",,,%zu,%zu,%zu,%zu,%zu\n", v[i].duties, v[i].met, v[i].breached, v[i].departed, v[i].open);
    }
}

void ao_csv_summary(ao_out *o, const au_summary *s)
{
    ac_counts(o->out, "clause", 0, s->clauses, s->nclauses);
    ac_counts(o->out, "person", 1, s->people, s->npeople);
    ac_counts(o->out, "month", 2, s->months, s->nmonths);
    char last[160];
    ao_last_line(s, last, sizeof last);
    fprintf(o->out, "total,,,,,,,,%s,,,%zu,%zu,%zu\n", last, s->breaches, s->departures, s->open);
}
