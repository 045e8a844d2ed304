/* model — the checked meaning of a loaded protocol.
 *
 * md_build walks the AST of every file in an ld_set (and unpacks its rules,
 * one at a time), resolves each name to
 * the role, action, thing, procedure, calendar or person it denotes
 * (reporting unknown names with "did you mean"), and builds arrays of
 * roles, norms, routes, calendars and scenarios with indexes for queries.
 * Entities refer to each other by index (int, -1 = none).
 *
 * Memory: everything lives in the ld_set's arena except the hash maps and
 * the cal_calendar objects, which md_free releases.  The model borrows the
 * ld_set, which must outlive it.
 */
#ifndef CIVIC_MODEL_H
#define CIVIC_MODEL_H

#include "ast.h"
#include "cal.h"
#include "hmap.h"
#include "load.h"

#include <stdbool.h>
#include <stdint.h>

struct q_question;

/* Roles a relation leaves out: "LineManager manages Officer except Clerk". */
typedef struct md_roleset {
    int *roles;
    loc *at;                     /* where each is named */
    size_t n;
} md_roleset;

typedef struct md_role {
    const char *name;
    const char *display;         /* never NULL: falls back to name */
    const char *clause;
    loc at;
    int *parents; size_t nparents;
    int *children; size_t nchildren;
    int *ancestors; size_t nancestors;   /* self first, then breadth-first upwards */
    const char **aliases; size_t naliases;
    int *manages; size_t nmanages;
    int *appoints; size_t nappoints;
    const char **manages_cl, **appoints_cl;   /* the clause stating each relation, or NULL */
    loc *manages_at, *appoints_at;            /* where each relation is stated, or NULL */
    md_roleset *manages_ex, *appoints_ex;     /* what each relation leaves out (n = 0: nothing), or NULL */
    bool external;
} md_role;

typedef enum { MT_ACTION, MT_THING, MT_PROCEDURE } md_termkind;

typedef struct md_term {
    md_termkind kind;
    const char *name;
    const char *display;
    const char *clause;
    const char **aliases; size_t naliases;
    const char *third;           /* third person: "responds" */
    loc at;
} md_term;

typedef struct md_cond {       /* 40 bytes */
    ast_condkind kind : 7;
    bool except : 1;             /* C_NOT made from a relation's "except Clerk": reads "except for a Town Clerk" */
    signed int role : 24;        /* C_ABOUT, C_BY, C_APPROVED, C_TO: a role (at most MD_MAX_ROLES), or -1 */
    loc at;
    struct md_cond *a, *b;
    const char *text;            /* C_FACT, C_APPROVED verb */
} md_cond;

typedef struct md_deadline {   /* 24 bytes: a model has one for every rule */
    loc at;
    int32_t n;                   /* at most about ten years (the parser's limit) */
    uint32_t vague;              /* DUR_VAGUE: its words are md_vague(m, d) */
    ast_durkind kind : 8;
    ast_unit unit : 8;
} md_deadline;

/* The preposition before an act's thing or counterpart, as a small code:
 * md_prep_word gives the word ("to"), or NULL for none. */
typedef uint8_t md_prep;
md_prep md_prep_of(const char *word);
const char *md_prep_word(md_prep p);

typedef struct md_act {        /* the ints and the location together, then the text: 40 bytes */
    int action;                  /* term index (MT_ACTION) */
    int object;                  /* thing, or -1 */
    int counterpart;             /* role, or -1 */
    loc at;
    md_prep object_prep;         /* "to" in "respond to enquiry" */
    md_prep counterpart_prep;
    const char *detail;          /* quoted words, or NULL */
} md_act;

/* What few rules have: a fallback, overrides, a label naming several
 * clauses, an adopting clause.  Every rule's x points to one; those with
 * none of these share md_norm_x_none, which is read-only (md_norm_own gives
 * a rule one of its own to write). */
typedef struct md_norm_x {
    md_act *fallback;
    uint32_t nfallback;
    uint32_t nparts;             /* see parts */
    uint32_t noverrides;
    md_deadline fallback_within;
    const char *cited;           /* the root protocol's clause that adopts it, or NULL */
    loc cited_at;                /* where it is adopted */
    const char **parts;          /* "[3.1, 3.2]": each clause of a label that names several, interned */
    const char **overrides;      /* the clauses it overrides */
    loc *overrides_at;
} md_norm_x;

extern const md_norm_x md_norm_x_none;

