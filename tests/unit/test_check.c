/* Unit tests for interp/model/check.c: conflicts (found, and not found with an
 * override, different conditions, things or counterparts), duplicates,
 * overrides that miss, deadlines, routes, the review. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "civic_test.h"
#include "parse.h"

/* Number of diagnostics with code in a protocol made of the standard roles
 * and these lines. */
static size_t n_of(const char *code, const char *lines)
{
    char *text = malloc(strlen(lines) + 32);
    assert_non_null(text);
    sprintf(text, "use \"roles\"\n%s", lines);
    session *s = t_open(text);
    size_t n = t_count(&s->dg, code);
    t_close(s);
    free(text);
    return n;
}

static void test_conflict_found(void **state)
{
    (void)state;
    /* a narrower role against a wider rule */
    assert_int_equal(n_of("conflict", "[1] Member must not instruct Officer\n[2] Chair may instruct Officer\n"), 1);
    /* the same role, both ways round; must against must not; should against should not */
    assert_int_equal(n_of("conflict", "[1] Member may instruct Officer\n[2] Member must not instruct Officer\n"), 1);
    assert_int_equal(n_of("conflict", "[1] Officer must respond to enquiry\n[2] Clerk must not respond to enquiry\n"), 1);
    assert_int_equal(n_of("conflict", "[1] Member should pressure Officer\n[2] Member should not pressure Officer\n"), 1);
    /* towards a narrower counterpart, and towards anyone */
    assert_int_equal(n_of("conflict", "[1] Member must not instruct Officer\n[2] Member may instruct Clerk\n"), 1);
    assert_int_equal(n_of("conflict", "[1] Member must not instruct\n[2] Member may instruct Clerk\n"), 1);
    /* roles that overlap through a role that is both */
    assert_int_equal(n_of("conflict", "role Steward is Member, Officer\n"
                                      "[1] Member must not speak to Media\n[2] Officer may speak to Media\n"), 1);
    /* the same conditions are the same circumstances */
    assert_int_equal(n_of("conflict", "[1] Member must not instruct Officer when \"x\"\n"
                                      "[2] Mayor may instruct Officer when \"x\"\n"), 1);
    /* each pair once, however many roles lie between */
    assert_int_equal(n_of("conflict", "[1] Member must not instruct Officer\n[2] Mayor may instruct Officer\n"
                                      "[3] Mayor may instruct Clerk\n"), 2);
}

static void test_conflict_message(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n[8.1] Member must not instruct Officer\n[8.2] Chair may instruct Officer\n");
    const dg_diag *d = t_find(&s->dg, "conflict");
    assert_non_null(d);
    assert_int_equal(d->sev, DG_ERROR);
    assert_string_equal(d->msg, "[8.2] says Chair of the Council may instruct, but [8.1] says Member must not instruct");
    assert_int_equal(d->nhints, 1);
    assert_string_equal(d->hints[0], "if this rule is an exception, add 'overrides [8.1]' to it");
    assert_int_equal(t_line(s, d->where), 3);   /* on the later, narrower rule */
    t_close(s);
}

static void test_no_conflict(void **state)
{
    (void)state;
    /* an override */
    assert_int_equal(n_of("conflict", "[1] Member must not instruct Officer\n[2] Chair may instruct Officer overrides [1]\n"), 0);
    /* an override of an adopted rule, by its adopting clause */
    assert_int_equal(n_of("conflict", "use \"model-protocol\"\n[8.1] adopts [MP-9]\n"
                                      "[8.2] Chair may involve-in-management overrides [8.1]\n"), 0);
    /* different conditions */
    assert_int_equal(n_of("conflict", "[1] Member must not instruct Officer when \"x\"\n[2] Chair may instruct Officer when \"y\"\n"), 0);
    assert_int_equal(n_of("conflict", "[1] Member must not instruct Officer\n[2] Chair may instruct Officer when \"delegated\"\n"), 0);
    /* different things */
    assert_int_equal(n_of("conflict", "[1] Member may disclose information to Media\n[2] Member must not disclose advice to Media\n"), 0);
    /* counterparts nobody is both of */
    assert_int_equal(n_of("conflict", "[1] Member may speak to Media\n[2] Member must not speak to Officer\n"), 0);
    /* roles nobody is both of */
    assert_int_equal(n_of("conflict", "[1] Member may speak to Media\n[2] Officer must not speak to Media\n"), 0);
    /* may against should not is advice, not a contradiction */
    assert_int_equal(n_of("conflict", "[1] Member may pressure Officer\n[2] Leader should not pressure Officer\n"), 0);
    /* the same answer twice */
    assert_int_equal(n_of("conflict", "[1] Member must not instruct Officer\n[2] Chair must not instruct Officer\n"), 0);
}

