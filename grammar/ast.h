/* ast — the syntax tree of Civic source.
 *
 * The parser builds these nodes with the constructors in ast.c; every node
 * lives in the arena of its load (ps_ctx.ar) and carries its location.
 * Names are interned, so two ast_name values with the same text have the
 * same pointer.  The tree records what was written; meaning (which role a
 * name denotes, which word of a norm is the action) is decided by the model
 * layer in interp/, which reports unknown names with "did you mean".
 *
 * Lists are singly linked through `next` and kept in source order.
 */
#ifndef CIVIC_AST_H
#define CIVIC_AST_H

#include "source.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ast_name {
    const char *s;           /* interned */
    loc at;
} ast_name;

typedef struct ast_namelist {
    ast_name name;
    bool quoted;             /* written as a "string" */
    ast_name of;             /* a rule's subject "line-manager of Officer": whose (s NULL: none) */
    struct ast_namelist *next;
} ast_namelist;

/* A word of a free-form phrase (an action phrase, an event, an expectation,
 * a metadata value).  Prepositions ("to", "from", …) are words of their own
 * (W_KEYWORD), read by the model in order. */
/* W_MONTH: "2019-05", a date known to the month only: day is its first day. */
typedef enum { W_IDENT, W_STRING, W_NUMBER, W_DATE, W_TIME, W_CLAUSE, W_KEYWORD, W_MONTH } ast_wkind;

typedef struct ast_word {   /* 40 bytes: a file has a million of them */
    ast_wkind kind;
    loc at;
    const char *text;        /* interned: identifier, keyword, string contents, clause, number */
    struct ast_word *next;
    union {                  /* by kind: read only the one the kind says */
        long num;            /* W_NUMBER */
        int32_t day;         /* W_DATE, W_MONTH: dt_day */
        int minute;          /* W_TIME: minutes after midnight */
    };
} ast_word;

/* ---- deadlines ---------------------------------------------------------- */
typedef enum { DUR_NONE, DUR_FIXED, DUR_VAGUE } ast_durkind;
typedef enum { U_WORKING_DAYS, U_DAYS, U_HOURS, U_WEEKS, U_MONTHS } ast_unit;
/* How a fixed deadline was written: "within 2 working days", or "by the end
 * of the next working day" (1 working day) / "of the working day" (0). */
typedef enum { DF_WITHIN, DF_END_OF } ast_durform;

typedef struct ast_dur {    /* 32 bytes */
    const char *vague;       /* the words, for DUR_VAGUE: "a reasonable time"; for DF_END_OF, what follows "by the end of" */
    loc at;
    int32_t n;               /* the parser refuses more than about ten years */
    ast_durkind kind : 8;
    ast_unit unit : 8;
    ast_durform form : 4;
    bool asap : 1;           /* "as soon as possible and at the latest within …": a target before the cap */
    bool receipt : 1;        /* "… of receipt": counted from the thing's arrival, said in full */
} ast_dur;

/* ---- conditions ----------------------------------------------------------- */
typedef enum {
    C_AND, C_OR, C_NOT,
    C_ABOUT,                 /* about ROLE: the case or event concerns someone who is a ROLE */
    C_BY,                    /* by ROLE: raised or done by someone who is a ROLE */
    C_FACT,                  /* "the request is reasonable": true when the event says so */
    C_APPROVED,              /* WORD by ROLE: "approved by Clerk" — a fact naming a role */
    C_TO,                    /* to ROLE: done to, or addressed to, someone who is a ROLE */
    C_JUNIOR,                /* "junior ROLE": the counterpart ranks below the subject (seniority) */
    C_SENIOR                 /* "senior ROLE": the counterpart ranks above the subject */
} ast_condkind;

typedef struct ast_cond {
    ast_condkind kind;
    struct ast_cond *a, *b;
    ast_name role;           /* C_ABOUT, C_BY, C_APPROVED */
    const char *text;        /* C_FACT text; C_APPROVED verb ("approved") */
    loc at;
} ast_cond;

/* ---- norms ---------------------------------------------------------------- */
typedef enum { MOD_MUST, MOD_SHOULD, MOD_MAY, MOD_MUST_NOT, MOD_SHOULD_NOT } ast_modality;

