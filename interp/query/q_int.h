/* q_int — shared by the files of the query folder only.
 *
 * Who calls whom, so that no two files call each other: q_table.c (the
 * dispatch) calls each form's compiler and evaluator (q_can.c, q_rules.c,
 * q_route.c, q_deadline.c, q_explain.c, q_lists.c), and they all call
 * q_base.c (tokens, names, clauses, dates, rules as answers cite them, the
 * table's data), which calls none of them.
 */
#ifndef CIVIC_Q_INT_H
#define CIVIC_Q_INT_H

#include "answer.h"
#include "question.h"
#include "text.h"

typedef enum { QT_WORD, QT_STRING, QT_CLAUSE, QT_DATE, QT_NUMBER } q_tkind;

typedef struct q_tok {
    q_tkind kind;
    const char *text;        /* word (punctuation trimmed), string contents, clause */
    dt_day day;
    long num;
    loc at;
} q_tok;

/* A query being compiled. */
typedef struct q_parse {
    const md_model *m;
    dg_sink *dg;
    arena *tmp;              /* the tokens and texts made while reading; freed after */
    arena *out;              /* the question's own texts */
    q_tok *t;
    size_t n, i;
    const char *text;
    uint32_t file;
    dt_day today;
    int subject;             /* the role that acts, once read (for the hint of an unknown action), or -1 */
} q_parse;

/* A question being answered. */
typedef struct q_eval {
    const md_model *m;
    arena *ar;               /* the scratch arena of the answer */
    dg_sink *dg;
} q_eval;

/* ---- q_base.c: reading a query ---- */
bool q_tokenize(q_parse *p);
bool q_word(const q_parse *p, size_t i, const char *w);      /* token i is word w (any case) */
bool q_at_end(const q_parse *p);
void q_skip_articles(q_parse *p);
/* Longest run of tokens from p->i naming a role; advances. -1 after reporting. */
int q_role(q_parse *p, const char *what);
int q_role_opt(q_parse *p);                                   /* -1 without reporting */
/* A relation named by its name or display name (up to four words), advancing; -1 when none. */
int q_rel_opt(q_parse *p);
int q_thing(q_parse *p, bool report);
int q_action(q_parse *p);
/* "[10.2]", "10.2", "clause 10.2": a clause something cites, in p->out; NULL after reporting. */
const char *q_clause(q_parse *p);
bool q_date(q_parse *p, dt_day *d);
bool q_expect_end(q_parse *p);
void q_error(q_parse *p, loc at, const char *code, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
loc q_here(const q_parse *p);

/* ---- q_base.c: answering ---- */
/* Fills r with rule n as answers cite it (texts in e->ar). */
void q_rule_of(const q_eval *e, const md_norm *n, q_rule *r);
/* An array of n elements in the scratch arena (n may be 0: then a valid empty array). */
void *q_array(const q_eval *e, size_t n, size_t size);

/* ---- the forms: q_compile_ID fills q->u.ID (the form and text are set); q_eval_ID fills a->u.ID ---- */
#define QF_DECLARE(id, lead, alias, second, syntax, help, kind) \
    bool q_compile_##id(q_parse *p, q_question *q);             \
    int q_eval_##id(const q_eval *e, const q_question *q, q_answer *a);
QF_FORMS(QF_DECLARE)
#undef QF_DECLARE

#endif
