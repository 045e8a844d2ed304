/* suggest — see suggest.h. */
#include "suggest.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

enum { SG_MAXLEN = 64 };

static int sg_lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* The lengths of a and b, by hand and stopping early: most candidates are
 * rejected here, and a call to strlen costs more than the few bytes of a
 * name.  False when the two are too long or too far apart in length. */
static bool sg_lengths(const char *a, const char *b, int cap, size_t *n, size_t *m)
{
    *n = *m = 0;
    while (*n <= SG_MAXLEN && a[*n]) (*n)++;
    if (*n > SG_MAXLEN) return false;
    size_t mlim = *n + (size_t)(cap > 0 ? cap : 0);
    while (*m <= mlim && *m <= SG_MAXLEN && b[*m]) (*m)++;
    if (*m > SG_MAXLEN || *m > mlim) return false;
    return (int)(*n > *m ? *n - *m : *m - *n) <= cap;
}

/* Row i of the table (cur) from the two before it; returns its least
 * value. */
static int sg_row(const char *a, const char *b, size_t i, size_t m, const int *pp, const int *pr, int *cur)
{
    cur[0] = (int)i;
    int rowmin = cur[0];
    int ca = sg_lower((unsigned char)a[i - 1]);
    for (size_t j = 1; j <= m; j++) {
        int cb = sg_lower((unsigned char)b[j - 1]);
        int v = pr[j] + 1;
        if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
        if (pr[j - 1] + (ca != cb) < v) v = pr[j - 1] + (ca != cb);
        if (i > 1 && j > 1 && ca == sg_lower((unsigned char)b[j - 2]) && sg_lower((unsigned char)a[i - 2]) == cb &&
            pp[j - 2] + 1 < v)
            v = pp[j - 2] + 1;   /* a transposition */
        cur[j] = v;
        if (v < rowmin) rowmin = v;
    }
    return rowmin;
}

/* Optimal string alignment distance, giving up (returning cap+1) when the
 * words are too long or too different to be worth suggesting. */
int sg_distance(const char *a, const char *b, int cap)
{
    size_t n, m;
    if (!sg_lengths(a, b, cap, &n, &m)) return cap + 1;
    /* Three rows of the table are enough (the one before, for a
     * transposition): a small frame, where the whole table was 17 KB of
     * stack touched page by page on every call. */
    int rows[3][SG_MAXLEN + 1];
    int *pp = rows[0], *pr = rows[1], *cur = rows[2];   /* rows i-2, i-1, i */
    for (size_t j = 0; j <= m; j++) pr[j] = (int)j;
    int prevmin = 0;
    for (size_t i = 1; i <= n; i++) {
        int rowmin = sg_row(a, b, i, m, pp, pr, cur);
        /* every path to the end passes this row or the one before it (a
         * transposition): two rows over the cap, and it can only grow */
        if (i > 1 && rowmin > cap && prevmin > cap) return cap + 1;
        prevmin = rowmin;
        int *t = pp; pp = pr; pr = cur; cur = t;
    }
    return pr[m];
}

static int sg_cap(size_t n)
{
    if (n <= 3) return 1;
    if (n <= 6) return 2;
    return 3;
}

void sg_begin(sg_best *b, const char *target)
{
    b->word = NULL;
    b->dist = 1 << 20;
    b->target = target;
    b->last = NULL;
    b->cap = target ? sg_cap(strnlen(target, SG_MAXLEN + 1)) : 0;
}


void sg_offer(sg_best *b, const char *candidate)
{
    if (!candidate || !b->target || candidate == b->last) return;
    b->last = candidate;   /* names are interned: a repeat is the same pointer */
    int cap = b->cap;
    if (b->dist - 1 < cap) cap = b->dist - 1;   /* only a closer word can win */
    if (cap < 0) return;
    int dist = sg_distance(b->target, candidate, cap);
    if (dist <= cap && dist < b->dist) {
        b->word = candidate;
        b->dist = dist;
    }
}

const char *sg_result(const sg_best *b) { return b->word; }
