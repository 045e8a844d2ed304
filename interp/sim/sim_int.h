/* sim_int — the engine's state, shared by the files of interp/sim/ only.
 *
 * The files call each other in one direction (no loops):
 *   sim.c (the run, events, time)  ->  sim_duty.c (duties), sim_case.c (cases), sim_expect.c (expectations)
 *   sim_duty.c                     ->  sim_case.c (a breach escalates as a case), sim_memo.c (a run recorded)
 *   sim_stream.c                   ->  sim_memo.c (a matter answered from the memo), sim_duty.c
 *   all of them                    ->  sim_base.c (people, entries, counters, deadlines), which calls none of them.
 *
 * A duty (sim_ob) lives in a pool with a free list; open duties with a due
 * day sit in a binary heap; each owner (a person, or an office when a thing
 * was addressed to an office) has a linked list of its open duties, walked
 * when it acts.  Counters per (clause, person) answer expectations. */
#ifndef CIVIC_SIM_INT_H
#define CIVIC_SIM_INT_H

#include "sim.h"
#include "daytab.h"
#include "hmap.h"

enum { SIM_MAX_ROLES = 16, SIM_MAX_ACTS = 16, SIM_DL = 4 };

/* The deadlines of one period (n units of a kind) worked out, by the day
 * they are counted from: 0 when not yet, 1 when it cannot be, and
 * otherwise 2 + the days from that day to the deadline (sim_deadline_from). */
typedef struct sim_dl {
    int32_t n;
    uint8_t kind, unit;
    bool used;
    dy_table due;
} sim_dl;

/* (A field added here is set in sim_open, sim_duty.c: it sets them one by one.) */
typedef struct sim_ob {
    int norm;
    int owner;               /* person, or -1 when an office owes it */
    int office;              /* role, or -1 */
    int counterpart;         /* person, or -1 */
    dt_day opened, due, fdue, target;
    bool has_due, has_fdue, fallback_phase;
    bool asap, has_target;   /* a target before the cap (due): see sim_duty */
    const char *ref;         /* the reference of the matter that opened it ("E1"), or NULL */
    int whose;               /* a rule whose subject is a relation: the person whose (-1: none) */
    bool unbound;            /* … and nobody holds that relation that day: the office owes it */
    unsigned done, fdone;    /* bits per primary and fallback act */
    int heap;                /* position in the heap, or -1 */
    int next, prev;          /* owner list; next is the free list when dead */
    int links;               /* its first sim_link, or -1 */
    int nnext, nprev;        /* its rule's list of open duties, oldest first */
    long id;
    bool live;
} sim_ob;

/* An open duty is on one list for each action that can meet it (its acts and
 * its fallback's), by owner (a person, or -1 for the offices): an act walks
 * the duties it may meet, not all the actor's open duties.  Each list runs
 * newest first, in the order of the owner's own list. */
typedef struct sim_link {
    int ob;
    int next, prev;          /* on its (owner, action) list; next is the free list when unused */
    int more;                /* the duty's next link */
    uint64_t key;            /* sim_akey(owner, action) */
    /* The duty's owner and counterpart, which never change, copied here so
     * that an act can pass over the duties of others without reading them:
     * with thousands open, those reads were most of an event's time. */
    int owner, counterpart;
} sim_link;

/* What happened under a clause (to a person, or to anyone). */
typedef enum { SC_OPENED, SC_FULFILLED, SC_BREACHED, SC_DEPARTED, SC_LAPSED } sim_count_what;

typedef struct sim_stat {
    size_t opened, fulfilled, breached, departed, lapsed;
    dt_day last_due;
    bool has_last_due;
} sim_stat;

typedef struct sim_visit {
    int person, role, proc;
    bool informal;
} sim_visit;

typedef struct sim_case {
    int kind, raiser, subject, route;
    long seq;                /* order of opening */
    int step;                /* current step, or -1 */
    int person, role, proc;  /* current handler */
    int rel, rel_whose;      /* the handler is a relation of that person, or -1 */
    int co_person[SIM_MAX_CHOICE], co_role[SIM_MAX_CHOICE];   /* "and/or": the other handlers */
    int nco;
    size_t step_visit0;      /* the visits of the current step begin here */
    bool informal, resolved, closed, referred;
    const char *ref;         /* the reference the raising event gave it, or NULL */
    dt_day step_due;
    bool has_step_due;
    sim_visit *visits;
    size_t nvisits, cap;
    const char *const *facts;
    size_t nfacts;
} sim_case;

