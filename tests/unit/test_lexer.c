/* Unit tests for grammar/lexer.l, through ps_lex_only: how many tokens the
 * parser is given (statement ends included), and what the scanner reports.
 *
 * Token counts include the NL token that ends each statement; the scanner
 * wrapper drops blank lines and comments, a newline after '{' and after a
 * line that plainly continues, and supplies one before '}' and at the end.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

typedef struct lx_run {
    arena ar;
    in_table names;
    dg_sink dg;
    src_set src;
    size_t tokens;
} lx_run;

/* Scans len bytes of text (which may hold NULs); the run keeps the
 * diagnostics for the test to look at.  Free with lx_done. */
static lx_run *lx(const char *text, size_t len)
{
    lx_run *r = calloc(1, sizeof *r);
    assert_non_null(r);
    ar_init(&r->ar);
    in_init(&r->names, &r->ar);
    dg_init(&r->dg);
    src_init(&r->src);
    uint32_t f = src_add(&r->src, "t.civic", text, len, false);
    assert_int_not_equal(f, 0);
    ps_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.ar = &r->ar;
    ctx.names = &r->names;
    ctx.dg = &r->dg;
    ctx.src = &r->src;
    ctx.file = f;
    ast_file out;
    memset(&out, 0, sizeof out);
    out.file = f;
    out.tail = &out.decls;
    ctx.out = &out;
    r->tokens = ps_lex_only(&ctx);
    return r;
}

static lx_run *lxs(const char *text) { return lx(text, strlen(text)); }

static void lx_done(lx_run *r)
{
    dg_free(&r->dg);
    src_free(&r->src);
    in_free(&r->names);
    ar_free(&r->ar);
    free(r);
}

static size_t count(const lx_run *r, const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < r->dg.count; i++) n += strcmp(r->dg.items[i].code, code) == 0;
    return n;
}

/* Tokens of a text that must scan without a diagnostic. */
static size_t clean_tokens(const char *text)
{
    lx_run *r = lxs(text);
    if (r->dg.count) fail_msg("unexpected diagnostic '%s': %s", r->dg.items[0].code, r->dg.items[0].msg);
    size_t n = r->tokens;
    lx_done(r);
    return n;
}

static void test_one_statement(void **state)
{
    (void)state;
    /* CLAUSE Member must not instruct Officer NL */
    assert_int_equal(clean_tokens("[8.1] Member must not instruct Officer\n"), 7);
    /* the end of the file ends the statement just as a newline does */
    assert_int_equal(clean_tokens("[8.1] Member must not instruct Officer"), 7);
    /* use STRING NL */
    assert_int_equal(clean_tokens("use \"roles\"\n"), 3);
    assert_int_equal(clean_tokens(""), 0);
}

static void test_blank_lines_and_comments(void **state)
{
    (void)state;
    assert_int_equal(clean_tokens("\n\n# a comment\nuse \"roles\"   # and another\n\n   # indented\n\n\n"), 3);
    assert_int_equal(clean_tokens("# only a comment"), 0);
    assert_int_equal(clean_tokens("\n\n\n"), 0);
}

static void test_semicolon_ends_a_statement(void **state)
{
    (void)state;
    assert_int_equal(clean_tokens("use \"a\"; use \"b\""), 6);
    assert_int_equal(clean_tokens("use \"a\"\nuse \"b\"\n"), 6);
}

static void test_continuation_lines(void **state)
{
    (void)state;
    /* one statement over two lines: "otherwise" opens the second; a single NL */
    const char *fallback =
        "[1] Officer must respond to enquiry from Member within 2 working days\n"
        "      otherwise acknowledge enquiry\n";
    assert_int_equal(clean_tokens(fallback), 16);
    /* the same words on one line */
    assert_int_equal(clean_tokens("[1] Officer must respond to enquiry from Member within 2 working days "
                                  "otherwise acknowledge enquiry\n"), 16);
    /* a line ending with ',' or 'and' goes on */
    assert_int_equal(clean_tokens("role A is B,\n  C\n"), 7);
    assert_int_equal(clean_tokens("role A is B and\n  C\n"), 7);
    /* a line ending with a name does not: two statements */
    assert_int_equal(clean_tokens("role A is B\nrole C is D\n"), 10);
    /* an open parenthesis carries over newlines */
    assert_int_equal(clean_tokens("[1] A must b when (\"x\"\n or \"y\")\n"), 11);
}

