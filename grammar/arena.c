/* arena — see arena.h.  Blocks double in size up to 1 MiB so small files stay
 * small and big files make few malloc calls. */
#include "arena.h"
#include "fail.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ar_block {
    ar_block *next;
    size_t cap;
    _Alignas(16) unsigned char data[];
};

enum { AR_FIRST = 4096, AR_MAX_STEP = 1 << 20 };

void ar_init(arena *a) { memset(a, 0, sizeof *a); }

void ar_free(arena *a)
{
    ar_block *b = a->head;
    while (b) {
        ar_block *next = b->next;
        free(b);
        b = next;
    }
    memset(a, 0, sizeof *a);
}

void ar_reset(arena *a)
{
    if (!a->head) return;
    ar_block *b = a->head->next;
    while (b) {
        ar_block *next = b->next;
        a->total -= sizeof *b + b->cap;
        free(b);
        b = next;
    }
    a->head->next = NULL;
    a->used = 0;
}

static bool ar_new_block(arena *a, size_t need)
{
    size_t cap = a->head ? a->head->cap * 2 : AR_FIRST;
    if (cap > AR_MAX_STEP) cap = AR_MAX_STEP;
    if (cap < need) cap = need;
    ar_block *b = fail_malloc(sizeof *b + cap);
    if (!b) {
        a->failed = true;
        return false;
    }
    b->next = a->head;
    b->cap = cap;
    a->head = b;
    a->used = 0;
    a->cap = cap;
    a->total += sizeof *b + cap;
    return true;
}

void *ar_alloc(arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0) n = 16;
    if (!a->head || a->cap - a->used < n) {
        if (!ar_new_block(a, n)) return NULL;
    }
    void *p = a->head->data + a->used;
    a->used += n;
    memset(p, 0, n);
    return p;
}

char *ar_strndup(arena *a, const char *s, size_t n)
{
    char *p = ar_alloc(a, n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *ar_printf(arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return NULL;
    char *p = ar_alloc(a, (size_t)n + 1);
    if (!p) return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void *ar_grow(arena *a, void *old, size_t oldcount, size_t newcount, size_t elem)
{
    void *p = ar_alloc(a, newcount * elem);
    if (p && old && oldcount) memcpy(p, old, oldcount * elem);
    return p;
}
