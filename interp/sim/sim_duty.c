/* sim_duty — duties: opened when their thing arrives, met by their act (or
 * their fallback's), breached or departed from when their deadline passes;
 * and prohibitions, broken by an act.  See sim_int.h. */
#include "sim_int.h"
#include "fail.h"
#include "routes.h"

#include <stdlib.h>
#include <string.h>

/* ---- the heap of deadlines -------------------------------------------------------------- */

dt_day sim_key(const sim *S, int ob) { return S->obs[ob].fallback_phase ? S->obs[ob].fdue : S->obs[ob].due; }

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

/* The slot of (owner, action) in the table by_action_ix, or NULL: the hash map holds it. */
static int *sim_aslot(const sim *S, int owner, int action)
{
    size_t nt = S->m->nterms;
    if (!S->by_action_ix || action < 0 || (size_t)action >= nt || owner < -1 || (size_t)(owner + 1) > S->s->npeople)
        return NULL;
    return &S->by_action_ix[(size_t)(owner + 1) * nt + (size_t)action];
}

static int sim_alist(const sim *S, int owner, int action)
{
    int *slot = sim_aslot(S, owner, action);
    if (slot) return *slot;
    uint32_t v;
    return hm_get(&S->by_action, sim_akey(owner, action), &v) && v != UINT32_MAX ? (int)v : -1;
}

/* Makes link l (-1: none) the head of the list of key (owner, action); false when out of memory. */
static bool sim_alist_set(sim *S, uint64_t key, int l)
{
    int owner = (int)(uint32_t)(key >> 32) - 1, action = (int)(uint32_t)key;
    int *slot = sim_aslot(S, owner, action);
    if (slot) { *slot = l; return true; }
    return hm_put(&S->by_action, key, l >= 0 ? (uint32_t)l : UINT32_MAX);
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
    if (!sim_alist_set(S, key, l)) { S->r.error = true; x->next = S->free_link; S->free_link = l; return; }
    if (head >= 0) S->links[head].prev = l;
    S->obs[k].links = l;
}

