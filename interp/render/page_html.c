/* page_html — a page as one self-contained HTML document: inline CSS, the
 * route diagrams as inline SVG, no script; headings in order under one h1,
 * a table of contents, a title and a description on every diagram; laid
 * out for a screen and for A4 paper.  Every protocol text through pb_html. */
#include "page.h"

#include <string.h>

static const char ph_css[] =
    ":root{color:#1b1b1b;background:#fff}\n"
    "body{font-family:Georgia,\"Times New Roman\",serif;line-height:1.5;max-width:48rem;margin:0 auto;padding:1.5rem}\n"
    "h1,h2,h3,h4{font-family:Helvetica,Arial,sans-serif;line-height:1.25;color:#111}\n"
    "h1{font-size:1.9rem;margin-bottom:.2rem}\n"
    "h2{font-size:1.45rem;border-bottom:2px solid #2b4a6b;padding-bottom:.2rem;margin-top:2.5rem}\n"
    "h3{font-size:1.15rem;margin:1.6rem 0 .4rem}\n"
    "a{color:#0b4f8a}\n"
    "a:focus{outline:2px solid #0b4f8a;outline-offset:2px}\n"
    ".council{font-size:1.2rem;margin-top:0}\n"
    ".asof,.src,.meaning,.note,.intro{color:#3d3d3d}\n"
    ".src{font-family:\"DejaVu Sans Mono\",Menlo,Consolas,monospace;font-size:.82em;margin:.1rem 0}\n"
    ".meaning{font-size:.95em;margin:.1rem 0}\n"
    ".rule{margin:.1rem 0}\n"
    ".cite{font-weight:bold}\n"
    "ul.rules{list-style:none;padding-left:0}\n"
    "ul.rules>li{border-left:3px solid #c6d3e0;padding-left:.75rem;margin:.6rem 0}\n"
    "dl.status{display:grid;grid-template-columns:max-content auto;gap:.2rem 1.2rem}\n"
    "dl.status dt{font-weight:bold}\n"
    "dl.status dd{margin:0}\n"
    ".verdict{border-left:5px solid #1b5e20;padding:.3rem .8rem;background:#f1f7f1}\n"
    ".verdict.overdue{border-color:#a4001d;background:#fbf0f1}\n"
    ".cover{display:inline-block;font-size:.85em;border:1px solid currentColor;border-radius:.25rem;padding:0 .4rem}\n"
    ".cover.yes{color:#1b5e20}\n"
    ".cover.no{color:#8a1c00}\n"
    "ol.toc-clauses{columns:2;column-gap:2rem}\n"
    "ol.toc-clauses li{break-inside:avoid}\n"
    "ul.tree,ul.tree ul{list-style:none;padding-left:1.2rem}\n"
    "ul.tree{padding-left:0}\n"
    "ul.tree ul{border-left:1px solid #9aa9b8;margin-left:.3rem}\n"
    "code{font-family:\"DejaVu Sans Mono\",Menlo,Consolas,monospace;font-size:.88em}\n"
    "figure{margin:1rem 0;break-inside:avoid;page-break-inside:avoid}\n"
    "figure svg{display:block;max-width:100%;height:auto;margin:0 auto}\n"
    "figcaption{font-size:.9em;color:#3d3d3d;text-align:center}\n"
    "ol.steps>li{margin:.4rem 0}\n"
    ".skipped{color:#3d3d3d}\n"
    "footer{margin-top:3rem;border-top:1px solid #9aa9b8;font-size:.9em;color:#3d3d3d}\n"
    "@media print{\n"
    "  @page{size:A4;margin:18mm 16mm}\n"
    "  body{max-width:none;padding:0;font-size:10.5pt}\n"
    "  main>section{break-before:page;page-break-before:always}\n"
    "  h2,h3,h4{break-after:avoid;page-break-after:avoid}\n"
    "  ul.rules>li,ol.steps>li,section.deadline{break-inside:avoid;page-break-inside:avoid}\n"
    "  figure svg{max-height:235mm}\n"
    "  a{color:inherit;text-decoration:none}\n"
    "  ol.toc-clauses{columns:3}\n"
    "}\n";

/* ---- pieces ------------------------------------------------------------------------ */

