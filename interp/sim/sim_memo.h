/* sim_memo — a matter's run remembered by its shape, for sim_stream.c.
 *
 * A register's rows are many and alike: the same events (one column raises
 * the matter, others answer it), people of the same roles, on other days.
 * Where nothing is dated but the events (every holding and relation held
 * for good, breaches not escalated), the engine's run of a matter turns on
 * its days in one way only: the duties the raising event opens do not
 * depend on its day, and after that the run compares days — the events',
 * `upto`, and the deadlines worked out from the raising day — and does
 * nothing else with them.  So two matters of the same shape (their events
 * but for the days, their people's roles) whose days and deadlines fall in
 * the same order (the same ranks, ties included) go through the engine
 * alike: the same entries in the same order, each day in them the day of
 * the same rank.
 *
 * The memo keeps, per shape, the deadlines the engine worked out for it (a
 * run records them: sim_memo_note), and per (shape, order of days) the
 * entries the run sent, each day as the rank it came from.  A later matter
 * of the same shape and order is answered from it: the entries sent anew
 * with its own days, events and people's names.  A run the memo cannot say
 * so (an entry of a kind it does not know, a day none of the ranked ones)
 * is marked, and matters of that order always go through the engine.
 *
 * Bounded: at most SMO_MAX_SHAPES shapes and SMO_MAX_ORDERS orders are
 * kept; past that, matters go through the engine, as they do when memory
 * runs out.  tests/unit/test_audit.c audits registers with the memo and
 * without it and compares every finding and count. */
#ifndef CIVIC_SIM_MEMO_H
#define CIVIC_SIM_MEMO_H

#include "sim_int.h"

typedef struct smo_memo smo_memo;

typedef enum {
    SMO_HIT,                 /* answered from the memo */
    SMO_RECORD,              /* run the engine through smo_record_begin/_end: the memo learns it */
    SMO_ENGINE               /* run the engine: the memo cannot say this matter */
} smo_got;

/* NULL when out of memory. */
smo_memo *smo_new(void);
void smo_free(smo_memo *mo);

/* The matter, from the memo: SMO_HIT with its entries sent to sink and its
 * result in *r; or what to do instead. */
smo_got smo_lookup(smo_memo *mo, sim *S, const md_event *ev, size_t n, dt_day upto, sim_sink sink, void *ctx,
                   sim_result *r);
/* Around the engine's run after SMO_RECORD: begin arms S->rec and returns
 * the sink and context the run must send its entries to (they go on to
 * the caller's); end keeps what the run did. */
sim_sink smo_record_begin(smo_memo *mo, sim *S, const md_event *ev, sim_sink sink, void *ctx, void **rctx);
void smo_record_end(smo_memo *mo, sim *S, const md_event *ev, size_t n, dt_day upto, const sim_result *r);

#endif