/* What an ended case (resolved, or past its last step) still answers.  An
 * ended case leaves the list of cases at the next event, so the engine keeps
 * only the cases open, not every case ever raised; what expectations may
 * still ask of it is kept here, bounded by kinds, people and roles:
 * each (kind, visit) once, for "KIND reaches WHO"; and per kind whether one
 * was resolved and where the newest ended one was, for "KIND resolved" and
 * the message of a failed expectation. */
typedef struct sim_gone {
    int kind;
    bool used;
    sim_visit v;
} sim_gone;

typedef struct sim_last {
    long seq;                /* of the newest ended case of the kind, + 1; 0 = none */
    bool resolved, closed, referred, has_visit;
    sim_visit visit;         /* its last visit */
    bool any_resolved;       /* some case of the kind was resolved */
    bool any_referred;       /* some case of the kind was referred out */
} sim_last;

/* The people who may hold an office: for each role, the people with a
 * holding of it or of a role under it (sim_holder reads these, not everyone). */
typedef struct sim_holders {
    int *people;             /* by role: from first[role] to first[role + 1] */
    size_t *first;
} sim_holders;

typedef struct sim {
    const md_model *m;
    const md_scenario *s;
    sim_sink sink;
    void *ctx;
    bool all;                /* the sink wants every entry, not only expectations */
    bool no_counts;          /* nothing reads the counters (sim_stream: no expectations): sim_count does nothing */
    /* sim_stream: a duty's entries (opened, met, breached, still open …) are
     * brief: made in `duty_e`, whose case and check parts are set blank once,
     * with no people[] (the sink reads the duty's owner and counterpart).  A
     * register's rows make four a row: the whole entry was a tenth of the time. */
    bool brief;
    sim_entry duty_e;
    dt_day today, now;
    sim_result r;
    arena *ar;               /* the caller's scratch arena: the indexes below marked (arena) */
    /* duties */
    sim_ob *obs;
    size_t nobs, capobs;
    int free_ob;
    int *heap;
    size_t nheap, capheap;
    int *person_head;        /* (arena) per person: first open duty */
    int office_head;         /* open duties owed by offices */
    sim_link *links;
    size_t nlinks, caplinks;
    int free_link;
    hmap by_action;          /* sim_akey -> first link, UINT32_MAX when the list is empty */
    /* (arena) the same lists' heads in a table by (owner + 1, action), -1 when
     * empty, when people and things are few enough (a register's matter):
     * then by_action is not used.  NULL otherwise. */
    int *by_action_ix;
    int *norm_head, *norm_tail;  /* (arena) per rule: its open duties, oldest first (for expectations) */
    long next_id;
    hmap stats;
    hmap ref_watch;          /* the references expectations ask about ("expect E1 breached"): only these are counted */
    sim_stat *st;
    size_t nst, capst;
    sim_stat none;           /* the counters of no clause: all zero */
    int **by_trigger;        /* (arena) per thing: norms it starts, -1 terminated, or NULL */
    /* (arena) per action, from the model's (role, action) index: does a chain
     * of that action hold a prohibition (sim_prohibitions), or a rule that
     * overrides another (sim_overridden)?  When not, those walks find
     * nothing, and are not made: an event costs the same whatever the roles. */
    bool *act_forbids, *act_overrides;
    /* deadlines worked out (sim_deadline_from), for SIM_DL periods, by day:
     * a rule's time and its fallback's are often the same, from the same
     * day, and a register's rows raise their matters on the days of a few
     * years, over and over (freed by sim_duties_free) */
    sim_dl dl[SIM_DL];
    sim_holders holders;     /* (arena) */
    /* sim_memo.c: the run is being recorded for the memo (sim_stream.c), or NULL */
    struct smo_rec *rec;
    /* cases */
    sim_case *cases;
    size_t ncases, capcases;
    long case_seq;
    size_t cases_ended;      /* cases resolved or closed but still in the list */
    bool cases_changed;      /* a case opened, moved, ended: case_due is stale */
    dt_day case_due;         /* the earliest step time limit of an open case (when !cases_changed) */
    bool has_case_due;
    sim_gone *gone;          /* a set: capgone a power of two, at most half full */
    size_t ngone, capgone;
    sim_last *last_gone;     /* (arena) per thing */
    /* explanations given in advance, per person (arena): the reason, for the clause */
    const char **pending_reason;
    const char **pending_clause;
    const char *noface[1];
    /* the event that raises or moves a case just now, or NULL (a breach, a time limit) */
    const md_event *case_event;
    /* (arena) a case's thing delivered to the person it reached, as events
     * (sim_case.c), whose duties sim.c then opens: sim_case.c does not call
     * into sim_duty.c, which calls it */
    md_event **delivered;
    size_t ndelivered, capdelivered;
    int t_complain, t_complaint; /* "alice complains …" raises a complaint: the terms, or -1 */
} sim;

