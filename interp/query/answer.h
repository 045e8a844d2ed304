/* answer — a compiled question's answer, as data.
 *
 * q_evaluate answers a question (question.h) from a model it only reads,
 * into a q_answer: one struct per form, holding everything a renderer
 * shows — verdicts, the rules that decide them (clause, source file and
 * line, the rule in plain English), route steps with the skipped ones and
 * why, due dates with the days not counted, review status, lists.  Text and
 * JSON are two renderers of the same structs (interp/render/answer.h); an
 * editor's hover or an HTML page would be more.
 *
 * Memory: every text and array of an answer is allocated in the scratch
 * arena given, which the caller resets (or frees) when the answer has been
 * rendered; an answer also points into the model (names, clauses), which
 * must outlive it.  Nothing is written to the model.
 */
#ifndef CIVIC_ANSWER_H
#define CIVIC_ANSWER_H

#include "question.h"

/* A rule as answers cite it. */
typedef struct q_rule {
    const md_norm *norm;
    const char *clause;             /* the clause it is cited by (md_norm_clause), or NULL */
    const char *model_clause;       /* its own clause when another adopts it, or NULL */
    const char *cite;               /* "[4.3]", "[4.3] (model [MP-2])", "(no clause)" */
    const char *modality;           /* "must not" */
    const char *verdict;            /* "forbidden" */
    const char *subject;            /* role name (for a relation, the role its holder is) */
    const char *subject_relation;   /* "line-manager of Officer must …": the relation's name, or NULL */
    const char *subject_of;         /* with it: the role of whom, "Officer" */
    const char **actions;           /* action names, nactions >= 1 */
    size_t nactions;
    const char *counterpart, *thing;    /* names, or NULL */
    const char *deadline;           /* "2 working days", or NULL */
    const char *condition;          /* "when …", or NULL */
    const char *otherwise;          /* the fallback's acts, or NULL */
    const char *text;               /* the rule in plain English */
    const char *file;               /* its source file (or NULL), line, and lines as written */
    int line;
    const char *source;
    size_t source_len;
} q_rule;

/* ---- can ---------------------------------------------------------------------- */

typedef struct q_can_hit {
    q_rule rule;
    const char *applies;            /* how the rule bears on the question: "always", "overridden by [4.1]", … */
    bool decides;                   /* the rule that gives the verdict */
    bool ruled_out;                 /* overridden, or its condition cannot hold here */
} q_can_hit;

typedef struct q_can_a {
    const char *role, *action, *counterpart, *thing;   /* names; the last two may be NULL */
    const char *counterpart_relation;   /* "line-manager" when the question named a relation (counterpart:
                                         * the role its holder is), or NULL */
    const char *question;           /* the question in words: "a Member may instruct an Officer" */
    const char *verdict;            /* md_verdicts */
    bool conditional, conflict;
    const char *decider_clause;     /* the deciding rule's clause, or NULL */
    q_can_hit *hits;                /* every rule about the action that binds the role */
    size_t nhits;
    const char **clauses;           /* the deciding rule's clause first, then the others', once each */
    size_t nclauses;
    const char **conditions;        /* the circumstances under which a rule would apply */
    size_t nconditions;
    const char *depends_on;         /* verdict "depends": on what ("how a Deputy Town Clerk and … rank"), else NULL */
    const char *seniority;          /* the order of seniority decided a rule's "junior": "a Deputy Town Clerk ranks
                                     * above an Officer [7]", else NULL */
} q_can_a;

/* ---- duties, expectations --------------------------------------------------------- */

typedef struct q_listed_rule {
    q_rule rule;
    int group;                      /* the ancestor the rule is inherited from (0: the role itself) */
    const char *group_name;         /* its display name, or NULL for the role itself */
} q_listed_rule;

typedef struct q_rules_a {
    const char *role, *role_name;   /* duties: the role; expectations: who expects */
    const char *from, *from_name;   /* expectations: whom they expect it of; else NULL */
    q_listed_rule *rules;
    size_t n;
} q_rules_a;

/* ---- route, who handles ------------------------------------------------------------- */

