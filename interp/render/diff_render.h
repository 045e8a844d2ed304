/* diff_render — a diff's change records (query/diff.h) as text or JSON.
 *
 * Text: the changes grouped under "Metadata:", "Roles:", "Rules:" and
 * "Routes:" (steps with their routes), one line each, in the result's order,
 * then the summary line ("3 changes: 1 added, 1 removed, 1 changed", or "no
 * differences in meaning").  JSON: the keys of the "diff" envelope
 * (docs/JSON.md).  Every text from a protocol goes through textout.h.
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

/* One change on one line, indented by two spaces, with a newline.  The text
 * functions return 0, or -1 when a line too long to format on the stack
 * could not be, for want of memory (textout.h): the caller says "out of memory". */
int rdf_line(FILE *f, const df_result *r, const df_change *c, const rdf_words *w);
/* The grouped changes, then the summary line. */
int rdf_text(FILE *f, const df_result *r);
/* "3 changes: 1 added, 1 removed, 1 changed" or "no differences in meaning", with a newline. */
void rdf_summary(FILE *f, const df_result *r);

/* One change as a JSON object (into an open array). */
void rdf_json_change(js_out *j, const df_result *r, const df_change *c);
/* The keys "changes" and "summary". */
void rdf_json(js_out *j, const df_result *r);

/* ---- the county's view: councils against a model protocol (diff_against.c) ---- */

typedef struct rdf_row {
    const char *file;
    const char *council;         /* as the file names it, or NULL */
    bool ok;                     /* read, and free of errors: t is filled in */
    bool unreadable;             /* not ok because it could not be read (else: it has errors) */
    df_tally t;
    const char **uncited;        /* the model's clauses in force but adopted by no clause of the
                                    council's ("MP-3"; the array is the row owner's, the names the model's) */
    size_t nuncited;
} rdf_row;

/* For each clause of the model: how many councils have it as it is,
 * changed, or omitted. */
typedef struct rdf_clause_count {
    size_t same, changed, omitted;
    size_t uncited;              /* councils where it is in force, cited by no clause of theirs */
} rdf_clause_count;

/* The table of councils, one row each, then the table of the model's clauses. */
int rdf_against_tables(FILE *f, const char *model, size_t model_rules, const df_clauses *cl,
                        const rdf_clause_count *counts, const rdf_row *rows, size_t n);
/* One council's heading, then each rule it changes, omits or adds. */
int rdf_against_details(FILE *f, const rdf_row *row, const df_result *r);
/* "5 councils: 1 has the model as it is, 4 depart from it, 0 with errors" */
void rdf_against_summary(FILE *f, const rdf_row *rows, size_t n);
/* A council as a JSON object (into an open array); r is NULL when it was not compared. */
void rdf_json_council(js_out *j, const rdf_row *row, const df_result *r);
/* The key "clauses": the model's clauses and their counts. */
void rdf_json_clauses(js_out *j, const df_clauses *cl, const rdf_clause_count *counts);
/* The key "summary" of the county's view. */
void rdf_json_against_summary(js_out *j, const rdf_row *rows, size_t n);
/* Does the council depart from the model at all? */
bool rdf_departs(const rdf_row *row);

#endif
