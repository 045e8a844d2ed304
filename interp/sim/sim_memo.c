/* sim_memo — a matter's run remembered by its shape and the order of its
 * days (sim_memo.h says why that is the engine's run exactly). */
#include "sim_memo.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

enum {
    SMO_MAX_EV = 8,          /* events of a matter */
    SMO_MAX_PEOPLE = 8,
    SMO_MAX_HOLDS = 4,       /* holdings of a person */
    SMO_MAX_SPECS = 12,      /* deadlines worked out in a run */
    SMO_MAX_V = SMO_MAX_EV + 1 + SMO_MAX_SPECS,   /* the days ranked: the events', upto, the deadlines */
    SMO_MAX_ENTRIES = 32,    /* entries of a run */
    SMO_EV_WORDS = 11,
    SMO_MAX_KEY = 3 + SMO_MAX_EV * SMO_EV_WORDS + SMO_MAX_PEOPLE * (1 + 2 * SMO_MAX_HOLDS),
    SMO_MAX_SHAPES = 1024,
    SMO_MAX_ORDERS = 8192,
    SMO_NO_DAY = 0xFF,       /* the rank of a deadline that could not be worked out */
    SMO_PACK = 12,           /* days whose ranks fit one word, five bits each (SMO_MAX_V is under 31) */
    SMO_OCACHE = 256,        /* orders whose ranks fit a word, by hash, before the index (a register has dozens) */
    SMO_RECENT = 4           /* shapes, and orders of a shape, tried before the hash (a register has few) */
};

/* A deadline of a shape: d's from the raising day, or (d NULL) `days` after it. */
typedef struct smo_spec {
    const md_deadline *d;
    int days;
} smo_spec;

typedef struct smo_shape {
    uint32_t *key;
    size_t nkey;
    smo_spec specs[SMO_MAX_SPECS];
    size_t nspecs;
    bool never;              /* a run of it did not go as the memo says runs go */
    int recent[SMO_RECENT];  /* its orders found last, newest first (-1: none) */
} smo_shape;

/* An entry as recorded: each day as its place in the ranked days (-1: the
 * value as it is, a day the entry does not have), its event's place in
 * the matter (-1: none), its names as the people's places (-1: none).
 * A replay writes those into e and sends e itself (no copy: an entry is
 * valid during the call to the sink only). */
typedef struct smo_entry {
    sim_entry e;
    int8_t day, opened, due, fdue, target, event;
    int8_t people[4];
} smo_entry;

typedef struct smo_order {
    uint32_t shape;
    uint8_t nv;
    uint8_t ranks[SMO_MAX_V];
    uint64_t packed;         /* the ranks in a word, when nv <= SMO_PACK */
    bool never;              /* its run could not be said: the engine runs it */
    sim_result r;
    smo_entry *es;
    size_t nes;
} smo_order;

/* The run being recorded (S->rec). */
struct smo_rec {
    sim_sink sink;           /* the caller's */
    void *ctx;
    dt_day d0;
    smo_spec specs[SMO_MAX_SPECS];
    size_t nspecs;
    bool bad_specs;          /* it worked out deadlines the memo cannot say: the shape is never said */
    bool bad_entries;        /* it sent more entries than the memo keeps */
    sim_entry es[SMO_MAX_ENTRIES];
    size_t nes;
};

struct smo_memo {
    smo_shape *shapes;
    size_t nshapes, capshapes;
    smo_order *orders;
    size_t norders, caporders;
    hmap shape_ix, order_ix;  /* hash -> index (a collision moves on to hash + 1) */
    int recent[SMO_RECENT];  /* the shapes found last, newest first (-1: none) */
    int32_t ocache[SMO_OCACHE];   /* an order by its hash's low bits, or -1 (smo_find_order) */
    /* the matter looked up last */
    uint32_t key[SMO_MAX_KEY];
    size_t nkey;
    uint64_t key_hash;
    int shape;               /* its shape, or -1 when new */
    dt_day v[SMO_MAX_V];     /* its days: the events', upto, the shape's deadlines */
    bool has[SMO_MAX_V];
    uint8_t ranks[SMO_MAX_V];
    uint64_t packed;         /* the ranks in a word, when nv <= SMO_PACK */
    size_t nv;
    struct smo_rec rec;
};