static void test_blocks(void **state)
{
    (void)state;
    /* ROLE NAME { AKA NAME NL } NL: the newline after '{' is dropped, one
     * is supplied before '}' when the item shares its line */
    assert_int_equal(clean_tokens("role X {\n  aka Y\n}\n"), 8);
    assert_int_equal(clean_tokens("role X { aka Y }\n"), 8);
    assert_int_equal(clean_tokens("role X {\n  aka Y }"), 8);
}

static void test_keywords_are_lower_case(void **state)
{
    (void)state;
    /* "Must" is a name, not the keyword: the scanner does not mind */
    assert_int_equal(clean_tokens("Member Must not instruct Officer\n"), 6);
}

static void test_literals(void **state)
{
    (void)state;
    /* DATE TIME NAME NAME NAME NAME NAME NL */
    assert_int_equal(clean_tokens("2025-12-23 10:15 alice sends enquiry to bob\n"), 8);
    /* typographic quotes make a string too: ROLE NAME STRING NL */
    assert_int_equal(clean_tokens("role Scribe \xe2\x80\x9cTown Scribe\xe2\x80\x9d\n"), 4);
    assert_int_equal(clean_tokens("role Scribe \"say \\\"hi\\\"\"\n"), 4);
    /* clause references hold any text but ']' */
    assert_int_equal(clean_tokens("[If things go wrong/councillors] A must b\n"), 5);
    /* names with inner hyphens and non-ASCII letters are one token */
    assert_int_equal(clean_tokens("action exploit-relationship\n"), 3);
    assert_int_equal(clean_tokens("role Gw\xc3\xabneth is Officer\n"), 5);
}

static void test_line_ends(void **state)
{
    (void)state;
    /* USE STRING NL, CLAUSE A must b NL: the \r is a blank */
    assert_int_equal(clean_tokens("use \"roles\"\r\n\r\n[1] A must b\r\n"), 8);
    /* a byte order mark is skipped */
    assert_int_equal(clean_tokens("\xEF\xBB\xBFuse \"roles\"\n"), 3);
}

static void test_bad_characters_reported_once(void **state)
{
    (void)state;
    lx_run *r = lxs("role X is Officer @@@\n");
    assert_int_equal(count(r, "bad-char"), 1);
    assert_int_equal(r->dg.count, 1);
    assert_int_equal(r->tokens, 5);
    lx_done(r);
    /* two bad runs on two lines: one report each */
    r = lxs("role X is Officer @\nrole Y is Officer $\n");
    assert_int_equal(count(r, "bad-char"), 2);
    lx_done(r);
    /* a single-quoted string is one mistake, read on as a string */
    r = lxs("role Clerk2 'Clerk' is Officer\n");
    assert_int_equal(r->dg.count, 1);
    assert_int_equal(count(r, "bad-char"), 1);
    assert_int_equal(r->tokens, 6);
    assert_string_equal(r->dg.items[0].hints[0], "write \"Clerk\"");
    lx_done(r);
}

static void test_nul_byte(void **state)
{
    (void)state;
    static const char text[] = "use \"roles\"\n[1] A must\0 b\n";
    lx_run *r = lx(text, sizeof text - 1);
    assert_int_equal(count(r, "nul-byte"), 1);
    assert_int_equal(r->dg.count, 1);
    assert_int_equal(r->dg.items[0].where.start, 22);
    /* the rest of the line still scans: 3 + CLAUSE A must b NL */
    assert_int_equal(r->tokens, 8);
    lx_done(r);
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    lx_run *r = lxs("role Bad\xff is Officer\nrole Ok \"x\xc3\" is Officer\n[1.\xfe] A must b\n");
    assert_int_equal(count(r, "bad-utf8"), 3);
    lx_done(r);
    /* an overlong encoding and a surrogate are not valid UTF-8 either */
    r = lxs("role A\xc0\xaf is B\nrole C\xed\xa0\x80 is D\n");
    assert_int_equal(count(r, "bad-utf8"), 2);
    lx_done(r);
}

