/* answer_text — answers as text, for a terminal or a script: one renderer
 * per form (q_forms.h), every text through textout. */
#include "answer_render.h"
#include "textout.h"

#include <string.h>

/* ---- can ------------------------------------------------------------------------ */

static void at_hit(FILE *o, const q_can_hit *h)
{
    to_printf(o, "  %s — %s: %s %s\n", h->applies, h->rule.verdict, h->rule.cite, h->rule.text);
}

static void at_can(FILE *o, const q_answer *a)
{
    const q_can_a *c = &a->u.can;
    const q_can_hit *dh = NULL;
    for (size_t i = 0; i < c->nhits; i++)
        if (c->hits[i].decides) dh = &c->hits[i];
    if (!dh) {
        to_printf(o, "Unregulated: the protocol says nothing about whether %s.\n", c->question);
        if (c->seniority) to_printf(o, "  (%s)\n", c->seniority);
        /* rules about the action that the question rules out, and why */
        for (size_t i = 0; i < c->nhits; i++)
            if (c->hits[i].ruled_out) at_hit(o, &c->hits[i]);
        return;
    }
    char first[64];
    snprintf(first, sizeof first, "%s", c->verdict);
    if (first[0] >= 'a' && first[0] <= 'z') first[0] = (char)(first[0] - 32);
    if (c->depends_on) to_printf(o, "%s on %s. %s %s\n", first, c->depends_on, dh->rule.cite, dh->rule.text);
    else if (c->seniority && !c->conditional) to_printf(o, "%s: %s. %s %s\n", first, c->seniority, dh->rule.cite, dh->rule.text);
    else
        to_printf(o, "%s%s%s. %s %s\n", first, c->conditional ? ", " : "", c->conditional ? dh->applies : "",
                  dh->rule.cite, dh->rule.text);
    if (c->conflict) to_puts(o, "Conflict: the protocol gives opposite answers here, and neither rule overrides the other.\n");
    for (size_t i = 0; i < c->nhits; i++)
        if (&c->hits[i] != dh) at_hit(o, &c->hits[i]);
}

/* ---- duties, expectations --------------------------------------------------------- */

static void at_rules(FILE *o, const q_rules_a *r)
{
    for (size_t i = 0; i < r->n; i++) {
        const q_listed_rule *l = &r->rules[i];
        if (l->group_name && (i == 0 || r->rules[i - 1].group != l->group)) to_printf(o, "As %s:\n", l->group_name);
        to_printf(o, "  %s %s\n", l->rule.cite, l->rule.text);
    }
}

static void at_duties(FILE *o, const q_answer *a)
{
    const q_rules_a *r = &a->u.duties;
    to_printf(o, "Duties of %s:\n", r->role_name);
    at_rules(o, r);
    if (!r->n) to_printf(o, "The protocol sets no rules for %s.\n", r->role_name);
}

static void at_expectations(FILE *o, const q_answer *a)
{
    const q_rules_a *r = &a->u.expectations;
    to_printf(o, "What %s can expect from %s:\n", r->role_name, r->from_name);
    at_rules(o, r);
    if (!r->n) to_printf(o, "The protocol sets out nothing that %s can expect from %s.\n", r->role_name, r->from_name);
}

/* ---- route, who handles ------------------------------------------------------------- */

static void at_step(FILE *o, const q_step_a *s, int *k)
{
    char clb[64];
    snprintf(clb, sizeof clb, "[%s] ", s->clause ? s->clause : "-");
    if (!s->applies) {
        to_printf(o, "  -  %s%s: skipped — %s\n", clb, s->handler_all, s->reason);
        return;
    }
    to_printf(o, "  %d. %s%s", ++*k, clb, s->handler_name);
    if (s->optional) to_puts(o, " (possibly)");
    if (s->within) to_printf(o, ", within %s", s->within);
    if (s->reason) to_printf(o, " (%s)", s->reason);
    to_puts(o, "\n");
}

