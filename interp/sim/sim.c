/* sim — see sim.h.
 *
 * A duty (sim_ob) lives in a pool with a free list; open duties with a due
 * day sit in a binary heap; each owner (a person, or an office when a thing
 * was addressed to an office) has a linked list of its open duties, walked
 * when it acts.  Counters per (clause, person) answer expectations. */
#include "sim.h"
#include "fail.h"
#include "answer.h"
#include "routes.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SIM_MAX_ROLES = 16, SIM_MAX_ACTS = 16 };

typedef struct sim_ob {
    int norm;
    int owner;               /* person, or -1 when an office owes it */
    int office;              /* role, or -1 */
    int counterpart;         /* person, or -1 */
    dt_day opened, due, fdue;
    bool has_due, has_fdue, fallback_phase;
    unsigned done, fdone;    /* bits per primary and fallback act */
    int heap;                /* position in the heap, or -1 */
    int next, prev;          /* owner list; next is the free list when dead */
    int links;               /* its first sim_link, or -1 */
    int nnext, nprev;        /* its rule's list of open duties, oldest first */
    long id;
    bool live;
} sim_ob;

/* An open duty is on one list for each action that can meet it (its acts and
 * its fallback's), by owner (a person, or -1 for the offices): an act walks
 * the duties it may meet, not all the actor's open duties.  Each list runs
 * newest first, in the order of the owner's own list. */
typedef struct sim_link {
    int ob;
    int next, prev;          /* on its (owner, action) list; next is the free list when unused */
    int more;                /* the duty's next link */
    uint64_t key;            /* sim_akey(owner, action) */
    /* The duty's owner and counterpart, which never change, copied here so
     * that an act can pass over the duties of others without reading them:
     * with thousands open, those reads were most of an event's time. */
    int owner, counterpart;
} sim_link;

typedef struct sim_stat {
    size_t opened, fulfilled, breached, departed, lapsed;
    dt_day last_due;
    bool has_last_due;
} sim_stat;

typedef struct sim_visit {
    int person, role, proc;
    bool informal;
} sim_visit;

typedef struct sim_case {
    int kind, raiser, subject, route;
    long seq;                /* order of opening */
    int step;                /* current step, or -1 */
    int person, role, proc;  /* current handler */
    bool informal, resolved, closed;
    dt_day step_due;
    bool has_step_due;
    sim_visit *visits;
    size_t nvisits, cap;
    const char *const *facts;
    size_t nfacts;
} sim_case;

/* What an ended case (resolved, or past its last step) still answers.  An
 * ended case leaves the list of cases at the next event, so the engine keeps
 * only the cases open, not every case ever raised; what expectations may
 * still ask of it is kept here, bounded by kinds, people and roles:
 * each (kind, visit) once, for "KIND reaches WHO"; and per kind whether one
 * was resolved and where the newest ended one was, for "KIND resolved" and
 * the message of a failed expectation. */
typedef struct sim_gone {
    int kind;
    bool used;
    sim_visit v;
} sim_gone;

typedef struct sim_last {
    long seq;                /* of the newest ended case of the kind, + 1; 0 = none */
    bool resolved, closed, has_visit;
    sim_visit visit;         /* its last visit */
    bool any_resolved;       /* some case of the kind was resolved */
} sim_last;

typedef struct sim {
    md_model *m;
    const md_scenario *s;
    sim_sink sink;
    void *ctx;
    dt_day today, now;
    sim_result r;
    sim_ob *obs;
    size_t nobs, capobs;
    int free_ob;
    int *heap;
    size_t nheap, capheap;
    int *person_head;        /* per person: first open duty */
    int office_head;         /* open duties owed by offices */
    sim_link *links;
    size_t nlinks, caplinks;
    int free_link;
    hmap by_action;          /* sim_akey -> first link, UINT32_MAX when the list is empty */
    int *norm_head, *norm_tail;  /* per rule: its open duties, oldest first (for expectations) */
    long next_id;
    hmap stats;
    sim_stat *st;
    size_t nst, capst;
    int **by_trigger;        /* per thing: norms it starts, -1 terminated */
    sim_case *cases;
    size_t ncases, capcases;
    long case_seq;
    size_t cases_ended;      /* cases resolved or closed but still in the list */
    bool cases_changed;      /* a case opened, moved, ended: case_due is stale */
    dt_day case_due;         /* the earliest step time limit of an open case (when !cases_changed) */
    bool has_case_due;
    sim_gone *gone;          /* a set: capgone a power of two, at most half full */
    size_t ngone, capgone;
    sim_last *last_gone;     /* per thing */
    const char **pending_reason; /* per person: an explanation given in advance (clause in pending_clause) */
    const char **pending_clause;
    char buf[1024];
    const char *noface[1];
    bool all;                /* the sink wants every entry, not only expectations */
    arena scratch;           /* texts of the entry being emitted */
    arena *model_ar;
} sim;

static void sim_open_case_from_breach(sim *S, int kind, int raiser, int subject);

const char *sim_kind_name(sim_kind k)
{
    static const char *const n[] = { "event", "opened", "fulfilled", "breached", "departed", "fallback",
                                     "explained", "escalated", "skipped", "resolved", "closed", "open",
                                     "expectation" };
    return k <= SE_EXPECTATION ? n[k] : "?";
}

/* ---- people ------------------------------------------------------------------------ */

static size_t sim_roles(const sim *S, int person, dt_day day, int *out, size_t cap)
{
    size_t n = 0;
    if (person < 0) return 0;
    const md_person *p = &S->s->people[person];
    for (size_t i = 0; i < p->nholds && n < cap; i++)
        if (p->holds[i].from <= day && day <= p->holds[i].until) out[n++] = p->holds[i].role;
    return n;
}

static bool sim_person_is(const sim *S, int person, dt_day day, int role)
{
    int roles[SIM_MAX_ROLES];
    size_t n = sim_roles(S, person, day, roles, SIM_MAX_ROLES);
    for (size_t i = 0; i < n; i++)
        if (md_is_a(S->m, roles[i], role)) return true;
    return false;
}

/* Who holds the office on the day: a substantive holder before an acting one. */
static int sim_holder(const sim *S, int role, dt_day day, int not1, int not2)
{
    int acting = -1;
    for (size_t i = 0; i < S->s->npeople; i++) {
        if ((int)i == not1 || (int)i == not2) continue;
        const md_person *p = &S->s->people[i];
        for (size_t h = 0; h < p->nholds; h++) {
            const md_holding *hd = &p->holds[h];
            if (hd->from > day || day > hd->until || !md_is_a(S->m, hd->role, role)) continue;
            if (!hd->acting) return (int)i;
            if (acting < 0) acting = (int)i;
        }
    }
    return acting;
}

static const char *sim_pname(const sim *S, int person)
{
    return person >= 0 ? S->s->people[person].name : "nobody";
}

/* ---- output ------------------------------------------------------------------------- */

static bool sim_wants(const sim *S, sim_kind k) { return S->sink && (S->all || k == SE_EXPECTATION); }

static void sim_emit(sim *S, sim_kind k, const char *clause, const char *text, int p1, int p2, bool ok, loc at)
{
    if (!sim_wants(S, k)) return;
    sim_entry e;
    memset(&e, 0, sizeof e);
    e.kind = k;
    e.day = S->now;
    e.minute = -1;
    e.clause = clause;
    e.text = text;
    size_t n = 0;
    if (p1 >= 0) e.people[n++] = S->s->people[p1].name;
    if (p2 >= 0 && p2 != p1) e.people[n++] = S->s->people[p2].name;
    e.ok = ok;
    e.at = at;
    S->sink(S->ctx, &e);
    ar_reset(&S->scratch);
}

#define SIM_TEXT(S, ...) (snprintf((S)->buf, sizeof (S)->buf, __VA_ARGS__), (S)->buf)
/* Build an entry's text only when someone will read it. */
#define SIM_EMIT(S, k, ...) do { if (sim_wants((S), (k))) sim_emit((S), (k), __VA_ARGS__); } while (0)

/* ---- counters ------------------------------------------------------------------------ */

static sim_stat *sim_stat_get(sim *S, const char *clause, int person)
{
    static sim_stat none;
    if (!clause) return &none;
    uint64_t key = hm_ptr(clause) ^ ((uint64_t)(uint32_t)(person + 1) << 48);
    uint32_t v;
    if (hm_get(&S->stats, key, &v)) return &S->st[v];
    if (S->nst == S->capst) {
        size_t cap = S->capst ? S->capst * 2 : 32;
        sim_stat *ns = fail_realloc(S->st, cap * sizeof *ns);
        if (!ns) { S->r.error = true; memset(&none, 0, sizeof none); return &none; }
        S->st = ns;
        S->capst = cap;
    }
    memset(&S->st[S->nst], 0, sizeof S->st[0]);
    if (!hm_put(&S->stats, key, (uint32_t)S->nst)) { S->r.error = true; return &none; }
    return &S->st[S->nst++];
}

