/* intern — one canonical copy of each identifier, so names compare by pointer.
 * Strings live in the arena; the hash table itself is malloc'd and released
 * by in_free. */
#ifndef CIVIC_INTERN_H
#define CIVIC_INTERN_H

#include "arena.h"

#include <stddef.h>
#include <stdint.h>

typedef struct in_table {
    arena *ar;
    const char **slot;
    uint32_t *hash;
    size_t cap, count;
} in_table;

void in_init(in_table *t, arena *ar);
void in_free(in_table *t);
/* Returns the canonical copy, or NULL when out of memory. */
const char *in_intern(in_table *t, const char *s, size_t n);
/* Returns the canonical copy if s was interned, else NULL (no insertion). */
const char *in_find(const in_table *t, const char *s, size_t n);
uint32_t in_hash(const char *s, size_t n);

#endif
