/* Unit tests for the simulator (interp/sim/): sim_run with a sink that
 * records every entry.  Obligations from opening to their end, fallbacks,
 * prohibitions, recommendations, routes, offices, and determinism; the
 * entries as data (their forms and fields, apart from any text); and the
 * text renderer (interp/render/timeline_text.c) on entries made by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "civic_test.h"
#include "sim.h"
#include "sim_int.h"
#include "timeline.h"

typedef struct rec_entry {
    sim_kind kind;
    dt_day day;
    int minute;
    char *clause;
    char *text;
    bool ok;
    sim_entry d;                 /* the data: its pointers are not to be followed after the run */
    char *rule;                  /* the clause of d.duty.norm, or NULL */
    char *skipped;               /* the office of d.c.skipped_role, or NULL */
} rec_entry;

typedef struct rec {
    rec_entry *e;
    size_t n, cap;
    tl_ctx tl;                   /* set by run() */
} rec;

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

/* Entries live only during the call: keep copies. */
static void rec_sink(void *ctx, const sim_entry *e)
{
    rec *r = ctx;
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 32;
        r->e = realloc(r->e, r->cap * sizeof *r->e);
        assert_non_null(r->e);
    }
    rec_entry *x = &r->e[r->n++];
    x->kind = e->kind;
    x->day = e->day;
    x->minute = e->minute;
    x->clause = e->clause ? strdup(e->clause) : NULL;
    x->text = strdup(tl_sentence(&r->tl, e));
    ar_reset(r->tl.ar);
    x->ok = e->ok;
    x->d = *e;
    x->rule = e->duty.norm >= 0 ? dup_or_null(r->tl.m->norms[e->duty.norm].clause) : NULL;
    x->skipped = e->c.skipped_role >= 0 ? dup_or_null(r->tl.m->roles[e->c.skipped_role].name) : NULL;
}

static void rec_free(rec *r)
{
    for (size_t i = 0; i < r->n; i++) {
        free(r->e[i].clause);
        free(r->e[i].text);
        free(r->e[i].rule);
        free(r->e[i].skipped);
    }
    free(r->e);
    memset(r, 0, sizeof *r);
}

static const char engine[] =
    "use \"roles\"\n"
    "[E1] Officer must respond to enquiry from Member within 2 working days\n"
    "       otherwise acknowledge enquiry and give timescale within 4 working days\n"
    "[E2] Member should respond to request from Officer within 3 working days\n"
    "[E3] Member must not instruct Officer unless approved by Clerk\n"
    "[E6] Clerk must acknowledge complaint from Member within 24 hours\n"
    "[E7] Member should not pressure Officer\n"
    "[E8] Officer must respond to request from Member within 2 working days\n"
    "route complaint by Member about Officer [C] {\n"
    "  [C.1] informally with Clerk\n"
    "  [C.2] Clerk within 10 working days\n"
    "  [C.3] when about Clerk: Chair\n"
    "  [C.4] procedure disciplinary\n"
    "}\n";

/* Runs the scenario written as body, with the engine protocol. */
static sim_result run(const char *body, rec *r, bool all)
{
    char *text = malloc(strlen(engine) + strlen(body) + 64);
    assert_non_null(text);
    sprintf(text, "%sscenario \"s\" {\n%s}\n", engine, body);
    session *s = t_open(text);
    free(text);
    t_assert_clean(s);
    assert_int_equal(s->m.nscens, 1);
    arena scratch, texts;
    ar_init(&scratch);
    ar_init(&texts);
    if (r) {
        r->tl.m = &s->m;
        r->tl.s = &s->m.scens[0];
        r->tl.src = &s->ld.src;
        r->tl.ar = &texts;
    }
    sim_result res = sim_run(&s->m, &s->m.scens[0], t_today(), &scratch, r ? rec_sink : NULL, r, all);
    assert_false(scratch.failed);
    assert_false(texts.failed);
    ar_free(&scratch);
    ar_free(&texts);
    if (r) memset(&r->tl, 0, sizeof r->tl);
    t_close(s);
    return res;
}