typedef struct md_norm {       /* 104 bytes: ints, count, flags, pointers, deadline, location */
    int subject;                 /* role */
    int counterpart;             /* role the norm is towards, or -1 */
    int trigger;                 /* thing whose arrival opens the duty, or -1 */
    int trigger_from;            /* role that sends it, or -1 (anyone) */
    uint32_t nacts;
    ast_modality mod : 8;
    bool in_block;
    bool from_role;              /* made from a role's `manages`/`appoints` */
    const char *clause;          /* as written, or NULL */
    md_act *acts;
    md_cond *cond;
    md_norm_x *x;                /* never NULL */
    md_deadline within;
    loc at;                      /* the whole rule, from its clause */
} md_norm;

typedef struct md_step {
    const char *clause;
    bool informal;
    int handler;                 /* role, or -1 */
    int *alts; size_t nalts;     /* "Clerk or Mayor": further roles, tried in order */
    int procedure;               /* procedure term, or -1 */
    int *with; size_t nwith;     /* informal helpers */
    md_cond *cond;
    md_deadline within;
    loc at;
} md_step;

typedef struct md_route {
    int kind;                    /* thing */
    int by, about;               /* roles, or -1 for anyone */
    const char *clause;
    md_step *steps; size_t nsteps;
    loc at;
} md_route;

typedef struct md_calendar {
    const char *name;
    const char *display;
    cal_calendar *cal;
    int parent;                  /* index, or -1 */
    loc at;
} md_calendar;

typedef enum { RV_NONE, RV_EVERY, RV_VAGUE } md_reviewkind;

typedef struct md_meta {
    bool present;
    const char *title, *council;
    loc at;
    dt_day adopted, approved, reviewed;   /* 0 with has_* false when absent */
    bool has_adopted, has_approved, has_reviewed;
    loc adopted_at, approved_at, reviewed_at;
    md_reviewkind review;
    long review_n;               /* RV_EVERY: number of months */
    const char *review_text;     /* as written */
    const char *review_clause;
    loc review_at;
    bool has_next;               /* "next review 2024" or a date */
    dt_day next;                 /* the day by which it is due */
    bool next_year_only;
    loc next_at;
    int calendar;                /* index, or -1 (then england-and-wales if loaded) */
    loc calendar_at;
} md_meta;

typedef struct md_holding {
    int role;
    bool acting;
    dt_day from, until;          /* inclusive; INT32_MIN / INT32_MAX when open */
} md_holding;

typedef struct md_person {
    const char *name;
    const char *display;
    md_holding *holds; size_t nholds;
    loc at;
} md_person;

typedef enum { EV_TICK, EV_ACT } md_evkind;

typedef struct md_event {
    md_evkind kind;
    dt_day day;
    int minute;                  /* -1 when not given */
    int actor;                   /* person index in the scenario */
    int actor_role;              /* the actor was named by role ("Clerk"): that role, else -1 */
    int action;                  /* term */
    const char *verb;            /* as written: "raises" */
    int object;                  /* thing, or -1 */
    const char *object_prep;     /* "with" in "complies with request", or NULL */
    int target;                  /* person, or -1 */
    int target_role;             /* addressed to an office: that role, else -1 */
    const char *target_prep;     /* "to" in "sends enquiry to bob"; NULL in "instructs bob" */
    int about;                   /* person the event concerns, or -1 */
    const char **facts; size_t nfacts;
    const char *clause;          /* "alice explains [10.5] …" */
    const char *reason;
    loc at;
} md_event;

typedef enum {
    EX_STATE,                    /* [CL] open|fulfilled|breached|departed|lapsed */
    EX_DUE,                      /* [CL] due DATE */
    EX_NOT_OPENED,               /* [CL] not opened */
    EX_NO_BREACH, EX_NO_DEPARTURE,
    EX_REACHES,                  /* KIND reaches HANDLER */
    EX_RESOLVED,                 /* KIND resolved */
    EX_ENDED,                    /* KIND ended: resolved, or past the route's last step */
    EX_AT,                       /* KIND at HANDLER: the case is with that handler now */
    EX_REVIEW_OVERDUE,           /* review overdue (as of the scenario's today) */
    EX_REVIEW_NOT_OVERDUE,       /* review not overdue */
    EX_REVIEW_DUE,               /* review due DATE */
    EX_VERDICT                   /* "can Member instruct Officer" forbidden: the answer to a question */
} md_exkind;

