/* hmap — see hmap.h.  Linear probing, kept at most four fifths full: a
 * model of 100,000 rules fits its indexes in 2^17 slots, not 2^18. */
#include "hmap.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

void hm_init(hmap *m) { memset(m, 0, sizeof *m); }

void hm_free(hmap *m)
{
    free(m->slots);
    memset(m, 0, sizeof *m);
}

uint64_t hm_ptr(const void *p) { return (uint64_t)(uintptr_t)p; }

uint64_t hm_bytes(const void *p, size_t n)
{
    const unsigned char *t = p;
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n, w = 0;
    size_t i = 0;
    for (; i + 8 < n; i += 8) {
        memcpy(&w, t + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 29;
    }
    /* the last eight bytes (overlapping those before) read in place: a copy
     * of the tail and a load of it stalled (a twentieth of civic audit) */
    if (n >= 8) memcpy(&w, t + n - 8, 8);
    else for (w = 0; i < n; i++) w = w << 8 | t[i];
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
    return h == HM_EMPTY ? 0 : h;
}

static size_t hm_slot_of(uint64_t k, size_t cap)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return (size_t)k & (cap - 1);
}

/* More than four fifths full with n entries? */
static bool hm_full(size_t n, size_t cap) { return n * 5 > cap * 4; }

static bool hm_grow_to(hmap *m, size_t cap)
{
    hm_slot *ns = fail_malloc(cap * sizeof *ns);
    if (!ns) return false;
    memset(ns, 0xff, cap * sizeof *ns);   /* every key HM_EMPTY */
    for (size_t i = 0; i < m->cap; i++) {
        if (m->slots[i].key == HM_EMPTY) continue;
        size_t j = hm_slot_of(m->slots[i].key, cap);
        while (ns[j].key != HM_EMPTY) j = (j + 1) & (cap - 1);
        ns[j] = m->slots[i];
    }
    free(m->slots);
    m->slots = ns;
    m->cap = cap;
    return true;
}

static bool hm_grow(hmap *m) { return hm_grow_to(m, m->cap ? m->cap * 2 : 64); }

bool hm_reserve(hmap *m, size_t n)
{
    size_t cap = m->cap ? m->cap : 64;
    while (hm_full(n, cap)) cap *= 2;
    return cap == m->cap || hm_grow_to(m, cap);
}

bool hm_put(hmap *m, uint64_t key, uint32_t val)
{
    uint32_t old;
    return hm_swap(m, key, val, &old);
}

bool hm_get(const hmap *m, uint64_t key, uint32_t *val)
{
    if (!m->cap) return false;
    size_t j = hm_slot_of(key, m->cap);
    while (m->slots[j].key != HM_EMPTY) {
        if (m->slots[j].key == key) {
            *val = m->slots[j].val;
            return true;
        }
        j = (j + 1) & (m->cap - 1);
    }
    return false;
}

bool hm_swap(hmap *m, uint64_t key, uint32_t val, uint32_t *old)
{
    if (key == HM_EMPTY) return false;
    if (hm_full(m->count + 1, m->cap) && !hm_grow(m)) return false;
    size_t j = hm_slot_of(key, m->cap);
    while (m->slots[j].key != HM_EMPTY) {
        if (m->slots[j].key == key) {
            *old = m->slots[j].val;
            m->slots[j].val = val;
            return true;
        }
        j = (j + 1) & (m->cap - 1);
    }
    m->slots[j].key = key;
    m->slots[j].val = val;
    m->count++;
    *old = UINT32_MAX;
    return true;
}
