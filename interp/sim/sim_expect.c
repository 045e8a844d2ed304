/* sim_expect — checking an expectation where it stands in the scenario:
 * one function per kind of expectation (sim_expects), each filling in what
 * it found (sim_check) for the entry.  See sim_int.h. */
#include "sim_int.h"
#include "answer.h"

#include <string.h>

/* ---- duties ------------------------------------------------------------------------------- */

/* The oldest open duty of a rule the clause names (as written or as
 * adopted): the first of each such rule's open duties that is the person's,
 * when the expectation names one; -1 when none. */
static int sim_oldest_open(const sim *S, const md_expect *x)
{
    int open = -1;
    for (int ce = md_clause_first(S->m, x->clause); ce >= 0; ce = md_clause_next(S->m, ce)) {
        for (int k = S->norm_head[md_clause_norm(S->m, ce)]; k >= 0; k = S->obs[k].nnext) {
            const sim_ob *o = &S->obs[k];
            if (x->person >= 0 && o->owner != x->person) continue;
            if (open < 0 || o->id < S->obs[open].id) open = k;
            break;
        }
    }
    return open;
}

/* The open duty's due date (its fallback's, once that applies). */
static bool sim_open_due(const sim *S, int k, dt_day *due)
{
    const sim_ob *o = &S->obs[k];
    *due = o->fallback_phase ? o->fdue : o->due;
    return o->fallback_phase ? o->has_fdue : o->has_due;
}

static bool sim_x_due(sim *S, const md_expect *x, sim_check *c)
{
    int open = sim_oldest_open(S, x);
    const sim_stat *st = sim_stat_get(S, x->clause, x->person);
    if (open >= 0) c->has_date = sim_open_due(S, open, &c->date);
    else if (st->has_last_due) {
        c->has_date = true;
        c->date = st->last_due;
    }
    return c->has_date && c->date == x->date;
}

/* What has happened under the clause, the strongest first. */
static sim_now sim_now_of(const sim_stat *st, bool open)
{
    return open ? SN_OPEN : st->breached ? SN_BREACHED : st->fulfilled ? SN_FULFILLED :
           st->departed ? SN_DEPARTED : st->opened ? SN_CLOSED : SN_NOTHING;
}

static bool sim_x_state(sim *S, const md_expect *x, sim_check *c)
{
    int open = sim_oldest_open(S, x);
    const sim_stat *st = sim_stat_get(S, x->clause, x->person);
    c->now = sim_now_of(st, open >= 0);
    if (open >= 0) {
        /* the date is shown only when the duty has one: "it is still open, due …" */
        const sim_ob *o = &S->obs[open];
        c->date = o->fallback_phase ? o->fdue : o->due;
        c->has_date = o->fallback_phase ? o->has_fdue : o->has_due;
    }
    switch (x->state) {
    case OB_OPEN: return open >= 0;
    case OB_FULFILLED: return st->fulfilled > 0;
    case OB_BREACHED: return st->breached > 0;
    case OB_DEPARTED: return st->departed > 0;
    case OB_LAPSED: return st->lapsed > 0;
    }
    return false;
}

static bool sim_x_not_opened(sim *S, const md_expect *x, sim_check *c)
{
    const sim_stat *st = sim_stat_get(S, x->clause, x->person);
    c->count = st->opened + st->breached + st->departed;
    return st->opened == 0 && st->breached == 0 && st->departed == 0;
}

static bool sim_x_no_breach(sim *S, const md_expect *x, sim_check *c)
{
    c->count = x->person >= 0 ? sim_stat_person(S, x->person)->breached : S->r.breached;
    return c->count == 0;
}

static bool sim_x_no_departure(sim *S, const md_expect *x, sim_check *c)
{
    c->count = x->person >= 0 ? sim_stat_person(S, x->person)->departed : S->r.departed;
    return c->count == 0;
}

