/* Unit tests of the comparison of two models (interp/query/diff.c): how
 * rules, roles, relations, seniority, counts-as lines, routes and steps are
 * matched, and what is said of them. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "civic_test.h"
#include "diff.h"

/* Two protocols from text, compared: left first. */
typedef struct t_pair {
    session *a, *b;
    df_result r;
} t_pair;

static t_pair *t_diff(const char *left, const char *right)
{
    t_pair *p = calloc(1, sizeof *p);
    assert_non_null(p);
    p->a = t_open(left);
    p->b = t_open(right);
    t_assert_clean(p->a);
    t_assert_clean(p->b);
    assert_true(df_compare(&p->r, &p->a->m, &p->b->m));
    return p;
}

static void t_diff_free(t_pair *p)
{
    df_free(&p->r);
    t_close(p->a);
    t_close(p->b);
    free(p);
}

static size_t t_changes(const t_pair *p) { return p->r.added + p->r.removed + p->r.changed; }

/* A changed field, or NULL when the change has no such field. */
static const df_field *t_has_field(const df_change *c, const char *name)
{
    for (size_t i = 0; i < c->nfields; i++)
        if (strcmp(c->fields[i].name, name) == 0) return &c->fields[i];
    return NULL;
}

/* A changed field the change must have. */
static const df_field *t_field(const df_change *c, const char *name)
{
    const df_field *f = t_has_field(c, name);
    if (!f) fail_msg("no field '%s' in the change of '%s'", name, c->subject);
    return f;
}

#define RULES(x) "use \"roles\"\n" x

static void test_same_and_renumbered(void **state)
{
    (void)state;
    const char *a = RULES("[8.1] Member must not instruct Officer\n"
                          "[10.2] Officer must respond to enquiry from Member within 2 working days\n");
    t_pair *p = t_diff(a, a);
    assert_int_equal(t_changes(p), 0);
    assert_int_equal(p->r.rules_same, 2);
    t_diff_free(p);
    /* other clauses, other order, aliases and plurals: the same meaning */
    p = t_diff(a, RULES("# renumbered\n[2] Officers must respond to the enquiry from a Councillor within 2 working days\n"
                        "[1] Councillors must not instruct Officers\n"));
    assert_int_equal(t_changes(p), 0);
    t_diff_free(p);
}

static void test_deadline_changed(void **state)
{
    (void)state;
    t_pair *p = t_diff(RULES("[10.2] Officer must respond to enquiry from Member within 2 working days\n"),
                       RULES("[11.2] Officer must respond to enquiry from Member within 5 working days\n"));
    assert_int_equal(p->r.n, 1);
    const df_change *c = &p->r.changes[0];
    assert_int_equal(c->what, DF_RULE);
    assert_int_equal(c->kind, DF_CHANGED);
    assert_string_equal(c->left.clause, "10.2");
    assert_string_equal(c->right.clause, "11.2");
    assert_string_equal(c->subject, "Officer must respond to enquiry from Member");
    assert_int_equal(c->nfields, 1);
    assert_string_equal(c->fields[0].name, "deadline");
    assert_string_equal(c->fields[0].left, "within 2 working days");
    assert_string_equal(c->fields[0].right, "within 5 working days");
    assert_int_equal(t_line(p->b, c->right.at), 2);
    t_diff_free(p);
}

/* Rules with one key are paired by their conditions: one changed, not three. */
static void test_best_match_by_condition(void **state)
{
    (void)state;
    t_pair *p = t_diff(RULES("[5.1] Member should not pressure Officer when \"a\"\n"
                             "[5.2] Member should not pressure Officer when \"b\"\n"
                             "[5.3] Member should not pressure Officer when \"c\"\n"),
                       RULES("[9.3] Member should not pressure Officer when \"c, now longer\"\n"
                             "[9.1] Member should not pressure Officer when \"a\"\n"
                             "[9.2] Member should not pressure Officer when \"b\"\n"));
    assert_int_equal(t_changes(p), 1);
    const df_change *c = &p->r.changes[0];
    assert_int_equal(c->kind, DF_CHANGED);
    assert_string_equal(c->left.clause, "5.3");
    assert_string_equal(c->right.clause, "9.3");
    assert_non_null(t_has_field(c, "condition"));
    assert_string_equal(t_field(c, "condition")->left, "when \"c\"");
    t_diff_free(p);
}

