/* session — the one pipeline every command loads through: protocol files
 * (and, for the REPL, texts typed at the prompt) loaded, modelled, checked,
 * and the scenarios' questions compiled; then questions asked of the model.
 * Owns the diagnostics sink, the load and the model; the model is not
 * written to after ss_build.
 *
 * One file: ss_open (or ss_open_text).  Several, step by step:
 * ss_init, then ss_add_file / ss_add_text for each, then ss_build. */
#ifndef CIVIC_SESSION_H
#define CIVIC_SESSION_H

#include "answer.h"
#include "check.h"
#include "diag.h"
#include "load.h"
#include "model.h"

typedef struct session {
    dg_sink dg;
    ld_set ld;
    md_model m;
    dt_day today;
    bool built;
} session;

/* Loads path (and its uses; "-" is standard input), builds the model and runs the checks.
 * Returns 0, or 2 when the file cannot be read (*err = errno). */
int ss_open(session *s, const char *path, dt_day today, int *err);
/* Same, from text (tests). */
void ss_open_text(session *s, const char *name, const char *text, size_t len, dt_day today);

void ss_init(session *s, dt_day today);
/* The name standard input goes by in diagnostics, when a FILE is "-". */
#define SS_STDIN "<stdin>"
/* Standard input read whole, at most SRC_MAX_BYTES (EFBIG beyond); the
 * caller frees it.  NULL with *err (an errno value) when it cannot be. */
char *ss_read_stdin(size_t *len, int *err);
/* path "-" is standard input, read whole and named SS_STDIN.
 * Returns 0, or 2 when the file cannot be read (*err = errno). */
int ss_add_file(session *s, const char *path, int *err);
void ss_add_text(session *s, const char *name, const char *text, size_t len);
/* The model, its checks, the scenarios' questions; once. */
void ss_build(session *s);

void ss_close(session *s);
/* Number of errors found (running out of memory counts as one). */
size_t ss_errors(const session *s);
/* Today from the system clock (local date). */
dt_day ss_system_today(void);

/* A question asked of a session: its text kept as the source "<query>" of
 * its own, its diagnostics, and the scratch arena its answer is built in —
 * all emptied by the next ss_ask, so that memory does not grow with the
 * number of questions (the REPL keeps one for all of them). */
typedef struct ss_query {
    src_set src;
    dg_sink dg;
    arena scratch;
    q_answer answer;
} ss_query;

void ss_query_init(ss_query *q);
/* Compiles and answers text.  Returns 0 with q->answer, or 1 with the
 * reasons in q->dg (their locations in q->src). */
int ss_ask(const session *s, ss_query *q, const char *text, dt_day today);
void ss_query_free(ss_query *q);

#endif
