/* suggest — see suggest.h. */
#include "suggest.h"

#include <ctype.h>
#include <string.h>

enum { SG_MAXLEN = 64 };

static int sg_lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* Optimal string alignment distance, giving up (returning cap+1) when the
 * words are too long or too different to be worth suggesting. */
int sg_distance(const char *a, const char *b, int cap)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > SG_MAXLEN || m > SG_MAXLEN) return cap + 1;
    if ((int)(n > m ? n - m : m - n) > cap) return cap + 1;
    int d[SG_MAXLEN + 1][SG_MAXLEN + 1];
    for (size_t i = 0; i <= n; i++) d[i][0] = (int)i;
    for (size_t j = 0; j <= m; j++) d[0][j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        for (size_t j = 1; j <= m; j++) {
            int ca = sg_lower((unsigned char)a[i - 1]), cb = sg_lower((unsigned char)b[j - 1]);
            int cost = ca != cb;
            int v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < v) v = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && ca == sg_lower((unsigned char)b[j - 2]) &&
                sg_lower((unsigned char)a[i - 2]) == cb && d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    }
    return d[n][m];
}

void sg_begin(sg_best *b, const char *target)
{
    b->word = NULL;
    b->dist = 1 << 20;
    b->target = target;
}

static int sg_cap(const char *target)
{
    size_t n = strlen(target);
    if (n <= 3) return 1;
    if (n <= 6) return 2;
    return 3;
}

void sg_offer(sg_best *b, const char *candidate)
{
    if (!candidate || !b->target) return;
    int cap = sg_cap(b->target);
    int dist = sg_distance(b->target, candidate, cap);
    if (dist <= cap && dist < b->dist) {
        b->word = candidate;
        b->dist = dist;
    }
}

const char *sg_result(const sg_best *b) { return b->word; }