/* The same modality is the first thing a partner must share. */
static void test_best_match_modality_first(void **state)
{
    (void)state;
    t_pair *p = t_diff(RULES("[1] Officer must respond to request from Member within 2 working days\n"
                             "[2] Officer should respond to request from Member within 5 working days\n"),
                       RULES("[1] Officer should respond to request from Member within 2 working days\n"
                             "[2] Officer must respond to request from Member within 5 working days\n"));
    assert_int_equal(p->r.changed, 2);
    for (size_t i = 0; i < p->r.n; i++) {
        assert_null(t_has_field(&p->r.changes[i], "modality"));
        assert_non_null(t_has_field(&p->r.changes[i], "deadline"));
    }
    t_diff_free(p);
}

/* Then the closest deadline. */
static void test_best_match_closest_deadline(void **state)
{
    (void)state;
    t_pair *p = t_diff(RULES("[1] Officer must respond to request from Member within 2 working days\n"
                             "[2] Officer must respond to request from Member within 10 working days\n"),
                       RULES("[3] Officer must respond to request from Member within 11 working days\n"
                             "[4] Officer must respond to request from Member within 3 working days\n"));
    assert_int_equal(p->r.changed, 2);
    assert_string_equal(p->r.changes[0].left.clause, "1");
    assert_string_equal(p->r.changes[0].right.clause, "4");
    assert_string_equal(p->r.changes[1].left.clause, "2");
    assert_string_equal(p->r.changes[1].right.clause, "3");
    t_diff_free(p);
}

/* A rule whose counterpart changed is one rule changed; one whose thing and
 * counterpart both changed is another rule. */
static void test_counterpart_and_thing(void **state)
{
    (void)state;
    t_pair *p = t_diff(RULES("[1] Officer must respond to enquiry from Member within 2 working days\n"),
                       RULES("[1] Officer must respond to enquiry from Chair within 2 working days\n"));
    assert_int_equal(t_changes(p), 1);
    assert_int_equal(p->r.changes[0].kind, DF_CHANGED);
    assert_string_equal(t_field(&p->r.changes[0], "counterpart")->right, "towards a Chair of the Council");
    assert_null(t_has_field(&p->r.changes[0], "trigger"));   /* it follows the counterpart */
    t_diff_free(p);
    p = t_diff(RULES("[1] Officer must respond to enquiry from Member within 2 working days\n"),
               RULES("[1] Officer must respond to complaint from Chair within 2 working days\n"));
    assert_int_equal(p->r.removed, 1);
    assert_int_equal(p->r.added, 1);
    assert_int_equal(p->r.changed, 0);
    t_diff_free(p);
    /* a changed modality as well: not the same rule */
    p = t_diff(RULES("[1] Member must not instruct Officer\n"), RULES("[1] Member may instruct Media\n"));
    assert_int_equal(p->r.removed + p->r.added, 2);
    t_diff_free(p);
}

static void test_fallback_detail_overrides(void **state)
{
    (void)state;
    t_pair *p = t_diff(RULES("[1] Member must not instruct Officer\n"
                             "[2] Chair may instruct Clerk overrides [1]\n"
                             "[3] Officer must respond to enquiry from Member within 2 working days\n"
                             "      otherwise acknowledge enquiry within 2 working days\n"
                             "[4] Officer should advise Member \"impartially\"\n"),
                       RULES("[9] Member must not instruct Officer\n"
                             "[8] Chair may instruct Clerk overrides [9]\n"
                             "[3] Officer must respond to enquiry from Member within 2 working days\n"
                             "[4] Officer should advise Member \"fairly\"\n"));
    assert_int_equal(t_changes(p), 2);   /* the override follows its rule's new number: no change */
    assert_string_equal(t_field(&p->r.changes[0], "fallback")->left, "otherwise acknowledge enquiry within 2 working days");
    assert_string_equal(t_field(&p->r.changes[0], "fallback")->right, "no fallback");
    assert_string_equal(t_field(&p->r.changes[1], "detail")->right, "\"fairly\"");
    t_diff_free(p);
    p = t_diff(RULES("[1] Member must not instruct Officer\n[2] Chair may instruct Clerk overrides [1]\n"),
               RULES("[1] Member must not instruct Officer\n[2] Chair may instruct Clerk overrides [1], [3]\n"
                     "[3] Member must not instruct Media\n"));
    assert_int_equal(t_changes(p), 2);
    assert_string_equal(t_field(&p->r.changes[0], "overrides")->left, "overrides [1]");
    assert_string_equal(t_field(&p->r.changes[0], "overrides")->right, "overrides [1], [3]");
    assert_int_equal(p->r.changes[1].kind, DF_ADDED);
    t_diff_free(p);
}

