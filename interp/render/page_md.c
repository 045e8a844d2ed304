/* page_md — a page as Markdown (CommonMark, as GitHub and most wikis read
 * it): the same content as the HTML page, the routes as ordered lists.
 * Links go to the anchors GitHub makes of headings (lower case, letters,
 * digits, spaces as hyphens, "-1" for a repeat).  Every protocol text
 * through pb_md. */
#include "page.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>


typedef struct pm_ctx {
    pg_buf *b;
    const pg_page *p;
    hmap slugs;                  /* the anchors made so far (their hashes), to number repeats as GitHub does */
    const char **clause_slug;    /* by clause */
    const char **deadline_slug;
    const char **route_slug;     /* by route */
} pm_ctx;

/* ---- anchors ------------------------------------------------------------------------ */

static const char *pm_slug_of(const pg_page *p, const char *heading)
{
    size_t n = strlen(heading);
    char *s = ar_alloc(p->ar, n + 1);
    if (!s) return "";
    size_t k = 0;
    for (const unsigned char *c = (const unsigned char *)heading; *c; c++) {
        if (*c >= 'A' && *c <= 'Z') s[k++] = (char)(*c - 'A' + 'a');
        else if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-' || *c == '_' || *c >= 0x80) s[k++] = (char)*c;
        else if (*c == ' ') s[k++] = '-';
    }
    s[k] = '\0';
    return s;
}

/* The anchor of a heading, and the heading remembered. */
static const char *pm_slug(pm_ctx *c, const char *heading)
{
    const char *base = pm_slug_of(c->p, heading), *s = base;
    uint32_t seen;
    for (unsigned k = 1; hm_get(&c->slugs, pg_hash(s), &seen); k++) s = ar_printf(c->p->ar, "%s-%u", base, k);
    if (!hm_put(&c->slugs, pg_hash(s), 1)) c->p->ar->failed = true;
    return s;
}

static const char *pm_clause_heading(const pg_page *p, const pg_clause *c) { return ar_printf(p->ar, "[%s]", c->label); }
static const char *pm_deadline_heading(const pg_page *p, const pg_clause *c)
{
    return ar_printf(p->ar, "Deadline of [%s]", c->label);
}

static const char *pm_route_heading(const pg_page *p, const pg_route *r)
{
    const char *h = r->own ? r->own->heading : "A route no case reaches";
    return r->r->clause ? ar_printf(p->ar, "%s [%s]", h, r->r->clause) : h;
}

/* Every heading's anchor, in the order the headings come. */
static bool pm_anchors(pm_ctx *c)
{
    const pg_page *p = c->p;
    pm_slug(c, "Contents");
    pm_slug(c, "Status and review");
    pm_slug(c, "Roles");
    if (p->nrelations) pm_slug(c, "Who manages and appoints whom");
    pm_slug(c, "Clauses");
    c->clause_slug = ar_alloc(p->ar, (p->nclauses + 1) * sizeof *c->clause_slug);
    c->deadline_slug = ar_alloc(p->ar, (p->nclauses + 1) * sizeof *c->deadline_slug);
    c->route_slug = ar_alloc(p->ar, (p->nroutes + 1) * sizeof *c->route_slug);
    if (!c->clause_slug || !c->deadline_slug || !c->route_slug) return false;
    for (size_t i = 0; i < p->nclauses; i++) c->clause_slug[i] = pm_slug(c, pm_clause_heading(p, &p->clauses[i]));
    if (p->nunlabelled) pm_slug(c, "Rules without a clause");
    pm_slug(c, "Deadlines, with worked examples");
    for (size_t i = 0; i < p->nclauses; i++)
        if (p->clauses[i].deadline) c->deadline_slug[i] = pm_slug(c, pm_deadline_heading(p, &p->clauses[i]));
    pm_slug(c, "Routes for complaints and disputes");
    for (size_t i = 0; i < p->nroutes; i++) c->route_slug[i] = pm_slug(c, pm_route_heading(p, &p->routes[i]));
    return true;
}

/* "[\[8.1\]](#81)", or the label alone when the page has no such clause. */
static void pm_cite(pm_ctx *c, const char *label)
{
    const pg_clause *cl = pg_find(c->p, label);
    if (cl) {
        pb_puts(c->b, "[\\[");
        pb_md(c->b, label);
        pb_printf(c->b, "\\]](#%s)", c->clause_slug[cl - c->p->clauses]);
        return;
    }
    pb_puts(c->b, "\\[");
    pb_md(c->b, label);
    pb_puts(c->b, "\\]");
}

