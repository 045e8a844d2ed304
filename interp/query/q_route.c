/* q_route — "route KIND by ROLE about ROLE" and "who handles KIND about
 * ROLE": the chosen route's steps in order, with each step that does not
 * apply and why (its condition, or a handler who is the subject or the
 * raiser). */
#include "q_int.h"
#include "routes.h"

#include <string.h>

/* ---- compiling ------------------------------------------------------------------ */

static bool qr_compile(q_parse *p, q_route_q *r)
{
    r->by = r->about = -1;
    if ((r->kind = q_thing(p, true)) < 0) return false;
    while (!q_at_end(p)) {
        if (q_word(p, p->i, "by") || q_word(p, p->i, "from")) {
            p->i++;
            if ((r->by = q_role(p, "who raises it")) < 0) return false;
        } else if (q_word(p, p->i, "about") || q_word(p, p->i, "against")) {
            p->i++;
            if ((r->about = q_role(p, "whom it is about")) < 0) return false;
        } else {
            q_error(p, p->t[p->i].at, "bad-query", "unexpected '%s'", p->t[p->i].text);
            dg_hint(p->dg, "write 'route %s by ROLE about ROLE'", p->m->terms[r->kind].name);
            return false;
        }
    }
    return true;
}

bool q_compile_route(q_parse *p, q_question *q) { return qr_compile(p, &q->u.route); }
bool q_compile_handles(q_parse *p, q_question *q) { return qr_compile(p, &q->u.handles); }

/* ---- the steps ------------------------------------------------------------------- */

/* A step as this case sees it, while it is judged. */
typedef struct qr_step {
    const md_step *s;
    bool applies;
    const char *reason;      /* why it is skipped, or a caveat when it may apply */
    int chosen;              /* the handler role that takes it ("Clerk or Mayor"), or -1 */
    const char *name;        /* the handler's name as this case sees it, or NULL */
    const md_relcase *rc;    /* a relation step: the line of the relation that applies, or NULL */
} qr_step;

static const char *qr_handler_id(const md_model *m, const qr_step *q)
{
    const md_step *s = q->s;
    if (s->informal) return "informal";
    if (q->chosen >= 0) return m->roles[q->chosen].name;
    if (s->handler >= 0) return m->roles[s->handler].name;
    if (s->procedure >= 0) return m->terms[s->procedure].name;
    return "?";
}

/* A referral out: "referred out of this protocol to the Monitoring
 * Officer, under a Code of Conduct complaint …". */
static const char *qr_referred(const q_eval *e, const md_step *s, const char *who)
{
    if (!s->referral) return who;
    const md_model *m = e->m;
    const char *h = ar_printf(e->ar, "referred out of this protocol to %s", tx_the(m, e->ar, who));
    if (s->under >= 0) h = ar_printf(e->ar, "%s, under %s", h, m->terms[s->under].display);
    /* "procedure grievance-procedure and/or refer to …" */
    return s->procedure >= 0 ? ar_printf(e->ar, "%s and/or %s", m->terms[s->procedure].display, h) : h;
}

static const char *qr_handler_name(const q_eval *e, const qr_step *q)
{
    const md_model *m = e->m;
    const md_step *s = q->s;
    if (q->name) return q->name;
    if (s->informal) {
        if (!s->nwith) return "the parties, informally";
        const char *w = "";
        for (size_t i = 0; i < s->nwith; i++)
            w = ar_printf(e->ar, "%s%s%s", w, i == 0 ? "" : i + 1 == s->nwith ? " or " : ", ", m->roles[s->with[i]].display);
        return ar_printf(e->ar, "the parties, informally (with the help of %s)", w);
    }
    const char *n = "?";
    if (s->referral && s->handler >= 0) n = m->roles[s->handler].display;
    else if (q->chosen >= 0) n = m->roles[q->chosen].display;
    else if (s->handler >= 0) {
        n = m->roles[s->handler].display;
        for (size_t i = 0; i < s->nalts; i++)
            n = ar_printf(e->ar, "%s %s %s", n, s->choice ? "and/or" : "or", m->roles[s->alts[i]].display);
    } else if (s->procedure >= 0) n = m->terms[s->procedure].display;
    return qr_referred(e, s, n);
}