/* sim_base.c: people */
size_t sim_roles(const sim *S, int person, dt_day day, int *out, size_t cap);
bool sim_person_is(const sim *S, int person, dt_day day, int role);
/* Who holds the office on the day (a substantive holder before an acting
 * one), other than not1 and not2; -1 when no one. */
int sim_holder(const sim *S, int role, dt_day day, int not1, int not2);
bool sim_index_holders(sim *S);
/* Who is relation r of person `whose` on the day: the person the scenario
 * binds to it ("carol is line-manager of bob"); without a binding, the one
 * person holding the office the relation's line for them names (the Leader,
 * for "line-manager of ManagingDirector is Leader"; the Head of Service, for
 * "head-of-service of Officer is HeadOfService"), when exactly one does and
 * that office is not the very role whose relation it is (an officer's line
 * manager who is an officer is whoever the scenario binds, or nobody).
 * -1 when nobody, with *why: SK_UNBOUND, or SK_NOBODY when the protocol says
 * the relation is nobody for them (*clause: the line's clause). */
int sim_rel_person(const sim *S, int r, int whose, dt_day day, sim_skip *why, const char **clause);

/* sim_base.c: entries */
bool sim_wants(const sim *S, sim_kind k);
/* An entry of the day, with no people, duty, case or check yet. */
void sim_entry_init(const sim *S, sim_entry *e, sim_kind k, sim_what w, const char *clause, loc at);
/* The entry but its case and check parts, which it leaves as they are. */
void sim_entry_head(const sim *S, sim_entry *e, sim_kind k, sim_what w, const char *clause, loc at);
/* Name up to two people (p1, then p2 unless it is p1; -1 = none) in e->people. */
void sim_entry_people(const sim *S, sim_entry *e, int p1, int p2);
void sim_send(sim *S, const sim_entry *e);

/* sim_base.c: counters */
sim_stat *sim_stat_get(sim *S, const char *clause, int person);
/* Count for the clause overall, for the person, and under an adopting clause
 * too; for the person over every clause; and for the matter (ref, or NULL)
 * when an expectation asks about it (ref_watch). */
void sim_count(sim *S, const md_norm *n, int person, const char *ref, sim_count_what what, dt_day due, bool has_due);
/* The person's counters over every clause; a watched matter's. */
sim_stat *sim_stat_person(sim *S, int person);
sim_stat *sim_stat_ref(sim *S, const char *ref);
/* The clause a rule is cited by, or "-". */
const char *sim_cite(const md_norm *n);
/* The thing an event delivers: its own, or for "alice complains to carol"
 * (the action complain, no thing) a complaint, as "sends complaint"; -1. */
int sim_event_thing(const sim *S, const md_event *e);

/* sim_base.c: md_deadline_from, remembering what it found (S->dl); and forgetting it. */
int sim_deadline_from(sim *S, const md_deadline *d, dt_day from, dt_day *due);
void sim_deadlines_free(sim *S);

/* sim_duty.c */
dt_day sim_key(const sim *S, int ob);
void sim_fire(sim *S, int ob);
/* Returns whether the act answered a duty that the same thing opened. */
bool sim_fulfil(sim *S, const md_event *e, int actor, int target);
void sim_triggers(sim *S, const md_event *e, int actor, int target);
void sim_prohibitions(sim *S, const md_event *e, int actor, int target);
void sim_report_open(sim *S);
void sim_duties_clear(sim *S);
void sim_duties_free(sim *S);

/* sim_case.c */
/* A case raised by an event (its facts, its reference), or (e NULL) by a breach. */
void sim_open_case(sim *S, int kind, int raiser, int subject, const md_event *e);
/* Move the case to the first step at or after `from` that applies;
 * `escalated`: someone moved it on, so an optional step may be taken. */
void sim_case_step(sim *S, int ci, size_t from, bool escalated);
/* The case whose step time limit passed first before `day`, or -1 (sets *due). */
int sim_case_due(sim *S, dt_day day, dt_day *due);
void sim_case_late(sim *S, int ci);
void sim_cases_compact(sim *S);
/* An event's part in cases: raise one, resolve one, move one on. */
void sim_cases(sim *S, const md_event *e, int actor);
void sim_cases_free(sim *S);

/* sim.c: the indexes of a run (in S->ar), for sim_stream.c */
bool sim_prepare(sim *S);

/* sim_memo.c: a deadline the run being recorded works out from `from`: d's,
 * or (d NULL) `days` days after it (a time in hours). */
void sim_memo_note(sim *S, const md_deadline *d, int days, dt_day from);

/* sim_expect.c */
void sim_expect(sim *S, const md_expect *x);

#endif
