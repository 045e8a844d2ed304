/* Unit tests for the query engine (interp/query/), end to end: ss_ask on a
 * protocol built from text, with the answer written to a memory stream. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "civic_test.h"

static const char protocol[] =
    "use \"roles\"\n"
    "protocol \"P\" {\n"
    "  council  \"Testbury Town Council\"\n"
    "  adopted  2019-05-20\n"
    "  approved 2023-05-15\n"
    "  review   every 2 years [Q1]\n"
    "}\n"
    "[R1] role Scribe \"Town Scribe\" is Officer aka Recorder\n"
    "[R2] Clerk manages Officer\n"
    "[A1] Member must not instruct Officer\n"
    "[A2] Officer must respond to enquiry from Member within 2 working days\n"
    "       otherwise acknowledge enquiry and give timescale within 5 working days\n"
    "[A3] Member should respond to request from Officer within 3 working days\n"
    "[A4] Member may speak to Media\n"
    "[A5] Member should not pressure Officer\n"
    "[A6] Officer must not disclose information to Media\n"
    "[A7] Chair may instruct Scribe when \"delegated\" overrides [A1]\n"
    "[A8] Scribe must report to Member when about Member\n"
    "[A9] Mayor may instruct Clerk overrides [A1]\n"
    "[A11] Officer must investigate complaint from Member promptly\n"
    "route complaint by Member about Officer [C] {\n"
    "  [C.1] informally with Clerk\n"
    "  [C.2] Clerk within 10 working days\n"
    "  [C.3] when about Clerk: Chair\n"
    "  [C.4] procedure disciplinary\n"
    "}\n";

static int setup(void **state)
{
    session *s = t_open(protocol);
    *state = s;
    return s->dg.errors == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    t_close(*state);
    return 0;
}

/* The first line of the answer to q, which must be answered. */
static char *ask(session *s, const char *q)
{
    int rc = -1;
    char *out = t_query(s, q, false, &rc);
    const dg_sink *dg = &t_last()->dg;
    if (rc != 0) fail_msg("'%s' not answered: %s", q, dg->count ? dg->items[0].msg : "?");
    assert_int_equal(dg->count, 0);
    return out;
}

static void expect_first_line(session *s, const char *q, const char *want)
{
    char *out = ask(s, q);
    char *nl = strchr(out, '\n');
    if (nl) *nl = '\0';
    if (strcmp(out, want) != 0) fail_msg("'%s':\n  got  %s\n  want %s", q, out, want);
    free(out);
}

static void test_can_verdicts(void **state)
{
    session *s = *state;
    expect_first_line(s, "can Member instruct Officer", "Forbidden. [A1] Member must not instruct Officer");
    expect_first_line(s, "can Officer respond to enquiry from Member",
                      "Obliged. [A2] Officer must respond to enquiry from Member within 2 working days, "
                      "otherwise acknowledge enquiry and give timescale within 5 working days");
    expect_first_line(s, "can Member respond to request", "Recommended. [A3] Member should respond to request from "
                                                          "Officer within 3 working days");
    expect_first_line(s, "can Member pressure Officer", "Discouraged. [A5] Member should not pressure Officer");
    expect_first_line(s, "can Member speak to Media", "Permitted. [A4] Member may speak to the media");
    expect_first_line(s, "can Officer bully Member",
                      "Unregulated: the protocol says nothing about whether an Officer may bully a Member.");
    expect_first_line(s, "can Scribe report to Member",
                      "Obliged, when it is about a Member. [A8] Town Scribe must report to Member, when it is about a Member");
    /* an unconditional override by a narrower role wins for that role */
    expect_first_line(s, "can Mayor instruct Clerk", "Permitted. [A9] Mayor may instruct Town Clerk");
    /* a conditional one does not: it is listed under the verdict */
    char *out = ask(s, "can Chair instruct Scribe");
    t_assert_contains(out, "Forbidden. [A1]");
    t_assert_contains(out, "when \"delegated\" — permitted: [A7]");
    free(out);
}

