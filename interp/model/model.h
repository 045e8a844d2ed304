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
    bool is_kind;                /* "kind concern": a kind of matter a route or case can be for */
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
    uint32_t vague;              /* DUR_VAGUE: its words are md_vague(m, d); DF_END_OF: what follows "by the end of" */
    ast_durkind kind : 8;
    ast_unit unit : 8;
    ast_durform form : 4;        /* DF_END_OF: "by the end of the next working day" (n = 1) */
    bool asap : 1;               /* a target, "as soon as possible", before this cap */
    bool receipt : 1;            /* written "… of receipt" */
} md_deadline;

/* The preposition before an act's thing or counterpart, as a small code:
 * md_prep_word gives the word ("to"), or NULL for none. */
typedef uint8_t md_prep;
md_prep md_prep_of(const char *word);
const char *md_prep_word(md_prep p);

/* Whose relation a rule or step names: the rule's subject's own ("inform
 * line-manager"), that of the person the act or case is about ("line-manager
 * of Officer", "head-of-service of subject"), or the raiser's. */
typedef enum { RP_SELF, RP_ABOUT, RP_RAISER } md_relparty;

typedef struct md_act {        /* the ints and the location together, then the small fields, then the text: 40 bytes */
    int action;                  /* term index (MT_ACTION) */
    int object;                  /* thing, or -1 */
    int counterpart;             /* role, or -1; for a relation, the role its holder is */
    loc at;
    md_prep object_prep;         /* "to" in "respond to enquiry" */
    md_prep counterpart_prep;
    int16_t rel;                 /* the counterpart is a relation of a party: its index in m->rels + 1, or 0
                                  * (zero, so that an act made zeroed has none; md_act_rel gives the index) */
    uint8_t rel_of;              /* md_relparty */
    int16_t rel_role;            /* RP_ABOUT: the role of whom ("of Officer"), or -1 */
    const char *detail;          /* quoted words, or NULL */
} md_act;

/* The relation an act's counterpart is (an index in m->rels), or -1. */
static inline int md_act_rel(const md_act *a) { return a->rel - 1; }

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
    md_deadline target;          /* "within 5 working days and at the latest within 10": the 5 (kind DUR_NONE: none) */
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
    bool only;                   /* "only Clerk may …": the named roles alone */
    bool only_cp;                /* "may instruct only junior Officer": those counterparts alone */
    bool from_only;              /* made from an `only` rule: every other role (or counterpart) must not */
    int16_t subj_rel;            /* "line-manager of Officer must …": the subject is a relation, index in m->rels + 1, or 0;
                                  * subject is then the role its holder is (md_norm_subj_rel gives the index) */
    int16_t subj_of;             /* with subj_rel: the role of whom ("of Officer"), the person the act is about */
    const char *clause;          /* as written, or NULL */
    md_act *acts;
    md_cond *cond;
    md_norm_x *x;                /* never NULL */
    md_deadline within;
    loc at;                      /* the whole rule, from its clause */
} md_norm;

/* The relation a rule's subject is (an index in m->rels), or -1. */
static inline int md_norm_subj_rel(const md_norm *n) { return n->subj_rel - 1; }


