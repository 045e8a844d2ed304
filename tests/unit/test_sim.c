/* Unit tests for the simulator (interp/sim/sim.c): sim_run with a sink that
 * records every entry.  Obligations from opening to their end, fallbacks,
 * prohibitions, recommendations, routes, offices, and determinism. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "civic_test.h"
#include "sim.h"

typedef struct rec_entry {
    sim_kind kind;
    dt_day day;
    int minute;
    char *clause;
    char *text;
    bool ok;
} rec_entry;

typedef struct rec {
    rec_entry *e;
    size_t n, cap;
} rec;

/* Entry texts live only during the call: keep copies. */
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
    x->text = strdup(e->text ? e->text : "");
    x->ok = e->ok;
}

static void rec_free(rec *r)
{
    for (size_t i = 0; i < r->n; i++) {
        free(r->e[i].clause);
        free(r->e[i].text);
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
    sim_result res = sim_run(&s->m, &s->m.scens[0], t_today(), r ? rec_sink : NULL, r, all);
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

int main(void)
{
    const struct CMUnitTest tests[] = {
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
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
