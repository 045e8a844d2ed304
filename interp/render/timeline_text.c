/* timeline_text — an entry of a simulation in plain English (timeline.h):
 * one function per form of entry (tl_forms), and the lines of `civic run`. */
#include "timeline.h"
#include "text.h"
#include "textout.h"

#include <stdio.h>
#include <string.h>

/* ---- words -------------------------------------------------------------------------------- */

static const char *tl_person(const tl_ctx *c, int p) { return p >= 0 ? c->s->people[p].name : "nobody"; }

static const char *tl_date(const tl_ctx *c, dt_day d)
{
    char b[11];
    dt_format(d, b);
    return ar_printf(c->ar, "%s", b);
}

static const char *tl_or_dash(const char *clause) { return clause ? clause : "-"; }

static const md_norm *tl_norm(const tl_ctx *c, const sim_entry *e) { return &c->m->norms[e->duty.norm]; }

/* Who owes the duty: the person, or the office. */
static const char *tl_owner(const tl_ctx *c, const sim_duty *d)
{
    const md_norm *n = d->norm >= 0 && (size_t)d->norm < c->m->nnorms ? &c->m->norms[d->norm] : NULL;
    int rel = n ? md_norm_subj_rel(n) : -1;
    if (rel >= 0 && d->whose >= 0) {   /* "carol (the line manager of bob)", "the line manager of bob (unbound)" */
        const char *of = ar_printf(c->ar, "%s %s", md_rel_phrase(c->m, c->ar, rel), tl_person(c, d->whose));
        if (d->unbound) return ar_printf(c->ar, "%s (unbound: nobody holds it that day)", of);
        if (d->owner >= 0) return ar_printf(c->ar, "%s (%s)", tl_person(c, d->owner), of);
    }
    return d->owner >= 0 ? tl_person(c, d->owner) : md_role_name(c->m, d->office);
}

/* "respond to enquiry from alice": the acts, towards the person (when any). */
static const char *tl_acts(const tl_ctx *c, const md_act *acts, size_t n, int person)
{
    return tx_acts_for(c->m, c->ar, acts, n, person >= 0 ? tl_person(c, person) : NULL);
}

/* The duty's acts towards its counterpart, with the matter's reference: "respond to enquiry from alice (E1)". */
static const char *tl_duty_acts(const tl_ctx *c, const md_act *acts, size_t n, const sim_duty *d)
{
    const char *s = tl_acts(c, acts, n, d->counterpart);
    return d->ref ? ar_printf(c->ar, "%s (%s)", s, d->ref) : s;
}

static const char *tl_fallback(const tl_ctx *c, const md_norm *n)
{
    return tx_acts(c->m, c->ar, n->x->fallback, n->x->nfallback);
}

/* The due date the duty had when the entry was made (its fallback's, once that applies). */
static dt_day tl_due(const sim_duty *d) { return d->fallback_phase ? d->fallback_due : d->due; }

/* What an event did, from its verb on: "send request to olly", "complies
 * with request to alice", "raises complaint about bob".  The verb is given
 * (as written for the event's own line, the action's name for a breach),
 * and so is how the thing is named. */
/* Whom the event is to: the person, or the office it named when its holder
 * is the one who acts ("dan acts-as Clerk": not "acts-as dan"), or when no
 * one holds it that day ("alice sends enquiry to the Town Clerk", not
 * "alice sends enquiry"). */
static const char *tl_whom(const tl_ctx *c, const md_event *e, int target)
{
    if (e->target < 0 && e->target_role >= 0 && (target < 0 || (e->actor >= 0 && target == e->actor)))
        return tx_the(c->m, c->ar, md_role_name(c->m, e->target_role));
    return tl_person(c, target);
}

/* Does the event line say whom it is to: a person, or an office no one holds? */
static bool tl_has_whom(const md_event *e, int target) { return target >= 0 || (e->target < 0 && e->target_role >= 0); }

/* s and " w" after it, when there is a w (and s: NULL when out of memory). */
static const char *tl_then(const tl_ctx *c, const char *s, const char *w)
{
    return s && w ? ar_printf(c->ar, "%s %s", s, w) : s;
}

/* verb_rest: the words of an action of several ("party political work" of
 * "ask party political work") that go after whom it is to ("ask olly party
 * political work"), or NULL. */
