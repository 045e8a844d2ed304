/* au_row — a row's cells read and checked, and made into its events
 * (au_int.h).  The first thing wrong with a row is reported, with the cell
 * at fault; the row is then left out of the audit. */
#include "au_int.h"
#include "fail.h"
#include "suggest.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- errors ------------------------------------------------------------------------------ */

static size_t ar_first_line(const char *rec, size_t len)
{
    const char *nl = memchr(rec, '\n', len);
    return nl ? (size_t)(nl - rec) : len;
}

void au_row_error(au_run *r, const au_csv *c, int cell, const char *code, const char *hint, const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    au_rowerr e = { r->file, c->rec_line, 0, 0, code, msg, hint, c->rec, ar_first_line(c->rec, c->rec_len) };
    if (cell >= 0 && (size_t)cell < c->nfields && c->fields[cell].off <= e.rec_len) {
        e.col = c->fields[cell].off + 1;
        e.end_col = (c->fields[cell].end < e.rec_len ? c->fields[cell].end : e.rec_len) + 1;
    } else if (cell == -2) {   /* past the last cell */
        e.col = e.end_col = e.rec_len + 1;
    }
    r->sum.s.errors++;
    if (r->sink.rowerr) r->sink.rowerr(r->sink.ctx, &e);
}

void au_header_error(au_run *r, const au_csv *c, const int *missing, size_t n, long below)
{
    char msg[400], hint[600];
    size_t m = (size_t)snprintf(msg, sizeof msg, "the register has no column");
    size_t h = (size_t)snprintf(hint, sizeof hint, "the map (%s) reads", r->mp->name);
    for (size_t i = 0; i < n; i++) {
        const au_col *col = &r->mp->cols[missing[i]];
        if (m < sizeof msg)
            m += (size_t)snprintf(msg + m, sizeof msg - m, "%s '%s'", i == 0 ? "" : i + 1 == n ? " or" : ",", col->name);
        if (h < sizeof hint)
            h += (size_t)snprintf(hint + h, sizeof hint - h, "%s '%s' under the header", i == 0 ? "" : ";", col->name);
        for (size_t k = 0; k < col->nheaders && h < sizeof hint; k++)
            h += (size_t)snprintf(hint + h, sizeof hint - h, "%s '%s'", k == 0 ? "" : k + 1 == col->nheaders ? " or" : ",",
                                  col->headers[k]);
    }
    if (m < sizeof msg) snprintf(msg + m, sizeof msg - m, ": no row of it is audited");
    if (h < sizeof hint && below)
        snprintf(hint + h, sizeof hint - h, "; the header seems to be on line %ld: remove the lines above it", below);
    else if (h < sizeof hint)
        snprintf(hint + h, sizeof hint - h, "; add a header to the map, or mark the column optional");
    au_row_error(r, c, -2, "missing-column", hint, "%s", msg);
    r->sum.s.errors--;   /* the file's error, not a row's */
}

/* ---- the register's headers ------------------------------------------------------------ */

const char *au_trim(const au_field *f, size_t *n)
{
    const char *s = f->s;
    *n = f->len;
    while (*n && (*s == ' ' || *s == '\t')) { s++; (*n)--; }
    while (*n && (s[*n - 1] == ' ' || s[*n - 1] == '\t')) (*n)--;
    return s;
}

void au_heads_clear(au_run *r)
{
    for (size_t k = 0; k < r->mp->ncols; k++) {
        free(r->heads[k]);
        r->heads[k] = NULL;
    }
}

const char *au_head(const au_run *r, int k)
{
    if (k < 0 || (size_t)k >= r->mp->ncols) return "?";
    return r->heads[k] ? r->heads[k] : r->mp->cols[k].name;
}

/* Keeps each column's header as written, for messages (out of memory: the map's name). */
void au_heads(au_run *r, const au_csv *c)
{
    au_heads_clear(r);
    for (size_t k = 0; k < r->mp->ncols; k++) {
        if (r->colmap[k] < 0) continue;
        size_t n;
        const char *s = au_trim(&c->fields[r->colmap[k]], &n);
        r->heads[k] = fail_malloc(n + 1);
        if (!r->heads[k]) continue;
        memcpy(r->heads[k], s, n);
        r->heads[k][n] = '\0';
    }
}