typedef enum { OB_OPEN, OB_FULFILLED, OB_BREACHED, OB_DEPARTED, OB_LAPSED } md_obstate;

typedef struct md_expect {
    md_exkind kind;
    const char *clause;
    md_obstate state;
    dt_day date;
    int person;                  /* "by bob", or -1 */
    int kind_thing;              /* EX_REACHES etc: complaint */
    int handler_person, handler_role, handler_proc;
    bool informal;               /* the informal step: "expect complaint at informal" */
    const char *query;           /* EX_VERDICT: the question, as written in its string */
    const char *verdict;         /* EX_VERDICT: obliged, forbidden, …, unregulated */
    const struct q_question *question;   /* EX_VERDICT: the question compiled at load (query/question.h), or NULL */
    loc query_at;                /* EX_VERDICT: the string */
    loc at;
} md_expect;

/* The verdicts of a "can" question, in the order of strength; NULL-terminated. */
extern const char *const md_verdicts[];

typedef enum { SI_EV, SI_EX } md_sikind;

typedef struct md_sitem {
    md_sikind kind;
    union { md_event ev; md_expect ex; } u;
} md_sitem;

typedef struct md_scenario {
    const char *name;
    loc at;
    md_person *people; size_t npeople;   /* the file's people, then the scenario's */
    md_sitem *items; size_t nitems;
    bool has_today;
    dt_day today;
    int escalate_kind;           /* "escalate breaches as complaint": thing, or -1 */
} md_scenario;

typedef struct md_model {
    ld_set *ld;
    dg_sink *dg;
    arena *ar;
    md_role *roles; size_t nroles;
    md_term *terms; size_t nterms;
    md_norm *norms; size_t nnorms;
    md_route *routes; size_t nroutes;
    md_calendar *cals; size_t ncals;
    md_person *people; size_t npeople;
    md_scenario *scens; size_t nscens;
    md_meta meta;
    const char **vagues; size_t nvagues, capvagues;   /* the words of vague deadlines, by md_deadline.vague - 1 */
    hmap syms;                   /* interned name -> symbol (see model.c) */
    hmap by_role_action;         /* role<<32|action -> first index entry */
    int *ix_norm, *ix_next;      /* index entries: a norm, and the next entry of the chain */
    size_t nix;
    hmap by_clause;              /* interned clause -> first clause entry */
    int *cx_norm, *cx_next;      /* clause entries: a norm, the next entry */
    size_t ncx;
    hmap cal_syms;               /* interned calendar name -> index */
    dt_day today;
    /* well-known terms, or -1 */
    int t_respond, t_resolve, t_escalate, t_explain;
    /* bit a * nroles + b: roles a and b have a common descendant (md_overlap,
     * asked for every pair of rules the checks compare); malloc'd, or NULL */
    unsigned char *overlap;
    bool too_many_roles, too_many_norms;   /* the limits below were reported */
    unsigned norm_threads;       /* the threads the rules were read on: 2 for a big load (model_norm.c) */
    bool big;                    /* big enough for a second thread (md__two_threads) */
} md_model;

/* Limits on the size of a model, so that checks comparing rules pairwise
 * stay fast on any input.  Real protocols have tens of roles and rules. */
enum { MD_MAX_ROLES = 10000, MD_MAX_NORMS = 1000000, MD_MAX_RELATIONS = 10000 };
/* People declared outside scenarios are copied into every scenario, and
 * every calendar keeps a bitmap of two centuries: these stay small too. */
enum { MD_MAX_PEOPLE = 100, MD_MAX_SCENARIOS = 10000, MD_MAX_CALENDARS = 100 };

typedef enum { SYM_ROLE = 1, SYM_TERM = 2 } md_symkind;

/* Builds the model; every problem goes to ld->dg.  Returns false only when
 * out of memory (the model is then partial but safe to free).  Once per
 * load: the packed rules are freed as they are read (ast_pack.h). */
bool md_build(md_model *m, ld_set *ld, dt_day today);
/* The index of rule n (a pointer into m->norms). */
static inline int md_norm_index(const md_model *m, const md_norm *n) { return (int)(n - m->norms); }
/* n's own md_norm_x, to write to (NULL when out of memory). */
md_norm_x *md_norm_own(md_model *m, md_norm *n);
void md_free(md_model *m);