/* Index of the first entry of kind k (and clause, when not NULL), or fail. */
static size_t find(const rec *r, sim_kind k, const char *clause)
{
    for (size_t i = 0; i < r->n; i++)
        if (r->e[i].kind == k && (!clause || (r->e[i].clause && strcmp(r->e[i].clause, clause) == 0))) return i;
    fail_msg("no %s entry%s%s", sim_kind_name(k), clause ? " for " : "", clause ? clause : "");
    return 0;
}

static size_t count_kind(const rec *r, sim_kind k)
{
    size_t n = 0;
    for (size_t i = 0; i < r->n; i++) n += r->e[i].kind == k;
    return n;
}

static void assert_day(dt_day d, const char *want)
{
    char b[11];
    dt_format(d, b);
    assert_string_equal(b, want);
}

#define PEOPLE "  person alice is Member\n  person bob is Officer\n  person carol is Clerk\n"

static void test_obligation_fulfilled(void **state)
{
    (void)state;
    rec r = { 0 };
    sim_result res = run(PEOPLE
                         "  2025-12-23 alice sends enquiry to bob\n"
                         "  expect [E1] due 2025-12-29\n"
                         "  2025-12-29 bob responds to alice\n"
                         "  expect [E1] fulfilled by bob\n",
                         &r, true);
    assert_int_equal(res.opened, 1);
    assert_int_equal(res.fulfilled, 1);
    assert_int_equal(res.breached, 0);
    assert_int_equal(res.still_open, 0);
    assert_int_equal(res.expectations, 2);
    assert_int_equal(res.failed, 0);
    assert_int_equal(res.events, 2);
    size_t o = find(&r, SE_OPENED, "E1");
    assert_day(r.e[o].day, "2025-12-23");
    assert_string_equal(r.e[o].text, "[E1] bob must respond to enquiry from alice by 2025-12-29");
    size_t f = find(&r, SE_FULFILLED, "E1");
    assert_true(f > o);
    assert_day(r.e[f].day, "2025-12-29");
    assert_string_equal(r.e[f].text, "[E1] bob did respond to enquiry from alice, due 2025-12-29");
    assert_int_equal(count_kind(&r, SE_BREACHED), 0);
    /* the entries in order: event, opened, expectation, event, fulfilled, expectation */
    static const sim_kind order[] = { SE_EVENT, SE_OPENED, SE_EXPECTATION, SE_EVENT, SE_FULFILLED, SE_EXPECTATION };
    assert_int_equal(r.n, 6);
    for (size_t i = 0; i < 6; i++) assert_int_equal(r.e[i].kind, order[i]);
    rec_free(&r);
}

static void test_breach_after_fallback_lapses(void **state)
{
    (void)state;
    rec r = { 0 };
    sim_result res = run(PEOPLE
                         "  2025-12-23 alice sends enquiry to bob\n"
                         "  2026-01-05 nothing\n"
                         "  expect [E1] breached\n",
                         &r, true);
    assert_int_equal(res.breached, 1);
    assert_int_equal(res.failed, 0);
    /* first the fallback opens, when the first deadline passes (the 29th);
     * then its own passes too: 4 working days from the 23rd are the 24th,
     * 29th, 30th and 31st */
    size_t fb = find(&r, SE_FALLBACK, "E1");
    assert_day(r.e[fb].day, "2025-12-29");
    size_t b = find(&r, SE_BREACHED, "E1");
    assert_true(b > fb);
    assert_day(r.e[b].day, "2025-12-31");
    rec_free(&r);
}

static void test_fallback_done_meets_the_duty(void **state)
{
    (void)state;
    rec r = { 0 };
    sim_result res = run(PEOPLE
                         "  2026-04-02 alice sends enquiry to bob\n"
                         "  2026-04-09 bob acknowledges enquiry to alice\n"
                         "  2026-04-09 bob gives timescale to alice\n"
                         "  2026-04-30 nothing\n",
                         &r, true);
    assert_int_equal(res.fulfilled, 1);
    assert_int_equal(res.breached, 0);
    size_t f = find(&r, SE_FULFILLED, "E1");
    assert_day(r.e[f].day, "2026-04-09");
    rec_free(&r);
}

static void test_still_open_at_the_end(void **state)
{
    (void)state;
    rec r = { 0 };
    sim_result res = run(PEOPLE "  2026-04-02 alice sends enquiry to bob\n", &r, true);
    assert_int_equal(res.opened, 1);
    assert_int_equal(res.still_open, 1);
    assert_int_equal(res.breached, 0);   /* no time passed after the event */
    assert_int_equal(count_kind(&r, SE_OPEN), 1);
    rec_free(&r);
}