typedef struct ast_act {
    ast_name verb;
    ast_word *words;         /* what follows the verb, in order */
    loc at;
    struct ast_act *next;    /* "acknowledge enquiry and give timescale" */
} ast_act;

typedef struct ast_norm {    /* pointers, then deadlines, then locations: no padding */
    const char *clause;      /* interned, or NULL */
    ast_namelist *subjects;
    const char *mod_word;    /* "must", "will", "shall not", … as written */
    ast_act *acts;
    ast_cond *cond;          /* when … (and unless … as C_NOT) */
    ast_act *fallback;       /* otherwise … */
    ast_word *overrides;     /* W_CLAUSE words: the clauses it overrides, or NULL */
    ast_name towards;        /* counterpart given by an expectation block, or {0} */
    ast_dur within;
    ast_dur target;          /* "within 5 … and at the latest within 10 …": the target (within.asap is set) */
    ast_dur fallback_within;
    loc clause_at;
    loc mod_at;
    loc at;
    ast_modality mod;
    bool in_block;           /* came from "X can expect from Y { … }" */
    bool only;               /* "only Clerk may …": every other role must not */
} ast_norm;

/* ---- routes --------------------------------------------------------------- */
typedef struct ast_step {
    const char *clause;
    loc clause_at;
    bool informal;
    ast_name handler;        /* role, procedure or relation; empty for informal steps */
    ast_name handler_of;     /* "head-of-service of subject": subject or raiser, or empty */
    ast_namelist *alts;      /* "Clerk or Mayor": the other handlers, in order */
    bool choice;             /* "Clerk and/or Chair": alts are alternatives, not a fallback */
    bool optional;           /* "possibly Council" */
    bool referral;           /* "refer to MonitoringOfficer [under PROCEDURE]": out of this protocol */
    ast_name under;          /* the procedure of a referral, or empty */
    ast_name or_procedure;   /* "procedure grievance-procedure and/or refer to …": the procedure, or empty */
    ast_namelist *with;      /* informally with …: who may assist */
    ast_cond *cond;
    ast_dur within;
    loc at;
    struct ast_step *next;
} ast_step;

typedef struct ast_route {
    const char *clause;
    loc clause_at;
    ast_name kind;           /* complaint, grievance, dispute — a thing */
    ast_namelist *more_kinds;   /* "route complaint, concern by …": the other kinds it is for, or NULL */
    ast_name by, about;      /* empty name = anyone */
    ast_step *steps;
    loc at;
} ast_route;

/* ---- roles, actions, things, procedures ------------------------------------- */
typedef struct ast_role {
    ast_name name;
    const char *display;     /* "Town Clerk", or NULL */
    loc display_at;
    ast_namelist *parents;
    ast_namelist *aliases;
    ast_namelist *manages;
    ast_namelist *manages_except;    /* "manages Officer except Clerk": roles the relation leaves out */
    ast_namelist *appoints;
    ast_namelist *appoints_except;
    bool external;
    const char *clause;
    loc clause_at;
} ast_role;

typedef enum { TERM_ACTION, TERM_THING, TERM_PROCEDURE } ast_termkind;

typedef struct ast_term {   /* action respond "respond" aka reply */
    ast_termkind kind;
    bool is_kind;            /* "kind concern": a thing that is a kind of matter (routes, cases) */
    ast_name name;
    const char *display;
    ast_namelist *aliases;
    const char *clause;
    loc clause_at;
} ast_term;

/* ---- protocol metadata, use ------------------------------------------------- */
typedef struct ast_meta {    /* council "…", adopted 2015-09-28, review every 1 year [13.1] */
    ast_name key;
    ast_word *args;
    loc at;
    struct ast_meta *next;
} ast_meta;

typedef struct ast_protocol {
    const char *title;
    loc title_at;
    ast_meta *meta;
} ast_protocol;

typedef struct ast_relation {  /* "[1.3.12] ManagingDirector manages Officer", "… except Clerk" */
    ast_namelist *subjects;
    ast_namelist *targets;
    ast_namelist *except;    /* roles among the targets the relation leaves out, or NULL */
    bool appoints;           /* else manages */
    const char *clause;
    loc clause_at;
} ast_relation;