smo_memo *smo_new(void)
{
    smo_memo *mo = fail_calloc(1, sizeof *mo);
    if (!mo) return NULL;
    hm_init(&mo->shape_ix);
    hm_init(&mo->order_ix);
    for (size_t i = 0; i < SMO_RECENT; i++) mo->recent[i] = -1;
    for (size_t i = 0; i < SMO_OCACHE; i++) mo->ocache[i] = -1;
    return mo;
}

void smo_free(smo_memo *mo)
{
    if (!mo) return;
    for (size_t i = 0; i < mo->nshapes; i++) free(mo->shapes[i].key);
    for (size_t i = 0; i < mo->norders; i++) free(mo->orders[i].es);
    free(mo->shapes);
    free(mo->orders);
    hm_free(&mo->shape_ix);
    hm_free(&mo->order_ix);
    free(mo);
}

/* ---- keys ------------------------------------------------------------------------------------- */

static bool smo_for_good(dt_day from, dt_day until) { return from == INT32_MIN && until == INT32_MAX; }

/* Can the memo say the scenario's matters: nothing dated but the events? */
static bool smo_timeless(const md_scenario *s)
{
    if (s->escalate_kind >= 0 || s->npeople > SMO_MAX_PEOPLE) return false;
    for (size_t i = 0; i < s->nrelfacts; i++)
        if (!smo_for_good(s->relfacts[i].from, s->relfacts[i].until)) return false;
    for (size_t p = 0; p < s->npeople; p++) {
        if (s->people[p].nholds > SMO_MAX_HOLDS) return false;
        for (size_t h = 0; h < s->people[p].nholds; h++)
            if (!smo_for_good(s->people[p].holds[h].from, s->people[p].holds[h].until)) return false;
    }
    return true;
}

static void smo_put_ptr(uint32_t *w, const void *p)
{
    uint64_t v = (uint64_t)(uintptr_t)p;
    w[0] = (uint32_t)v;
    w[1] = (uint32_t)(v >> 32);
}

/* An event but for its day, as SMO_EV_WORDS words: what the engine reads
 * of it.  (Its place in the source is only copied into entries, and a
 * replay copies it from the event: smo_say checks that it can.) */
static void smo_event_key(uint32_t *w, const md_event *e)
{
    w[0] = (uint32_t)e->kind | (uint32_t)e->object_prep << 8 | (uint32_t)e->target_prep << 16;
    w[1] = (uint32_t)(uint16_t)e->minute;
    w[2] = (uint32_t)e->actor;
    w[3] = (uint32_t)e->actor_role;
    w[4] = (uint32_t)e->action;
    w[5] = (uint32_t)e->object;
    w[6] = (uint32_t)e->target;
    w[7] = (uint32_t)e->target_role;
    w[8] = (uint32_t)e->about;
    smo_put_ptr(w + 9, e->x);
}

/* The matter's shape: its events but for their days, its people's roles. */
static void smo_shape_key(smo_memo *mo, const md_scenario *s, const md_event *ev, size_t n)
{
    uint32_t *w = mo->key;
    size_t k = 0;
    w[k++] = (uint32_t)n;
    w[k++] = (uint32_t)s->nrelfacts;
    w[k++] = (uint32_t)s->npeople;
    for (size_t i = 0; i < n; i++, k += SMO_EV_WORDS) smo_event_key(w + k, &ev[i]);
    for (size_t p = 0; p < s->npeople; p++) {
        w[k++] = (uint32_t)s->people[p].nholds;
        for (size_t h = 0; h < s->people[p].nholds; h++) {
            w[k++] = (uint32_t)s->people[p].holds[h].role;
            w[k++] = s->people[p].holds[h].acting;
        }
    }
    mo->nkey = k;
}

/* Makes x the newest of the recent list. */
static void smo_touch(int *recent, int x)
{
    if (recent[0] == x) return;   /* the same as last time, as a register's rows mostly are */
    size_t i = 0;
    while (i + 1 < SMO_RECENT && recent[i] != x) i++;
    for (; i > 0; i--) recent[i] = recent[i - 1];
    recent[0] = x;
}