static void test_prohibitions(void **state)
{
    (void)state;
    rec r = { 0 };
    sim_result res = run(PEOPLE
                         "  2026-03-02 alice instructs bob\n"
                         "  expect [E3] breached by alice\n"
                         "  2026-03-03 alice instructs bob where \"approved by Clerk\"\n"
                         "  2026-03-04 alice pressures bob\n"
                         "  expect [E7] departed\n",
                         &r, true);
    assert_int_equal(res.breached, 1);    /* only the first instruction */
    assert_int_equal(res.departed, 1);    /* should not: a departure, not a breach */
    assert_int_equal(res.failed, 0);
    size_t b = find(&r, SE_BREACHED, "E3");
    assert_day(r.e[b].day, "2026-03-02");
    assert_string_equal(r.e[b].text, "[E3] alice did instruct bob, which the protocol forbids");
    rec_free(&r);
}

static void test_recommendation_departed_with_reason(void **state)
{
    (void)state;
    rec r = { 0 };
    sim_result res = run(PEOPLE
                         "  2026-05-01 bob sends request to alice\n"
                         "  2026-05-07 alice explains [E2] because \"on leave\"\n"
                         "  2026-05-08 nothing\n"
                         "  expect [E2] departed by alice\n"
                         "  expect no breach\n",
                         &r, true);
    assert_int_equal(res.departed, 1);
    assert_int_equal(res.breached, 0);
    assert_int_equal(res.failed, 0);
    size_t x = find(&r, SE_EXPLAINED, "E2");
    assert_non_null(strstr(r.e[x].text, "on leave"));
    size_t d = find(&r, SE_DEPARTED, "E2");
    assert_day(r.e[d].day, "2026-05-07");   /* 3 working days: the 4th is a bank holiday */
    rec_free(&r);
}

static void test_hours(void **state)
{
    (void)state;
    rec r = { 0 };
    sim_result res = run(PEOPLE "  2026-03-06 16:00 alice sends complaint to carol\n  expect [E6] due 2026-03-07\n", &r, true);
    assert_int_equal(res.failed, 0);
    size_t e = find(&r, SE_EVENT, NULL);
    assert_int_equal(r.e[e].minute, 16 * 60);
    rec_free(&r);
}

static void test_routes(void **state)
{
    (void)state;
    rec r = { 0 };
    sim_result res = run("  person alice is Member\n  person carol is Clerk\n  person cara is Chair\n"
                         "  2026-02-02 alice raises complaint about carol\n"
                         "  expect complaint at informal\n"
                         "  2026-02-03 alice escalates complaint\n"
                         "  expect complaint at cara\n"
                         "  2026-02-10 cara resolves complaint\n"
                         "  expect complaint resolved\n",
                         &r, true);
    assert_int_equal(res.failed, 0);
    size_t informal = find(&r, SE_ESCALATED, "C.1");
    size_t skip = find(&r, SE_SKIPPED, "C.2");        /* the Clerk is the subject */
    size_t chair = find(&r, SE_ESCALATED, "C.3");
    size_t done = find(&r, SE_RESOLVED, NULL);
    assert_true(informal < skip && skip < chair && chair < done);
    assert_non_null(strstr(r.e[skip].text, "carol is the subject of the complaint"));
    assert_string_equal(r.e[chair].text, "[C.3] complaint by alice about carol goes to the Chair of the Council (cara)");
    assert_day(r.e[done].day, "2026-02-10");
    rec_free(&r);
}

static void test_step_time_limit(void **state)
{
    (void)state;
    rec r = { 0 };
    sim_result res = run(PEOPLE
                         "  2026-02-02 alice raises complaint about bob\n"
                         "  2026-02-03 alice escalates complaint\n"
                         "  expect complaint at carol\n"
                         "  2026-02-18 nothing\n"
                         "  expect complaint at disciplinary\n",
                         &r, true);
    assert_int_equal(res.failed, 0);
    /* 10 working days from 2026-02-03 end on the 17th: the case moves on then */
    size_t p = find(&r, SE_ESCALATED, "C.4");
    assert_day(r.e[p].day, "2026-02-17");
    rec_free(&r);
}

