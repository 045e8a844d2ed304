/* scan_thread — see scan_thread.h. */
#include "scan_thread.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

typedef struct st_tok {
    YYSTYPE v;
    YYLTYPE l;
    int tok;
    uint32_t off;       /* the scanner's offset after the token */
    uint32_t ndiag;     /* diagnostics in the batch once it was scanned */
} st_tok;

typedef struct st_batch {
    st_tok t[ST_BATCH];
    size_t n;
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
    pthread_mutex_t names_lock;
    char pad2[64];
    /* the parser's side */
    st_batch *cur;
    size_t i, d;
    size_t plain;           /* the first `plain` tokens of cur need nothing but a copy */
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
        b->n = 0;
        b->last = false;
        t->lx->dg = &b->dg;
        while (b->n < ST_BATCH) {
            st_tok *x = &b->t[b->n++];
            /* a token without a location of its own (the end) keeps the
             * one before, as the parser's variable would in line */
            x->l = last;
            x->tok = t->raw(&x->v, &x->l, t->scanner);
            last = x->l;
            x->off = t->lx->off;
            x->ndiag = (uint32_t)b->dg.count;
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
    t->lx->names_lock = NULL;
    for (size_t i = 0; i < ST_RING; i++) dg_free(&t->ring[i].dg);
    pthread_mutex_destroy(&t->names_lock);
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
    pthread_mutex_init(&t->mu, NULL);
    pthread_cond_init(&t->more, NULL);
    pthread_cond_init(&t->room, NULL);
    pthread_mutex_init(&t->names_lock, NULL);
    lx->names_lock = &t->names_lock;
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
        t->i = t->d = 0;
        /* most batches report nothing: their tokens are copied, no more */
        const st_batch *c = t->cur;
        t->plain = c->dg.count == 0 && !c->dg.oom ? c->n - (c->last ? 1 : 0) : 0;
    }
    st_batch *b = t->cur;
    const st_tok *x = &b->t[t->i++];
    if (t->i > t->plain) {   /* it may bring diagnostics, or be the end */
        while (t->d < x->ndiag) dg_move(dg, &b->dg.items[t->d++]);
        if (b->dg.oom) dg->oom = true;
        if (x->tok == 0) t->done = true;
    }
    *v = x->v;
    *l = x->l;
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