/* "E1 breached": the duties the matter raised as E1 opened (x->clause). */
static bool sim_x_ref_state(sim *S, const md_expect *x, sim_check *c)
{
    int open = -1;
    for (size_t k = 0; k < S->nobs && open < 0; k++) {
        const sim_ob *o = &S->obs[k];
        if (o->live && o->ref == x->clause && (x->person < 0 || o->owner == x->person)) open = (int)k;
    }
    const sim_stat *st = sim_stat_ref(S, x->clause);
    c->now = sim_now_of(st, open >= 0);
    if (open >= 0) c->has_date = sim_open_due(S, open, &c->date);
    switch (x->state) {
    case OB_OPEN: return open >= 0;
    case OB_FULFILLED: return st->fulfilled > 0;
    case OB_BREACHED: return st->breached > 0;
    case OB_DEPARTED: return st->departed > 0;
    case OB_LAPSED: return st->lapsed > 0;
    }
    return false;
}

/* ---- cases --------------------------------------------------------------------------------- */

static bool sim_visit_matches(const sim *S, const sim_visit *vi, const md_expect *x)
{
    if (x->handler_person >= 0 && vi->person == x->handler_person) return true;
    if (x->handler_role >= 0 && vi->role >= 0 && md_is_a(S->m, vi->role, x->handler_role)) return true;
    if (x->handler_role >= 0 && vi->person >= 0 && sim_person_is(S, vi->person, S->now, x->handler_role)) return true;
    if (x->handler_proc >= 0 && vi->proc == x->handler_proc) return true;
    if (x->informal && vi->informal) return true;
    return false;
}

