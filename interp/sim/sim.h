/* sim — running a scenario through a protocol over real time.
 *
 * Events are taken in order; before each, every deadline that closed on an
 * earlier day fires, earliest first (a binary heap keyed by due day and
 * opening order).  An event may open duties (its thing arrives), fulfil
 * them (the owed action), break prohibitions, and open, move or resolve
 * cases on a route.  Expectations are checked where they stand.
 *
 * Memory: the engine keeps only what is open (duties, cases) plus counters
 * per clause and person, so it is bounded by open obligations, not by the
 * number of events; closed duties return to a free list.  Every happening is
 * passed to a callback as it occurs (the timeline is streamed, not stored).
 */
#ifndef CIVIC_SIM_H
#define CIVIC_SIM_H

#include "model.h"

typedef enum {
    SE_EVENT, SE_OPENED, SE_FULFILLED, SE_BREACHED, SE_DEPARTED, SE_FALLBACK, SE_EXPLAINED,
    SE_ESCALATED, SE_SKIPPED, SE_RESOLVED, SE_CLOSED, SE_OPEN, SE_EXPECTATION
} sim_kind;

typedef struct sim_entry {
    sim_kind kind;
    dt_day day;
    int minute;                  /* -1 when none */
    const char *clause;          /* or NULL */
    const char *text;            /* one line, plain English */
    const char *people[4];       /* names involved, NULL-terminated */
    bool ok;                     /* SE_EXPECTATION: met */
    loc at;                      /* SE_EXPECTATION / SE_EVENT: the source line */
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
 * receives only the expectations.  Entry texts are valid during the call
 * to the sink only. */
sim_result sim_run(md_model *m, const md_scenario *s, dt_day today, sim_sink sink, void *ctx, bool all);

#endif