/* "relation line-manager "line manager" of Officer is Officer": whose, and who. */
typedef struct ast_rel {
    ast_name name;
    const char *display;     /* or NULL: a further line, an exception */
    loc display_at;
    ast_name of, is;         /* is.s == "nobody": the relation holds for no one */
    const char *clause;
    loc clause_at;
} ast_rel;

/* "seniority Clerk above DeputyClerk, RFO above Officer": tiers, most senior first. */
typedef struct ast_tier {
    ast_namelist *roles;
    loc at;
    struct ast_tier *next;
} ast_tier;

typedef struct ast_seniority {
    ast_tier *tiers;
    const char *clause;
    loc clause_at;
} ast_seniority;

/* "respond to enquiry counts as acknowledge enquiry" */
typedef struct ast_counts {
    struct ast_act *deed, *as;
    const char *clause;
    loc clause_at;
} ast_counts;

/* "Clerk is called "Parish Clerk" aka …", "Clerk aka "Proper Officer"",
 * "Mayor is SpecialResponsibilityMember". */
typedef struct ast_rename {
    ast_name target;
    const char *display;     /* or NULL: aliases only */
    loc display_at;
    ast_namelist *aliases;
    ast_namelist *parents;   /* "Mayor is SpecialResponsibilityMember": roles it is, besides its own parents */
    const char *clause;
    loc clause_at;
} ast_rename;

/* "carol is line-manager of bob from 2025-01-01": people bound by a relation. */
typedef struct ast_relfact {
    ast_name holder, rel, of;
    int32_t from, until;     /* dt_day, or INT32_MIN / INT32_MAX */
    loc at;
} ast_relfact;

typedef struct ast_adopt {
    const char *clause;      /* this protocol's clause, for adopts */
    loc clause_at;
    ast_word *clauses;       /* W_CLAUSE words */
    bool omit;
} ast_adopt;

typedef struct ast_use {
    const char *path;
    loc path_at;
} ast_use;

/* ---- calendars -------------------------------------------------------------- */
typedef enum { HOL_ON_DAY_MONTH, HOL_ON_DATE, HOL_ON_EASTER, HOL_ON_NTH, HOL_RANGE_YEARLY, HOL_RANGE_DATES } ast_holkind;

typedef struct ast_holiday {
    bool closure;            /* "closed" rather than "holiday" */
    const char *name;
    loc name_at;
    ast_holkind kind;
    long day, day2;          /* day of month */
    ast_name month, month2;  /* month names, checked by the model */
    int32_t date, date2;     /* dt_day */
    long offset;             /* easter ± offset */
    ast_name nth, weekday;   /* first … last; monday … */
    bool substitute;
    long from_year, until_year;
    ast_word *except;        /* W_NUMBER years */
    ast_word *mods;          /* unrecognised modifiers, reported by the model */
    loc at;
    struct ast_holiday *next;
} ast_holiday;

typedef struct ast_calendar {
    ast_name name;
    const char *display;
    ast_name extends;
    ast_namelist *weekend;   /* weekday names; NULL with weekend_set = none */
    bool weekend_set;
    loc weekend_at;
    ast_holiday *rules;
} ast_calendar;

/* ---- people and scenarios ---------------------------------------------------- */
typedef struct ast_holding {
    ast_name role;
    bool acting;
    int32_t from, until;     /* dt_day; from = INT32_MIN and until = INT32_MAX when open */
    loc at;
    struct ast_holding *next;
} ast_holding;

typedef struct ast_person {
    ast_name name;
    const char *display;
    ast_holding *holds;
} ast_person;

typedef struct ast_event {
    int32_t day;
    int minute;              /* -1 when no time was given */
    ast_word *words;         /* actor, verb, and the rest */
    loc at;
} ast_event;

typedef struct ast_expect {
    const char *clause;      /* or NULL */
    loc clause_at;
    ast_word *words;
    loc at;
} ast_expect;

typedef enum { SI_PERSON, SI_EVENT, SI_EXPECT, SI_SETTING } ast_sitemkind;

/* The union comes last: ast_sitem_new allocates only as much of it as the
 * kind needs (an event line takes 56 bytes, not the 88 of a setting). */
typedef struct ast_sitem {
    ast_sitemkind kind;
    loc at;
    struct ast_sitem *next;
    union {
        ast_person person;
        ast_event event;
        ast_expect expect;
        ast_meta setting;    /* "today 2026-01-01" */
    } u;
} ast_sitem;