static void test_number_run_into_a_word(void **state)
{
    (void)state;
    /* one error, and read as "2 days": NUMBER then NAME */
    lx_run *r = lxs("[1] A must b within 2days\n");
    assert_int_equal(count(r, "bad-number"), 1);
    assert_int_equal(r->dg.count, 1);
    assert_int_equal(r->tokens, 8);
    lx_done(r);
    r = lxs("[1] A must b within 123456789012 days\n");
    assert_int_equal(count(r, "bad-number"), 1);
    lx_done(r);
}

static void test_bad_dates_and_times(void **state)
{
    (void)state;
    lx_run *r = lxs("2025-02-30 a b\n2025-13-01 a b\n1899-12-31 a b\n2026-01-05 25:00 a b\n2026-01-05 12:60 a b\n");
    assert_int_equal(count(r, "bad-date"), 3);
    assert_int_equal(count(r, "bad-time"), 2);
    assert_string_equal(r->dg.items[0].msg, "2025-02-30 is not a date: that month has no such day");
    assert_string_equal(r->dg.items[0].hints[0], "February 2025 has 28 days");
    assert_string_equal(r->dg.items[1].msg, "2025-13-01 is not a date: there is no month 13");
    /* 2024 is a leap year */
    lx_run *ok = lxs("2024-02-29 a b\n");
    assert_int_equal(ok->dg.count, 0);
    lx_done(ok);
    lx_done(r);
}

static void test_unterminated(void **state)
{
    (void)state;
    lx_run *r = lxs("role S \"Scribe is Officer\n[1.2 A must b\n[] A must b\n[1.[2]] A must b\n");
    assert_int_equal(count(r, "unterminated-string"), 1);
    assert_int_equal(count(r, "unterminated-clause"), 1);
    assert_int_equal(count(r, "empty-clause"), 1);
    assert_int_equal(count(r, "bad-clause"), 1);
    /* "[1.[2]]": the stray ']' is the same mistake, not another */
    assert_int_equal(count(r, "bad-char"), 0);
    lx_done(r);
}

static void test_nesting_limit(void **state)
{
    (void)state;
    char buf[PS_MAX_DEPTH + 64];
    size_t n = 0;
    n += (size_t)snprintf(buf, sizeof buf, "when ");
    for (int i = 0; i < PS_MAX_DEPTH; i++) buf[n++] = '(';
    buf[n] = '\0';
    lx_run *r = lx(buf, n);
    assert_int_equal(r->dg.count, 0);   /* 100 open brackets are allowed */
    lx_done(r);
    buf[n++] = '(';
    buf[n++] = '(';
    buf[n] = '\0';
    r = lx(buf, n);
    assert_int_equal(count(r, "too-deep"), 1);
    assert_int_equal(r->dg.count, 1);
    /* scanning stops at the 101st: WHEN, 100 '(' and the NL that ends it all */
    assert_int_equal(r->tokens, 102);
    lx_done(r);
}

static void test_huge_nesting_is_quick_and_bounded(void **state)
{
    (void)state;
    size_t n = 100000;
    char *buf = malloc(n + 1);
    assert_non_null(buf);
    memset(buf, '(', n);
    buf[n] = '\0';
    lx_run *r = lx(buf, n);
    assert_int_equal(count(r, "too-deep"), 1);
    assert_int_equal(r->tokens, PS_MAX_DEPTH + 1);
    lx_done(r);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_statement),
        cmocka_unit_test(test_blank_lines_and_comments),
        cmocka_unit_test(test_semicolon_ends_a_statement),
        cmocka_unit_test(test_continuation_lines),
        cmocka_unit_test(test_blocks),
        cmocka_unit_test(test_keywords_are_lower_case),
        cmocka_unit_test(test_literals),
        cmocka_unit_test(test_line_ends),
        cmocka_unit_test(test_bad_characters_reported_once),
        cmocka_unit_test(test_nul_byte),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_number_run_into_a_word),
        cmocka_unit_test(test_bad_dates_and_times),
        cmocka_unit_test(test_unterminated),
        cmocka_unit_test(test_nesting_limit),
        cmocka_unit_test(test_huge_nesting_is_quick_and_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