static void at_route_one(FILE *o, const q_route_one *r)
{
    if (!r->found) {
        to_printf(o, "%s: no route in this protocol covers it.\n", r->heading);
        return;
    }
    const char *cl = r->route_clause;
    to_printf(o, "%s%s%s%s:\n", r->heading, cl ? " [" : "", cl ? cl : "", cl ? "]" : "");
    int k = 0;
    bool formal = false, skipped = false;
    for (size_t i = 0; i < r->nsteps; i++) {
        at_step(o, &r->steps[i], &k);
        formal |= r->steps[i].applies && !r->steps[i].informal;
        skipped |= !r->steps[i].applies;
    }
    if (!k) to_puts(o, "No step of this route applies.\n");
    /* only informal steps are left: say that no one can take it further */
    else if (!formal && skipped)
        to_puts(o, "No formal step applies: if it is not settled informally, the protocol names no one else to take it.\n");
}

static void at_routes(FILE *o, const q_route_a *r)
{
    for (size_t k = 0; k < r->n; k++) {
        if (k) to_puts(o, "\n");
        at_route_one(o, &r->routes[k]);
    }
}

static void at_route(FILE *o, const q_answer *a) { at_routes(o, &a->u.route); }
static void at_handles(FILE *o, const q_answer *a) { at_routes(o, &a->u.handles); }

/* ---- deadline ------------------------------------------------------------------------- */

static void at_due(FILE *o, const q_deadline_a *d, const q_due *r)
{
    char lf[24], ld[24];
    to_printf(o, "%s %s\n", r->rule.cite, r->rule.text);
    if (!r->fixed) {
        to_printf(o, "No due date: '%s' is not a fixed period.\n", r->vague);
        return;
    }
    dt_format_long(r->from, lf);
    dt_format_long(r->due, ld);
    to_printf(o, "From %s: due by the close of %s%s", lf, ld, r->asap ? " at the latest" : "");
    if (r->working_days) to_printf(o, " (%s calendar)", d->calendar_name);
    if (r->target) {
        dt_format_long(r->target_due, ld);
        to_printf(o, "; sooner if possible: %s, by the close of %s", r->target, ld);
    } else if (r->asap) to_puts(o, "; sooner if possible");
    to_puts(o, ".\n");
    if (r->counting && r->counting[0]) {
        char c0 = r->counting[0];
        to_printf(o, "%c%s.\n", c0 >= 'a' && c0 <= 'z' ? c0 - 32 : c0, r->counting + 1);
    }
    for (size_t i = 0; i < r->nnot_counted; i++) {
        char hb[24];
        dt_format_long(r->not_counted[i].day, hb);
        to_printf(o, "%s %s — %s", i ? "," : "Not counted:", hb, r->not_counted[i].name);
    }
    if (r->nnot_counted) to_puts(o, ".\n");
    if (r->has_otherwise) {
        dt_format_long(r->otherwise_due, ld);
        to_printf(o, "Otherwise (%s): by the close of %s.\n", r->rule.otherwise, ld);
    }
}

static void at_deadline(FILE *o, const q_answer *a)
{
    const q_deadline_a *d = &a->u.deadline;
    for (size_t i = 0; i < d->n; i++) {
        if (i) to_puts(o, "\n");
        at_due(o, d, &d->dues[i]);
    }
}

/* ---- review ------------------------------------------------------------------------------ */

static void at_date_line(FILE *o, const char *label, bool has, dt_day d)
{
    char b[11];
    if (!has) return;
    dt_format(d, b);
    to_printf(o, "  %-15s%s\n", label, b);
}

/* A date as the document gives it ("May 2019", "not stated"), else as a day. */
static void at_date_as(FILE *o, const char *label, const char *as, bool has, dt_day d)
{
    if (as) to_printf(o, "  %-15s%s\n", label, as);
    else at_date_line(o, label, has, d);
}

