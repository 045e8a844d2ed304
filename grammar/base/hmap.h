/* hmap — open-addressing map from 64-bit keys to 32-bit values.
 * Used for symbol tables (key: interned name pointer) and indexes (key:
 * role << 32 | action).  Owns its arrays; hm_free releases them. */
#ifndef CIVIC_HMAP_H
#define CIVIC_HMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One slot holds key and value together, 12 bytes, so a probe reads one
 * cache line.  An empty slot has the key HM_EMPTY, which is therefore not a
 * key (no index, pointer or pair of indexes is all ones). */
#define HM_EMPTY UINT64_MAX
typedef struct __attribute__((packed)) hm_slot {
    uint64_t key;
    uint32_t val;
} hm_slot;

typedef struct hmap {
    hm_slot *slots;
    size_t cap, count;
} hmap;

void hm_init(hmap *m);
void hm_free(hmap *m);
/* Returns false when out of memory (or for the key HM_EMPTY). Replaces an existing value. */
bool hm_put(hmap *m, uint64_t key, uint32_t val);
/* Returns true and sets *val when present. */
bool hm_get(const hmap *m, uint64_t key, uint32_t *val);
/* Makes room for n entries in all, so that filling it does not rehash; false when out of memory. */
bool hm_reserve(hmap *m, size_t n);
uint64_t hm_ptr(const void *p);
/* A key for n bytes (a name, a key made of words): read eight at a time
 * where they are; never HM_EMPTY.  Two keys of the same bytes are equal;
 * others may be too, so the caller compares what the key stands for. */
uint64_t hm_bytes(const void *p, size_t n);
/* The key to try after h when two things share a hash (the callers keep
 * what a key stands for, and compare): h + 1, never HM_EMPTY. */
static inline uint64_t hm_next(uint64_t h) { return h + 1 == HM_EMPTY ? 0 : h + 1; }
/* Puts val under key and sets *old to the value it replaces, or UINT32_MAX
 * when the key was new: a get and a put in one probe.  False when out of memory. */
bool hm_swap(hmap *m, uint64_t key, uint32_t val, uint32_t *old);

#endif