static const char *tl_deed_in(const tl_ctx *c, const md_event *e, const char *verb, const char *verb_rest,
                              const char *thing, int target)
{
    bool to = tl_has_whom(e, target);
    const char *ref = e->x->ref && e->x->ref_new ? e->x->ref : NULL, *re = e->x->ref && !ref ? e->x->ref : NULL;
    const char *obj = tl_then(c, tl_then(c, tl_then(c, "", md_prep_word(e->object_prep)), thing), ref);
    const char *whom = to ? tl_then(c, tl_then(c, tl_then(c, "", md_prep_word(e->target_prep)), tl_whom(c, e, target)),
                                    verb_rest)
                          : "";
    const char *about = e->about >= 0 ? ar_printf(c->ar, " about %s", tl_person(c, e->about)) : "";
    const char *answering = re ? ar_printf(c->ar, ", answering %s", re) : "";
    if (!obj || !whom || !about || !answering) return verb;
    bool first = (e->target_first || verb_rest) && to;   /* in the order written: "informs alice of complaint" */
    return ar_printf(c->ar, "%s%s%s%s%s", verb, first ? whom : obj, first ? obj : whom, about, answering);
}

static const char *tl_deed(const tl_ctx *c, const md_event *e, const char *verb, const char *thing, int target)
{
    return tl_deed_in(c, e, verb, NULL, thing, target);
}

/* What the actor did, in the action's words: an action of several words
 * whose second is no preposition takes whom it is to after its first
 * ("did ask olly party political work"; but "did act as the Town Clerk"). */
static const char *tl_did(const tl_ctx *c, const md_event *e, const char *thing, int target)
{
    const char *verb = tx_action(c->m, c->ar, e->action);
    const char *sp = strchr(verb, ' ');
    if (!sp || target < 0 || e->target_prep) return tl_deed(c, e, verb, thing, target);
    static const char *const preps[] = { "as", "to", "of", "for", "with", "on", "about", "from", "in", "into", "by", "at" };
    size_t n = strcspn(sp + 1, " ");
    for (size_t k = 0; k < sizeof preps / sizeof preps[0]; k++)
        if (strlen(preps[k]) == n && strncmp(sp + 1, preps[k], n) == 0) return tl_deed(c, e, verb, thing, target);
    const char *head = ar_strndup(c->ar, verb, (size_t)(sp - verb));
    return head ? tl_deed_in(c, e, head, sp + 1, thing, target) : tl_deed(c, e, verb, thing, target);
}

/* "complaint by alice about bob" */
static const char *tl_case_name(const tl_ctx *c, const sim_case_info *k)
{
    return ar_printf(c->ar, "%s by %s about %s", md_term_name(c->m, k->kind), tl_person(c, k->raiser),
                     tl_person(c, k->subject));
}

static const char *tl_the_role(const tl_ctx *c, int role)
{
    return role >= 0 ? tx_the(c->m, c->ar, c->m->roles[role].display) : "someone";
}

/* ---- events ------------------------------------------------------------------------------- */

/* ' where "a", "b"': the facts the event states, or "". */
static const char *tl_facts(const tl_ctx *c, const md_event *ev)
{
    const char *s = "";
    for (size_t i = 0; i < ev->x->nfacts && s; i++)
        s = ar_printf(c->ar, "%s%s\"%s\"", s, i ? ", " : " where ", ev->x->facts[i]);
    return s ? s : "";
}

static const char *tl_event(const tl_ctx *c, const sim_entry *e)
{
    const md_event *ev = e->event;
    const char *thing = ev->object >= 0 ? c->m->terms[ev->object].name : NULL;
    return ar_printf(c->ar, "%s %s%s", tl_person(c, e->actor), tl_deed(c, ev, ev->verb, thing, e->target),
                     tl_facts(c, ev));
}

static const char *tl_no_holder(const tl_ctx *c, const sim_entry *e)
{
    return ar_printf(c->ar, "no one holds the office of %s on %s, so no one can act as it",
                     md_role_name(c->m, e->event->actor_role), tl_date(c, e->day));
}

static const char *tl_explained(const tl_ctx *c, const sim_entry *e)
{
    return ar_printf(c->ar, "[%s] %s explains: \"%s\"", e->clause, tl_person(c, e->actor), e->reason ? e->reason : "");
}

/* ---- duties -------------------------------------------------------------------------------- */

/* When the duty is due: " by 2025-12-29"; with a target before the cap,
 * " as soon as possible, and at the latest by …" or " by … if possible,
 * and at the latest by …"; "" when it has no date. */
static const char *tl_by(const tl_ctx *c, const sim_duty *d, dt_day due, bool has_due)
{
    if (!has_due) return "";
    if (d->has_target && !d->fallback_phase)
        return ar_printf(c->ar, " by %s if possible, and at the latest by %s", tl_date(c, d->target), tl_date(c, due));
    if (d->asap && !d->fallback_phase)
        return ar_printf(c->ar, " as soon as possible, and at the latest by %s", tl_date(c, due));
    return ar_printf(c->ar, " by %s", tl_date(c, due));
}

