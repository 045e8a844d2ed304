/* sim_stream — the engine run one matter at a time, for civic audit.
 *
 * A register is many matters: each row raises one (an enquiry from a
 * Member to an Officer) and its other dated cells answer that one only.
 * sim_matter_run runs one row's events through the same engine as a
 * scenario (sim_duty.c: the rules the raising event starts, with their
 * conditions, overrides, deadlines and fallbacks; the acts that meet them;
 * the prohibitions an act breaks) and then lets time run to `upto`, so
 * that each row's duties are its own by construction: no act of one row
 * can meet a duty of another, whatever else is open between the same
 * people.  Every duty of a row is closed, or reported open (SE_OPEN), when
 * the call returns: memory does not grow with the number of rows.
 *
 * A duty's entries are brief: their people[] is empty (the duty's owner,
 * counterpart and actor are slots of s->people), and their case and check
 * parts are blank.
 *
 * The people are the scenario's (s->people), which the caller may change
 * between calls (the names and holdings of a row's people): the engine
 * reads them during a call only.  s->items are not read.
 *
 * Memory: sim_matter_new allocates the engine (free with sim_matter_free)
 * and its indexes in the scratch arena given, which must outlive it. */
#ifndef CIVIC_SIM_STREAM_H
#define CIVIC_SIM_STREAM_H

#include "sim.h"

typedef struct sim_matter sim_matter;

/* NULL when out of memory. */
sim_matter *sim_matter_new(const md_model *m, const md_scenario *s, arena *scratch);
/* One matter: ev[0] raises it (the duties its thing starts open), ev[1..n)
 * answer it (they meet its duties and may break prohibitions; they start
 * nothing).  Events in date order.  Then the deadlines that closed before
 * `upto` fire, and what is still open is reported.  Every entry goes to
 * sink (as with sim_run's all), but the events' own (SE_EVENT).  The result counts this matter only. */
sim_result sim_matter_run(sim_matter *mt, const md_event *ev, size_t n, dt_day upto, sim_sink sink, void *ctx);
/* Matters answered from what earlier ones of the same shape did (on, the
 * default: sim_memo.h), or each run by the engine (off: for tests that
 * compare the two). */
void sim_matter_memo(sim_matter *mt, bool on);
/* How many matters the memo has answered so far. */
size_t sim_matter_memo_hits(const sim_matter *mt);
void sim_matter_free(sim_matter *mt);

#endif
