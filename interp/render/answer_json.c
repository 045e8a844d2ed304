/* answer_json — answers as JSON: one renderer per form (q_forms.h), inside
 * the envelope; the keys are documented in docs/JSON.md and held to
 * docs/json-schema.json by tests/tools/schema.sh. */
#include "answer_render.h"
#include "envelope.h"
#include "report.h"

/* ---- pieces ---------------------------------------------------------------------- */

static void aj_date(js_out *j, const char *key, bool has, dt_day d)
{
    char b[11];
    js_key(j, key);
    if (!has) {
        js_null(j);
        return;
    }
    dt_format(d, b);
    js_str(j, b);
}

static void aj_strs(js_out *j, const char *key, const char *const *s, size_t n)
{
    js_key(j, key);
    js_arr(j);
    for (size_t i = 0; i < n; i++) js_str(j, s[i]);
    js_arr_end(j);
}

/* A rule, with "applies" (how it bears on the question) when given. */
static void aj_rule(js_out *j, const q_rule *r, const char *applies)
{
    js_obj(j);
    js_key(j, "clause"); js_str(j, r->clause);
    if (r->model_clause) { js_key(j, "model_clause"); js_str(j, r->model_clause); }
    js_key(j, "modality"); js_str(j, r->modality);
    js_key(j, "subject"); js_str(j, r->subject);
    if (r->subject_relation) {
        js_key(j, "subject_relation"); js_str(j, r->subject_relation);
        js_key(j, "subject_of"); js_str(j, r->subject_of);
    }
    js_key(j, "action"); js_str(j, r->nactions ? r->actions[0] : NULL);
    if (r->nactions > 1) aj_strs(j, "actions", r->actions, r->nactions);
    js_key(j, "counterpart"); js_str(j, r->counterpart);
    js_key(j, "thing"); js_str(j, r->thing);
    js_key(j, "deadline"); js_str(j, r->deadline);
    js_key(j, "condition"); js_str(j, r->condition);
    if (r->otherwise) { js_key(j, "otherwise"); js_str(j, r->otherwise); }
    js_key(j, "text"); js_str(j, r->text);
    js_key(j, "file"); js_str(j, r->file);
    js_key(j, "line"); js_int(j, r->line);
    if (applies) { js_key(j, "applies"); js_str(j, applies); }
    js_obj_end(j);
}

/* ---- can, duties, expectations ------------------------------------------------------ */

static void aj_can(js_out *j, const q_answer *a)
{
    const q_can_a *c = &a->u.can;
    js_key(j, "role"); js_str(j, c->role);
    js_key(j, "action"); js_str(j, c->action);
    js_key(j, "counterpart"); js_str(j, c->counterpart);
    js_key(j, "thing"); js_str(j, c->thing);
    js_key(j, "verdict"); js_str(j, c->verdict);
    js_key(j, "conditional"); js_bool(j, c->conditional);
    js_key(j, "conflict"); js_bool(j, c->conflict);
    if (c->counterpart_relation) { js_key(j, "counterpart_relation"); js_str(j, c->counterpart_relation); }
    if (c->depends_on) { js_key(j, "depends_on"); js_str(j, c->depends_on); }
    if (c->seniority) { js_key(j, "seniority"); js_str(j, c->seniority); }
    aj_strs(j, "clauses", c->clauses, c->nclauses);
    aj_strs(j, "conditions", c->conditions, c->nconditions);
    js_key(j, "norms");
    js_arr(j);
    for (size_t i = 0; i < c->nhits; i++) aj_rule(j, &c->hits[i].rule, c->hits[i].applies);
    js_arr_end(j);
}

static void aj_rules(js_out *j, const q_rules_a *r)
{
    js_key(j, "norms");
    js_arr(j);
    for (size_t i = 0; i < r->n; i++) aj_rule(j, &r->rules[i].rule, NULL);
    js_arr_end(j);
    js_key(j, "count"); js_int(j, (long)r->n);
}

static void aj_duties(js_out *j, const q_answer *a)
{
    js_key(j, "role"); js_str(j, a->u.duties.role);
    aj_rules(j, &a->u.duties);
}

static void aj_expectations(js_out *j, const q_answer *a)
{
    js_key(j, "of"); js_str(j, a->u.expectations.role);
    js_key(j, "from"); js_str(j, a->u.expectations.from);
    aj_rules(j, &a->u.expectations);
}

/* ---- route, who handles ------------------------------------------------------------------ */