/* "[E1] bob must respond to enquiry from alice by 2025-12-29" */
static const char *tl_opened(const tl_ctx *c, const sim_entry *e)
{
    const md_norm *n = tl_norm(c, e);
    const sim_duty *d = &e->duty;
    return ar_printf(c->ar, "[%s] %s %s %s%s", e->clause, tl_owner(c, d), ast_modality_word(n->mod),
                     tl_duty_acts(c, n->acts, n->nacts, d), tl_by(c, d, d->due, d->has_due));
}

/* ", after the target date 2026-01-02": a duty met between its target and its cap. */
static const char *tl_after_target(const tl_ctx *c, const sim_entry *e)
{
    const sim_duty *d = &e->duty;
    if (!d->has_target || e->day <= d->target) return "";
    return ar_printf(c->ar, " (after its target, %s)", tl_date(c, d->target));
}

/* " (responding to an enquiry counts as acknowledging it [10.2])" */
static const char *tl_counts(const tl_ctx *c, const sim_entry *e)
{
    if (e->duty.counts < 0 || (size_t)e->duty.counts >= c->m->ncounts) return "";
    const md_counts *k = &c->m->counts[e->duty.counts];
    return ar_printf(c->ar, " (%s counts as %s%s%s%s)", tx_acts(c->m, c->ar, &k->deed, 1), tx_acts(c->m, c->ar, &k->as, 1),
                     k->clause ? " [" : "", k->clause ? k->clause : "", k->clause ? "]" : "");
}

/* "[E1] bob did respond to enquiry from alice, due 2025-12-29": as the duty
 * was opened; "for alice" only when the rule names nobody to put her in the
 * place of. */
static const char *tl_met(const tl_ctx *c, const sim_entry *e)
{
    const md_norm *n = tl_norm(c, e);
    const sim_duty *d = &e->duty;
    bool named = false;
    for (size_t a = 0; a < n->nacts; a++) named |= n->acts[a].counterpart >= 0;
    bool for_cp = !named && d->counterpart >= 0;
    return ar_printf(c->ar, "[%s] %s did %s%s%s%s%s%s%s", e->clause, tl_person(c, e->actor),
                     named ? tl_duty_acts(c, n->acts, n->nacts, d) : tx_acts(c->m, c->ar, n->acts, n->nacts),
                     for_cp ? " for " : "", for_cp ? tl_person(c, d->counterpart) : "", d->has_due ? ", due " : "",
                     d->has_due ? tl_date(c, tl_due(d)) : "", tl_after_target(c, e), tl_counts(c, e));
}

static const char *tl_fallback_met(const tl_ctx *c, const sim_entry *e)
{
    return ar_printf(c->ar, "[%s] %s did the fallback in time: %s", e->clause, tl_person(c, e->actor),
                     tl_fallback(c, tl_norm(c, e)));
}

static const char *tl_fallback_earlier(const tl_ctx *c, const sim_entry *e)
{
    const md_norm *n = tl_norm(c, e);
    return ar_printf(c->ar, "[%s] %s did not %s by %s, but had already done the fallback: %s", e->clause,
                     tl_owner(c, &e->duty), tx_action(c->m, c->ar, n->acts[0].action), tl_date(c, e->duty.due),
                     tl_fallback(c, n));
}

static const char *tl_fallback_done(const tl_ctx *c, const sim_entry *e)
{
    const md_norm *n = tl_norm(c, e);
    const char *who = tl_person(c, e->actor);
    return ar_printf(c->ar, "[%s] %s did the fallback (%s); if %s does not %s by %s, that meets the duty", e->clause,
                     who, tl_fallback(c, n), who, tx_action(c->m, c->ar, n->acts[0].action), tl_date(c, e->duty.due));
}

static const char *tl_fallback_applies(const tl_ctx *c, const sim_entry *e)
{
    const md_norm *n = tl_norm(c, e);
    return ar_printf(c->ar, "[%s] %s did not %s by %s; the fallback applies: %s by %s", e->clause,
                     tl_owner(c, &e->duty), tx_action(c->m, c->ar, n->acts[0].action), tl_date(c, e->duty.due),
                     tl_fallback(c, n), tl_date(c, e->duty.fallback_due));
}

/* " (the latest date; it was to be done as soon as possible)": a breach of a cap. */
static const char *tl_cap(const tl_ctx *c, const sim_duty *d)
{
    if (d->fallback_phase) return "";
    if (d->has_target) return ar_printf(c->ar, ", the latest date allowed (its target was %s)", tl_date(c, d->target));
    return d->asap ? ", the latest date allowed (it was to be done as soon as possible)" : "";
}

