/* q_explain — "explain CLAUSE": every rule of the clause (as written, or
 * adopted under it), its source line, what it means; and the route steps,
 * the review cycle, and the roles and terms that cite the clause. */
#include "q_int.h"

#include <string.h>

bool q_compile_explain(q_parse *p, q_question *q)
{
    const char *clause = q_clause(p);
    if (!clause) return false;
    /* civic's own citation read back: "explain [4.3] (model [MP-6])" is the
     * model clause as this protocol adopts it */
    if (!q_at_end(p) && (strcmp(p->t[p->i].text, "(model") == 0 || strcmp(p->t[p->i].text, "model") == 0)) {
        p->i++;
        if (!(clause = q_clause(p))) return false;
        if (!q_at_end(p) && strcmp(p->t[p->i].text, ")") == 0) p->i++;
    }
    q->u.explain.clause = clause;
    return q_expect_end(p);
}

/* ---- what a rule means ------------------------------------------------------------- */

static const char *qx_trigger(const q_eval *e, const md_norm *n)
{
    const md_model *m = e->m;
    if (n->trigger < 0) return NULL;
    return ar_printf(e->ar, "The duty arises when %s sends %s to %s",
                     n->trigger_from >= 0 ? tx_some(m, e->ar, md_role_name(m, n->trigger_from)) : "anyone",
                     tx_some_thing(m, e->ar, m->terms[n->trigger].display), tx_some(m, e->ar, md_role_name(m, n->subject)));
}

static const char *qx_ordinal(const q_eval *e, const md_deadline *d)
{
    int k = (int)d->n;
    if (d->unit == U_WORKING_DAYS && k == 1) return "next working day";
    return ar_printf(e->ar, "%d%s %s", k, k == 1 ? "st" : k == 2 ? "nd" : k == 3 ? "rd" : "th",
                     d->unit == U_WORKING_DAYS ? "working day" : ast_unit_word(d->unit, 1));
}

static const char *qx_deadline(const q_eval *e, const md_norm *n)
{
    if (n->within.kind == DUR_FIXED)
        return ar_printf(e->ar, "It is due by the close of the %s after that day, which does not count%s.",
                         qx_ordinal(e, &n->within),
                         n->within.unit == U_WORKING_DAYS ? " (weekends and bank holidays are not working days)" : "");
    if (n->within.kind == DUR_VAGUE)
        return ar_printf(e->ar, "Its timing ('%s') is vague, so it cannot be checked against a date.", md_vague(e->m, &n->within));
    return NULL;
}

static const char *qx_fallback(const q_eval *e, const md_norm *n)
{
    const md_model *m = e->m;
    if (!n->x->nfallback) return "";
    bool fixed = n->x->fallback_within.kind == DUR_FIXED;
    return ar_printf(e->ar, " If it cannot be met in time, %s must instead %s%s%s; doing so in time meets the duty.",
                     md_role_name(m, n->subject), tx_acts(m, e->ar, n->x->fallback, n->x->nfallback),
                     fixed ? " within " : "", fixed ? tx_deadline(m, e->ar, &n->x->fallback_within) : "");
}

static const char *qx_meaning(const q_eval *e, const md_norm *n)
{
    const char *trig = qx_trigger(e, n), *dl = qx_deadline(e, n);
    return ar_printf(e->ar, "This is %s.%s%s%s%s%s%s", tx_meaning(n->mod), trig ? " " : "", trig ? trig : "", trig ? "." : "",
                     dl ? " " : "", dl ? dl : "", qx_fallback(e, n));
}

/* ---- what cites the clause ------------------------------------------------------------ */

static void qx_norms(const q_eval *e, const char *clause, q_explain_a *a)
{
    const md_model *m = e->m;
    size_t n = 0;
    for (int x = md_clause_first(m, clause); x >= 0; x = md_clause_next(m, x)) n++;
    if (!(a->norms = q_array(e, n, sizeof *a->norms))) return;
    for (int x = md_clause_first(m, clause); x >= 0; x = md_clause_next(m, x)) {
        const md_norm *r = &m->norms[md_clause_norm(m, x)];
        q_explained *o = &a->norms[a->nnorms++];
        q_rule_of(e, r, &o->rule);
        o->meaning = qx_meaning(e, r);
    }
}

