/* check — the checks that need the whole model: conflicts between rules,
 * overrides, unreachable route steps, vague deadlines, missing clauses,
 * the review date.  Name resolution errors come from model_*.c. */
#include "check.h"
#include "model_int.h"

#include <string.h>

static bool ck_opposite(ast_modality a, ast_modality b)
{
    bool a_yes = a == MOD_MUST || a == MOD_SHOULD || a == MOD_MAY;
    bool b_yes = b == MOD_MUST || b == MOD_SHOULD || b == MOD_MAY;
    if (a_yes == b_yes) return false;
    /* "may" against "should not" is advice, not a contradiction */
    if ((a == MOD_MAY && b == MOD_SHOULD_NOT) || (b == MOD_MAY && a == MOD_SHOULD_NOT)) return false;
    return true;
}

static bool ck_same_cond(const md_cond *a, const md_cond *b)
{
    if (!a || !b) return a == b;
    if (a->kind != b->kind || a->role != b->role) return false;
    if ((a->text || b->text) && (!a->text || !b->text || strcmp(a->text, b->text) != 0)) return false;
    return ck_same_cond(a->a, b->a) && ck_same_cond(a->b, b->b);
}

static bool ck_overrides(const md_norm *n, const md_norm *o) { return md_overrides_norm(n, o); }

static const md_act *ck_act(const md_norm *n, int action)
{
    for (size_t i = 0; i < n->nacts; i++)
        if (n->acts[i].action == action) return &n->acts[i];
    return NULL;
}

static const char *ck_cite(md_model *m, const md_norm *n)
{
    return n->clause ? md_cite(m, n) : "an uncited rule";
}

static void ck_conflict(md_model *m, const md_norm *n, const md_norm *o, int action)
{
    const md_act *na = ck_act(n, action), *oa = ck_act(o, action);
    if (!na || !oa) return;
    if (na->object >= 0 && oa->object >= 0 && na->object != oa->object) return;
    if (!md_overlap(m, n->counterpart, o->counterpart)) return;
    if (!ck_same_cond(n->cond, o->cond)) return;
    if (ck_overrides(n, o) || ck_overrides(o, n)) return;
    MD_ERR(m, "conflict", n->at, "%s says %s %s %s, but %s says %s %s %s", ck_cite(m, n),
           md_role_name(m, n->subject), ast_modality_word(n->mod), md_term_name(m, action), ck_cite(m, o),
           md_role_name(m, o->subject), ast_modality_word(o->mod), md_term_name(m, action));
    if (o->clause)
        MD_HINT(m, "if this rule is an exception, add 'overrides [%s]' to it", o->clause);
    else
        MD_HINT(m, "give the other rule a clause so that this one can override it");
}

static void ck_conflicts(md_model *m)
{
    for (size_t k = 0; k < m->nnorms; k++) {
        const md_norm *n = &m->norms[k];
        const md_role *subj = &m->roles[n->subject];
        for (size_t a = 0; a < n->nacts; a++) {
            int action = n->acts[a].action;
            bool seen = false;
            for (size_t b = 0; b < a; b++) seen |= n->acts[b].action == action;
            if (seen) continue;
            for (size_t i = 0; i < subj->nancestors; i++) {
                int anc = subj->ancestors[i];
                for (int e = md_ra_first(m, anc, action); e >= 0; e = md_ra_next(m, e)) {
                    const md_norm *o = &m->norms[md_ra_norm(m, e)];
                    /* each pair once: same subject -> only the later reports */
                    if (anc == n->subject && o->id >= n->id) continue;
                    if (ck_opposite(n->mod, o->mod)) ck_conflict(m, n, o, action);
                }
            }
        }
    }
}

static bool ck_same_act(const md_act *a, const md_act *b)
{
    return a->action == b->action && a->object == b->object && a->counterpart == b->counterpart;
}