static void aj_step(js_out *j, const q_step_a *s)
{
    js_obj(j);
    js_key(j, "clause"); js_str(j, s->clause);
    js_key(j, "handler"); js_str(j, s->handler);
    js_key(j, "handler_name"); js_str(j, s->handler_name);
    if (s->nalternatives) aj_strs(j, "alternatives", s->alternatives, s->nalternatives);
    js_key(j, "kind"); js_str(j, s->kind);
    js_key(j, "within"); js_str(j, s->within);
    js_key(j, "condition"); js_str(j, s->condition);
    js_key(j, s->applies ? "note" : "reason"); js_str(j, s->reason);
    if (s->choice) { js_key(j, "choice"); js_bool(j, true); }
    if (s->optional) { js_key(j, "optional"); js_bool(j, true); }
    if (s->referral) {
        js_key(j, "referral"); js_bool(j, true);
        js_key(j, "under"); js_str(j, s->under);
    }
    if (s->relation) {
        js_key(j, "relation"); js_str(j, s->relation);
        js_key(j, "relation_of"); js_str(j, s->relation_of);
        js_key(j, "relation_clause"); js_str(j, s->relation_clause);
    }
    js_obj_end(j);
}

/* One route's answer, as keys of the object being written. */
static void aj_route_fields(js_out *j, const q_route_one *r)
{
    js_key(j, "case"); js_str(j, r->kind);
    js_key(j, "by"); js_str(j, r->by);
    js_key(j, "about"); js_str(j, r->about);
    js_key(j, "route_clause"); js_str(j, r->route_clause);
    js_key(j, "route"); js_str(j, r->route);
    for (int pass = 0; pass < 2; pass++) {
        js_key(j, pass == 0 ? "steps" : "skipped");
        js_arr(j);
        for (size_t i = 0; i < r->nsteps; i++)
            if (r->steps[i].applies == (pass == 0)) aj_step(j, &r->steps[i]);
        js_arr_end(j);
    }
}

/* The first route at the top; asked without a raiser, the routes for the
 * other raisers under "routes". */
static void aj_routes(js_out *j, const q_route_a *r)
{
    aj_route_fields(j, &r->routes[0]);
    if (!r->per_raiser) return;
    js_key(j, "routes");
    js_arr(j);
    for (size_t k = 1; k < r->n; k++) {
        js_obj(j);
        aj_route_fields(j, &r->routes[k]);
        js_obj_end(j);
    }
    js_arr_end(j);
}

static void aj_route(js_out *j, const q_answer *a) { aj_routes(j, &a->u.route); }
static void aj_handles(js_out *j, const q_answer *a) { aj_routes(j, &a->u.handles); }

/* ---- deadline ------------------------------------------------------------------------------ */

static void aj_due(js_out *j, const q_deadline_a *d, const q_due *r)
{
    js_key(j, "clause"); js_str(j, r->rule.clause);
    aj_date(j, "from", true, r->from);
    js_key(j, "within"); js_str(j, r->within);
    aj_date(j, "due", r->fixed, r->due);
    if (r->has_otherwise) aj_date(j, "otherwise_due", true, r->otherwise_due);
    if (r->asap) { js_key(j, "sooner_if_possible"); js_bool(j, true); }
    if (r->target) {
        js_key(j, "target"); js_str(j, r->target);
        aj_date(j, "target_due", true, r->target_due);
    }
    if (r->counting) { js_key(j, "counting"); js_str(j, r->counting); }
    js_key(j, "calendar"); js_str(j, d->calendar);
    js_key(j, "rule"); js_str(j, r->rule.text);
    js_key(j, "excluded");
    js_arr(j);
    for (size_t i = 0; i < r->nnot_counted; i++) {
        js_obj(j);
        aj_date(j, "date", true, r->not_counted[i].day);
        js_key(j, "name"); js_str(j, r->not_counted[i].name);
        js_obj_end(j);
    }
    js_arr_end(j);
}

/* The first rule's answer at the top; the clause's other rules under "deadlines". */
static void aj_deadline(js_out *j, const q_answer *a)
{
    const q_deadline_a *d = &a->u.deadline;
    if (d->n) aj_due(j, d, &d->dues[0]);
    js_key(j, "deadlines");
    js_arr(j);
    for (size_t i = 1; i < d->n; i++) {
        js_obj(j);
        aj_due(j, d, &d->dues[i]);
        js_obj_end(j);
    }
    js_arr_end(j);
}

/* ---- review, explain ---------------------------------------------------------------------------- */