static void test_names_in_queries(void **state)
{
    session *s = *state;
    /* plurals, aliases, any case, display names in quotes, "the" */
    expect_first_line(s, "can councillors instruct officers", "Forbidden. [A1] Member must not instruct Officer");
    expect_first_line(s, "CAN MEMBER INSTRUCT OFFICER", "Forbidden. [A1] Member must not instruct Officer");
    expect_first_line(s, "can Cllr instruct \"Town Scribe\"", "Forbidden. [A1] Member must not instruct Officer");
    expect_first_line(s, "can a Member instruct the Recorder?", "Forbidden. [A1] Member must not instruct Officer");
    expect_first_line(s, "may Member direct Officer", "Forbidden. [A1] Member must not instruct Officer");
}

static void test_json_can(void **state)
{
    session *s = *state;
    int rc;
    char *out = t_query(s, "can Member instruct Officer", true, &rc);
    assert_int_equal(rc, 0);
    t_assert_contains(out, "\"kind\": \"can\"");
    t_assert_contains(out, "\"verdict\": \"forbidden\"");
    t_assert_contains(out, "\"conflict\": false");
    t_assert_contains(out, "\"clauses\": [\n    \"A1\"");
    t_assert_contains(out, "\"applies\": \"always\"");
    free(out);
    out = t_query(s, "can Scribe report to Member", true, &rc);
    t_assert_contains(out, "\"verdict\": \"obliged\"");
    t_assert_contains(out, "\"conditional\": true");
    free(out);
}

static void test_conflict_verdict(void **state)
{
    (void)state;
    /* a file with a conflict is refused by civic query, but the engine
     * still says what it sees: both answers, and that they conflict */
    session *s = t_open("use \"roles\"\n[1] Member must not instruct Officer\n[2] Chair may instruct Officer\n");
    assert_int_equal(t_count(&s->dg, "conflict"), 1);
    int rc;
    char *out = t_query(s, "can Chair instruct Officer", false, &rc);
    assert_int_equal(rc, 0);
    t_assert_contains(out, "Forbidden. [1] Member must not instruct Officer\n"
                           "Conflict: the protocol gives opposite answers here, and neither rule overrides the other.\n");
    free(out);
    out = t_query(s, "can Chair instruct Officer", true, &rc);
    t_assert_contains(out, "\"conflict\": true");
    free(out);
    t_close(s);
    /* opposite answers about different things are no conflict */
    s = t_open("use \"roles\"\n[1] Member may disclose information to Media\n[2] Member must not disclose advice to Media\n");
    t_assert_clean(s);
    out = t_query(s, "can Member disclose to Media", true, &rc);
    t_assert_contains(out, "\"conflict\": false");
    free(out);
    out = t_query(s, "can Member disclose information to Media", false, &rc);
    t_assert_contains(out, "Permitted. [1]");
    free(out);
    t_close(s);
}

static void test_duties_and_expectations(void **state)
{
    session *s = *state;
    char *out = ask(s, "duties of Scribe");
    t_assert_contains(out, "Duties of Town Scribe:\n  [A8] Town Scribe must report to Member, when it is about a Member\n"
                           "As Officer:\n  [A2] ");
    t_assert_contains(out, "  [A6] Officer must not disclose information to the media\n");
    t_assert_lacks(out, "[A1]");
    free(out);
    out = ask(s, "expectations of Member from Officer");
    t_assert_contains(out, "What Member can expect from Officer:\n  [A2]");
    t_assert_contains(out, "[A11]");
    t_assert_lacks(out, "[A6]");   /* towards the media, not Members */
    free(out);
    int rc;
    out = t_query(s, "duties of Scribe", true, &rc);
    t_assert_contains(out, "\"kind\": \"duties\"");
    t_assert_contains(out, "\"role\": \"Scribe\"");
    t_assert_contains(out, "\"count\": 4");
    free(out);
}

