/* sim_case — cases along routes: raised by an event (or by a breach, when
 * the scenario escalates breaches), moved from step to step by escalation
 * or a step's time limit, resolved by a party or its handler.  See
 * sim_int.h. */
#include "sim_int.h"
#include "fail.h"
#include "routes.h"

#include <stdlib.h>
#include <string.h>

/* ---- what ended cases leave ---------------------------------------------------------------- */

static void sim_case_visit(sim *S, sim_case *c, int person, int role, int proc, bool informal)
{
    if (c->nvisits == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 4;
        sim_visit *nv = fail_realloc(c->visits, cap * sizeof *nv);
        if (!nv) { S->r.error = true; return; }
        c->visits = nv;
        c->cap = cap;
    }
    sim_visit v = { person, role, proc, informal };
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
            l->referred = c->referred;
            l->has_visit = c->nvisits > 0;
            if (c->nvisits) l->visit = c->visits[c->nvisits - 1];
        }
        if (c->resolved) l->any_resolved = true;
        if (c->referred) l->any_referred = true;
    }
    free(c->visits);
    c->visits = NULL;
    c->nvisits = c->cap = 0;
}

/* Drop the ended cases from the list, keeping the open ones in opening order. */
void sim_cases_compact(sim *S)
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

/* ---- entries ------------------------------------------------------------------------------- */

static void sim_case_entry(const sim *S, sim_entry *e, const sim_case *c)
{
    e->c.kind = c->kind;
    e->c.raiser = c->raiser;
    e->c.subject = c->subject;
    e->c.route = c->route;
    e->c.step = c->step;
    e->c.person = c->person;
    e->c.role = c->role;
    e->c.proc = c->proc;
    e->c.informal = c->informal;
    e->c.rel = c->rel;
    e->c.rel_whose = c->rel_whose;
    e->c.nco = c->nco;
    for (int i = 0; i < c->nco; i++) {
        e->c.co_person[i] = c->co_person[i];
        e->c.co_role[i] = c->co_role[i];
    }
    e->c.ref = c->ref;
    (void)S;
}

/* The clause of the case's step (or of its route). */
static const char *sim_case_clause(const sim *S, const sim_case *c)
{
    const md_route *r = &S->m->routes[c->route];
    return c->step >= 0 && r->steps[c->step].clause ? r->steps[c->step].clause : r->clause;
}

/* An entry about case c, naming people p1 and p2. */
static void sim_emit_case(sim *S, sim_kind k, sim_what w, const sim_case *c, const char *clause, loc at, int p1, int p2)
{
    if (!sim_wants(S, k)) return;
    sim_entry e;
    sim_entry_init(S, &e, k, w, clause, at);
    sim_case_entry(S, &e, c);
    sim_entry_people(S, &e, p1, p2);
    sim_send(S, &e);
}

/* Why one office of a step was passed over, and for a relation, whose. */
typedef struct sim_pass {
    int role;
    sim_skip why;
    int rel, whose;
    const char *clause;          /* SK_NOBODY: the relation's line */
} sim_pass;

static void sim_emit_skip(sim *S, const sim_case *c, const md_step *st, const char *cl, const sim_pass *p)
{
    if (!sim_wants(S, SE_SKIPPED)) return;
    bool passed = p->why == SK_VACANT || p->why == SK_UNBOUND || p->why == SK_NOBODY || p->why == SK_OPTIONAL;
    sim_entry e;
    sim_entry_init(S, &e, SE_SKIPPED, passed ? SW_CASE_PASSED_OVER : SW_CASE_OWN, cl, st->at);
    sim_case_entry(S, &e, c);
    e.c.step = (int)(st - S->m->routes[c->route].steps);
    e.c.skipped_role = p->role;
    e.c.skip = p->why;
    e.c.rel = p->rel;
    e.c.rel_whose = p->whose;
    e.c.rel_clause = p->clause;
    e.c.nco = 0;
    if (p->why == SK_OPTIONAL) e.c.proc = st->procedure;
    sim_entry_people(S, &e, c->raiser, c->subject);
    sim_send(S, &e);
}

