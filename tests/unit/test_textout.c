/* Unit tests for grammar/base/textout.c: what reaches a terminal.  Every C0
 * control but newline and tab, DEL, every C1 control (U+0080..U+009F as
 * UTF-8) and every byte that is not UTF-8 (lone continuation bytes, cut
 * sequences, overlong forms, surrogates, past U+10FFFF) is shown as an
 * escape; printable ASCII and other characters pass unchanged; to_printf
 * formats first, then escapes, with lines longer than its stack buffer. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textout.h"

/* to_write of n bytes, as a malloc'd string. */
static char *shown(const char *s, size_t n)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    to_write(f, s, n);
    fclose(f);
    return buf;
}

static void expect_shown(const char *in, size_t n, const char *want)
{
    char *got = shown(in, n);
    if (strcmp(got, want) != 0) fail_msg("showing %zu bytes: got '%s', want '%s'", n, got, want);
    free(got);
}

#define EXPECT(lit, want) expect_shown(lit, sizeof lit - 1, want)

static void test_c0_and_del(void **state)
{
    (void)state;
    for (unsigned c = 0; c < 0x20; c++) {
        char in[1] = { (char)c }, want[8];
        if (c == '\n' || c == '\t') snprintf(want, sizeof want, "%c", c);
        else snprintf(want, sizeof want, "\\x%02X", c);
        expect_shown(in, 1, want);
    }
    EXPECT("\x7f", "\\x7F");
    /* the terminal-title attack of issue 16: ESC ] 0 ; … BEL */
    EXPECT("Evil\x1b]0;pwned\x07 Town", "Evil\\x1B]0;pwned\\x07 Town");
}

static void test_c1(void **state)
{
    (void)state;
    for (unsigned c = 0x80; c <= 0x9F; c++) {
        char in[2] = { (char)0xC2, (char)c }, want[16];
        snprintf(want, sizeof want, "\\u%04X", c);
        expect_shown(in, 2, want);
    }
    EXPECT("\xc2\xa0", "\xc2\xa0");   /* U+00A0, the first character after C1, passes */
}

static void test_printable_passes(void **state)
{
    (void)state;
    char all[95 + 1];
    for (int c = 0x20; c < 0x7F; c++) all[c - 0x20] = (char)c;
    all[95] = '\0';
    expect_shown(all, 95, all);
    EXPECT("Gw\xc3\xabneth \xe2\x80\x94 \xf0\x9f\x8f\x9b", "Gw\xc3\xabneth \xe2\x80\x94 \xf0\x9f\x8f\x9b");
    EXPECT("line one\nline\ttwo\n", "line one\nline\ttwo\n");
}

static void test_not_utf8(void **state)
{
    (void)state;
    EXPECT("\x80", "\\x80");                       /* a lone continuation byte */
    EXPECT("a\xffz", "a\\xFFz");
    EXPECT("\xc3", "\\xC3");                       /* cut short at the end */
    EXPECT("\xe2\x80z", "\\xE2\\x80z");            /* cut short before a letter */
    EXPECT("\xc0\xaf", "\\xC0\\xAF");              /* overlong '/' */
    EXPECT("\xe0\x80\xaf", "\\xE0\\x80\\xAF");     /* overlong, three bytes */
    EXPECT("\xed\xa0\x80", "\\xED\\xA0\\x80");     /* a surrogate */
    EXPECT("\xf4\x90\x80\x80", "\\xF4\\x90\\x80\\x80");   /* past U+10FFFF */
}

static void test_utf8_len(void **state)
{
    (void)state;
    unsigned cp = 0;
    assert_int_equal(to_utf8_len((const unsigned char *)"\xc3\xab", 2, &cp), 2);
    assert_int_equal(cp, 0xEB);
    assert_int_equal(to_utf8_len((const unsigned char *)"\xf0\x9f\x8f\x9b", 4, &cp), 4);
    assert_int_equal(cp, 0x1F3DB);
    assert_int_equal(to_utf8_len((const unsigned char *)"\xf0\x9f\x8f", 3, &cp), 0);
    assert_int_equal(to_utf8_len((const unsigned char *)"a", 1, &cp), 0);
}

static void test_printf(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_int_equal(to_printf(f, "%s:%d: %s\n", "a\x1b.civic", 3, "bell\x07"), 0);
    /* longer than the 4 KiB on the stack: formatted on the heap, escaped the same */
    char *big = malloc(10001);
    assert_non_null(big);
    memset(big, 'x', 10000);
    big[5000] = '\x1b';
    big[10000] = '\0';
    assert_int_equal(to_printf(f, "[%s]", big), 0);
    fclose(f);
    const char *want_head = "a\\x1B.civic:3: bell\\x07\n[";
    assert_int_equal(strncmp(buf, want_head, strlen(want_head)), 0);
    assert_int_equal(len, strlen(want_head) + 10000 - 1 + 4 + 1);
    assert_non_null(strstr(buf, "x\\x1Bx"));
    free(big);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_c0_and_del),
        cmocka_unit_test(test_c1),
        cmocka_unit_test(test_printable_passes),
        cmocka_unit_test(test_not_utf8),
        cmocka_unit_test(test_utf8_len),
        cmocka_unit_test(test_printf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
