/* route_dot — a page's routes drawn by Graphviz.
 *
 * rd_source writes one `digraph` per route of the page (the route's own
 * case: a node per step, dashed when the step is conditional or skipped in
 * some case, with its clause, handler, period, condition and how the other
 * cases go there; a dashed edge around each step that may be skipped).
 * Every id is stable ("route-1-s2"), so that many diagrams share one page.
 *
 * rd_draw runs `dot -Tsvg` (the program named by CIVIC_DOT, else `dot` on
 * PATH) once over all of them, through temporary files, and splits its
 * output into one <svg> element per route, without the XML prolog, doctype
 * and comments.  When dot is missing or fails, it says so in err and
 * returns 1: a page is never written without its diagrams.
 *
 * Memory: the SVG texts are malloc'd; rd_free releases them.
 */
#ifndef CIVIC_ROUTE_DOT_H
#define CIVIC_ROUTE_DOT_H

#include "page.h"

void rd_source(pg_buf *b, const pg_page *p);
/* Returns 0 with out filled (as many as p->nroutes), or 1 with the reason
 * in err ("out of memory" when that is why). */
int rd_draw(const pg_page *p, pg_svgs *out, pg_buf *err);
void rd_free(pg_svgs *s);

#endif