static const char *tl_missed(const tl_ctx *c, const sim_entry *e)
{
    const md_norm *n = tl_norm(c, e);
    int cp = e->duty.counterpart;
    const char *what = n->x->nfallback ? ar_printf(c->ar, "%s, nor %s", tl_acts(c, n->acts, n->nacts, cp),
                                                   tl_acts(c, n->x->fallback, n->x->nfallback, cp))
                                       : tl_duty_acts(c, n->acts, n->nacts, &e->duty);
    return ar_printf(c->ar, "[%s] %s did not %s by %s%s%s", e->clause, tl_owner(c, &e->duty), what,
                     tl_date(c, tl_due(&e->duty)), tl_cap(c, &e->duty),
                     e->kind == SE_BREACHED ? "" : " (a recommendation: a departure, not a breach)");
}

/* Why an act is forbidden by a rule that says only who may, or only towards
 * whom: ": only the Chair of the Council or the Leader of the Council may",
 * ": it is permitted only towards the Town Clerk", "… only when the Officer is
 * junior to them" (the `only` rule of the
 * prohibition's clause and place); "" for any other rule. */
static const char *tl_only_why(const tl_ctx *c, const md_norm *n)
{
    if (!n->from_only || !n->clause) return "";
    const char *who = NULL, *towards = NULL;
    for (int k = md_clause_first(c->m, n->clause); k >= 0; k = md_clause_next(c->m, k)) {
        const md_norm *o = &c->m->norms[md_clause_norm(c->m, k)];
        if (o->from_only || o->at.start != n->at.start || o->at.file != n->at.file) continue;
        if (o->only) {
            const char *t = tx_the(c->m, c->ar, md_role_name(c->m, o->subject));
            who = who ? ar_printf(c->ar, "%s or %s", who, t) : t;
        } else if (o->only_cp && o->subject == n->subject && o->acts[0].counterpart >= 0) {
            towards = o->cond ? tx_cond(c->m, c->ar, o->cond)   /* "when the Officer is junior to them" */
                              : ar_printf(c->ar, "towards %s", tx_the(c->m, c->ar, md_role_name(c->m, o->acts[0].counterpart)));
        }
    }
    if (who) return ar_printf(c->ar, ": only %s may", who);
    return towards ? ar_printf(c->ar, ": it is permitted only %s", towards) : "";
}

static const char *tl_forbidden(const tl_ctx *c, const sim_entry *e)
{
    const md_event *ev = e->event;
    const char *thing = ev->object >= 0 ? c->m->terms[ev->object].display : NULL;
    const char *deed = tl_did(c, ev, thing, e->target);
    return ar_printf(c->ar, "[%s] %s did %s, which %s%s%s%s%s", e->clause, tl_person(c, e->actor), deed,
                     e->kind == SE_BREACHED ? "the protocol forbids"
                                            : "the protocol discourages (a departure, not a breach)",
                     tl_only_why(c, tl_norm(c, e)),
                     e->reason ? "; reason given: \"" : "", e->reason ? e->reason : "", e->reason ? "\"" : "");
}

static const char *tl_unranked(const tl_ctx *c, const sim_entry *e)
{
    const md_event *ev = e->event;
    const char *thing = ev->object >= 0 ? c->m->terms[ev->object].display : NULL;
    const char *deed = tl_did(c, ev, thing, e->target);
    return ar_printf(c->ar, "[%s] %s did %s: whether [%s] forbids it depends on their seniority, which the protocol's "
                     "order does not settle", e->clause, tl_person(c, e->actor), deed, e->clause);
}

static const char *tl_still_open(const tl_ctx *c, const sim_entry *e)
{
    const md_norm *n = tl_norm(c, e);
    const sim_duty *d = &e->duty;
    return ar_printf(c->ar, "[%s] still open at the end: %s %s %s%s", e->clause, tl_owner(c, d),
                     ast_modality_word(n->mod), tl_duty_acts(c, n->acts, n->nacts, d),
                     tl_by(c, d, tl_due(d), d->has_due));
}

/* ---- cases ------------------------------------------------------------------------------------ */

/* One handler: "the Town Clerk (dan)", "the line manager of bob (carol)", "the Chair". */
static const char *tl_one_handler(const tl_ctx *c, int person, int role, int rel, int whose)
{
    if ((size_t)rel >= c->m->nrels) rel = -1;   /* none (an entry made by hand may leave it zeroed) */
    const char *office = rel >= 0 ? ar_printf(c->ar, "%s %s", md_rel_phrase(c->m, c->ar, rel), tl_person(c, whose))
                                  : tl_the_role(c, role);
    if (person < 0 && rel >= 0) return ar_printf(c->ar, "%s (unnamed: no one is bound to it that day)", office);
    return person >= 0 ? ar_printf(c->ar, "%s (%s)", office, tl_person(c, person)) : office;
}