/* Count for the clause overall, for the person, and under an adopting clause too. */
static void sim_count(sim *S, const md_norm *n, int person, int what, dt_day due, bool has_due)
{
    /* the clause, the adopting clause, and each clause of a label naming several */
    for (size_t c = 0; c < 2 + n->x->nparts; c++) {
        const char *cl = c == 0 ? n->clause : c == 1 ? n->x->cited : n->x->parts[c - 2];
        if (!cl || (c == 1 && cl == n->clause) || (c >= 2 && (cl == n->clause || cl == n->x->cited))) continue;
        for (int w = 0; w < 2; w++) {
            sim_stat *st = sim_stat_get(S, cl, w == 0 ? -1 : person);
            switch (what) {
            case 0: st->opened++; if (has_due) { st->last_due = due; st->has_last_due = true; } break;
            case 1: st->fulfilled++; break;
            case 2: st->breached++; break;
            case 3: st->departed++; break;
            case 4: st->lapsed++; break;
            default: break;
            }
            if (person < 0) break;
        }
    }
}

/* ---- the heap of deadlines -------------------------------------------------------------- */

static dt_day sim_key(const sim *S, int ob) { return S->obs[ob].fallback_phase ? S->obs[ob].fdue : S->obs[ob].due; }

static bool sim_less(const sim *S, int a, int b)
{
    dt_day ka = sim_key(S, a), kb = sim_key(S, b);
    return ka != kb ? ka < kb : S->obs[a].id < S->obs[b].id;
}

static void sim_swap(sim *S, size_t i, size_t j)
{
    int t = S->heap[i];
    S->heap[i] = S->heap[j];
    S->heap[j] = t;
    S->obs[S->heap[i]].heap = (int)i;
    S->obs[S->heap[j]].heap = (int)j;
}