/* Names.  md_find_* look up a name as written in source (exact, then
 * aliases, then a plural); md_lookup_* are for user queries (also
 * case-insensitive and display names).  -1 when unknown. */
int md_find_role(const md_model *m, const char *name);
int md_find_term(const md_model *m, const char *name, md_termkind kind);
int md_lookup_role(const md_model *m, const char *text);
int md_lookup_term(const md_model *m, const char *text, md_termkind kind);
int md_lookup_calendar(const md_model *m, const char *name);
/* A close name of the kind, for "did you mean", or NULL. */
const char *md_suggest_role(const md_model *m, const char *text);
const char *md_suggest_term(const md_model *m, const char *text, md_termkind kind);
/* Does verb (as written in an event: "responds") name action a? */
int md_lookup_verb(const md_model *m, const char *verb);

bool md_is_a(const md_model *m, int role, int ancestor);
/* Does role x's k-th manages (or appoints) relation take in `target`: is the
 * target a kind of the related role, and of none it leaves out? */
bool md_relation_covers(const md_model *m, const md_role *x, bool appoints, size_t k, int target);
/* What x's k-th relation leaves out (NULL when nothing). */
const md_roleset *md_relation_except(const md_role *x, bool appoints, size_t k);
/* Do two roles have a common descendant (including either one)? */
bool md_overlap(const md_model *m, int a, int b);
/* The protocol's calendar (england-and-wales by default), or NULL. */
cal_calendar *md_cal(const md_model *m);
/* Clause entries, by the clause as written or as adopted:
 * for (e = md_clause_first(m, c); e >= 0; e = md_clause_next(m, e)) md_clause_norm(m, e). */
int md_clause_first(const md_model *m, const char *clause);
int md_clause_next(const md_model *m, int entry);
int md_clause_norm(const md_model *m, int entry);
/* Does norm n override the rules of clause c? */
bool md_overrides(const md_norm *n, const char *c);
/* Does n override o (by o's own clause or the clause that adopts it)? */
bool md_overrides_norm(const md_norm *n, const md_norm *o);
/* The clause a norm is cited by: the adopting clause, else its own (or NULL). */
const char *md_norm_clause(const md_norm *n);
/* A label may name several clauses: "[2.4, 3.1]" names 2.4 and 3.1, and
 * "[Councillors/3, 5.7]" names Councillors/3 and Councillors/5.7 (a part
 * without a section of its own takes the first part's).  md_label_part
 * writes the i-th clause into buf (cap bytes) and returns its length, or 0
 * past the last; a label without a comma names just itself.  md_label_cites:
 * does the label name clause c? */
size_t md_label_part(const char *label, size_t i, char *buf, size_t cap);
bool md_label_cites(const char *label, const char *c);
/* "[4.3]", "[4.3] (model [MP-2])", or "(no clause)". */
const char *md_cite(const md_model *m, const md_norm *n);
/* The same, built in the arena given (a query's scratch arena). */
const char *md_cite_in(const md_model *m, arena *ar, const md_norm *n);
/* Index entries for norms whose subject is exactly `role` with an act of
 * `action`: for (e = md_ra_first(..); e >= 0; e = md_ra_next(m, e)) md_ra_norm(m, e). */
int md_ra_first(const md_model *m, int role, int action);
int md_ra_next(const md_model *m, int entry);
int md_ra_norm(const md_model *m, int entry);
/* Role display with article: "a Member", "the Town Clerk" is not attempted;
 * just the display name. */
const char *md_role_name(const md_model *m, int role);
const char *md_term_name(const md_model *m, int term);
/* The words of a vague deadline ("a reasonable time"), or "" for another. */
const char *md_vague(const md_model *m, const md_deadline *d);
/* Deadline for a norm from a day, under the protocol calendar; -1 on failure. */
int md_deadline_from(const md_model *m, const md_deadline *d, dt_day from, dt_day *due);
/* The fields of a protocol block ("council", "adopted", …), NULL-terminated. */
const char *const *md_meta_keys(void);
/* Review status as of `today`. */
typedef struct md_review {
    bool known;                  /* a next review date can be computed */
    dt_day last;                 /* last approval or review */
    bool has_last;
    dt_day next;
    bool overdue;
    const char *basis;           /* "every 1 year from 2018-03-26", … */
} md_review;
md_review md_review_status(const md_model *m, dt_day today);
/* The same, its basis built in the arena given. */
md_review md_review_status_in(const md_model *m, arena *ar, dt_day today);

#endif