static void sim_links_drop(sim *S, int k)
{
    for (int l = S->obs[k].links; l >= 0;) {
        sim_link *x = &S->links[l];
        int more = x->more;
        if (x->prev >= 0) S->links[x->prev].next = x->next;
        else if (!sim_alist_set(S, x->key, x->next)) S->r.error = true;
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

/* ---- entries -------------------------------------------------------------------------------- */

/* An entry about duty k: the act of `actor` (-1 = none) in event ev, or
 * (ev NULL) the calendar's doing, cited at the rule. */
static sim_entry *sim_duty_entry(sim *S, sim_entry *e, sim_kind kind, sim_what w, int k, int actor, const md_event *ev)
{
    const sim_ob *o = &S->obs[k];
    const md_norm *n = &S->m->norms[o->norm];
    if (S->brief) {
        e = &S->duty_e;
        sim_entry_head(S, e, kind, w, sim_cite(n), ev ? ev->at : n->at);
    } else {
        sim_entry_init(S, e, kind, w, sim_cite(n), ev ? ev->at : n->at);
    }
    e->event = ev;
    e->actor = actor;
    e->duty.norm = o->norm;
    e->duty.owner = o->owner;
    e->duty.office = o->owner >= 0 ? -1 : o->office;
    e->duty.counterpart = o->counterpart;
    e->duty.opened = o->opened;
    e->duty.due = o->due;
    e->duty.has_due = o->has_due;
    e->duty.fallback_due = o->fdue;
    e->duty.has_fallback_due = o->has_fdue;
    e->duty.fallback_phase = o->fallback_phase;
    e->duty.asap = o->asap;
    e->duty.has_target = o->has_target;
    e->duty.target = o->target;
    e->duty.ref = o->ref;
    e->duty.whose = o->whose;
    e->duty.unbound = o->unbound;
    if (!S->brief) sim_entry_people(S, e, actor >= 0 ? actor : o->owner, o->counterpart);
    return e;
}

static void sim_emit_duty(sim *S, sim_kind kind, sim_what w, int k, int actor, const md_event *ev)
{
    if (!sim_wants(S, kind)) return;
    sim_entry local;
    sim_send(S, sim_duty_entry(S, &local, kind, w, k, actor, ev));
}

/* ---- deadlines ------------------------------------------------------------------------------ */

static unsigned sim_all_bits(size_t n) { return n >= 32 ? ~0u : (1u << n) - 1; }

/* The deadline passed with a fallback to do: it was done already (the duty
 * is met), or its own deadline now runs.  False when neither. */
static bool sim_fire_fallback(sim *S, int k)
{
    sim_ob *o = &S->obs[k];
    const md_norm *n = &S->m->norms[o->norm];
    if ((o->fdone & sim_all_bits(n->x->nfallback)) == sim_all_bits(n->x->nfallback)) {
        sim_emit_duty(S, SE_FULFILLED, SW_FALLBACK_EARLIER, k, -1, NULL);
        S->r.fulfilled++;
        sim_count(S, n, o->owner, o->ref, SC_FULFILLED, 0, false);
        sim_ob_close(S, k);
        return true;
    }
    if (!o->has_fdue || o->fdue <= o->due) return false;
    sim_heap_remove(S, k);
    o->fallback_phase = true;
    sim_heap_push(S, k);
    sim_count(S, n, o->owner, o->ref, SC_LAPSED, 0, false);
    sim_emit_duty(S, SE_FALLBACK, SW_FALLBACK_APPLIES, k, -1, NULL);
    return true;
}

void sim_fire(sim *S, int k)
{
    sim_ob *o = &S->obs[k];
    const md_norm *n = &S->m->norms[o->norm];
    if (!o->fallback_phase && n->x->nfallback && sim_fire_fallback(S, k)) return;
    bool must = n->mod == MOD_MUST;
    sim_emit_duty(S, must ? SE_BREACHED : SE_DEPARTED, SW_MISSED, k, -1, NULL);
    if (must) { S->r.breached++; sim_count(S, n, o->owner, o->ref, SC_BREACHED, 0, false); }
    else { S->r.departed++; sim_count(S, n, o->owner, o->ref, SC_DEPARTED, 0, false); }
    int owner = o->owner, cp = o->counterpart;
    sim_ob_close(S, k);
    if (must && S->s->escalate_kind >= 0 && owner >= 0 && cp >= 0) sim_open_case(S, S->s->escalate_kind, cp, owner, NULL);
}

/* ---- acts that meet duties ---------------------------------------------------------------------- */

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

/* A deed as it meets duties: its action and thing (for "counts as", the
 * deed it counts as), the matter it names, and the line that makes it count
 * (-1: the deed itself). */
typedef struct sim_deed {
    const md_event *e;
    int action, object;
    const char *ref;             /* a reference the event answers: only that matter's duties */
    int counts;
} sim_deed;

static bool sim_owes(const sim *S, const sim_ob *o, int actor)
{
    if (o->owner >= 0) return o->owner == actor;
    return sim_person_is(S, actor, S->now, o->office);
}

/* Can the deed meet duty k (its acts', or its fallback's)? */
static bool sim_can_meet(const sim *S, int k, const sim_deed *d, int actor, int target)
{
    const sim_ob *o = &S->obs[k];
    const md_norm *n = &S->m->norms[o->norm];
    if (!sim_owes(S, o, actor)) return false;
    if (target >= 0 && o->counterpart >= 0 && o->counterpart != target) return false;
    if (d->ref && o->ref != d->ref) return false;
    int bit;
    return sim_acts_has(n->acts, n->nacts, d->action, d->object, o->done, &bit) ||
           sim_acts_has(n->x->fallback, n->x->nfallback, d->action, d->object, o->fdone, &bit);
}

enum { SIM_MAX_MET = 64 };

/* The duties the deed meets, one per rule (the oldest), from the list at
 * `head`: collected first, as closing a duty edits the list. */
static size_t sim_candidates(const sim *S, int head, const sim_deed *d, int actor, int target, int *best)
{
    size_t nbest = 0;
    for (int l = head; l >= 0; l = S->links[l].next) {
        const sim_link *x = &S->links[l];
        if (x->owner >= 0 && x->owner != actor) continue;
        if (target >= 0 && x->counterpart >= 0 && x->counterpart != target) continue;
        int k = x->ob;
        if (!sim_can_meet(S, k, d, actor, target)) continue;
        bool dup = false;   /* the lists run newest first: keep the oldest of a rule */
        for (size_t i = 0; i < nbest && !dup; i++) {
            if (S->obs[best[i]].norm != S->obs[k].norm) continue;
            dup = true;
            if (S->obs[k].id < S->obs[best[i]].id) best[i] = k;
        }
        if (!dup && nbest < SIM_MAX_MET) best[nbest++] = k;
    }
    return nbest;
}

static void sim_met(sim *S, int k, int actor, sim_what w, const sim_deed *d)
{
    const sim_ob *o = &S->obs[k];
    const md_norm *n = &S->m->norms[o->norm];
    if (sim_wants(S, SE_FULFILLED)) {
        sim_entry local;
        sim_entry *e = sim_duty_entry(S, &local, SE_FULFILLED, d->counts >= 0 && w == SW_MET ? SW_MET_AS : w, k, actor, d->e);
        e->duty.counts = d->counts;
        sim_send(S, e);
    }
    S->r.fulfilled++;
    sim_count(S, n, o->owner >= 0 ? o->owner : actor, o->ref, SC_FULFILLED, 0, false);
    sim_ob_close(S, k);
}

/* The deed is one of duty k's acts, or of its fallback's: mark it done, and
 * when all are, the duty is met (or, for a fallback done early, ready). */
static void sim_fulfil_one(sim *S, int k, const sim_deed *d, int actor)
{
    sim_ob *o = &S->obs[k];
    const md_norm *n = &S->m->norms[o->norm];
    int bit;
    if (sim_acts_has(n->acts, n->nacts, d->action, d->object, o->done, &bit)) {
        o->done |= 1u << bit;
        if ((o->done & sim_all_bits(n->nacts)) == sim_all_bits(n->nacts)) sim_met(S, k, actor, SW_MET, d);
    } else if (sim_acts_has(n->x->fallback, n->x->nfallback, d->action, d->object, o->fdone, &bit)) {
        o->fdone |= 1u << bit;
        if ((o->fdone & sim_all_bits(n->x->nfallback)) != sim_all_bits(n->x->nfallback)) return;
        if (o->fallback_phase) sim_met(S, k, actor, SW_FALLBACK_MET, d);
        else sim_emit_duty(S, SE_FALLBACK, SW_FALLBACK_DONE, k, actor, d->e);
    }
}

/* A deed that names neither a thing nor a matter ("bob responds to
 * alice") answers one matter: of the duties it could meet, keep those the
 * same kind of thing opened as the oldest one did.  Two rules about one
 * enquiry (the model's and the council's) are both met; an enquiry and a
 * complaint pending together are answered one at a time (Wadhurst 3.1). */
static size_t sim_one_matter(const sim *S, const sim_deed *d, int *best, size_t nbest)
{
    if (d->object >= 0 || d->ref || nbest < 2) return nbest;
    size_t old = 0;
    for (size_t i = 1; i < nbest; i++)
        if (S->obs[best[i]].id < S->obs[best[old]].id) old = i;
    int thing = S->m->norms[S->obs[best[old]].norm].trigger;
    size_t n = 0;
    for (size_t i = 0; i < nbest; i++)
        if (S->m->norms[S->obs[best[i]].norm].trigger == thing) best[n++] = best[i];
    return n;
}

/* The deed fulfils, for each rule, the oldest matching open duty: the
 * actor's own (pass 0), then the offices' (pass 1).  Returns whether it
 * answered a duty that the same thing opened. */
static bool sim_fulfil_deed(sim *S, const sim_deed *d, int actor, int target)
{
    bool answered = false;
    for (int pass = 0; pass < 2; pass++) {
        int head = pass == 0 ? (actor >= 0 ? sim_alist(S, actor, d->action) : -1) : sim_alist(S, -1, d->action);
        int best[SIM_MAX_MET];
        size_t nbest = sim_one_matter(S, d, best, sim_candidates(S, head, d, actor, target, best));
        for (size_t i = 0; i < nbest; i++) {
            if (d->object >= 0 && S->m->norms[S->obs[best[i]].norm].trigger == d->object) answered = true;
            sim_fulfil_one(S, best[i], d, actor);
        }
    }
    return answered;
}

/* Does the event's deed count as the deed of line c ("respond to enquiry
 * counts as acknowledge enquiry"): the same action, and the same thing when
 * both name one? */
static bool sim_counts_for(const md_counts *c, const md_event *e)
{
    if (c->deed.action != e->action) return false;
    return c->deed.object < 0 || e->object < 0 || c->deed.object == e->object;
}

/* The act fulfils the duties it meets, and those of every deed it counts
 * as (a duty already breached is closed, and stays breached).  Returns
 * whether it answered a duty that the same thing opened ("bob complies with
 * request to alice" answers the request alice sent): such an act does not
 * deliver the thing anew (sim_triggers). */
bool sim_fulfil(sim *S, const md_event *e, int actor, int target)
{
    const char *ref = e->x->ref && !e->x->ref_new ? e->x->ref : NULL;
    sim_deed d = { e, e->action, e->object, ref, -1 };
    bool answered = sim_fulfil_deed(S, &d, actor, target);
    for (size_t i = 0; i < S->m->ncounts; i++) {
        const md_counts *c = &S->m->counts[i];
        if (!sim_counts_for(c, e)) continue;
        sim_deed as = { e, c->as.action, c->as.object >= 0 ? c->as.object : e->object, ref, (int)i };
        sim_fulfil_deed(S, &as, actor, target);
    }
    return answered;
}

/* An act towards a relation ("inform line-manager", "report complaint to
 * line-manager of Officer"): is `to` the person who is that relation, that
 * day, of the actor (their own) or of the person the act is about? */
static bool sim_rel_towards(const sim *S, const md_act *act, int actor, int about, int to)
{
    int rel = md_act_rel(act);
    if (rel < 0) return true;
    int whose = act->rel_of == RP_SELF ? actor : act->rel_of == RP_ABOUT ? about : -1;
    sim_skip why;
    int p = sim_rel_person(S, rel, whose, S->now, &why, NULL);
    return to >= 0 && p == to;
}

/* ---- duties opened ------------------------------------------------------------------------------ */

static void sim_case_roles(const sim *S, int actor, int about, const md_event *e, rt_case *rc, int *br, int *ar_)
{
    *rc = (rt_case){ 0 };
    rc->by.roles = br;
    rc->by.nroles = sim_roles(S, actor, S->now, br, SIM_MAX_ROLES);
    rc->about.roles = ar_;
    rc->about.nroles = sim_roles(S, about, S->now, ar_, SIM_MAX_ROLES);
    rc->facts = e->x->facts ? e->x->facts : S->noface;
    rc->nfacts = e->x->nfacts;
}

/* Whom the event is addressed to, for "to ROLE" conditions. */
static void sim_to(const sim *S, const md_event *e, int target, rt_case *rc, int *tr)
{
    if (target >= 0) rc->to.nroles = sim_roles(S, target, S->now, tr, SIM_MAX_ROLES);
    else if (e->target_role >= 0) { tr[0] = e->target_role; rc->to.nroles = 1; }
    rc->to.roles = tr;
}

/* May a chain of the (role, action) index for the action hold a rule of the
 * kind `per` marks (sim_index_actions)?  An action outside the terms: yes. */
static bool sim_act_may(const sim *S, const bool *per, int action)
{
    return action < 0 || (size_t)action >= S->m->nterms || per[action];
}

/* The two people an override is judged between: `self`, whom it binds
 * (-1: whoever holds the office), and `about`, whom the act is about. */
typedef struct sim_ovr_who {
    int self, about;
} sim_ovr_who;

/* Does rule o, which overrides n, set it aside here: is it towards the
 * other party (person cp, or the office cp_role) when it names a
 * counterpart, and does its condition hold?  Towards a relation ("to
 * head-of-service of Officer"), the person must be the one who is it (R&B
 * 1.7.7: the officer's own Head of Service, not any); an act sent to an
 * office, with no one named, is given the benefit of the doubt. */
static bool sim_override_holds(const sim *S, const md_norm *o, const rt_case *rc, int cp, int cp_role,
                               sim_ovr_who w)
{
    if (rt_eval(S->m, o->cond, rc) != RT_TRUE) return false;
    if (o->counterpart < 0) return true;
    if (cp < 0) return cp_role >= 0 && md_is_a(S->m, cp_role, o->counterpart);
    if (!sim_person_is(S, cp, S->now, o->counterpart)) return false;
    return !o->nacts || sim_rel_towards(S, &o->acts[0], w.self, w.about, cp);
}

/* Is norm n set aside here by a rule that overrides it and holds, binding
 * someone of `roles`? */
static bool sim_overridden(const sim *S, const md_norm *n, const int *roles, size_t nroles, const rt_case *rc,
                           int cp, int cp_role, sim_ovr_who w)
{
    const md_model *m = S->m;
    if (!sim_act_may(S, S->act_overrides, n->acts[0].action)) return false;
    for (size_t r = 0; r < nroles; r++) {
        const md_role *role = &m->roles[roles[r]];
        for (size_t a = 0; a < role->nancestors; a++) {
            for (int e = md_ra_first(m, role->ancestors[a], n->acts[0].action); e >= 0; e = md_ra_next(m, e)) {
                const md_norm *o = &m->norms[md_ra_norm(m, e)];
                if (md_overrides_norm(o, n) && sim_override_holds(S, o, rc, cp, cp_role, w)) return true;
            }
        }
    }
    return false;
}

/* When duty k falls due: its deadline from the event's day (and time, for hours). */
static void sim_deadlines(sim *S, sim_ob *o, const md_norm *n, const md_event *e)
{
    dt_day from = S->now;
    if (n->within.kind == DUR_FIXED && n->within.unit == U_HOURS) {
        long minutes = (e->minute >= 0 ? e->minute : 0) + n->within.n * 60L;
        o->due = from + (dt_day)(minutes / 1440);
        o->has_due = true;
        if (S->rec) sim_memo_note(S, NULL, (int)(minutes / 1440), from);
    } else if (n->within.kind == DUR_FIXED) {
        o->has_due = sim_deadline_from(S, &n->within, from, &o->due) == 0;
        if (S->rec) sim_memo_note(S, &n->within, 0, from);
    }
    if (n->x->nfallback && n->x->fallback_within.kind == DUR_FIXED) {
        o->has_fdue = sim_deadline_from(S, &n->x->fallback_within, from, &o->fdue) == 0;
        if (S->rec) sim_memo_note(S, &n->x->fallback_within, 0, from);
    }
    /* a target before the cap: only the cap (due) is breached */
    o->asap = n->within.asap;
    if (n->x->target.kind == DUR_FIXED) {
        o->has_target = sim_deadline_from(S, &n->x->target, from, &o->target) == 0;
        if (S->rec) sim_memo_note(S, &n->x->target, 0, from);
    }
}

/* Put duty k on its owner's list, its rule's list, and the lists of the acts that meet it. */
static void sim_ob_lists(sim *S, int k, const md_norm *n)
{
    sim_ob *o = &S->obs[k];
    int *head = sim_headp(S, o);
    o->prev = -1;
    o->next = *head;
    if (*head >= 0) S->obs[*head].prev = k;
    *head = k;
    o->nnext = -1;
    o->nprev = S->norm_tail[o->norm];
    if (o->nprev >= 0) S->obs[o->nprev].nnext = k; else S->norm_head[o->norm] = k;
    S->norm_tail[o->norm] = k;
    int owner = o->owner >= 0 ? o->owner : -1;
    for (size_t i = 0; i < n->nacts; i++) sim_link_add(S, k, owner, n->acts[i].action);
    for (size_t i = 0; i < n->x->nfallback; i++) sim_link_add(S, k, owner, n->x->fallback[i].action);
}

/* Whose relation a rule's subject is ("line-manager of Officer must …"):
 * the person the act is about, else the actor. */
static int sim_subj_whose(const md_event *e, int actor) { return e->about >= 0 ? e->about : actor; }

/* A duty whose subject is a relation, sent to an office: the person who
 * holds the relation that day owes it; nobody: the office does, unbound. */
static void sim_bind_subject(sim *S, sim_ob *o, const md_norm *n, const md_event *e, int actor)
{
    o->whose = sim_subj_whose(e, actor);
    if (o->owner >= 0) return;   /* sent to that person (sim_starts checked) */
    sim_skip why;
    int p = sim_rel_person(S, md_norm_subj_rel(n), o->whose, S->now, &why, NULL);
    if (p >= 0) { o->owner = p; o->office = -1; }
    else { o->unbound = true; o->office = n->subject; }
}

static void sim_open(sim *S, const md_norm *n, const md_event *e, int owner, int office, int counterpart)
{
    int k = sim_ob_new(S);
    if (k < 0) return;
    sim_ob *o = &S->obs[k];
    /* every field, one by one: a memset (rep stos) stalled the stores after it */
    o->norm = md_norm_index(S->m, n);
    o->owner = owner;
    o->office = office;
    o->counterpart = counterpart;
    o->opened = S->now;
    o->due = o->fdue = o->target = 0;
    o->has_due = o->has_fdue = o->fallback_phase = o->asap = o->has_target = false;
    o->ref = e->x->ref;   /* the matter the event raises (or names): its duties answer to it */
    o->whose = -1;
    o->unbound = false;
    o->done = o->fdone = 0;
    o->heap = -1;
    o->next = o->prev = o->nnext = o->nprev = -1;
    o->links = -1;
    o->id = S->next_id++;
    o->live = true;
    if (md_norm_subj_rel(n) >= 0) sim_bind_subject(S, o, n, e, counterpart);
    sim_deadlines(S, o, n, e);
    sim_ob_lists(S, k, n);
    o = &S->obs[k];
    if (o->has_due) sim_heap_push(S, k);
    S->r.opened++;
    sim_count(S, n, owner, o->ref, SC_OPENED, o->due, o->has_due);
    sim_emit_duty(S, SE_OPENED, SW_OPENED, k, -1, e);
}

/* Does rule n bind the receiver (one of roles tr), and hold for this event? */
static bool sim_starts(const sim *S, const md_norm *n, const int *tr, size_t ntr, const rt_case *rc, int actor,
                       int target, int about)
{
    bool binds = false;
    for (size_t i = 0; i < ntr && !binds; i++) binds = md_is_a(S->m, tr[i], n->subject);
    if (!binds) return false;
    if (target >= 0 && md_norm_subj_rel(n) >= 0) {   /* "line-manager of Officer must …": only the one who is it */
        sim_skip why;
        if (sim_rel_person(S, md_norm_subj_rel(n), about >= 0 ? about : actor, S->now, &why, NULL) != target) return false;
    }
    if (n->trigger_from >= 0 && !rt_party_is(S->m, &rc->by, n->trigger_from)) return false;
    /* "respond to request from line-manager": the sender is the receiver's own line manager */
    if (target >= 0 && n->nacts && !sim_rel_towards(S, &n->acts[0], target, about, actor)) return false;
    if (rt_eval(S->m, n->cond, rc) != RT_TRUE) return false;
    return !sim_overridden(S, n, tr, ntr, rc, actor, -1, (sim_ovr_who){ target, about });
}

/* The event delivers its thing: the duties it starts open.  Sent to an
 * office ("to Clerk"), the office owes them, whoever holds it on the day;
 * sent to a person, that person does. */
void sim_triggers(sim *S, const md_event *e, int actor, int target)
{
    int thing = sim_event_thing(S, e);
    if (thing < 0 || !S->by_trigger || !S->by_trigger[thing]) return;
    if (target < 0 && e->target_role < 0) return;
    int tr[SIM_MAX_ROLES], br[SIM_MAX_ROLES], ar_[SIM_MAX_ROLES], to[SIM_MAX_ROLES];
    bool office = e->target_role >= 0;
    size_t ntr = office ? 0 : sim_roles(S, target, S->now, tr, SIM_MAX_ROLES);
    if (office) { tr[0] = e->target_role; ntr = 1; }
    rt_case rc;
    sim_case_roles(S, actor, e->about, e, &rc, br, ar_);
    sim_to(S, e, target, &rc, to);
    for (int *p = S->by_trigger[thing]; *p >= 0; p++) {
        const md_norm *n = &S->m->norms[*p];
        if (sim_starts(S, n, tr, ntr, &rc, actor, office ? -1 : target, e->about))
            sim_open(S, n, e, office ? -1 : target, office ? e->target_role : -1, actor);
    }
}

/* ---- prohibitions ---------------------------------------------------------------------------------- */

typedef struct sim_act_ctx {
    const md_event *e;
    int actor, target;
    const int *roles;
    size_t nroles;
    rt_case rc;
} sim_act_ctx;

/* Does the condition turn on seniority ("junior Officer")? */
static bool sim_cond_ranks(const md_cond *c)
{
    if (!c) return false;
    if (c->kind == C_JUNIOR || c->kind == C_SENIOR) return true;
    return sim_cond_ranks(c->a) || sim_cond_ranks(c->b);
}

/* Does prohibition n forbid (or discourage) this act?  RT_UNKNOWN when it
 * turns on a seniority the order does not settle between the two people. */
static rt_tri sim_forbids(const sim *S, const md_norm *n, const sim_act_ctx *a)
{
    const md_event *e = a->e;
    if (n->counterpart >= 0) {
        bool towards = a->target >= 0 ? sim_person_is(S, a->target, S->now, n->counterpart)
                                      : e->target_role >= 0 && md_is_a(S->m, e->target_role, n->counterpart);
        if (!towards) return RT_FALSE;
    }
    int bit;
    if (!sim_acts_has(n->acts, n->nacts, e->action, e->object, 0, &bit)) return RT_FALSE;
    if (n->acts[bit].object >= 0 && e->object != n->acts[bit].object) return RT_FALSE;
    if (!sim_rel_towards(S, &n->acts[bit], a->actor, e->about, a->target)) return RT_FALSE;
    if (md_norm_subj_rel(n) >= 0) {   /* "line-manager of Officer must not …": only the one who is it */
        sim_skip why;
        int whose = e->about >= 0 ? e->about : a->target;
        if (sim_rel_person(S, md_norm_subj_rel(n), whose, S->now, &why, NULL) != a->actor) return RT_FALSE;
    }
    rt_tri holds = rt_eval(S->m, n->cond, &a->rc);
    if (holds == RT_FALSE || (holds == RT_UNKNOWN && (!a->rc.to.nroles || !sim_cond_ranks(n->cond)))) return RT_FALSE;
    if (sim_overridden(S, n, a->roles, a->nroles, &a->rc, a->target, a->target >= 0 ? -1 : e->target_role,
                       (sim_ovr_who){ a->actor, e->about }))
        return RT_FALSE;
    return holds;
}

/* A prohibition that turns on seniority the order does not settle: neither
 * a breach nor nothing, and the timeline says what it depends on. */
static void sim_unranked(sim *S, const md_norm *n, const sim_act_ctx *a)
{
    if (!sim_wants(S, SE_SKIPPED)) return;
    sim_entry en;
    sim_entry_init(S, &en, SE_SKIPPED, SW_UNRANKED, sim_cite(n), a->e->at);
    en.event = a->e;
    en.actor = a->actor;
    en.target = a->target;
    en.duty.norm = md_norm_index(S->m, n);
    sim_entry_people(S, &en, a->actor, a->target);
    sim_send(S, &en);
}

static void sim_broken(sim *S, const md_norm *n, const sim_act_ctx *a)
{
    bool must = n->mod == MOD_MUST_NOT;
    int actor = a->actor;
    if (sim_wants(S, must ? SE_BREACHED : SE_DEPARTED)) {
        sim_entry en;
        sim_entry_init(S, &en, must ? SE_BREACHED : SE_DEPARTED, SW_FORBIDDEN, sim_cite(n), a->e->at);
        en.event = a->e;
        en.actor = actor;
        en.target = a->target;
        en.duty.norm = md_norm_index(S->m, n);
        /* a reason given in advance excuses nothing, but is shown with a departure */
        if (!must && actor >= 0 && S->pending_clause[actor] &&
            (md_label_cites(n->clause, S->pending_clause[actor]) || md_label_cites(n->x->cited, S->pending_clause[actor])))
            en.reason = S->pending_reason[actor];
        sim_entry_people(S, &en, actor, a->target);
        sim_send(S, &en);
    }
    if (must) { S->r.breached++; sim_count(S, n, actor, NULL, SC_BREACHED, 0, false); }
    else { S->r.departed++; sim_count(S, n, actor, NULL, SC_DEPARTED, 0, false); }
}

enum { SIM_MAX_SEEN = 32 };

void sim_prohibitions(sim *S, const md_event *e, int actor, int target)
{
    const md_model *m = S->m;
    if (!sim_act_may(S, S->act_forbids, e->action)) return;
    int roles[SIM_MAX_ROLES], br[SIM_MAX_ROLES], ar_[SIM_MAX_ROLES], to[SIM_MAX_ROLES];
    sim_act_ctx a = { e, actor, target, roles, sim_roles(S, actor, S->now, roles, SIM_MAX_ROLES),
                      { { NULL, 0 }, { NULL, 0 }, { NULL, 0 }, NULL, 0 } };
    sim_case_roles(S, actor, e->about, e, &a.rc, br, ar_);
    sim_to(S, e, target, &a.rc, to);
    const md_norm *seen[SIM_MAX_SEEN];
    size_t nseen = 0;
    for (size_t r = 0; r < a.nroles; r++) {
        const md_role *role = &m->roles[roles[r]];
        for (size_t k = 0; k < role->nancestors; k++) {
            for (int x = md_ra_first(m, role->ancestors[k], e->action); x >= 0; x = md_ra_next(m, x)) {
                const md_norm *n = &m->norms[md_ra_norm(m, x)];
                if (n->mod != MOD_MUST_NOT && n->mod != MOD_SHOULD_NOT) continue;
                bool dup = false;
                for (size_t i = 0; i < nseen && !dup; i++) dup = seen[i] == n;
                if (dup) continue;
                if (nseen < SIM_MAX_SEEN) seen[nseen++] = n;
                rt_tri f = sim_forbids(S, n, &a);
                if (f == RT_TRUE) sim_broken(S, n, &a);
                else if (f == RT_UNKNOWN) sim_unranked(S, n, &a);
            }
        }
    }
}

/* ---- the end ----------------------------------------------------------------------------------------- */


enum { SIM_FEW_OPEN = 16 };

/* What is still open at the end, in opening order. */
void sim_report_open(sim *S)
{
    if (!sim_wants(S, SE_OPEN)) return;
    size_t n = 0;
    for (size_t k = 0; k < S->nobs; k++) n += S->obs[k].live;
    if (!n) return;
    /* a matter of sim_stream.c leaves a few open: no allocation for those */
    int few[SIM_FEW_OPEN];
    int *live = n <= SIM_FEW_OPEN ? few : fail_malloc(n * sizeof *live);
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
    for (size_t i = 0; i < n; i++) sim_emit_duty(S, SE_OPEN, SW_STILL_OPEN, live[i], -1, NULL);
    if (live != few) free(live);
}

/* Close every duty still open, saying nothing (sim_stream.c, after
 * sim_report_open): the engine is then ready for another matter. */
void sim_duties_clear(sim *S)
{
    for (size_t k = 0; k < S->nobs; k++)
        if (S->obs[k].live) sim_ob_close(S, (int)k);
}

void sim_duties_free(sim *S)
{
    sim_deadlines_free(S);
    free(S->obs);
    free(S->links);
    hm_free(&S->by_action);
    free(S->heap);
    free(S->st);
    hm_free(&S->stats);
    hm_free(&S->ref_watch);
}
