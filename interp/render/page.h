/* page — a protocol as one publishable page (`civic render`), as data, and
 * its renderers: HTML (page_html.c) and Markdown (page_md.c).
 *
 * pg_build asks the model the questions a reader of the protocol would ask,
 * through the query evaluators (query/answer.h), and keeps their answers:
 * the review status as of a day, the roles, `explain` of every clause, the
 * `deadline` of every clause that sets one (a worked example over the
 * protocol's calendar), and `route` for every route, for its own case and
 * for each case in which a step is skipped or handled otherwise (a handler
 * who is the subject or the raiser).  The renderers only lay the answers
 * out: every sentence about a rule is the one `civic query` gives.
 *
 * Clauses are in the document's order: sections (the part of a label
 * before its last '/') in the order the file first cites them, and within
 * a section by number ("8.2" before "8.10").
 *
 * Memory: everything a page holds is in the arena given (answers, ids) or
 * points into the model, which must outlive it.
 */
#ifndef CIVIC_PAGE_H
#define CIVIC_PAGE_H

#include "answer.h"
#include "diag.h"
#include "page_buf.h"

/* A coverage mark per clause, for `civic test --coverage` to supply: what a
 * clause's scenarios do, or PG_COVER_NONE to show no mark. */
typedef enum { PG_COVER_NONE, PG_COVER_EXERCISED, PG_COVER_UNTOUCHED } pg_cover;
typedef pg_cover (*pg_cover_fn)(void *ctx, const char *clause);

typedef struct pg_clause {
    const char *label;           /* as written: "8.1", "Expectations/1.2, 2.1" */
    const char *id;              /* its anchor: "clause-8.1" */
    q_answer explain;            /* explain LABEL */
    q_answer *deadline;          /* deadline LABEL from the example day, or NULL */
    pg_cover cover;
} pg_clause;

/* A case of a route that goes otherwise than its own: a step skipped, or
 * handled by another of its handlers. */
typedef struct pg_case {
    const q_route_one *route;    /* the answer for that case */
} pg_case;

typedef struct pg_route {
    const md_route *r;
    const char *id;              /* "route-1" */
    const q_route_one *own;      /* the route for its own case (by and about as written), or NULL
                                    when another route takes every case it covers */
    pg_case *cases;
    size_t ncases;
} pg_route;

/* A relation a role states: "Town Clerk manages Officer [8.1]". */
typedef struct pg_relation {
    const char *who, *verb, *whom;   /* display names; verb "manages" or "appoints" */
    const char **except;             /* display names of the roles left out */
    size_t nexcept;
    const char *clause;              /* or NULL */
} pg_relation;

typedef struct pg_page {
    const md_model *m;
    arena *ar;                   /* the page's answers and texts; the renderers' texts too */
    const char *source;          /* the protocol's file as named */
    dt_day today;
    dt_day example;              /* the day the worked examples count from */
    const char *example_why;     /* "the last working day before Christmas Day", or NULL */
    q_answer review, roles;
    pg_relation *relations;
    size_t nrelations;
    pg_clause *clauses;
    size_t nclauses;
    const char **unlabelled;     /* rules stated with no clause, in plain English */
    size_t nunlabelled;
    pg_route *routes;
    size_t nroutes;
    size_t ndeadlines;           /* clauses with a deadline answer */
    hmap by_label;               /* the hash of a clause's label -> its index (pg_find) */
} pg_page;

/* Builds the page of m as of today.  cover (may be NULL) marks each clause.
 * Returns 0, or 1 after reporting to dg (out of memory; an answer that
 * cannot be found, as `civic query` reports it). */
int pg_build(pg_page *p, const md_model *m, const char *source, dt_day today, pg_cover_fn cover, void *cover_ctx,
             arena *ar, dg_sink *dg);

/* What pg_build keeps outside the arena (its index of clauses). */
void pg_free(pg_page *p);
/* The clause of the page with this label, or NULL. */
const pg_clause *pg_find(const pg_page *p, const char *label);
/* A 64-bit hash of a text (FNV-1a), never HM_EMPTY: for sets of texts. */
uint64_t pg_hash(const char *s);

/* ---- renderers ---- */

/* The route diagrams of a page, one SVG document each (route_dot.c), in the
 * page's route order: the <svg> element only, prolog and comments removed. */
typedef struct pg_svgs {
    char **svg;
    size_t n;
} pg_svgs;

/* The HTML page, self-contained (inline CSS and SVG, no script). */
void pg_html(pg_buf *b, const pg_page *p, const pg_svgs *svgs);
/* The Markdown page: the same content, routes as ordered lists. */
void pg_md(pg_buf *b, const pg_page *p);

/* ---- shared by the renderers (page_text.c) ---- */

/* "For example, an enquiry from a Member received on Thu 24 Dec 2026 is
 * due by the close of Wed 30 Dec 2026." and its days not counted, as plain
 * text in the arena. */
const char *pg_example(const pg_page *p, const q_deadline_a *a, const q_due *d);
/* "Not counted: Fri 25 Dec 2026 (Christmas Day) and …", or NULL. */
const char *pg_not_counted(const pg_page *p, const q_due *d);
/* "Otherwise (acknowledge enquiry …): by the close of …", or NULL. */
const char *pg_otherwise(const pg_page *p, const q_due *d);
/* The notes on step i of a route's diagram and lists: how each other case
 * goes at that step ("skipped for a complaint about a Town Clerk: …"), a
 * NULL-terminated array in the arena. */
const char **pg_step_notes(const pg_page *p, const pg_route *r, size_t i);
/* Is step i conditional, or skipped in the route's own case or another? */
bool pg_step_skipped_somewhere(const pg_route *r, size_t i);
/* The review's status: "Overdue: the review was due on …". */
const char *pg_review_line(const pg_page *p);
/* A step as the route's list and diagram show it: "Town Clerk, within 5 working days". */
const char *pg_step_text(const pg_page *p, const q_step_a *s);
/* What a step's case says of it: "skipped: applies only when …", "only when …", or NULL. */
const char *pg_step_state(const pg_page *p, const q_step_a *s);

#endif