/* Whom a step gives the case to: "the Town Clerk (dan) and/or the Chair (ed)". */
static const char *tl_handler(const tl_ctx *c, const sim_case_info *k)
{
    if (k->informal) return "the parties, to settle informally";
    if (k->proc >= 0) return c->m->terms[k->proc].display;
    const char *s = tl_one_handler(c, k->person, k->role, k->rel, k->rel_whose);
    for (int i = 0; i < k->nco; i++)
        s = ar_printf(c->ar, "%s and/or %s", s, tl_one_handler(c, k->co_person[i], k->co_role[i], -1, -1));
    return s;
}

static const char *tl_case_to(const tl_ctx *c, const sim_entry *e)
{
    const char *with_all = e->c.nco ? "; it is with each of them until one acts" : "";
    return ar_printf(c->ar, "[%s] %s goes to %s%s", tl_or_dash(e->clause), tl_case_name(c, &e->c),
                     tl_handler(c, &e->c), with_all);
}

static const char *tl_case_late(const tl_ctx *c, const sim_entry *e)
{
    return ar_printf(c->ar, "[%s] %s: the step's time limit passed on %s", tl_or_dash(e->clause),
                     tl_case_name(c, &e->c), tl_date(c, e->day));
}

/* Why a step's office is passed over: no one holds it; no one is its relation
 * that day; the protocol says the relation is nobody; an optional step. */
static const char *tl_pass_reason(const tl_ctx *c, const sim_entry *e)
{
    const sim_case_info *k = &e->c;
    switch (k->skip) {
    case SK_UNBOUND: return ar_printf(c->ar, "nobody holds that relation on %s", tl_date(c, e->day));
    case SK_NOBODY:
        return ar_printf(c->ar, "the protocol says there is none%s%s%s", k->rel_clause ? " [" : "",
                         k->rel_clause ? k->rel_clause : "", k->rel_clause ? "]" : "");
    case SK_OPTIONAL: return "an optional step (possibly), taken only when someone escalates the case";
    default: return "no one holds the office";
    }
}

/* Is the step of the entry's case an informal one ("possibly informally with Clerk")? */
static bool tl_step_informal(const tl_ctx *c, const sim_case_info *k)
{
    if ((size_t)k->route >= c->m->nroutes) return false;   /* none (or an entry made by hand) */
    const md_route *r = &c->m->routes[k->route];
    return (size_t)k->step < r->nsteps && r->steps[k->step].informal;
}

/* The step an entry passes over (or waits for): its procedure, relation or office. */
static const char *tl_pass_who(const tl_ctx *c, const sim_case_info *k)
{
    return k->proc >= 0 && k->skip == SK_OPTIONAL ? c->m->terms[k->proc].display
           : k->rel >= 0 ? ar_printf(c->ar, "%s %s", md_rel_phrase(c->m, c->ar, k->rel), tl_person(c, k->rel_whose))
           : k->skipped_role < 0 && tl_step_informal(c, k) ? "the informal step"
                                                          : tl_the_role(c, k->skipped_role);
}

static const char *tl_passed_over(const tl_ctx *c, const sim_entry *e)
{
    const sim_case_info *k = &e->c;
    return ar_printf(c->ar, "[%s] %s: %s is passed over: %s", tl_or_dash(e->clause), tl_case_name(c, k),
                     tl_pass_who(c, k), tl_pass_reason(c, e));
}

static const char *tl_case_waits(const tl_ctx *c, const sim_entry *e)
{
    const sim_case_info *k = &e->c;
    return ar_printf(c->ar,
                     "[%s] %s stays open: no step before it could take the case, so it waits for someone to "
                     "escalate it to %s (possibly), or to resolve it",
                     tl_or_dash(e->clause), tl_case_name(c, k), tl_pass_who(c, k));
}

static const char *tl_own_case(const tl_ctx *c, const sim_entry *e)
{
    bool subj = e->c.skip == SK_SUBJECT;
    return ar_printf(c->ar, "[%s] %s: %s is skipped, because %s is the %s of the %s and nobody handles their own case",
                     tl_or_dash(e->clause), tl_case_name(c, &e->c), tl_the_role(c, e->c.skipped_role),
                     tl_person(c, subj ? e->c.subject : e->c.raiser), subj ? "subject" : "raiser",
                     md_term_name(c->m, e->c.kind));
}

static const char *tl_none_open(const tl_ctx *c, const sim_entry *e)
{
    return ar_printf(c->ar, "%s %s %s, but no such case is open", tl_person(c, e->actor), e->event->verb,
                     e->c.kind >= 0 ? md_term_name(c->m, e->c.kind) : "the case");
}

