/* diff_render — a diff's change records (query/diff.h) as text or JSON.
 *
 * Text: the changes grouped under "Metadata:", "Roles:", "Rules:" and
 * "Routes:" (steps with their routes), one line each, in the result's order,
 * then the summary line ("3 changes: 1 added, 1 removed, 1 changed", or "no
 * differences in meaning").  JSON: the keys of the "diff" envelope
 * (docs/json/diff.md).  Every text from a protocol goes through textout.h.
 */
#ifndef CIVIC_DIFF_RENDER_H
#define CIVIC_DIFF_RENDER_H

#include "diff.h"
#include "json.h"

#include <stdio.h>

/* The words a line starts with, by df_kind: "added", "removed", "changed"
 * (or, against the model protocol, "removed" reads "omitted"). */
typedef struct rdf_words {
    const char *kind[3];
} rdf_words;

extern const rdf_words rdf_plain, rdf_against;

/* One change on one line, indented by two spaces, with a newline. */
void rdf_line(FILE *f, const df_result *r, const df_change *c, const rdf_words *w);
/* The grouped changes, then the summary line. */
void rdf_text(FILE *f, const df_result *r);
/* "3 changes: 1 added, 1 removed, 1 changed" or "no differences in meaning", with a newline. */
void rdf_summary(FILE *f, const df_result *r);

/* One change as a JSON object (into an open array). */
void rdf_json_change(js_out *j, const df_result *r, const df_change *c);
/* The keys "changes" and "summary". */
void rdf_json(js_out *j, const df_result *r);

#endif