typedef struct md_step {
    const char *clause;
    bool informal;
    bool choice;                 /* "Clerk and/or Chair": alts are alternatives, either may handle it */
    bool optional;               /* "possibly Council": reached only when the case is escalated to it */
    bool referral;               /* "refer to MonitoringOfficer": the case leaves the protocol here */
    int handler;                 /* role (for a relation, the role its holder is), or -1 */
    int rel;                     /* "head-of-service of subject": a relation (m->rels), or -1 */
    md_relparty rel_of;          /* RP_ABOUT (the subject) or RP_RAISER */
    int under;                   /* a referral's procedure, or -1 */
    int *alts; size_t nalts;     /* "Clerk or Mayor": further roles, tried in order */
    int procedure;               /* procedure term, or -1; with referral, "procedure P and/or refer to …" */
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
/* How precisely a document gives a date: "2015-09-28", "May 2019", "2019". */
typedef enum { DP_DAY, DP_MONTH, DP_YEAR } md_dateprec;

/* "adopted 2019-05": a date as the document gives it.  day is the first
 * day it can be (for DP_MONTH the 1st, DP_YEAR 1 January); md_date_text
 * writes it back as given. */
typedef struct md_date {
    dt_day day;
    md_dateprec prec;
    bool known;                  /* written with a date (not "unknown") */
    bool unknown;                /* written "unknown": stated as not given */
    loc at;
} md_date;

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
    /* as written, with their precision (the dt_day fields above hold the first day each can be) */
    md_date adopted_as, approved_as, reviewed_as, updated, next_as;
    int overseen;                /* "overseen by StandardsCommittee": a role, or -1 */
    const char *overseen_clause;
    loc overseen_at;
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

/* What few events have: facts ("where \"…\""), an explanation, a matter's
 * reference ("sends enquiry E1").  Events with none share md_event_x_none. */
typedef struct md_event_x {
    const char **facts; size_t nfacts;
    const char *clause;          /* "alice explains [10.5] …" */
    const char *reason;
    const char *ref;             /* "sends enquiry E1": the matter's reference, or NULL */
    bool ref_new;                /* the event raises the matter ref names (else it answers it) */
} md_event_x;

extern const md_event_x md_event_x_none;

typedef struct md_event {      /* 72 bytes: a scenario may have a million (asserted in model_scen.c) */
    dt_day day;
    int16_t minute;              /* -1 when not given */
    uint8_t kind;                /* md_evkind */
    md_prep object_prep;         /* "with" in "complies with request", or 0 */
    md_prep target_prep;         /* "to" in "sends enquiry to bob"; 0 in "instructs bob" */
    bool target_first;           /* whom it is to came before the thing: "informs alice of complaint" */
    int actor;                   /* person index in the scenario */
    int actor_role;              /* the actor was named by role ("Clerk"): that role, else -1 */
    int action;                  /* term */
    int object;                  /* thing, or -1 */
    int target;                  /* person, or -1 */
    int target_role;             /* addressed to an office: that role, else -1 */
    int about;                   /* person the event concerns, or -1 */
    loc at;
    const char *verb;            /* as written: "raises" */
    const md_event_x *x;         /* never NULL */
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
    EX_VERDICT,                  /* "can Member instruct Officer" forbidden: the answer to a question */
    EX_REFERRED,                 /* KIND referred: a case of the kind was referred out (refer to) */
    EX_REF_STATE                 /* E1 open|fulfilled|breached|departed|lapsed: the matter's duties (clause: the reference) */
} md_exkind;

typedef enum { OB_OPEN, OB_FULFILLED, OB_BREACHED, OB_DEPARTED, OB_LAPSED } md_obstate;

typedef struct md_expect {     /* 88 bytes: the ints, the locations, then the pointers (asserted in model_scen.c) */
    md_exkind kind : 8;
    md_obstate state : 8;
    bool informal;               /* the informal step: "expect complaint at informal" */
    dt_day date;
    int person;                  /* "by bob" (also "no breach by bob"), or -1 */
    int kind_thing;              /* EX_REACHES etc: complaint */
    int handler_person, handler_role, handler_proc;
    loc at;
    loc query_at;                /* EX_VERDICT: the string */
    const char *clause;
    const char *query;           /* EX_VERDICT: the question, as written in its string */
    const char *verdict;         /* EX_VERDICT: obliged, forbidden, …, unregulated */
    const struct q_question *question;   /* EX_VERDICT: the question compiled at load (query/question.h), or NULL */
} md_expect;

/* The verdicts of a "can" question, in the order of strength; NULL-terminated. */
extern const char *const md_verdicts[];

typedef enum { SI_EV, SI_EX } md_sikind;

typedef struct md_sitem {
    md_sikind kind;
    union { md_event ev; md_expect ex; } u;
} md_sitem;

/* "carol is line-manager of bob from 2025-01-01": people bound by a relation. */
typedef struct md_relfact {
    int rel;
    int holder, of;              /* people: the scenario's (or, outside one, m->people) */
    dt_day from, until;          /* inclusive; INT32_MIN / INT32_MAX when open */
    loc at;
} md_relfact;

typedef struct md_scenario {
    const char *name;
    loc at;
    loc span;                    /* the whole block: an error inside it fails this scenario only (civic test) */
    md_relfact *relfacts; size_t nrelfacts;   /* the file's, then the scenario's */
    md_person *people; size_t npeople;   /* the file's people, then the scenario's */
    md_sitem *items; size_t nitems;
    bool has_today;
    dt_day today;
    int escalate_kind;           /* "escalate breaches as complaint": thing, or -1 */
} md_scenario;

/* A relation of the people in a case (see model_rel.c).  cases[0] is the
 * declaration, "of Officer is Officer"; the rest are exceptions for kinds
 * of its `of` role, "of ManagingDirector is Leader" (is = -1: nobody). */
typedef struct md_relcase {
    int of, is;
    const char *clause;
    loc at;
} md_relcase;

typedef struct md_rel {
    const char *name;
    const char *display;         /* never NULL */
    md_relcase *cases; size_t ncases;
    bool manages;                /* "line-manager manages Officer" */
    const char *manages_clause;
    loc manages_at;
    loc at;
} md_rel;

/* "seniority Clerk above DeputyClerk": one edge of the order, as written. */
typedef struct md_rank {
    int above, below;
    const char *clause;
    loc at;
} md_rank;

/* "respond to enquiry counts as acknowledge enquiry" */
typedef struct md_counts {
    md_act deed, as;
    const char *clause;
    loc at;
} md_counts;

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
    md_rel *rels; size_t nrels;
    md_relfact *relfacts; size_t nrelfacts;   /* outside scenarios, between m->people */
    md_rank *ranks; size_t nranks;            /* the seniority order, as written */
    int *rank_of;                /* per role: its place among the ranked roles, or -1 (NULL: no order); malloc'd */
    int *ranked; size_t nranked; /* the roles the order places */
    unsigned char *above;        /* nranked × nranked: 1 when [i] ranks above [j], through any chain; malloc'd */
    struct md_alias_at { const char *name; uint32_t v; loc at; } *alias_at;   /* where each alias was declared */
    size_t nalias_at, capalias_at;
    md_counts *counts; size_t ncounts;
    const char **vagues; size_t nvagues, capvagues;   /* the words of vague deadlines, by md_deadline.vague - 1 */
    hmap syms;                   /* interned name -> symbol (see model.c) */
    hmap by_role_action;         /* role<<32|action -> first index entry */
    int *ix_norm, *ix_next;      /* index entries: a norm, and the next entry of the chain */
    size_t nix;
    hmap by_clause;              /* interned clause -> first clause entry */
    int *cx_norm, *cx_next;      /* clause entries: a norm, the next entry */
    size_t ncx;
    hmap cal_syms;               /* interned calendar name -> index */
    hmap phrases;                /* actions named by several words (model_phrase.c) */
    size_t phrase_words;         /* the most words of one of them; 0 when there are none */
    dt_day today;
    /* well-known terms, or -1 */
    int t_respond, t_resolve, t_escalate, t_explain;
    /* bit a * nroles + b: roles a and b have a common descendant (md_overlap,
     * asked for every pair of rules the checks compare); malloc'd, or NULL */
    unsigned char *overlap;
    bool too_many_roles, too_many_norms;   /* the limits below were reported */
} md_model;

