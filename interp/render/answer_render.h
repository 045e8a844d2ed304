/* answer_render — an answer (query/answer.h) rendered as text or as JSON.
 *
 * Both read only the answer: what they print is the same data in two
 * shapes.  Text goes through textout (control characters escaped); JSON is
 * one envelope (envelope.h) whose kind is the form's (q_forms.h) and whose
 * keys are "query" and the form's own (docs/JSON.md).
 */
#ifndef CIVIC_ANSWER_RENDER_H
#define CIVIC_ANSWER_RENDER_H

#include "answer.h"
#include "diag.h"
#include "json.h"
#include "source.h"

#include <stdio.h>

void an_text(FILE *f, const q_answer *a);
/* The answer's keys into an object that ev_begin opened. */
void an_json_keys(js_out *j, const q_answer *a);
/* The whole document: the envelope with the answer, no diagnostics, ok. */
void an_json(FILE *f, const q_answer *a);
/* A query that was not answered: the envelope with the kind of the form
 * its words start (or "query"), "query" (its text), "errors" and
 * "diagnostics" (the same list: "errors" is what `civic query --json` gave
 * before the envelope), and ok false.  dg[i]'s locations are in src[i]. */
void an_json_error(FILE *f, const char *text, const dg_sink *const *dg, const src_set *const *src, size_t n);

#endif