static void sim_up(sim *S, size_t i)
{
    while (i > 0 && sim_less(S, S->heap[i], S->heap[(i - 1) / 2])) {
        sim_swap(S, i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
}

static void sim_down(sim *S, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, b = i;
        if (l < S->nheap && sim_less(S, S->heap[l], S->heap[b])) b = l;
        if (r < S->nheap && sim_less(S, S->heap[r], S->heap[b])) b = r;
        if (b == i) return;
        sim_swap(S, i, b);
        i = b;
    }
}

static void sim_heap_push(sim *S, int ob)
{
    if (S->nheap == S->capheap) {
        size_t cap = S->capheap ? S->capheap * 2 : 64;
        int *nh = fail_realloc(S->heap, cap * sizeof *nh);
        if (!nh) { S->r.error = true; return; }
        S->heap = nh;
        S->capheap = cap;
    }
    S->heap[S->nheap] = ob;
    S->obs[ob].heap = (int)S->nheap;
    S->nheap++;
    sim_up(S, S->nheap - 1);
}

static void sim_heap_remove(sim *S, int ob)
{
    int i = S->obs[ob].heap;
    if (i < 0) return;
    S->nheap--;
    if ((size_t)i != S->nheap) {
        S->heap[i] = S->heap[S->nheap];
        S->obs[S->heap[i]].heap = i;
        sim_down(S, (size_t)i);
        sim_up(S, (size_t)i);
    }
    S->obs[ob].heap = -1;
}

/* ---- duties ------------------------------------------------------------------------------- */

static int *sim_headp(sim *S, const sim_ob *o)
{
    return o->owner >= 0 ? &S->person_head[o->owner] : &S->office_head;
}

static int sim_ob_new(sim *S)
{
    if (S->free_ob >= 0) {
        int k = S->free_ob;
        S->free_ob = S->obs[k].next;
        return k;
    }
    if (S->nobs == S->capobs) {
        size_t cap = S->capobs ? S->capobs * 2 : 64;
        sim_ob *no = fail_realloc(S->obs, cap * sizeof *no);
        if (!no) { S->r.error = true; return -1; }
        S->obs = no;
        S->capobs = cap;
    }
    return (int)S->nobs++;
}

static uint64_t sim_akey(int owner, int action) { return ((uint64_t)(uint32_t)(owner + 1) << 32) | (uint32_t)action; }

static int sim_alist(const sim *S, int owner, int action)
{
    uint32_t v;
    return hm_get(&S->by_action, sim_akey(owner, action), &v) && v != UINT32_MAX ? (int)v : -1;
}

static void sim_link_add(sim *S, int k, int owner, int action)
{
    uint64_t key = sim_akey(owner, action);
    for (int l = S->obs[k].links; l >= 0; l = S->links[l].more)
        if (S->links[l].key == key) return;
    int l;
    if (S->free_link >= 0) {
        l = S->free_link;
        S->free_link = S->links[l].next;
    } else {
        if (S->nlinks == S->caplinks) {
            size_t cap = S->caplinks ? S->caplinks * 2 : 64;
            sim_link *nl = fail_realloc(S->links, cap * sizeof *nl);
            if (!nl) { S->r.error = true; return; }
            S->links = nl;
            S->caplinks = cap;
        }
        l = (int)S->nlinks++;
    }
    int head = sim_alist(S, owner, action);
    sim_link *x = &S->links[l];
    x->ob = k;
    x->key = key;
    x->owner = S->obs[k].owner;
    x->counterpart = S->obs[k].counterpart;
    x->prev = -1;
    x->next = head;
    x->more = S->obs[k].links;
    if (!hm_put(&S->by_action, key, (uint32_t)l)) { S->r.error = true; x->next = S->free_link; S->free_link = l; return; }
    if (head >= 0) S->links[head].prev = l;
    S->obs[k].links = l;
}

static void sim_links_drop(sim *S, int k)
{
    for (int l = S->obs[k].links; l >= 0;) {
        sim_link *x = &S->links[l];
        int more = x->more;
        if (x->prev >= 0) S->links[x->prev].next = x->next;
        else if (!hm_put(&S->by_action, x->key, x->next >= 0 ? (uint32_t)x->next : UINT32_MAX)) S->r.error = true;
        if (x->next >= 0) S->links[x->next].prev = x->prev;
        x->next = S->free_link;
        S->free_link = l;
        l = more;
    }
    S->obs[k].links = -1;
}

static void sim_ob_close(sim *S, int k)
{
    sim_ob *o = &S->obs[k];
    sim_heap_remove(S, k);
    sim_links_drop(S, k);
    if (o->nprev >= 0) S->obs[o->nprev].nnext = o->nnext; else S->norm_head[o->norm] = o->nnext;
    if (o->nnext >= 0) S->obs[o->nnext].nprev = o->nprev; else S->norm_tail[o->norm] = o->nprev;
    int *head = sim_headp(S, o);
    if (o->prev >= 0) S->obs[o->prev].next = o->next; else *head = o->next;
    if (o->next >= 0) S->obs[o->next].prev = o->prev;
    o->live = false;
    o->next = S->free_ob;
    S->free_ob = k;
}

static const char *sim_owner_name(const sim *S, const sim_ob *o)
{
    if (o->owner >= 0) return sim_pname(S, o->owner);
    return md_role_name(S->m, o->office);
}

static const char *sim_acts(const sim *S, const md_act *acts, size_t n, int person)
{
    return tx_acts_for(S->m, S->m->ar, acts, n, person >= 0 ? sim_pname(S, person) : NULL);
}

/* Is the rule under clause c: its own, the adopting one, or a part of a
 * label naming several ("[10.5, 10.6]")? */
static bool sim_cites(const md_norm *n, const char *c)
{
    return md_label_cites(n->clause, c) || md_label_cites(n->x->cited, c);
}

/* What an event did, from its verb on: "send request to olly", "complies
 * with request to alice", "raises complaint about bob".  The verb is given
 * (as written for the event's own line, the action's name for a breach),
 * and so is how the thing is named. */
static const char *sim_deed(const sim *S, const md_event *e, const char *verb, const char *thing, int target)
{
    const md_model *m = S->m;
    bool to = target >= 0;
    return ar_printf(m->ar, "%s%s%s%s%s%s%s%s%s%s%s", verb, e->object_prep ? " " : "", e->object_prep ? e->object_prep : "",
                     thing ? " " : "", thing ? thing : "", to && e->target_prep ? " " : "",
                     to && e->target_prep ? e->target_prep : "", to ? " " : "", to ? sim_pname(S, target) : "",
                     e->about >= 0 ? " about " : "", e->about >= 0 ? sim_pname(S, e->about) : "");
}

static const char *sim_cite(const sim *S, const md_norm *n)
{
    return md_norm_clause(n) ? md_norm_clause(n) : "-";
    (void)S;
}

static void sim_fire(sim *S, int k)
{
    sim_ob *o = &S->obs[k];
    const md_norm *n = &S->m->norms[o->norm];
    md_model *m = S->m;
    char due[11], fdue[11];
    dt_format(o->due, due);
    unsigned fall = n->x->nfallback >= 32 ? ~0u : (1u << n->x->nfallback) - 1;
    if (!o->fallback_phase && n->x->nfallback) {
        if ((o->fdone & fall) == fall) {
            SIM_EMIT(S, SE_FULFILLED, sim_cite(S, n),
                     SIM_TEXT(S, "[%s] %s did not %s by %s, but had already done the fallback: %s", sim_cite(S, n),
                              sim_owner_name(S, o), tx_action(m, m->ar, n->acts[0].action), due,
                              tx_acts(m, m->ar, n->x->fallback, n->x->nfallback)),
                     o->owner, o->counterpart, true, n->at);
            S->r.fulfilled++;
            sim_count(S, n, o->owner, 1, 0, false);
            sim_ob_close(S, k);
            return;
        }
        if (o->has_fdue && o->fdue > o->due) {
            dt_format(o->fdue, fdue);
            sim_heap_remove(S, k);
            o->fallback_phase = true;
            sim_heap_push(S, k);
            sim_count(S, n, o->owner, 4, 0, false);
            SIM_EMIT(S, SE_FALLBACK, sim_cite(S, n),
                     SIM_TEXT(S, "[%s] %s did not %s by %s; the fallback applies: %s by %s", sim_cite(S, n),
                              sim_owner_name(S, o), tx_action(m, m->ar, n->acts[0].action), due,
                              tx_acts(m, m->ar, n->x->fallback, n->x->nfallback), fdue),
                     o->owner, o->counterpart, true, n->at);
            return;
        }
    }
    bool must = n->mod == MOD_MUST;
    dt_day d = o->fallback_phase ? o->fdue : o->due;
    dt_format(d, due);
    if (sim_wants(S, must ? SE_BREACHED : SE_DEPARTED)) {
        const char *what = n->x->nfallback ?
                           ar_printf(m->ar, "%s, nor %s", sim_acts(S, n->acts, n->nacts, o->counterpart),
                                     sim_acts(S, n->x->fallback, n->x->nfallback, o->counterpart)) :
                           sim_acts(S, n->acts, n->nacts, o->counterpart);
        sim_emit(S, must ? SE_BREACHED : SE_DEPARTED, sim_cite(S, n),
                 SIM_TEXT(S, "[%s] %s did not %s by %s%s", sim_cite(S, n), sim_owner_name(S, o), what, due,
                          must ? "" : " (a recommendation: a departure, not a breach)"),
                 o->owner, o->counterpart, true, n->at);
    }
    if (must) { S->r.breached++; sim_count(S, n, o->owner, 2, 0, false); }
    else { S->r.departed++; sim_count(S, n, o->owner, 3, 0, false); }
    int owner = o->owner, cp = o->counterpart;
    sim_ob_close(S, k);
    if (must && S->s->escalate_kind >= 0 && owner >= 0 && cp >= 0)
        sim_open_case_from_breach(S, S->s->escalate_kind, cp, owner);
}

/* ---- cases --------------------------------------------------------------------------------- */

static void sim_case_visit(sim *S, sim_case *c)
{
    if (c->nvisits == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 4;
        sim_visit *nv = fail_realloc(c->visits, cap * sizeof *nv);
        if (!nv) { S->r.error = true; return; }
        c->visits = nv;
        c->cap = cap;
    }
    sim_visit v = { c->person, c->role, c->proc, c->informal };
    c->visits[c->nvisits++] = v;
}

static size_t sim_gone_slot(const sim_gone *g, size_t cap)
{
    uint64_t h = (uint64_t)(uint32_t)g->kind * 0x9E3779B97F4A7C15ull;
    h ^= (uint64_t)(uint32_t)g->v.person * 0xC2B2AE3D27D4EB4Full;
    h ^= (uint64_t)(uint32_t)g->v.role * 0x165667B19E3779F9ull;
    h ^= (uint64_t)(uint32_t)g->v.proc * 0x27D4EB2F165667C5ull;
    h ^= (uint64_t)g->v.informal;
    h ^= h >> 31;
    return (size_t)(h * 0x94D049BB133111EBull >> 17) & (cap - 1);
}

static bool sim_gone_same(const sim_gone *a, const sim_gone *b)
{
    return a->kind == b->kind && a->v.person == b->v.person && a->v.role == b->v.role && a->v.proc == b->v.proc &&
           a->v.informal == b->v.informal;
}

static void sim_gone_add(sim *S, int kind, const sim_visit *v)
{
    sim_gone g;
    memset(&g, 0, sizeof g);
    g.kind = kind;
    g.used = true;
    g.v = *v;
    if ((S->ngone + 1) * 2 > S->capgone) {
        size_t cap = S->capgone ? S->capgone * 2 : 64;
        sim_gone *ng = fail_calloc(cap, sizeof *ng);
        if (!ng) { S->r.error = true; return; }
        for (size_t i = 0; i < S->capgone; i++) {
            if (!S->gone[i].used) continue;
            size_t j = sim_gone_slot(&S->gone[i], cap);
            while (ng[j].used) j = (j + 1) & (cap - 1);
            ng[j] = S->gone[i];
        }
        free(S->gone);
        S->gone = ng;
        S->capgone = cap;
    }
    size_t j = sim_gone_slot(&g, S->capgone);
    for (; S->gone[j].used; j = (j + 1) & (S->capgone - 1))
        if (sim_gone_same(&S->gone[j], &g)) return;
    S->gone[j] = g;
    S->ngone++;
}

/* Keep what expectations can ask of an ended case, and let the case go. */
static void sim_case_bury(sim *S, sim_case *c)
{
    for (size_t v = 0; v < c->nvisits; v++) sim_gone_add(S, c->kind, &c->visits[v]);
    if (S->last_gone && c->kind >= 0) {
        sim_last *l = &S->last_gone[c->kind];
        if (c->seq + 1 > l->seq) {
            l->seq = c->seq + 1;
            l->resolved = c->resolved;
            l->closed = c->closed;
            l->has_visit = c->nvisits > 0;
            if (c->nvisits) l->visit = c->visits[c->nvisits - 1];
        }
        if (c->resolved) l->any_resolved = true;
    }
    free(c->visits);
    c->visits = NULL;
    c->nvisits = c->cap = 0;
}

/* Drop the ended cases from the list, keeping the open ones in opening order. */
static void sim_cases_compact(sim *S)
{
    if (!S->cases_ended) return;
    size_t j = 0;
    for (size_t i = 0; i < S->ncases; i++) {
        sim_case *c = &S->cases[i];
        if (c->resolved || c->closed) {
            sim_case_bury(S, c);
            continue;
        }
        if (j != i) S->cases[j] = *c;
        j++;
    }
    S->ncases = j;
    S->cases_ended = 0;
}

static const char *sim_case_name(sim *S, const sim_case *c)
{
    return ar_printf(S->m->ar, "%s by %s about %s", md_term_name(S->m, c->kind), sim_pname(S, c->raiser),
                     sim_pname(S, c->subject));
}

/* Move the case to the first step at or after `from` that applies. */
static void sim_case_step(sim *S, int ci, size_t from)
{
    md_model *m = S->m;
    sim_case *c = &S->cases[ci];
    S->cases_changed = true;
    const md_route *r = &m->routes[c->route];
    int br[SIM_MAX_ROLES], ar_[SIM_MAX_ROLES];
    rt_case rc = { .by = { br, sim_roles(S, c->raiser, S->now, br, SIM_MAX_ROLES) },
                   .about = { ar_, sim_roles(S, c->subject, S->now, ar_, SIM_MAX_ROLES) },
                   .facts = c->facts, .nfacts = c->nfacts };
    if (!rc.facts) rc.facts = S->noface;
    for (size_t i = from; i < r->nsteps; i++) {
        const md_step *st = &r->steps[i];
        const char *cl = st->clause ? st->clause : r->clause;
        if (rt_eval(m, st->cond, &rc) != RT_TRUE) continue;
        c->person = c->role = c->proc = -1;
        c->informal = st->informal;
        if (st->handler >= 0) {
            /* the first of "Clerk or Mayor" held by someone who is neither
             * party; an office no one holds is passed over for one that
             * someone does (a vacancy), and taken only when none is held */
            bool taken = false, any_held = false;
            for (size_t k = 0; k <= st->nalts && st->nalts && !any_held; k++)
                any_held = sim_holder(S, k == 0 ? st->handler : st->alts[k - 1], S->now, c->raiser, c->subject) >= 0;
            for (size_t k = 0; k <= st->nalts && !taken; k++) {
                int role = k == 0 ? st->handler : st->alts[k - 1];
                int h = sim_holder(S, role, S->now, c->raiser, c->subject);
                if (h < 0 && any_held && !sim_person_is(S, c->subject, S->now, role) &&
                    !sim_person_is(S, c->raiser, S->now, role)) {
                    SIM_EMIT(S, SE_SKIPPED, cl,
                             SIM_TEXT(S, "[%s] %s: %s is passed over: no one holds the office", cl ? cl : "-",
                                      sim_case_name(S, c), tx_the(m, m->ar, m->roles[role].display)),
                             c->raiser, c->subject, true, st->at);
                    continue;
                }
                if (h < 0 && (sim_person_is(S, c->subject, S->now, role) || sim_person_is(S, c->raiser, S->now, role))) {
                    bool subj = sim_person_is(S, c->subject, S->now, role);
                    SIM_EMIT(S, SE_SKIPPED, cl,
                             SIM_TEXT(S, "[%s] %s: %s is skipped, because %s is the %s of the %s and nobody "
                                      "handles their own case", cl ? cl : "-", sim_case_name(S, c),
                                      tx_the(m, m->ar, m->roles[role].display), sim_pname(S, subj ? c->subject : c->raiser),
                                      subj ? "subject" : "raiser", md_term_name(m, c->kind)),
                             c->raiser, c->subject, true, st->at);
                    continue;
                }
                c->person = h;
                c->role = role;
                taken = true;
            }
            if (!taken) continue;
        } else if (st->procedure >= 0) {
            c->proc = st->procedure;
        }
        c->step = (int)i;
        c->has_step_due = st->within.kind == DUR_FIXED && md_deadline_from(m, &st->within, S->now, &c->step_due) == 0;
        sim_case_visit(S, c);
        const char *who = st->informal ? "the parties, to settle informally" :
                          st->procedure >= 0 ? m->terms[st->procedure].display :
                          c->person >= 0 ? ar_printf(m->ar, "%s (%s)", tx_the(m, m->ar, m->roles[c->role].display), sim_pname(S, c->person)) :
                          tx_the(m, m->ar, m->roles[c->role].display);
        SIM_EMIT(S, SE_ESCALATED, cl, SIM_TEXT(S, "[%s] %s goes to %s", cl ? cl : "-", sim_case_name(S, c), who),
                 c->raiser, c->person >= 0 ? c->person : c->subject, true, st->at);
        return;
    }
    c->step = -1;
    c->closed = true;
    S->cases_ended++;
    c->has_step_due = false;
    SIM_EMIT(S, SE_CLOSED, r->clause, SIM_TEXT(S, "%s: no further step of the route; the case ends", sim_case_name(S, c)),
             c->raiser, c->subject, true, r->at);
}

static void sim_open_case(sim *S, int kind, int raiser, int subject, const char *const *facts, size_t nfacts)
{
    md_model *m = S->m;
    int br[SIM_MAX_ROLES], ar_[SIM_MAX_ROLES];
    rt_case rc = { .by = { br, sim_roles(S, raiser, S->now, br, SIM_MAX_ROLES) },
                   .about = { ar_, sim_roles(S, subject, S->now, ar_, SIM_MAX_ROLES) },
                   .facts = facts, .nfacts = nfacts };
    int route = rt_choose(m, kind, &rc);
    if (route < 0) {
        SIM_EMIT(S, SE_CLOSED, NULL, SIM_TEXT(S, "no route in the protocol covers a %s by %s about %s",
                                               md_term_name(m, kind), sim_pname(S, raiser), sim_pname(S, subject)),
                 raiser, subject, true, (loc){ 0, 0, 0 });
        return;
    }
    if (S->ncases == S->capcases) {
        size_t cap = S->capcases ? S->capcases * 2 : 8;
        sim_case *nc = fail_realloc(S->cases, cap * sizeof *nc);
        if (!nc) { S->r.error = true; return; }
        S->cases = nc;
        S->capcases = cap;
    }
    sim_case *c = &S->cases[S->ncases++];
    memset(c, 0, sizeof *c);
    c->seq = S->case_seq++;
    c->kind = kind;
    c->raiser = raiser;
    c->subject = subject;
    c->route = route;
    c->facts = facts;
    c->nfacts = nfacts;
    sim_case_step(S, (int)S->ncases - 1, 0);
}

static void sim_open_case_from_breach(sim *S, int kind, int raiser, int subject)
{
    sim_open_case(S, kind, raiser, subject, NULL, 0);
}

/* ---- time -------------------------------------------------------------------------------------- */

/* Fire every deadline that closed before `day`, and every step time limit, in date order. */
static void sim_advance(sim *S, dt_day day)
{
    sim_cases_compact(S);
    for (;;) {
        int ob = S->nheap ? S->heap[0] : -1;
        dt_day od = ob >= 0 ? sim_key(S, ob) : 0;
        int ci = -1;
        dt_day cd = 0;
        /* the cases are read only when one may be due: the earliest time
         * limit is kept, and worked out again after a case changes */
        if (S->cases_changed || (S->has_case_due && S->case_due < day)) {
            S->has_case_due = false;
            for (size_t i = 0; i < S->ncases; i++) {
                const sim_case *c = &S->cases[i];
                if (c->closed || c->resolved || !c->has_step_due) continue;
                if (!S->has_case_due || c->step_due < S->case_due) { S->case_due = c->step_due; S->has_case_due = true; }
                if (c->step_due >= day) continue;
                if (ci < 0 || c->step_due < cd) { ci = (int)i; cd = c->step_due; }
            }
            S->cases_changed = false;
        }
        bool ob_due = ob >= 0 && od < day;
        if (!ob_due && ci < 0) break;
        if (ob_due && (ci < 0 || od <= cd)) {
            S->now = od;
            sim_fire(S, ob);
            ar_reset(&S->scratch);
        } else {
            S->now = cd;
            sim_case *c = &S->cases[ci];
            const md_step *st = &S->m->routes[c->route].steps[c->step];
            const char *cl = st->clause ? st->clause : S->m->routes[c->route].clause;
            char b[11];
            dt_format(cd, b);
            SIM_EMIT(S, SE_ESCALATED, cl, SIM_TEXT(S, "[%s] %s: the step's time limit passed on %s", cl ? cl : "-",
                                                   sim_case_name(S, c), b), c->raiser, c->subject, true, st->at);
            sim_case_step(S, ci, (size_t)c->step + 1);
        }
    }
    S->now = day;
}

/* ---- events ------------------------------------------------------------------------------------ */

static bool sim_acts_has(const md_act *acts, size_t n, int action, int object, unsigned done, int *bit)
{
    for (size_t i = 0; i < n && i < SIM_MAX_ACTS; i++) {
        if (acts[i].action != action || (done & (1u << i))) continue;
        if (object >= 0 && acts[i].object >= 0 && acts[i].object != object) continue;
        *bit = (int)i;
        return true;
    }
    return false;
}

static bool sim_owes(const sim *S, const sim_ob *o, int actor)
{
    if (o->owner >= 0) return o->owner == actor;
    return sim_person_is(S, actor, S->now, o->office);
}

/* The action fulfils, for each rule, the oldest matching open duty. */
/* Returns whether the act answered a duty that the same thing opened
 * ("bob complies with request to alice" answers the request alice sent):
 * such an act does not deliver the thing anew (sim_triggers). */
static bool sim_fulfil(sim *S, const md_event *e, int actor, int target)
{
    md_model *m = S->m;
    bool answered = false;
    for (int pass = 0; pass < 2; pass++) {
        /* the actor's open duties (pass 0) or the offices' (pass 1) that this
         * action can meet (listed newest first) */
        int head = pass == 0 ? (actor >= 0 ? sim_alist(S, actor, e->action) : -1) : sim_alist(S, -1, e->action);
        /* collect candidates first: closing a duty edits the list */
        int best_norm_ob[64];
        size_t nbest = 0;
        for (int l = head; l >= 0; l = S->links[l].next) {
            const sim_link *x = &S->links[l];
            if (x->owner >= 0 && x->owner != actor) continue;
            if (target >= 0 && x->counterpart >= 0 && x->counterpart != target) continue;
            int k = x->ob;
            const sim_ob *o = &S->obs[k];
            const md_norm *n = &m->norms[o->norm];
            if (!sim_owes(S, o, actor)) continue;
            if (target >= 0 && o->counterpart >= 0 && o->counterpart != target) continue;
            int bit;
            bool prim = sim_acts_has(n->acts, n->nacts, e->action, e->object, o->done, &bit);
            bool fb = !prim && sim_acts_has(n->x->fallback, n->x->nfallback, e->action, e->object, o->fdone, &bit);
            if (!prim && !fb) continue;
            /* one duty per rule: the oldest (the lists run newest first) */
            bool dup = false;
            for (size_t i = 0; i < nbest && !dup; i++) {
                if (S->obs[best_norm_ob[i]].norm != o->norm) continue;
                dup = true;
                if (o->id < S->obs[best_norm_ob[i]].id) best_norm_ob[i] = k;
            }
            if (!dup && nbest < 64) best_norm_ob[nbest++] = k;
        }
        for (size_t i = 0; i < nbest; i++) {
            int k = best_norm_ob[i];
            sim_ob *o = &S->obs[k];
            const md_norm *n = &m->norms[o->norm];
            if (e->object >= 0 && n->trigger == e->object) answered = true;
            int bit;
            if (sim_acts_has(n->acts, n->nacts, e->action, e->object, o->done, &bit)) {
                o->done |= 1u << bit;
                unsigned all = n->nacts >= 32 ? ~0u : (1u << n->nacts) - 1;
                if ((o->done & all) != all) continue;
                char due[11];
                dt_format(o->fallback_phase ? o->fdue : o->due, due);
                /* "did respond to enquiry from alice", as the duty was opened; "for alice"
                 * only when the rule names nobody to put her in the place of */
                bool named = false;
                for (size_t a = 0; a < n->nacts; a++) named |= n->acts[a].counterpart >= 0;
                bool for_cp = !named && o->counterpart >= 0;
                SIM_EMIT(S, SE_FULFILLED, sim_cite(S, n),
                         SIM_TEXT(S, "[%s] %s did %s%s%s%s%s", sim_cite(S, n), sim_pname(S, actor),
                                  named ? sim_acts(S, n->acts, n->nacts, o->counterpart) : tx_acts(m, m->ar, n->acts, n->nacts),
                                  for_cp ? " for " : "", for_cp ? sim_pname(S, o->counterpart) : "",
                                  o->has_due ? ", due " : "", o->has_due ? due : ""),
                         actor, o->counterpart, true, e->at);
                S->r.fulfilled++;
                sim_count(S, n, o->owner >= 0 ? o->owner : actor, 1, 0, false);
                sim_ob_close(S, k);
            } else if (sim_acts_has(n->x->fallback, n->x->nfallback, e->action, e->object, o->fdone, &bit)) {
                o->fdone |= 1u << bit;
                unsigned all = n->x->nfallback >= 32 ? ~0u : (1u << n->x->nfallback) - 1;
                if ((o->fdone & all) != all) continue;
                if (o->fallback_phase) {
                    SIM_EMIT(S, SE_FULFILLED, sim_cite(S, n),
                             SIM_TEXT(S, "[%s] %s did the fallback in time: %s", sim_cite(S, n), sim_pname(S, actor),
                                      tx_acts(m, m->ar, n->x->fallback, n->x->nfallback)), actor, o->counterpart, true, e->at);
                    S->r.fulfilled++;
                    sim_count(S, n, o->owner >= 0 ? o->owner : actor, 1, 0, false);
                    sim_ob_close(S, k);
                } else {
                    char due[11];
                    dt_format(o->due, due);
                    SIM_EMIT(S, SE_FALLBACK, sim_cite(S, n),
                             SIM_TEXT(S, "[%s] %s did the fallback (%s); if there is no %s by %s, that meets the duty",
                                      sim_cite(S, n), sim_pname(S, actor), tx_acts(m, m->ar, n->x->fallback, n->x->nfallback),
                                      tx_action(m, m->ar, n->acts[0].action), due), actor, o->counterpart, true, e->at);
                }
            }
        }
    }
    return answered;
}

static void sim_case_roles(const sim *S, int actor, int about, const md_event *e, rt_case *rc, int *br, int *ar_)
{
    memset(rc, 0, sizeof *rc);
    rc->by.roles = br;
    rc->by.nroles = sim_roles(S, actor, S->now, br, SIM_MAX_ROLES);
    rc->about.roles = ar_;
    rc->about.nroles = sim_roles(S, about, S->now, ar_, SIM_MAX_ROLES);
    rc->facts = e->facts ? e->facts : S->noface;
    rc->nfacts = e->nfacts;
}

/* Whom the event is addressed to, for "to ROLE" conditions. */
static void sim_to(const sim *S, const md_event *e, int target, rt_case *rc, int *tr)
{
    if (target >= 0) rc->to.nroles = sim_roles(S, target, S->now, tr, SIM_MAX_ROLES);
    else if (e->target_role >= 0) { tr[0] = e->target_role; rc->to.nroles = 1; }
    rc->to.roles = tr;
}

/* Is norm n set aside here by a rule that overrides it and holds?  The
 * overriding rule must bind someone of `roles`, be towards the other party
 * (person cp, or the office cp_role) when it names a counterpart, and have
 * its condition hold. */
static bool sim_overridden(const sim *S, const md_norm *n, const int *roles, size_t nroles, const rt_case *rc,
                           int cp, int cp_role)
{
    md_model *m = S->m;
    for (size_t r = 0; r < nroles; r++) {
        const md_role *role = &m->roles[roles[r]];
        for (size_t a = 0; a < role->nancestors; a++) {
            for (int e = md_ra_first(m, role->ancestors[a], n->acts[0].action); e >= 0; e = md_ra_next(m, e)) {
                const md_norm *o = &m->norms[md_ra_norm(m, e)];
                if (!md_overrides_norm(o, n) || rt_eval(m, o->cond, rc) != RT_TRUE) continue;
                if (o->counterpart >= 0) {
                    bool to = cp >= 0 ? sim_person_is(S, cp, S->now, o->counterpart)
                                      : cp_role >= 0 && md_is_a(m, cp_role, o->counterpart);
                    if (!to) continue;
                }
                return true;
            }
        }
    }
    return false;
}

static void sim_open(sim *S, const md_norm *n, const md_event *e, int owner, int office, int counterpart)
{
    md_model *m = S->m;
    int k = sim_ob_new(S);
    if (k < 0) return;
    sim_ob *o = &S->obs[k];
    memset(o, 0, sizeof *o);
    o->norm = md_norm_index(m, n);
    o->links = -1;
    o->owner = owner;
    o->office = office;
    o->counterpart = counterpart;
    o->opened = S->now;
    o->heap = -1;
    o->id = S->next_id++;
    o->live = true;
    dt_day from = S->now;
    if (n->within.kind == DUR_FIXED && n->within.unit == U_HOURS) {
        long minutes = (e->minute >= 0 ? e->minute : 0) + n->within.n * 60;
        o->due = from + (dt_day)(minutes / 1440);
        o->has_due = true;
    } else if (n->within.kind == DUR_FIXED) {
        o->has_due = md_deadline_from(m, &n->within, from, &o->due) == 0;
    }
    if (n->x->nfallback && n->x->fallback_within.kind == DUR_FIXED)
        o->has_fdue = md_deadline_from(m, &n->x->fallback_within, from, &o->fdue) == 0;
    int *head = sim_headp(S, o);
    o->prev = -1;
    o->next = *head;
    if (*head >= 0) S->obs[*head].prev = k;
    *head = k;
    o->nnext = -1;
    o->nprev = S->norm_tail[o->norm];
    if (o->nprev >= 0) S->obs[o->nprev].nnext = k; else S->norm_head[o->norm] = k;
    S->norm_tail[o->norm] = k;
    for (size_t i = 0; i < n->nacts; i++) sim_link_add(S, k, owner >= 0 ? owner : -1, n->acts[i].action);
    for (size_t i = 0; i < n->x->nfallback; i++) sim_link_add(S, k, owner >= 0 ? owner : -1, n->x->fallback[i].action);
    o = &S->obs[k];
    if (o->has_due) sim_heap_push(S, k);
    S->r.opened++;
    sim_count(S, n, owner, 0, o->due, o->has_due);
    char due[11];
    if (o->has_due) dt_format(o->due, due);
    const char *who = owner >= 0 ? sim_pname(S, owner) : md_role_name(m, office);
    SIM_EMIT(S, SE_OPENED, sim_cite(S, n),
             SIM_TEXT(S, "[%s] %s %s %s%s%s", sim_cite(S, n), who, ast_modality_word(n->mod),
                      sim_acts(S, n->acts, n->nacts, counterpart), o->has_due ? " by " : "", o->has_due ? due : ""),
             owner, counterpart, true, e->at);
}

static void sim_triggers(sim *S, const md_event *e, int actor, int target)
{
    md_model *m = S->m;
    if (e->object < 0 || !S->by_trigger || !S->by_trigger[e->object]) return;
    if (target < 0 && e->target_role < 0) return;
    int tr[SIM_MAX_ROLES], br[SIM_MAX_ROLES], ar_[SIM_MAX_ROLES];
    /* Sent to an office ("to Clerk"): the office owes it, whoever holds it
     * on the day; sent to a person: that person owes it. */
    bool office = e->target_role >= 0;
    size_t ntr = office ? 0 : sim_roles(S, target, S->now, tr, SIM_MAX_ROLES);
    if (office) { tr[0] = e->target_role; ntr = 1; }
    rt_case rc;
    sim_case_roles(S, actor, e->about, e, &rc, br, ar_);
    int to[SIM_MAX_ROLES];
    sim_to(S, e, target, &rc, to);
    for (int *p = S->by_trigger[e->object]; *p >= 0; p++) {
        const md_norm *n = &m->norms[*p];
        bool binds = false;
        for (size_t i = 0; i < ntr && !binds; i++) binds = md_is_a(m, tr[i], n->subject);
        if (!binds) continue;
        if (n->trigger_from >= 0 && !rt_party_is(m, &rc.by, n->trigger_from)) continue;
        if (rt_eval(m, n->cond, &rc) != RT_TRUE) continue;
        if (sim_overridden(S, n, tr, ntr, &rc, actor, -1)) continue;
        sim_open(S, n, e, office ? -1 : target, office ? e->target_role : -1, actor);
    }
}

static void sim_prohibitions(sim *S, const md_event *e, int actor, int target)
{
    md_model *m = S->m;
    int roles[SIM_MAX_ROLES], br[SIM_MAX_ROLES], ar_[SIM_MAX_ROLES];
    size_t nr = sim_roles(S, actor, S->now, roles, SIM_MAX_ROLES);
    rt_case rc;
    sim_case_roles(S, actor, e->about, e, &rc, br, ar_);
    int to[SIM_MAX_ROLES];
    sim_to(S, e, target, &rc, to);
    const md_norm *seen[32];
    size_t nseen = 0;
    for (size_t r = 0; r < nr; r++) {
        const md_role *role = &m->roles[roles[r]];
        for (size_t a = 0; a < role->nancestors; a++) {
            for (int x = md_ra_first(m, role->ancestors[a], e->action); x >= 0; x = md_ra_next(m, x)) {
                const md_norm *n = &m->norms[md_ra_norm(m, x)];
                if (n->mod != MOD_MUST_NOT && n->mod != MOD_SHOULD_NOT) continue;
                bool dup = false;
                for (size_t i = 0; i < nseen && !dup; i++) dup = seen[i] == n;
                if (dup) continue;
                if (nseen < 32) seen[nseen++] = n;
                if (n->counterpart >= 0) {
                    bool towards = target >= 0 ? sim_person_is(S, target, S->now, n->counterpart)
                                               : e->target_role >= 0 && md_is_a(m, e->target_role, n->counterpart);
                    if (!towards) continue;
                }
                int bit;
                if (!sim_acts_has(n->acts, n->nacts, e->action, e->object, 0, &bit)) continue;
                if (n->acts[bit].object >= 0 && e->object != n->acts[bit].object) continue;
                if (rt_eval(m, n->cond, &rc) != RT_TRUE) continue;
                if (sim_overridden(S, n, roles, nr, &rc, target, target >= 0 ? -1 : e->target_role)) continue;
                bool must = n->mod == MOD_MUST_NOT;
                const char *reason = NULL;
                if (!must && actor >= 0 && S->pending_clause[actor] && sim_cites(n, S->pending_clause[actor]))
                    reason = S->pending_reason[actor];
                SIM_EMIT(S, must ? SE_BREACHED : SE_DEPARTED, sim_cite(S, n),
                         SIM_TEXT(S, "[%s] %s did %s, which %s%s%s%s", sim_cite(S, n), sim_pname(S, actor),
                                  sim_deed(S, e, tx_action(m, m->ar, e->action),
                                           e->object >= 0 ? m->terms[e->object].display : NULL, target),
                                  must ? "the protocol forbids" : "the protocol discourages (a departure, not a breach)",
                                  reason ? "; reason given: \"" : "", reason ? reason : "", reason ? "\"" : ""),
                         actor, target, true, e->at);
                if (must) { S->r.breached++; sim_count(S, n, actor, 2, 0, false); }
                else { S->r.departed++; sim_count(S, n, actor, 3, 0, false); }
            }
        }
    }
}

/* Who may resolve a case, or move it on: the parties; the person handling
 * it (anyone in the office, when no one was named); at an informal step,
 * those who help settle it; anyone, once it is in a procedure. */
static bool sim_may_move(const sim *S, const sim_case *c, int actor)
{
    if (actor < 0 || c->proc >= 0) return true;   /* a procedure is the council's: anyone reports on it */
    if (actor == c->raiser || actor == c->subject || actor == c->person) return true;
    if (c->person < 0 && c->role >= 0 && sim_person_is(S, actor, S->now, c->role)) return true;
    const md_route *r = &S->m->routes[c->route];
    if (c->step >= 0 && c->informal) {
        const md_step *st = &r->steps[c->step];
        for (size_t i = 0; i < st->nwith; i++)
            if (sim_person_is(S, actor, S->now, st->with[i])) return true;
    }
    return false;
}

static int sim_find_case(sim *S, int kind, int about, int actor)
{
    int best = -1;
    for (size_t i = S->ncases; i-- > 0;) {
        const sim_case *c = &S->cases[i];
        if (c->resolved || c->closed) continue;
        if (kind >= 0 && c->kind != kind) continue;
        if (about >= 0 && c->subject != about) continue;
        if (c->person == actor) return (int)i;
        if (best < 0) best = (int)i;
    }
    return best;
}

/* A kind of case: one some route is for, or a complaint, grievance or
 * dispute even when no route is (raising one then says that no route
 * covers it, rather than passing in silence). */
static bool sim_is_route_kind(const md_model *m, int thing)
{
    for (size_t i = 0; i < m->nroutes; i++)
        if (m->routes[i].kind == thing) return true;
    const char *n = thing >= 0 ? m->terms[thing].name : "";
    return strcmp(n, "complaint") == 0 || strcmp(n, "grievance") == 0 || strcmp(n, "dispute") == 0;
}

static void sim_cases(sim *S, const md_event *e, int actor)
{
    md_model *m = S->m;
    int kind = e->object;
    if (kind < 0 && e->action >= 0 && strcmp(m->terms[e->action].name, "complain") == 0)
        kind = md_lookup_term(m, "complaint", MT_THING);   /* "alice complains about bob" */
    if (e->action >= 0 && (e->action == m->t_resolve || e->action == m->t_escalate)) {
        bool resolve = e->action == m->t_resolve;
        int ci = sim_find_case(S, kind, e->about, actor);
        if (ci < 0) {
            SIM_EMIT(S, SE_SKIPPED, NULL, SIM_TEXT(S, "%s %s %s, but no such case is open", sim_pname(S, actor),
                                                   e->verb, kind >= 0 ? md_term_name(m, kind) : "the case"),
                     actor, -1, true, e->at);
            return;
        }
        sim_case *c = &S->cases[ci];
        if (!sim_may_move(S, c, actor)) {
            const md_route *r = &m->routes[c->route];
            const char *cl = c->step >= 0 && r->steps[c->step].clause ? r->steps[c->step].clause : r->clause;
            SIM_EMIT(S, SE_SKIPPED, cl, SIM_TEXT(S, "[%s] %s is not %s: %s is neither a party to it nor its handler",
                                                 cl ? cl : "-", sim_case_name(S, c),
                                                 resolve ? "resolved" : "moved on", sim_pname(S, actor)),
                     actor, c->subject, true, e->at);
            return;
        }
        if (e->action == m->t_resolve) {
            c->resolved = true;
            S->cases_ended++;
            S->cases_changed = true;
            const md_route *r = &m->routes[c->route];
            const char *cl = c->step >= 0 && r->steps[c->step].clause ? r->steps[c->step].clause : r->clause;
            SIM_EMIT(S, SE_RESOLVED, cl, SIM_TEXT(S, "[%s] %s is resolved by %s", cl ? cl : "-", sim_case_name(S, c),
                                                  sim_pname(S, actor)), c->raiser, c->subject, true, e->at);
        } else {
            sim_case_step(S, ci, (size_t)c->step + 1);
        }
        return;
    }
    if (kind >= 0 && e->about >= 0 && sim_is_route_kind(m, kind)) sim_open_case(S, kind, actor, e->about, e->facts, e->nfacts);
}

static void sim_explain(sim *S, const md_event *e, int actor)
{
    if (actor < 0 || !e->clause) return;
    S->pending_clause[actor] = e->clause;
    S->pending_reason[actor] = e->reason ? e->reason : "";
    SIM_EMIT(S, SE_EXPLAINED, e->clause, SIM_TEXT(S, "[%s] %s explains: \"%s\"", e->clause, sim_pname(S, actor),
                                                  e->reason ? e->reason : ""), actor, -1, true, e->at);
}

static void sim_event(sim *S, const md_event *e)
{
    md_model *m = S->m;
    S->r.events++;
    if (e->kind == EV_TICK) return;
    int actor = e->actor >= 0 ? e->actor : sim_holder(S, e->actor_role, S->now, -1, -1);
    int target = e->target >= 0 ? e->target : (e->target_role >= 0 ? sim_holder(S, e->target_role, S->now, -1, -1) : -1);
    if (actor < 0) {
        char d[11];
        dt_format(S->now, d);
        S->r.expectations++;
        S->r.failed++;
        SIM_EMIT(S, SE_EXPECTATION, NULL, SIM_TEXT(S, "no one holds the office of %s on %s, so no one can act as it",
                                                   md_role_name(m, e->actor_role), d), -1, -1, false, e->at);
        return;
    }
    if (sim_wants(S, SE_EVENT)) {
        const char *txt = ar_printf(m->ar, "%s %s", sim_pname(S, actor),
                                    sim_deed(S, e, e->verb, e->object >= 0 ? m->terms[e->object].name : NULL, target));
        sim_entry en;
        memset(&en, 0, sizeof en);
        en.kind = SE_EVENT;
        en.day = S->now;
        en.minute = e->minute;
        en.text = txt;
        en.people[0] = sim_pname(S, actor);
        if (target >= 0) en.people[1] = sim_pname(S, target);
        en.ok = true;
        en.at = e->at;
        S->sink(S->ctx, &en);
        ar_reset(&S->scratch);
    }
    if (e->action == m->t_explain) { sim_explain(S, e, actor); return; }
    bool answered = sim_fulfil(S, e, actor, target);
    sim_prohibitions(S, e, actor, target);
    if (!answered) sim_triggers(S, e, actor, target);
    sim_cases(S, e, actor);
}

/* ---- expectations --------------------------------------------------------------------------------- */

static const char *sim_state_word(md_obstate s)
{
    static const char *const w[] = { "open", "fulfilled", "breached", "departed", "lapsed" };
    return w[s];
}

static bool sim_visit_matches(const sim *S, const sim_visit *vi, const md_expect *x)
{
    if (x->handler_person >= 0 && vi->person == x->handler_person) return true;
    if (x->handler_role >= 0 && vi->role >= 0 && md_is_a(S->m, vi->role, x->handler_role)) return true;
    if (x->handler_role >= 0 && vi->person >= 0 && sim_person_is(S, vi->person, S->now, x->handler_role)) return true;
    if (x->handler_proc >= 0 && vi->proc == x->handler_proc) return true;
    if (x->informal && vi->informal) return true;
    return false;
}

static bool sim_case_matches(const sim *S, const sim_case *c, const md_expect *x, bool current)
{
    if (x->kind_thing >= 0 && c->kind != x->kind_thing) return false;
    for (size_t v = current ? (c->nvisits ? c->nvisits - 1 : 0) : 0; v < c->nvisits; v++) {
        if (current && (c->resolved || c->closed)) return false;
        if (sim_visit_matches(S, &c->visits[v], x)) return true;
    }
    return false;
}

/* "KIND reaches WHO" of the cases that have ended and left the list. */
static bool sim_gone_matches(const sim *S, const md_expect *x)
{
    for (size_t i = 0; i < S->capgone; i++) {
        const sim_gone *g = &S->gone[i];
        if (!g->used || (x->kind_thing >= 0 && g->kind != x->kind_thing)) continue;
        if (sim_visit_matches(S, &g->v, x)) return true;
    }
    return false;
}

/* "it was resolved with …": where a case is, or ended. */
static const char *sim_case_where(const sim *S, bool resolved, bool closed, const sim_visit *v)
{
    md_model *m = S->m;
    if (!v) return "it reached no handler";
    return ar_printf(m->ar, "it %s with %s", resolved ? "was resolved" : closed ? "ended" : "is",
                     v->person >= 0 ? sim_pname(S, v->person) : v->role >= 0 ? md_role_name(m, v->role) :
                     v->proc >= 0 ? m->terms[v->proc].display : "the parties");
}

static void sim_expect(sim *S, const md_expect *x)
{
    md_model *m = S->m;
    bool ok = false;
    const char *why = "";
    char b1[11], b2[11];
    sim_stat *st = x->clause ? sim_stat_get(S, x->clause, x->person) : NULL;
    const char *cl = x->clause;
    switch (x->kind) {
    case EX_STATE:
    case EX_DUE: {
        /* the oldest open duty of a rule the clause names (as written or as
         * adopted): the first of each such rule's open duties that is the
         * person's, when the expectation names one */
        int open = -1;
        for (int ce = md_clause_first(m, cl); ce >= 0; ce = md_clause_next(m, ce)) {
            for (int k = S->norm_head[md_clause_norm(m, ce)]; k >= 0; k = S->obs[k].nnext) {
                const sim_ob *o = &S->obs[k];
                if (x->person >= 0 && o->owner != x->person) continue;
                if (open < 0 || o->id < S->obs[open].id) open = k;
                break;
            }
        }
        if (x->kind == EX_DUE) {
            dt_day due = 0;
            bool has = false;
            if (open >= 0) {
                const sim_ob *o = &S->obs[open];
                has = o->fallback_phase ? o->has_fdue : o->has_due;
                due = o->fallback_phase ? o->fdue : o->due;
            } else if (st->has_last_due) {
                has = true;
                due = st->last_due;
            }
            ok = has && due == x->date;
            dt_format(x->date, b1);
            if (has) dt_format(due, b2);
            why = ok ? SIM_TEXT(S, "[%s] due %s", cl, b1)
                     : has ? SIM_TEXT(S, "expected [%s] due %s, but it is due %s", cl, b1, b2)
                           : SIM_TEXT(S, "expected [%s] due %s, but no duty of [%s] has a due date", cl, b1, cl);
            break;
        }
        size_t n = 0;
        switch (x->state) {
        case OB_OPEN: ok = open >= 0; break;
        case OB_FULFILLED: n = st->fulfilled; ok = n > 0; break;
        case OB_BREACHED: n = st->breached; ok = n > 0; break;
        case OB_DEPARTED: n = st->departed; ok = n > 0; break;
        case OB_LAPSED: n = st->lapsed; ok = n > 0; break;
        }
        const char *whose = x->person >= 0 ? ar_printf(m->ar, " by %s", sim_pname(S, x->person)) : "";
        /* "[E2] breached by bob", in the order the expectation is written */
        if (ok) why = SIM_TEXT(S, "[%s] %s%s", cl, sim_state_word(x->state), whose);
        else {
            const char *now = open >= 0 ? "it is still open" :
                              st->breached ? "it was breached" : st->fulfilled ? "it was fulfilled" :
                              st->departed ? "it was departed from" : st->opened ? "it is closed" :
                              x->person >= 0 ? ar_printf(m->ar, "nothing under that clause has happened to %s (no duty, "
                                                         "no breach)", sim_pname(S, x->person)) :
                              "nothing under that clause has happened (no duty, no breach)";
            if (open >= 0) {
                const sim_ob *o = &S->obs[open];
                dt_format(o->fallback_phase ? o->fdue : o->due, b2);
                if (o->fallback_phase ? o->has_fdue : o->has_due) now = ar_printf(m->ar, "it is still open, due %s", b2);
            }
            why = SIM_TEXT(S, "expected [%s] %s%s, but %s", cl, sim_state_word(x->state), whose, now);
        }
        break;
    }
    case EX_NOT_OPENED:
        ok = st->opened == 0 && st->breached == 0 && st->departed == 0;
        why = ok ? SIM_TEXT(S, "[%s] not opened", cl)
                 : SIM_TEXT(S, "expected no duty of [%s], but %zu arose", cl, st->opened + st->breached + st->departed);
        break;
    case EX_NO_BREACH:
        ok = S->r.breached == 0;
        why = ok ? "no breach" : SIM_TEXT(S, "expected no breach, but there %s %zu", S->r.breached == 1 ? "was" : "were",
                                          S->r.breached);
        break;
    case EX_NO_DEPARTURE:
        ok = S->r.departed == 0;
        why = ok ? "no departure" : SIM_TEXT(S, "expected no departure, but there %s %zu",
                                             S->r.departed == 1 ? "was" : "were", S->r.departed);
        break;
    case EX_REACHES:
    case EX_AT:
    case EX_ENDED:
    case EX_RESOLVED: {
        const char *target = x->informal ? "the parties, informally" :
                             x->handler_person >= 0 ? sim_pname(S, x->handler_person) :
                             x->handler_role >= 0 ? md_role_name(m, x->handler_role) :
                             x->handler_proc >= 0 ? m->terms[x->handler_proc].display : "";
        for (size_t i = 0; i < S->ncases && !ok; i++) {
            const sim_case *c = &S->cases[i];
            if (x->kind == EX_RESOLVED) ok = c->kind == x->kind_thing && c->resolved;
            else if (x->kind == EX_ENDED) ok = c->kind == x->kind_thing && (c->resolved || c->closed);
            else ok = sim_case_matches(S, c, x, x->kind == EX_AT);
        }
        if (!ok && x->kind == EX_ENDED)
            ok = x->kind_thing >= 0 && S->last_gone && S->last_gone[x->kind_thing].seq != 0;
        /* and the cases that have ended (an ended case is never "at" anyone) */
        if (!ok && x->kind == EX_RESOLVED)
            ok = x->kind_thing >= 0 && S->last_gone && S->last_gone[x->kind_thing].any_resolved;
        if (!ok && x->kind == EX_REACHES) ok = sim_gone_matches(S, x);
        const char *kind = md_term_name(m, x->kind_thing);
        if (x->kind == EX_RESOLVED) why = ok ? SIM_TEXT(S, "%s resolved", kind)
                                             : SIM_TEXT(S, "expected a %s to be resolved, but none is", kind);
        else if (x->kind == EX_ENDED && ok) why = SIM_TEXT(S, "%s ended", kind);
        else if (ok) why = SIM_TEXT(S, "%s %s %s", kind, x->kind == EX_AT ? "at" : "reaches", target);
        else {
            /* where the newest case of the kind is, or ended */
            const char *where = "no such case was opened";
            const sim_last *l = x->kind_thing >= 0 && S->last_gone ? &S->last_gone[x->kind_thing] : NULL;
            const sim_case *c = NULL;
            for (size_t i = S->ncases; i-- > 0 && !c;)
                if (S->cases[i].kind == x->kind_thing) c = &S->cases[i];
            if (c && (!l || c->seq + 1 > l->seq))
                where = sim_case_where(S, c->resolved, c->closed, c->nvisits ? &c->visits[c->nvisits - 1] : NULL);
            else if (l && l->seq)
                where = sim_case_where(S, l->resolved, l->closed, l->has_visit ? &l->visit : NULL);
            why = x->kind == EX_ENDED ? SIM_TEXT(S, "expected a %s to have ended, but %s", kind, where)
                  : SIM_TEXT(S, "expected the %s %s %s, but %s", kind, x->kind == EX_AT ? "to be with" : "to reach",
                             target, where);
        }
        break;
    }
    case EX_REVIEW_OVERDUE:
    case EX_REVIEW_NOT_OVERDUE:
    case EX_REVIEW_DUE: {
        dt_day today = S->s->has_today ? S->s->today : S->today;
        md_review rv = md_review_status(m, today);
        dt_format(today, b1);
        if (rv.known) dt_format(rv.next, b2);
        if (x->kind == EX_REVIEW_DUE) {
            ok = rv.known && rv.next == x->date;
            char b3[11];
            dt_format(x->date, b3);
            why = ok ? SIM_TEXT(S, "review due %s", b3)
                     : rv.known ? SIM_TEXT(S, "expected the review due %s, but it is due %s", b3, b2)
                                : SIM_TEXT(S, "expected the review due %s, but no date can be worked out", b3);
        } else {
            bool want = x->kind == EX_REVIEW_OVERDUE;
            ok = rv.overdue == want;
            why = ok ? SIM_TEXT(S, "review %soverdue as of %s", want ? "" : "not ", b1)
                     : SIM_TEXT(S, "expected the review %soverdue as of %s, but it is %s%s%s", want ? "" : "not ", b1,
                                rv.overdue ? "overdue (due " : rv.known ? "not overdue (due " : "not overdue (no date",
                                rv.known ? b2 : "", ")");
        }
        break;
    }
    case EX_VERDICT: {
        /* the answer does not change as the scenario runs: it is the protocol's,
         * to the question compiled at load (NULL: civic check says why) */
        const char *v = NULL, *vc = NULL;
        int got = q_can_verdict(m, x->question, &v, &vc);
        if (got < 0) S->r.error = true;   /* out of memory, not a wrong answer: the run says so */
        bool answered = got == 0;
        ok = answered && strcmp(v, x->verdict) == 0;
        cl = vc;   /* the rule that decides the answer, which the entry cites */
        why = ok ? SIM_TEXT(S, "'%s': %s%s%s%s", x->query, v, vc ? " [" : "", vc ? vc : "", vc ? "]" : "")
                 : answered ? SIM_TEXT(S, "expected '%s' to be %s, but it is %s%s%s%s", x->query, x->verdict, v,
                                       vc ? " [" : "", vc ? vc : "", vc ? "]" : "")
                            : SIM_TEXT(S, "'%s' cannot be answered (see civic check)", x->query);
        break;
    }
    }
    S->r.expectations++;
    if (!ok) S->r.failed++;
    SIM_EMIT(S, SE_EXPECTATION, cl, why, x->person, -1, ok, x->at);
}

/* ---- the run ----------------------------------------------------------------------------------------- */

static bool sim_index_triggers(sim *S)
{
    md_model *m = S->m;
    if (!m->nterms) return true;
    S->by_trigger = fail_calloc(m->nterms, sizeof *S->by_trigger);
    size_t *count = fail_calloc(m->nterms, sizeof *count);
    if (!S->by_trigger || !count) { free(count); return false; }
    for (size_t k = 0; k < m->nnorms; k++) {
        const md_norm *n = &m->norms[k];
        if (n->trigger >= 0) count[n->trigger]++;
    }
    for (size_t t = 0; t < m->nterms; t++) {
        if (!count[t]) continue;
        S->by_trigger[t] = fail_malloc((count[t] + 1) * sizeof(int));
        if (!S->by_trigger[t]) { free(count); return false; }
        S->by_trigger[t][0] = -1;
        count[t] = 0;
    }
    for (size_t k = 0; k < m->nnorms; k++) {
        const md_norm *n = &m->norms[k];
        if (n->trigger < 0) continue;
        S->by_trigger[n->trigger][count[n->trigger]++] = (int)k;
        S->by_trigger[n->trigger][count[n->trigger]] = -1;
    }
    free(count);
    return true;
}

static void sim_report_open(sim *S)
{
    if (!sim_wants(S, SE_OPEN)) return;
    size_t n = 0;
    for (size_t k = 0; k < S->nobs; k++) n += S->obs[k].live;
    int *live = fail_malloc((n ? n : 1) * sizeof *live);
    if (!live) { S->r.error = true; return; }
    n = 0;
    for (size_t k = 0; k < S->nobs; k++)
        if (S->obs[k].live) live[n++] = (int)k;
    /* insertion order by id: open duties at the end are few */
    for (size_t i = 1; i < n; i++) {
        int v = live[i];
        size_t j = i;
        while (j > 0 && S->obs[live[j - 1]].id > S->obs[v].id) { live[j] = live[j - 1]; j--; }
        live[j] = v;
    }
    for (size_t i = 0; i < n; i++) {
        const sim_ob *o = &S->obs[live[i]];
        const md_norm *nm = &S->m->norms[o->norm];
        char due[11];
        if (o->has_due) dt_format(o->fallback_phase ? o->fdue : o->due, due);
        sim_emit(S, SE_OPEN, sim_cite(S, nm),
                 SIM_TEXT(S, "[%s] still open at the end: %s %s %s%s%s", sim_cite(S, nm), sim_owner_name(S, o), ast_modality_word(nm->mod),
                          sim_acts(S, nm->acts, nm->nacts, o->counterpart), o->has_due ? " by " : "", o->has_due ? due : ""),
                 o->owner, o->counterpart, true, nm->at);
    }
    free(live);
}

static void sim_free(sim *S)
{
    if (S->by_trigger)
        for (size_t t = 0; t < S->m->nterms; t++) free(S->by_trigger[t]);
    free(S->by_trigger);
    for (size_t i = 0; i < S->ncases; i++) free(S->cases[i].visits);
    free(S->cases);
    free(S->gone);
    free(S->last_gone);
    free(S->obs);
    free(S->links);
    free(S->norm_head);
    free(S->norm_tail);
    hm_free(&S->by_action);
    free(S->heap);
    free(S->person_head);
    free(S->pending_reason);
    free(S->pending_clause);
    free(S->st);
    hm_free(&S->stats);
    ar_free(&S->scratch);
}

sim_result sim_run(md_model *m, const md_scenario *s, dt_day today, sim_sink sink, void *ctx, bool all)
{
    sim S;
    memset(&S, 0, sizeof S);
    S.m = m;
    S.s = s;
    S.sink = sink;
    S.ctx = ctx;
    S.all = all;
    ar_init(&S.scratch);
    /* texts built while the scenario runs go to a scratch arena that is
     * emptied after each entry, so a long run does not grow the model */
    S.model_ar = m->ar;
    m->ar = &S.scratch;
    S.today = today;
    S.free_ob = -1;
    S.free_link = -1;
    hm_init(&S.by_action);
    S.office_head = -1;
    S.noface[0] = NULL;
    hm_init(&S.stats);
    size_t np = s->npeople ? s->npeople : 1;
    S.person_head = fail_malloc(np * sizeof *S.person_head);
    S.pending_reason = fail_calloc(np, sizeof *S.pending_reason);
    S.pending_clause = fail_calloc(np, sizeof *S.pending_clause);
    S.last_gone = fail_calloc(m->nterms ? m->nterms : 1, sizeof *S.last_gone);
    S.norm_head = fail_malloc((m->nnorms ? m->nnorms : 1) * sizeof *S.norm_head);
    S.norm_tail = fail_malloc((m->nnorms ? m->nnorms : 1) * sizeof *S.norm_tail);
    for (size_t i = 0; S.norm_head && S.norm_tail && i < m->nnorms; i++) S.norm_head[i] = S.norm_tail[i] = -1;
    if (!S.person_head || !S.pending_reason || !S.pending_clause || !S.last_gone || !S.norm_head || !S.norm_tail || !sim_index_triggers(&S)) {
        S.r.error = true;
        m->ar = S.model_ar;
        sim_free(&S);
        return S.r;
    }
    for (size_t i = 0; i < np; i++) S.person_head[i] = -1;
    /* Expectations before the first event are dated by it; in a scenario
     * of no events, by its today (or the run's). */
    S.now = s->has_today ? s->today : today;
    for (size_t i = 0; i < s->nitems; i++)
        if (s->items[i].kind == SI_EV) { S.now = s->items[i].u.ev.day; break; }
    bool started = false;
    for (size_t i = 0; i < s->nitems && !S.r.error; i++) {
        const md_sitem *it = &s->items[i];
        if (it->kind == SI_EV) {
            if (started) sim_advance(&S, it->u.ev.day);
            S.now = it->u.ev.day;
            started = true;
            sim_event(&S, &it->u.ev);
        } else {
            sim_expect(&S, &it->u.ex);
        }
        ar_reset(&S.scratch);
    }
    /* what is still open at the end, in opening order */
    sim_report_open(&S);
    for (size_t k = 0; k < S.nobs; k++) S.r.still_open += S.obs[k].live;
    /* a timeline text could not be built (it was printed as ""): out of memory */
    if (S.scratch.failed || S.model_ar->failed) S.r.error = true;
    sim_result r = S.r;
    m->ar = S.model_ar;
    sim_free(&S);
    return r;
}
