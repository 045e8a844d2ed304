/* query — the query language of `civic query` and the REPL.
 *
 * q_run parses one query, answers it from the model and prints the answer
 * (text or JSON) to ctx->out.  A bad query or an unknown name is reported to
 * ctx->dg with its position in the query text (which is added to the source
 * set as "<query>", so diagnostics show it with a caret); nothing is printed
 * to ctx->out then.  Role and action names may be aliases, display names in
 * quotes, plurals, in any case.
 */
#ifndef CIVIC_QUERY_H
#define CIVIC_QUERY_H

#include "model.h"

#include <stdbool.h>
#include <stdio.h>

typedef struct q_ctx {
    md_model *m;
    dg_sink *dg;
    FILE *out;
    bool json;
    dt_day today;
    /* Set want_verdict to have a "can" question answered into verdict
     * ("forbidden", …, "unregulated") instead of printed. */
    bool want_verdict;
    const char *verdict;
    const char *verdict_clause;  /* the clause of the rule that decides it, or NULL */
} q_ctx;

/* Returns 0 when answered, 1 on a bad query or unknown name. */
int q_run(q_ctx *q, const char *text);
/* The verdict on a "can" question ("can Member instruct Officer" ->
 * "forbidden"), for a scenario's expectation.  Returns 0, or 1 when the text
 * is not a "can" question or cannot be answered (the reasons go to dg). */
int q_verdict(md_model *m, dg_sink *dg, const char *text, dt_day today, const char **verdict, const char **clause);
/* Does the question start with "can"? */
bool q_is_can(const char *text);
/* The verdict words, in the order of strength; NULL-terminated. */
#define q_verdicts md_verdicts
/* Every scenario's expect "can …" VERDICT must be a question the model can
 * answer: what it cannot is reported at its string (after ck_run). */
void q_check_questions(md_model *m, dt_day today);
/* Does the text start with a query word (so the REPL can tell queries
 * from definitions)? */
bool q_is_query(const char *text);
/* The query words, for REPL completion. */
extern const char *const q_words[];

#endif