/* The same words: eight bytes at a time, the differences gathered and
 * looked at once (a key is some thirty words; a word at a time with a
 * test each, this was a twentieth of an audit). */
static bool smo_same(const uint32_t *a, const uint32_t *b, size_t n)
{
    uint64_t diff = 0;
    size_t i = 0;
    for (; i + 2 <= n; i += 2) {
        uint64_t x, y;
        memcpy(&x, a + i, sizeof x);
        memcpy(&y, b + i, sizeof y);
        diff |= x ^ y;
    }
    if (i < n) diff |= a[i] ^ b[i];
    return diff == 0;
}

static bool smo_shape_is(const smo_memo *mo, int v)
{
    const smo_shape *sh = &mo->shapes[v];
    return sh->nkey == mo->nkey && smo_same(sh->key, mo->key, mo->nkey);
}

/* The matter's shape among those kept: the recent ones first, then by
 * hash (mo->key_hash, set for smo_add_shape); -1 when new. */
static int smo_find_shape(smo_memo *mo)
{
    for (size_t i = 0; i < SMO_RECENT && mo->recent[i] >= 0; i++)
        if (smo_shape_is(mo, mo->recent[i])) {
            int v = mo->recent[i];
            smo_touch(mo->recent, v);
            return v;
        }
    mo->key_hash = hm_bytes(mo->key, mo->nkey * sizeof *mo->key);
    uint32_t v;
    for (uint64_t h = mo->key_hash; hm_get(&mo->shape_ix, h, &v); h = hm_next(h))
        if (smo_shape_is(mo, (int)v)) {
            smo_touch(mo->recent, (int)v);
            return (int)v;
        }
    return -1;
}

/* ---- the days ------------------------------------------------------------------------------- */

/* The matter's days: its events', upto, and the shape's deadlines from the raising day. */
static void smo_days(smo_memo *mo, sim *S, const smo_spec *specs, size_t nspecs, const md_event *ev, size_t n,
                     dt_day upto)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++, k++) { mo->v[k] = ev[i].day; mo->has[k] = true; }
    mo->v[k] = upto;
    mo->has[k++] = true;
    for (size_t i = 0; i < nspecs; i++, k++) {
        if (specs[i].d) mo->has[k] = sim_deadline_from(S, specs[i].d, ev[0].day, &mo->v[k]) == 0;
        else { mo->v[k] = ev[0].day + specs[i].days; mo->has[k] = true; }
    }
    mo->nv = k;
}

/* Each day's rank among them (ties the same rank); SMO_NO_DAY for none. */
static void smo_rank(smo_memo *mo)
{
    uint8_t ix[SMO_MAX_V];
    size_t m = 0;
    for (size_t i = 0; i < mo->nv; i++) {
        mo->ranks[i] = SMO_NO_DAY;
        if (!mo->has[i]) continue;
        size_t j = m++;
        while (j > 0 && mo->v[ix[j - 1]] > mo->v[i]) { ix[j] = ix[j - 1]; j--; }
        ix[j] = (uint8_t)i;
    }
    uint8_t rank = 0;
    for (size_t j = 0; j < m; j++) {
        if (j > 0 && mo->v[ix[j]] != mo->v[ix[j - 1]]) rank++;
        mo->ranks[ix[j]] = rank;
    }
    mo->packed = 0;
    for (size_t i = 0; i < mo->nv && mo->nv <= SMO_PACK; i++) mo->packed |= (uint64_t)(mo->ranks[i] & 31) << (5 * i);
}

static uint64_t smo_order_hash(const smo_memo *mo)
{
    if (mo->nv <= SMO_PACK) {
        uint64_t h = (mo->packed ^ (uint64_t)mo->shape << 60 ^ (uint64_t)mo->shape >> 4) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
        return h == HM_EMPTY ? 0 : h;
    }
    uint32_t w[2 + SMO_MAX_V];
    w[0] = (uint32_t)mo->shape;
    w[1] = (uint32_t)mo->nv;
    for (size_t i = 0; i < mo->nv; i++) w[2 + i] = mo->ranks[i];
    return hm_bytes(w, (2 + mo->nv) * sizeof *w);
}