/* Why a handler role cannot take the case, or NULL. */
static const char *qr_excluded(const q_eval *e, const md_route *r, int role, int by, int about)
{
    const md_model *m = e->m;
    if (about >= 0 && md_is_a(m, about, role))
        return ar_printf(e->ar, "%s is the subject of the %s, and nobody handles a case about themselves",
                         tx_the(m, e->ar, m->roles[role].display), md_term_name(m, r->kind));
    if (by >= 0 && md_is_a(m, by, role))
        return ar_printf(e->ar, "%s raised the %s, and nobody handles their own case", tx_the(m, e->ar, m->roles[role].display),
                         md_term_name(m, r->kind));
    return NULL;
}

/* A condition the question leaves open: "only when serious", "unless a
 * formal written complaint" (not "only unless"). */
static const char *qr_only(const q_eval *e, const md_cond *c)
{
    return c->kind == C_NOT ? tx_cond(e->m, e->ar, c) : ar_printf(e->ar, "only %s", tx_cond(e->m, e->ar, c));
}

/* A step with handler roles ("Clerk or Mayor"): the first who can take it. */
static void qr_handlers(const q_eval *e, const md_route *r, int by, int about, qr_step *q)
{
    const md_model *m = e->m;
    const md_step *s = q->s;
    const char *first_why = NULL, *all_why = NULL;
    for (size_t k = 0; k <= s->nalts && q->chosen < 0; k++) {
        int role = k == 0 ? s->handler : s->alts[k - 1];
        const char *why = qr_excluded(e, r, role, by, about);
        if (!why) q->chosen = role;
        else if (!first_why) first_why = why;
        if (why) all_why = all_why ? ar_printf(e->ar, "%s; and %s", all_why, why) : why;   /* every reason */
    }
    /* is one of the later alternatives a party to the case? */
    const char *later_why = NULL;
    for (size_t k = 1; q->chosen >= 0 && k <= s->nalts && !later_why; k++)
        if (s->alts[k - 1] != q->chosen) later_why = qr_excluded(e, r, s->alts[k - 1], by, about);
    if (q->chosen < 0) {
        q->applies = false;
        q->reason = s->nalts ? ar_printf(e->ar, "none of them can take it: %s", all_why) : first_why;
    } else if (first_why || later_why) {
        q->reason = ar_printf(e->ar, "%s; so %s", first_why ? first_why : later_why,
                              tx_the(m, e->ar, m->roles[q->chosen].display));
    } else if (s->nalts) {
        q->chosen = -1;   /* any of them */
    }
}

/* "Clerk and/or Chair": every one who can take it may; the parties to the
 * case are left out, and the answer says why. */
static void qr_choice(const q_eval *e, const md_route *r, int by, int about, qr_step *q)
{
    const md_model *m = e->m;
    const md_step *s = q->s;
    const char *names = NULL, *why = NULL;
    size_t left = 0;
    for (size_t k = 0; k <= s->nalts; k++) {
        int role = k == 0 ? s->handler : s->alts[k - 1];
        const char *w = qr_excluded(e, r, role, by, about);
        if (w) {
            why = why ? ar_printf(e->ar, "%s; and %s", why, w) : w;
            continue;
        }
        left++;
        q->chosen = role;
        names = names ? ar_printf(e->ar, "%s and/or %s", names, m->roles[role].display) : m->roles[role].display;
    }
    if (!left) {
        q->applies = false;
        q->reason = ar_printf(e->ar, "none of them can take it: %s", why);
        return;
    }
    if (left > 1) q->chosen = -1;
    if (why) {
        q->name = names;
        q->reason = ar_printf(e->ar, "%s; so %s", why, left > 1 ? names : tx_the(m, e->ar, names));
    }
}