/* ---- status, contents ---------------------------------------------------------------- */

static void pm_date(pg_buf *b, const char *label, bool has, dt_day d)
{
    char s[11];
    if (!has) return;
    dt_format(d, s);
    pb_printf(b, "- **%s:** %s\n", label, s);
}

static void pm_status(pm_ctx *c)
{
    pg_buf *b = c->b;
    const q_review_a *r = &c->p->review.u.review;
    pb_puts(b, "## Status and review\n\n");
    if (r->council) pb_puts(b, "- **Council:** ");
    if (r->council) pb_md(b, r->council);
    if (r->council) pb_puts(b, "\n");
    pm_date(b, "Adopted", r->has_adopted, r->adopted);
    pm_date(b, "Last approved", r->has_approved, r->approved);
    pm_date(b, "Last reviewed", r->has_reviewed, r->reviewed);
    if (r->cycle) {
        pb_puts(b, "- **Review cycle:** ");
        pb_md(b, r->cycle);
        if (r->clause) pb_puts(b, " ");
        if (r->clause) pm_cite(c, r->clause);
        pb_puts(b, "\n");
    }
    if (r->status.known) {
        char next[11];
        dt_format(r->status.next, next);
        pb_printf(b, "- **Next review:** %s (", next);
        pb_md(b, r->status.basis);
        pb_puts(b, ")\n");
    }
    pb_puts(b, "\n**");
    pb_md(b, pg_review_line(c->p));
    pb_puts(b, "**\n\nWritten in Civic in ");
    pb_md_code(b, c->p->source);
    pb_puts(b, ". Every sentence about a rule below is the answer `civic query` gives.\n\n");
}

static void pm_contents(pm_ctx *c)
{
    const pg_page *p = c->p;
    pg_buf *b = c->b;
    pb_puts(b, "## Contents\n\n1. [Status and review](#status-and-review)\n2. [Roles](#roles)\n3. [Clauses](#clauses)\n");
    for (size_t i = 0; i < p->nclauses; i++) {
        pb_puts(b, "   - ");
        pm_cite(c, p->clauses[i].label);
        pb_puts(b, "\n");
    }
    pb_puts(b, "4. [Deadlines, with worked examples](#deadlines-with-worked-examples)\n"
               "5. [Routes for complaints and disputes](#routes-for-complaints-and-disputes)\n");
    for (size_t i = 0; i < p->nroutes; i++) {
        pb_puts(b, "   - [");
        pb_md(b, p->routes[i].own ? p->routes[i].own->heading : "A route no case reaches");
        pb_printf(b, "](#%s)\n", c->route_slug[i]);
    }
    pb_puts(b, "\n");
}

/* ---- roles ------------------------------------------------------------------------------ */

static size_t pm_role_index(const q_roles_a *r, const char *name)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->rows[i].role, name) == 0) return i;
    return r->n;
}

static void pm_role_row(pg_buf *b, const q_roles_a *r, const q_role_row *w)
{
    pb_md_lead(b, w->name);
    pb_puts(b, " (");
    pb_md_code(b, w->role);
    pb_puts(b, ")");
    for (size_t k = 0; k < w->naka; k++) {
        pb_puts(b, k ? ", “" : " — also called “");
        pb_md(b, w->aka[k]);
        pb_puts(b, "”");
    }
    for (size_t k = 1; k < w->nis; k++) {
        size_t pi = pm_role_index(r, w->is[k]);
        pb_puts(b, k > 1 ? ", " : " — also a kind of ");
        pb_md(b, pi < r->n ? r->rows[pi].name : w->is[k]);
    }
    if (w->external) pb_puts(b, " (outside the council)");
}

static void pm_role_tree(pg_buf *b, const q_roles_a *r, size_t parent, int depth)
{
    for (size_t i = 0; i < r->n; i++) {
        const q_role_row *w = &r->rows[i];
        bool under = parent == r->n ? w->nis == 0 : w->nis > 0 && pm_role_index(r, w->is[0]) == parent;
        if (!under) continue;
        pb_printf(b, "%*s- ", depth * 2, "");
        pm_role_row(b, r, w);
        pb_puts(b, "\n");
        if (depth < 64) pm_role_tree(b, r, i, depth + 1);
    }
}

