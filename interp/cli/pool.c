/* pool — see pool.h. */
#include "pool.h"

#include "fail.h"
#include "textout.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef enum { PL_WAITING, PL_RUNNING, PL_READY } pl_state;

typedef struct pl_slot {
    pl_state state;
    bool ran;
    char *out, *err;
    size_t nout, nerr;
} pl_slot;

typedef struct pl_pool {
    pthread_mutex_t mu;
    pthread_cond_t ready;    /* a slot became PL_READY: the writer may go on */
    pthread_cond_t room;     /* the writer moved on: a worker may take the next item */
    size_t n, next_take, next_write;
    pl_slot slots[PL_WINDOW];
    pl_work work;
    void *ctx;
} pl_pool;

int pl_threads(void)
{
    static bool warned;   /* a command may ask more than once: said once */
    const char *e = getenv("CIVIC_JOBS");
    if (e && *e) {
        char *end;
        errno = 0;
        long v = strtol(e, &end, 10);
        if (!errno && *end == '\0' && v >= 1 && v <= PL_MAX_THREADS) return (int)v;
    }
    long c = sysconf(_SC_NPROCESSORS_ONLN);
    int n = c < 1 ? 1 : c > PL_MAX_THREADS ? PL_MAX_THREADS : (int)c;
    if (e && *e && !warned) {
        to_printf(stderr, "civic: warning: CIVIC_JOBS='%s' is not a number of threads from 1 to %d; using %d\n", e,
                  PL_MAX_THREADS, n);
        warned = true;
    }
    return n;
}

/* One item, its output kept in memory. */
static void pl_one(pl_pool *p, size_t i, pl_slot *s)
{
    char *ob = NULL, *eb = NULL;
    size_t on = 0, en = 0;
    FILE *out = open_memstream(&ob, &on);
    FILE *err = out ? open_memstream(&eb, &en) : NULL;
    bool ran = out && err;
    if (ran) p->work(p->ctx, i, out, err);
    if (out) fclose(out);
    if (err) fclose(err);
    pthread_mutex_lock(&p->mu);
    s->ran = ran;
    s->out = ob; s->nout = on;
    s->err = eb; s->nerr = en;
    s->state = PL_READY;
    pthread_cond_broadcast(&p->ready);
    pthread_mutex_unlock(&p->mu);
}

static void *pl_worker(void *arg)
{
    pl_pool *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (p->next_take < p->n && p->next_take >= p->next_write + PL_WINDOW) pthread_cond_wait(&p->room, &p->mu);
        if (p->next_take >= p->n) { pthread_mutex_unlock(&p->mu); return NULL; }
        size_t i = p->next_take++;
        pl_slot *s = &p->slots[i % PL_WINDOW];
        s->state = PL_RUNNING;
        pthread_mutex_unlock(&p->mu);
        pl_one(p, i, s);
    }
}

/* The writer: item i's output, once it is ready. */
static void pl_write(pl_pool *p, size_t i, pl_done done)
{
    pl_slot *s = &p->slots[i % PL_WINDOW];
    pthread_mutex_lock(&p->mu);
    while (s->state != PL_READY) pthread_cond_wait(&p->ready, &p->mu);
    pl_slot got = *s;
    memset(s, 0, sizeof *s);
    p->next_write = i + 1;
    pthread_cond_broadcast(&p->room);
    pthread_mutex_unlock(&p->mu);
    if (got.nerr) fwrite(got.err, 1, got.nerr, stderr);
    if (got.nout) fwrite(got.out, 1, got.nout, stdout);
    free(got.out);
    free(got.err);
    done(p->ctx, i, got.ran);
}

static void pl_inline(size_t n, pl_work work, pl_done done, void *ctx)
{
    for (size_t i = 0; i < n; i++) {
        work(ctx, i, stdout, stderr);
        done(ctx, i, true);
    }
}

void pl_run(size_t n, int threads, pl_work work, pl_done done, void *ctx)
{
    if (threads > PL_MAX_THREADS) threads = PL_MAX_THREADS;
    if (threads <= 1 || n <= 1) { pl_inline(n, work, done, ctx); return; }
    pl_pool *p = fail_calloc(1, sizeof *p);
    if (!p) { pl_inline(n, work, done, ctx); return; }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->ready, NULL);
    pthread_cond_init(&p->room, NULL);
    p->n = n;
    p->work = work;
    p->ctx = ctx;
    pthread_t tid[PL_MAX_THREADS];
    int started = 0;
    for (int t = 0; t < threads; t++)
        if (pthread_create(&tid[started], NULL, pl_worker, p) == 0) started++;
    if (started == 0) {
        /* no thread could be made: this one does the work */
        pl_inline(n, work, done, ctx);
    } else {
        for (size_t i = 0; i < n; i++) pl_write(p, i, done);
        for (int t = 0; t < started; t++) pthread_join(tid[t], NULL);
    }
    pthread_cond_destroy(&p->room);
    pthread_cond_destroy(&p->ready);
    pthread_mutex_destroy(&p->mu);
    free(p);
}
