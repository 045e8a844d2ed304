/* diag — see diag.h. */
#include "diag.h"
#include "dg_codes.h"
#include "fail.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dg_init(dg_sink *s) { memset(s, 0, sizeof *s); }

static void dg_free_items(dg_sink *s)
{
    for (size_t i = 0; i < s->count; i++) {
        free(s->items[i].msg);
        for (size_t h = 0; h < s->items[i].nhints; h++) free(s->items[i].hints[h]);
        free(s->items[i].hints);
    }
}

void dg_drop_shown(dg_sink *s, bool (*drop)(const dg_diag *d, void *ctx), void *ctx)
{
    size_t kept = 0;
    for (size_t i = 0; i < s->count; i++) {
        dg_diag *d = &s->items[i];
        if (!drop(d, ctx)) { s->items[kept++] = *d; continue; }
        free(d->msg);
        for (size_t h = 0; h < d->nhints; h++) free(d->hints[h]);
        free(d->hints);
    }
    s->count = kept;
}

void dg_free(dg_sink *s)
{
    dg_free_items(s);
    free(s->items);
    memset(s, 0, sizeof *s);
}

void dg_clear(dg_sink *s)
{
    size_t limit = s->limit;
    dg_free(s);
    s->limit = limit;
}

/* Quoted user text in a message is cut to about this many bytes: a name
 * of half a megabyte must not make a message line as long (the excerpt
 * under it is cut too). */
enum { DG_QUOTE_MAX = 80, DG_PHRASE_MAX = 200 };

/* The closing quote of the one opening at p[r], or 0: the next q that ends
 * a word ("'Member's rights'" does not close at the apostrophe). */
static size_t dg_quote_end(const char *p, size_t r)
{
    char q = p[r];
    for (size_t c = r + 1; p[c]; c++) {
        unsigned char after = (unsigned char)p[c + 1];
        bool word = (after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z') || (after >= '0' && after <= '9');
        if (p[c] == q && !word) return c;
    }
    return 0;
}

/* Cuts, in place, each quoted text too long (see below) to its first
 * DG_QUOTE_MAX bytes (whole UTF-8 characters) and "…". */
static void dg_shorten(char *p)
{
    size_t r = 0, w = 0;
    char prev = ' ';
    while (p[r]) {
        char q = p[r];
        size_t c = (q == '\'' || q == '"') && (prev == ' ' || prev == '(') ? dg_quote_end(p, r) : 0;
        /* a name (no space) is cut at DG_QUOTE_MAX; a phrase, longer than
         * any example of our own hints, at DG_PHRASE_MAX */
        bool phrase = c && memchr(p + r + 1, ' ', c - r - 1);
        if (c && c - r - 1 > (phrase ? DG_PHRASE_MAX : DG_QUOTE_MAX) + 3) {
            size_t k = DG_QUOTE_MAX;
            while (k > 0 && ((unsigned char)p[r + 1 + k] & 0xC0) == 0x80) k--;
            p[w++] = q;
            memmove(p + w, p + r + 1, k);
            w += k;
            memcpy(p + w, "\xe2\x80\xa6", 3);
            w += 3;
            r = c;
            prev = 'x';
            continue;
        }
        prev = p[r];
        p[w++] = p[r++];
    }
    p[w] = '\0';
}

static char *dg_vformat(const char *fmt, va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n < 0) return NULL;
    char *p = fail_malloc((size_t)n + 1);
    if (p) {
        vsnprintf(p, (size_t)n + 1, fmt, ap);
        if (n > DG_QUOTE_MAX) dg_shorten(p);
    }
    return p;
}

static bool dg_grow(dg_sink *s)
{
    size_t cap = s->cap ? s->cap * 2 : 16;
    dg_diag *ni = fail_realloc(s->items, cap * sizeof *ni);
    if (!ni) return false;
    s->items = ni;
    s->cap = cap;
    return true;
}

bool dg_full(const dg_sink *s)
{
    size_t limit = s->limit ? s->limit : DG_DEFAULT_LIMIT;
    return s->errors >= limit;
}

void dg_oom(dg_sink *s) { s->oom = true; }

/* The same message at the same place, made again lately ("Member, Officer,
 * Clerk must frobnicate": one rule per subject, one unknown action): said once. */