static void aj_review(js_out *j, const q_answer *a)
{
    const q_review_a *r = &a->u.review;
    js_key(j, "council"); js_str(j, r->council);
    aj_date(j, "adopted", r->has_adopted, r->adopted);
    aj_date(j, "last_approved", r->has_approved, r->approved);
    aj_date(j, "last_reviewed", r->has_reviewed, r->reviewed);
    js_key(j, "cycle"); js_str(j, r->cycle);
    js_key(j, "clause"); js_str(j, r->clause);
    aj_date(j, "next_due", r->status.known, r->status.next);
    js_key(j, "overdue"); js_bool(j, r->status.overdue);
    aj_date(j, "today", true, r->today);
    js_key(j, "basis"); js_str(j, r->status.basis);
    js_key(j, "as_written");   /* the dates as the document gives them: "May 2019", "not stated" */
    js_obj(j);
    js_key(j, "adopted"); js_str(j, r->adopted_text);
    js_key(j, "last_approved"); js_str(j, r->approved_text);
    js_key(j, "last_reviewed"); js_str(j, r->reviewed_text);
    js_key(j, "updated"); js_str(j, r->updated_text);
    js_obj_end(j);
    aj_strs(j, "unknown", r->unknown, r->nunknown);
    js_key(j, "overseen_by"); js_str(j, r->overseen);
    js_key(j, "overseen_by_clause"); js_str(j, r->overseen_clause);
}

static void aj_explained(js_out *j, const q_explained *n)
{
    js_obj(j);
    js_key(j, "clause"); js_str(j, n->rule.clause);
    js_key(j, "modality"); js_str(j, n->rule.modality);
    js_key(j, "action"); js_str(j, n->rule.nactions ? n->rule.actions[0] : NULL);
    js_key(j, "text"); js_str(j, n->rule.text);
    js_key(j, "meaning"); js_str(j, n->meaning);
    js_key(j, "file"); js_str(j, n->rule.file ? n->rule.file : "?");
    js_key(j, "line"); js_int(j, n->rule.line);
    js_key(j, "source"); js_strn(j, n->rule.source, n->rule.source_len);
    js_obj_end(j);
}

static void aj_cited_step(js_out *j, const q_cited_step *s)
{
    js_obj(j);
    js_key(j, "clause"); js_str(j, s->clause);
    js_key(j, "route"); js_str(j, s->route);
    js_key(j, "route_clause"); js_str(j, s->route_clause);
    js_key(j, "step"); js_int(j, s->step);
    js_key(j, "meaning"); js_str(j, s->meaning);
    js_key(j, "condition"); js_str(j, s->condition);
    js_obj_end(j);
}

static void aj_definition(js_out *j, const q_definition *d)
{
    js_obj(j);
    js_key(j, d->kind); js_str(j, d->name);
    js_key(j, "name"); js_str(j, d->display);
    js_key(j, "file"); js_str(j, d->file);
    js_key(j, "line"); js_int(j, d->line);
    js_key(j, "source"); js_strn(j, d->source, d->source_len);
    js_obj_end(j);
}

static void aj_explain(js_out *j, const q_answer *a)
{
    const q_explain_a *x = &a->u.explain;
    js_key(j, "clause"); js_str(j, x->clause);
    js_key(j, "norms");
    js_arr(j);
    for (size_t i = 0; i < x->nnorms; i++) aj_explained(j, &x->norms[i]);
    js_arr_end(j);
    js_key(j, "steps");
    js_arr(j);
    for (size_t i = 0; i < x->nsteps; i++) aj_cited_step(j, &x->steps[i]);
    js_arr_end(j);
    if (x->review) {
        js_key(j, "review");
        js_obj(j);
        js_key(j, "cycle"); js_str(j, x->review_cycle);
        aj_date(j, "next_due", x->review_status.known, x->review_status.next);
        js_key(j, "overdue"); js_bool(j, x->review_status.overdue);
        js_obj_end(j);
    }
    js_key(j, "definitions");
    js_arr(j);
    for (size_t i = 0; i < x->ndefinitions; i++) aj_definition(j, &x->definitions[i]);
    js_arr_end(j);
    js_key(j, "lines");
    js_arr(j);
    for (size_t i = 0; i < x->nlines; i++) {
        const q_explain_line *l = &x->lines[i];
        js_obj(j);
        js_key(j, "kind"); js_str(j, l->kind);
        js_key(j, "text"); js_str(j, l->text);
        js_key(j, "file"); js_str(j, l->file);
        js_key(j, "line"); js_int(j, l->line);
        js_key(j, "source"); js_strn(j, l->source, l->source_len);
        js_obj_end(j);
    }
    js_arr_end(j);
}

/* ---- lists ------------------------------------------------------------------------------------------ */