/* Whose relation a step names, as this case sees them: "the Officer
 * complained about", "the Member who raised it". */
static const char *qr_whose(const q_eval *e, const md_route *r, const md_step *s, int whose)
{
    const md_model *m = e->m;
    const char *who = whose >= 0 ? tx_the(m, e->ar, m->roles[whose].display) : "the person";
    if (s->rel_of == RP_RAISER) return ar_printf(e->ar, "%s who raised it", who);
    if (strcmp(m->terms[r->kind].name, "complaint") == 0) return ar_printf(e->ar, "%s complained about", who);
    return ar_printf(e->ar, "%s the %s is about", who, md_term_name(m, r->kind));
}

/* "head-of-service of subject": the relation of the person the case is
 * about (or of its raiser), through the line of the relation that applies
 * to their role — which may name another role, or nobody. */
static void qr_relation(const q_eval *e, const md_route *r, int by, int about, qr_step *q)
{
    const md_model *m = e->m;
    const md_step *s = q->s;
    const md_rel *rel = &m->rels[s->rel];
    int whose = s->rel_of == RP_RAISER ? (by >= 0 ? by : r->by) : (about >= 0 ? about : r->about);
    const char *phrase = ar_printf(e->ar, "%s %s", md_rel_phrase(m, e->ar, s->rel), qr_whose(e, r, s, whose));
    q->name = phrase;
    q->rc = whose >= 0 ? md_rel_case(m, s->rel, whose) : NULL;
    if (whose >= 0 && !q->rc) {
        q->applies = false;
        q->reason = ar_printf(e->ar, "%s has no %s: the relation is for %s", tx_some(m, e->ar, m->roles[whose].display),
                              md_rel_noun(m, e->ar, s->rel), tx_some(m, e->ar, md_role_name(m, rel->cases[0].of)));
        return;
    }
    if (q->rc && q->rc->is < 0) {
        q->applies = false;
        q->reason = ar_printf(e->ar, "%s has no %s%s%s%s", tx_some(m, e->ar, m->roles[whose].display), md_rel_noun(m, e->ar, s->rel),
                              q->rc->clause ? " [" : "", q->rc->clause ? q->rc->clause : "", q->rc->clause ? "]" : "");
        return;
    }
    q->chosen = q->rc ? q->rc->is : s->handler;
    if (q->rc && q->rc != &rel->cases[0])   /* an exception: name who it is */
        q->name = ar_printf(e->ar, "%s (%s)", tx_the(m, e->ar, m->roles[q->chosen].display), phrase);
}

/* Helpers who are a party to the case cannot help settle it. */
static const char *qr_helpers(const q_eval *e, const md_route *r, const md_step *s, int by, int about)
{
    const char *w = NULL;
    size_t n = 0, left = 0;
    for (size_t k = 0; k < s->nwith; k++) left += !qr_excluded(e, r, s->with[k], by, about);
    for (size_t k = 0; k < s->nwith; k++) {
        if (qr_excluded(e, r, s->with[k], by, about)) continue;
        n++;
        w = ar_printf(e->ar, "%s%s%s", w ? w : "", n == 1 ? "" : n == left ? " or " : ", ", e->m->roles[s->with[k]].display);
    }
    return w ? ar_printf(e->ar, "the parties, informally (with the help of %s)", w) : "the parties, informally";
}