/* "[8.1]", a link to the clause's section when the page has one. */
static void ph_cite(pg_buf *b, const pg_page *p, const char *label)
{
    const pg_clause *c = pg_find(p, label);
    if (c) {
        pb_puts(b, "<a href=\"#");
        pb_html(b, c->id);
        pb_puts(b, "\">");
    }
    pb_puts(b, "[");
    pb_html(b, label);
    pb_puts(b, "]");
    if (c) pb_puts(b, "</a>");
}

/* <tag class="cls">text</tag>, the text escaped. */
static void ph_elem(pg_buf *b, const char *tag, const char *cls, const char *text)
{
    if (!text) return;
    pb_printf(b, "<%s%s%s%s>", tag, cls ? " class=\"" : "", cls ? cls : "", cls ? "\"" : "");
    pb_html(b, text);
    pb_printf(b, "</%s>\n", tag);
}

static void ph_date(pg_buf *b, const char *label, bool has, dt_day d)
{
    char s[11];
    if (!has) return;
    dt_format(d, s);
    pb_printf(b, "<dt>%s</dt><dd><time datetime=\"%s\">%s</time></dd>\n", label, s, s);
}

static const char *ph_title(const pg_page *p)
{
    return p->review.u.review.title ? p->review.u.review.title : "Protocol";
}

/* ---- head, contents -------------------------------------------------------------------- */

static void ph_head(pg_buf *b, const pg_page *p)
{
    const q_review_a *r = &p->review.u.review;
    pb_puts(b, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" "
               "content=\"civic render\">\n<title>");
    pb_html(b, ph_title(p));
    if (r->council) {
        pb_puts(b, " — ");
        pb_html(b, r->council);
    }
    pb_printf(b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>\n", ph_css);
    ph_elem(b, "h1", NULL, ph_title(p));
    ph_elem(b, "p", "council", r->council);
    char today[24];
    dt_format_long(p->today, today);
    pb_printf(b, "<p class=\"asof\">As of %s.</p>\n</header>\n", today);
}

static void ph_toc_clauses(pg_buf *b, const pg_page *p)
{
    pb_puts(b, "<ol class=\"toc-clauses\">\n");
    for (size_t i = 0; i < p->nclauses; i++) {
        pb_puts(b, "<li>");
        ph_cite(b, p, p->clauses[i].label);
        pb_puts(b, "</li>\n");
    }
    if (p->nunlabelled) pb_puts(b, "<li><a href=\"#clause-none\">Rules without a clause</a></li>\n");
    pb_puts(b, "</ol>\n");
}

static void ph_toc(pg_buf *b, const pg_page *p)
{
    pb_puts(b, "<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n"
               "<li><a href=\"#status\">Status and review</a></li>\n<li><a href=\"#roles\">Roles</a></li>\n"
               "<li><a href=\"#clauses\">Clauses</a>\n");
    ph_toc_clauses(b, p);
    pb_puts(b, "</li>\n<li><a href=\"#deadlines\">Deadlines, with worked examples</a></li>\n"
               "<li><a href=\"#routes\">Routes for complaints and disputes</a>\n<ol>\n");
    for (size_t k = 0; k < p->nroutes; k++) {
        const pg_route *r = &p->routes[k];
        pb_printf(b, "<li><a href=\"#%s\">", r->id);
        pb_html(b, r->own ? r->own->heading : "A route no case reaches");
        pb_puts(b, "</a></li>\n");
    }
    pb_puts(b, "</ol>\n</li>\n</ol>\n</nav>\n");
}

/* ---- status ------------------------------------------------------------------------------ */

static void ph_status(pg_buf *b, const pg_page *p)
{
    const q_review_a *r = &p->review.u.review;
    pb_puts(b, "<section id=\"status\" aria-labelledby=\"status-h\">\n<h2 id=\"status-h\">Status and review</h2>\n"
               "<dl class=\"status\">\n");
    if (r->council) {
        pb_puts(b, "<dt>Council</dt><dd>");
        pb_html(b, r->council);
        pb_puts(b, "</dd>\n");
    }
    ph_date(b, "Adopted", r->has_adopted, r->adopted);
    ph_date(b, "Last approved", r->has_approved, r->approved);
    ph_date(b, "Last reviewed", r->has_reviewed, r->reviewed);
    if (r->cycle) {
        pb_puts(b, "<dt>Review cycle</dt><dd>");
        pb_html(b, r->cycle);
        if (r->clause) pb_puts(b, " ");
        if (r->clause) ph_cite(b, p, r->clause);
        pb_puts(b, "</dd>\n");
    }
    if (r->status.known) {
        char next[11];
        dt_format(r->status.next, next);
        pb_printf(b, "<dt>Next review</dt><dd><time datetime=\"%s\">%s</time> (", next, next);
        pb_html(b, r->status.basis);
        pb_puts(b, ")</dd>\n");
    }
    pb_puts(b, "</dl>\n");
    ph_elem(b, "p", r->status.known && r->status.overdue ? "verdict overdue" : "verdict", pg_review_line(p));
    pb_puts(b, "<p class=\"note\">Written in Civic in <code>");
    pb_html(b, p->source);
    pb_puts(b, "</code>. Every sentence about a rule below is the answer <code>civic query</code> gives.</p>\n</section>\n");
}

/* ---- roles ---------------------------------------------------------------------------------- */

static size_t ph_role_index(const q_roles_a *r, const char *name)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->rows[i].role, name) == 0) return i;
    return r->n;
}