static void test_offices(void **state)
{
    (void)state;
    rec r = { 0 };
    sim_result res = run("  person alice is Member\n"
                         "  person bob is Officer\n"
                         "  person carol is Clerk until 2026-01-31\n"
                         "  person dave is Officer, Clerk acting from 2026-02-01\n"
                         "  2026-02-02 alice raises complaint about bob\n"
                         "  2026-02-03 alice escalates complaint\n"
                         "  expect complaint at dave\n"
                         "  2026-02-04 alice sends request to Clerk\n"
                         "  2026-02-05 dave responds to alice\n"
                         "  expect [E8] fulfilled\n",
                         &r, true);
    assert_int_equal(res.failed, 0);
    size_t c2 = find(&r, SE_ESCALATED, "C.2");
    assert_non_null(strstr(r.e[c2].text, "(dave)"));
    rec_free(&r);
}

static void test_failed_expectations_and_quiet_sinks(void **state)
{
    (void)state;
    const char *body = PEOPLE
                       "  2025-12-23 alice sends enquiry to bob\n"
                       "  expect [E1] due 2025-12-25\n"
                       "  2025-12-30 nothing\n"
                       "  expect [E1] fulfilled\n"
                       "  expect [E3] breached\n";
    rec r = { 0 };
    sim_result res = run(body, &r, false);
    /* with all = false only the expectations come */
    assert_int_equal(r.n, 3);
    for (size_t i = 0; i < r.n; i++) {
        assert_int_equal(r.e[i].kind, SE_EXPECTATION);
        assert_false(r.e[i].ok);
    }
    assert_string_equal(r.e[0].text, "expected [E1] due 2025-12-25, but it is due 2025-12-29");
    assert_string_equal(r.e[1].text, "expected [E1] fulfilled, but it is still open, due 2025-12-31");
    assert_string_equal(r.e[2].text, "expected [E3] breached, but nothing under that clause has happened (no duty, no breach)");
    assert_int_equal(res.expectations, 3);
    assert_int_equal(res.failed, 3);
    rec_free(&r);
    /* and no sink at all still counts */
    sim_result quiet = run(body, NULL, true);
    assert_int_equal(quiet.failed, 3);
    assert_int_equal(quiet.opened, res.opened);
}

static void test_deterministic(void **state)
{
    (void)state;
    const char *body = PEOPLE
                       "  person cara is Chair\n"
                       "  2025-12-23 alice sends enquiry to bob\n"
                       "  2025-12-23 alice sends request to bob\n"
                       "  2025-12-23 bob sends request to alice\n"
                       "  2026-01-05 alice instructs bob\n"
                       "  2026-01-06 alice raises complaint about bob\n"
                       "  2026-02-20 nothing\n";
    rec a = { 0 }, b = { 0 };
    sim_result ra = run(body, &a, true), rb = run(body, &b, true);
    assert_int_equal(a.n, b.n);
    assert_true(a.n > 10);
    for (size_t i = 0; i < a.n; i++) {
        assert_int_equal(a.e[i].kind, b.e[i].kind);
        assert_int_equal(a.e[i].day, b.e[i].day);
        assert_string_equal(a.e[i].text, b.e[i].text);
    }
    /* field by field: memcmp would read the struct's padding, which is not set */
    assert_int_equal(ra.expectations, rb.expectations);
    assert_int_equal(ra.failed, rb.failed);
    assert_int_equal(ra.opened, rb.opened);
    assert_int_equal(ra.fulfilled, rb.fulfilled);
    assert_int_equal(ra.breached, rb.breached);
    assert_int_equal(ra.departed, rb.departed);
    assert_int_equal(ra.still_open, rb.still_open);
    assert_int_equal(ra.events, rb.events);
    assert_int_equal(ra.error, rb.error);
    /* and time only goes forward */
    for (size_t i = 1; i < a.n; i++) assert_true(a.e[i].day >= a.e[i - 1].day);
    rec_free(&a);
    rec_free(&b);
}

/* ---- the entries as data ------------------------------------------------------------- */

static void assert_day_is(dt_day d, int y, int mo, int da) { assert_int_equal(d, dt_from_ymd(y, mo, da)); }

enum { ALICE, BOB, CAROL };   /* the people of PEOPLE, by index */