/* A rule adopted from the model protocol compares by its meaning. */
static void test_adopted(void **state)
{
    (void)state;
    t_pair *p = t_diff(RULES("use \"model-protocol\"\n[4.3] adopts [MP-3]\n"),
                       RULES("use \"model-protocol\"\n[7] adopts [MP-3]\n"));
    assert_int_equal(t_changes(p), 0);
    t_diff_free(p);
    p = t_diff(RULES("use \"model-protocol\"\n[4.3] adopts [MP-3]\n"),
               RULES("use \"model-protocol\"\nomits [MP-3]\n"));
    assert_int_equal(t_changes(p), 1);
    const df_change *c = &p->r.changes[0];
    assert_int_equal(c->kind, DF_REMOVED);
    assert_string_equal(c->left.clause, "4.3");
    assert_string_equal(c->left.model_clause, "MP-3");
    df_tally t = df_tally_rules(&p->r);
    assert_int_equal(t.omitted, 1);
    assert_int_equal(t.added, 0);
    t_diff_free(p);
}

static void test_roles_and_metadata(void **state)
{
    (void)state;
    t_pair *p = t_diff(RULES("protocol \"P\" {\n  adopted 2019-05-20\n  review every 1 year\n}\n"
                             "role Scribe \"Town Scribe\" is Officer\nrole Gone is Officer\n"),
                       RULES("protocol \"P\" {\n  adopted 2020-01-06\n  review every 2 years\n  calendar scotland\n}\n"
                             "role Scribe \"Town Recorder\" is Officer, DeputyClerk aka Notary\nrole New is Member\n"));
    assert_int_equal(p->r.changes[0].what, DF_META);
    assert_string_equal(p->r.changes[0].subject, "adopted");
    assert_string_equal(p->r.changes[0].fields[0].right, "2020-01-06");
    assert_string_equal(p->r.changes[1].subject, "review cycle");
    assert_string_equal(p->r.changes[2].subject, "calendar");
    const df_change *c = &p->r.changes[3];
    assert_int_equal(c->what, DF_ROLE);
    assert_string_equal(c->subject, "Scribe");
    assert_string_equal(t_field(c, "display name")->right, "called \"Town Recorder\"");
    assert_string_equal(t_field(c, "parents")->right, "a kind of DeputyClerk, Officer");
    assert_string_equal(t_field(c, "aliases")->left, "no other names");
    assert_int_equal(p->r.changes[4].kind, DF_REMOVED);
    assert_string_equal(p->r.changes[4].subject, "Gone");
    assert_int_equal(p->r.changes[5].kind, DF_ADDED);
    assert_string_equal(p->r.changes[5].subject, "New");
    assert_int_equal(p->r.n, 6);
    t_diff_free(p);
}

/* Relations by name (display, holders, manages), the order of seniority
 * by its edges and counts-as lines by their deeds; renumbering none. */