static const char *tl_not_party(const tl_ctx *c, const sim_entry *e)
{
    bool resolve = e->event->action == c->m->t_resolve;
    return ar_printf(c->ar, "[%s] %s is not %s: %s is neither a party to it nor its handler", tl_or_dash(e->clause),
                     tl_case_name(c, &e->c), resolve ? "resolved" : "moved on", tl_person(c, e->actor));
}

static const char *tl_resolved(const tl_ctx *c, const sim_entry *e)
{
    return ar_printf(c->ar, "[%s] %s is resolved by %s", tl_or_dash(e->clause), tl_case_name(c, &e->c),
                     tl_person(c, e->actor));
}

/* "[20] concern by alice about bob is referred to the Monitoring Officer under …" */
static const char *tl_referred(const tl_ctx *c, const sim_entry *e)
{
    const sim_case_info *k = &e->c;
    const char *under = k->under >= 0 ? ar_printf(c->ar, ", under %s", c->m->terms[k->under].display) : "";
    return ar_printf(c->ar, "[%s] %s is referred to %s%s; it leaves this protocol", tl_or_dash(e->clause),
                     tl_case_name(c, k), tl_one_handler(c, k->person, k->role, -1, -1), under);
}

static const char *tl_case_ends(const tl_ctx *c, const sim_entry *e)
{
    return ar_printf(c->ar, "%s: no further step of the route; the case ends", tl_case_name(c, &e->c));
}

static const char *tl_no_route(const tl_ctx *c, const sim_entry *e)
{
    return ar_printf(c->ar, "no route in the protocol covers a %s by %s about %s", md_term_name(c->m, e->c.kind),
                     tl_person(c, e->c.raiser), tl_person(c, e->c.subject));
}

/* ---- expectations ----------------------------------------------------------------------------- */

static const char *tl_x_due(const tl_ctx *c, const sim_check *k, const char *cl)
{
    const char *want = tl_date(c, k->x->date);
    if (k->met) return ar_printf(c->ar, "[%s] due %s", cl, want);
    if (k->has_date) return ar_printf(c->ar, "expected [%s] due %s, but it is due %s", cl, want, tl_date(c, k->date));
    return ar_printf(c->ar, "expected [%s] due %s, but no duty of [%s] has a due date", cl, want, cl);
}

static const char *tl_state_word(md_obstate s)
{
    static const char *const w[] = { "open", "fulfilled", "breached", "departed", "lapsed" };
    return w[s];
}

/* What has happened under the clause, for an expectation of its state not met. */
static const char *tl_now(const tl_ctx *c, const sim_check *k)
{
    switch (k->now) {
    case SN_OPEN: return k->has_date ? ar_printf(c->ar, "it is still open, due %s", tl_date(c, k->date)) : "it is still open";
    case SN_BREACHED: return "it was breached";
    case SN_FULFILLED: return "it was fulfilled";
    case SN_DEPARTED: return "it was departed from";
    case SN_CLOSED: return "it is closed";
    case SN_NOTHING: break;
    }
    if (k->x->person < 0) return "nothing under that clause has happened (no duty, no breach)";
    return ar_printf(c->ar, "nothing under that clause has happened to %s (no duty, no breach)",
                     tl_person(c, k->x->person));
}

/* "[E2] breached by bob", in the order the expectation is written */
static const char *tl_x_state(const tl_ctx *c, const sim_check *k, const char *cl)
{
    const md_expect *x = k->x;
    const char *whose = x->person >= 0 ? ar_printf(c->ar, " by %s", tl_person(c, x->person)) : "";
    if (k->met) return ar_printf(c->ar, "[%s] %s%s", cl, tl_state_word(x->state), whose);
    return ar_printf(c->ar, "expected [%s] %s%s, but %s", cl, tl_state_word(x->state), whose, tl_now(c, k));
}

/* "E1 breached": the matter's duties */
static const char *tl_x_ref(const tl_ctx *c, const sim_check *k, const char *ref)
{
    const md_expect *x = k->x;
    if (k->met) return ar_printf(c->ar, "%s %s", ref, tl_state_word(x->state));
    const char *now = k->now == SN_NOTHING ? "no duty of that matter has arisen" : tl_now(c, k);
    return ar_printf(c->ar, "expected %s %s, but %s", ref, tl_state_word(x->state), now);
}

static const char *tl_x_not_opened(const tl_ctx *c, const sim_check *k, const char *cl)
{
    if (k->met) return ar_printf(c->ar, "[%s] not opened", cl);
    return ar_printf(c->ar, "expected no duty of [%s], but %zu arose", cl, k->count);
}

