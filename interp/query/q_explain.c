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

/* Who sends what starts the clock: a role, or a relation ("their line manager"). */
static const char *qx_sender(const q_eval *e, const md_norm *n)
{
    const md_model *m = e->m;
    for (uint32_t i = 0; i < n->nacts; i++) {
        const md_act *a = &n->acts[i];
        int rel = md_act_rel(a);
        if (rel < 0 || a->counterpart != n->trigger_from) continue;
        if (a->rel_of == RP_SELF) return md_rel_their(m, e->ar, rel);
        return ar_printf(e->ar, "%s %s it is about", md_rel_phrase(m, e->ar, rel), tx_the(m, e->ar, md_role_name(m, a->rel_role)));
    }
    return n->trigger_from >= 0 ? tx_some(m, e->ar, md_role_name(m, n->trigger_from)) : "anyone";
}

static const char *qx_trigger(const q_eval *e, const md_norm *n)
{
    const md_model *m = e->m;
    if (n->trigger < 0) return NULL;
    return ar_printf(e->ar, "The duty arises when %s sends %s to %s", qx_sender(e, n),
                     tx_some_thing(m, e->ar, m->terms[n->trigger].display),
                     md_norm_subj_rel(n) >= 0 ? tx_subject(m, e->ar, n) : tx_some(m, e->ar, md_role_name(m, n->subject)));
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
    if (n->within.kind == DUR_FIXED && n->within.n == 0)   /* as the calendars count it (cal.c, add_working) */
        return n->within.unit == U_WORKING_DAYS
                   ? "It is due by the close of that day if it is a working day, else by the close of the next working "
                     "day (weekends and bank holidays are not working days)."
                   : "It is due by the close of that day.";
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
    const char *h = tx_handler(m, e->ar, r, st);
    o->meaning = st->informal                                 ? "the parties try to settle it informally"
                 : st->referral || st->handler < 0 ? h
                                                   : ar_printf(e->ar, "%s %s it", h, st->nalts && st->choice ? "handle" : "handles");
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
    return t->kind == MT_ACTION ? "action" : t->is_kind ? "kind" : t->kind == MT_THING ? "thing" : "procedure";
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

/* ---- relations, seniority, deeds that count as others, oversight ------------------------ */

typedef struct qx_lines {
    const q_eval *e;
    const char *clause;
    q_explain_a *a;
    size_t cap;
} qx_lines;

static void qx_line(qx_lines *x, const char *clause, const char *kind, loc at, const char *text)
{
    if (!md_label_cites(clause, x->clause) || !text) return;
    q_explain_a *a = x->a;
    if (a->nlines == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 8;
        q_explain_line *nl = ar_grow(x->e->ar, a->lines, x->cap, cap, sizeof *nl);
        if (!nl) return;
        a->lines = nl;
        x->cap = cap;
    }
    const md_model *m = x->e->m;
    q_explain_line *o = &a->lines[a->nlines++];
    const src_file *f = src_get(&m->ld->src, at.file);
    int col;
    o->kind = kind;
    o->text = text;
    o->file = f ? f->path : NULL;
    src_linecol(&m->ld->src, at.file, at.start, &o->line, &col);
    o->source = src_line_text(&m->ld->src, at.file, at.start, &o->source_len);
}

/* "the line manager of an Officer is an Officer"; "… of a Managing Director is the Leader" */
static void qx_relations(qx_lines *x)
{
    const md_model *m = x->e->m;
    arena *ar = x->e->ar;
    for (size_t r = 0; r < m->nrels; r++) {
        const md_rel *rel = &m->rels[r];
        for (size_t k = 0; k < rel->ncases; k++) {
            const md_relcase *c = &rel->cases[k];
            const char *is = c->is >= 0 ? tx_some(m, ar, m->roles[c->is].display) : "nobody";
            qx_line(x, c->clause, "relation", c->at,
                    ar_printf(ar, "%s %s is %s%s", md_rel_phrase(m, ar, (int)r), tx_some(m, ar, m->roles[c->of].display), is,
                              k ? " (an exception)" : " (a relation of the people in a case)"));
        }
        if (rel->manages)
            qx_line(x, rel->manages_clause, "manages", rel->manages_at,
                    ar_printf(ar, "%s manages the one they are %s of ('who manages %s' lists it)",
                              tx_the(m, ar, rel->display), rel->display, m->roles[rel->cases[0].of].name));
    }
}

/* Is role r's relation to target already shown as a rule made from it
 * (the model makes "may manage" rules of some)? */
static bool qx_shown_as_rule(const md_model *m, const char *clause, int r, int target)
{
    for (int e = clause ? md_clause_first(m, clause) : -1; e >= 0; e = md_clause_next(m, e)) {
        const md_norm *n = &m->norms[md_clause_norm(m, e)];
        if (n->from_role && n->subject == r && n->counterpart == target) return true;
    }
    return false;
}

/* "Town Clerk manages Officer", "… except …" */
static void qx_role_relations(qx_lines *x)
{
    const md_model *m = x->e->m;
    arena *ar = x->e->ar;
    for (size_t i = 0; i < m->nroles; i++) {
        const md_role *r = &m->roles[i];
        for (int ap = 0; ap < 2; ap++) {
            size_t n = ap ? r->nappoints : r->nmanages;
            for (size_t k = 0; k < n; k++) {
                const char *cl = ap ? (r->appoints_cl ? r->appoints_cl[k] : r->clause) : (r->manages_cl ? r->manages_cl[k] : r->clause);
                const loc *at = ap ? r->appoints_at : r->manages_at;
                int target = ap ? r->appoints[k] : r->manages[k];
                if (!md_label_cites(cl, x->clause) || qx_shown_as_rule(m, x->clause, (int)i, target)) continue;
                const md_roleset *ex = md_relation_except(r, ap, k);
                const char *t = ar_printf(ar, "%s %s %s", r->display, ap ? "appoints" : "manages", m->roles[target].display);
                for (size_t j = 0; ex && j < ex->n; j++)
                    t = ar_printf(ar, "%s%s%s", t, j == 0 ? " except " : j + 1 == ex->n ? " and " : ", ", m->roles[ex->roles[j]].display);
                qx_line(x, cl, ap ? "appoints" : "manages", at ? at[k] : r->at, t);
            }
        }
    }
}

/* "a Town Clerk ranks above a Deputy Town Clerk" */
static void qx_ranks(qx_lines *x)
{
    const md_model *m = x->e->m;
    arena *ar = x->e->ar;
    for (size_t k = 0; k < m->nranks; k++) {
        const md_rank *r = &m->ranks[k];
        qx_line(x, r->clause, "seniority", r->at,
                ar_printf(ar, "%s ranks above %s (the order of seniority)", tx_some(m, ar, md_role_name(m, r->above)),
                          tx_some(m, ar, md_role_name(m, r->below))));
    }
}

/* The rules a deed joins: those with its action (and thing). */
static const char *qx_rules_of(const q_eval *e, const md_act *d)
{
    const md_model *m = e->m;
    const char *s = NULL;
    for (size_t i = 0; i < m->nnorms; i++) {
        const md_norm *n = &m->norms[i];
        bool hit = false;
        for (uint32_t k = 0; k < n->nacts && !hit; k++)
            hit = n->acts[k].action == d->action && (d->object < 0 || n->acts[k].object == d->object);
        if (!hit || n->mod == MOD_MAY || n->mod == MOD_MUST_NOT || n->mod == MOD_SHOULD_NOT) continue;
        const char *c = md_cite_in(m, e->ar, n);
        s = s ? ar_printf(e->ar, "%s, %s", s, c) : c;
    }
    return s ? s : "no duty";
}

/* "respond to enquiry counts as acknowledge enquiry: …" */
static void qx_counts(qx_lines *x)
{
    const md_model *m = x->e->m;
    arena *ar = x->e->ar;
    for (size_t k = 0; k < m->ncounts; k++) {
        const md_counts *c = &m->counts[k];
        const char *deed = tx_acts(m, ar, &c->deed, 1), *as = tx_acts(m, ar, &c->as, 1);
        qx_line(x, c->clause, "counts-as", c->at,
                ar_printf(ar, "to %s counts as to %s: doing it meets the duty to %s (%s) as well as its own (%s); "
                              "a duty already breached stays breached",
                          deed, as, as, qx_rules_of(x->e, &c->as), qx_rules_of(x->e, &c->deed)));
    }
}

static void qx_lines_all(const q_eval *e, const char *clause, q_explain_a *a)
{
    const md_model *m = e->m;
    qx_lines x = { e, clause, a, 0 };
    qx_relations(&x);
    qx_role_relations(&x);
    qx_ranks(&x);
    qx_counts(&x);
    if (m->meta.overseen >= 0)
        qx_line(&x, m->meta.overseen_clause, "overseen-by", m->meta.overseen_at,
                ar_printf(e->ar, "the protocol is overseen by %s", tx_the(m, e->ar, m->roles[m->meta.overseen].display)));
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
    qx_lines_all(e, clause, o);
    return 0;
}