static bool smo_order_is(const smo_memo *mo, int v)
{
    const smo_order *o = &mo->orders[v];
    if (o->shape != (uint32_t)mo->shape || o->nv != mo->nv) return false;
    if (mo->nv <= SMO_PACK) return o->packed == mo->packed;
    for (size_t i = 0; i < mo->nv; i++)
        if (o->ranks[i] != mo->ranks[i]) return false;
    return true;
}

/* The order of the matter's days among its shape's; -1 when new.  When
 * its ranks fit a word, by hash: in a small table of the orders found
 * last, then in the index (a register's rows have dozens of orders, and a
 * list of the recent ones missed more than it found); otherwise the recent
 * ones first, then by hash. */
static int smo_find_order(smo_memo *mo)
{
    uint64_t h = smo_order_hash(mo);
    int32_t *cached = mo->nv <= SMO_PACK ? &mo->ocache[h % SMO_OCACHE] : NULL;
    if (cached && *cached >= 0 && smo_order_is(mo, *cached)) return *cached;
    int *recent = mo->shapes[mo->shape].recent;
    for (size_t i = 0; i < SMO_RECENT && recent[i] >= 0 && !cached; i++)
        if (smo_order_is(mo, recent[i])) {
            int v = recent[i];
            smo_touch(recent, v);
            return v;
        }
    uint32_t v;
    for (; hm_get(&mo->order_ix, h, &v); h = hm_next(h))
        if (smo_order_is(mo, (int)v)) {
            if (cached) *cached = (int32_t)v;
            else smo_touch(recent, (int)v);
            return (int)v;
        }
    return -1;
}

/* ---- the lookup ------------------------------------------------------------------------------ */

static void smo_replay(const smo_memo *mo, const sim *S, smo_order *o, const md_event *ev, sim_sink sink, void *ctx)
{
    for (size_t i = 0; i < o->nes; i++) {
        smo_entry *x = &o->es[i];
        sim_entry *e = &x->e;
        if (x->day >= 0) e->day = mo->v[x->day];
        if (x->opened >= 0) e->duty.opened = mo->v[x->opened];
        if (x->due >= 0) e->duty.due = mo->v[x->due];
        if (x->fdue >= 0) e->duty.fallback_due = mo->v[x->fdue];
        if (x->target >= 0) e->duty.target = mo->v[x->target];
        e->event = NULL;
        if (x->event >= 0) {
            e->event = &ev[x->event];
            e->at = e->event->at;
        }
        for (size_t k = 0; k < sizeof e->people / sizeof e->people[0]; k++)
            if (x->people[k] >= 0) e->people[k] = S->s->people[x->people[k]].name;
        sink(ctx, e);
    }
}

smo_got smo_lookup(smo_memo *mo, sim *S, const md_event *ev, size_t n, dt_day upto, sim_sink sink, void *ctx,
                   sim_result *r)
{
    if (!sink || !n || n > SMO_MAX_EV || !smo_timeless(S->s)) return SMO_ENGINE;
    smo_shape_key(mo, S->s, ev, n);
    mo->shape = smo_find_shape(mo);
    if (mo->shape < 0) return mo->nshapes < SMO_MAX_SHAPES ? SMO_RECORD : SMO_ENGINE;
    const smo_shape *sh = &mo->shapes[mo->shape];
    if (sh->never) return SMO_ENGINE;
    smo_days(mo, S, sh->specs, sh->nspecs, ev, n, upto);
    smo_rank(mo);
    int o = smo_find_order(mo);
    if (o < 0) return mo->norders < SMO_MAX_ORDERS ? SMO_RECORD : SMO_ENGINE;
    if (mo->orders[o].never) return SMO_ENGINE;
    smo_replay(mo, S, &mo->orders[o], ev, sink, ctx);
    *r = mo->orders[o].r;
    return SMO_HIT;
}

/* ---- recording ------------------------------------------------------------------------------- */

