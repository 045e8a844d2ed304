/* hmap — see hmap.h.  Linear probing, kept at most half full. */
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

static size_t hm_slot_of(uint64_t k, size_t cap)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return (size_t)k & (cap - 1);
}

static bool hm_grow_to(hmap *m, size_t cap)
{
    hm_slot *ns = fail_calloc(cap, sizeof *ns);
    if (!ns) return false;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].used) continue;
        size_t j = hm_slot_of(m->slots[i].key, cap);
        while (ns[j].used) j = (j + 1) & (cap - 1);
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
    while (n * 2 > cap) cap *= 2;
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
    while (m->slots[j].used) {
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
    if ((m->count + 1) * 2 > m->cap && !hm_grow(m)) return false;
    size_t j = hm_slot_of(key, m->cap);
    while (m->slots[j].used) {
        if (m->slots[j].key == key) {
            *old = m->slots[j].val;
            m->slots[j].val = val;
            return true;
        }
        j = (j + 1) & (m->cap - 1);
    }
    m->slots[j].used = 1;
    m->slots[j].key = key;
    m->slots[j].val = val;
    m->count++;
    *old = UINT32_MAX;
    return true;
}
