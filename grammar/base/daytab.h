/* daytab — a number for each day of a span, kept in pages of DY_CHUNK days
 * made when a day of theirs is first given one.
 *
 * For tables looked up once a row of a register (a deadline from each day,
 * a day's month): the rows fall on some thousands of days of a few years,
 * in any order.  A hash table of them touches every page it has; this one
 * touches a page for each 1,024 days the rows fall on (on a machine where a
 * page touched for the first time costs as much as thousands of
 * instructions, that is most of the difference).
 *
 * The span is DY_CHUNKS pages, centred on the first day given a number
 * (some 180 years); a day outside it has none, and cannot be given one.
 * A day never given a number reads 0. */
#ifndef CIVIC_DAYTAB_H
#define CIVIC_DAYTAB_H

#include <stdbool.h>
#include <stdint.h>

#include "date.h"

enum { DY_CHUNK = 1024, DY_CHUNKS = 64 };

typedef struct dy_table {
    int32_t *chunk[DY_CHUNKS];
    dt_day base;             /* the span's first day (set by the first dy_put) */
    bool has_base;
} dy_table;

void dy_init(dy_table *t);
void dy_free(dy_table *t);

/* The number of day d, or 0. */
static inline int32_t dy_get(const dy_table *t, dt_day d)
{
    int64_t i = (int64_t)d - t->base;
    if (!t->has_base || i < 0 || i >= (int64_t)DY_CHUNK * DY_CHUNKS) return 0;
    const int32_t *c = t->chunk[i / DY_CHUNK];
    return c ? c[i % DY_CHUNK] : 0;
}

/* Gives day d the number v; false when d is outside the span or out of memory. */
bool dy_put(dy_table *t, dt_day d, int32_t v);

#endif
