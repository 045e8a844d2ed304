/* sim — running a scenario through a protocol over real time.
 *
 * Events are taken in order; before each, every deadline that closed on an
 * earlier day fires, earliest first (a binary heap keyed by due day and
 * opening order).  An event may open duties (its thing arrives), fulfil
 * them (the owed action), break prohibitions, and open, move or resolve
 * cases on a route.  Expectations are checked where they stand.
 *
 * Every happening is passed to a sink as a sim_entry as it occurs (the
 * timeline is streamed, not stored).  An entry is data, not a sentence:
 * what happened (kind, and the form `what`), when, under which clause, and
 * the duty, case or expectation it concerns, by index into the model and the
 * scenario.  The plain-English line and the JSON of an entry are made by
 * interp/render/ (timeline.h).
 *
 * The model is only read.  Memory: the engine keeps only what is open
 * (duties, cases) plus counters per clause and person, so it is bounded by
 * open obligations, not by the number of events; closed duties return to a
 * free list.  Its indexes by person, rule and thing are allocated in the
 * scratch arena the caller passes in (and empties after the run).
 */
#ifndef CIVIC_SIM_H
#define CIVIC_SIM_H

#include "model.h"

typedef enum {
    SE_EVENT, SE_OPENED, SE_FULFILLED, SE_BREACHED, SE_DEPARTED, SE_FALLBACK, SE_EXPLAINED,
    SE_ESCALATED, SE_SKIPPED, SE_RESOLVED, SE_CLOSED, SE_OPEN, SE_EXPECTATION
} sim_kind;

/* What an entry says, finer than its kind: each has one sentence form. */
typedef enum {
    SW_EVENT,                /* SE_EVENT: an event, as written */
    SW_NO_HOLDER,            /* SE_EXPECTATION, not met: an event by an office no one holds on the day */
    SW_EXPLAINED,            /* SE_EXPLAINED: a reason given in advance for a clause */
    SW_OPENED,               /* SE_OPENED: a duty arises */
    SW_MET,                  /* SE_FULFILLED: the owed act is done */
    SW_FALLBACK_MET,         /* SE_FULFILLED: the fallback is done in time, once it applies */
    SW_FALLBACK_EARLIER,     /* SE_FULFILLED: the deadline passed, but the fallback was done before it */
    SW_FALLBACK_DONE,        /* SE_FALLBACK: the fallback is done before the deadline */
    SW_FALLBACK_APPLIES,     /* SE_FALLBACK: the deadline passed; the fallback's deadline runs */
    SW_MET_AS,               /* SE_FULFILLED: a deed that counts as the owed act is done (duty.counts) */
    SW_MISSED,               /* SE_BREACHED, SE_DEPARTED: the deadline passed */
    SW_FORBIDDEN,            /* SE_BREACHED, SE_DEPARTED: an act the protocol forbids or discourages */
    SW_UNRANKED,             /* SE_SKIPPED: a prohibition that turns on seniority the order does not settle */
    SW_STILL_OPEN,           /* SE_OPEN: a duty open at the end */
    SW_CASE_TO,              /* SE_ESCALATED: a case goes to a step's handler */
    SW_CASE_LATE,            /* SE_ESCALATED: a step's time limit passed (the entry's day) */
    SW_CASE_PASSED_OVER,     /* SE_SKIPPED: a step's office is passed over, no one holding it */
    SW_CASE_OWN,             /* SE_SKIPPED: a step's office is skipped, a party holding it */
    SW_CASE_NONE_OPEN,       /* SE_SKIPPED: a case to resolve or move on, but none is open */
    SW_CASE_NOT_PARTY,       /* SE_SKIPPED: the actor may not resolve or move the case */
    SW_CASE_RESOLVED,        /* SE_RESOLVED */
    SW_CASE_ENDS,            /* SE_CLOSED: past the route's last step */
    SW_NO_ROUTE,             /* SE_CLOSED: no route covers the case */
    SW_CASE_REFERRED,        /* SE_CLOSED: a referral out: the case leaves the protocol */
    SW_CASE_WAITS,           /* SE_SKIPPED: no step took the case when it was raised, but an optional
                              * one is left: the case stays open for someone to escalate it there */
    SW_EXPECT                /* SE_EXPECTATION: see sim_entry.check */
} sim_what;

/* A duty (SW_OPENED … SW_STILL_OPEN).  People are indexes into the
 * scenario's people, roles and rules into the model's; -1 = none. */
typedef struct sim_duty {
    int norm;                    /* the rule */
    int owner;                   /* the person who owes it, or -1 when an office does */
    int office;                  /* the office that owes it (owner -1), or -1 */
    int counterpart;             /* the person it is owed to, or -1 */
    dt_day opened;
    dt_day due, fallback_due;    /* valid when has_due, has_fallback_due */
    bool has_due, has_fallback_due;
    bool fallback_phase;         /* the deadline passed and the fallback's runs */
    /* A target before the cap ("as soon as possible and at the latest within
     * 10 working days"): due is the cap, the only date breached. */
    bool asap;                   /* the target is "as soon as possible" */
    bool has_target;             /* the target is a period: it ends on `target` */
    dt_day target;
    int counts;                  /* SW_MET_AS: the "counts as" line (m->counts), else -1 */
    const char *ref;             /* the matter's reference ("E1") the duty answers, or NULL */
    /* a rule whose subject is a relation ("line-manager of Officer must …"):
     * the person whose relation it is, or -1; unbound: nobody held it that
     * day, so the duty lies with the office (the role its holder is) */
    int whose;
    bool unbound;
} sim_duty;

