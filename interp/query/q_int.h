/* q_int — shared by the query modules (query.c, q_*.c) only. */
#ifndef CIVIC_Q_INT_H
#define CIVIC_Q_INT_H

#include "json.h"
#include "query.h"
#include "text.h"

typedef enum { QT_WORD, QT_STRING, QT_CLAUSE, QT_DATE, QT_NUMBER } q_tkind;

typedef struct q_tok {
    q_tkind kind;
    const char *text;        /* word (punctuation trimmed), string contents, clause */
    dt_day day;
    long num;
    loc at;
} q_tok;

typedef struct q_parse {
    q_ctx *q;
    q_tok *t;
    size_t n, i;
    const char *text;
    js_out js;
    uint32_t file;
} q_parse;

#define QM(p) ((p)->q->m)

bool q_word(const q_parse *p, size_t i, const char *w);      /* token i is word w (any case) */
bool q_at_end(const q_parse *p);
void q_skip_articles(q_parse *p);
/* Longest run of tokens from p->i naming a role; advances. -1 after reporting. */
int q_role(q_parse *p, const char *what);
int q_role_opt(q_parse *p);                                   /* -1 without reporting */
int q_thing(q_parse *p, bool report);
int q_action(q_parse *p);
const char *q_clause(q_parse *p);                             /* "[10.2]" or "10.2"; NULL after reporting */
bool q_date(q_parse *p, dt_day *d);
bool q_expect_end(q_parse *p);
void q_error(q_parse *p, loc at, const char *code, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
loc q_here(const q_parse *p);

/* JSON helpers for norms. */
void q_json_norm(q_parse *p, const md_norm *n);
/* The same, with "applies": how the rule bears on the question. */
void q_json_norm_ex(q_parse *p, const md_norm *n, const char *applies);
void q_begin(q_parse *p, const char *kind);                   /* opens the answer object */
void q_end(q_parse *p);

int q_can(q_parse *p);
int q_duties(q_parse *p);
int q_expectations(q_parse *p);
int q_route(q_parse *p, bool who_handles);
int q_explain(q_parse *p);

#endif