static void test_duplicate_rule(void **state)
{
    (void)state;
    assert_int_equal(n_of("duplicate", "[1] Member must not instruct Officer\n[1] Member must not instruct Officer\n"), 1);
    /* not a duplicate: another clause, another modality, another counterpart */
    assert_int_equal(n_of("duplicate", "[1] Member must not instruct Officer\n[2] Member must not instruct Officer\n"), 0);
    assert_int_equal(n_of("duplicate", "[1] Member must not instruct Officer\n[1] Member should not instruct Officer\n"), 0);
    assert_int_equal(n_of("duplicate", "[1] Member must not instruct Officer\n[1] Member must not instruct Clerk\n"), 0);
}

static void test_overrides_that_miss(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n[5.1] Member must not instruct Officer\n"
                        "[5.2] Mayor may instruct Clerk overrides [5.11]\n"
                        "[5.3] Member must not bully Officer\n"
                        "[5.4] Chair may instruct Clerk overrides [5.3]\n");
    assert_int_equal(t_count(&s->dg, "unknown-clause"), 1);
    assert_string_equal(t_find(&s->dg, "unknown-clause")->hints[0], "did you mean [5.1]?");
    assert_int_equal(t_count(&s->dg, "override-nothing"), 1);
    assert_int_equal(t_find(&s->dg, "override-nothing")->sev, DG_WARNING);
    t_close(s);
}

static void test_deadline_warnings(void **state)
{
    (void)state;
    assert_int_equal(n_of("vague-deadline", "[1] Officer must respond to enquiry from Member promptly\n"
                                            "[2] Officer must respond to request from Member within a reasonable time\n"
                                            "[3] Officer must investigate complaint from Member as soon as possible\n"
                                            "[4] Officer must respond to enquiry from Member within 2 working days\n"), 3);
    /* a fallback with the same vague deadline is one warning, not two */
    assert_int_equal(n_of("vague-deadline", "[1] Officer must respond to enquiry from Member promptly "
                                            "otherwise acknowledge enquiry\n"), 1);
    assert_int_equal(n_of("no-trigger", "[1] Officer must give advice within 5 working days\n"), 1);
    assert_int_equal(n_of("no-trigger", "[1] Officer must respond to enquiry within 5 working days\n"), 0);
    /* a prohibition with a period starts nothing and needs nothing */
    assert_int_equal(n_of("no-trigger", "[1] Officer must not give advice within 5 working days\n"), 0);
    assert_int_equal(n_of("no-clause", "Member must not instruct Officer\n[1] Member must not bully Officer\n"), 1);
}

static void test_routes(void **state)
{
    (void)state;
    const char *route = "route complaint by Member about Officer {\n"
                        "  informally with Clerk\n"
                        "  Clerk\n"
                        "  when about Member: Mayor\n"       /* never: the case is about an Officer */
                        "  HeadOfService unless about Officer\n"   /* never either */
                        "  when about Clerk: Mayor\n"        /* can: a Clerk is an Officer */
                        "  Clerk\n"                          /* back to the Clerk */
                        "  Clerc\n"                          /* unknown: reported, and no cycle */
                        "  Clerc\n"
                        "}\n";
    assert_int_equal(n_of("unreachable-step", route), 2);
    assert_int_equal(n_of("route-cycle", route), 1);
    assert_int_equal(n_of("unknown-handler", route), 2);
    /* the same handler under different conditions is no cycle */
    assert_int_equal(n_of("route-cycle", "route complaint {\n  Clerk when about Member\n  Clerk when about Officer\n}\n"), 0);
    /* two routes for the same case */
    assert_int_equal(n_of("duplicate", "route complaint by Member {\n  Clerk\n}\nroute complaint by Member {\n  Mayor\n}\n"), 1);
    assert_int_equal(n_of("duplicate", "route complaint by Member {\n  Clerk\n}\nroute complaint by Officer {\n  Mayor\n}\n"), 0);
    assert_int_equal(n_of("empty-route", "route complaint by Member {\n}\n"), 1);
}