/* Limits on the size of a model, each only where more would make work grow
 * as a square (docs/LANGUAGE.md lists them).  Real protocols have tens of
 * roles and rules.  Roles: md_overlap keeps a bit for every pair.  Rules:
 * all held at once, compared within (role, action).  Relations: one line
 * relates each role it names to each other. */
enum { MD_MAX_ROLES = 10000, MD_MAX_NORMS = 1000000, MD_MAX_RELATIONS = 10000 };
/* People declared outside scenarios are copied into every scenario (people
 * times scenarios), and a calendar's year is worked out through every
 * calendar it extends.  A scenario's own people have no limit: they are
 * found by a hash of their name (model_scen.c). */
enum { MD_MAX_PEOPLE = 100, MD_MAX_SCENARIOS = 10000, MD_MAX_CALENDARS = 100 };
/* An "and/or" step gives a case to all its offices at once; a run keeps
 * them with the case and names them in each of its timeline entries. */
enum { MD_MAX_CHOICES = 8 };

typedef enum { SYM_ROLE = 1, SYM_TERM = 2, SYM_REL = 3 } md_symkind;

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
/* md_lookup_role, and in *other a second role text names as well, or -1:
 * then text names no role unambiguously. */
int md_lookup_role_only(const md_model *m, const char *text, int *other);
int md_lookup_term(const md_model *m, const char *text, md_termkind kind);
int md_lookup_calendar(const md_model *m, const char *name);
/* A close name of the kind, for "did you mean", or NULL. */
const char *md_suggest_role(const md_model *m, const char *text);
const char *md_suggest_term(const md_model *m, const char *text, md_termkind kind);
/* Does verb (as written in an event: "responds") name action a? */
int md_lookup_verb(const md_model *m, const char *verb);
/* An action named by a verb and the words after it, as its display name or
 * an alias of several words reads ("give advice", "gives an instruction",
 * "carry out"): w[0] the verb (plain or third person), w[1..n-1] the words
 * after it, a NULL ending them (a quoted text, a date).  The longest phrase
 * wins; any case; articles are passed over; its last word may be plural.
 * *used: how many of w[1..] it takes.  -1 when no phrase names one. */