/* ---- steps --------------------------------------------------------------------------------- */

static int sim_alt(const md_step *st, size_t k) { return k == 0 ? st->handler : st->alts[k - 1]; }

/* The person whose relation the step names: the subject's, or the raiser's. */
static int sim_step_whose(const sim_case *c, const md_step *st)
{
    return st->rel_of == RP_RAISER ? c->raiser : c->subject;
}

/* Who takes office k of the step (*who: a person, or -1 for an office no
 * one holds); SK_NONE, or why it is passed over or skipped.  An office no
 * one holds is passed over when another of the step is held (a vacancy),
 * and taken only when none is; a party's own office is skipped.  A
 * relation goes to the person who is it that day; when the scenario does
 * not say who that is, it is passed over for another office of the step
 * that someone holds, and otherwise the case stays with the office,
 * unnamed (Reigate & Banstead 1.11.2: "the appropriate Head of Service"
 * exists, even if the scenario names no one), rather than ending. */
static sim_pass sim_take(const sim *S, const sim_case *c, const md_step *st, size_t k, bool any_held, int *who)
{
    sim_pass p = { sim_alt(st, k), SK_NONE, -1, -1, NULL };
    if (k == 0 && st->rel >= 0) {
        p.rel = st->rel;
        p.whose = sim_step_whose(c, st);
        *who = sim_rel_person(S, st->rel, p.whose, S->now, &p.why, &p.clause);
        if (*who >= 0 && (*who == c->raiser || *who == c->subject)) p.why = *who == c->subject ? SK_SUBJECT : SK_RAISER;
        if (p.why == SK_UNBOUND && !any_held) p.why = SK_NONE;   /* with the office, unnamed */
        return p;
    }
    *who = sim_holder(S, p.role, S->now, c->raiser, c->subject);
    if (*who >= 0) return p;
    bool subj = sim_person_is(S, c->subject, S->now, p.role), raiser = sim_person_is(S, c->raiser, S->now, p.role);
    if (subj || raiser) p.why = subj ? SK_SUBJECT : SK_RAISER;
    else if (any_held) p.why = SK_VACANT;
    return p;
}

/* Is one of "Clerk or Mayor" (or "Clerk and/or Mayor") held by someone who is neither party? */
static bool sim_any_held(const sim *S, const sim_case *c, const md_step *st)
{
    for (size_t k = 0; k <= st->nalts && st->nalts; k++) {
        int who;
        sim_pass p = sim_take(S, c, st, k, false, &who);
        if (p.why == SK_NONE && who >= 0) return true;
    }
    return false;
}

/* The step's handler: the first of "Clerk or Mayor" who can take the case;
 * every one of "Clerk and/or Mayor" who can (the first in person/role, the
 * others in co_*).  False when no office of the step can take it. */
static bool sim_step_handler(sim *S, sim_case *c, const md_step *st, const char *cl)
{
    bool any_held = sim_any_held(S, c, st), taken = false;
    for (size_t k = 0; k <= st->nalts; k++) {
        int who;
        sim_pass p = sim_take(S, c, st, k, any_held, &who);
        if (p.why != SK_NONE) {
            sim_emit_skip(S, c, st, cl, &p);
            continue;
        }
        if (taken) {
            if (c->nco < SIM_MAX_CHOICE) { c->co_person[c->nco] = who; c->co_role[c->nco++] = p.role; }
            continue;
        }
        c->person = who;
        c->role = p.role;
        c->rel = p.rel;
        c->rel_whose = p.whose;
        taken = true;
        if (!st->choice) return true;
    }
    return taken;
}

/* The case reaches a person: its thing arrives with them from the raiser,
 * as if sent, and the duties its arrival starts open ("Clerk must inform
 * Member of complaint": when the complaint reaches the Clerk).  Not when the
 * event that moved it here sent it to them itself: that one opened them. */
