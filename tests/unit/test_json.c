/* Unit tests for grammar/base/json.c: string escaping (every control character,
 * DEL, non-ASCII as \u escapes, astral characters as surrogate pairs,
 * invalid UTF-8 as U+FFFD), and the layout of nested values. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

/* js_write_string of n bytes, as a malloc'd string. */
static char *esc(const char *s, size_t n)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    js_write_string(f, s, n);
    fclose(f);
    return buf;
}

static void expect_esc(const char *in, size_t n, const char *want)
{
    char *got = esc(in, n);
    if (strcmp(got, want) != 0) fail_msg("escaping %zu bytes: got %s, want %s", n, got, want);
    free(got);
}

#define EXPECT(lit, want) expect_esc(lit, sizeof lit - 1, want)

static void test_every_control_character(void **state)
{
    (void)state;
    static const char *const named[32] = {
        [8] = "\\b", [9] = "\\t", [10] = "\\n", [12] = "\\f", [13] = "\\r",
    };
    for (int c = 0; c < 0x20; c++) {
        char in[1] = { (char)c }, want[16];
        if (named[c]) snprintf(want, sizeof want, "\"%s\"", named[c]);
        else snprintf(want, sizeof want, "\"\\u%04x\"", c);
        expect_esc(in, 1, want);
    }
    /* DEL is a control character too */
    EXPECT("\x7f", "\"\\u007f\"");
    /* and NUL inside a string does not end it */
    EXPECT("a\0b", "\"a\\u0000b\"");
}

static void test_printable_ascii(void **state)
{
    (void)state;
    /* every printable character but " and \ stands for itself */
    char in[96], want[128];
    size_t n = 0, k = 0;
    want[k++] = '"';
    for (int c = 0x20; c < 0x7f; c++) {
        in[n++] = (char)c;
        if (c == '"' || c == '\\') want[k++] = '\\';
        want[k++] = (char)c;
    }
    want[k++] = '"';
    want[k] = '\0';
    expect_esc(in, n, want);
    EXPECT("say \"hi\"", "\"say \\\"hi\\\"\"");
    EXPECT("C:\\path", "\"C:\\\\path\"");
    EXPECT("", "\"\"");
}

static void test_non_ascii(void **state)
{
    (void)state;
    /* two-, three- and four-byte sequences; the output is pure ASCII */
    EXPECT("Gw\xc3\xabneth", "\"Gw\\u00ebneth\"");
    EXPECT("\xe2\x80\x94", "\"\\u2014\"");                 /* em dash */
    EXPECT("\xe2\x80\x9cquoted\xe2\x80\x9d", "\"\\u201cquoted\\u201d\"");
    EXPECT("\xef\xbf\xbd", "\"\\ufffd\"");                 /* U+FFFD itself */
    EXPECT("\xef\xbb\xbf", "\"\\ufeff\"");                 /* a byte order mark */
    EXPECT("\xe0\xa0\x80", "\"\\u0800\"");                 /* the first three-byte one */
    EXPECT("\xc2\x80", "\"\\u0080\"");                     /* the first two-byte one */
    /* astral characters as surrogate pairs */
    EXPECT("\xf0\x9f\x98\x80", "\"\\ud83d\\ude00\"");      /* U+1F600 */
    EXPECT("\xf0\x90\x80\x80", "\"\\ud800\\udc00\"");      /* U+10000 */
    EXPECT("\xf4\x8f\xbf\xbf", "\"\\udbff\\udfff\"");      /* U+10FFFF */
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    EXPECT("\xff", "\"\\ufffd\"");
    EXPECT("Caf\xe9", "\"Caf\\ufffd\"");                   /* Latin-1 */
    EXPECT("\x80", "\"\\ufffd\"");                         /* a lone continuation byte */
    EXPECT("\xc0\xaf", "\"\\ufffd\\ufffd\"");              /* overlong '/' */
    EXPECT("\xe0\x80\xaf", "\"\\ufffd\\ufffd\\ufffd\"");   /* overlong, three bytes */
    EXPECT("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\"");   /* a UTF-16 surrogate */
    EXPECT("\xf4\x90\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");   /* above U+10FFFF */
    EXPECT("\xe2\x82", "\"\\ufffd\\ufffd\"");              /* cut short at the end */
    EXPECT("\xe2\x82x", "\"\\ufffd\\ufffdx\"");            /* cut short before ASCII */
    EXPECT("a\xf8\x88\x80\x80\x80z", "\"a\\ufffd\\ufffd\\ufffd\\ufffd\\ufffdz\"");   /* five bytes */
}

