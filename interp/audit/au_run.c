/* au_run — a register's rows through the protocol, one matter each (audit.h).
 *
 * Per file: the header is matched to the map's columns (by name, any case);
 * then each record is read (au_csv.c), checked cell by cell (au_row.c), made
 * into its events and run by sim_matter_run as a matter of its own; the
 * engine's entries become findings and the counts of the summary
 * (au_sum.c).  A row's strings live in the reader's buffer and the row's
 * scratch until the next row. */
#include "au_int.h"
#include "fail.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The event of a map's line, but for its day. */
static void ar_template(md_event *e, const au_ev *t)
{
    memset(e, 0, sizeof *e);
    e->minute = -1;
    e->kind = EV_ACT;
    e->object_prep = t->object_prep;
    e->target_prep = t->target_prep;
    e->actor = t->actor.slot;
    e->actor_role = -1;
    e->action = t->action;
    e->object = t->object;
    e->target = t->target.slot;
    e->target_role = -1;
    e->about = -1;
    e->at = t->at;
    e->verb = t->verb;
    e->x = t->x;
}

/* The run's arrays, by the map's slots, event lines and columns and the
 * model's rules; false when out of memory (au_run_free frees what was made). */
static bool ar_arrays(au_run *r)
{
    const au_map *mp = r->mp;
    size_t ns = mp->nslots ? mp->nslots : 1, ne = mp->nevs ? mp->nevs : 1;
    r->people = fail_calloc(ns, sizeof *r->people);
    r->holds = fail_calloc(ns, sizeof *r->holds);
    r->evs = fail_calloc(ne, sizeof *r->evs);
    r->days = fail_calloc(ne, sizeof *r->days);
    r->tmpl = fail_calloc(ne, sizeof *r->tmpl);
    r->colmap = fail_calloc(mp->ncols ? mp->ncols : 1, sizeof *r->colmap);
    r->heads = fail_calloc(mp->ncols ? mp->ncols : 1, sizeof *r->heads);
    r->slot_count = fail_calloc(ns, sizeof *r->slot_count);
    r->slot_len = fail_malloc(ns * sizeof *r->slot_len);
    r->norm_clause = fail_malloc((r->m->nnorms ? r->m->nnorms : 1) * sizeof *r->norm_clause);
    if (!r->people || !r->holds || !r->evs || !r->days || !r->tmpl || !r->colmap || !r->heads || !r->slot_count || !r->slot_len ||
        !r->norm_clause)
        return false;
    for (size_t i = 0; i < r->m->nnorms; i++) r->norm_clause[i] = -1;
    for (size_t i = 0; i < ns; i++) r->slot_len[i] = SIZE_MAX;
    return true;
}

/* Each slot's person before a row names them: its role, held for good. */
static void ar_slots(au_run *r)
{
    const au_map *mp = r->mp;
    for (size_t i = 0; i < mp->nslots; i++) {
        r->people[i].name = r->people[i].display = mp->slot_role[i] >= 0 ? md_role_name(r->m, mp->slot_role[i]) : "?";
        r->people[i].holds = &r->holds[i];
        r->people[i].nholds = 1;
        r->holds[i].role = mp->slot_role[i] >= 0 ? mp->slot_role[i] : 0;
        r->holds[i].from = INT32_MIN;
        r->holds[i].until = INT32_MAX;
    }
}

au_run *au_run_new(const md_model *m, const au_map *mp, dt_day today, au_sink sink)
{
    au_run *r = fail_calloc(1, sizeof *r);
    if (!r) return NULL;
    r->m = m;
    r->mp = mp;
    r->today = today;
    r->sink = sink;
    r->cal = md_cal(m);
    ar_init(&r->scratch);
    au_sum_init(&r->sum);
    au_ids_init(&r->ids);
    dy_init(&r->day_month);
    if (!ar_arrays(r)) { au_run_free(r); return NULL; }
    ar_slots(r);
    for (size_t k = 0; k < mp->nevs; k++) ar_template(&r->tmpl[k], &mp->evs[k]);
    r->scen.name = mp->name;
    r->scen.at = mp->at;
    r->scen.people = r->people;
    r->scen.npeople = mp->nslots;
    r->scen.escalate_kind = -1;
    r->mt = sim_matter_new(m, &r->scen, &r->scratch);
    if (!r->mt) { au_run_free(r); return NULL; }
    return r;
}