static void ph_role_row(pg_buf *b, const q_roles_a *r, const q_role_row *w)
{
    pb_puts(b, "<span class=\"role\">");
    pb_html(b, w->name);
    pb_puts(b, "</span> <code>");
    pb_html(b, w->role);
    pb_puts(b, "</code>");
    for (size_t k = 0; k < w->naka; k++) {
        pb_puts(b, k ? ", “" : " — also called “");
        pb_html(b, w->aka[k]);
        pb_puts(b, "”");
    }
    for (size_t k = 1; k < w->nis; k++) {
        size_t pi = ph_role_index(r, w->is[k]);
        pb_puts(b, k > 1 ? ", " : " — also a kind of ");
        pb_html(b, pi < r->n ? r->rows[pi].name : w->is[k]);
    }
    if (w->external) pb_puts(b, " (outside the council)");
}

/* The roles whose first parent is `parent` (r->n: the roles with none), as a nested list. */
static void ph_role_tree(pg_buf *b, const q_roles_a *r, size_t parent, int depth)
{
    bool any = false;
    for (size_t i = 0; i < r->n; i++) {
        const q_role_row *w = &r->rows[i];
        bool under = parent == r->n ? w->nis == 0 : w->nis > 0 && ph_role_index(r, w->is[0]) == parent;
        if (!under) continue;
        if (!any) pb_puts(b, depth ? "\n<ul>\n" : "<ul class=\"tree\">\n");
        any = true;
        pb_puts(b, "<li>");
        ph_role_row(b, r, w);
        if (depth < 64) ph_role_tree(b, r, i, depth + 1);
        pb_puts(b, "</li>\n");
    }
    if (any) pb_puts(b, "</ul>\n");
}

static void ph_relations(pg_buf *b, const pg_page *p)
{
    if (!p->nrelations) return;
    pb_puts(b, "<h3>Who manages and appoints whom</h3>\n<ul>\n");
    for (size_t i = 0; i < p->nrelations; i++) {
        const pg_relation *r = &p->relations[i];
        pb_puts(b, "<li>");
        pb_html(b, r->who);
        pb_printf(b, " %s ", r->verb);
        pb_html(b, r->whom);
        for (size_t e = 0; e < r->nexcept; e++) {
            pb_puts(b, e == 0 ? " except " : e + 1 == r->nexcept ? " and " : ", ");
            pb_html(b, r->except[e]);
        }
        if (r->clause) pb_puts(b, " ");
        if (r->clause) ph_cite(b, p, r->clause);
        pb_puts(b, "</li>\n");
    }
    pb_puts(b, "</ul>\n");
}

static void ph_roles(pg_buf *b, const pg_page *p)
{
    pb_puts(b, "<section id=\"roles\" aria-labelledby=\"roles-h\">\n<h2 id=\"roles-h\">Roles</h2>\n"
               "<p class=\"intro\">Each role is also every role above it here: a rule that binds a role binds every "
               "role under it too. The name in <code>code</code> is the one the protocol file uses.</p>\n");
    ph_role_tree(b, &p->roles.u.roles, p->roles.u.roles.n, 0);
    ph_relations(b, p);
    pb_puts(b, "</section>\n");
}

