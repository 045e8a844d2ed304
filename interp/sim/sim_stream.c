/* sim_stream — one matter at a time (sim_stream.h), through the engine's
 * own parts (sim_int.h): the same duties, acts and deadlines as a scenario. */
#include "sim_stream.h"
#include "sim_int.h"
#include "sim_memo.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

struct sim_matter {
    sim S;
    smo_memo *memo;          /* NULL: every matter goes through the engine */
    size_t hits;             /* matters the memo answered */
};

sim_matter *sim_matter_new(const md_model *m, const md_scenario *s, arena *scratch)
{
    sim_matter *mt = fail_calloc(1, sizeof *mt);
    if (!mt) return NULL;
    sim *S = &mt->S;
    S->m = m;
    S->s = s;
    S->ar = scratch;
    S->all = true;
    S->no_counts = true;   /* a matter has no expectations: the counters per clause would be read by none */
    S->brief = true;
    sim_entry_init(S, &S->duty_e, SE_OPENED, SW_OPENED, NULL, (loc){ 0 });
    if (!sim_prepare(S) || scratch->failed) {
        sim_matter_free(mt);
        return NULL;
    }
    mt->memo = smo_new();   /* out of memory: no memo, the same answers */
    return mt;
}

/* Fire every deadline that closed before `day`, earliest first. */
static void sm_advance(sim *S, dt_day day)
{
    while (S->nheap && !S->r.error) {
        int ob = S->heap[0];
        dt_day due = sim_key(S, ob);
        if (due >= day) break;
        S->now = due;
        sim_fire(S, ob);
    }
    if (day > S->now) S->now = day;
}

/* An event of the matter.  Its own entry (SE_EVENT) is not sent: the
 * caller has the events already, and a register's rows are many. */
static void sm_event(sim *S, const md_event *e, bool raises)
{
    S->r.events++;
    if (!raises) sim_fulfil(S, e, e->actor, e->target);
    sim_prohibitions(S, e, e->actor, e->target);
    if (raises) sim_triggers(S, e, e->actor, e->target);
}

static sim_result sm_run(sim *S, const md_event *ev, size_t n, dt_day upto, sim_sink sink, void *ctx)
{
    S->r = (sim_result){ 0 };
    S->sink = sink;
    S->ctx = ctx;
    for (size_t i = 0; i < n && !S->r.error; i++) {
        if (i) sm_advance(S, ev[i].day);
        S->now = ev[i].day;
        sm_event(S, &ev[i], i == 0);
    }
    if (n) sm_advance(S, upto);
    sim_report_open(S);
    for (size_t k = 0; k < S->nobs; k++) S->r.still_open += S->obs[k].live;
    sim_duties_clear(S);
    if (S->ar->failed) S->r.error = true;
    return S->r;
}

sim_result sim_matter_run(sim_matter *mt, const md_event *ev, size_t n, dt_day upto, sim_sink sink, void *ctx)
{
    sim_result r;
    smo_got got = mt->memo ? smo_lookup(mt->memo, &mt->S, ev, n, upto, sink, ctx, &r) : SMO_ENGINE;
    if (got == SMO_HIT) {
        mt->hits++;
        return r;
    }
    if (got == SMO_ENGINE) return sm_run(&mt->S, ev, n, upto, sink, ctx);
    void *rctx;
    sim_sink rs = smo_record_begin(mt->memo, &mt->S, ev, sink, ctx, &rctx);
    r = sm_run(&mt->S, ev, n, upto, rs, rctx);
    smo_record_end(mt->memo, &mt->S, ev, n, upto, &r);
    return r;
}

void sim_matter_memo(sim_matter *mt, bool on)
{
    if (on == (mt->memo != NULL)) return;
    if (on) mt->memo = smo_new();
    else {
        smo_free(mt->memo);
        mt->memo = NULL;
    }
}

size_t sim_matter_memo_hits(const sim_matter *mt) { return mt->hits; }

void sim_matter_free(sim_matter *mt)
{
    if (!mt) return;
    smo_free(mt->memo);
    sim_duties_free(&mt->S);
    sim_cases_free(&mt->S);
    free(mt);
}