static void test_relations_seniority_counts(void **state)
{
    (void)state;
    t_pair *p = t_diff(RULES("[1] relation line-manager \"line manager\" of Officer is Officer\n"
                             "[1] relation line-manager of ManagingDirector is nobody\n"
                             "[2] seniority Clerk above DeputyClerk\n"
                             "[3] Officer must acknowledge enquiry from Member within 2 working days\n"
                             "[3] Officer must respond to enquiry from Member within 10 working days\n"
                             "[3] respond to enquiry counts as acknowledge enquiry\n"),
                       RULES("[9] relation line-manager \"line manager\" of Officer is Officer\n"
                             "[9] line-manager manages Officer\n"
                             "[8] seniority Clerk above DeputyClerk\n"
                             "[7] Officer must acknowledge enquiry from Member within 2 working days\n"
                             "[7] Officer must respond to enquiry from Member within 10 working days\n"
                             "[7] respond to enquiry counts as acknowledge enquiry\n"
                             "[6] seniority DeputyClerk above RFO\n"));
    assert_int_equal(p->r.n, 2);
    const df_change *c = &p->r.changes[0];
    assert_int_equal(c->what, DF_RELATION);
    assert_int_equal(c->kind, DF_CHANGED);
    assert_string_equal(c->subject, "line-manager");
    assert_string_equal(t_field(c, "holders")->left, "of Officer is Officer, of ManagingDirector is nobody");
    assert_string_equal(t_field(c, "holders")->right, "of Officer is Officer");
    assert_string_equal(t_field(c, "manages")->right, "manages Officer");
    assert_null(t_has_field(c, "display name"));
    assert_string_equal(c->left.clause, "1");
    assert_string_equal(c->right.clause, "9");
    c = &p->r.changes[1];
    assert_int_equal(c->what, DF_RANK);
    assert_int_equal(c->kind, DF_ADDED);
    assert_string_equal(c->subject, "DeputyClerk above RFO");
    assert_string_equal(df_what_word(c->what), "seniority");
    t_diff_free(p);
    p = t_diff(RULES("[1] Officer must acknowledge enquiry from Member within 2 working days\n"
                     "[1] respond to enquiry counts as acknowledge enquiry\n"),
               RULES("[1] Officer must acknowledge enquiry from Member within 2 working days\n"));
    assert_int_equal(p->r.n, 1);
    assert_int_equal(p->r.changes[0].what, DF_COUNTS);
    assert_int_equal(p->r.changes[0].kind, DF_REMOVED);
    assert_string_equal(p->r.changes[0].subject, "respond to enquiry counts as acknowledge enquiry");
    assert_string_equal(df_what_word(DF_COUNTS), "counts-as");
    t_diff_free(p);
}

static void test_route_steps(void **state)
{
    (void)state;
    t_pair *p = t_diff(RULES("route complaint by Member about Officer {\n"
                             "  [1] informally with Clerk\n  [2] Clerk\n  [3] Chair\n  [4] procedure disciplinary\n}\n"),
                       RULES("route complaint by Member about Officer {\n"
                             "  [1] informally with Clerk\n  [3] Chair within 5 working days\n  [2] Clerk\n"
                             "  [4] StandardsCommittee\n}\n"));
    /* Chair and Clerk swap: one of them moved; disciplinary gives way to the Standards Committee */
    assert_int_equal(t_changes(p), 3);
    const df_change *moved = &p->r.changes[0], *limit = &p->r.changes[1], *handler = &p->r.changes[2];
    assert_int_equal(moved->what, DF_STEP);
    assert_string_equal(t_field(moved, "order")->left, "step 2");
    assert_string_equal(t_field(moved, "order")->right, "step 3");
    assert_string_equal(t_field(limit, "time limit")->right, "within 5 working days");
    assert_string_equal(t_field(handler, "handler")->right, "Standards Committee");
    t_diff_free(p);
    p = t_diff(RULES("route complaint by Member about Officer {\n  [1] Clerk\n}\n"),
               RULES("route grievance by Officer about Member {\n  [1] Clerk\n}\n"));
    assert_int_equal(p->r.changes[0].what, DF_ROUTE);
    assert_int_equal(p->r.changes[0].kind, DF_REMOVED);
    assert_int_equal(p->r.changes[1].kind, DF_ADDED);
    t_diff_free(p);
}

static void test_clauses_in_natural_order(void **state)
{
    (void)state;
    session *s = t_open(RULES("[MP-10] Member must not instruct Officer\n[MP-2] Member may speak to Media\n"
                              "[MP-9] Officer must not disclose information to Media\n[MP-2] Officer may speak to Member\n"));
    df_clauses c;
    assert_true(df_clauses_init(&c, &s->m));
    assert_int_equal(c.n, 3);
    assert_string_equal(c.clause[0], "MP-2");
    assert_string_equal(c.clause[1], "MP-9");
    assert_string_equal(c.clause[2], "MP-10");
    assert_int_equal(c.nrules[0], 2);
    df_clauses_free(&c);
    t_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_and_renumbered),
        cmocka_unit_test(test_deadline_changed),
        cmocka_unit_test(test_best_match_by_condition),
        cmocka_unit_test(test_best_match_modality_first),
        cmocka_unit_test(test_best_match_closest_deadline),
        cmocka_unit_test(test_counterpart_and_thing),
        cmocka_unit_test(test_fallback_detail_overrides),
        cmocka_unit_test(test_adopted),
        cmocka_unit_test(test_roles_and_metadata),
        cmocka_unit_test(test_relations_seniority_counts),
        cmocka_unit_test(test_route_steps),
        cmocka_unit_test(test_clauses_in_natural_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