static void sim_case_delivered(sim *S, const sim_case *c, const md_step *st)
{
    if (c->person < 0 || c->informal || c->raiser < 0 || c->person == c->raiser) return;
    const md_event *cur = S->case_event;
    if (cur && sim_event_thing(S, cur) == c->kind &&
        (cur->target == c->person ||
         (cur->target < 0 && cur->target_role >= 0 && sim_person_is(S, c->person, S->now, cur->target_role))))
        return;
    md_event *ev = ar_alloc(S->ar, sizeof *ev);
    md_event_x *x = ar_alloc(S->ar, sizeof *x);
    if (!ev || !x) { S->r.error = true; return; }
    if (cur) {
        *ev = *cur;
    } else {   /* a breach escalated, a step's time limit: no event, the step's line */
        memset(ev, 0, sizeof *ev);
        ev->kind = EV_ACT;
        ev->day = S->now;
        ev->minute = -1;
        ev->at = st->at;
        ev->action = ev->actor_role = -1;
        ev->verb = "";
    }
    *x = (md_event_x){ (const char **)c->facts, c->nfacts, NULL, NULL, c->ref, false };
    ev->x = x;
    ev->object = c->kind;
    ev->object_prep = 0;
    ev->actor = c->raiser;
    ev->target = c->person;
    ev->target_role = -1;
    ev->target_prep = 0;
    ev->about = c->subject;
    if (S->ndelivered == S->capdelivered) {
        size_t cap = S->capdelivered ? S->capdelivered * 2 : 4;
        md_event **nd = ar_grow(S->ar, S->delivered, S->capdelivered, cap, sizeof *nd);
        if (!nd) { S->r.error = true; return; }
        S->delivered = nd;
        S->capdelivered = cap;
    }
    S->delivered[S->ndelivered++] = ev;
}

/* The case is at step i: its handler, its time limit, an entry. */
static void sim_case_at(sim *S, sim_case *c, const md_step *st, size_t i, const char *cl)
{
    c->step = (int)i;
    c->has_step_due = st->within.kind == DUR_FIXED && md_deadline_from(S->m, &st->within, S->now, &c->step_due) == 0;
    c->step_visit0 = c->nvisits;
    sim_case_visit(S, c, c->person, c->role, c->proc, c->informal);
    for (int k = 0; k < c->nco; k++) sim_case_visit(S, c, c->co_person[k], c->co_role[k], -1, false);
    if (!sim_wants(S, SE_ESCALATED)) return;
    sim_entry e;
    sim_entry_init(S, &e, SE_ESCALATED, SW_CASE_TO, cl, st->at);
    sim_case_entry(S, &e, c);
    e.c.proc = st->procedure;
    e.c.informal = st->informal;
    sim_entry_people(S, &e, c->raiser, c->person >= 0 ? c->person : c->subject);
    for (int k = 0; k < c->nco && k < 1; k++) sim_entry_people(S, &e, c->co_person[k], -1);
    sim_send(S, &e);
}

static void sim_case_arrive(sim *S, sim_case *c, const md_step *st, size_t i, const char *cl)
{
    sim_case_at(S, c, st, i, cl);
    sim_case_delivered(S, c, st);
}

static void sim_case_end(sim *S, sim_case *c)
{
    c->closed = true;
    S->cases_ended++;
    c->has_step_due = false;
}

/* A referral out: the case leaves the protocol for the body (and procedure) the step names. */
static void sim_case_refer(sim *S, sim_case *c, const md_step *st, size_t i, const char *cl)
{
    c->step = (int)i;
    c->person = sim_holder(S, st->handler, S->now, c->raiser, c->subject);   /* named, when someone holds it */
    c->role = st->handler;
    c->proc = st->under;
    c->referred = true;
    c->nco = 0;
    c->rel = c->rel_whose = -1;
    c->step_visit0 = c->nvisits;
    sim_case_visit(S, c, c->person, st->handler, st->under, false);
    sim_case_end(S, c);
    if (!sim_wants(S, SE_CLOSED)) return;
    sim_entry e;
    sim_entry_init(S, &e, SE_CLOSED, SW_CASE_REFERRED, cl, st->at);
    sim_case_entry(S, &e, c);
    e.c.proc = -1;
    e.c.under = st->under;
    sim_entry_people(S, &e, c->raiser, c->subject);
    sim_send(S, &e);
}

