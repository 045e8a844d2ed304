/* question — a query compiled: its form and every name in it resolved.
 *
 * q_compile reads a query's text once ("can Member instruct Officer") and
 * gives a q_question: the form (q_forms.h) and the roles, actions, things,
 * clauses, dates and years it names, as indexes into the model and values.
 * A bad query or an unknown name is reported to the sink given, at its
 * place in the text (file: the text's id in the caller's src_set, so that
 * the report shows it with a caret; 0 for none), with "did you mean";
 * nothing is compiled then.  Role and action names may be aliases, display
 * names in quotes, plurals, in any case.
 *
 * A question is evaluated (answer.h) as often as wanted and never re-read:
 * a scenario's `expect "can …" VERDICT` is compiled once at load
 * (q_compile_scenarios) and answered by the simulator from the question.
 *
 * Memory: the question and its texts are allocated in the arena given; the
 * model is only read.
 */
#ifndef CIVIC_QUESTION_H
#define CIVIC_QUESTION_H

#include "model.h"
#include "q_forms.h"

#include <stdbool.h>

typedef enum {
#define QF_ENUM(id, lead, alias, second, syntax, help, kind) QF_##id,
    QF_FORMS(QF_ENUM)
#undef QF_ENUM
    QF_COUNT
} q_form;

/* can ROLE ACTION [to|from|… ROLE] [about|… THING] */
typedef struct q_can_q {
    int role, action;
    int cp, thing;                  /* the counterpart role, the thing; or -1 */
    const char *cp_prep, *thing_prep;   /* the prepositions before them as asked, or NULL (static words) */
    int cp_rel;                     /* "can Officer inform line-manager": the relation asked about (cp is
                                     * the role its holder is), or -1 */
    int cp_rel_of;                  /* "line-manager of Officer": whose, or -1 for the subject's own */
} q_can_q;

/* duties of ROLE; who manages ROLE */
typedef struct q_role_q {
    int role;
} q_role_q;

/* expectations of ROLE from ROLE */
typedef struct q_expectations_q {
    int of, from;
} q_expectations_q;

/* route KIND [by ROLE] [about ROLE]; who handles KIND [about ROLE] */
typedef struct q_route_q {
    int kind;                       /* thing */
    int by, about;                  /* roles, or -1 */
} q_route_q;

/* deadline CLAUSE from DATE: the clause sets a period (checked at compile) */
typedef struct q_deadline_q {
    const char *clause;
    dt_day from;
    loc end;                        /* the end of the query, where an answer that cannot be found is reported */
} q_deadline_q;

/* explain CLAUSE */
typedef struct q_explain_q {
    const char *clause;
} q_explain_q;

/* holidays YEAR: the year is in range and there is a calendar */
typedef struct q_holidays_q {
    int year;
} q_holidays_q;

/* working days between DATE and DATE: in order, with a calendar */
typedef struct q_working_q {
    dt_day from, to;
} q_working_q;

typedef struct q_question {
    q_form form;
    const char *text;               /* the query as asked */
    dt_day today;                   /* "today" in the query, and the day a review is judged by */
    union {
        q_can_q can;
        q_role_q duties;
        q_expectations_q expectations;
        q_route_q route, handles;
        q_deadline_q deadline;
        q_explain_q explain;
        q_role_q manages;
        q_holidays_q holidays;
        q_working_q working;
    } u;
} q_question;

/* Compiles text; NULL after reporting why to dg (dg_oom when memory ran out). */
q_question *q_compile(const md_model *m, const char *text, uint32_t file, dt_day today, arena *ar, dg_sink *dg);

/* The form a query's text starts with (its first word or two), or QF_COUNT
 * when none: what a command knows of a query it could not answer. */
q_form q_form_of(const char *text);
/* The JSON kind of a form; "query" for QF_COUNT. */
const char *q_form_kind(q_form f);
/* Does the text start with a query word (so the REPL can tell queries
 * from definitions)? */
bool q_is_query(const char *text);
/* The query words, once each, for REPL completion; NULL-terminated. */
extern const char *const q_words[];
/* The table itself, by form. */
typedef struct q_form_info {
    const char *lead, *alias, *second, *syntax, *help, *kind;
} q_form_info;
extern const q_form_info q_forms[QF_COUNT];
/* The forms as `help` lists them, a line each: the i-th line's syntax
 * ("roles | clauses | who manages ROLE": forms without a help text of their
 * own join the next) into buf (cap bytes), and its help text; NULL past the
 * last line. */
const char *q_help_group(size_t i, char *buf, size_t cap);

/* Every scenario's expect "can …" VERDICT, compiled into its expectation
 * (md_expect.question) at load, after the checks: what cannot be compiled
 * is reported at the question's string, and the question is left NULL. */
void q_compile_scenarios(md_model *m, dt_day today);

#endif