void au_run_free(au_run *r)
{
    if (!r) return;
    sim_matter_free(r->mt);
    ar_free(&r->scratch);
    free(r->people);
    free(r->holds);
    free(r->evs);
    free(r->days);
    free(r->tmpl);
    free(r->colmap);
    if (r->heads) au_heads_clear(r);
    free(r->heads);
    free(r->slot_count);
    free(r->slot_len);
    dy_free(&r->day_month);
    free(r->norm_clause);
    free(r->row);
    au_sum_free(&r->sum);
    au_ids_free(&r->ids);
    free(r);
}

/* ---- the header ------------------------------------------------------------------------ */

static bool ar_header_is(const au_field *f, const char *h)
{
    size_t n;
    const char *s = au_trim(f, &n);
    return strlen(h) == n && strncasecmp(s, h, n) == 0;
}

/* Each column of the map, found by one of its headers (colmap); the
 * columns it needs and cannot find, in missing (n of them). */
static size_t ar_columns(au_run *r, const au_csv *c, int *missing)
{
    const au_map *mp = r->mp;
    size_t n = 0;
    r->ncells = 0;
    for (size_t k = 0; k < mp->ncols; k++) {
        const au_col *col = &mp->cols[k];
        r->colmap[k] = -1;
        for (size_t i = 0; i < c->nfields && r->colmap[k] < 0; i++)
            for (size_t h = 0; h < col->nheaders && r->colmap[k] < 0; h++)
                if (ar_header_is(&c->fields[i], col->headers[h])) r->colmap[k] = (int)i;
        if (r->colmap[k] >= 0 && (size_t)r->colmap[k] + 1 > r->ncells) r->ncells = (size_t)r->colmap[k] + 1;
        if (r->colmap[k] < 0 && !col->optional) missing[n++] = (int)k;
    }
    return n;
}

/* A column the map reads found under two headers ("id,id"): which is it?
 * Reported; false. */
static bool ar_no_twins(au_run *r, const au_csv *c)
{
    const au_map *mp = r->mp;
    for (size_t k = 0; k < mp->ncols; k++) {
        int at = r->colmap[k];
        if (at < 0) continue;
        for (size_t i = (size_t)at + 1; i < c->nfields; i++)
            for (size_t h = 0; h < mp->cols[k].nheaders; h++) {
                if (!ar_header_is(&c->fields[i], mp->cols[k].headers[h])) continue;
                au_row_error(r, c, (int)i, "duplicate-column", "give each column of the register its own header",
                             "the register has two columns the map reads as '%s' (cells %d and %zu): no row of it is audited",
                             mp->cols[k].name, at + 1, i + 1);
                r->sum.s.errors--;   /* the file's error, not a row's */
                return false;
            }
    }
    return true;
}

/* A record that has every column the map needs, among the next few: the
 * line the header seems to be on (a title above it), or 0. */
static long ar_header_below(au_run *r, au_csv *c, int *missing)
{
    for (int k = 0; k < 10 && au_csv_next(c) > 0; k++)
        if (!ar_columns(r, c, missing)) return c->rec_line;
    return 0;
}

/* The header lacks columns the map needs: one error naming them all (at
 * the header, kept aside while the lines below are looked at). */
static void ar_header_missing(au_run *r, au_csv *c, int *missing, size_t n)
{
    au_csv h;
    memset(&h, 0, sizeof h);
    h.rec_line = c->rec_line;
    h.rec_len = c->rec_len < 4096 ? c->rec_len : 4096;
    char *copy = fail_malloc(h.rec_len + 1);
    if (copy) memcpy(copy, c->rec, h.rec_len);
    h.rec = copy ? copy : "";
    if (!copy) h.rec_len = 0;
    int *still = fail_malloc((r->mp->ncols ? r->mp->ncols : 1) * sizeof *still);
    long below = still ? ar_header_below(r, c, still) : 0;
    au_header_error(r, &h, missing, n, below);
    free(still);
    free(copy);
}

/* The header: each column of the map found, or the file's error reported (false). */
static bool ar_header(au_run *r, au_csv *c)
{
    int *missing = fail_malloc((r->mp->ncols ? r->mp->ncols : 1) * sizeof *missing);
    if (!missing) { r->oom = true; return false; }
    size_t n = ar_columns(r, c, missing);
    bool ok = !n && ar_no_twins(r, c);
    if (n) ar_header_missing(r, c, missing, n);
    free(missing);
    if (!ok) return false;
    r->nheader = c->nfields;
    au_heads(r, c);
    return true;
}

