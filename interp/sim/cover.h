/* cover — which clauses of a protocol its scenarios exercise (`civic test
 * --coverage`, and the marks of `civic render --coverage`).
 *
 * A clause is a label as the protocol file writes it ("10.2", "8, 9"), the
 * unit `civic query FILE clauses` and `civic render` use.  Only clauses a
 * scenario can check are counted ("machine-checkable"): those with a rule,
 * a route or a route step, or the review cycle.  A clause that only
 * declares roles, actions, things, kinds or relations is not counted.
 * Only the protocol's own file is counted: the file with the protocol
 * block (the scenario file's protocol, through `use`), else the file
 * itself.  Rules of the model protocol count under the clause that adopts
 * them.
 *
 * A clause is exercised when some scenario, passed or failed, does one of:
 *   COV_ENDED    a duty of one of its rules opens and ends in the run:
 *                fulfilled, breached, departed from, or its deadline passes
 *                and the fallback's runs (lapsed);
 *   COV_CHECKED  a duty of one of its rules opens and an expectation about
 *                the clause is met while it is open (`expect [C] open`,
 *                `expect [C] due D`);
 *   COV_BROKEN   an act breaks one of its prohibitions (or goes against one
 *                of its discouragements);
 *   COV_STEP     a case reaches one of its route steps (the step's handler
 *                gets it), or goes on a route it labels;
 *   COV_ASKED    an `expect "can …"` question is answered by one of its
 *                rules: the rule that decides the verdict, or another with
 *                the same modality in the same circumstances, which would
 *                decide it alone (q_can_deciders);
 *   COV_REVIEW   an expectation about the review (`expect review …`), for
 *                the clause of the review cycle.
 * What does not count: `expect no breach`, `expect no departure` and
 * `expect [C] not opened` (a scenario could assert them of anything without
 * doing anything), a duty still open at the end that no expectation looked
 * at, a step passed over (vacant, or held by a party).
 *
 * Use: cov_begin on a model, then for each scenario cov_scenario and every
 * entry of sim_run (with all = true) to cov_entry, then cov_end, after
 * which the table no longer needs the model.  Tables of the same protocol
 * (several files of scenarios) merge in a cov_set.
 *
 * Memory: a table owns everything it holds (its arena and maps); cov_free.
 * Allocation failure sets `failed` and is never a different answer: the
 * caller reports out of memory.
 */
#ifndef CIVIC_COVER_H
#define CIVIC_COVER_H

#include "sim.h"

typedef enum { COV_UNTOUCHED, COV_ENDED, COV_CHECKED, COV_BROKEN, COV_STEP, COV_ASKED, COV_REVIEW } cov_how;

typedef struct cov_clause {
    const char *label;           /* as written: "10.2", "8, 9" */
    int line;                    /* where the protocol file first cites it */
    const char *text;            /* its first rule, step or review cycle in plain English, "(and N more)" */
    size_t rules, steps;         /* what it states: rules; routes and steps */
    bool review;                 /* the review cycle's clause */
    cov_how how;                 /* how it was first exercised, or COV_UNTOUCHED */
    const char *scenario;        /* the scenario that first exercised it, its file and line */
    const char *scen_file;
    int scen_line;
} cov_clause;

typedef struct cov_run cov_run;  /* the indexes of a model being run (cover.c) */

typedef struct cov_table {
    arena ar;                    /* labels, texts, names */
    const char *protocol;        /* the protocol's file, as named */
    const char *key;             /* the same file once loaded (a real path): tables of one key merge */
    cov_clause *v;               /* in the order of the file */
    size_t n, cap;
    size_t exercised;
    hmap by_label;               /* hash of a label -> index (probing on collision) */
    cov_run *run;                /* between cov_begin and cov_end */
    bool failed;                 /* out of memory */
} cov_table;

/* The table of m's protocol, every clause untouched, ready for its
 * scenarios.  False when out of memory (the table is then safe to free). */
bool cov_begin(cov_table *t, const md_model *m);
/* The scenario whose entries follow; file as named (kept by the caller
 * until cov_end). */
void cov_scenario(cov_table *t, const md_scenario *s, const char *file, int line);
/* One entry of sim_run (a sim_sink may pass each on). */
void cov_entry(cov_table *t, const sim_entry *e);
/* The run is over: the indexes of the model are freed. */
void cov_end(cov_table *t);
void cov_free(cov_table *t);

/* The clause with this label, or NULL (a clause not counted). */
const cov_clause *cov_find(const cov_table *t, const char *label);
/* N of M exercised, as a whole percentage rounded down (100 for no clauses). */
unsigned cov_percent(const cov_table *t);

/* Tables by protocol, in the order each protocol was first met. */
typedef struct cov_set {
    cov_table **v;
    size_t n;
    bool failed;
} cov_set;

/* Adds t (which the set then owns) or merges it into the table of the
 * same protocol (and frees it): a clause is exercised if either exercises
 * it, and keeps the first scenario that did. */
void cov_set_add(cov_set *s, cov_table *t);
/* The table of the protocol loaded from `key` (a real path), or NULL. */
const cov_table *cov_set_find(const cov_set *s, const char *key);
void cov_set_free(cov_set *s);
/* "ended", "checked", "broken", "step", "asked", "review" ("untouched"). */
const char *cov_how_name(cov_how h);

#endif
