/* q_lists — the small forms: review, roles, clauses, who manages, holidays,
 * working days, help. */
#include "q_int.h"

#include <string.h>

/* ---- review ------------------------------------------------------------------- */

bool q_compile_review(q_parse *p, q_question *q) { return q_expect_end(p); }

/* A date as the document gives it, or NULL when the field is not written. */
static const char *ql_date_as(const q_eval *e, const md_date *d, q_review_a *o, const char *field)
{
    if (d->unknown && o->unknown) o->unknown[o->nunknown++] = field;
    return d->known || d->unknown ? md_date_text(e->m, e->ar, d) : NULL;
}

static void ql_review_as_written(const q_eval *e, const md_meta *mt, q_review_a *o)
{
    const md_model *m = e->m;
    o->unknown = q_array(e, 4, sizeof *o->unknown);
    o->adopted_text = ql_date_as(e, &mt->adopted_as, o, "adopted");
    o->approved_text = ql_date_as(e, &mt->approved_as, o, "approved");
    o->reviewed_text = ql_date_as(e, &mt->reviewed_as, o, "reviewed");
    o->updated_text = ql_date_as(e, &mt->updated, o, "updated");
    if (mt->overseen >= 0) {
        o->overseen = m->roles[mt->overseen].name;
        o->overseen_name = tx_the(m, e->ar, m->roles[mt->overseen].display);
        o->overseen_clause = mt->overseen_clause;
    }
}

int q_eval_review(const q_eval *e, const q_question *q, q_answer *a)
{
    const md_meta *mt = &e->m->meta;
    q_review_a *o = &a->u.review;
    o->title = mt->title;
    o->council = mt->council;
    o->has_adopted = mt->has_adopted;
    o->has_approved = mt->has_approved;
    o->has_reviewed = mt->has_reviewed;
    o->adopted = mt->adopted;
    o->approved = mt->approved;
    o->reviewed = mt->reviewed;
    o->cycle = mt->review_text;
    o->clause = mt->review_clause;
    o->status = md_review_status_in(e->m, e->ar, q->today);
    o->today = q->today;
    ql_review_as_written(e, mt, o);
    return 0;
}

/* ---- roles, clauses ---------------------------------------------------------------- */

bool q_compile_roles(q_parse *p, q_question *q) { return q_expect_end(p); }

int q_eval_roles(const q_eval *e, const q_question *q, q_answer *a)
{
    const md_model *m = e->m;
    q_roles_a *o = &a->u.roles;
    if (!(o->rows = q_array(e, m->nroles, sizeof *o->rows))) return 0;
    for (size_t i = 0; i < m->nroles; i++) {
        const md_role *r = &m->roles[i];
        q_role_row *w = &o->rows[o->n++];
        w->role = r->name;
        w->name = r->display;
        w->external = r->external;
        w->aka = r->aliases;
        w->naka = r->naliases;
        if (!(w->is = q_array(e, r->nparents, sizeof *w->is))) continue;
        for (size_t k = 0; k < r->nparents; k++) w->is[w->nis++] = m->roles[r->parents[k]].name;
    }
    return 0;
}

bool q_compile_clauses(q_parse *p, q_question *q) { return q_expect_end(p); }

/* Is rule i the first of its clause? */
static bool ql_first_of_clause(const md_model *m, size_t i)
{
    const char *c = md_norm_clause(&m->norms[i]);
    for (size_t k = 0; k < i; k++)
        if (md_norm_clause(&m->norms[k]) == c) return false;
    return true;
}

int q_eval_clauses(const q_eval *e, const q_question *q, q_answer *a)
{
    const md_model *m = e->m;
    q_clauses_a *o = &a->u.clauses;
    if (!(o->rows = q_array(e, m->nnorms, sizeof *o->rows))) return 0;
    for (size_t i = 0; i < m->nnorms; i++) {
        if (!ql_first_of_clause(m, i)) continue;
        q_clause_row *w = &o->rows[o->n++];
        w->clause = md_norm_clause(&m->norms[i]);
        for (int x = md_clause_first(m, w->clause); x >= 0; x = md_clause_next(m, x)) w->rules++;
        w->first = tx_norm(m, e->ar, &m->norms[i]);
    }
    return 0;
}