static void at_review(FILE *o, const q_answer *a)
{
    const q_review_a *r = &a->u.review;
    char b2[11], b3[11];
    to_printf(o, "%s%s%s\n", r->title ? r->title : "Protocol", r->council ? " — " : "", r->council ? r->council : "");
    at_date_as(o, "adopted", r->adopted_text, r->has_adopted, r->adopted);
    at_date_as(o, "last approved", r->approved_text, r->has_approved, r->approved);
    at_date_as(o, "last reviewed", r->reviewed_text, r->has_reviewed, r->reviewed);
    if (r->updated_text) to_printf(o, "  %-15s%s\n", "last updated", r->updated_text);
    if (r->overseen)
        to_printf(o, "  overseen by    %s%s%s%s\n", r->overseen_name, r->overseen_clause ? " [" : "",
                  r->overseen_clause ? r->overseen_clause : "", r->overseen_clause ? "]" : "");
    if (r->cycle)
        to_printf(o, "  review cycle   %s%s%s%s\n", r->cycle, r->clause ? " [" : "", r->clause ? r->clause : "",
                  r->clause ? "]" : "");
    dt_format(r->today, b3);
    if (r->status.known) {
        dt_format(r->status.next, b2);
        to_printf(o, "  next review    %s (%s)\n", b2, r->status.basis);
        if (r->status.overdue) to_printf(o, "Overdue: the review was due on %s; today is %s.\n", b2, b3);
        else to_printf(o, "Not overdue as of %s.\n", b3);
    } else {
        to_printf(o, "  next review    unknown: %s\n", r->status.basis);
        to_puts(o, "No review date can be worked out, so it cannot be overdue.\n");
    }
}

/* ---- explain -------------------------------------------------------------------------------- */

/* A rule's source lines, the later ones indented under the first. */
static void at_source(FILE *o, const q_rule *r)
{
    const char *path = r->file ? r->file : "?";
    int line = r->line;
    int width = (int)strlen(path) + 1 + (line > 9999 ? 5 : line > 999 ? 4 : line > 99 ? 3 : line > 9 ? 2 : 1);
    to_printf(o, "  %s:%d: ", path, line);
    size_t from = 0;
    for (size_t k = 0; k < r->source_len; k++) {
        if (r->source[k] != '\r' && r->source[k] != '\n') continue;
        to_write(o, r->source + from, k - from);
        to_puts(o, r->source[k] == '\r' ? " " : "\n");
        if (r->source[k] == '\n') to_printf(o, "  %*s  ", width, "");
        from = k + 1;
    }
    to_write(o, r->source + from, r->source_len - from);
    to_puts(o, "\n");
}

static void at_cited_step(FILE *o, const q_cited_step *s)
{
    /* each step under its own clause; the route's clause beside the route when it differs */
    bool other = s->route_clause && strcmp(s->route_clause, s->clause) != 0;
    to_printf(o, "[%s] step %d of the route for a %s%s%s%s: %s%s%s\n", s->clause, s->step, s->route, other ? " [" : "",
              other ? s->route_clause : "", other ? "]" : "", s->meaning, s->condition ? ", " : "",
              s->condition ? s->condition : "");
}

static void at_cited_review(FILE *o, const q_explain_a *x)
{
    char next[11] = "";
    if (x->review_status.known) dt_format(x->review_status.next, next);
    to_printf(o, "[%s] the protocol is reviewed %s", x->clause, x->review_cycle);
    if (x->review_status.known)
        to_printf(o, "; the next review is due by %s%s", next, x->review_status.overdue ? ", and is overdue" : "");
    to_puts(o, " ('review' says more)\n");
}

static void at_definition(FILE *o, const char *clause, const q_definition *d)
{
    to_printf(o, "[%s] the %s %s (%s%s%s)\n  %s:%d: %.*s\n", clause, d->kind, d->name, d->quoted ? "\"" : "", d->display,
              d->quoted ? "\"" : "", d->file ? d->file : "?", d->line, (int)d->source_len, d->source);
}

static void at_explain(FILE *o, const q_answer *a)
{
    const q_explain_a *x = &a->u.explain;
    for (size_t i = 0; i < x->nnorms; i++) {
        const q_explained *n = &x->norms[i];
        to_printf(o, "%s %s\n", n->rule.cite, n->rule.text);
        at_source(o, &n->rule);
        to_printf(o, "  %s\n", n->meaning);
    }
    for (size_t i = 0; i < x->nsteps; i++) at_cited_step(o, &x->steps[i]);
    if (x->review) at_cited_review(o, x);
    for (size_t i = 0; i < x->ndefinitions; i++) at_definition(o, x->clause, &x->definitions[i]);
    for (size_t i = 0; i < x->nlines; i++) {
        const q_explain_line *l = &x->lines[i];
        to_printf(o, "[%s] %s\n  %s:%d: %.*s\n", x->clause, l->text, l->file ? l->file : "?", l->line, (int)l->source_len,
                  l->source);
    }
}

/* ---- lists ------------------------------------------------------------------------------------ */