/* ---- the engine's entries ----------------------------------------------------------------- */

static void ar_entry(void *ctx, const sim_entry *e)
{
    au_run *r = ctx;
    switch (e->kind) {
    case SE_OPENED: au_sum_duty(r, e, AU_OPENED); break;
    case SE_FULFILLED: au_sum_duty(r, e, AU_MET); break;
    case SE_OPEN: au_sum_duty(r, e, AU_OPEN); break;
    case SE_BREACHED: case SE_DEPARTED: au_found(r, e); break;
    default: break;
    }
}

/* ---- the file --------------------------------------------------------------------------- */

/* A register with no header (nothing, or a byte-order mark alone): the file's error; 1. */
static int ar_empty(au_run *r, const au_csv *c)
{
    au_csv at = *c;
    at.rec = "";
    at.rec_len = 0;
    at.rec_line = 1;
    at.nfields = 0;
    au_row_error(r, &at, -1, "empty-register", "give the register's header on its first line, then a row per matter",
                 "the register is empty: no header and no rows");
    r->sum.s.errors--;   /* the file's error, not a row's */
    return 1;
}

/* A record longer than AU_MAX_RECORD: not a register (a binary file, no
 * line breaks); the file's error, and no more of it is read; 1. */
static int ar_too_long(au_run *r, const au_csv *c)
{
    au_csv at = *c;
    at.rec = c->buf + c->start;
    at.rec_len = c->end - c->start < 4096 ? c->end - c->start : 4096;
    at.rec_line = c->line;
    at.nfields = 0;
    au_row_error(r, &at, -1, "long-record", "a register is a CSV file, a row per line: is this one?",
                 "a record longer than %d MiB: no more of the register is read", AU_MAX_RECORD >> 20);
    r->sum.s.errors--;   /* the file's error, not a row's */
    return 1;
}

/* A row's matter run (the row is in r); false when the run failed. */
static bool ar_matter(au_run *r)
{
    r->sum.s.rows++;
    for (size_t i = 0; i < r->mp->nslots; i++) r->slot_count[i] = -1;
    r->month_count = -1;
    sim_result sr = sim_matter_run(r->mt, r->evs, r->nevs, r->today, ar_entry, r);
    return !sr.error && !r->oom;
}

/* The rows below the header, one after another; what au_csv_next returned last (-1 when a matter failed). */
static int ar_rows(au_run *r, au_csv *c)
{
    int got;
    while ((got = au_csv_next(c)) > 0) {
        if (c->nfields == 1 && c->fields[0].len == 0) continue;   /* a blank line */
        if (!au_row(r, c)) continue;
        if (!ar_matter(r)) { c->oom = true; return -1; }
    }
    return got;
}

int au_run_file(au_run *r, const char *path, FILE *f, int *err)
{
    au_csv c;
    au_csv_init(&c, f);
    r->file = path;
    au_ids_free(&r->ids);   /* an id is a row's own within its register */
    au_ids_init(&r->ids);
    int got = au_csv_next(&c), status = 0;
    while (got > 0 && c.nfields == 1 && c.fields[0].len == 0) got = au_csv_next(&c);   /* blank lines above the header */
    if (got == 0) status = ar_empty(r, &c);
    else if (got > 0 && !ar_header(r, &c)) status = r->oom ? 3 : 1;
    else if (got > 0) {
        got = ar_rows(r, &c);
    }
    if (got < 0 && c.toolong) status = ar_too_long(r, &c);
    else if (got < 0) {
        status = c.oom || r->oom ? 3 : 2;
        *err = c.err;
    }
    if (status == 1) r->sum.s.files_failed++;
    au_csv_free(&c);
    return status;
}

void au_run_memo(au_run *r, bool on) { sim_matter_memo(r->mt, on); }

size_t au_run_memo_hits(const au_run *r) { return sim_matter_memo_hits(r->mt); }

const au_summary *au_run_summary(au_run *r)
{
    au_sum_sort(&r->sum);
    return &r->sum.s;
}

bool au_run_oom(const au_run *r) { return r->oom || r->sum.oom; }