/* ---- who manages ---------------------------------------------------------------------- */

bool q_compile_manages(q_parse *p, q_question *q)
{
    q->u.manages.role = q_role(p, "the role managed");
    return q->u.manages.role >= 0 && q_expect_end(p);
}

/* x's k-th "manages", which takes in the role asked about. */
static void ql_manager(const q_eval *e, const md_role *x, size_t k, q_manager *w)
{
    const md_model *m = e->m;
    w->role = x->name;
    w->name = x->display;
    w->manages_name = m->roles[x->manages[k]].display;
    w->clause = x->manages_cl ? x->manages_cl[k] : x->clause;
    const md_roleset *ex = md_relation_except(x, false, k);
    if (!ex) return;
    w->has_except = true;
    w->except = q_array(e, ex->n, sizeof *w->except);
    w->except_names = q_array(e, ex->n, sizeof *w->except_names);
    if (!w->except || !w->except_names) return;
    for (size_t i = 0; i < ex->n; i++) {
        w->except[i] = m->roles[ex->roles[i]].name;
        w->except_names[i] = m->roles[ex->roles[i]].display;
    }
    w->nexcept = ex->n;
}

static void ql_relline(const q_eval *e, const md_relcase *c, q_relline *l)
{
    const md_model *m = e->m;
    l->of = m->roles[c->of].name;
    l->of_name = tx_the(m, e->ar, m->roles[c->of].display);
    l->is = c->is >= 0 ? m->roles[c->is].name : NULL;
    l->is_name = c->is >= 0 ? tx_the(m, e->ar, m->roles[c->is].display) : NULL;
    l->clause = c->clause;
}

/* A relation that manages ("line-manager manages Officer"), as it bears on
 * someone who is r: the line that applies to them, and the exceptions for
 * the kinds of r that have lines of their own.  False when it does not. */
static bool ql_rel_manager(const q_eval *e, int rel, int r, q_manager *w)
{
    const md_model *m = e->m;
    const md_rel *x = &m->rels[rel];
    const md_relcase *c = x->manages ? md_rel_case(m, rel, r) : NULL;
    if (!c) return false;
    w->relation = x->name;
    w->role = c->is >= 0 ? m->roles[c->is].name : NULL;
    w->name = ar_printf(e->ar, "%s %s", md_rel_phrase(m, e->ar, rel), tx_the(m, e->ar, m->roles[r].display));
    w->manages_name = m->roles[r].display;
    w->clause = x->manages_clause ? x->manages_clause : c->clause;
    if (!(w->lines = q_array(e, x->ncases + 1, sizeof *w->lines))) return true;
    if ((w->own_line = c != &x->cases[0])) {   /* an exception says who */
        ql_relline(e, c, &w->lines[w->nlines++]);
        if (c->clause) w->clause = c->clause;
    }
    for (size_t k = 0; k < x->ncases; k++)
        if (x->cases[k].of != r && md_is_a(m, x->cases[k].of, r)) ql_relline(e, &x->cases[k], &w->lines[w->nlines++]);
    return true;
}

int q_eval_manages(const q_eval *e, const q_question *q, q_answer *a)
{
    const md_model *m = e->m;
    int r = q->u.manages.role;
    q_manages_a *o = &a->u.manages;
    o->role = m->roles[r].name;
    o->role_name = m->roles[r].display;
    if (!(o->managers = q_array(e, m->nroles, sizeof *o->managers))) return 0;
    for (size_t i = 0; i < m->nroles; i++) {
        const md_role *x = &m->roles[i];
        if ((int)i == r) continue;   /* nobody manages themselves */
        for (size_t k = 0; k < x->nmanages; k++) {
            if (!md_relation_covers(m, x, false, k, r)) continue;
            ql_manager(e, x, k, &o->managers[o->n++]);
            break;
        }
    }
    q_manager *rm = q_array(e, o->n + m->nrels, sizeof *rm);
    if (!rm) return 0;
    memcpy(rm, o->managers, o->n * sizeof *rm);
    o->managers = rm;
    for (size_t i = 0; i < m->nrels; i++) o->n += ql_rel_manager(e, (int)i, r, &o->managers[o->n]);
    return 0;
}