/* Why a step's office was not given the case (SW_CASE_PASSED_OVER, SW_CASE_OWN):
 * no one holds it; a party does; no one is bound to the step's relation
 * that day; the protocol says the relation is nobody for that party
 * ("relation line-manager of ManagingDirector is nobody"); an optional step
 * ("possibly Council") that no one escalated the case to. */
typedef enum { SK_NONE, SK_VACANT, SK_RAISER, SK_SUBJECT, SK_UNBOUND, SK_NOBODY, SK_OPTIONAL } sim_skip;

/* At an "A and/or B" step, the case is with all of them until one acts:
 * the first in person/role, the others (at most this many: civic check
 * refuses a step of more) in co_*. */
enum { SIM_MAX_CHOICE = MD_MAX_CHOICES - 1 };

/* A case (SW_CASE_*, SW_NO_ROUTE). */
typedef struct sim_case_info {
    int kind;                    /* the thing: complaint, …, or -1 */
    int raiser, subject;         /* people */
    int route;                   /* m->routes, or -1 (SW_NO_ROUTE, SW_CASE_NONE_OPEN) */
    int step;                    /* the step of the route, or -1 */
    /* the handler (SW_CASE_TO): a person and their office, an office no one
     * holds, a procedure, or the parties informally */
    int person, role, proc;
    bool informal;
    int skipped_role;            /* SW_CASE_PASSED_OVER, SW_CASE_OWN: the office passed over */
    sim_skip skip;
    int rel;                     /* the handler (or the step passed over) is a relation (m->rels), or -1 */
    int rel_whose;               /* the person whose relation it is, or -1 */
    const char *rel_clause;      /* SK_NOBODY: the clause saying so */
    int co_person[SIM_MAX_CHOICE], co_role[SIM_MAX_CHOICE];   /* "and/or": the other handlers */
    int nco;
    int under;                   /* SW_CASE_REFERRED: the procedure it goes under, or -1 */
    const char *ref;             /* the matter's reference, or NULL */
} sim_case_info;

/* What has happened under an expectation's clause (EX_STATE). */
typedef enum { SN_NOTHING, SN_OPEN, SN_BREACHED, SN_FULFILLED, SN_DEPARTED, SN_CLOSED } sim_now;

/* Where the newest case of a kind is, or ended (a case expectation not met). */
typedef enum { SC_NO_CASE, SC_NO_HANDLER, SC_WITH, SC_RESOLVED, SC_ENDED, SC_REFERRED } sim_where;

/* An expectation (SW_EXPECT): what was expected is the expectation itself,
 * x (its kind, clause, date, person, handler, question and verdict); what
 * was found is here, the fields its kind uses. */
typedef struct sim_check {
    const md_expect *x;
    bool met;
    sim_now now;                 /* EX_STATE */
    bool has_date;               /* EX_DUE: the due date found; EX_STATE: the open duty's; */
    dt_day date;                 /* EX_REVIEW_*: the next review, when it can be worked out */
    size_t count;                /* EX_NOT_OPENED: duties that arose; EX_NO_BREACH, EX_NO_DEPARTURE: how many */
    sim_where where;             /* EX_REACHES, EX_AT, EX_ENDED, not met */
    int person, role, proc;      /* SC_WITH, SC_RESOLVED, SC_ENDED: the last handler (all -1: the parties) */
    dt_day today;                /* EX_REVIEW_*: as of */
    bool overdue;                /* EX_REVIEW_* */
    bool answered;               /* EX_VERDICT: the question could be answered */
    const char *verdict;         /* EX_VERDICT: the answer, and the clause of the rule that decides it */
    const char *verdict_clause;
} sim_check;

/* (A field added before `c` is set in sim_entry_head, sim_base.c: it sets
 * them one by one.) */
typedef struct sim_entry {
    sim_kind kind;
    sim_what what;
    dt_day day;
    int minute;                  /* -1 when none */
    const char *clause;          /* the clause cited, or NULL */
    loc at;                      /* the source: the event, rule, step or expectation */
    const char *people[4];       /* names involved, NULL-terminated */
    bool ok;                     /* SE_EXPECTATION: met */
    const md_event *event;       /* the event that did it, or NULL */
    int actor, target;           /* people: who acted, and to whom (-1 = none) */
    const char *reason;          /* SW_FORBIDDEN: a reason given in advance, or NULL */
    sim_duty duty;               /* SW_OPENED … SW_STILL_OPEN */
    sim_case_info c;             /* SW_CASE_*, SW_NO_ROUTE */
    sim_check check;             /* SW_EXPECT */
} sim_entry;

typedef void (*sim_sink)(void *ctx, const sim_entry *e);

typedef struct sim_result {
    size_t expectations, failed;
    size_t opened, fulfilled, breached, departed, still_open;
    size_t events;
    bool error;                  /* out of memory */
} sim_result;

const char *sim_kind_name(sim_kind k);
/* Runs scenario s of model m; `today` is for review expectations when the
 * scenario sets none.  sink may be NULL (counting only); with all false it
 * receives only the expectations.  Entries (and what they point to in the
 * engine) are valid during the call to the sink only; what they point to in
 * m and s lives as long as those.  scratch: an arena for the run's indexes,
 * which the caller empties after the run. */
sim_result sim_run(const md_model *m, const md_scenario *s, dt_day today, arena *scratch, sim_sink sink, void *ctx,
                   bool all);

#endif