static const char *tl_x_none(const tl_ctx *c, const sim_check *k, const char *cl)
{
    const char *what = k->x->kind == EX_NO_BREACH ? "breach" : "departure";
    if (k->x->person >= 0) what = ar_printf(c->ar, "%s by %s", what, tl_person(c, k->x->person));
    if (k->met) return ar_printf(c->ar, "no %s", what);
    return ar_printf(c->ar, "expected no %s, but there %s %zu", what, k->count == 1 ? "was" : "were", k->count);
}

/* The handler an expectation names. */
static const char *tl_target(const tl_ctx *c, const md_expect *x)
{
    if (x->informal) return "the parties, informally";
    if (x->handler_person >= 0) return tl_person(c, x->handler_person);
    if (x->handler_role >= 0) return md_role_name(c->m, x->handler_role);
    return x->handler_proc >= 0 ? c->m->terms[x->handler_proc].display : "";
}

/* "it was resolved with …": where the newest case of the kind is, or ended. */
static const char *tl_where(const tl_ctx *c, const sim_check *k)
{
    if (k->where == SC_NO_CASE) return "no such case was opened";
    if (k->where == SC_NO_HANDLER) return "it reached no handler";
    const char *who = k->person >= 0 ? tl_person(c, k->person) : k->role >= 0 ? md_role_name(c->m, k->role) :
                      k->proc >= 0 ? c->m->terms[k->proc].display : "the parties";
    if (k->where == SC_REFERRED) return ar_printf(c->ar, "it was referred out to %s", who);
    return ar_printf(c->ar, "it %s with %s", k->where == SC_RESOLVED ? "was resolved" : k->where == SC_ENDED ? "ended" : "is",
                     who);
}

static const char *tl_x_case(const tl_ctx *c, const sim_check *k, const char *cl)
{
    const md_expect *x = k->x;
    const char *kind = md_term_name(c->m, x->kind_thing);
    bool at = x->kind == EX_AT;
    switch (x->kind) {
    case EX_RESOLVED:
        return k->met ? ar_printf(c->ar, "%s resolved", kind)
                      : ar_printf(c->ar, "expected a %s to be resolved, but none is", kind);
    case EX_ENDED:
        return k->met ? ar_printf(c->ar, "%s ended", kind)
                      : ar_printf(c->ar, "expected a %s to have ended, but %s", kind, tl_where(c, k));
    case EX_REFERRED:
        return k->met ? ar_printf(c->ar, "%s referred", kind)
                      : ar_printf(c->ar, "expected a %s to be referred out, but %s", kind, tl_where(c, k));
    default:
        if (k->met) return ar_printf(c->ar, "%s %s %s", kind, at ? "at" : "reaches", tl_target(c, x));
        return ar_printf(c->ar, "expected the %s %s %s, but %s", kind, at ? "to be with" : "to reach", tl_target(c, x),
                         tl_where(c, k));
    }
}

static const char *tl_x_review(const tl_ctx *c, const sim_check *k, const char *cl)
{
    const md_expect *x = k->x;
    if (x->kind == EX_REVIEW_DUE) {
        const char *want = tl_date(c, x->date);
        if (k->met) return ar_printf(c->ar, "review due %s", want);
        if (k->has_date) return ar_printf(c->ar, "expected the review due %s, but it is due %s", want, tl_date(c, k->date));
        return ar_printf(c->ar, "expected the review due %s, but no date can be worked out", want);
    }
    const char *nt = x->kind == EX_REVIEW_OVERDUE ? "" : "not ";
    if (k->met) return ar_printf(c->ar, "review %soverdue as of %s", nt, tl_date(c, k->today));
    return ar_printf(c->ar, "expected the review %soverdue as of %s, but it is %s%s%s", nt, tl_date(c, k->today),
                     k->overdue ? "overdue (due " : k->has_date ? "not overdue (due " : "not overdue (no date",
                     k->has_date ? tl_date(c, k->date) : "", ")");
}

static const char *tl_x_verdict(const tl_ctx *c, const sim_check *k, const char *cl)
{
    const md_expect *x = k->x;
    const char *vc = k->verdict_clause;
    const char *cite = vc ? ar_printf(c->ar, " [%s]", vc) : "";
    if (k->met) return ar_printf(c->ar, "'%s': %s%s", x->query, k->verdict, cite);
    if (k->answered)
        return ar_printf(c->ar, "expected '%s' to be %s, but it is %s%s", x->query, x->verdict, k->verdict, cite);
    return ar_printf(c->ar, "'%s' cannot be answered (see civic check)", x->query);
}

typedef const char *(*tl_expect_form)(const tl_ctx *c, const sim_check *k, const char *clause);

