/* intern — see intern.h.  Open addressing with linear probing, kept at most
 * seven eighths full: a probe reads the array of hashes, 16 to a cache line,
 * and looks at a string only when its hash matches, so a long run of probes
 * is cheap, and a table of 2^n slots holds 7 * 2^(n-3) names. */
#include "intern.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

void in_init(in_table *t, arena *ar)
{
    memset(t, 0, sizeof *t);
    t->ar = ar;
}

void in_free(in_table *t)
{
    free(t->slot);
    free(t->hash);
    t->slot = NULL;
    t->hash = NULL;
    t->cap = t->count = 0;
}

uint32_t in_hash(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001B3ull;
    }
    h ^= h >> 29;
    return (uint32_t)(h ^ (h >> 32)) | 1u;   /* never 0: 0 marks an empty slot */
}

static bool in_grow(in_table *t)
{
    size_t cap = t->cap ? t->cap * 2 : 256;
    const char **ns = fail_calloc(cap, sizeof *ns);
    uint32_t *nh = fail_calloc(cap, sizeof *nh);
    if (!ns || !nh) {
        free(ns);
        free(nh);
        return false;
    }
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->hash[i]) continue;
        size_t j = t->hash[i] & (cap - 1);
        while (nh[j]) j = (j + 1) & (cap - 1);
        nh[j] = t->hash[i];
        ns[j] = t->slot[i];
    }
    free(t->slot);
    free(t->hash);
    t->slot = ns;
    t->hash = nh;
    t->cap = cap;
    return true;
}

static size_t in_probe(const in_table *t, const char *s, size_t n, uint32_t h, bool *found)
{
    size_t j = h & (t->cap - 1);
    while (t->hash[j]) {
        if (t->hash[j] == h && strncmp(t->slot[j], s, n) == 0 && t->slot[j][n] == '\0') {
            *found = true;
            return j;
        }
        j = (j + 1) & (t->cap - 1);
    }
    *found = false;
    return j;
}

const char *in_find(const in_table *t, const char *s, size_t n)
{
    if (!t->cap || memchr(s, '\0', n)) return NULL;
    bool found;
    size_t j = in_probe(t, s, n, in_hash(s, n), &found);
    return found ? t->slot[j] : NULL;
}

const char *in_intern(in_table *t, const char *s, size_t n)
{
    if ((t->count + 1) * 8 > t->cap * 7 && !in_grow(t)) return NULL;
    uint32_t h = in_hash(s, n);
    bool found;
    size_t j = in_probe(t, s, n, h, &found);
    if (found) return t->slot[j];
    char *copy = ar_strndup(t->ar, s, n);
    if (!copy) return NULL;
    t->slot[j] = copy;
    t->hash[j] = h;
    t->count++;
    return copy;
}
