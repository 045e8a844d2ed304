/* hmap — see hmap.h.  Linear probing, kept at most half full. */
#include "hmap.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

void hm_init(hmap *m) { memset(m, 0, sizeof *m); }

void hm_free(hmap *m)
{
    free(m->keys);
    free(m->vals);
    free(m->used);
    memset(m, 0, sizeof *m);
}

uint64_t hm_ptr(const void *p) { return (uint64_t)(uintptr_t)p; }

static size_t hm_slot(uint64_t k, size_t cap)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return (size_t)k & (cap - 1);
}

static bool hm_grow(hmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    uint64_t *nk = fail_malloc(cap * sizeof *nk);
    uint32_t *nv = fail_malloc(cap * sizeof *nv);
    unsigned char *nu = fail_calloc(cap, 1);
    if (!nk || !nv || !nu) {
        free(nk);
        free(nv);
        free(nu);
        return false;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->used[i]) continue;
        size_t j = hm_slot(m->keys[i], cap);
        while (nu[j]) j = (j + 1) & (cap - 1);
        nu[j] = 1;
        nk[j] = m->keys[i];
        nv[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    free(m->used);
    m->keys = nk;
    m->vals = nv;
    m->used = nu;
    m->cap = cap;
    return true;
}

bool hm_put(hmap *m, uint64_t key, uint32_t val)
{
    if ((m->count + 1) * 2 > m->cap && !hm_grow(m)) return false;
    size_t j = hm_slot(key, m->cap);
    while (m->used[j]) {
        if (m->keys[j] == key) {
            m->vals[j] = val;
            return true;
        }
        j = (j + 1) & (m->cap - 1);
    }
    m->used[j] = 1;
    m->keys[j] = key;
    m->vals[j] = val;
    m->count++;
    return true;
}

bool hm_get(const hmap *m, uint64_t key, uint32_t *val)
{
    if (!m->cap) return false;
    size_t j = hm_slot(key, m->cap);
    while (m->used[j]) {
        if (m->keys[j] == key) {
            *val = m->vals[j];
            return true;
        }
        j = (j + 1) & (m->cap - 1);
    }
    return false;
}