/* ---- cells -------------------------------------------------------------------------------- */

/* The cell of map column k, trimmed; NULL when the register lacks it. */
static const char *ar_cell(const au_run *r, const au_csv *c, size_t k, size_t *n, int *cell)
{
    *cell = r->colmap[k];
    if (*cell < 0) { *n = 0; return NULL; }
    const au_field *f = &c->fields[*cell];
    const char *s = f->s;
    size_t len = f->len;
    while (len && (*s == ' ' || *s == '\t')) { s++; len--; }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t')) len--;
    *n = len;
    return s;
}

/* A cell holding a NUL byte (which would cut its name short): reported; true. */
static bool ar_nul(au_run *r, const au_csv *c, int cell, int k, const char *v, size_t n)
{
    if (!c->nul || !memchr(v, '\0', n)) return false;
    au_row_error(r, c, cell, "nul-byte", "remove the NUL byte (a register saved by a program as text has none)",
                 "a NUL byte in '%s'", au_head(r, k));
    return true;
}

/* A NUL-terminated copy in the row's scratch (big enough: see au_row). */
static const char *ar_keep(au_run *r, const char *s, size_t n)
{
    char *d = r->row + r->nrow;
    memcpy(d, s, n);
    d[n] = '\0';
    r->nrow += n + 1;
    return d;
}

static int ar_digits(const char *s, size_t n, bool *ok)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') { *ok = false; return 0; }
        v = v * 10 + (s[i] - '0');
    }
    if (!n) *ok = false;
    return v;
}

/* YYYY-MM-DD, or DD/MM/YYYY (the day first, as in Britain; D/M too).
 * 0, 1 (not a date), 2 (no such day). */
int au_parse_date(const char *s, size_t n, dt_day *out)
{
    if (n == 10 && s[4] == '-' && s[7] == '-') {
        int got = dt_parse(s, n, out);
        return got == 3 ? 2 : got;   /* a year out of range: no such day, as below */
    }
    bool ok = true;
    const char *a = memchr(s, '/', n), *b = a ? memchr(a + 1, '/', n - (size_t)(a + 1 - s)) : NULL;
    if (!a || !b || a - s > 2 || b - a > 3 || s + n - b != 5) return 1;
    int d = ar_digits(s, (size_t)(a - s), &ok), m = ar_digits(a + 1, (size_t)(b - a - 1), &ok), y = ar_digits(b + 1, 4, &ok);
    if (!ok) return 1;
    if (!dt_valid(y, m, d)) return 2;
    *out = dt_from_ymd(y, m, d);
    return 0;
}

static const char *ar_date_hint = "write dates as YYYY-MM-DD (2025-12-23) or DD/MM/YYYY (23/12/2025); leave the cell empty when it has not happened";

/* The day of each event line (AU_NONE: its cell is empty, or absent). */
static bool ar_days(au_run *r, const au_csv *c)
{
    const au_map *mp = r->mp;
    for (size_t k = 0; k < mp->nevs; k++) {
        size_t n;
        int cell;
        const char *s = ar_cell(r, c, (size_t)mp->evs[k].date_col, &n, &cell);
        r->days[k] = AU_NONE;
        if (!n && k == 0) {
            au_row_error(r, c, cell, "missing-cell", "every row raises its matter on a day: fill the cell, or remove the row",
                         "no date in '%s'", au_head(r, mp->evs[k].date_col));
            return false;
        }
        if (!n) continue;
        int bad = au_parse_date(s, n, &r->days[k]);
        if (bad) {
            au_row_error(r, c, cell, "bad-date", ar_date_hint, bad == 2 ? "no such day: '%.*s' in '%s'" : "'%.*s' in '%s' is not a date",
                         (int)n, s, au_head(r, mp->evs[k].date_col));
            return false;
        }
    }
    return true;
}

