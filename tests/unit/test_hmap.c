/* Unit tests for grammar/base/hmap.c: the map from 64-bit keys to 32-bit
 * values, the next key after a collision, and hm_bytes, the key of a run of
 * bytes (civic audit's names and ids, the memo's keys). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "hmap.h"

/* Many keys in, every one found with its value, a replaced one replaced,
 * keys never put not found. */
static void test_put_get(void **state)
{
    (void)state;
    hmap m;
    hm_init(&m);
    for (uint32_t i = 0; i < 10000; i++) assert_true(hm_put(&m, (uint64_t)i * 0x9E3779B97F4A7C15ULL, i));
    assert_true(hm_put(&m, 0, 77));   /* 0 * anything: replaced */
    uint32_t v;
    for (uint32_t i = 1; i < 10000; i++) {
        assert_true(hm_get(&m, (uint64_t)i * 0x9E3779B97F4A7C15ULL, &v));
        assert_int_equal(v, i);
    }
    assert_true(hm_get(&m, 0, &v));
    assert_int_equal(v, 77);
    assert_false(hm_get(&m, 12345, &v));
    assert_false(hm_put(&m, HM_EMPTY, 1));   /* not a key */
    assert_int_equal(m.count, 10000);
    hm_free(&m);
}

/* The key after h: h + 1, but never HM_EMPTY. */
static void test_next(void **state)
{
    (void)state;
    assert_true(hm_next(5) == 6);
    assert_true(hm_next(HM_EMPTY - 1) == 0);
    assert_true(hm_next(HM_EMPTY - 2) == HM_EMPTY - 1);
}

/* A copy of s in a block of exactly n bytes (AddressSanitizer: a read past it is caught). */
static unsigned char *exact(const unsigned char *s, size_t n)
{
    unsigned char *p = malloc(n ? n : 1);
    assert_non_null(p);
    if (n) memcpy(p, s, n);
    return p;
}

/* hm_bytes reads the n bytes and no more, wherever they lie: the same bytes
 * give the same key; a byte changed anywhere, or one more or fewer, another;
 * never HM_EMPTY. */
static void test_bytes(void **state)
{
    (void)state;
    unsigned char text[48];
    for (size_t i = 0; i < sizeof text; i++) text[i] = (unsigned char)('a' + i % 26);
    for (size_t n = 0; n <= 40; n++) {
        unsigned char *a = exact(text, n), *b = exact(text + 8, n);
        memcpy(b, a, n);
        uint64_t h = hm_bytes(a, n);
        assert_true(h != HM_EMPTY);
        assert_true(hm_bytes(b, n) == h);   /* the same bytes elsewhere */
        if (n) assert_true(hm_bytes(a, n - 1) != h);
        for (size_t i = 0; i < n; i++) {
            b[i] ^= 1;
            assert_true(hm_bytes(b, n) != h);
            b[i] ^= 1;
        }
        free(a);
        free(b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_put_get),
        cmocka_unit_test(test_next),
        cmocka_unit_test(test_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