/* An optional step ("possibly Council") is taken only when someone moved
 * the case on to it; otherwise it is passed over, and the timeline says so. */
static bool sim_optional_passed(sim *S, const sim_case *c, const md_step *st, const char *cl, bool escalated)
{
    if (!st->optional || escalated) return false;
    sim_pass p = { st->handler, SK_OPTIONAL, st->rel, st->rel >= 0 ? sim_step_whose(c, st) : -1, NULL };
    sim_emit_skip(S, c, st, cl, &p);
    return true;
}

/* No step took the case as it was raised, but an optional one (step `opt`)
 * was passed over: the case stays open, handled by no one, so that an
 * escalation reaches that step, as `route` shows it (Newent 27: a Mayor's
 * complaint about the Town Clerk, whom neither the Town Clerk nor the Mayor
 * can take, may still go to the disciplinary procedure). */
static void sim_case_wait(sim *S, sim_case *c, size_t opt)
{
    const md_route *r = &S->m->routes[c->route];
    const md_step *st = &r->steps[opt];
    c->step = (int)opt - 1;   /* an escalation moves it on to step opt */
    c->person = c->role = c->proc = c->rel = c->rel_whose = -1;
    c->nco = 0;
    c->informal = false;
    c->has_step_due = false;
    c->step_visit0 = c->nvisits;
    if (!sim_wants(S, SE_SKIPPED)) return;
    sim_entry e;
    sim_entry_init(S, &e, SE_SKIPPED, SW_CASE_WAITS, st->clause ? st->clause : r->clause, st->at);
    sim_case_entry(S, &e, c);
    e.c.step = (int)opt;
    e.c.proc = st->procedure;
    e.c.skipped_role = st->handler;
    e.c.skip = SK_OPTIONAL;
    e.c.rel = st->rel;
    e.c.rel_whose = st->rel >= 0 ? sim_step_whose(c, st) : -1;
    sim_entry_people(S, &e, c->raiser, c->subject);
    sim_send(S, &e);
}

/* Move the case to the first step at or after `from` that applies;
 * `escalated`: someone moved it on (an optional step may be taken). */
void sim_case_step(sim *S, int ci, size_t from, bool escalated)
{
    const md_model *m = S->m;
    sim_case *c = &S->cases[ci];
    S->cases_changed = true;
    const md_route *r = &m->routes[c->route];
    int br[SIM_MAX_ROLES], ar_[SIM_MAX_ROLES];
    rt_case rc = { .by = { br, sim_roles(S, c->raiser, S->now, br, SIM_MAX_ROLES) },
                   .about = { ar_, sim_roles(S, c->subject, S->now, ar_, SIM_MAX_ROLES) },
                   .facts = c->facts ? c->facts : S->noface, .nfacts = c->nfacts };
    size_t opt = r->nsteps;   /* the first optional step passed over */
    for (size_t i = from; i < r->nsteps; i++) {
        const md_step *st = &r->steps[i];
        const char *cl = st->clause ? st->clause : r->clause;
        if (rt_eval(m, st->cond, &rc) != RT_TRUE) continue;
        if (sim_optional_passed(S, c, st, cl, escalated)) {
            if (opt == r->nsteps) opt = i;
            continue;
        }
        if (st->referral) { sim_case_refer(S, c, st, i, cl); return; }
        c->person = c->role = c->proc = c->rel = c->rel_whose = -1;
        c->nco = 0;
        c->informal = st->informal;
        if (st->handler >= 0 && !sim_step_handler(S, c, st, cl)) continue;
        if (st->handler < 0 && st->procedure >= 0) c->proc = st->procedure;
        sim_case_arrive(S, c, st, i, cl);
        return;
    }
    if (from == 0 && !escalated && opt < r->nsteps) {   /* just raised */
        sim_case_wait(S, c, opt);
        return;
    }
    c->step = -1;
    sim_case_end(S, c);
    sim_emit_case(S, SE_CLOSED, SW_CASE_ENDS, c, r->clause, r->at, c->raiser, c->subject);
}

