/* report — printing a diagnostic sink: text with the source line, a caret
 * under the span and hint lines, or JSON. */
#ifndef CIVIC_REPORT_H
#define CIVIC_REPORT_H

#include "diag.h"
#include "json.h"
#include "source.h"

#include <stdbool.h>
#include <stdio.h>

/* Colour on a terminal unless NO_COLOR is set or TERM is dumb. */
bool rp_use_color(FILE *f);
void rp_text(const dg_sink *dg, const src_set *src, FILE *f, bool color);
/* The same, leaving the warnings out (-q of query and run: only what keeps
 * the answer from being given). */
void rp_text_errors(const dg_sink *dg, const src_set *src, FILE *f, bool color);
/* The end of a diagnostic's first line: " [code]", as GCC shows a warning's
 * flag, so that the prefix "file:line:col: error: " stays as it was (editors
 * and CI match it); dimmed in colour.  Nothing when there is no code.  Every
 * text renderer of diagnostics ends the line through this. */
void rp_code(FILE *f, const char *code, bool color);
/* Appends each diagnostic as an object to an open JSON array. */
void rp_json_items(const dg_sink *dg, const src_set *src, js_out *j);
/* The "out of memory" / "too many errors" notes a sink may carry. */
void rp_notes(const dg_sink *dg, FILE *f);

#endif
