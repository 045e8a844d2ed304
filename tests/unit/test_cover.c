/* Unit tests for clause coverage (interp/sim/cover.c): which clauses a
 * table counts, each way a clause is exercised and each way it is not, the
 * order and texts, merging the tables of one protocol, and the percentage. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "civic_test.h"
#include "cover.h"

static const char town[] =
    "use \"roles\"\n"
    "use \"model-protocol\"\n"
    "protocol \"T\" {\n"
    "  adopted 2024-01-15\n"
    "  review every 2 years [R]\n"
    "}\n"
    "[1] role Helper \"helper\" is Officer\n"
    "[2] Officer must respond to enquiry from Member within 2 working days\n"
    "[3] Member should respond to request from Officer within 3 working days\n"
    "[4] Member must not instruct Officer\n"
    "[5] Clerk may instruct Officer\n"
    "[6] adopts [MP-2]\n"
    "[7] Officer must acknowledge complaint from Member within 5 working days\n"
    "    otherwise give timescale within 10 working days\n"
    "route complaint by Member about Officer [9] {\n"
    "  [9.1] Clerk\n"
    "  [9.2] Chair\n"
    "}\n";

#define PEOPLE "  person alice is Member\n  person bob is Officer\n  person carol is Clerk\n"

static void feed(void *ctx, const sim_entry *e) { cov_entry(ctx, e); }

/* The table of the town protocol after running the scenarios written in body. */
static void run(const char *body, cov_table *t)
{
    char *text = malloc(strlen(town) + strlen(body) + 1);
    assert_non_null(text);
    sprintf(text, "%s%s", town, body);
    session *s = t_open(text);
    free(text);
    t_assert_clean(s);
    assert_true(cov_begin(t, &s->m));
    arena scratch;
    ar_init(&scratch);
    for (size_t i = 0; i < s->m.nscens; i++) {
        cov_scenario(t, &s->m.scens[i], "t.civic", (int)i + 1);
        sim_run(&s->m, &s->m.scens[i], t_today(), &scratch, feed, t, true);
        ar_reset(&scratch);
    }
    ar_free(&scratch);
    cov_end(t);
    t_close(s);
    assert_false(t->failed);
}

static cov_how how(const cov_table *t, const char *label)
{
    const cov_clause *c = cov_find(t, label);
    if (!c) fail_msg("no clause %s in the table", label);
    return c->how;
}

static void test_what_counts(void **state)
{
    cov_table t;
    run("", &t);
    /* R, 2, 3, 4, 5, 6 (adopting MP-2), 7, 9, 9.1, 9.2; not 1 (a role) nor MP-2 itself */
    assert_int_equal(t.n, 10);
    assert_null(cov_find(&t, "1"));
    assert_null(cov_find(&t, "MP-2"));
    assert_int_equal(cov_find(&t, "6")->rules, 1);
    assert_true(cov_find(&t, "R")->review);
    assert_int_equal(cov_find(&t, "9")->steps, 1);
    assert_int_equal(cov_find(&t, "9.1")->steps, 1);
    /* in the order of their lines, with the line and the rule in words */
    const char *order[] = { "R", "2", "3", "4", "5", "6", "7", "9", "9.1", "9.2" };
    for (size_t i = 0; i < 10; i++) assert_string_equal(t.v[i].label, order[i]);
    assert_int_equal(cov_find(&t, "2")->line, 8);
    assert_string_equal(cov_find(&t, "4")->text, "Member must not instruct Officer");
    assert_string_equal(cov_find(&t, "9.2")->text,
                        "step 2 of the route for a complaint by Member about Officer: the Chair of the Council");
    assert_int_equal(t.exercised, 0);
    assert_int_equal(cov_percent(&t), 0);
    cov_free(&t);
}