static void test_duty_entries_as_data(void **state)
{
    (void)state;
    rec r = { 0 };
    run(PEOPLE
        "  2025-12-23 alice sends enquiry to bob\n"
        "  2026-01-05 nothing\n",
        &r, true);
    size_t o = find(&r, SE_OPENED, "E1");
    const sim_entry *d = &r.e[o].d;
    assert_int_equal(d->what, SW_OPENED);
    assert_string_equal(r.e[o].rule, "E1");
    assert_int_equal(d->duty.owner, BOB);
    assert_int_equal(d->duty.office, -1);
    assert_int_equal(d->duty.counterpart, ALICE);
    assert_day_is(d->duty.opened, 2025, 12, 23);
    assert_true(d->duty.has_due);
    assert_day_is(d->duty.due, 2025, 12, 29);
    assert_true(d->duty.has_fallback_due);
    assert_day_is(d->duty.fallback_due, 2025, 12, 31);
    assert_false(d->duty.fallback_phase);
    assert_non_null(d->event);   /* the event that opened it (not to be read after the run) */
    /* the first deadline passes: the fallback's runs */
    size_t f = find(&r, SE_FALLBACK, "E1");
    assert_int_equal(r.e[f].d.what, SW_FALLBACK_APPLIES);
    assert_true(r.e[f].d.duty.fallback_phase);
    /* and then its own: missed, a breach (must) */
    size_t b = find(&r, SE_BREACHED, "E1");
    assert_int_equal(r.e[b].d.what, SW_MISSED);
    assert_true(r.e[b].d.duty.fallback_phase);
    assert_int_equal(r.e[b].d.duty.owner, BOB);
    /* the event: who did what to whom */
    size_t ev = find(&r, SE_EVENT, NULL);
    assert_int_equal(r.e[ev].d.what, SW_EVENT);
    assert_int_equal(r.e[ev].d.actor, ALICE);
    assert_int_equal(r.e[ev].d.target, BOB);
    assert_int_equal(r.e[ev].d.duty.norm, -1);
    rec_free(&r);
}

static void test_prohibition_entries_as_data(void **state)
{
    (void)state;
    rec r = { 0 };
    run(PEOPLE
        "  2026-05-07 alice explains [E7] because \"urgent\"\n"
        "  2026-05-07 alice pressures bob\n",
        &r, true);
    size_t x = find(&r, SE_EXPLAINED, "E7");
    assert_int_equal(r.e[x].d.what, SW_EXPLAINED);
    assert_int_equal(r.e[x].d.actor, ALICE);
    size_t d = find(&r, SE_DEPARTED, "E7");
    assert_int_equal(r.e[d].d.what, SW_FORBIDDEN);
    assert_string_equal(r.e[d].rule, "E7");
    assert_int_equal(r.e[d].d.actor, ALICE);
    assert_int_equal(r.e[d].d.target, BOB);
    assert_string_equal(r.e[d].text, "[E7] alice did pressure bob, which the protocol discourages (a departure, not a "
                                     "breach); reason given: \"urgent\"");
    rec_free(&r);
}

static void test_case_entries_as_data(void **state)
{
    (void)state;
    rec r = { 0 };
    run("  person alice is Member\n  person carol is Clerk\n  person cara is Chair\n"
        "  2026-02-02 alice raises complaint about carol\n"
        "  2026-02-03 alice escalates complaint\n"
        "  2026-02-04 carol resolves complaint\n"
        "  2026-02-05 cara resolves complaint\n",
        &r, true);
    enum { A, C, CARA };
    size_t informal = find(&r, SE_ESCALATED, "C.1");
    assert_int_equal(r.e[informal].d.what, SW_CASE_TO);
    assert_true(r.e[informal].d.c.informal);
    assert_int_equal(r.e[informal].d.c.step, 0);
    assert_int_equal(r.e[informal].d.c.raiser, A);
    assert_int_equal(r.e[informal].d.c.subject, C);
    size_t skip = find(&r, SE_SKIPPED, "C.2");
    assert_int_equal(r.e[skip].d.what, SW_CASE_OWN);
    assert_int_equal(r.e[skip].d.c.skip, SK_SUBJECT);
    assert_string_equal(r.e[skip].skipped, "Clerk");
    size_t chair = find(&r, SE_ESCALATED, "C.3");
    assert_int_equal(r.e[chair].d.c.step, 2);
    assert_int_equal(r.e[chair].d.c.person, CARA);
    assert_false(r.e[chair].d.c.informal);
    /* a party may resolve the case */
    size_t done = find(&r, SE_RESOLVED, NULL);
    assert_int_equal(r.e[done].d.what, SW_CASE_RESOLVED);
    assert_int_equal(r.e[done].d.actor, C);
    /* the second resolve finds no case open */
    bool seen = false;
    for (size_t i = 0; i < r.n; i++)
        if (r.e[i].d.what == SW_CASE_NONE_OPEN) {
            seen = true;
            assert_int_equal(r.e[i].d.actor, CARA);
            assert_null(r.e[i].clause);
        }
    assert_true(seen);
    rec_free(&r);
}

