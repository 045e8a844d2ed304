/* sim — see sim.h; the engine's parts are described in sim_int.h.  This
 * file is the run: the scenario's items in order, time moving on between
 * events, and what each event does. */
#include "sim_int.h"

#include <string.h>

/* ---- cases that reached someone ------------------------------------------------------------------ */

/* The things cases took to people since the last call: the duties their
 * arrival starts open (sim_case.c queues them). */
static void sim_deliver(sim *S)
{
    for (size_t i = 0; i < S->ndelivered; i++) {
        const md_event *ev = S->delivered[i];
        sim_triggers(S, ev, ev->actor, ev->target);
    }
    S->ndelivered = 0;
}

/* ---- time -------------------------------------------------------------------------------------- */

/* Fire every deadline that closed before `day`, and every step time limit, in date order. */
static void sim_advance(sim *S, dt_day day)
{
    sim_cases_compact(S);
    for (;;) {
        int ob = S->nheap ? S->heap[0] : -1;
        dt_day od = ob >= 0 ? sim_key(S, ob) : 0, cd = 0;
        int ci = sim_case_due(S, day, &cd);
        bool ob_due = ob >= 0 && od < day;
        if (!ob_due && ci < 0) break;
        if (ob_due && (ci < 0 || od <= cd)) {
            S->now = od;
            sim_fire(S, ob);
        } else {
            S->now = cd;
            sim_case_late(S, ci);
        }
        sim_deliver(S);
    }
    S->now = day;
}

/* ---- events ------------------------------------------------------------------------------------ */

static void sim_explain(sim *S, const md_event *e, int actor)
{
    if (actor < 0 || !e->x->clause) return;
    S->pending_clause[actor] = e->x->clause;
    S->pending_reason[actor] = e->x->reason ? e->x->reason : "";
    if (!sim_wants(S, SE_EXPLAINED)) return;
    sim_entry en;
    sim_entry_init(S, &en, SE_EXPLAINED, SW_EXPLAINED, e->x->clause, e->at);
    en.event = e;
    en.actor = actor;
    en.reason = S->pending_reason[actor];
    sim_entry_people(S, &en, actor, -1);
    sim_send(S, &en);
}

/* An event by an office no one holds on the day: no one can act as it, which
 * the run counts as an expectation not met. */
static void sim_no_holder(sim *S, const md_event *e)
{
    S->r.expectations++;
    S->r.failed++;
    sim_entry en;
    sim_entry_init(S, &en, SE_EXPECTATION, SW_NO_HOLDER, NULL, e->at);
    en.ok = false;
    en.event = e;
    sim_send(S, &en);
}

static void sim_event(sim *S, const md_event *e)
{
    const md_model *m = S->m;
    S->r.events++;
    if (e->kind == EV_TICK) return;
    int actor = e->actor >= 0 ? e->actor : sim_holder(S, e->actor_role, S->now, -1, -1);
    int target = e->target >= 0 ? e->target : (e->target_role >= 0 ? sim_holder(S, e->target_role, S->now, -1, -1) : -1);
    if (actor < 0) {
        sim_no_holder(S, e);
        return;
    }
    if (sim_wants(S, SE_EVENT)) {
        sim_entry en;
        sim_entry_init(S, &en, SE_EVENT, SW_EVENT, NULL, e->at);
        en.minute = e->minute;
        en.event = e;
        en.actor = actor;
        en.target = target;
        en.people[0] = S->s->people[actor].name;   /* both, even when one: "alice sends note to alice" */
        if (target >= 0) en.people[1] = S->s->people[target].name;
        sim_send(S, &en);
    }
    if (e->action == m->t_explain) { sim_explain(S, e, actor); return; }
    bool answered = sim_fulfil(S, e, actor, target);
    sim_prohibitions(S, e, actor, target);
    if (!answered) sim_triggers(S, e, actor, target);
    sim_cases(S, e, actor);
    sim_deliver(S);
}

/* ---- the run ----------------------------------------------------------------------------------------- */

/* Per thing, the rules it starts: -1 terminated, NULL for none. */
static bool sim_index_triggers(sim *S)
{
    const md_model *m = S->m;
    if (!m->nterms) return true;
    S->by_trigger = ar_alloc(S->ar, m->nterms * sizeof *S->by_trigger);
    size_t *count = ar_alloc(S->ar, m->nterms * sizeof *count);
    if (!S->by_trigger || !count) return false;
    for (size_t k = 0; k < m->nnorms; k++)
        if (m->norms[k].trigger >= 0) count[m->norms[k].trigger]++;
    for (size_t t = 0; t < m->nterms; t++) {
        if (!count[t]) continue;
        S->by_trigger[t] = ar_alloc(S->ar, (count[t] + 1) * sizeof(int));
        if (!S->by_trigger[t]) return false;
        S->by_trigger[t][0] = -1;
        count[t] = 0;
    }
    for (size_t k = 0; k < m->nnorms; k++) {
        const md_norm *n = &m->norms[k];
        if (n->trigger < 0) continue;
        S->by_trigger[n->trigger][count[n->trigger]++] = (int)k;
        S->by_trigger[n->trigger][count[n->trigger]] = -1;
    }
    return true;
}