static void test_each_way(void **state)
{
    cov_table t;
    run("scenario \"ended\" {\n" PEOPLE "  2025-12-23 alice sends enquiry to bob\n  2025-12-24 bob responds to alice\n}\n"
        "scenario \"checked\" {\n" PEOPLE "  2026-02-02 bob sends request to alice\n  expect [3] open\n}\n"
        "scenario \"broken\" {\n" PEOPLE "  2026-02-02 alice instructs bob\n}\n"
        "scenario \"asked\" {\n  expect \"can Clerk instruct Officer\" permitted\n}\n"
        "scenario \"step\" {\n" PEOPLE "  2026-02-02 alice raises complaint about bob\n}\n"
        "scenario \"review\" {\n  today 2026-03-01\n  expect review due 2026-01-15\n}\n",
        &t);
    assert_int_equal(how(&t, "2"), COV_ENDED);
    assert_int_equal(how(&t, "3"), COV_CHECKED);
    assert_int_equal(how(&t, "4"), COV_BROKEN);
    assert_int_equal(how(&t, "5"), COV_ASKED);
    assert_int_equal(how(&t, "9"), COV_STEP);
    assert_int_equal(how(&t, "9.1"), COV_STEP);
    assert_int_equal(how(&t, "R"), COV_REVIEW);
    assert_int_equal(how(&t, "9.2"), COV_UNTOUCHED);
    assert_int_equal(how(&t, "7"), COV_UNTOUCHED);
    assert_int_equal(t.exercised, 7);
    assert_int_equal(cov_percent(&t), 70);
    /* the first scenario that exercised it */
    assert_string_equal(cov_find(&t, "4")->scenario, "broken");
    assert_string_equal(cov_find(&t, "4")->scen_file, "t.civic");
    assert_int_equal(cov_find(&t, "4")->scen_line, 3);
    assert_null(cov_find(&t, "7")->scenario);
    cov_free(&t);
}

/* A question exercises every clause whose rule decides it: the one the
 * answer cites and any other that says the same in the same circumstances;
 * not a weaker rule the answer lists, nor one only under a condition. */
static void test_asked_by_every_decider(void **state)
{
    cov_table t;
    run("[10] Clerk may instruct Officer \"as agreed\"\n"
        "[11] Clerk should instruct Officer when \"it is urgent\"\n"
        "[12] Member should respect Officer\n"
        "[13] Member must respect Officer\n"
        "scenario \"asked\" {\n"
        "  expect \"can Clerk instruct Officer\" permitted\n"
        "  expect \"can Member respect Officer\" obliged\n"
        "}\n",
        &t);
    assert_int_equal(how(&t, "5"), COV_ASKED);
    assert_int_equal(how(&t, "10"), COV_ASKED);
    assert_int_equal(how(&t, "11"), COV_UNTOUCHED);
    assert_int_equal(how(&t, "13"), COV_ASKED);
    assert_int_equal(how(&t, "12"), COV_UNTOUCHED);
    cov_free(&t);
}

/* A protocol with no clause to count: an empty table, 100%. */
static void test_no_clauses(void **state)
{
    session *s = t_open("use \"roles\"\nscenario \"nothing\" {\n  2026-01-05 nothing\n}\n");
    t_assert_clean(s);
    cov_table t;
    assert_true(cov_begin(&t, &s->m));
    cov_end(&t);
    assert_false(t.failed);
    assert_int_equal(t.n, 0);
    assert_int_equal(cov_percent(&t), 100);
    cov_free(&t);
    t_close(s);
}

/* A deadline passing into the fallback ends the first phase: lapsed counts. */
static void test_lapsed(void **state)
{
    cov_table t;
    /* due Mon 9 Feb; the fallback's deadline, Mon 16 Feb, has not passed by the 12th */
    run("scenario \"lapsed\" {\n" PEOPLE "  2026-02-02 alice sends complaint to bob\n  2026-02-12 nothing\n"
        "  expect [7] lapsed\n}\n", &t);
    assert_int_equal(how(&t, "7"), COV_ENDED);
    cov_free(&t);
}