static void test_expectation_entries_as_data(void **state)
{
    (void)state;
    rec r = { 0 };
    run(PEOPLE
        "  2025-12-23 alice sends enquiry to bob\n"
        "  expect [E1] due 2025-12-25\n"
        "  expect [E1] fulfilled\n"
        "  2026-01-05 nothing\n"
        "  expect no breach\n"
        "  expect complaint reaches carol\n",
        &r, false);
    assert_int_equal(r.n, 4);
    const sim_check *due = &r.e[0].d.check;
    assert_int_equal(r.e[0].d.what, SW_EXPECT);
    assert_false(due->met);
    assert_true(due->has_date);
    assert_day_is(due->date, 2025, 12, 29);
    const sim_check *state_ = &r.e[1].d.check;
    assert_false(state_->met);
    assert_int_equal(state_->now, SN_OPEN);
    assert_day_is(state_->date, 2025, 12, 29);
    const sim_check *nb = &r.e[2].d.check;
    assert_false(nb->met);
    assert_int_equal(nb->count, 1);
    const sim_check *reach = &r.e[3].d.check;
    assert_false(reach->met);
    assert_int_equal(reach->where, SC_NO_CASE);
    rec_free(&r);
}

/* A run reads the model and writes nothing to it: its arena does not grow,
 * run after run (review expectations included, whose dates the model works out). */
static void test_a_run_writes_nothing_to_the_model(void **state)
{
    (void)state;
    char *text = malloc(strlen(engine) + 1024);
    assert_non_null(text);
    sprintf(text, "protocol \"P\" {\n  adopted 2024-01-01\n  review every 1 year\n}\n%sscenario \"s\" {\n%s"
                  "  2025-12-23 alice sends enquiry to bob\n  expect [E1] due 2025-12-29\n"
                  "  2026-01-05 alice raises complaint about bob\n  expect complaint at informal\n"
                  "  expect review overdue\n  expect review due 2025-01-01\n}\n", engine, PEOPLE);
    session *s = t_open(text);
    free(text);
    t_assert_clean(s);
    const md_model *m = &s->m;
    arena scratch;
    ar_init(&scratch);
    size_t total = m->ar->total, used = m->ar->used;
    for (int i = 0; i < 3; i++) {
        sim_result r = sim_run(m, &m->scens[0], t_today(), &scratch, NULL, NULL, true);
        assert_int_equal(r.failed, 0);
        assert_int_equal(r.expectations, 4);
        ar_reset(&scratch);
        assert_int_equal(m->ar->total, total);
        assert_int_equal(m->ar->used, used);
    }
    ar_free(&scratch);
    t_close(s);
}