void sim_open_case(sim *S, int kind, int raiser, int subject, const md_event *e)
{
    int br[SIM_MAX_ROLES], ar_[SIM_MAX_ROLES];
    const char *const *facts = e ? e->x->facts : NULL;
    size_t nfacts = e ? e->x->nfacts : 0;
    rt_case rc = { .by = { br, sim_roles(S, raiser, S->now, br, SIM_MAX_ROLES) },
                   .about = { ar_, sim_roles(S, subject, S->now, ar_, SIM_MAX_ROLES) },
                   .facts = facts, .nfacts = nfacts };
    int route = rt_choose(S->m, kind, &rc);
    sim_case none = { .kind = kind, .raiser = raiser, .subject = subject, .route = -1, .step = -1,
                      .person = -1, .role = -1, .proc = -1, .rel = -1, .rel_whose = -1,
                      .ref = e && e->x->ref_new ? e->x->ref : NULL };
    if (route < 0) {
        sim_emit_case(S, SE_CLOSED, SW_NO_ROUTE, &none, NULL, (loc){ 0, 0, 0 }, raiser, subject);
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
    *c = none;
    c->seq = S->case_seq++;
    c->route = route;
    c->facts = facts;
    c->nfacts = nfacts;
    S->case_event = e;
    sim_case_step(S, (int)S->ncases - 1, 0, false);
    S->case_event = NULL;
}

/* ---- time limits --------------------------------------------------------------------------- */

int sim_case_due(sim *S, dt_day day, dt_day *due)
{
    int ci = -1;
    /* the cases are read only when one may be due: the earliest time limit
     * is kept, and worked out again after a case changes */
    if (!S->cases_changed && !(S->has_case_due && S->case_due < day)) return -1;
    S->has_case_due = false;
    for (size_t i = 0; i < S->ncases; i++) {
        const sim_case *c = &S->cases[i];
        if (c->closed || c->resolved || !c->has_step_due) continue;
        if (!S->has_case_due || c->step_due < S->case_due) { S->case_due = c->step_due; S->has_case_due = true; }
        if (c->step_due >= day) continue;
        if (ci < 0 || c->step_due < *due) { ci = (int)i; *due = c->step_due; }
    }
    S->cases_changed = false;
    return ci;
}

void sim_case_late(sim *S, int ci)
{
    sim_case *c = &S->cases[ci];
    const md_step *st = &S->m->routes[c->route].steps[c->step];
    sim_emit_case(S, SE_ESCALATED, SW_CASE_LATE, c, sim_case_clause(S, c), st->at, c->raiser, c->subject);
    sim_case_step(S, ci, (size_t)c->step + 1, false);
}

/* ---- events -------------------------------------------------------------------------------- */

/* Is the actor one of the step's handlers: the person handling it (anyone
 * in the office, when no one was named), or at an "and/or" step any of them? */
static bool sim_is_handler(const sim *S, const sim_case *c, int actor)
{
    if (actor == c->person) return true;
    if (c->person < 0 && c->role >= 0 && sim_person_is(S, actor, S->now, c->role)) return true;
    for (int k = 0; k < c->nco; k++) {
        if (actor == c->co_person[k]) return true;
        if (c->co_person[k] < 0 && sim_person_is(S, actor, S->now, c->co_role[k])) return true;
    }
    return false;
}

/* Who may resolve a case, or move it on: the parties; its handlers; at an
 * informal step, those who help settle it; anyone, once it is in a procedure. */
static bool sim_may_move(const sim *S, const sim_case *c, int actor)
{
    if (actor < 0 || c->proc >= 0) return true;   /* a procedure is the council's: anyone reports on it */
    if (actor == c->raiser || actor == c->subject || sim_is_handler(S, c, actor)) return true;
    const md_route *r = &S->m->routes[c->route];
    if (c->step >= 0 && c->informal) {
        const md_step *st = &r->steps[c->step];
        for (size_t i = 0; i < st->nwith; i++)
            if (sim_person_is(S, actor, S->now, st->with[i])) return true;
    }
    return false;
}

/* The case an act on a case means: the one its reference names, else the
 * newest open one of the kind (about the person, when it says), the
 * actor's own first. */
static int sim_find_case(const sim *S, int kind, const md_event *e, int actor)
{
    int best = -1;
    const char *ref = e->x->ref && !e->x->ref_new ? e->x->ref : NULL;
    for (size_t i = S->ncases; i-- > 0;) {
        const sim_case *c = &S->cases[i];
        if (c->resolved || c->closed) continue;
        if (ref) {
            if (c->ref == ref) return (int)i;
            continue;
        }
        if (kind >= 0 && c->kind != kind) continue;
        if (e->about >= 0 && c->subject != e->about) continue;
        if (sim_is_handler(S, c, actor) && actor >= 0) return (int)i;
        if (best < 0) best = (int)i;
    }
    return best;
}

/* A kind of case: one the model declares a kind of matter (`kind concern`;
 * the stdlib's complaint, grievance, dispute), or a thing some route is for
 * (raising one with no route then says that no route covers it, rather
 * than passing in silence). */
static bool sim_is_route_kind(const md_model *m, int thing)
{
    if (thing < 0) return false;
    if (m->terms[thing].is_kind) return true;
    for (size_t i = 0; i < m->nroutes; i++)
        if (m->routes[i].kind == thing) return true;
    return false;
}

/* An entry about an act on case c (or on none: c NULL) by actor. */
static void sim_emit_act(sim *S, sim_kind k, sim_what w, const sim_case *c, int kind, const md_event *e, int actor,
                         int other)
{
    if (!sim_wants(S, k)) return;
    sim_entry en;
    sim_entry_init(S, &en, k, w, c ? sim_case_clause(S, c) : NULL, e->at);
    if (c) sim_case_entry(S, &en, c);
    else en.c.kind = kind;
    en.event = e;
    en.actor = actor;
    sim_entry_people(S, &en, w == SW_CASE_RESOLVED ? c->raiser : actor, other);
    sim_send(S, &en);
}

/* "alice resolves complaint", "alice escalates complaint". */
static void sim_move_case(sim *S, const md_event *e, int kind, int actor)
{
    bool resolve = e->action == S->m->t_resolve;
    int ci = sim_find_case(S, kind, e, actor);
    if (ci < 0) {
        sim_emit_act(S, SE_SKIPPED, SW_CASE_NONE_OPEN, NULL, kind, e, actor, -1);
        return;
    }
    sim_case *c = &S->cases[ci];
    if (!sim_may_move(S, c, actor)) {
        sim_emit_act(S, SE_SKIPPED, SW_CASE_NOT_PARTY, c, kind, e, actor, c->subject);
        return;
    }
    if (!resolve) {
        S->case_event = e;
        sim_case_step(S, ci, (size_t)c->step + 1, true);
        S->case_event = NULL;
        return;
    }
    c->resolved = true;
    S->cases_ended++;
    S->cases_changed = true;
    sim_emit_act(S, SE_RESOLVED, SW_CASE_RESOLVED, c, kind, e, actor, c->subject);
}

void sim_cases(sim *S, const md_event *e, int actor)
{
    const md_model *m = S->m;
    int kind = sim_event_thing(S, e);   /* "alice complains about bob": a complaint */
    if (e->action >= 0 && (e->action == m->t_resolve || e->action == m->t_escalate)) sim_move_case(S, e, kind, actor);
    else if (kind >= 0 && e->about >= 0 && sim_is_route_kind(m, kind))
        sim_open_case(S, kind, actor, e->about, e);
}

void sim_cases_free(sim *S)
{
    for (size_t i = 0; i < S->ncases; i++) free(S->cases[i].visits);
    free(S->cases);
    free(S->gone);
}