static void test_review(void **state)
{
    (void)state;
    const char *p = "use \"roles\"\nprotocol \"P\" {\n  adopted 2015-09-28\n  approved 2025-11-22\n  review every 1 year\n}\n";
    /* due 2026-11-22, today 2026-11-22: not overdue yet */
    session *s = t_open(p);
    assert_int_equal(t_count(&s->dg, "review-overdue"), 0);
    assert_int_equal(s->dg.warnings, 0);
    t_close(s);
    s = t_open("use \"roles\"\nprotocol \"P\" {\n  adopted 2015-09-28\n  approved 2025-11-21\n  review every 1 year\n}\n");
    assert_int_equal(t_count(&s->dg, "review-overdue"), 1);
    assert_string_equal(t_find(&s->dg, "review-overdue")->msg,
                        "the protocol's review was due on 2026-11-21 and is overdue as of 2026-11-22");
    assert_int_equal(t_line(s, t_find(&s->dg, "review-overdue")->where), 5);   /* the review line */
    t_close(s);
    assert_int_equal(n_of("vague-review", "protocol \"P\" {\n  adopted 2020-01-01\n  review from time to time\n}\n"), 1);
    assert_int_equal(n_of("no-review", "protocol \"P\" {\n  adopted 2020-01-01\n}\n"), 1);
    /* a review line that is wrong is one error, not also "no review cycle" */
    assert_int_equal(n_of("no-review", "protocol \"P\" {\n  adopted 2020-01-01\n  review every fortnight\n}\n"), 0);
    /* no protocol block: nothing to say about reviews */
    assert_int_equal(n_of("no-review", "[1] Member must not instruct Officer\n"), 0);
}

static void test_clean_protocol(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n"
                        "protocol \"P\" {\n  adopted 2026-01-05\n  review every 1 year [13.1]\n}\n"
                        "[8.1] Member must not instruct Officer\n"
                        "[8.2] Chair may instruct Clerk when \"delegated\" overrides [8.1]\n"
                        "[10.2] Officer must respond to enquiry from Member within 2 working days\n"
                        "route complaint by Member about Officer {\n  [12.1] Clerk\n  [12.2] when about Clerk: Mayor\n}\n");
    t_assert_clean(s);
    assert_int_equal(s->dg.warnings, 0);
    t_close(s);
}


/* ---- conflicts looked for on two threads, or on one: the same findings --------------- */

/* Rules that meet on their roles and actions (each a pair to compare),
 * a conflict now and then, on both sides of the middle. */
static char *meeting_rules(int n)
{
    size_t cap = (size_t)n * 120 + 200, k = 0;
    char *t = malloc(cap);
    assert_non_null(t);
    k += (size_t)snprintf(t + k, cap - k, "use \"roles\"\nrole Steward is Member, Officer\n");
    for (int i = 0; i < n; i++) {
        int c = i % 31 == 30 && i % 2 ? i - 1 : i;   /* the condition of the rule before: a conflict */
        switch (i % 4) {
        case 0: k += (size_t)snprintf(t + k, cap - k, "[%d] Officer may reply to Member when \"c%d\"\n", i, c); break;
        case 1: k += (size_t)snprintf(t + k, cap - k, "[%d] Clerk must not reply to Member when \"c%d\"\n", i, c); break;
        case 2: k += (size_t)snprintf(t + k, cap - k, "[%d] Steward should not speak to Media when \"c%d\"\n", i, c); break;
        default: k += (size_t)snprintf(t + k, cap - k, "[%d] Member should speak to Media when \"c%d\"\n", i, c); break;
        }
        assert_true(k < cap);
    }
    return t;
}

static void test_conflict_budget(void **state)
{
    (void)state;
    char *text = meeting_rules(3000);
    /* the budget: ample, then smaller and smaller; each load of the same
     * text reports the same, and a budget run out says so (check-limit) */
    const long budgets[] = { 0, 3000000, 2000000, 1000000, 100000, 1000 };
    size_t limited = 0;
    for (size_t b = 0; b < sizeof budgets / sizeof budgets[0]; b++) {
        ck_set_budget(budgets[b]);
        session *one = t_open(text);
        session *two = t_open(text);
        t_same_diags(&one->dg, &two->dg);
        limited += t_count(&one->dg, "check-limit");
        if (!budgets[b]) {
            assert_int_equal(t_count(&one->dg, "check-limit"), 0);
            assert_true(t_count(&one->dg, "conflict") > 20);
            assert_false(one->dg.truncated);
        }
        t_close(one);
        t_close(two);
    }
    ck_set_budget(0);
    assert_true(limited >= 3);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_conflict_found),
        cmocka_unit_test(test_conflict_message),
        cmocka_unit_test(test_no_conflict),
        cmocka_unit_test(test_duplicate_rule),
        cmocka_unit_test(test_overrides_that_miss),
        cmocka_unit_test(test_deadline_warnings),
        cmocka_unit_test(test_routes),
        cmocka_unit_test(test_review),
        cmocka_unit_test(test_clean_protocol),
        cmocka_unit_test(test_conflict_budget),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