/* The text renderer on entries made by hand, not by a run. */
static void test_text_of_entries_made_by_hand(void **state)
{
    (void)state;
    char *text = malloc(strlen(engine) + 256);
    assert_non_null(text);
    sprintf(text, "%sscenario \"s\" {\n%s}\n", engine, PEOPLE);
    session *s = t_open(text);
    free(text);
    t_assert_clean(s);
    arena ar;
    ar_init(&ar);
    tl_ctx c = { &s->m, &s->m.scens[0], &s->ld.src, &ar };
    sim_entry e;
    memset(&e, 0, sizeof e);
    e.kind = SE_CLOSED;
    e.what = SW_NO_ROUTE;
    e.minute = -1;
    e.duty.norm = -1;
    e.c.kind = md_lookup_term(&s->m, "complaint", MT_THING);
    e.c.raiser = BOB;
    e.c.subject = ALICE;
    e.c.route = e.c.step = e.c.person = e.c.role = e.c.proc = e.c.skipped_role = -1;
    e.c.rel = e.c.rel_whose = e.c.under = -1;
    assert_string_equal(tl_sentence(&c, &e), "no route in the protocol covers a complaint by bob about alice");
    e.kind = SE_ESCALATED;
    e.what = SW_CASE_LATE;
    e.clause = "C.2";
    e.day = dt_from_ymd(2026, 2, 17);
    assert_string_equal(tl_sentence(&c, &e), "[C.2] complaint by bob about alice: the step's time limit passed on 2026-02-17");
    e.what = SW_CASE_TO;
    e.c.role = md_lookup_role(&s->m, "Clerk");
    assert_true(e.c.role >= 0);
    e.c.person = CAROL;
    assert_string_equal(tl_sentence(&c, &e), "[C.2] complaint by bob about alice goes to the Town Clerk (carol)");
    e.c.person = -1;
    assert_string_equal(tl_sentence(&c, &e), "[C.2] complaint by bob about alice goes to the Town Clerk");
    assert_false(ar.failed);
    ar_free(&ar);
    t_close(s);
}

/* sim_deadline_from remembers each deadline by its period and the day it
 * is counted from (sim_int.h, S->dl): asked twice, over three centuries of
 * days, for every unit, it says what md_deadline_from says, found or not
 * (past 2200 the calendar has no days); more periods than it keeps tables
 * for, and days outside a table's span, are worked out all the same. */
static void test_deadlines_remembered(void **state)
{
    (void)state;
    session *s = t_open("protocol \"p\" {\n  calendar england-and-wales\n}\n");
    sim S;
    memset(&S, 0, sizeof S);
    S.m = &s->m;
    md_deadline d[7];
    memset(d, 0, sizeof d);
    const ast_unit units[7] = { U_WORKING_DAYS, U_DAYS, U_HOURS, U_WEEKS, U_MONTHS, U_WORKING_DAYS, U_WORKING_DAYS };
    const int32_t ns[7] = { 2, 10, 30, 3, 1, 0, 20 };
    for (size_t k = 0; k < 7; k++) { d[k].kind = DUR_FIXED; d[k].unit = units[k]; d[k].n = ns[k]; }
    dt_day first = dt_from_ymd(1900, 1, 1), last = dt_from_ymd(2200, 12, 31);
    size_t asked = 0, none = 0;
    /* from the last day down first: the tables are centred on 2200, and
     * keep that a deadline past it cannot be worked out */
    for (int pass = 0; pass < 2; pass++)
        for (dt_day day = pass ? first : last; pass ? day <= last : day >= first; day += pass ? 3 : -5)
            for (size_t k = 0; k < 7; k++) {
                dt_day want = 0, got = 0;
                int rw = md_deadline_from(&s->m, &d[k], day, &want), rg = sim_deadline_from(&S, &d[k], day, &got);
                assert_int_equal(rg == 0, rw == 0);
                if (rw == 0) assert_int_equal(got, want);
                else none++;
                asked++;
            }
    assert_true(asked > 100000);
    assert_true(none > 0);   /* the deadlines past the last day were asked about too */
    sim_deadlines_free(&S);
    t_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deadlines_remembered),
        cmocka_unit_test(test_obligation_fulfilled),
        cmocka_unit_test(test_breach_after_fallback_lapses),
        cmocka_unit_test(test_fallback_done_meets_the_duty),
        cmocka_unit_test(test_still_open_at_the_end),
        cmocka_unit_test(test_prohibitions),
        cmocka_unit_test(test_recommendation_departed_with_reason),
        cmocka_unit_test(test_hours),
        cmocka_unit_test(test_routes),
        cmocka_unit_test(test_step_time_limit),
        cmocka_unit_test(test_offices),
        cmocka_unit_test(test_failed_expectations_and_quiet_sinks),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_duty_entries_as_data),
        cmocka_unit_test(test_prohibition_entries_as_data),
        cmocka_unit_test(test_case_entries_as_data),
        cmocka_unit_test(test_expectation_entries_as_data),
        cmocka_unit_test(test_text_of_entries_made_by_hand),
        cmocka_unit_test(test_a_run_writes_nothing_to_the_model),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
