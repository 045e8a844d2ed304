/* scan_thread — see scan_thread.h. */
#include "scan_thread.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

/* A token as it crosses from one core to the other: 24 bytes, not the 56
 * of a YYSTYPE and a YYLTYPE, for every byte written here is read on the
 * other core.  The scanner sets only the value's first 8 bytes (str, num,
 * day, minute), and the file is always the scanner's. */
typedef struct st_tok {
    uint64_t v;         /* the first 8 bytes of the YYSTYPE */
    uint32_t start, end;
    uint32_t off;       /* the scanner's offset after the token */
    int tok;
} st_tok;

_Static_assert(sizeof(YYSTYPE) >= sizeof(uint64_t), "a token's value is kept in 8 bytes");

/* The tokens after which diagnostics were reported: after token `tok`,
 * the batch's sink held `count`. */
typedef struct st_mark {
    uint32_t tok, count;
} st_mark;

typedef struct st_batch {
    st_tok t[ST_BATCH];
    st_mark mark[ST_BATCH];   /* at most one a token */
    size_t n, nmark;
    bool last;          /* ends with token 0 */
    dg_sink dg;         /* what the rules reported while filling it */
} st_batch;

/* The three kinds of field are a cache line apart (the pads), so that a
 * token taken by the parser does not disturb the scanner's line, nor the
 * other way round. */
struct st_thread {
    /* set before the thread starts, then only read */
    pthread_t th;
    void *scanner;
    lx_state *lx;
    dg_sink *lx_dg;         /* lx->dg before the thread took it */
    st_raw_fn raw;
    st_batch *ring;
    char pad1[64];
    /* shared, under mu */
    pthread_mutex_t mu;
    pthread_cond_t more;    /* a batch was filled */
    pthread_cond_t room;    /* a batch was given back, or stop */
    size_t produced, consumed;   /* batches */
    bool stop;
    char pad2[64];
    /* the parser's side */
    st_batch *cur;
    size_t i, d, mk;
    size_t plain;           /* the first `plain` tokens of cur need nothing but a copy */
    uint32_t file;
    bool done;
    char pad3[64];
};

static void *st_main(void *arg)
{
    st_thread *t = arg;
    YYLTYPE last = { t->lx->file, t->lx->off, t->lx->off };
    for (;;) {
        pthread_mutex_lock(&t->mu);
        /* once the ring is full, wait until half of it is free: one
         * wake-up for ST_RING / 2 batches, not one a batch */
        if (t->produced - t->consumed == ST_RING)
            while (!t->stop && t->produced - t->consumed > ST_RING / 2) pthread_cond_wait(&t->room, &t->mu);
        bool stop = t->stop;
        st_batch *b = &t->ring[t->produced % ST_RING];
        pthread_mutex_unlock(&t->mu);
        if (stop) return NULL;
        /* b is the thread's until it is counted as produced; the parser
         * emptied its sink when it gave it back */
        b->n = b->nmark = 0;
        b->last = false;
        t->lx->dg = &b->dg;
        size_t seen = 0;
        while (b->n < ST_BATCH) {
            st_tok *x = &b->t[b->n++];
            YYSTYPE v;
            v.num = 0;   /* (a keyword sets nothing) */
            /* a token without a location of its own (the end) keeps the
             * one before, as the parser's variable would in line */
            YYLTYPE l = last;
            x->tok = t->raw(&v, &l, t->scanner);
            last = l;
            memcpy(&x->v, &v, sizeof x->v);
            x->start = l.start;
            x->end = l.end;
            x->off = t->lx->off;
            if (b->dg.count != seen) {
                seen = b->dg.count;
                b->mark[b->nmark++] = (st_mark){ (uint32_t)(b->n - 1), (uint32_t)seen };
            }
            if (x->tok == 0) {
                b->last = true;
                break;
            }
        }
        pthread_mutex_lock(&t->mu);
        t->produced++;
        pthread_cond_signal(&t->more);
        pthread_mutex_unlock(&t->mu);
        if (b->last) return NULL;
    }
}

/* What st_start made, given back (the thread, if any, joined already). */
static void st_free(st_thread *t)
{
    t->lx->dg = t->lx_dg;
    for (size_t i = 0; i < ST_RING; i++) dg_free(&t->ring[i].dg);
    pthread_cond_destroy(&t->room);
    pthread_cond_destroy(&t->more);
    pthread_mutex_destroy(&t->mu);
    free(t->ring);
    free(t);
}

st_thread *st_start(void *scanner, lx_state *lx, st_raw_fn raw)
{
    st_thread *t = fail_calloc(1, sizeof *t);
    if (!t) return NULL;
    t->ring = fail_calloc(ST_RING, sizeof *t->ring);
    if (!t->ring) {
        free(t);
        return NULL;
    }
    for (size_t i = 0; i < ST_RING; i++) {
        dg_init(&t->ring[i].dg);
        t->ring[i].dg.limit = (size_t)-1;   /* the limit is the parser's sink's, applied in st_next */
    }
    t->scanner = scanner;
    t->lx = lx;
    t->lx_dg = lx->dg;
    t->raw = raw;
    t->file = lx->file;
    pthread_mutex_init(&t->mu, NULL);
    pthread_cond_init(&t->more, NULL);
    pthread_cond_init(&t->room, NULL);
    if (pthread_create(&t->th, NULL, st_main, t) != 0) {
        st_free(t);
        return NULL;
    }
    return t;
}

int st_next(st_thread *t, YYSTYPE *v, YYLTYPE *l, uint32_t *off, dg_sink *dg)
{
    if (t->done) return 0;
    if (!t->cur || t->i == t->cur->n) {
        if (t->cur) {   /* give the batch back */
            dg_clear(&t->cur->dg);
            pthread_mutex_lock(&t->mu);
            t->consumed++;
            if (t->produced - t->consumed == ST_RING / 2) pthread_cond_signal(&t->room);
            pthread_mutex_unlock(&t->mu);
        }
        pthread_mutex_lock(&t->mu);
        while (t->produced == t->consumed) pthread_cond_wait(&t->more, &t->mu);
        t->cur = &t->ring[t->consumed % ST_RING];
        pthread_mutex_unlock(&t->mu);
        t->i = t->d = t->mk = 0;
        /* most batches report nothing: their tokens are copied, no more */
        const st_batch *c = t->cur;
        t->plain = c->dg.count == 0 && !c->dg.oom ? c->n - (c->last ? 1 : 0) : 0;
    }
    st_batch *b = t->cur;
    size_t i = t->i++;
    const st_tok *x = &b->t[i];
    if (t->i > t->plain) {   /* it may bring diagnostics, or be the end */
        if (t->mk < b->nmark && b->mark[t->mk].tok == i) {
            while (t->d < b->mark[t->mk].count) dg_move(dg, &b->dg.items[t->d++]);
            t->mk++;
        }
        if (b->dg.oom) dg->oom = true;
        if (x->tok == 0) t->done = true;
    }
    memcpy(v, &x->v, sizeof x->v);
    l->file = t->file;
    l->start = x->start;
    l->end = x->end;
    *off = x->off;
    return x->tok;
}

void st_stop(st_thread *t)
{
    pthread_mutex_lock(&t->mu);
    t->stop = true;
    pthread_cond_signal(&t->room);
    pthread_mutex_unlock(&t->mu);
    pthread_join(t->th, NULL);
    st_free(t);
}