static void test_route(void **state)
{
    session *s = *state;
    char *out = ask(s, "route complaint by Member about Clerk");
    t_assert_contains(out, "A complaint by a Member about a Town Clerk [C]:\n"
                           "  1. [C.1] the parties, informally\n"   /* the Clerk is the subject: no helper */
                           "  -  [C.2] Town Clerk: skipped — the Town Clerk is the subject of the complaint, "
                           "and nobody handles a case about themselves\n"
                           "  2. [C.3] Chair of the Council\n"
                           "  3. [C.4] the council's disciplinary procedure\n");
    free(out);
    out = ask(s, "route complaint by Member about Officer");
    t_assert_contains(out, "  2. [C.2] Town Clerk, within 10 working days\n");
    t_assert_contains(out, "[C.3] Chair of the Council: skipped");
    free(out);
    out = ask(s, "route grievance by Member about Officer");
    t_assert_contains(out, "no route in this protocol covers it");
    free(out);
    int rc;
    out = t_query(s, "route complaint by Member about Clerk", true, &rc);
    t_assert_contains(out, "\"kind\": \"route\"");
    t_assert_contains(out, "\"handler\": \"Chair\",\n      \"handler_name\": \"Chair of the Council\"");
    t_assert_contains(out, "\"skipped\": [\n    {\n      \"clause\": \"C.2\"");
    free(out);
}

static void test_deadline(void **state)
{
    session *s = *state;
    char *out = ask(s, "deadline A2 from 2025-12-23");
    t_assert_contains(out, "From Tue 23 Dec 2025: due by the close of Mon 29 Dec 2025 (England and Wales calendar).\n");
    t_assert_contains(out, "Not counted: Thu 25 Dec 2025 — Christmas Day, Fri 26 Dec 2025 — Boxing Day.\n");
    t_assert_contains(out, "by the close of Fri 2 Jan 2026");
    free(out);
    out = ask(s, "deadline [A2] from 2026-04-02");
    t_assert_contains(out, "due by the close of Wed 8 Apr 2026");
    free(out);
    out = ask(s, "deadline A3 from 2026-05-01");
    t_assert_contains(out, "due by the close of Thu 7 May 2026");
    free(out);
    out = ask(s, "deadline A11 from 2026-01-05");
    t_assert_contains(out, "No due date: 'promptly' is not a fixed period.");
    free(out);
    int rc;
    out = t_query(s, "deadline A2 from 2025-12-23", true, &rc);
    t_assert_contains(out, "\"clause\": \"A2\"");
    t_assert_contains(out, "\"due\": \"2025-12-29\"");
    t_assert_contains(out, "\"otherwise_due\": \"2026-01-02\"");
    free(out);
}

static void test_review_and_lists(void **state)
{
    session *s = *state;
    char *out = ask(s, "review");
    t_assert_contains(out, "  next review    2025-05-15 (reviewed every 2 years from 2023-05-15)\n");
    t_assert_contains(out, "Overdue: the review was due on 2025-05-15; today is 2026-11-22.");
    free(out);
    int rc;
    out = t_query(s, "review", true, &rc);
    t_assert_contains(out, "\"next_due\": \"2025-05-15\"");
    t_assert_contains(out, "\"overdue\": true");
    free(out);
    out = ask(s, "explain A2");
    t_assert_contains(out, "t.civic:11: [A2] Officer must respond");
    t_assert_contains(out, "This is an obligation");
    free(out);
    out = ask(s, "explain C.3");
    t_assert_contains(out, "[C.3] step 3 of the route for a complaint by Member about Officer");
    free(out);
    out = ask(s, "roles");
    t_assert_contains(out, "Scribe                   Town Scribe — is Officer\n");
    free(out);
    out = ask(s, "clauses");
    t_assert_contains(out, "[A1] Member must not instruct Officer\n");
    free(out);
    out = ask(s, "who manages Scribe");
    t_assert_contains(out, "Town Clerk manages Officer");
    free(out);
    out = ask(s, "holidays 2026");
    t_assert_contains(out, "  Mon 28 Dec 2026  Boxing Day (substitute day)\n");
    free(out);
    out = ask(s, "working days between 2025-12-23 and 2026-01-05");
    t_assert_contains(out, "6 working days after 2025-12-23 up to and including 2026-01-05");
    free(out);
    out = ask(s, "help");
    t_assert_contains(out, "deadline CLAUSE from DATE");
    free(out);
}

