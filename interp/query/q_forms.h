/* q_forms — the one table of query forms.
 *
 * Everything that lists the forms is made from this table: the compiler's
 * dispatch and its "did you mean" for an unknown query word (q_table.c),
 * the evaluators' dispatch, `help`, the REPL's completion of query words
 * (q_words), and the two renderers' dispatch (render/answer_text.c,
 * render/answer_json.c).  tests/tools/forms.sh checks that docs/civic.1,
 * docs/LANGUAGE.md, `civic query --help` and the REPL's :help agree with it.
 *
 *   X(id, lead, alias, second, syntax, help, kind)
 *
 *   id      the form in C: QF_id, its compiler qc_compile_id and evaluator
 *           qc_eval_id (question.h), its question and answer u.id, its
 *           renderers (answer_text.c, answer_json.c)
 *   lead    the word a query of the form starts with
 *   alias   other words that start it, separated by '|' ("may|must" for
 *           "can": a clerk asks "must Officer respond …"), or NULL
 *   second  what must follow the lead ("manages" in "who manages"), or
 *           NULL; alternatives separated by '|', each of one or more words
 *           ("handles|deals with")
 *   syntax  how it is written, as `help` shows it
 *   help    what it answers, as `help` shows it; NULL puts the form on the
 *           next form's line ("roles | clauses | who manages ROLE  lists"),
 *           "" leaves it out of `help`
 *   kind    its JSON kind (docs/JSON.md)
 *
 * Adding a form: a line here, its question and answer in question.h and
 * answer.h, and three C files: its compiler and evaluator (one file of this
 * folder), its text and its JSON renderer.
 */
#ifndef CIVIC_Q_FORMS_H
#define CIVIC_Q_FORMS_H

#define QF_FORMS(X)                                                                                              \
    X(can, "can", "may|must|should|shall|will", NULL, "can ROLE ACTION [ROLE]",                                 \
      "obliged, forbidden, recommended, discouraged, permitted or unregulated (also asked with must, should, may)", \
      "can")                                                                                                     \
    X(duties, "duties", "obligations", NULL, "duties of ROLE", "every rule binding the role, inherited ones too", \
      "duties")                                                                                                  \
    X(expectations, "expectations", NULL, NULL, "expectations of ROLE from ROLE",                               \
      "what the first can expect of the second", "expectations")                                                \
    X(route, "route", NULL, NULL, "route KIND by ROLE about ROLE",                                              \
      "who handles a complaint, grievance or dispute, step by step", "route")                                   \
    X(handles, "who", NULL, "handles|deals with", "who handles KIND about ROLE",                                \
      "the same, for a case raised by anyone", "route")                                                         \
    X(deadline, "deadline", NULL, NULL, "deadline CLAUSE from DATE",                                            \
      "the due date under the protocol's calendar (DATE: 2026-12-07, 7 December 2026 or 07/12/2026)", "deadline") \
    X(review, "review", NULL, NULL, "review", "last approval, next review, overdue or not", "review")             \
    X(explain, "explain", NULL, NULL, "explain CLAUSE", "the rules of a clause, their source and meaning",        \
      "explain")                                                                                                 \
    X(roles, "roles", NULL, NULL, "roles", NULL, "roles")                                                        \
    X(clauses, "clauses", NULL, NULL, "clauses", NULL, "clauses")                                                \
    X(manages, "who", NULL, "manages", "who manages ROLE", "lists", "who-manages")                                \
    X(holidays, "holidays", NULL, NULL, "holidays YEAR", "the calendar's holidays", "holidays")                  \
    X(working, "working", NULL, NULL, "working days between DATE and DATE", "count working days", "working-days") \
    X(help, "help", NULL, NULL, "help", "", "help")

#endif