static void test_what_does_not_count(void **state)
{
    cov_table t;
    run("scenario \"assertions only\" {\n" PEOPLE "  2026-02-02 nothing\n  expect no breach\n  expect no departure\n"
        "  expect [4] not opened\n  expect [2] not opened\n}\n"
        /* opened, still open at the end, and no expectation looks at it */
        "scenario \"left open\" {\n" PEOPLE "  2026-02-02 alice sends enquiry to bob\n}\n"
        /* an expectation about it not met (alice owes it, not bob): not checked */
        "scenario \"wrongly open\" {\n" PEOPLE "  2026-02-02 bob sends request to alice\n  expect [3] open by bob\n}\n"
        /* "open" asked of a clause whose duty was met earlier in another scenario's run is not carried over */
        "scenario \"answered elsewhere\" {\n" PEOPLE "  expect [2] due 2026-02-04\n}\n",
        &t);
    assert_int_equal(t.exercised, 0);
    cov_free(&t);
}

static void test_a_failing_scenario_counts(void **state)
{
    cov_table t;
    run("scenario \"fails\" {\n" PEOPLE "  2026-02-02 alice instructs bob\n  expect no breach\n}\n", &t);
    assert_int_equal(how(&t, "4"), COV_BROKEN);
    cov_free(&t);
}

static void test_merge(void **state)
{
    cov_table *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b), *c = calloc(1, sizeof *c);
    assert_true(a && b && c);
    run("scenario \"one\" {\n" PEOPLE "  2026-02-02 alice instructs bob\n}\n", a);
    run("scenario \"two\" {\n" PEOPLE "  2026-02-02 alice instructs bob\n  2026-02-02 bob sends request to alice\n"
        "  expect [3] open\n}\n", b);
    run("", c);
    cov_set s = { 0 };
    cov_set_add(&s, a);
    cov_set_add(&s, b);   /* merged into a's and freed */
    cov_set_add(&s, c);
    assert_int_equal(s.n, 1);
    assert_false(s.failed);
    const cov_table *t = cov_set_find(&s, s.v[0]->key);
    assert_ptr_equal(t, s.v[0]);
    assert_null(cov_set_find(&s, "/no/such/protocol.civic"));
    assert_int_equal(t->exercised, 2);
    assert_string_equal(cov_find(t, "4")->scenario, "one");   /* the first keeps it */
    assert_string_equal(cov_find(t, "3")->scenario, "two");
    assert_int_equal(cov_percent(t), 20);
    cov_set_free(&s);
}

static void test_percent_rounds_down(void **state)
{
    cov_table t;
    memset(&t, 0, sizeof t);
    assert_int_equal(cov_percent(&t), 100);   /* no clauses: nothing left to exercise */
    t.n = 3;
    t.exercised = 2;
    assert_int_equal(cov_percent(&t), 66);
    t.n = 1000;
    t.exercised = 999;
    assert_int_equal(cov_percent(&t), 99);
    assert_string_equal(cov_how_name(COV_ASKED), "asked");
    assert_string_equal(cov_how_name(COV_UNTOUCHED), "untouched");
}

/* A file of scenarios that uses a protocol counts the protocol's clauses, not its own. */
static void test_protocol_of_a_scenario_file(void **state)
{
    session *s = t_open("use \"roles\"\n[X] Member must not instruct Officer\n");
    t_assert_clean(s);
    cov_table t;
    assert_true(cov_begin(&t, &s->m));
    assert_int_equal(t.n, 1);
    assert_string_equal(t.protocol, "t.civic");
    cov_end(&t);
    cov_free(&t);
    t_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_what_counts),
        cmocka_unit_test(test_each_way),
        cmocka_unit_test(test_asked_by_every_decider),
        cmocka_unit_test(test_no_clauses),
        cmocka_unit_test(test_lapsed),
        cmocka_unit_test(test_what_does_not_count),
        cmocka_unit_test(test_a_failing_scenario_counts),
        cmocka_unit_test(test_merge),
        cmocka_unit_test(test_percent_rounds_down),
        cmocka_unit_test(test_protocol_of_a_scenario_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
