/* daytab — see daytab.h. */
#include "daytab.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

void dy_init(dy_table *t) { memset(t, 0, sizeof *t); }

void dy_free(dy_table *t)
{
    for (size_t i = 0; i < DY_CHUNKS; i++) free(t->chunk[i]);
    dy_init(t);
}

bool dy_put(dy_table *t, dt_day d, int32_t v)
{
    if (!t->has_base) {
        /* centred on d, on a page boundary: the days before it as many as after */
        int64_t base = ((int64_t)d - (int64_t)DY_CHUNK * DY_CHUNKS / 2) / DY_CHUNK * DY_CHUNK;
        if (base < INT32_MIN || base > (int64_t)INT32_MAX - (int64_t)DY_CHUNK * DY_CHUNKS) return false;
        t->base = (dt_day)base;
        t->has_base = true;
    }
    int64_t i = (int64_t)d - t->base;
    if (i < 0 || i >= (int64_t)DY_CHUNK * DY_CHUNKS) return false;
    int32_t **c = &t->chunk[i / DY_CHUNK];
    if (!*c && !(*c = fail_calloc(DY_CHUNK, sizeof **c))) return false;
    (*c)[i % DY_CHUNK] = v;
    return true;
}