static bool ar_order(au_run *r, const au_csv *c)
{
    const au_map *mp = r->mp;
    char a[11], b[11];
    for (size_t k = 0; k < mp->nevs; k++) {
        if (r->days[k] == AU_NONE) continue;
        int cell = r->colmap[mp->evs[k].date_col];
        const char *name = au_head(r, mp->evs[k].date_col);
        if (r->days[k] < r->days[0]) {
            dt_format(r->days[k], a);
            dt_format(r->days[0], b);
            au_row_error(r, c, cell, "date-order", "check both dates: a row's matter is answered after it is raised",
                         "'%s' is %s, before '%s' (%s), when the matter was raised", name, a,
                         au_head(r, mp->evs[0].date_col), b);
            return false;
        }
        if (r->days[k] > r->today) {
            dt_format(r->days[k], a);
            dt_format(r->today, b);
            au_row_error(r, c, cell, "after-today", "give the day the register was taken with --today",
                         "'%s' is %s, after today (%s)", name, a, b);
            return false;
        }
    }
    return true;
}

/* ---- people ------------------------------------------------------------------------------- */

static void ar_unknown(au_run *r, const au_csv *c, int cell, const au_col *col, const char *name)
{
    const md_model *m = r->m;
    char hint[300];
    const char *code = col->kind == AC_ROLE ? "unknown-role" : "unknown-person";
    sg_best b;
    sg_begin(&b, name);
    if (col->kind == AC_ROLE) {
        const char *s = md_suggest_role(m, name);
        if (s) sg_offer(&b, s);
    } else {
        for (size_t i = 0; i < m->npeople; i++) sg_offer(&b, m->people[i].name);
    }
    if (sg_result(&b)) snprintf(hint, sizeof hint, "did you mean '%s'?", sg_result(&b));
    else if (col->kind == AC_ROLE) snprintf(hint, sizeof hint, "the column '%s' names roles of the protocol, like Member or Officer", au_head(r, (int)(col - r->mp->cols)));
    else snprintf(hint, sizeof hint, "declare them in the map: 'person %s is Officer'", name);
    au_row_error(r, c, cell, code, hint, col->kind == AC_ROLE ? "unknown role '%s' in '%s'" : "unknown person '%s' in '%s'",
                 name, au_head(r, (int)(col - r->mp->cols)));
}

static int ar_declared(const md_model *m, const char *name)
{
    for (size_t i = 0; i < m->npeople; i++)
        if (strcasecmp(m->people[i].name, name) == 0 || (m->people[i].display && strcasecmp(m->people[i].display, name) == 0))
            return (int)i;
    return -1;
}

/* The person of slot s from their column's cell. */
static bool ar_person(au_run *r, const au_csv *c, size_t s)
{
    int k = r->mp->slot_col[s];
    if (k < 0) return true;   /* a role named in the map: the same every row */
    const au_col *col = &r->mp->cols[k];
    size_t n;
    int cell;
    const char *v = ar_cell(r, c, (size_t)k, &n, &cell);
    if (!n) {
        au_row_error(r, c, cell, "missing-cell", "every row names its people: fill the cell, or remove the row",
                     "no name in '%s'", au_head(r, k));
        return false;
    }
    if (ar_nul(r, c, cell, k, v, n)) return false;
    md_person *p = &r->people[s];
    p->name = p->display = ar_keep(r, v, n);
    r->slot_len[s] = n;
    p->holds = &r->holds[s];
    p->nholds = 1;
    if (col->kind == AC_PEOPLE) { r->holds[s].role = col->role; return true; }
    if (col->kind == AC_ROLE) {
        int role = md_lookup_role(r->m, p->name);
        if (role < 0) { ar_unknown(r, c, cell, col, p->name); return false; }
        r->holds[s].role = role;
        return true;
    }
    int who = ar_declared(r->m, p->name);
    if (who < 0) { ar_unknown(r, c, cell, col, p->name); return false; }
    p->holds = r->m->people[who].holds;
    p->nholds = r->m->people[who].nholds;
    return true;
}

/* ---- the row ------------------------------------------------------------------------------ */

