/* hmap — open-addressing map from 64-bit keys to 32-bit values.
 * Used for symbol tables (key: interned name pointer) and indexes (key:
 * role << 32 | action).  Owns its arrays; hm_free releases them. */
#ifndef CIVIC_HMAP_H
#define CIVIC_HMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct hmap {
    uint64_t *keys;
    uint32_t *vals;
    unsigned char *used;
    size_t cap, count;
} hmap;

void hm_init(hmap *m);
void hm_free(hmap *m);
/* Returns false when out of memory. Replaces an existing value. */
bool hm_put(hmap *m, uint64_t key, uint32_t val);
/* Returns true and sets *val when present. */
bool hm_get(const hmap *m, uint64_t key, uint32_t *val);
uint64_t hm_ptr(const void *p);

#endif