static void aj_roles(js_out *j, const q_answer *a)
{
    const q_roles_a *r = &a->u.roles;
    js_key(j, "roles");
    js_arr(j);
    for (size_t i = 0; i < r->n; i++) {
        const q_role_row *w = &r->rows[i];
        js_obj(j);
        js_key(j, "role"); js_str(j, w->role);
        js_key(j, "name"); js_str(j, w->name);
        aj_strs(j, "is", w->is, w->nis);
        aj_strs(j, "aka", w->aka, w->naka);
        js_key(j, "external"); js_bool(j, w->external);
        js_obj_end(j);
    }
    js_arr_end(j);
}

static void aj_clauses(js_out *j, const q_answer *a)
{
    const q_clauses_a *c = &a->u.clauses;
    js_key(j, "clauses");
    js_arr(j);
    for (size_t i = 0; i < c->n; i++) {
        js_obj(j);
        js_key(j, "clause"); js_str(j, c->rows[i].clause);
        js_key(j, "rules"); js_int(j, (long)c->rows[i].rules);
        js_key(j, "first"); js_str(j, c->rows[i].first);
        js_obj_end(j);
    }
    js_arr_end(j);
}

/* A managing relation: its name, and the lines that say who it is for the
 * role asked about and for kinds of it ("exceptions"). */
static void aj_rel_lines(js_out *j, const q_manager *w)
{
    js_key(j, "relation"); js_str(j, w->relation);
    js_key(j, "exceptions");
    js_arr(j);
    for (size_t k = 0; k < w->nlines; k++) {
        const q_relline *l = &w->lines[k];
        js_obj(j);
        js_key(j, "of"); js_str(j, l->of);
        js_key(j, "is"); js_str(j, l->is);
        js_key(j, "clause"); js_str(j, l->clause);
        js_obj_end(j);
    }
    js_arr_end(j);
}

static void aj_manages(js_out *j, const q_answer *a)
{
    const q_manages_a *m = &a->u.manages;
    js_key(j, "role"); js_str(j, m->role);
    js_key(j, "managers");
    js_arr(j);
    for (size_t i = 0; i < m->n; i++) {
        const q_manager *w = &m->managers[i];
        js_obj(j);
        js_key(j, "role"); js_str(j, w->role);
        js_key(j, "name"); js_str(j, w->name);
        js_key(j, "clause"); js_str(j, w->clause);
        if (w->has_except) aj_strs(j, "except", w->except, w->nexcept);
        if (w->relation) aj_rel_lines(j, w);
        js_obj_end(j);
    }
    js_arr_end(j);
}

static void aj_holidays(js_out *j, const q_answer *a)
{
    const q_holidays_a *h = &a->u.holidays;
    js_key(j, "calendar"); js_str(j, h->calendar);
    js_key(j, "year"); js_int(j, h->year);
    js_key(j, "holidays");
    js_arr(j);
    for (size_t i = 0; i < h->n; i++) {
        js_obj(j);
        aj_date(j, "date", true, h->days[i].day);
        js_key(j, "name"); js_str(j, h->days[i].name);
        js_key(j, "closure"); js_bool(j, h->days[i].closure);
        js_key(j, "substitute"); js_bool(j, h->days[i].substitute);
        js_obj_end(j);
    }
    js_arr_end(j);
}

static void aj_working(js_out *j, const q_answer *a)
{
    const q_working_a *w = &a->u.working;
    aj_date(j, "from", true, w->from);
    aj_date(j, "to", true, w->to);
    js_key(j, "calendar"); js_str(j, w->calendar);
    js_key(j, "working_days"); js_int(j, w->days);
}

static void aj_help(js_out *j, const q_answer *a) { aj_strs(j, "queries", a->u.help.lines, a->u.help.n); }

/* ---- documents ----------------------------------------------------------------------------------------- */

void an_json_keys(js_out *j, const q_answer *a)
{
    js_key(j, "query");
    js_str(j, a->q->text);
    switch (a->form) {
#define AJ_CASE(id, lead, alias, second, syntax, help, kind) \
    case QF_##id: aj_##id(j, a); break;
        QF_FORMS(AJ_CASE)
#undef AJ_CASE
    case QF_COUNT: break;
    }
}

void an_json(FILE *f, const q_answer *a)
{
    js_out j;
    js_init(&j, f);
    ev_begin(&j, q_form_kind(a->form));
    an_json_keys(&j, a);
    ev_end(&j, NULL, NULL, 0, true);
}

void an_json_error(FILE *f, const char *text, const dg_sink *const *dg, const src_set *const *src, size_t n)
{
    js_out j;
    js_init(&j, f);
    ev_begin(&j, q_form_kind(q_form_of(text)));
    js_key(&j, "query");
    js_str(&j, text);
    js_key(&j, "errors");
    js_arr(&j);
    for (size_t i = 0; i < n; i++) rp_json_items(dg[i], src[i], &j);
    js_arr_end(&j);
    ev_end(&j, dg, src, n, false);
}