typedef struct ast_scenario {
    const char *name;
    loc name_at;
    ast_sitem *items;
} ast_scenario;

/* ---- registers (civic audit) ---------------------------------------------------- */

/* A line of a register block, as words: interp/audit/ reads them. */
typedef struct ast_rline {
    ast_word *words;
    loc at;
    struct ast_rline *next;
} ast_rline;

/* "register "NAME" { … }": how a register's columns become events. */
typedef struct ast_register {
    const char *name;
    loc name_at;
    ast_rline *lines;
} ast_register;

/* ---- top level ---------------------------------------------------------------- */
typedef enum {
    D_PROTOCOL, D_USE, D_ROLE, D_TERM, D_NORM, D_ROUTE, D_CALENDAR, D_PERSON, D_SCENARIO, D_ADOPT,
    D_RELATION, D_REL, D_SENIORITY, D_COUNTS, D_RENAME, D_RELFACT, D_REGISTER
} ast_declkind;

typedef struct ast_decl {
    ast_declkind kind;
    uint32_t file;
    struct ast_decl *next;   /* beside kind: a walk over the list reads one cache line per decl */
    loc at;                  /* the whole declaration */
    /* Last, and allocated only as far as the kind needs (ast_decl_new): a
     * role or a use is a fraction of the size of a norm.  Never copy a
     * whole ast_decl, and never change its kind. */
    union {
        ast_protocol protocol;
        ast_use use;
        ast_role role;
        ast_term term;
        ast_norm norm;
        ast_route route;
        ast_calendar calendar;
        ast_person person;
        ast_scenario scenario;
        ast_adopt adopt;
        ast_relation relation;
        ast_rel rel;
        ast_seniority seniority;
        ast_counts counts;
        ast_rename rename;
        ast_relfact relfact;
        ast_register reg;
    } u;
} ast_decl;

/* The rules of a file, packed (ast_pack.h): their trees are not kept. */
typedef struct pk_chunk pk_chunk;
typedef struct pk_buf {
    pk_chunk *head, *tail;   /* malloc'd chunks, in order; a rule never spans two */
    size_t bytes;            /* packed, in all */
    size_t count;            /* rules packed */
    size_t nsubjects;        /* their subjects, summed: a model makes one rule per subject */
    uintptr_t last, last_kw; /* the last addresses and location start written, */
    uint32_t base;           /* which the next rule's steps are from */
    bool taken;              /* read by the model, chunk by chunk (pk_taken): the chunks are gone */
} pk_buf;

typedef struct ast_file {
    uint32_t file;
    ast_decl *decls;         /* every declaration but rules, in source order */
    ast_decl **tail;         /* for appending in source order */
    pk_buf norms;            /* the rules, in source order */
} ast_file;

/* Constructors (ast.c).  All return NULL only when the arena is exhausted. */
struct arena;
ast_decl *ast_decl_new(struct arena *ar, ast_declkind kind, loc at);
ast_word *ast_word_new(struct arena *ar, ast_wkind kind, const char *text, loc at);
ast_namelist *ast_namelist_new(struct arena *ar, ast_name name, bool quoted);
ast_cond *ast_cond_new(struct arena *ar, ast_condkind kind, loc at);
ast_act *ast_act_new(struct arena *ar, ast_name verb, ast_word *words, loc at);
ast_step *ast_step_new(struct arena *ar, loc at);
ast_holiday *ast_holiday_new(struct arena *ar, loc at);
ast_sitem *ast_sitem_new(struct arena *ar, ast_sitemkind kind, loc at);
ast_holding *ast_holding_new(struct arena *ar, ast_name role, loc at);
ast_meta *ast_meta_new(struct arena *ar, ast_name key, ast_word *args, loc at);

const char *ast_modality_word(ast_modality m);   /* "must", "should not", … */
const char *ast_unit_word(ast_unit u, long n);   /* "working day(s)", … */
/* Lists are built newest-first by the parser (O(1) per item) and put in
 * source order once, when complete, by AST_REVERSE. */
#define AST_REVERSE(T, head) ((T *)ast_reverse_((void *)(head), offsetof(T, next)))
void *ast_reverse_(void *head, size_t next_off);

#endif