static qr_step qr_judge_step(const q_eval *e, const md_route *r, const md_step *s, const rt_case *c, int by, int about)
{
    qr_step q = { s, true, NULL, -1, NULL, NULL };
    rt_tri t = rt_eval(e->m, s->cond, c);
    if (t == RT_FALSE) {
        q.applies = false;
        q.reason = s->cond->kind == C_NOT ? ar_printf(e->ar, "does not apply %s", tx_cond(e->m, e->ar, s->cond->a))
                                          : ar_printf(e->ar, "applies only %s", tx_cond(e->m, e->ar, s->cond));
    } else if (s->rel >= 0) {
        qr_relation(e, r, by, about, &q);
        if (q.applies && t == RT_UNKNOWN) q.reason = qr_only(e, s->cond);
    } else if (s->handler >= 0) {
        if (s->choice) qr_choice(e, r, by, about, &q);
        else qr_handlers(e, r, by, about, &q);
        if (q.applies && t == RT_UNKNOWN)
            q.reason = q.reason ? ar_printf(e->ar, "%s; %s", q.reason, qr_only(e, s->cond)) : qr_only(e, s->cond);
    } else if (t == RT_UNKNOWN) {
        q.reason = qr_only(e, s->cond);
    }
    if (s->informal && s->nwith) q.name = qr_helpers(e, r, s, by, about);
    return q;
}

/* A judged step as the answer gives it. */
static void qr_step_answer(const q_eval *e, const md_route *r, const qr_step *q, q_step_a *o)
{
    const md_model *m = e->m;
    const md_step *s = q->s;
    o->clause = s->clause ? s->clause : r->clause;
    o->applies = q->applies;
    o->informal = s->informal;
    o->handler = qr_handler_id(m, q);
    o->handler_name = qr_handler_name(e, q);
    qr_step all = *q;
    all.chosen = -1;
    o->handler_all = qr_handler_name(e, &all);
    if (s->referral && s->procedure >= 0 && s->handler >= 0 && (o->alternatives = q_array(e, 2, sizeof *o->alternatives))) {
        o->alternatives[0] = m->terms[s->procedure].name;   /* the procedure, or the referral */
        o->alternatives[1] = m->roles[s->handler].name;
        o->nalternatives = 2;
    } else if (s->nalts && (o->alternatives = q_array(e, s->nalts + 1, sizeof *o->alternatives))) {
        o->alternatives[0] = m->roles[s->handler].name;
        for (size_t k = 0; k < s->nalts; k++) o->alternatives[k + 1] = m->roles[s->alts[k]].name;
        o->nalternatives = s->nalts + 1;
    }
    o->kind = s->informal ? "informal" : s->procedure >= 0 && !s->referral ? "procedure" : "role";
    o->choice = s->choice;
    o->optional = s->optional;
    o->referral = s->referral;
    if (s->referral && s->under >= 0) {
        o->under = m->terms[s->under].name;
        o->under_name = m->terms[s->under].display;
    }
    if (s->rel >= 0) {
        o->relation = m->rels[s->rel].name;
        o->relation_of = s->rel_of == RP_RAISER ? "raiser" : "subject";
        o->relation_clause = q->rc ? q->rc->clause : m->rels[s->rel].cases[0].clause;
    }
    o->within = s->within.kind == DUR_NONE ? NULL : tx_deadline(m, e->ar, &s->within);
    o->condition = s->cond ? tx_cond(m, e->ar, s->cond) : NULL;
    o->reason = q->reason;
}

/* ---- the routes ---------------------------------------------------------------------- */

