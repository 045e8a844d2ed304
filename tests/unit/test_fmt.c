/* Unit tests for grammar/fmt.c: the layout of small texts, that laying out
 * a layout changes nothing, that a file with errors is refused, and the
 * comparison (fm_same) that guards every layout: what it takes to be the
 * same file and what it does not. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fmt.h"

/* The layout of text, or NULL when fm_format refuses it (*r says why). */
static char *lay_out(const char *text, fm_result *r, size_t *errors)
{
    src_set src;
    src_init(&src);
    dg_sink dg;
    dg_init(&dg);
    uint32_t f = src_add(&src, "t.civic", text, strlen(text), false);
    assert_int_not_equal(f, 0);
    char *out = NULL;
    size_t n = 0;
    int line = 0;
    *r = fm_format(&src, f, &dg, &out, &n, &line);
    if (errors) *errors = dg.errors;
    if (out) assert_int_equal(strlen(out), n);
    dg_free(&dg);
    src_free(&src);
    return out;
}

/* text must be laid out as want, and want must stay as it is. */
static void expect_layout(const char *text, const char *want)
{
    fm_result r;
    char *got = lay_out(text, &r, NULL);
    assert_int_equal(r, FM_DONE);
    assert_string_equal(got, want);
    char *again = lay_out(got, &r, NULL);
    assert_int_equal(r, FM_DONE);
    assert_string_equal(again, want);
    free(got);
    free(again);
}

static void test_spacing_and_statements(void **state)
{
    (void)state;
    expect_layout("use   \"roles\"", "use \"roles\"\n");
    expect_layout("use \"a\";use \"b\"  ;\n", "use \"a\"\nuse \"b\"\n");
    expect_layout("[1]\tMember  must not\tinstruct Officer when ( \"a\" or \"b\" )\n",
                  "[1] Member must not instruct Officer when (\"a\" or \"b\")\n");
    expect_layout("calendar c { holiday \"x\" on easter+1 except 2020,2021 }",
                  "calendar c {\n  holiday \"x\" on easter + 1 except 2020, 2021\n}\n");
    expect_layout("route complaint { when about Clerk : Chair }",
                  "route complaint {\n  when about Clerk: Chair\n}\n");
    expect_layout("", "");
    expect_layout("\n\n  \n", "");
}

static void test_blocks_and_blank_lines(void **state)
{
    (void)state;
    expect_layout("role X is Officer {aka \"x\"; external}\n\n\n\nrole Y is X\n",
                  "role X is Officer {\n  aka \"x\"\n  external\n}\n\nrole Y is X\n");
    expect_layout("\n\nroute r {\n\n\n  Clerk\n\n}\n\n", "route r {\n  Clerk\n}\n");
}

static void test_labels_and_fields(void **state)
{
    (void)state;
    expect_layout("[1] A must x\n[10.2] A must y\n# note\n[3] A must z\n\n[4] A must w\n",
                  "[1]    A must x\n[10.2] A must y\n# note\n[3]    A must z\n\n[4] A must w\n");
    /* a label wider than FM_ALIGN_MAX neither moves nor is moved */
    expect_layout("[1] A must x\n[Section two/3] A must y\n[10] A must z\n",
                  "[1]  A must x\n[Section two/3] A must y\n[10] A must z\n");
    expect_layout("protocol \"P\" {\n council \"C\"\n next review 2030\n calendar x\n}\n",
                  "protocol \"P\" {\n  council     \"C\"\n  next review 2030\n  calendar    x\n}\n");
}

static void test_continuations_and_comments(void **state)
{
    (void)state;
    expect_layout("[10.2] A must respond to enquiry from B within 2 working days  \n"
                  "otherwise acknowledge enquiry   # late\n",
                  "[10.2] A must respond to enquiry from B within 2 working days\n"
                  "         otherwise acknowledge enquiry  # late\n");
    expect_layout("# top\n\n\nuse \"a\" # one\nuse \"bb\"    # two\n  # own\nroute r {  # opens\n  Clerk\n  # last\n}  # closes\n",
                  "# top\n\nuse \"a\"   # one\nuse \"bb\"  # two\n# own\nroute r {  # opens\n  Clerk\n  # last\n}  # closes\n");
    expect_layout("[1] A must x when\n    # why\n\n  \"y\"\n", "[1] A must x when\n      # why\n      \"y\"\n");
}