static void smo_record_sink(void *ctx, const sim_entry *e)
{
    struct smo_rec *rec = ctx;
    if (rec->nes < SMO_MAX_ENTRIES) rec->es[rec->nes++] = *e;
    else rec->bad_entries = true;
    rec->sink(rec->ctx, e);
}

sim_sink smo_record_begin(smo_memo *mo, sim *S, const md_event *ev, sim_sink sink, void *ctx, void **rctx)
{
    struct smo_rec *rec = &mo->rec;
    rec->sink = sink;
    rec->ctx = ctx;
    rec->nspecs = rec->nes = 0;
    rec->bad_specs = rec->bad_entries = false;
    rec->d0 = ev[0].day;
    S->rec = rec;
    *rctx = rec;
    return smo_record_sink;
}

void sim_memo_note(sim *S, const md_deadline *d, int days, dt_day from)
{
    struct smo_rec *rec = S->rec;
    if (from != rec->d0) rec->bad_specs = true;   /* worked out from another day than the raising one */
    for (size_t i = 0; i < rec->nspecs; i++)
        if (rec->specs[i].d == d && rec->specs[i].days == days) return;
    if (rec->nspecs == SMO_MAX_SPECS) { rec->bad_specs = true; return; }
    rec->specs[rec->nspecs++] = (smo_spec){ d, days };
}

/* ---- what a run did, kept ---------------------------------------------------------------------- */

static bool smo_kind_known(const sim_entry *e)
{
    switch (e->kind) {
    case SE_OPENED: case SE_FULFILLED: case SE_BREACHED: case SE_DEPARTED: case SE_FALLBACK: case SE_OPEN: return true;
    case SE_SKIPPED: return e->what == SW_UNRANKED;
    default: return false;
    }
}

/* Does the entry say a duty (its days are the duty's), not an act forbidden? */
static bool smo_is_duty(const sim_entry *e) { return e->what != SW_FORBIDDEN && e->what != SW_UNRANKED; }

/* The place of day d among the matter's days; false when it is none of them. */
static bool smo_ix(const smo_memo *mo, dt_day d, int8_t *ix)
{
    for (size_t i = 0; i < mo->nv; i++)
        if (mo->has[i] && mo->v[i] == d) { *ix = (int8_t)i; return true; }
    *ix = -1;
    return false;
}

/* The duty's days as places; a day it has must be one of the matter's. */
static bool smo_duty_days(const smo_memo *mo, const sim_duty *d, smo_entry *x)
{
    if (!smo_ix(mo, d->opened, &x->opened)) return false;
    if (!smo_ix(mo, d->due, &x->due) && d->has_due) return false;
    if (!smo_ix(mo, d->fallback_due, &x->fdue) && d->has_fallback_due) return false;
    return smo_ix(mo, d->target, &x->target) || !d->has_target;
}

static bool smo_names(const sim *S, const sim_entry *e, smo_entry *x)
{
    for (size_t k = 0; k < sizeof e->people / sizeof e->people[0]; k++) {
        x->people[k] = -1;
        if (!e->people[k]) continue;
        for (size_t p = 0; p < S->s->npeople && x->people[k] < 0; p++)
            if (S->s->people[p].name == e->people[k]) x->people[k] = (int8_t)p;
        if (x->people[k] < 0) return false;
    }
    return true;
}

/* Entry e of the run as the memo keeps it; false when it cannot say it. */
static bool smo_say(const smo_memo *mo, const sim *S, const sim_entry *e, const md_event *ev, size_t n, smo_entry *x)
{
    if (!smo_kind_known(e) || e->reason || e->minute != -1) return false;
    x->e = *e;
    x->opened = x->due = x->fdue = x->target = -1;
    if (!smo_ix(mo, e->day, &x->day)) return false;
    if (smo_is_duty(e) && !smo_duty_days(mo, &e->duty, x)) return false;
    x->event = -1;
    if (e->event) {
        if (e->event < ev || e->event >= ev + n || memcmp(&e->at, &e->event->at, sizeof e->at) != 0) return false;
        x->event = (int8_t)(e->event - ev);
    }
    return smo_names(S, e, x);
}

/* Puts index v under hash h (or the next free hash after it). */
static bool smo_index(hmap *ix, uint64_t h, uint32_t v)
{
    uint32_t old;
    while (hm_get(ix, h, &old)) h = hm_next(h);
    return hm_put(ix, h, v);
}

