/* Unit tests for the language server's positions and messages
 * (interp/cli/lsp_text.c, lsp_rpc.c, lsp_doc.c): UTF-16 columns over
 * characters of one to four bytes and over bytes that are not UTF-8, offsets
 * past a line's end and past the last line, splicing; message framing (a
 * missing or broken Content-Length, a body cut short); strings made valid
 * UTF-8; file URIs both ways. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lsp.h"

/* "é" is 2 bytes and 1 unit, "€" 3 bytes and 1 unit, "😀" 4 bytes and 2 units. */
static const char text[] = "ab\n\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80x\n\xFFy\n";

static void test_units(void **state)
{
    (void)state;
    assert_int_equal(lt_units(text, 0, 2), 2);
    assert_int_equal(lt_units(text, 3, 5), 1);            /* é */
    assert_int_equal(lt_units(text, 3, 8), 2);            /* é€ */
    assert_int_equal(lt_units(text, 3, 12), 4);           /* é€😀 */
    assert_int_equal(lt_units(text, 3, 13), 5);           /* é€😀x */
    assert_int_equal(lt_units(text, 14, 16), 2);          /* a stray byte is one */
    assert_int_equal(lt_units(text, 3, 6), 2);            /* a character cut short: its bytes one each */
}

static void test_offsets(void **state)
{
    (void)state;
    size_t n = sizeof text - 1;
    assert_int_equal(lt_offset(text, n, 0, 1), 1);
    assert_int_equal(lt_offset(text, n, 0, 99), 2);       /* past the end of a line: its end */
    assert_int_equal(lt_offset(text, n, 1, 0), 3);
    assert_int_equal(lt_offset(text, n, 1, 1), 5);
    assert_int_equal(lt_offset(text, n, 1, 2), 8);
    assert_int_equal(lt_offset(text, n, 1, 3), 8);        /* inside the pair: before the character */
    assert_int_equal(lt_offset(text, n, 1, 4), 12);
    assert_int_equal(lt_offset(text, n, 1, 5), 13);
    assert_int_equal(lt_offset(text, n, 2, 1), 15);
    assert_int_equal(lt_offset(text, n, 3, 0), n);        /* the empty last line */
    assert_int_equal(lt_offset(text, n, 9, 9), n);        /* past the last line: the end */
}

static void test_positions(void **state)
{
    (void)state;
    src_set src;
    src_init(&src);
    uint32_t id = src_add(&src, "t.civic", text, sizeof text - 1, false);
    assert_true(id != 0);
    const src_file *f = src_get(&src, id);
    long line, ch;
    lt_position(f, 12, &line, &ch);
    assert_int_equal(line, 1);
    assert_int_equal(ch, 4);
    lt_position(f, 2, &line, &ch);
    assert_int_equal(line, 0);
    assert_int_equal(ch, 2);
    lt_position(f, 16, &line, &ch);
    assert_int_equal(line, 2);
    assert_int_equal(ch, 2);
    /* every offset at a character's start goes there and back */
    for (uint32_t off = 0; off <= f->len; off++) {
        if (off < f->len && ((unsigned char)text[off] & 0xC0) == 0x80) continue;
        lt_position(f, off, &line, &ch);
        assert_int_equal(lt_offset(text, f->len, line, ch), off);
    }
    lt_end(text, f->len, &line, &ch);
    assert_int_equal(line, 3);
    assert_int_equal(ch, 0);
    lt_end("a\n\xF0\x9F\x98\x80", 6, &line, &ch);
    assert_int_equal(line, 1);
    assert_int_equal(ch, 2);
    src_free(&src);
}

static void test_splice(void **state)
{
    (void)state;
    char *t = strdup("Member must not instruct Officer");
    size_t n = strlen(t);
    assert_true(lt_splice(&t, &n, 12, 16, "", 0));
    assert_string_equal(t, "Member must instruct Officer");
    assert_true(lt_splice(&t, &n, 0, 0, "[8.1] ", 6));
    assert_string_equal(t, "[8.1] Member must instruct Officer");
    assert_true(lt_splice(&t, &n, 30, 999, "Clerk", 5));   /* an end past the text is its end */
    assert_string_equal(t, "[8.1] Member must instruct OffClerk");
    assert_int_equal(n, strlen(t));
    free(t);
}

/* lr_read over the bytes given. */
static lr_status read_from(const char *bytes, size_t n, char **body, size_t *len, const char **why)
{
    FILE *f = fmemopen((void *)bytes, n, "r");
    assert_non_null(f);
    lr_status st = lr_read(f, body, len, why);
    fclose(f);
    return st;
}

static void test_framing(void **state)
{
    (void)state;
    char *body;
    size_t len;
    const char *why;
    static const char ok[] = "Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}";
    assert_int_equal(read_from(ok, sizeof ok - 1, &body, &len, &why), LR_OK);
    assert_int_equal(len, 2);
    assert_string_equal(body, "{}");
    free(body);
    static const char lf[] = "content-length:3\n\n[1]";   /* bare LF, any case */
    assert_int_equal(read_from(lf, sizeof lf - 1, &body, &len, &why), LR_OK);
    assert_string_equal(body, "[1]");
    free(body);
    static const char none[] = "Content-Type: x\r\n\r\n{}";
    assert_int_equal(read_from(none, sizeof none - 1, &body, &len, &why), LR_BAD);
    assert_non_null(strstr(why, "Content-Length"));
    static const char nan[] = "Content-Length: two\r\n\r\n{}";
    assert_int_equal(read_from(nan, sizeof nan - 1, &body, &len, &why), LR_BAD);
    static const char huge[] = "Content-Length: 99999999999999999999\r\n\r\n";
    assert_int_equal(read_from(huge, sizeof huge - 1, &body, &len, &why), LR_BAD);
    assert_non_null(strstr(why, "too large"));
    static const char cut[] = "Content-Length: 10\r\n\r\n{}";
    assert_int_equal(read_from(cut, sizeof cut - 1, &body, &len, &why), LR_EOF);
    assert_int_equal(read_from("", 0, &body, &len, &why), LR_EOF);
}

static void test_strings(void **state)
{
    (void)state;
    json_t *s = lr_str("a\xFF" "b\xC3", 4);
    assert_non_null(s);
    assert_string_equal(json_string_value(s), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    json_decref(s);
    s = lr_str("caf\xC3\xA9 \xF0\x9F\x98\x80", 10);
    assert_string_equal(json_string_value(s), "caf\xC3\xA9 \xF0\x9F\x98\x80");
    json_decref(s);
    s = lr_str("a\0b", 3);   /* a NUL too */
    assert_string_equal(json_string_value(s), "a\xEF\xBF\xBD" "b");
    json_decref(s);
}

static void test_uris(void **state)
{
    (void)state;
    char *p = lsd_uri_path("file:///home/clerk/My%20Council/caf%C3%A9.civic");
    assert_string_equal(p, "/home/clerk/My Council/caf\xC3\xA9.civic");
    char *u = lsd_path_uri(p);
    assert_string_equal(u, "file:///home/clerk/My%20Council/caf%C3%A9.civic");
    free(p);
    free(u);
    p = lsd_uri_path("file://localhost/x.civic");
    assert_string_equal(p, "/x.civic");
    free(p);
    assert_null(lsd_uri_path("untitled:Untitled-1"));
    assert_null(lsd_uri_path("file://server/share/x.civic"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_units),     cmocka_unit_test(test_offsets), cmocka_unit_test(test_positions),
        cmocka_unit_test(test_splice),    cmocka_unit_test(test_framing), cmocka_unit_test(test_strings),
        cmocka_unit_test(test_uris),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