typedef struct q_step_a {
    const char *clause;             /* the step's clause, or the route's */
    bool applies;
    bool informal;
    const char *handler;            /* the role or procedure id, or "informal" */
    const char *handler_name;       /* as this case sees it */
    const char *handler_all;        /* every handler the step names ("Clerk or Mayor"), for a skipped step */
    const char **alternatives;      /* "Clerk or Mayor": every role named, in order; or NULL */
    size_t nalternatives;
    const char *kind;               /* "role", "procedure" or "informal" */
    const char *within;             /* or NULL */
    const char *condition;          /* or NULL */
    const char *reason;             /* why it is skipped, or a caveat when it applies; or NULL */
    bool choice;                    /* "Clerk and/or Chair": the alternatives may each handle it */
    bool optional;                  /* "possibly Council": the case may end before it */
    bool referral;                  /* "refer to MonitoringOfficer": the matter leaves the protocol here */
    const char *under, *under_name; /* a referral's procedure (id, display), or NULL */
    const char *relation;           /* "head-of-service": the relation named (id), or NULL */
    const char *relation_of;        /* whose: "subject" or "raiser", or NULL */
    const char *relation_clause;    /* the clause of the relation's line that applies here, or NULL */
} q_step_a;

typedef struct q_route_one {
    const char *kind, *by, *about;  /* the case asked about: ids, by and about may be NULL */
    const char *heading;            /* "A complaint by a Member about a Town Clerk" */
    bool found;                     /* a route covers it */
    const char *route_clause;       /* or NULL */
    const char *route;              /* "complaint by Member about anyone", or NULL */
    q_step_a *steps;
    size_t nsteps;
} q_route_one;

typedef struct q_route_a {
    q_route_one *routes;            /* at least one (found or not) */
    size_t n;
    bool per_raiser;                /* asked without a raiser: one route for each raiser */
} q_route_a;

/* ---- deadline ------------------------------------------------------------------------- */

typedef struct q_day_off {
    dt_day day;
    const char *name;
} q_day_off;

typedef struct q_due {
    q_rule rule;
    dt_day from;
    const char *within;             /* "2 working days", "promptly" */
    bool fixed;                     /* a fixed period: there is a due day */
    const char *vague;              /* when not: its words */
    dt_day due;
    bool working_days;              /* counted in working days on a calendar */
    q_day_off *not_counted;         /* holidays between from and due that were skipped */
    size_t nnot_counted;
    bool has_otherwise;
    dt_day otherwise_due;
    bool asap;                      /* a target before the cap: done sooner if possible */
    const char *target;             /* the target when it is a period ("within 5 working days"), or NULL */
    dt_day target_due;              /* its day, when target */
    const char *counting;           /* how the period is counted, in words */
} q_due;

typedef struct q_deadline_a {
    const char *clause;
    const char *calendar, *calendar_name;   /* id and display name, or NULL */
    q_due *dues;                    /* every rule of the clause that sets a period, fixed ones first */
    size_t n;
} q_deadline_a;

/* ---- review ----------------------------------------------------------------------------- */

typedef struct q_review_a {
    const char *title, *council;    /* or NULL */
    bool has_adopted, has_approved, has_reviewed;
    dt_day adopted, approved, reviewed;
    const char *cycle, *clause;     /* as written, or NULL */
    md_review status;
    dt_day today;
    /* the dates as the document gives them ("May 2019"; "not stated" for
     * `unknown`), or NULL when not written */
    const char *adopted_text, *approved_text, *reviewed_text, *updated_text;
    const char **unknown;           /* the fields written `unknown`: "adopted", "approved", "reviewed", "updated" */
    size_t nunknown;
    const char *overseen, *overseen_name, *overseen_clause;   /* "overseen by": the role, or NULL */
} q_review_a;

/* ---- explain ------------------------------------------------------------------------------ */

typedef struct q_explained {
    q_rule rule;
    const char *meaning;
} q_explained;

typedef struct q_cited_step {
    const char *clause, *route, *route_clause;
    int step;                       /* 1-based */
    const char *meaning, *condition;
} q_cited_step;

typedef struct q_definition {
    const char *kind;               /* "role", "action", "thing", "procedure" */
    const char *name, *display;
    bool quoted;                    /* shown in quotes: a term's display name */
    const char *file;
    int line;
    const char *source;
    size_t source_len;
} q_definition;

/* Something else written under the clause: a relation's line, a role's
 * `manages`, a step of the order of seniority, a deed that counts as
 * another, who oversees the protocol. */