/* Per action: which kinds of rule its chains in the (role, action) index hold. */
static bool sim_index_actions(sim *S)
{
    const md_model *m = S->m;
    size_t nt = m->nterms ? m->nterms : 1;
    S->act_forbids = ar_alloc(S->ar, nt * sizeof *S->act_forbids);
    S->act_overrides = ar_alloc(S->ar, nt * sizeof *S->act_overrides);
    if (!S->act_forbids || !S->act_overrides) return false;
    memset(S->act_forbids, 0, nt * sizeof *S->act_forbids);
    memset(S->act_overrides, 0, nt * sizeof *S->act_overrides);
    const hmap *ix = &m->by_role_action;
    for (size_t i = 0; i < ix->cap; i++) {
        if (ix->slots[i].key == HM_EMPTY) continue;
        uint32_t action = (uint32_t)ix->slots[i].key;
        if (action >= m->nterms) continue;
        for (int e = (int)ix->slots[i].val; e >= 0; e = md_ra_next(m, e)) {
            const md_norm *n = &m->norms[md_ra_norm(m, e)];
            if (n->mod == MOD_MUST_NOT || n->mod == MOD_SHOULD_NOT) S->act_forbids[action] = true;
            if (n->x->noverrides) S->act_overrides[action] = true;
        }
    }
    return true;
}

/* The heads of the lists by (owner, action) as a table, when it is small. */
enum { SIM_ACTION_TABLE_MAX = 1 << 12 };   /* 16 KiB: set up for every scenario run, so kept small */

static bool sim_index_by_action(sim *S)
{
    size_t rows = S->s->npeople + 1, nt = S->m->nterms;
    if (!nt || rows > SIM_ACTION_TABLE_MAX / nt) return true;   /* the hash map, by_action */
    S->by_action_ix = ar_alloc(S->ar, rows * nt * sizeof *S->by_action_ix);
    if (!S->by_action_ix) return false;
    for (size_t i = 0; i < rows * nt; i++) S->by_action_ix[i] = -1;
    return true;
}

/* The indexes by person, rule and thing, in the scratch arena. */
static bool sim_init(sim *S)
{
    const md_model *m = S->m;
    size_t np = S->s->npeople ? S->s->npeople : 1, nn = m->nnorms ? m->nnorms : 1;
    S->free_ob = S->free_link = -1;
    S->office_head = -1;
    S->t_complain = md_lookup_term(m, "complain", MT_ACTION);
    S->t_complaint = md_lookup_term(m, "complaint", MT_THING);
    hm_init(&S->by_action);
    hm_init(&S->stats);
    hm_init(&S->ref_watch);
    for (size_t i = 0; i < S->s->nitems; i++) {
        const md_sitem *it = &S->s->items[i];
        if (it->kind == SI_EX && it->u.ex.kind == EX_REF_STATE && !hm_put(&S->ref_watch, hm_ptr(it->u.ex.clause), 1)) {
            S->r.error = true;   /* out of memory */
            return false;
        }
    }
    S->person_head = ar_alloc(S->ar, np * sizeof *S->person_head);
    S->pending_reason = ar_alloc(S->ar, np * sizeof *S->pending_reason);
    S->pending_clause = ar_alloc(S->ar, np * sizeof *S->pending_clause);
    S->last_gone = ar_alloc(S->ar, (m->nterms ? m->nterms : 1) * sizeof *S->last_gone);
    S->norm_head = ar_alloc(S->ar, nn * sizeof *S->norm_head);
    S->norm_tail = ar_alloc(S->ar, nn * sizeof *S->norm_tail);
    if (!S->person_head || !S->pending_reason || !S->pending_clause || !S->last_gone || !S->norm_head ||
        !S->norm_tail || !sim_index_triggers(S) || !sim_index_holders(S) || !sim_index_actions(S) ||
        !sim_index_by_action(S))
        return false;
    for (size_t i = 0; i < nn; i++) S->norm_head[i] = S->norm_tail[i] = -1;
    for (size_t i = 0; i < np; i++) S->person_head[i] = -1;
    return true;
}

/* For sim_stream.c: a run's indexes, without running it. */
bool sim_prepare(sim *S) { return sim_init(S); }

/* Expectations before the first event are dated by it; in a scenario of
 * no events, by its today (or the run's). */
static dt_day sim_first_day(const md_scenario *s, dt_day today)
{
    for (size_t i = 0; i < s->nitems; i++)
        if (s->items[i].kind == SI_EV) return s->items[i].u.ev.day;
    return s->has_today ? s->today : today;
}

sim_result sim_run(const md_model *m, const md_scenario *s, dt_day today, arena *scratch, sim_sink sink, void *ctx,
                   bool all)
{
    sim S;
    memset(&S, 0, sizeof S);
    S.m = m;
    S.s = s;
    S.sink = sink;
    S.ctx = ctx;
    S.all = all;
    S.ar = scratch;
    S.today = today;
    if (sim_init(&S)) {
        S.now = sim_first_day(s, today);
        bool started = false;
        for (size_t i = 0; i < s->nitems && !S.r.error; i++) {
            const md_sitem *it = &s->items[i];
            if (it->kind == SI_EX) { sim_expect(&S, &it->u.ex); continue; }
            if (started) sim_advance(&S, it->u.ev.day);
            S.now = it->u.ev.day;
            started = true;
            sim_event(&S, &it->u.ev);
        }
        sim_report_open(&S);
        for (size_t k = 0; k < S.nobs; k++) S.r.still_open += S.obs[k].live;
    }
    if (scratch->failed) S.r.error = true;
    sim_duties_free(&S);
    sim_cases_free(&S);
    return S.r;
}