/* Has the case been with the handler (current: is it now)? */
static bool sim_case_matches(const sim *S, const sim_case *c, const md_expect *x, bool current)
{
    if (x->kind_thing >= 0 && c->kind != x->kind_thing) return false;
    for (size_t v = current ? c->step_visit0 : 0; v < c->nvisits; v++) {
        /* a case referred out is with the body it was referred to */
        if (current && (c->resolved || (c->closed && !c->referred))) return false;
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

static const sim_last *sim_last_of(const sim *S, int kind)
{
    return kind >= 0 && S->last_gone ? &S->last_gone[kind] : NULL;
}

static void sim_where_at(sim_check *c, bool resolved, bool closed, bool referred, const sim_visit *v)
{
    if (!v) { c->where = SC_NO_HANDLER; return; }
    c->where = resolved ? SC_RESOLVED : referred ? SC_REFERRED : closed ? SC_ENDED : SC_WITH;
    if (v->person >= 0) c->person = v->person;
    else if (v->role >= 0) c->role = v->role;
    else if (v->proc >= 0) c->proc = v->proc;
}

/* Where the newest case of the kind is, or ended: for the message of an
 * expectation not met. */
static void sim_where_now(const sim *S, const md_expect *x, sim_check *c)
{
    const sim_last *l = sim_last_of(S, x->kind_thing);
    const sim_case *cs = NULL;
    for (size_t i = S->ncases; i-- > 0 && !cs;)
        if (S->cases[i].kind == x->kind_thing) cs = &S->cases[i];
    c->where = SC_NO_CASE;
    if (cs && (!l || cs->seq + 1 > l->seq))
        sim_where_at(c, cs->resolved, cs->closed, cs->referred, cs->nvisits ? &cs->visits[cs->nvisits - 1] : NULL);
    else if (l && l->seq)
        sim_where_at(c, l->resolved, l->closed, l->referred, l->has_visit ? &l->visit : NULL);
}

static bool sim_x_reaches(sim *S, const md_expect *x, sim_check *c)
{
    bool at = x->kind == EX_AT;
    for (size_t i = 0; i < S->ncases; i++)
        if (sim_case_matches(S, &S->cases[i], x, at)) return true;
    /* and the cases that have ended (an ended case is "at" no one, unless
     * it was referred out: then it is with the body it went to) */
    if (!at && sim_gone_matches(S, x)) return true;
    const sim_last *l = sim_last_of(S, x->kind_thing);
    if (at && l && l->referred && l->has_visit && sim_visit_matches(S, &l->visit, x)) return true;
    sim_where_now(S, x, c);
    return false;
}

static bool sim_x_resolved(sim *S, const md_expect *x, sim_check *c)
{
    for (size_t i = 0; i < S->ncases; i++)
        if (S->cases[i].kind == x->kind_thing && S->cases[i].resolved) return true;
    const sim_last *l = sim_last_of(S, x->kind_thing);
    return l && l->any_resolved;
}

static bool sim_x_referred(sim *S, const md_expect *x, sim_check *c)
{
    for (size_t i = 0; i < S->ncases; i++)
        if (S->cases[i].kind == x->kind_thing && S->cases[i].referred) return true;
    const sim_last *l = sim_last_of(S, x->kind_thing);
    if (l && l->any_referred) return true;
    sim_where_now(S, x, c);
    return false;
}

static bool sim_x_ended(sim *S, const md_expect *x, sim_check *c)
{
    for (size_t i = 0; i < S->ncases; i++)
        if (S->cases[i].kind == x->kind_thing && (S->cases[i].resolved || S->cases[i].closed)) return true;
    const sim_last *l = sim_last_of(S, x->kind_thing);
    if (l && l->seq != 0) return true;
    sim_where_now(S, x, c);
    return false;
}

/* ---- the protocol's own state ----------------------------------------------------------------- */

static bool sim_x_review(sim *S, const md_expect *x, sim_check *c)
{
    c->today = S->s->has_today ? S->s->today : S->today;
    md_review rv = md_review_dates(S->m, c->today);
    c->has_date = rv.known;
    c->date = rv.next;
    c->overdue = rv.overdue;
    if (x->kind == EX_REVIEW_DUE) return rv.known && rv.next == x->date;
    return rv.overdue == (x->kind == EX_REVIEW_OVERDUE);
}

/* The answer does not change as the scenario runs: it is the protocol's,
 * to the question compiled at load (NULL: civic check says why). */
static bool sim_x_verdict(sim *S, const md_expect *x, sim_check *c)
{
    const char *v = NULL, *vc = NULL;
    int got = q_can_verdict(S->m, x->question, &v, &vc);
    if (got < 0) S->r.error = true;   /* out of memory, not a wrong answer: the run says so */
    c->answered = got == 0;
    c->verdict = v;
    c->verdict_clause = vc;
    return c->answered && strcmp(v, x->verdict) == 0;
}

/* ---- the dispatch ------------------------------------------------------------------------------ */

typedef bool (*sim_expect_fn)(sim *S, const md_expect *x, sim_check *c);

static const sim_expect_fn sim_expects[] = {
    [EX_STATE] = sim_x_state,           [EX_DUE] = sim_x_due,
    [EX_NOT_OPENED] = sim_x_not_opened, [EX_NO_BREACH] = sim_x_no_breach,
    [EX_NO_DEPARTURE] = sim_x_no_departure,
    [EX_REACHES] = sim_x_reaches,       [EX_AT] = sim_x_reaches,
    [EX_RESOLVED] = sim_x_resolved,     [EX_ENDED] = sim_x_ended,
    [EX_REVIEW_OVERDUE] = sim_x_review, [EX_REVIEW_NOT_OVERDUE] = sim_x_review,
    [EX_REVIEW_DUE] = sim_x_review,     [EX_VERDICT] = sim_x_verdict,
    [EX_REFERRED] = sim_x_referred,     [EX_REF_STATE] = sim_x_ref_state,
};

void sim_expect(sim *S, const md_expect *x)
{
    sim_entry e;
    sim_entry_init(S, &e, SE_EXPECTATION, SW_EXPECT, x->clause, x->at);
    e.check.x = x;
    sim_expect_fn f = (size_t)x->kind < sizeof sim_expects / sizeof sim_expects[0] ? sim_expects[x->kind] : NULL;
    e.check.met = f && f(S, x, &e.check);
    e.ok = e.check.met;
    if (x->kind == EX_VERDICT) e.clause = e.check.verdict_clause;   /* the rule that decides the answer */
    if (x->kind == EX_REF_STATE) e.clause = NULL;                    /* its "clause" is the reference */
    S->r.expectations++;
    if (!e.ok) S->r.failed++;
    sim_entry_people(S, &e, x->person, -1);
    sim_send(S, &e);
}