static int smo_add_shape(smo_memo *mo, const struct smo_rec *rec)
{
    if (mo->nshapes == mo->capshapes) {
        size_t cap = mo->capshapes ? 2 * mo->capshapes : 16;
        smo_shape *ns = fail_realloc(mo->shapes, cap * sizeof *ns);
        if (!ns) return -1;
        mo->shapes = ns;
        mo->capshapes = cap;
    }
    smo_shape *sh = &mo->shapes[mo->nshapes];
    sh->key = fail_malloc(mo->nkey * sizeof *sh->key);
    if (!sh->key) return -1;
    memcpy(sh->key, mo->key, mo->nkey * sizeof *sh->key);
    sh->nkey = mo->nkey;
    sh->never = rec->bad_specs;
    sh->nspecs = rec->nspecs;
    memcpy(sh->specs, rec->specs, rec->nspecs * sizeof *rec->specs);
    for (size_t i = 0; i < SMO_RECENT; i++) sh->recent[i] = -1;
    if (!smo_index(&mo->shape_ix, mo->key_hash, (uint32_t)mo->nshapes)) { free(sh->key); return -1; }
    return (int)mo->nshapes++;
}

static bool smo_same_specs(const smo_shape *sh, const struct smo_rec *rec)
{
    if (sh->nspecs != rec->nspecs || rec->bad_specs) return false;
    for (size_t i = 0; i < sh->nspecs; i++)
        if (sh->specs[i].d != rec->specs[i].d || sh->specs[i].days != rec->specs[i].days) return false;
    return true;
}

/* The run's entries as the memo keeps them (o->es), or o->never. */
static bool smo_keep(smo_memo *mo, const sim *S, smo_order *o, const md_event *ev, size_t n)
{
    const struct smo_rec *rec = &mo->rec;
    o->es = NULL;
    o->nes = 0;
    o->never = rec->bad_entries;
    if (o->never || !rec->nes) return true;
    o->es = fail_malloc(rec->nes * sizeof *o->es);
    if (!o->es) return false;
    for (size_t i = 0; i < rec->nes && !o->never; i++) o->never = !smo_say(mo, S, &rec->es[i], ev, n, &o->es[i]);
    if (o->never) { free(o->es); o->es = NULL; }
    else o->nes = rec->nes;
    return true;
}

static void smo_add_order(smo_memo *mo, const sim *S, const md_event *ev, size_t n, const sim_result *r)
{
    if (mo->norders == mo->caporders) {
        size_t cap = mo->caporders ? 2 * mo->caporders : 16;
        smo_order *no = fail_realloc(mo->orders, cap * sizeof *no);
        if (!no) return;
        mo->orders = no;
        mo->caporders = cap;
    }
    smo_order *o = &mo->orders[mo->norders];
    o->shape = (uint32_t)mo->shape;
    o->nv = (uint8_t)mo->nv;
    memcpy(o->ranks, mo->ranks, mo->nv);
    o->packed = mo->packed;
    o->r = *r;
    if (!smo_keep(mo, S, o, ev, n)) return;
    if (!smo_index(&mo->order_ix, smo_order_hash(mo), (uint32_t)mo->norders)) { free(o->es); return; }
    mo->norders++;
}

void smo_record_end(smo_memo *mo, sim *S, const md_event *ev, size_t n, dt_day upto, const sim_result *r)
{
    const struct smo_rec *rec = &mo->rec;
    S->rec = NULL;
    if (r->error) return;
    if (mo->shape < 0) {
        mo->shape = smo_add_shape(mo, rec);
        if (mo->shape < 0 || mo->shapes[mo->shape].never) return;
        smo_days(mo, S, rec->specs, rec->nspecs, ev, n, upto);
        smo_rank(mo);
    } else if (!smo_same_specs(&mo->shapes[mo->shape], rec)) {
        mo->shapes[mo->shape].never = true;   /* deadlines other than its first run's: the memo was wrong to think it could */
        return;
    }
    smo_add_order(mo, S, ev, n, r);
}