static void at_roles(FILE *o, const q_answer *a)
{
    const q_roles_a *r = &a->u.roles;
    for (size_t i = 0; i < r->n; i++) {
        const q_role_row *w = &r->rows[i];
        to_printf(o, "%-24s %s", w->role, w->name);
        for (size_t k = 0; k < w->nis; k++) to_printf(o, "%s%s", k ? ", " : " — is ", w->is[k]);
        if (w->external) to_puts(o, " (outside the council)");
        to_puts(o, "\n");
    }
}

static void at_clauses(FILE *o, const q_answer *a)
{
    const q_clauses_a *c = &a->u.clauses;
    for (size_t i = 0; i < c->n; i++) {
        const q_clause_row *w = &c->rows[i];
        to_printf(o, "[%s] %s", w->clause ? w->clause : "-", w->first);
        if (w->rules > 1) to_printf(o, " (and %zu more)", w->rules - 1);
        to_puts(o, "\n");
    }
}

static void at_clause(FILE *o, const char *clause)
{
    if (clause) to_printf(o, " [%s]", clause);
}

/* "the line manager of the Officer [1.3.12]; for a Managing Director: the
 * Leader of the Council [1.3.12]" */
static void at_rel_manager(FILE *o, const q_manager *w)
{
    /* a line of its own: "The line manager …", as "Town Clerk manages …" begins with a capital */
    const char *n = w->name;
    if (strncmp(n, "the ", 4) == 0) to_printf(o, "The %s", n + 4);
    else to_printf(o, "%s", n);
    for (size_t k = 0; k < w->nlines; k++) {
        const q_relline *l = &w->lines[k];
        const char *is = l->is_name ? l->is_name : "nobody";
        if (k == 0 && w->own_line) to_printf(o, ": %s", is);
        else {
            if (k == 0) at_clause(o, w->clause);
            to_printf(o, "; for %s: %s", l->of_name, is);
        }
        at_clause(o, l->clause);
    }
    if (!w->nlines) at_clause(o, w->clause);
    to_puts(o, "\n");
}

static void at_manages(FILE *o, const q_answer *a)
{
    const q_manages_a *m = &a->u.manages;
    for (size_t i = 0; i < m->n; i++) {
        const q_manager *w = &m->managers[i];
        if (w->relation) {
            at_rel_manager(o, w);
            continue;
        }
        to_printf(o, "%s manages %s", w->name, w->manages_name);
        for (size_t e = 0; e < w->nexcept; e++)
            to_printf(o, "%s%s", e == 0 ? " except " : e + 1 == w->nexcept ? " and " : ", ", w->except_names[e]);
        to_printf(o, "%s%s%s\n", w->clause ? " [" : "", w->clause ? w->clause : "", w->clause ? "]" : "");
    }
    if (!m->n) to_printf(o, "The protocol names nobody who manages %s.\n", m->role_name);
}

static void at_holidays(FILE *o, const q_answer *a)
{
    const q_holidays_a *h = &a->u.holidays;
    to_printf(o, "Holidays in %d (%s):\n", h->year, h->calendar_name);
    for (size_t i = 0; i < h->n; i++) {
        char b[24];
        dt_format_long(h->days[i].day, b);
        to_printf(o, "  %-16s %s%s%s\n", b, h->days[i].name, h->days[i].substitute ? " (substitute day)" : "",
                  h->days[i].closure ? " (office closed)" : "");
    }
}

static void at_working(FILE *o, const q_answer *a)
{
    const q_working_a *w = &a->u.working;
    char ba[11], bb[11];
    dt_format(w->from, ba);
    dt_format(w->to, bb);
    to_printf(o, "%ld working day%s after %s up to and including %s (%s calendar).\n", w->days, w->days == 1 ? "" : "s", ba,
              bb, w->calendar_name);
}

static void at_help(FILE *o, const q_answer *a)
{
    for (size_t i = 0; i < a->u.help.n; i++) to_printf(o, "%s\n", a->u.help.lines[i]);
}

void an_text(FILE *f, const q_answer *a)
{
    switch (a->form) {
#define AT_CASE(id, lead, alias, second, syntax, help, kind) \
    case QF_##id: at_##id(f, a); break;
        QF_FORMS(AT_CASE)
#undef AT_CASE
    case QF_COUNT: break;
    }
}