int md_lookup_phrase(const md_model *m, const char *const *w, size_t n, size_t *used);

bool md_is_a(const md_model *m, int role, int ancestor);
/* Relations (model_rel.c).  md_find_rel: by name as written (or a plural), -1. */
int md_find_rel(const md_model *m, const char *name);
int md_lookup_rel(const md_model *m, const char *text);   /* also display names, any case */
/* The case of relation r that applies to someone who is `role`: the most
 * specific (nearest `of`), or NULL when r is not about such a role. */
const md_relcase *md_rel_case(const md_model *m, int r, int role);
/* "the line manager of", "the Head of Service responsible for": the
 * relation's display, ready to take whose after it (model.c, with the
 * helpers text.c shares). */
const char *md_rel_phrase(const md_model *m, arena *ar, int r);
/* md_rel_noun: the relation as a noun, for messages: its display name, or
 * 'name' when the display ends in a preposition ("Head of Service
 * responsible for").  md_rel_their: the subject's own, "their line manager",
 * "the Head of Service responsible for them".  Both allocate in ar. */
const char *md_rel_noun(const md_model *m, arena *ar, int r);
const char *md_rel_their(const md_model *m, arena *ar, int r);
/* Seniority.  md_rank_role: the role the order places for `role` (itself,
 * or its nearest ancestor placed), or -1.  md_rank_cmp: how a compares
 * with b — MD_ABOVE, MD_BELOW, MD_LEVEL (the same place), or MD_UNRANKED
 * (the order does not say); *via gets the ranks compared. */
typedef enum { MD_UNRANKED, MD_ABOVE, MD_BELOW, MD_LEVEL } md_rankcmp;
int md_rank_role(const md_model *m, int role);
md_rankcmp md_rank_cmp(const md_model *m, int a, int b, int via[2]);
/* The clause of the edge that puts a above b, directly (NULL when none). */
const char *md_rank_clause(const md_model *m, int a, int b);
/* A date as the document gave it: "2015-09-28", "2019-05", "2019", or "not stated" (model.c). */
const char *md_date_text(const md_model *m, arena *ar, const md_date *d);
/* The declared kinds of matter, for a hint: "complaint, grievance, dispute, concern" (NULL when none). */
const char *md_kinds_text(const md_model *m, arena *ar);
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
    const char *last_text;       /* the last date as the document gives it: "2018-03-26", "May 2019" */
    const char *next_text;       /* the next, as precisely as it can be known: "2020-05-31", "May 2020" */
} md_review;
md_review md_review_status(const md_model *m, dt_day today);
/* The same, its basis built in the arena given. */
md_review md_review_status_in(const md_model *m, arena *ar, dt_day today);
/* The same dates, without the words of the basis or the dates' texts (which
 * md_review_status_in builds in an arena): for a run, which only reads the
 * model and has no arena to spare for them. */
md_review md_review_dates(const md_model *m, dt_day today);

/* Clause labels in their natural order: runs of digits compared as numbers,
 * so "MP-2" comes before "MP-10" and "9.1" before "10.2"; otherwise bytes.
 * strcmp's sign convention. */
int md_label_cmp(const char *a, const char *b);

#endif