static void test_wrapping(void **state)
{
    (void)state;
    const char *in = "[1] Member and Officer must not forward information to Media when \"it is marked RESTRICTED\" "
                     "or \"it is on Pink Papers\"\n";
    expect_layout(in, "[1] Member and Officer must not forward information to Media when\n"
                      "      \"it is marked RESTRICTED\" or \"it is on Pink Papers\"\n");
    /* no place to break: the line stays long */
    char longer[300];
    snprintf(longer, sizeof longer, "[1] Member may speak \"%0160d\"\n", 0);
    expect_layout(longer, longer);
}

static void test_errors_are_not_laid_out(void **state)
{
    (void)state;
    fm_result r;
    size_t errors = 0;
    char *out = lay_out("use \"roles\"\nrole X aka\n[1] Member must\n", &r, &errors);
    assert_int_equal(r, FM_ERRORS);
    assert_null(out);
    assert_int_equal(errors, 2);
    out = lay_out("use \"a\n", &r, &errors);
    assert_int_equal(r, FM_ERRORS);
    assert_null(out);
}

/* fm_same of two texts */
static bool same(const char *a, const char *b, uint32_t *at)
{
    src_set src;
    src_init(&src);
    uint32_t fa = src_add(&src, "a.civic", a, strlen(a), false);
    uint32_t fb = src_add(&src, "b.civic", b, strlen(b), false);
    bool oom = false;
    *at = 12345;
    bool s = fm_same(&src, fa, fb, at, &oom);
    assert_false(oom);
    src_free(&src);
    return s;
}

static void test_same(void **state)
{
    (void)state;
    uint32_t at;
    assert_true(same("[1]  A must x   # c\n", "[1] A must x # c", &at));
    assert_true(same("use \"a\"; use \"b\"", "use \"a\"\nuse \"b\"\n", &at));
    assert_true(same("role X { aka Y }", "role X {\n  aka Y\n}\n", &at));
    assert_true(same("[1] A must x within 2 working days otherwise y\n",
                     "[1] A must x within 2 working days\n  otherwise y\n", &at));
    /* a word changed */
    assert_false(same("[1] A must x\n", "[1] A must y\n", &at));
    assert_int_equal(at, 11);
    /* a string's spelling is its text, even where the value is the same */
    assert_false(same("[1] A must x \"a\"\n", "[1] A must x \xe2\x80\x9c" "a\xe2\x80\x9d\n", &at));
    /* a line break that ends the statement: two statements, not one */
    assert_false(same("[1] A must x y\n", "[1] A must x\ny\n", &at));
    /* a line that begins with 'when' goes on with the statement (outside a block) */
    assert_true(same("[1] A must x when \"a\"\n", "[1] A must x\n  when \"a\"\n", &at));
    /* a comment changed, lost or added */
    assert_false(same("use \"a\" # one\n", "use \"a\" # two\n", &at));
    assert_int_equal(at, 8);
    assert_false(same("use \"a\" # one\n", "use \"a\"\n", &at));
    assert_false(same("use \"a\"\n", "use \"a\"\n# new\n", &at));
    /* trailing blanks of a comment are not its text */
    assert_true(same("use \"a\" # one   \n", "use \"a\" # one\n", &at));
    /* a file that does not scan is never the same as anything */
    assert_false(same("use \"a\n", "use \"a\n", &at));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spacing_and_statements),
        cmocka_unit_test(test_blocks_and_blank_lines),
        cmocka_unit_test(test_labels_and_fields),
        cmocka_unit_test(test_continuations_and_comments),
        cmocka_unit_test(test_wrapping),
        cmocka_unit_test(test_errors_are_not_laid_out),
        cmocka_unit_test(test_same),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