/* A bad query: status 1, nothing printed, one diagnostic with the code. */
static void expect_bad(session *s, const char *q, const char *code, const char *msg, int col)
{
    int rc;
    char *out = t_query(s, q, false, &rc);
    assert_int_equal(rc, 1);
    assert_string_equal(out, "");
    free(out);
    const ss_query *sq = t_last();
    if (sq->dg.count != 1) fail_msg("'%s': %zu diagnostics", q, sq->dg.count);
    assert_string_equal(sq->dg.items[0].code, code);
    assert_string_equal(sq->dg.items[0].msg, msg);
    int line, c;
    src_linecol(&sq->src, sq->dg.items[0].where.file, sq->dg.items[0].where.start, &line, &c);
    assert_int_equal(c, col);
    const src_file *f = src_get(&sq->src, sq->dg.items[0].where.file);
    assert_string_equal(f->path, "<query>");
}

static void test_bad_queries(void **state)
{
    session *s = *state;
    expect_bad(s, "can Oficer instruct Member", "unknown-role", "unknown role 'Oficer'", 5);
    assert_string_equal(t_last()->dg.items[0].hints[0], "did you mean 'Officer'?");
    expect_bad(s, "can Member instrukt Officer", "unknown-action", "unknown action 'instrukt'", 12);
    expect_bad(s, "cna Member instruct Officer", "bad-query", "unknown query 'cna'", 1);
    assert_string_equal(t_last()->dg.items[0].hints[0], "did you mean 'can'?");
    expect_bad(s, "", "bad-query", "empty query", 1);
    expect_bad(s, "deadline A2 from", "bad-query", "the query ends before the date", 17);
    expect_bad(s, "deadline A2 from 2025-02-30", "bad-date", "2025-02-30 is not a date: that month has no such day", 18);
    assert_string_equal(t_last()->dg.items[0].hints[0], "February 2025 has 28 days");
    expect_bad(s, "deadline A1 from 2026-01-05", "no-deadline", "clause [A1] sets no deadline", 10);
    expect_bad(s, "explain Z9", "unknown-clause", "no rule has clause [Z9]", 9);
    expect_bad(s, "holidays 1800", "bad-year", "year 1800 is out of range", 10);
    expect_bad(s, "roles please", "bad-query", "unexpected 'please' at the end of the query", 7);
    expect_bad(s, "route compliant by Member", "unknown-thing", "unknown kind of case 'compliant'", 7);
}

static void test_is_query(void **state)
{
    (void)state;
    assert_true(q_is_query("can Member instruct Officer"));
    assert_true(q_is_query("  Who manages Officer"));
    assert_true(q_is_query("help"));
    assert_true(q_is_query("review?"));
    assert_false(q_is_query("[1] Member must not instruct Officer"));
    assert_false(q_is_query("role X is Officer"));
    assert_false(q_is_query("cannot"));
    assert_false(q_is_query(""));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_can_verdicts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_names_in_queries, setup, teardown),
        cmocka_unit_test_setup_teardown(test_json_can, setup, teardown),
        cmocka_unit_test(test_conflict_verdict),
        cmocka_unit_test_setup_teardown(test_duties_and_expectations, setup, teardown),
        cmocka_unit_test_setup_teardown(test_route, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deadline, setup, teardown),
        cmocka_unit_test_setup_teardown(test_review_and_lists, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_queries, setup, teardown),
        cmocka_unit_test(test_is_query),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