/* A document built with the js_* calls, as a malloc'd string. */
typedef void (*builder)(js_out *j);

static char *doc(builder b)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    js_out j;
    js_init(&j, f);
    b(&j);
    js_done(&j);
    fclose(f);
    return buf;
}

static void b_nested(js_out *j)
{
    js_obj(j);
    js_key(j, "kind"); js_str(j, "can");
    js_key(j, "n"); js_int(j, -42);
    js_key(j, "ok"); js_bool(j, true);
    js_key(j, "no"); js_bool(j, false);
    js_key(j, "none"); js_str(j, NULL);
    js_key(j, "null"); js_null(j);
    js_key(j, "list");
    js_arr(j);
    js_str(j, "a");
    js_obj(j);
    js_key(j, "k"); js_strn(j, "v\nw", 3);
    js_obj_end(j);
    js_arr(j);
    js_arr_end(j);
    js_obj(j);
    js_obj_end(j);
    js_arr_end(j);
    js_key(j, "q\"k"); js_int(j, 0);
    js_obj_end(j);
}

static void test_nesting_and_commas(void **state)
{
    (void)state;
    char *got = doc(b_nested);
    assert_string_equal(got,
                        "{\n"
                        "  \"kind\": \"can\",\n"
                        "  \"n\": -42,\n"
                        "  \"ok\": true,\n"
                        "  \"no\": false,\n"
                        "  \"none\": null,\n"
                        "  \"null\": null,\n"
                        "  \"list\": [\n"
                        "    \"a\",\n"
                        "    {\n"
                        "      \"k\": \"v\\nw\"\n"
                        "    },\n"
                        "    [],\n"
                        "    {}\n"
                        "  ],\n"
                        "  \"q\\\"k\": 0\n"
                        "}\n");
    free(got);
}

static void b_top_array(js_out *j)
{
    js_arr(j);
    js_int(j, 1);
    js_int(j, 2);
    js_arr_end(j);
}

static void b_empty(js_out *j) { js_arr(j); js_arr_end(j); }

static void b_scalar(js_out *j) { js_str(j, "x"); }

static void test_top_level(void **state)
{
    (void)state;
    char *got = doc(b_top_array);
    assert_string_equal(got, "[\n  1,\n  2\n]\n");
    free(got);
    got = doc(b_empty);
    assert_string_equal(got, "[]\n");
    free(got);
    got = doc(b_scalar);
    assert_string_equal(got, "\"x\"\n");
    free(got);
}

static void b_deep(js_out *j)
{
    for (int i = 0; i < JS_MAX_DEPTH + 8; i++) js_arr(j);
    js_int(j, 7);
    for (int i = 0; i < JS_MAX_DEPTH + 8; i++) js_arr_end(j);
}

static void test_deeper_than_the_limit(void **state)
{
    (void)state;
    /* past JS_MAX_DEPTH the layout flattens, but brackets still balance and
     * nothing is written out of bounds */
    char *got = doc(b_deep);
    int open = 0, close = 0;
    for (const char *p = got; *p; p++) open += *p == '[', close += *p == ']';
    assert_int_equal(open, JS_MAX_DEPTH + 8);
    assert_int_equal(close, JS_MAX_DEPTH + 8);
    assert_non_null(strstr(got, "7"));
    free(got);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_control_character),
        cmocka_unit_test(test_printable_ascii),
        cmocka_unit_test(test_non_ascii),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_nesting_and_commas),
        cmocka_unit_test(test_top_level),
        cmocka_unit_test(test_deeper_than_the_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