/* ---- holidays, working days -------------------------------------------------------------- */

bool q_compile_holidays(q_parse *p, q_question *q)
{
    if (q_at_end(p) || p->t[p->i].kind != QT_NUMBER) {
        q_error(p, q_here(p), "bad-query", "write 'holidays YEAR', like 'holidays 2026'");
        return false;
    }
    long y = p->t[p->i].num;
    loc at = p->t[p->i++].at;
    if (!q_expect_end(p)) return false;
    if (y < DT_MIN_YEAR || y > DT_MAX_YEAR) {
        q_error(p, at, "bad-year", "year %ld is out of range", y);
        dg_hint(p->dg, "Civic handles years from %d to %d", DT_MIN_YEAR, DT_MAX_YEAR);
        return false;
    }
    if (!md_cal(p->m)) {
        q_error(p, at, "no-calendar", "this protocol has no calendar");
        return false;
    }
    q->u.holidays.year = (int)y;
    return true;
}

enum { QL_MAX_HOLIDAYS = 128 };   /* a year has a dozen or so */

int q_eval_holidays(const q_eval *e, const q_question *q, q_answer *a)
{
    cal_calendar *cal = md_cal(e->m);
    q_holidays_a *o = &a->u.holidays;
    o->calendar = cal_id(cal);
    o->calendar_name = cal_display(cal);
    o->year = q->u.holidays.year;
    if (!(o->days = q_array(e, QL_MAX_HOLIDAYS, sizeof *o->days))) return 0;
    o->n = cal_holidays(cal, o->year, o->days, QL_MAX_HOLIDAYS);
    if (o->n > QL_MAX_HOLIDAYS) o->n = QL_MAX_HOLIDAYS;
    return 0;
}

bool q_compile_working(q_parse *p, q_question *q)
{
    q_working_q *w = &q->u.working;
    if (!q_word(p, p->i, "days") || !q_word(p, p->i + 1, "between")) {
        q_error(p, q_here(p), "bad-query", "write 'working days between DATE and DATE'");
        return false;
    }
    p->i += 2;
    if (!q_date(p, &w->from)) return false;
    if (!q_word(p, p->i, "and")) {
        q_error(p, q_here(p), "bad-query", "write 'working days between DATE and DATE'");
        return false;
    }
    p->i++;
    if (!q_date(p, &w->to) || !q_expect_end(p)) return false;
    if (!md_cal(p->m)) {
        q_error(p, q_here(p), "no-calendar", "this protocol has no calendar");
        return false;
    }
    if (w->to < w->from) {
        q_error(p, p->t[p->i - 1].at, "bad-range", "the second date is before the first");
        dg_hint(p->dg, "write the earlier date first: 'working days between DATE and LATER-DATE'");
        return false;
    }
    return true;
}

int q_eval_working(const q_eval *e, const q_question *q, q_answer *a)
{
    cal_calendar *cal = md_cal(e->m);
    q_working_a *o = &a->u.working;
    o->from = q->u.working.from;
    o->to = q->u.working.to;
    o->calendar = cal_id(cal);
    o->calendar_name = cal_display(cal);
    o->days = cal_working_between(cal, o->from, o->to);
    return 0;
}

/* ---- help ----------------------------------------------------------------------------------- */

bool q_compile_help(q_parse *p, q_question *q) { return q_expect_end(p); }

/* The lines of help, from the table: "SYNTAX  what it answers". */
int q_eval_help(const q_eval *e, const q_question *q, q_answer *a)
{
    q_help_a *o = &a->u.help;
    if (!(o->lines = q_array(e, QF_COUNT, sizeof *o->lines))) return 0;
    char syntax[256];
    const char *help;
    for (size_t i = 0; (help = q_help_group(i, syntax, sizeof syntax)); i++)
        o->lines[o->n++] = ar_printf(e->ar, "%-34s %s", syntax, help);
    return 0;
}
