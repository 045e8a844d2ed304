/* arena — see arena.h.  Blocks double in size up to 1 MiB so small files stay
 * small and big files make few malloc calls. */
#include "arena.h"
#include "fail.h"

#include <stdarg.h>
#include <stddef.h>
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

static void ar_free_chain(ar_block *b)
{
    while (b) {
        ar_block *next = b->next;
        free(b);
        b = next;
    }
}

void ar_free(arena *a)
{
    ar_free_chain(a->head);
    ar_free_chain(a->nodes);
    free(a->spare);
    memset(a, 0, sizeof *a);
}

/* Keep the newest block of a chain, free the rest. */
static void ar_trim(arena *a, ar_block *head)
{
    if (!head) return;
    ar_block *b = head->next;
    while (b) {
        ar_block *next = b->next;
        a->total -= sizeof *b + b->cap;
        free(b);
        b = next;
    }
    head->next = NULL;
}

void ar_reset(arena *a)
{
    ar_trim(a, a->head);
    ar_trim(a, a->nodes);
    a->used = 0;
    a->nodes_used = 0;
    a->last = NULL;
}

/* A chain of blocks: the arena's own (head, used, cap), or the nodes'. */
static bool ar_new_block(arena *a, ar_block **head, size_t *used, size_t *capp, size_t need)
{
    size_t cap = *head ? (*head)->cap * 2 : AR_FIRST;
    if (cap > AR_MAX_STEP) cap = AR_MAX_STEP;
    if (cap < need) cap = need;
    ar_block *b;
    if (a->spare && a->spare->cap >= cap) {
        /* the block ar_release gave back: no malloc and free for every
         * statement that happens to cross the end of a block */
        b = a->spare;
        a->spare = NULL;
        cap = b->cap;
        a->total -= sizeof *b + cap;
    } else {
        b = fail_malloc(sizeof *b + cap);
    }
    if (!b) {
        a->failed = true;
        return false;
    }
    b->next = *head;
    b->cap = cap;
    *head = b;
    *used = 0;
    *capp = cap;
    a->total += sizeof *b + cap;
    return true;
}

/* Nodes hold pointers, longs and ints, nothing wider: 8-byte alignment is
 * enough, and rounding every node up to 16 bytes cost a fifth of the arena.
 * Text needs none. */
static void *ar_take_raw(arena *a, ar_block **head, size_t *used, size_t *cap, size_t n, size_t align)
{
    size_t at = (*used + align - 1) & ~(align - 1);
    if (n == 0) n = 1;
    if (!*head || at > *cap || *cap - at < n) {
        if (!ar_new_block(a, head, used, cap, n)) return NULL;
        at = 0;
    }
    void *p = (*head)->data + at;
    *used = at + n;
    return p;
}

static void *ar_take(arena *a, ar_block **head, size_t *used, size_t *cap, size_t n, size_t align)
{
    void *p = ar_take_raw(a, head, used, cap, n, align);
    if (p) memset(p, 0, n);
    return p;
}

ar_mark_t ar_mark(const arena *a)
{
    ar_mark_t m = { a->head, a->nodes, a->used, a->nodes_used };
    return m;
}

/* Drop the blocks of a chain newer than `keep`; the last one dropped is kept
 * as the arena's spare. */
static void ar_drop_to(arena *a, ar_block **head, ar_block *keep)
{
    while (*head && *head != keep) {
        ar_block *b = *head;
        *head = b->next;
        if (a->spare && a->spare->cap >= b->cap) {
            a->total -= sizeof *b + b->cap;
            free(b);
        } else {
            if (a->spare) {
                a->total -= sizeof *a->spare + a->spare->cap;
                free(a->spare);
            }
            b->next = NULL;
            a->spare = b;    /* still counted in total: it is still held */
        }
    }
}

void ar_release(arena *a, ar_mark_t m)
{
    ar_drop_to(a, &a->head, m.head);
    ar_drop_to(a, &a->nodes, m.nodes);
    a->used = m.head ? m.used : 0;
    a->cap = a->head ? a->head->cap : 0;
    a->nodes_used = m.nodes ? m.nodes_used : 0;
    a->nodes_cap = a->nodes ? a->nodes->cap : 0;
    a->last = NULL;
}

_Static_assert(offsetof(ar_block, data) == AR_HEADER, "ar_alloc's inline path finds a block's data at AR_HEADER");

void *ar_alloc_slow(arena *a, size_t n)
{
    void *p = ar_take(a, &a->head, &a->used, &a->cap, n, 8);
    a->last = p;
    return p;
}

void *ar_alloc_raw(arena *a, size_t n)
{
    void *p = ar_take_raw(a, &a->head, &a->used, &a->cap, n, 8);
    a->last = p;
    return p;
}

void *ar_alloc_node(arena *a, size_t n) { return ar_take(a, &a->nodes, &a->nodes_used, &a->nodes_cap, n, 8); }

char *ar_strndup(arena *a, const char *s, size_t n)
{
    char *p = ar_take(a, &a->head, &a->used, &a->cap, n + 1, 1);
    a->last = NULL;
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *ar_printf(arena *a, const char *fmt, ...)
{
    static char empty[1];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return empty;
    char *p = ar_alloc(a, (size_t)n + 1);
    if (!p) return empty;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void *ar_grow(arena *a, void *old, size_t oldcount, size_t newcount, size_t elem)
{
    /* The newest allocation of the head block grows where it is when there
     * is room: an array filled while nothing else is allocated costs no
     * copies and leaves nothing behind. */
    if (old && old == a->last && a->head) {
        size_t at = (size_t)((unsigned char *)old - a->head->data);
        if (at + oldcount * elem == a->used && a->cap - at >= newcount * elem) {
            if (newcount > oldcount) memset((unsigned char *)old + oldcount * elem, 0, (newcount - oldcount) * elem);
            a->used = at + newcount * elem;
            return old;
        }
    }
    void *p = ar_alloc(a, newcount * elem);
    if (p && old && oldcount) memcpy(p, old, oldcount * elem);
    return p;
}

/* Put the blocks of chain behind the newest block of *head (which stays the
 * one allocated from), or make them the chain when it has none. */
static void ar_splice(ar_block **head, size_t *used, size_t *cap, ar_block *chain, size_t chain_used)
{
    if (!chain) return;
    if (!*head) {
        *head = chain;
        *used = chain_used;
        *cap = chain->cap;
        return;
    }
    ar_block *last = chain;
    while (last->next) last = last->next;
    last->next = (*head)->next;
    (*head)->next = chain;
}

void ar_adopt(arena *a, arena *from)
{
    ar_splice(&a->head, &a->used, &a->cap, from->head, from->used);
    ar_splice(&a->nodes, &a->nodes_used, &a->nodes_cap, from->nodes, from->nodes_used);
    if (from->spare) {
        from->total -= sizeof *from->spare + from->spare->cap;
        free(from->spare);
    }
    a->total += from->total;
    if (from->failed) a->failed = true;
    memset(from, 0, sizeof *from);
}