static void ck_duplicates(md_model *m)
{
    for (size_t k = 0; k < m->nnorms; k++) {
        const md_norm *n = &m->norms[k];
        for (int e = md_ra_first(m, n->subject, n->acts[0].action); e >= 0; e = md_ra_next(m, e)) {
            const md_norm *o = &m->norms[md_ra_norm(m, e)];
            if (o->id >= n->id || o->mod != n->mod || o->nacts != n->nacts) continue;
            if (n->clause != o->clause || n->at.file != o->at.file || !ck_same_cond(n->cond, o->cond) || n->counterpart != o->counterpart)
                continue;
            bool same = true;
            for (size_t a = 0; a < n->nacts && same; a++) same = ck_same_act(&n->acts[a], &o->acts[a]);
            if (!same) continue;
            int line, col;
            src_linecol(&m->ld->src, o->at.file, o->at.start, &line, &col);
            MD_ERR(m, "duplicate", n->at, "this rule repeats the rule on line %d", line);
            MD_HINT(m, "remove one of them");
            break;
        }
    }
}

static void ck_norm_warnings(md_model *m)
{
    for (size_t k = 0; k < m->nnorms; k++) {
        const md_norm *n = &m->norms[k];
        if (n->from_role) continue;
        if (!n->clause) {
            MD_WARN(m, "no-clause", n->at, "this rule cites no clause of the protocol");
            MD_HINT(m, "put the clause number in brackets before it, like '[8.1] %s %s %s'",
                    m->roles[n->subject].name, ast_modality_word(n->mod), md_term_name(m, n->acts[0].action));
        }
        const md_deadline *dls[2] = { &n->within, &n->fallback_within };
        for (int i = 0; i < 2; i++) {
            if (dls[i]->kind != DUR_VAGUE || (i == 1 && dls[1]->at.start == dls[0]->at.start)) continue;
            const src_file *f = src_get(&m->ld->src, dls[i]->at.file);
            if (f && f->embedded && n->cited) {
                /* the clerk's part in it is the adoption, so point there */
                MD_WARN(m, "vague-deadline", n->cited_at, "[%s] adopts a vague deadline ('%s'): it cannot be checked",
                        n->cited, dls[i]->vague);
                MD_HINT(m, "to set a period, write the rule in full with 'within 2 working days' and 'omits [%s]'",
                        n->clause);
                continue;
            }
            MD_WARN(m, "vague-deadline", dls[i]->at, "vague deadline '%s': it cannot be checked", dls[i]->vague);
            MD_HINT(m, "write a period, like 'within 2 working days'");
        }
        if (n->within.kind == DUR_FIXED && n->trigger < 0 && n->mod != MOD_MUST_NOT && n->mod != MOD_SHOULD_NOT) {
            MD_WARN(m, "no-trigger", n->within.at, "nothing starts the clock for this deadline");
            MD_HINT(m, "name what the duty answers, like 'respond to enquiry from Member within 2 working days'");
        }
        for (size_t v = 0; v < n->noverrides; v++) {
            const char *ov = n->overrides[v];
            int o = md_clause_first(m, ov);
            if (o < 0) {
                MD_ERR(m, "unknown-clause", n->overrides_at[v], "no rule has clause [%s] to override", ov);
                sg_best b;
                sg_begin(&b, ov);
                for (size_t i = 0; i < m->nnorms; i++) sg_offer(&b, m->norms[i].clause);
                if (sg_result(&b)) MD_HINT(m, "did you mean [%s]?", sg_result(&b));
                continue;
            }
            bool hit = false;
            for (; o >= 0 && !hit; o = md_clause_next(m, o))
                for (size_t a = 0; a < n->nacts; a++)
                    hit |= ck_act(&m->norms[md_clause_norm(m, o)], n->acts[a].action) != NULL;
            if (!hit) {
                MD_WARN(m, "override-nothing", n->overrides_at[v], "[%s] has no rule about '%s', so this overrides nothing",
                        ov, md_term_name(m, n->acts[0].action));
            }
        }
    }
}

/* ---- routes -------------------------------------------------------------------- */