/* ---- clauses ---------------------------------------------------------------------------------- */

static void ph_rule(pg_buf *b, const q_rule *r, const char *meaning)
{
    pb_puts(b, "<li>\n<p class=\"rule\"><span class=\"cite\">");
    pb_html(b, r->cite);
    pb_puts(b, "</span> ");
    pb_html(b, r->text);
    pb_puts(b, "</p>\n");
    ph_elem(b, "p", "meaning", meaning);
    pb_puts(b, "<p class=\"src\">");
    pb_html(b, r->file ? r->file : "?");
    pb_printf(b, ":%d</p>\n</li>\n", r->line);
}

static void ph_cited_step(pg_buf *b, const pg_page *p, const q_cited_step *s)
{
    pb_printf(b, "<li><p class=\"rule\">Step %d of the route for a ", s->step);
    pb_html(b, s->route);
    if (s->route_clause && strcmp(s->route_clause, s->clause) != 0) {
        pb_puts(b, " ");
        ph_cite(b, p, s->route_clause);
    }
    pb_puts(b, ": ");
    pb_html(b, s->meaning);
    if (s->condition) pb_puts(b, ", ");
    pb_html(b, s->condition);
    pb_puts(b, ". <a href=\"#routes\">Routes</a></p></li>\n");
}

static void ph_definition(pg_buf *b, const q_definition *d)
{
    pb_printf(b, "<li><p class=\"rule\">Defines the %s <code>", d->kind);
    pb_html(b, d->name);
    pb_puts(b, d->quoted ? "</code> (“" : "</code> (");
    pb_html(b, d->display);
    pb_puts(b, d->quoted ? "”).</p>\n" : ").</p>\n");
    pb_puts(b, "<p class=\"src\">");
    pb_html(b, d->file ? d->file : "?");
    pb_printf(b, ":%d</p></li>\n", d->line);
}

static void ph_cover(pg_buf *b, pg_cover c)
{
    if (c == PG_COVER_EXERCISED) pb_puts(b, "<p class=\"cover yes\">Exercised by a scenario</p>\n");
    else if (c == PG_COVER_UNTOUCHED) pb_puts(b, "<p class=\"cover no\">No scenario exercises it</p>\n");
}

static void ph_clause(pg_buf *b, const pg_page *p, const pg_clause *c)
{
    const q_explain_a *x = &c->explain.u.explain;
    pb_puts(b, "<section class=\"clause\" id=\"");
    pb_html(b, c->id);
    pb_puts(b, "\" data-clause=\"");
    pb_html(b, c->label);
    pb_puts(b, "\">\n<h3>[");
    pb_html(b, c->label);
    pb_puts(b, "]</h3>\n");
    ph_cover(b, c->cover);
    pb_puts(b, "<ul class=\"rules\">\n");
    for (size_t i = 0; i < x->nnorms; i++) ph_rule(b, &x->norms[i].rule, x->norms[i].meaning);
    for (size_t i = 0; i < x->nsteps; i++) ph_cited_step(b, p, &x->steps[i]);
    if (x->review) {
        pb_puts(b, "<li><p class=\"rule\">The protocol is reviewed ");
        pb_html(b, x->review_cycle);
        pb_puts(b, ". <a href=\"#status\">Status and review</a></p></li>\n");
    }
    for (size_t i = 0; i < x->ndefinitions; i++) ph_definition(b, &x->definitions[i]);
    pb_puts(b, "</ul>\n");
    if (c->deadline) {
        pb_puts(b, "<p class=\"note\"><a href=\"#deadline-");
        pb_html(b, c->id);
        pb_puts(b, "\">A worked example of its deadline</a></p>\n");
    }
    pb_puts(b, "</section>\n");
}