/* One route (ri, or -1 for none) for the case of kind raised by `by` about `about`. */
static void qr_one(const q_eval *e, int kind, int ri, int by, int about, q_route_one *o)
{
    const md_model *m = e->m;
    o->kind = m->terms[kind].name;
    o->by = by >= 0 ? m->roles[by].name : NULL;
    o->about = about >= 0 ? m->roles[about].name : NULL;
    o->heading = ar_printf(e->ar, "A %s%s%s%s%s", md_term_name(m, kind), by >= 0 ? " by " : "",
                           by >= 0 ? tx_some(m, e->ar, m->roles[by].display) : "", about >= 0 ? " about " : "",
                           about >= 0 ? tx_some(m, e->ar, m->roles[about].display) : "");
    if (ri < 0) return;
    const md_route *r = &m->routes[ri];
    o->found = true;
    o->route_clause = r->clause;
    o->route = ar_printf(e->ar, "%s by %s about %s", m->terms[r->kind].name, r->by >= 0 ? m->roles[r->by].name : "anyone",
                         r->about >= 0 ? m->roles[r->about].name : "anyone");
    o->steps = q_array(e, r->nsteps, sizeof *o->steps);
    if (!o->steps) return;
    o->nsteps = r->nsteps;
    int xb[1] = { by }, xa[1] = { about };
    rt_case c = { .by = { xb, by >= 0 ? 1u : 0u }, .about = { xa, about >= 0 ? 1u : 0u } };
    for (size_t i = 0; i < r->nsteps; i++) {
        qr_step q = qr_judge_step(e, r, &r->steps[i], &c, by, about);
        qr_step_answer(e, r, &q, &o->steps[i]);
    }
}

/* The routes to answer with, into routes (room for nroutes + 1).  Asked
 * without a raiser ("who handles complaint about Member"), each route a
 * raiser could take: one for complaints by officers, another by members,
 * each under its raiser.  Returns how many. */
static size_t qr_choose(const md_model *m, const q_route_q *rq, int *routes)
{
    int abr[1] = { rq->about };
    size_t nr = 0;
    for (size_t i = 0; rq->by < 0 && i < m->nroutes; i++) {
        const md_route *x = &m->routes[i];
        if (x->kind != rq->kind) continue;
        int xb[1] = { x->by };
        rt_case cx = { .by = { xb, x->by >= 0 ? 1u : 0u }, .about = { abr, rq->about >= 0 ? 1u : 0u } };
        int rj = rt_choose(m, rq->kind, &cx);
        bool dup = rj < 0;
        for (size_t k = 0; k < nr && !dup; k++) dup = routes[k] == rj;
        if (!dup) routes[nr++] = rj;
    }
    if (nr <= 1 && !(nr == 1 && m->routes[routes[0]].by >= 0)) {   /* one route, for anyone: as asked */
        int byr[1] = { rq->by };
        rt_case c = { .by = { byr, rq->by >= 0 ? 1u : 0u }, .about = { abr, rq->about >= 0 ? 1u : 0u } };
        int ri = rt_choose(m, rq->kind, &c);
        nr = 0;
        if (ri >= 0) routes[nr++] = ri;
    }
    return nr;
}

static int qr_eval(const q_eval *e, const q_route_q *rq, q_route_a *a)
{
    const md_model *m = e->m;
    int *routes = q_array(e, m->nroutes + 1, sizeof *routes);
    if (!routes) {
        dg_oom(e->dg);
        return 1;
    }
    size_t nr = qr_choose(m, rq, routes);
    a->per_raiser = rq->by < 0 && nr >= 1 && m->routes[routes[0]].by >= 0;
    a->routes = q_array(e, nr ? nr : 1, sizeof *a->routes);
    if (!a->routes) {
        dg_oom(e->dg);
        return 1;
    }
    if (!nr) {   /* no route: the question, and no steps */
        a->n = 1;
        qr_one(e, rq->kind, -1, rq->by, rq->about, &a->routes[0]);
        return 0;
    }
    a->n = nr;
    for (size_t k = 0; k < nr; k++)
        qr_one(e, rq->kind, routes[k], a->per_raiser ? m->routes[routes[k]].by : rq->by, rq->about, &a->routes[k]);
    return 0;
}

int q_eval_route(const q_eval *e, const q_question *q, q_answer *a) { return qr_eval(e, &q->u.route, &a->u.route); }
int q_eval_handles(const q_eval *e, const q_question *q, q_answer *a) { return qr_eval(e, &q->u.handles, &a->u.handles); }