static void pm_roles(pm_ctx *c)
{
    const pg_page *p = c->p;
    pg_buf *b = c->b;
    pb_puts(b, "## Roles\n\nEach role is also every role above it here: a rule that binds a role binds every role under it too. "
               "The name in `code` is the one the protocol file uses.\n\n");
    pm_role_tree(b, &p->roles.u.roles, p->roles.u.roles.n, 0);
    if (p->nrelations) pb_puts(b, "\n### Who manages and appoints whom\n\n");
    for (size_t i = 0; i < p->nrelations; i++) {
        const pg_relation *r = &p->relations[i];
        pb_puts(b, "- ");
        pb_md_lead(b, r->who);
        pb_printf(b, " %s ", r->verb);
        pb_md(b, r->whom);
        for (size_t e = 0; e < r->nexcept; e++) {
            pb_puts(b, e == 0 ? " except " : e + 1 == r->nexcept ? " and " : ", ");
            pb_md(b, r->except[e]);
        }
        if (r->clause) pb_puts(b, " ");
        if (r->clause) pm_cite(c, r->clause);
        pb_puts(b, "\n");
    }
    pb_puts(b, "\n");
}

/* ---- clauses ------------------------------------------------------------------------------- */

static void pm_rule(pg_buf *b, arena *ar, const q_rule *r, const char *meaning)
{
    pb_puts(b, "- **");
    pb_md(b, r->cite);
    pb_puts(b, "** ");
    pb_md(b, r->text);
    pb_puts(b, "  \n  ");
    pb_md(b, meaning);
    pb_puts(b, "  \n  ");
    pb_md_code(b, ar_printf(ar, "%s:%d", r->file ? r->file : "?", r->line));
    pb_puts(b, "\n");
}

static void pm_clause_items(pm_ctx *c, const q_explain_a *x)
{
    pg_buf *b = c->b;
    for (size_t i = 0; i < x->nnorms; i++) pm_rule(b, c->p->ar, &x->norms[i].rule, x->norms[i].meaning);
    for (size_t i = 0; i < x->nsteps; i++) {
        const q_cited_step *s = &x->steps[i];
        pb_printf(b, "- Step %d of the route for a ", s->step);
        pb_md(b, s->route);
        pb_puts(b, ": ");
        pb_md(b, s->meaning);
        if (s->condition) pb_puts(b, ", ");
        pb_md(b, s->condition);
        pb_puts(b, ".\n");
    }
    if (x->review) {
        pb_puts(b, "- The protocol is reviewed ");
        pb_md(b, x->review_cycle);
        pb_puts(b, ".\n");
    }
    for (size_t i = 0; i < x->ndefinitions; i++) {
        const q_definition *d = &x->definitions[i];
        pb_printf(b, "- Defines the %s ", d->kind);
        pb_md_code(b, d->name);
        pb_puts(b, d->quoted ? " (“" : " (");
        pb_md(b, d->display);
        pb_puts(b, d->quoted ? "”).\n" : ").\n");
    }
}

static void pm_clause(pm_ctx *c, size_t i)
{
    const pg_clause *cl = &c->p->clauses[i];
    pg_buf *b = c->b;
    pb_puts(b, "### \\[");
    pb_md(b, cl->label);
    pb_puts(b, "\\]\n\n");
    if (cl->cover == PG_COVER_EXERCISED) pb_puts(b, "*Exercised by a scenario.*\n\n");
    else if (cl->cover == PG_COVER_UNTOUCHED) pb_puts(b, "*No scenario exercises it.*\n\n");
    pm_clause_items(c, &cl->explain.u.explain);
    if (cl->deadline) pb_printf(b, "\n[A worked example of its deadline](#%s)\n", c->deadline_slug[i]);
    pb_puts(b, "\n");
}

static void pm_clauses(pm_ctx *c)
{
    const pg_page *p = c->p;
    pb_puts(c->b, "## Clauses\n\nEvery clause the protocol file cites, in the document's order: its rules in plain "
                  "English, what each means in practice, and where it is written.\n\n");
    for (size_t i = 0; i < p->nclauses; i++) pm_clause(c, i);
    if (p->nunlabelled) pb_puts(c->b, "### Rules without a clause\n\n");
    for (size_t i = 0; i < p->nunlabelled; i++) {
        pb_puts(c->b, "- ");
        pb_md_lead(c->b, p->unlabelled[i]);
        pb_puts(c->b, i + 1 == p->nunlabelled ? "\n\n" : "\n");
    }
}

/* ---- deadlines ------------------------------------------------------------------------------- */

static void pm_line(pg_buf *b, const char *text)
{
    if (!text) return;
    pb_md_lead(b, text);
    pb_puts(b, "\n\n");
}

