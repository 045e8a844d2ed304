/* arena — bump allocation for everything a loaded protocol set owns.
 *
 * A loaded file set has one arena for the AST and the model built from it,
 * and one for interned names.  Freed in one call (ar_free); nothing is freed
 * on its own, but the newest allocations can be given back together
 * (ar_mark, ar_release: the parser does so after each statement whose tree
 * it has packed) and a scratch arena can be emptied (ar_reset).  Allocation
 * failure is reported by returning NULL and setting ar->failed; callers turn
 * that into an "out of memory" diagnostic.
 */
#ifndef CIVIC_ARENA_H
#define CIVIC_ARENA_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct ar_block ar_block;
typedef struct arena {
    ar_block *head;
    size_t used, cap;      /* of the head block */
    ar_block *nodes;       /* ar_alloc_node's own blocks, newest first */
    size_t nodes_used, nodes_cap;
    void *last;            /* the newest ar_alloc, which ar_grow can extend in place */
    size_t total;          /* bytes obtained from malloc, for memory figures */
    ar_block *spare;       /* a block given back by ar_release, kept for the next one needed */
    bool failed;
} arena;

/* A point in an arena's history: ar_release(a, m) gives back everything
 * allocated since ar_mark(a) returned m (both chains), so a statement whose
 * tree has been read and packed (ast_pack.h) leaves nothing behind. */
typedef struct ar_mark_t {
    ar_block *head, *nodes;
    size_t used, nodes_used;
} ar_mark_t;

void ar_init(arena *a);
void ar_free(arena *a);
/* Forget everything allocated but keep the newest block for reuse: for
 * scratch arenas that are emptied after each use. */
void ar_reset(arena *a);
ar_mark_t ar_mark(const arena *a);
/* Take over everything `from` holds (another thread's arena, say): it is
 * freed with a, and from is left empty.  a goes on allocating from its own
 * newest block. */
void ar_adopt(arena *a, arena *from);
void ar_release(arena *a, ar_mark_t m);
/* zeroed, 8-byte aligned.  The common case, room in the newest block, is
 * inline: a file of 100,000 rules makes millions of small nodes. */
static inline void *ar_alloc(arena *a, size_t n);
void *ar_alloc_slow(arena *a, size_t n);
/* The same, not zeroed: for a big array each element of which is written
 * before it is read (its pages are then first touched where it is filled,
 * on whichever thread fills that part). */
void *ar_alloc_raw(arena *a, size_t n);
/* The same, from blocks of their own, for nodes that are walked as a list
 * again and again (the declarations of a file): kept together, in order,
 * a walk over them reads memory in sequence instead of all over the arena. */
void *ar_alloc_node(arena *a, size_t n);
char *ar_strndup(arena *a, const char *s, size_t n); /* NUL-terminated copy */
/* Never NULL: out of memory gives "" (and sets a->failed), so that a text
 * being built can always be printed; whoever finishes the work checks
 * a->failed and reports "out of memory". */
char *ar_printf(arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Grow an array kept in the arena: returns a copy with room for newcap
 * elements (the old block is abandoned, which is fine for bounded growth). */
void *ar_grow(arena *a, void *old, size_t oldcount, size_t newcount, size_t elem);

/* The data of a block begin this far into it (checked in arena.c). */
enum { AR_HEADER = 16 };

static inline void *ar_alloc(arena *a, size_t n)
{
    size_t at = (a->used + 7) & ~(size_t)7;
    if (a->head && n && at <= a->cap && a->cap - at >= n) {
        unsigned char *p = (unsigned char *)a->head + AR_HEADER + at;
        a->used = at + n;
        memset(p, 0, n);
        a->last = p;
        return p;
    }
    return ar_alloc_slow(a, n);
}

#endif
