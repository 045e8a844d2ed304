/* Unit tests for grammar/base/suggest.c: the edit distance behind "did you
 * mean", and which candidates are close enough to offer. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "suggest.h"

static void test_distance(void **state)
{
    (void)state;
    assert_int_equal(sg_distance("Officer", "Officer", 3), 0);
    assert_int_equal(sg_distance("Oficer", "Officer", 3), 1);        /* a letter left out */
    assert_int_equal(sg_distance("Offficer", "Officer", 3), 1);      /* one too many */
    assert_int_equal(sg_distance("Officor", "Officer", 3), 1);       /* one changed */
    assert_int_equal(sg_distance("Ofifcer", "Officer", 3), 1);       /* two swapped: one edit */
    assert_int_equal(sg_distance("officer", "OFFICER", 3), 0);       /* case does not count */
    assert_int_equal(sg_distance("Clerc", "Clerk", 3), 1);
    assert_int_equal(sg_distance("", "abc", 3), 3);
    assert_int_equal(sg_distance("abc", "", 3), 3);
    assert_int_equal(sg_distance("", "", 3), 0);
    assert_int_equal(sg_distance("kitten", "sitting", 5), 3);
}

static void test_distance_gives_up(void **state)
{
    (void)state;
    /* lengths too far apart: cap + 1 without working it out */
    assert_int_equal(sg_distance("ab", "abcdefgh", 3), 4);
    /* words longer than the table: cap + 1 */
    char a[80], b[80];
    memset(a, 'x', 70);
    a[70] = '\0';
    memcpy(b, a, 71);
    assert_int_equal(sg_distance(a, b, 2), 3);
}

static const char *best(const char *target, const char *const *cands)
{
    sg_best b;
    sg_begin(&b, target);
    for (; *cands; cands++) sg_offer(&b, *cands);
    return sg_result(&b);
}

static void test_best_candidate(void **state)
{
    (void)state;
    static const char *const roles[] = { "Member", "Officer", "Clerk", "Chair", "Mayor", "MonitoringOfficer", NULL };
    assert_string_equal(best("Oficer", roles), "Officer");
    assert_string_equal(best("Membr", roles), "Member");
    assert_string_equal(best("clerk", roles), "Clerk");
    assert_string_equal(best("Mayr", roles), "Mayor");
    assert_string_equal(best("MonitoringOficer", roles), "MonitoringOfficer");
    /* nothing close */
    assert_null(best("Zebra", roles));
    assert_null(best("Treasurer", roles));
    /* the closest wins; on a tie, the first offered */
    static const char *const near[] = { "Chairs", "Chair", NULL };
    assert_string_equal(best("Chai", near), "Chair");
    static const char *const tie[] = { "abcd", "abce", NULL };
    assert_string_equal(best("abcf", tie), "abcd");
    /* a swap of two adjacent letters is one edit: "form" is nearer 'from'
     * (1) than 'work' (2), whichever is offered first */
    assert_int_equal(sg_distance("form", "from", 3), 1);
    assert_int_equal(sg_distance("shuold", "should", 3), 1);
    assert_int_equal(sg_distance("si", "is", 1), 1);
    static const char *const preps[] = { "work", "from", NULL };
    assert_string_equal(best("form", preps), "from");
}

static void test_thresholds(void **state)
{
    (void)state;
    /* up to 3 letters: one edit; up to 6: two; longer: three */
    static const char *const c1[] = { "can", NULL };
    assert_string_equal(best("cna", c1), "can");
    assert_null(best("cxx", c1));
    static const char *const c2[] = { "review", NULL };
    assert_string_equal(best("reveiw", c2), "review");
    assert_string_equal(best("rview", c2), "review");
    assert_null(best("revxxx", c2));
    static const char *const c3[] = { "expectations", NULL };
    assert_string_equal(best("expectatoins", c3), "expectations");
    assert_string_equal(best("expecttions", c3), "expectations");
    assert_null(best("expxxxxtions", c3));
}

static void test_null_safety(void **state)
{
    (void)state;
    sg_best b;
    sg_begin(&b, "Officer");
    sg_offer(&b, NULL);
    assert_null(sg_result(&b));
    sg_begin(&b, NULL);
    sg_offer(&b, "Officer");
    assert_null(sg_result(&b));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_distance),
        cmocka_unit_test(test_distance_gives_up),
        cmocka_unit_test(test_best_candidate),
        cmocka_unit_test(test_thresholds),
        cmocka_unit_test(test_null_safety),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