/* A cell past the header's last, not empty: under no header, it would be
 * lost.  Reported; false.  (Empty ones, as spreadsheets write, are none.) */
static bool ar_no_extra(au_run *r, const au_csv *c)
{
    for (size_t i = r->nheader; i < c->nfields; i++) {
        size_t n;
        au_trim(&c->fields[i], &n);
        if (!n) continue;
        au_row_error(r, c, (int)i, "extra-cell", "give the column a header, or remove the cell",
                     "the row has %zu cells and the header %zu: cell %zu is under no header", c->nfields, r->nheader, i + 1);
        return false;
    }
    return true;
}

static bool ar_room(au_run *r, size_t need)
{
    if (r->caprow >= need) return true;
    size_t cap = need > 2 * r->caprow ? need : 2 * r->caprow;
    char *nr = fail_realloc(r->row, cap);
    if (!nr) { r->oom = true; return false; }
    r->row = nr;
    r->caprow = cap;
    return true;
}

static bool ar_id(au_run *r, const au_csv *c)
{
    r->id = NULL;
    if (r->mp->id_col < 0) return true;
    size_t n;
    int cell;
    const char *v = ar_cell(r, c, (size_t)r->mp->id_col, &n, &cell);
    if (!n) {
        au_row_error(r, c, cell, "missing-cell", "every row needs its own id", "no id in '%s'", au_head(r, r->mp->id_col));
        return false;
    }
    if (ar_nul(r, c, cell, r->mp->id_col, v, n)) return false;
    r->id = ar_keep(r, v, n);
    return true;
}

static bool ar_new_id(au_run *r, const au_csv *c)
{
    if (!r->id) return true;
    int got = au_ids_add(&r->ids, r->id, strlen(r->id));
    if (got < 0) { r->oom = true; return false; }
    if (got > 0) return true;
    au_row_error(r, c, r->colmap[r->mp->id_col], "duplicate-id", "give each row its own id, or remove the copy",
                 "the id '%s' is used by an earlier row", r->id);
    return false;
}

/* The row's events: the raising one first, then the others by day. */
static void ar_events(au_run *r)
{
    size_t n = 0;
    for (size_t k = 0; k < r->mp->nevs; k++) {
        if (r->days[k] == AU_NONE) continue;
        md_event e = r->tmpl[k];
        e.day = r->days[k];
        size_t j = n++;
        while (j > 1 && r->evs[j - 1].day > e.day) { r->evs[j] = r->evs[j - 1]; j--; }
        r->evs[j] = e;
    }
    r->nevs = n;
    r->raised = r->days[0];
}

bool au_row(au_run *r, const au_csv *c)
{
    r->line = c->rec_line;
    r->rec = c->rec;
    r->rec_len = c->rec_len;
    r->nrow = 0;
    if (!ar_room(r, c->rec_len + r->mp->nslots + 2)) return false;
    if (c->unclosed) {
        au_row_error(r, c, -2, "bad-quote", "end a quoted cell with a double quote; write a quote inside one as \"\"",
                     "a quoted cell is not closed before the end of the file");
        return false;
    }
    if (c->nfields < r->ncells) {
        size_t k = 0;
        while (k < r->mp->ncols && (r->colmap[k] < 0 || (size_t)r->colmap[k] < c->nfields)) k++;
        au_row_error(r, c, -2, "missing-cell", "a row has a cell for every column of the header, empty or not",
                     "the row has %zu cell%s: '%s' is cell %d", c->nfields, c->nfields == 1 ? "" : "s",
                     k < r->mp->ncols ? au_head(r, (int)k) : "?", k < r->mp->ncols ? r->colmap[k] + 1 : 0);
        return false;
    }
    if (!ar_no_extra(r, c) || !ar_id(r, c)) return false;
    for (size_t s = 0; s < r->mp->nslots; s++)
        if (!ar_person(r, c, s)) return false;
    if (!ar_days(r, c) || !ar_order(r, c) || !ar_new_id(r, c)) return false;
    ar_events(r);
    return true;
}