static void pm_deadline(pm_ctx *c, const pg_clause *cl)
{
    const q_deadline_a *a = &cl->deadline->u.deadline;
    pb_puts(c->b, "### Deadline of ");
    pm_cite(c, cl->label);
    pb_puts(c->b, "\n\n");
    for (size_t i = 0; i < a->n; i++) {
        const q_due *d = &a->dues[i];
        pb_puts(c->b, "**");
        pb_md(c->b, d->rule.cite);
        pb_puts(c->b, "** ");
        pm_line(c->b, d->rule.text);
        pm_line(c->b, pg_example(c->p, a, d));
        pm_line(c->b, pg_not_counted(c->p, d));
        pm_line(c->b, pg_otherwise(c->p, d));
    }
}

static void pm_deadlines(pm_ctx *c)
{
    const pg_page *p = c->p;
    char day[24];
    dt_format_long(p->example, day);
    pb_puts(c->b, "## Deadlines, with worked examples\n\n");
    if (!p->ndeadlines) pb_puts(c->b, "No clause of this protocol sets a period.\n\n");
    else {
        pb_printf(c->b, "The day something is received is not counted. Each example counts from %s", day);
        if (p->example_why) pb_puts(c->b, ", ");
        pb_md(c->b, p->example_why);
        pb_puts(c->b, ", to show the days a period leaves out.\n\n");
    }
    for (size_t i = 0; i < p->nclauses; i++)
        if (p->clauses[i].deadline) pm_deadline(c, &p->clauses[i]);
}

/* ---- routes ------------------------------------------------------------------------------------ */

static void pm_step(pm_ctx *c, const pg_route *r, size_t i)
{
    pg_buf *b = c->b;
    const q_step_a *s = &r->own->steps[i];
    pb_printf(b, "%zu. ", i + 1);
    pm_cite(c, s->clause);
    pb_puts(b, " ");
    pb_md(b, pg_step_text(c->p, s));
    const char *state = pg_step_state(c->p, s);
    if (state || s->condition) pb_puts(b, " — ");
    pb_md(b, state ? state : s->condition);
    pb_puts(b, "\n");
    int indent = i + 1 >= 100 ? 5 : i + 1 >= 10 ? 4 : 3;   /* under the item's text: "10. " */
    for (const char **n = pg_step_notes(c->p, r, i); n && *n; n++) {
        pb_printf(b, "%*s- ", indent, "");
        pb_md(b, *n);
        pb_puts(b, "\n");
    }
}

static void pm_routes(pm_ctx *c)
{
    const pg_page *p = c->p;
    pg_buf *b = c->b;
    pb_puts(b, "## Routes for complaints and disputes\n\n");
    if (!p->nroutes) pb_puts(b, "This protocol sets out no route for complaints or disputes.\n\n");
    else
        pb_puts(b, "Where a complaint, grievance or dispute goes, step by step, for as long as it is not settled. A "
                   "step is skipped when its condition does not hold, or when its handler is a party to the case: "
                   "nobody handles a case about themselves, or one they raised.\n\n");
    for (size_t k = 0; k < p->nroutes; k++) {
        const pg_route *r = &p->routes[k];
        pb_puts(b, "### ");
        pb_md(b, r->own ? r->own->heading : "A route no case reaches");
        if (r->r->clause) pb_puts(b, " ");
        if (r->r->clause) pm_cite(c, r->r->clause);
        pb_puts(b, "\n\n");
        if (!r->own) pb_puts(b, "Another route takes every case it covers.\n");
        for (size_t i = 0; r->own && i < r->own->nsteps; i++) pm_step(c, r, i);
        pb_puts(b, "\n");
    }
}

void pg_md(pg_buf *b, const pg_page *p)
{
    pm_ctx c = { b, p, { 0 }, NULL, NULL, NULL };
    hm_init(&c.slugs);
    bool ok = pm_anchors(&c);
    hm_free(&c.slugs);
    if (!ok) {
        b->failed = true;
        return;
    }
    const q_review_a *r = &p->review.u.review;
    char today[24];
    dt_format_long(p->today, today);
    pb_puts(b, "# ");
    pb_md_lead(b, r->title ? r->title : "Protocol");
    pb_puts(b, "\n\n");
    if (r->council) pm_line(b, r->council);
    pb_printf(b, "As of %s.\n\n", today);
    pm_contents(&c);
    pm_status(&c);
    pm_roles(&c);
    pm_clauses(&c);
    pm_deadlines(&c);
    pm_routes(&c);
    pb_puts(b, "---\n\nMade by `civic render` from ");
    pb_md_code(b, p->source);
    pb_puts(b, ".\n");
}