enum { DG_REPEAT_WINDOW = 16 };
static bool dg_repeats(const dg_sink *s, dg_severity sev, loc where, const char *msg)
{
    if (!where.file) return false;
    size_t from = s->count > DG_REPEAT_WINDOW ? s->count - DG_REPEAT_WINDOW : 0;
    for (size_t i = s->count; i-- > from;) {
        const dg_diag *d = &s->items[i];
        if (d->sev == sev && d->where.file == where.file && d->where.start == where.start && d->where.end == where.end &&
            strcmp(d->msg, msg) == 0)
            return true;
    }
    return false;
}

void dg_report(dg_sink *s, dg_severity sev, const char *code, loc where, const char *fmt, ...)
{
    s->dropped = false;
    if (dg_full(s)) {
        s->truncated = true;
        return;
    }
    if (s->count == s->cap && !dg_grow(s)) {
        s->oom = true;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    char *msg = dg_vformat(fmt, ap);
    va_end(ap);
    if (!msg) { s->oom = true; return; }
    if (dg_repeats(s, sev, where, msg)) {
        free(msg);
        s->dropped = true;
        return;
    }
    dg_diag *d = &s->items[s->count];
    memset(d, 0, sizeof *d);
    d->sev = sev;
    d->code = code;
    d->where = where;
    d->msg = msg;
    d->seq = s->count;
    s->count++;
    if (sev == DG_ERROR) s->errors++; else s->warnings++;
}

void dg_move(dg_sink *s, dg_diag *d)
{
    s->dropped = false;
    dg_diag moved = *d;
    memset(d, 0, sizeof *d);
    if (dg_full(s)) {
        s->truncated = true;
    } else if (s->count == s->cap && !dg_grow(s)) {
        s->oom = true;
    } else {
        moved.seq = s->count;
        s->items[s->count++] = moved;
        if (moved.sev == DG_ERROR) s->errors++; else s->warnings++;
        return;
    }
    free(moved.msg);
    for (size_t h = 0; h < moved.nhints; h++) free(moved.hints[h]);
    free(moved.hints);
}

void dg_lead(dg_sink *s)
{
    if (s->count == 0 || s->truncated) return;
    s->items[s->count - 1].lead = true;
}

void dg_hint(dg_sink *s, const char *fmt, ...)
{
    if (s->count == 0 || s->truncated || s->dropped) return;
    dg_diag *d = &s->items[s->count - 1];
    char **nh = fail_realloc(d->hints, (d->nhints + 1) * sizeof *nh);
    if (!nh) { s->oom = true; return; }
    d->hints = nh;
    va_list ap;
    va_start(ap, fmt);
    char *h = dg_vformat(fmt, ap);
    va_end(ap);
    if (!h) { s->oom = true; return; }
    d->hints[d->nhints++] = h;
}

static int dg_cmp(const void *pa, const void *pb)
{
    const dg_diag *a = pa, *b = pb;
    if (a->lead != b->lead) return a->lead ? -1 : 1;
    if (a->where.file != b->where.file) return a->where.file < b->where.file ? -1 : 1;
    if (a->where.start != b->where.start) return a->where.start < b->where.start ? -1 : 1;
    return a->seq < b->seq ? -1 : (a->seq > b->seq);
}

void dg_sort(dg_sink *s)
{
    if (s->count > 1) qsort(s->items, s->count, sizeof *s->items, dg_cmp);
}

/* The code's default hint (dg_codes.h), for a diagnostic that brings none. */
static const char *dg_fallback_hint(const dg_diag *d)
{
    static const char *const table[][2] = {
#define DG_HINT(code, description, hint) { code, hint },
        DG_CODES(DG_HINT)
#undef DG_HINT
    };
    if (d->nhints || !d->code) return NULL;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i][0], d->code) == 0) return table[i][1];
    return "see docs/LANGUAGE.md";
}

size_t dg_nhints_shown(const dg_diag *d) { return d->nhints ? d->nhints : dg_fallback_hint(d) ? 1 : 0; }

const char *dg_hint_shown(const dg_diag *d, size_t i) { return d->nhints ? d->hints[i] : dg_fallback_hint(d); }