static void ph_unlabelled(pg_buf *b, const pg_page *p)
{
    if (!p->nunlabelled) return;
    pb_puts(b, "<section class=\"clause\" id=\"clause-none\">\n<h3>Rules without a clause</h3>\n<ul class=\"rules\">\n");
    for (size_t i = 0; i < p->nunlabelled; i++) {
        pb_puts(b, "<li><p class=\"rule\">");
        pb_html(b, p->unlabelled[i]);
        pb_puts(b, "</p></li>\n");
    }
    pb_puts(b, "</ul>\n</section>\n");
}

static void ph_clauses(pg_buf *b, const pg_page *p)
{
    pb_puts(b, "<section id=\"clauses\" aria-labelledby=\"clauses-h\">\n<h2 id=\"clauses-h\">Clauses</h2>\n"
               "<p class=\"intro\">Every clause the protocol file cites, in the document's order: its rules in plain "
               "English, what each means in practice, and where it is written.</p>\n");
    for (size_t i = 0; i < p->nclauses; i++) ph_clause(b, p, &p->clauses[i]);
    ph_unlabelled(b, p);
    pb_puts(b, "</section>\n");
}

/* ---- deadlines --------------------------------------------------------------------------------- */

static void ph_due(pg_buf *b, const pg_page *p, const q_deadline_a *a, const q_due *d)
{
    pb_puts(b, "<p class=\"rule\"><span class=\"cite\">");
    pb_html(b, d->rule.cite);
    pb_puts(b, "</span> ");
    pb_html(b, d->rule.text);
    pb_puts(b, "</p>\n");
    ph_elem(b, "p", NULL, pg_example(p, a, d));
    ph_elem(b, "p", "note", pg_not_counted(p, d));
    ph_elem(b, "p", NULL, pg_otherwise(p, d));
}

static void ph_deadline(pg_buf *b, const pg_page *p, const pg_clause *c)
{
    const q_deadline_a *a = &c->deadline->u.deadline;
    pb_puts(b, "<section class=\"deadline\" id=\"deadline-");
    pb_html(b, c->id);
    pb_puts(b, "\">\n<h3>Deadline of ");
    ph_cite(b, p, c->label);
    pb_puts(b, "</h3>\n");
    for (size_t i = 0; i < a->n; i++) ph_due(b, p, a, &a->dues[i]);
    pb_puts(b, "</section>\n");
}

static void ph_deadlines(pg_buf *b, const pg_page *p)
{
    char day[24];
    dt_format_long(p->example, day);
    pb_puts(b, "<section id=\"deadlines\" aria-labelledby=\"deadlines-h\">\n<h2 id=\"deadlines-h\">Deadlines, with "
               "worked examples</h2>\n");
    if (!p->ndeadlines) pb_puts(b, "<p>No clause of this protocol sets a period.</p>\n");
    else {
        pb_printf(b, "<p class=\"intro\">The day something is received is not counted. Each example counts from %s", day);
        if (p->example_why) pb_puts(b, ", ");
        pb_html(b, p->example_why);
        pb_puts(b, ", to show the days a period leaves out.</p>\n");
    }
    for (size_t i = 0; i < p->nclauses; i++)
        if (p->clauses[i].deadline) ph_deadline(b, p, &p->clauses[i]);
    pb_puts(b, "</section>\n");
}

/* ---- routes ---------------------------------------------------------------------------------------- */

/* The diagram's description: its steps in words. */
static const char *ph_desc(const pg_page *p, const pg_route *r)
{
    if (!r->own) return "No case reaches this route: another route takes every case it covers.";
    const char *d = "Steps in order:";
    for (size_t i = 0; i < r->own->nsteps; i++) {
        const q_step_a *s = &r->own->steps[i];
        const char *state = pg_step_state(p, s);
        d = ar_printf(p->ar, "%s step %zu [%s], %s%s%s%s%s", d, i + 1, s->clause ? s->clause : "-", pg_step_text(p, s),
                      state ? " (" : "", state ? state : "", state ? ")" : "", i + 1 < r->own->nsteps ? ";" : ".");
        for (const char **n = pg_step_notes(p, r, i); n && *n; n++) d = ar_printf(p->ar, "%s %s", d, *n);
    }
    return d;
}