static const tl_expect_form tl_expect_forms[] = {
    [EX_STATE] = tl_x_state,        [EX_DUE] = tl_x_due,
    [EX_NOT_OPENED] = tl_x_not_opened, [EX_NO_BREACH] = tl_x_none,
    [EX_NO_DEPARTURE] = tl_x_none,  [EX_REACHES] = tl_x_case,
    [EX_RESOLVED] = tl_x_case,      [EX_ENDED] = tl_x_case,
    [EX_AT] = tl_x_case,            [EX_REVIEW_OVERDUE] = tl_x_review,
    [EX_REVIEW_NOT_OVERDUE] = tl_x_review, [EX_REVIEW_DUE] = tl_x_review,
    [EX_VERDICT] = tl_x_verdict,
    [EX_REFERRED] = tl_x_case,      [EX_REF_STATE] = tl_x_ref,
};

static const char *tl_expect(const tl_ctx *c, const sim_entry *e)
{
    const md_expect *x = e->check.x;
    if ((size_t)x->kind >= sizeof tl_expect_forms / sizeof tl_expect_forms[0]) return "";
    return tl_expect_forms[x->kind](c, &e->check, x->clause);
}

/* ---- the forms ---------------------------------------------------------------------------------- */

typedef const char *(*tl_form)(const tl_ctx *c, const sim_entry *e);

static const tl_form tl_forms[] = {
    [SW_EVENT] = tl_event,                     [SW_NO_HOLDER] = tl_no_holder,
    [SW_EXPLAINED] = tl_explained,             [SW_OPENED] = tl_opened,
    [SW_MET] = tl_met,                         [SW_FALLBACK_MET] = tl_fallback_met,
    [SW_FALLBACK_EARLIER] = tl_fallback_earlier, [SW_FALLBACK_DONE] = tl_fallback_done,
    [SW_FALLBACK_APPLIES] = tl_fallback_applies, [SW_MISSED] = tl_missed,
    [SW_MET_AS] = tl_met,                      [SW_UNRANKED] = tl_unranked,
    [SW_FORBIDDEN] = tl_forbidden,             [SW_STILL_OPEN] = tl_still_open,
    [SW_CASE_TO] = tl_case_to,                 [SW_CASE_LATE] = tl_case_late,
    [SW_CASE_PASSED_OVER] = tl_passed_over,    [SW_CASE_OWN] = tl_own_case,
    [SW_CASE_NONE_OPEN] = tl_none_open,        [SW_CASE_NOT_PARTY] = tl_not_party,
    [SW_CASE_RESOLVED] = tl_resolved,          [SW_CASE_ENDS] = tl_case_ends,
    [SW_NO_ROUTE] = tl_no_route,               [SW_EXPECT] = tl_expect,
    [SW_CASE_REFERRED] = tl_referred,        [SW_CASE_WAITS] = tl_case_waits,
};

const char *tl_sentence(const tl_ctx *c, const sim_entry *e)
{
    if ((size_t)e->what >= sizeof tl_forms / sizeof tl_forms[0] || !tl_forms[e->what]) return "";
    return tl_forms[e->what](c, e);
}

/* ---- the lines of civic run ----------------------------------------------------------------------- */

int tl_line(const src_set *src, loc at)
{
    int line = 0, col;
    if (at.file && src) src_linecol(src, at.file, at.start, &line, &col);
    return line;
}

void tl_text_entry(FILE *f, const tl_ctx *c, const sim_entry *e)
{
    char d[11], t[16] = "     ";
    dt_format(e->day, d);
    if (e->minute >= 0) snprintf(t, sizeof t, "%02d:%02d", e->minute / 60, e->minute % 60);
    const char *text = tl_sentence(c, e);
    if (e->kind != SE_EXPECTATION) {
        to_printf(f, "%s %s  %-10s %s\n", d, t, sim_kind_name(e->kind), text);
    } else if (e->ok) {
        to_printf(f, "%s %s  %-10s ok: %s\n", d, t, "expect", text);
    } else {
        const src_file *sf = c->src && e->at.file ? src_get(c->src, e->at.file) : NULL;
        to_printf(f, "%s %s  %-10s FAILED at %s:%d: %s\n", d, t, "expect", sf ? sf->path : "?", tl_line(c->src, e->at),
                  text);
    }
}

void tl_text_heading(FILE *f, const char *name, const char *path, int line, bool first)
{
    to_printf(f, "%sscenario \"%s\" (%s:%d)\n", first ? "" : "\n", name, path, line);
}

void tl_text_result(FILE *f, const sim_result *r)
{
    fprintf(f, "result: %zu of %zu expectations met; %zu opened, %zu fulfilled, %zu breached, %zu departed, "
               "%zu still open\n", r->expectations - r->failed, r->expectations, r->opened, r->fulfilled, r->breached,
            r->departed, r->still_open);
}