/* Can a condition ever hold on a case of this route? */
static bool ck_possible(const md_model *m, const md_route *r, const md_cond *c)
{
    if (!c) return true;
    switch (c->kind) {
    case C_AND: return ck_possible(m, r, c->a) && ck_possible(m, r, c->b);
    case C_OR: return ck_possible(m, r, c->a) || ck_possible(m, r, c->b);
    case C_NOT:
        /* "unless about Officer" on a route about Officers never holds */
        if (c->a && c->a->kind == C_ABOUT && r->about >= 0 && c->a->role >= 0) return !md_is_a(m, r->about, c->a->role);
        if (c->a && c->a->kind == C_BY && r->by >= 0 && c->a->role >= 0) return !md_is_a(m, r->by, c->a->role);
        return true;
    case C_ABOUT: return r->about < 0 || c->role < 0 || md_overlap(m, r->about, c->role);
    case C_BY: return r->by < 0 || c->role < 0 || md_overlap(m, r->by, c->role);
    default: return true;
    }
}

static void ck_routes(md_model *m)
{
    for (size_t i = 0; i < m->nroutes; i++) {
        const md_route *r = &m->routes[i];
        for (size_t j = 0; j < i; j++) {
            const md_route *o = &m->routes[j];
            if (o->kind == r->kind && o->by == r->by && o->about == r->about) {
                int line, col;
                src_linecol(&m->ld->src, o->at.file, o->at.start, &line, &col);
                MD_ERR(m, "duplicate", r->at, "a route for this %s is already defined on line %d",
                       md_term_name(m, r->kind), line);
                MD_HINT(m, "put all the steps in one route, with 'when …' on the steps that differ");
                break;
            }
        }
        for (size_t s = 0; s < r->nsteps; s++) {
            const md_step *st = &r->steps[s];
            if (!ck_possible(m, r, st->cond)) {
                MD_ERR(m, "unreachable-step", st->at, "this step can never be reached: its condition cannot hold on a "
                       "%s by %s about %s", md_term_name(m, r->kind), md_role_name(m, r->by), md_role_name(m, r->about));
                MD_HINT(m, "check the role in 'when about …', or move the step to the route it belongs to");
                continue;
            }
            for (size_t p = 0; p < s; p++) {
                const md_step *ps = &r->steps[p];
                bool same = ps->informal == st->informal && ps->handler == st->handler && ps->procedure == st->procedure &&
                            !ps->nalts && !st->nalts;
                if (!same || st->informal) continue;
                if (!ps->cond && !st->cond) {
                    int line, col;
                    src_linecol(&m->ld->src, ps->at.file, ps->at.start, &line, &col);
                    MD_ERR(m, "route-cycle", st->at, "this step sends the case back to %s, who had it on line %d",
                           st->handler >= 0 ? md_role_name(m, st->handler) : md_term_name(m, st->procedure), line);
                    MD_HINT(m, "a case moves forward through the steps; remove the repeated step");
                    break;
                }
            }
        }
    }
}

/* ---- review ----------------------------------------------------------------------- */

static void ck_review(md_model *m, dt_day today)
{
    if (!m->meta.present) return;
    md_review r = md_review_status(m, today);
    if (r.overdue) {
        char next[11], now[11];
        dt_format(r.next, next);
        dt_format(today, now);
        loc at = m->meta.has_next ? m->meta.next_at : m->meta.review != RV_NONE ? m->meta.review_at : m->meta.at;
        if (m->meta.review == RV_NONE && !m->meta.has_next) at = m->meta.at;
        MD_WARN(m, "review-overdue", at, "the protocol's review was due on %s and is overdue as of %s", next, now);
        MD_HINT(m, "after the council reviews it, record the date: 'reviewed %s'", now);
    }
    if (m->meta.review == RV_NONE && !m->meta.has_next) {
        loc at = m->meta.at;
        at.end = at.start + 8;   /* the word "protocol" */
        MD_WARN(m, "no-review", at, "this protocol sets no review cycle, so an overdue review cannot be found");
        MD_HINT(m, "add 'review every 1 year' (or the cycle the council adopted) to the protocol block");
    }
    if (m->meta.review == RV_VAGUE) {
        MD_WARN(m, "vague-review", m->meta.review_at, "review '%s' sets no date, so overdue reviews cannot be found",
                m->meta.review_text);
        MD_HINT(m, "write 'review every 1 year' (or every 2 years)");
    }
}

void ck_run(md_model *m, dt_day today)
{
    ck_duplicates(m);
    ck_conflicts(m);
    ck_norm_warnings(m);
    ck_routes(m);
    ck_review(m, today);
}