/* A step cites the clause under its own clause or its route's: "explain RC" lists its steps. */
static bool qx_step_cites(const md_route *r, const md_step *st, const char *clause)
{
    const char *cl = st->clause ? st->clause : r->clause;
    return md_label_cites(cl, clause) || md_label_cites(r->clause, clause);
}

static void qx_step(const q_eval *e, const md_route *r, size_t s, q_cited_step *o)
{
    const md_model *m = e->m;
    const md_step *st = &r->steps[s];
    o->clause = st->clause ? st->clause : r->clause;
    o->route = ar_printf(e->ar, "%s by %s about %s", md_term_name(m, r->kind), md_role_name(m, r->by), md_role_name(m, r->about));
    o->route_clause = r->clause;
    o->step = (int)s + 1;
    o->meaning = st->informal ? "the parties try to settle it informally"
                 : st->handler >= 0 ? ar_printf(e->ar, "%s handles it", tx_the(m, e->ar, m->roles[st->handler].display))
                                    : ar_printf(e->ar, "%s", m->terms[st->procedure].display);
    o->condition = st->cond ? tx_cond(m, e->ar, st->cond) : NULL;
}

static void qx_steps(const q_eval *e, const char *clause, q_explain_a *a)
{
    const md_model *m = e->m;
    size_t n = 0;
    for (size_t i = 0; i < m->nroutes; i++)
        for (size_t s = 0; s < m->routes[i].nsteps; s++) n += qx_step_cites(&m->routes[i], &m->routes[i].steps[s], clause);
    if (!(a->steps = q_array(e, n, sizeof *a->steps))) return;
    for (size_t i = 0; i < m->nroutes; i++)
        for (size_t s = 0; s < m->routes[i].nsteps; s++)
            if (qx_step_cites(&m->routes[i], &m->routes[i].steps[s], clause)) qx_step(e, &m->routes[i], s, &a->steps[a->nsteps++]);
}

static void qx_definition(const md_model *m, const char *kind, const char *name, const char *display, bool quoted, loc at,
                          q_definition *o)
{
    const src_file *f = src_get(&m->ld->src, at.file);
    int col;
    o->kind = kind;
    o->name = name;
    o->display = display;
    o->quoted = quoted;
    o->file = f ? f->path : NULL;
    src_linecol(&m->ld->src, at.file, at.start, &o->line, &col);
    o->source = src_line_text(&m->ld->src, at.file, at.start, &o->source_len);
}

static const char *qx_term_kind(const md_term *t)
{
    return t->kind == MT_ACTION ? "action" : t->kind == MT_THING ? "thing" : "procedure";
}

/* Roles, actions, things and procedures declared under the clause. */
static void qx_definitions(const q_eval *e, const char *clause, q_explain_a *a)
{
    const md_model *m = e->m;
    size_t n = 0;
    for (size_t i = 0; i < m->nroles; i++) n += md_label_cites(m->roles[i].clause, clause);
    for (size_t i = 0; i < m->nterms; i++) n += md_label_cites(m->terms[i].clause, clause);
    if (!(a->definitions = q_array(e, n, sizeof *a->definitions))) return;
    for (size_t i = 0; i < m->nroles; i++) {
        const md_role *r = &m->roles[i];
        if (md_label_cites(r->clause, clause))
            qx_definition(m, "role", r->name, r->display, false, r->at, &a->definitions[a->ndefinitions++]);
    }
    for (size_t i = 0; i < m->nterms; i++) {
        const md_term *t = &m->terms[i];
        if (md_label_cites(t->clause, clause))
            qx_definition(m, qx_term_kind(t), t->name, t->display, true, t->at, &a->definitions[a->ndefinitions++]);
    }
}

int q_eval_explain(const q_eval *e, const q_question *q, q_answer *a)
{
    const md_model *m = e->m;
    q_explain_a *o = &a->u.explain;
    const char *clause = q->u.explain.clause;
    o->clause = clause;
    qx_norms(e, clause, o);
    qx_steps(e, clause, o);
    /* the review cycle: "[13.1] reviewed every year" */
    if (md_label_cites(m->meta.review_clause, clause)) {
        o->review = true;
        o->review_cycle = m->meta.review_text;
        o->review_status = md_review_status_in(m, e->ar, q->today);
    }
    qx_definitions(e, clause, o);
    return 0;
}