/* The SVG, its opening tag given a role, a title and a description. */
static void ph_svg(pg_buf *b, const pg_page *p, const pg_route *r, const char *svg)
{
    const char *end = strchr(svg, '>');
    if (strncmp(svg, "<svg", 4) != 0 || !end) return;
    pb_printf(b, "<svg role=\"img\" aria-labelledby=\"%s-title %s-desc\"", r->id, r->id);
    pb_write(b, svg + 4, (size_t)(end + 1 - (svg + 4)));
    pb_printf(b, "\n<title id=\"%s-title\">Diagram: ", r->id);
    pb_html(b, r->own ? r->own->heading : "a route no case reaches");
    pb_printf(b, "</title>\n<desc id=\"%s-desc\">", r->id);
    pb_html(b, ph_desc(p, r));
    pb_puts(b, "</desc>");
    pb_puts(b, end + 1);
}

static void ph_step(pg_buf *b, const pg_page *p, const pg_route *r, size_t i)
{
    const q_step_a *s = &r->own->steps[i];
    pb_printf(b, "<li%s>", s->applies ? "" : " class=\"skipped\"");
    ph_cite(b, p, s->clause);
    pb_puts(b, " ");
    pb_html(b, pg_step_text(p, s));
    const char *state = pg_step_state(p, s);
    if (state || s->condition) pb_puts(b, " — ");
    pb_html(b, state ? state : s->condition);
    const char **notes = pg_step_notes(p, r, i);
    if (notes && notes[0]) pb_puts(b, "\n<ul>\n");
    for (size_t k = 0; notes && notes[k]; k++) ph_elem(b, "li", NULL, notes[k]);
    if (notes && notes[0]) pb_puts(b, "</ul>\n");
    pb_puts(b, "</li>\n");
}

static void ph_route(pg_buf *b, const pg_page *p, const pg_route *r, const char *svg)
{
    pb_printf(b, "<section class=\"route\" id=\"%s\" aria-labelledby=\"%s-h\">\n<h3 id=\"%s-h\">", r->id, r->id, r->id);
    pb_html(b, r->own ? r->own->heading : "A route no case reaches");
    if (r->r->clause) pb_puts(b, " ");
    if (r->r->clause) ph_cite(b, p, r->r->clause);
    pb_puts(b, "</h3>\n<figure>\n");
    ph_svg(b, p, r, svg);
    pb_puts(b, "\n<figcaption>Each step in turn, for as long as the case is not settled; a dashed box is a step "
               "that some cases pass over.</figcaption>\n</figure>\n");
    if (r->own) {
        pb_puts(b, "<ol class=\"steps\">\n");
        for (size_t i = 0; i < r->own->nsteps; i++) ph_step(b, p, r, i);
        pb_puts(b, "</ol>\n");
    }
    pb_puts(b, "</section>\n");
}

static void ph_routes(pg_buf *b, const pg_page *p, const pg_svgs *svgs)
{
    pb_puts(b, "<section id=\"routes\" aria-labelledby=\"routes-h\">\n<h2 id=\"routes-h\">Routes for complaints and "
               "disputes</h2>\n");
    if (!p->nroutes) pb_puts(b, "<p>This protocol sets out no route for complaints or disputes.</p>\n");
    else
        pb_puts(b, "<p class=\"intro\">Where a complaint, grievance or dispute goes, step by step. A step is skipped "
                   "when its condition does not hold, or when its handler is a party to the case: nobody handles a "
                   "case about themselves, or one they raised.</p>\n");
    for (size_t k = 0; k < p->nroutes; k++) ph_route(b, p, &p->routes[k], k < svgs->n ? svgs->svg[k] : "");
    pb_puts(b, "</section>\n");
}

void pg_html(pg_buf *b, const pg_page *p, const pg_svgs *svgs)
{
    ph_head(b, p);
    ph_toc(b, p);
    pb_puts(b, "<main>\n");
    ph_status(b, p);
    ph_roles(b, p);
    ph_clauses(b, p);
    ph_deadlines(b, p);
    ph_routes(b, p, svgs);
    char today[11];
    dt_format(p->today, today);
    pb_puts(b, "</main>\n<footer>\n<p>Made by <code>civic render</code> from <code>");
    pb_html(b, p->source);
    pb_printf(b, "</code> as of <time datetime=\"%s\">%s</time>.</p>\n</footer>\n</body>\n</html>\n", today, today);
}