typedef struct q_explain_line {
    const char *kind;               /* "relation", "manages", "appoints", "seniority", "counts-as", "overseen-by" */
    const char *text;               /* in plain English */
    const char *file;
    int line;
    const char *source;
    size_t source_len;
} q_explain_line;

typedef struct q_explain_a {
    const char *clause;
    q_explained *norms;
    size_t nnorms;
    q_cited_step *steps;
    size_t nsteps;
    bool review;                    /* the review cycle cites the clause */
    const char *review_cycle;
    md_review review_status;
    q_definition *definitions;
    size_t ndefinitions;
    q_explain_line *lines;
    size_t nlines;
} q_explain_a;

/* ---- lists ----------------------------------------------------------------------------------- */

typedef struct q_role_row {
    const char *role, *name;
    const char **is;                /* parent role names */
    size_t nis;
    const char **aka;
    size_t naka;
    bool external;
} q_role_row;

typedef struct q_roles_a {
    q_role_row *rows;
    size_t n;
} q_roles_a;

typedef struct q_clause_row {
    const char *clause;             /* or NULL */
    size_t rules;
    const char *first;              /* the first rule in plain English */
} q_clause_row;

typedef struct q_clauses_a {
    q_clause_row *rows;
    size_t n;
} q_clauses_a;

/* A line of a managing relation: for someone who is `of`, the holder is `is`. */
typedef struct q_relline {
    const char *of, *of_name;
    const char *is, *is_name;       /* NULL: nobody */
    const char *clause;             /* or NULL */
} q_relline;

typedef struct q_manager {
    const char *role, *name;        /* who manages (a relation: the role its holder is here, NULL for nobody; its phrase) */
    const char *relation;           /* a relation that manages ("line-manager"), or NULL */
    bool own_line;                  /* a relation: lines[0] is the exception that applies to the role asked about */
    q_relline *lines;               /* a relation: the exception for the role asked about, then those for its kinds */
    size_t nlines;
    const char *manages_name;       /* the role their relation names, as displayed */
    const char *clause;             /* or NULL */
    bool has_except;
    const char **except, **except_names;
    size_t nexcept;
} q_manager;

typedef struct q_manages_a {
    const char *role, *role_name;
    q_manager *managers;
    size_t n;
} q_manages_a;

typedef struct q_holidays_a {
    const char *calendar, *calendar_name;
    int year;
    cal_holiday *days;
    size_t n;
} q_holidays_a;

typedef struct q_working_a {
    dt_day from, to;
    const char *calendar, *calendar_name;
    long days;
} q_working_a;

typedef struct q_help_a {
    const char **lines;
    size_t n;
} q_help_a;

typedef struct q_answer {
    q_form form;
    const q_question *q;
    union {
        q_can_a can;
        q_rules_a duties, expectations;
        q_route_a route, handles;
        q_deadline_a deadline;
        q_review_a review;
        q_explain_a explain;
        q_roles_a roles;
        q_clauses_a clauses;
        q_manages_a manages;
        q_holidays_a holidays;
        q_working_a working;
        q_help_a help;
    } u;
} q_answer;

/* Answers q into *a.  Returns 0, or 1 after reporting to dg: out of memory
 * (dg_oom), or an answer that cannot be found (a deadline with no working
 * day in reach).  The scratch arena's failure counts as out of memory. */
int q_evaluate(const md_model *m, const q_question *q, arena *scratch, dg_sink *dg, q_answer *a);

/* For the simulator: the verdict on a compiled "can" question and the
 * clause of the rule that decides it (or NULL).  Returns 0; 1 when q is
 * NULL (it could not be compiled: civic check says why); -1 when memory ran
 * out.  The verdict is a static word, the clause the model's. */
int q_can_verdict(const md_model *m, const q_question *q, const char **verdict, const char **clause);

/* For clause coverage: calls each(ctx, clause) for the clause of every rule
 * that decides the verdict on q -- the rule the answer cites, and every
 * other rule that gives the same verdict in the same circumstances (the
 * same modality, applying always, or both only under conditions): the
 * answer cites the first of them, but any one of them alone would give it.
 * A weaker rule the answer lists ("should" beside a "must"), or one that
 * applies only under a condition beside one that always applies, does not
 * decide it.  Returns as q_can_verdict. */
int q_can_deciders(const md_model *m, const q_question *q, void (*each)(void *ctx, const char *clause), void *ctx);

#endif
