/* Unit tests for grammar/base/date.c. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "date.h"
#include "daytab.h"

static dt_day ymd(int y, int m, int d)
{
    return dt_from_ymd(y, m, d);
}

/* Walks every day of 1900..2200 with an independent y/m/d counter, so the
 * closed forms are checked against plain counting, both ways. */
static void test_round_trip(void **state)
{
    (void)state;
    dt_day expect = ymd(1900, 1, 1);
    for (int y = 1900; y <= 2200; y++) {
        for (int m = 1; m <= 12; m++) {
            for (int d = 1; d <= dt_days_in_month(y, m); d++, expect++) {
                assert_int_equal(dt_from_ymd(y, m, d), expect);
                int yy, mm, dd;
                dt_to_ymd(expect, &yy, &mm, &dd);
                assert_int_equal(yy, y);
                assert_int_equal(mm, m);
                assert_int_equal(dd, d);
            }
        }
    }
    assert_int_equal(expect, ymd(2201, 1, 1));
}

static void test_known_day_numbers(void **state)
{
    (void)state;
    assert_int_equal(ymd(1970, 1, 1), 0);
    assert_int_equal(ymd(1969, 12, 31), -1);
    assert_int_equal(ymd(2000, 3, 1), 11017);
    assert_int_equal(ymd(1900, 1, 1), -25567);
    assert_int_equal(ymd(2038, 1, 19), 24855);      /* the 32-bit time_t limit */
    assert_int_equal(ymd(1600, 2, 29) + 1, ymd(1600, 3, 1));
}

static void test_weekdays(void **state)
{
    (void)state;
    assert_int_equal(dt_weekday(ymd(1970, 1, 1)), DT_THU);
    assert_int_equal(dt_weekday(ymd(1969, 12, 31)), DT_WED);
    assert_int_equal(dt_weekday(ymd(1900, 1, 1)), DT_MON);
    assert_int_equal(dt_weekday(ymd(1969, 7, 20)), DT_SUN);   /* Moon landing */
    assert_int_equal(dt_weekday(ymd(2000, 1, 1)), DT_SAT);
    assert_int_equal(dt_weekday(ymd(2024, 2, 29)), DT_THU);
    assert_int_equal(dt_weekday(ymd(2025, 12, 23)), DT_TUE);
    assert_int_equal(dt_weekday(ymd(2025, 12, 25)), DT_THU);
    assert_int_equal(dt_weekday(ymd(2200, 12, 31)), DT_WED);
    /* Consecutive days cycle through the week. */
    for (dt_day d = ymd(1900, 1, 1); d < ymd(1901, 1, 1); d++)
        assert_int_equal(dt_weekday(d + 1), (dt_weekday(d) + 1) % 7);
}

static void test_leap_years(void **state)
{
    (void)state;
    assert_false(dt_is_leap(1900));
    assert_true(dt_is_leap(1904));
    assert_true(dt_is_leap(2000));
    assert_false(dt_is_leap(2023));
    assert_true(dt_is_leap(2024));
    assert_false(dt_is_leap(2100));
    assert_false(dt_is_leap(2200));
    assert_int_equal(dt_days_in_month(2024, 2), 29);
    assert_int_equal(dt_days_in_month(2025, 2), 28);
    assert_int_equal(dt_days_in_month(1900, 2), 28);
    assert_int_equal(dt_days_in_month(2000, 2), 29);
    assert_int_equal(dt_days_in_month(2025, 4), 30);
    assert_int_equal(dt_days_in_month(2025, 12), 31);
    assert_int_equal(dt_days_in_month(2025, 13), 0);
    assert_int_equal(dt_days_in_month(2025, 0), 0);
}

static void test_valid(void **state)
{
    (void)state;
    assert_true(dt_valid(2024, 2, 29));
    assert_false(dt_valid(2025, 2, 29));
    assert_false(dt_valid(2025, 4, 31));
    assert_false(dt_valid(2025, 0, 1));
    assert_false(dt_valid(2025, 13, 1));
    assert_false(dt_valid(2025, 1, 0));
    assert_true(dt_valid(DT_MIN_YEAR, 1, 1));
    assert_true(dt_valid(DT_MAX_YEAR, 12, 31));
    assert_false(dt_valid(DT_MIN_YEAR - 1, 12, 31));
    assert_false(dt_valid(DT_MAX_YEAR + 1, 1, 1));
}

static void test_easter(void **state)
{
    (void)state;
    static const int known[][3] = {
        { 1900, 4, 15 }, { 1913, 3, 23 }, { 1943, 4, 25 }, { 1954, 4, 18 },
        { 1970, 3, 29 }, { 1981, 4, 19 }, { 2000, 4, 23 }, { 2008, 3, 23 },
        { 2011, 4, 24 }, { 2019, 4, 21 }, { 2022, 4, 17 }, { 2024, 3, 31 },
        { 2025, 4, 20 }, { 2026, 4, 5 }, { 2027, 3, 28 }, { 2038, 4, 25 },
        { 2100, 3, 28 }, { 2200, 4, 6 },
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        dt_day e = dt_easter(known[i][0]);
        assert_int_equal(e, ymd(known[i][0], known[i][1], known[i][2]));
    }
    /* Always a Sunday between 22 March and 25 April. */
    for (int y = 1900; y <= 2200; y++) {
        dt_day e = dt_easter(y);
        assert_int_equal(dt_weekday(e), DT_SUN);
        assert_true(e >= ymd(y, 3, 22) && e <= ymd(y, 4, 25));
    }
}

static void test_nth_weekday(void **state)
{
    (void)state;
    bool ok = false;
    assert_int_equal(dt_nth_weekday(2025, 5, 1, DT_MON, &ok), ymd(2025, 5, 5));
    assert_true(ok);
    assert_int_equal(dt_nth_weekday(2025, 5, -1, DT_MON, &ok), ymd(2025, 5, 26));
    assert_true(ok);
    assert_int_equal(dt_nth_weekday(2025, 8, -1, DT_MON, &ok), ymd(2025, 8, 25));
    assert_int_equal(dt_nth_weekday(2025, 8, 1, DT_MON, &ok), ymd(2025, 8, 4));
    assert_int_equal(dt_nth_weekday(2026, 6, 1, DT_MON, &ok), ymd(2026, 6, 1));   /* the 1st itself */
    assert_int_equal(dt_nth_weekday(2025, 3, 5, DT_SAT, &ok), ymd(2025, 3, 29));
    assert_true(ok);
    assert_int_equal(dt_nth_weekday(2025, 10, -1, DT_SUN, &ok), ymd(2025, 10, 26));
    assert_int_equal(dt_nth_weekday(2025, 11, 4, DT_THU, &ok), ymd(2025, 11, 27));
    assert_int_equal(dt_nth_weekday(2024, 2, -1, DT_THU, &ok), ymd(2024, 2, 29));
    /* February 2025 has four Mondays. */
    assert_int_equal(dt_nth_weekday(2025, 2, 5, DT_MON, &ok), -1);
    assert_false(ok);
    ok = true;
    dt_nth_weekday(2025, 2, 0, DT_MON, &ok);
    assert_false(ok);
    ok = true;
    dt_nth_weekday(2025, 13, 1, DT_MON, &ok);
    assert_false(ok);
    ok = true;
    dt_nth_weekday(2025, 1, 1, 7, &ok);
    assert_false(ok);
    /* Every nth weekday is that weekday, in that month, in the right week. */
    for (int m = 1; m <= 12; m++) {
        for (int w = DT_MON; w <= DT_SUN; w++) {
            for (int n = 1; n <= 4; n++) {
                dt_day d = dt_nth_weekday(2027, m, n, w, &ok);
                int yy, mm, dd;
                dt_to_ymd(d, &yy, &mm, &dd);
                assert_true(ok);
                assert_int_equal(dt_weekday(d), w);
                assert_int_equal(mm, m);
                assert_int_equal((dd - 1) / 7 + 1, n);
            }
        }
    }
}

static int parse(const char *s, dt_day *out)
{
    return dt_parse(s, strlen(s), out);
}

static void test_parse(void **state)
{
    (void)state;
    dt_day d = 0;
    assert_int_equal(parse("2025-12-23", &d), 0);
    assert_int_equal(d, ymd(2025, 12, 23));
    assert_int_equal(parse("2024-02-29", &d), 0);
    assert_int_equal(parse("1900-01-01", &d), 0);
    assert_int_equal(d, ymd(1900, 1, 1));
    assert_int_equal(parse("2200-12-31", &d), 0);
    /* Only n bytes are read: the date may sit inside a longer buffer. */
    assert_int_equal(dt_parse("2025-12-23 and more", 10, &d), 0);
    assert_int_equal(d, ymd(2025, 12, 23));

    assert_int_equal(parse("2025-02-30", &d), 2);
    assert_int_equal(parse("2023-02-29", &d), 2);
    assert_int_equal(parse("2025-04-31", &d), 2);
    assert_int_equal(parse("2025-13-01", &d), 2);
    assert_int_equal(parse("2025-00-10", &d), 2);
    assert_int_equal(parse("2025-01-00", &d), 2);

    assert_int_equal(parse("1899-12-31", &d), 3);
    assert_int_equal(parse("2201-01-01", &d), 3);
    assert_int_equal(parse("0000-01-01", &d), 3);
    assert_int_equal(parse("1899-02-30", &d), 3);

    assert_int_equal(parse("2025-1-01", &d), 1);
    assert_int_equal(parse("2025/01/01", &d), 1);
    assert_int_equal(parse("20250101", &d), 1);
    assert_int_equal(parse("2025-01-011", &d), 1);
    assert_int_equal(parse(" 2025-01-01", &d), 1);
    assert_int_equal(parse("+025-01-01", &d), 1);
    assert_int_equal(parse("2025-0a-01", &d), 1);
    assert_int_equal(parse("abcd-ef-gh", &d), 1);
    assert_int_equal(parse("", &d), 1);
    assert_int_equal(dt_parse("2025-12-23", 9, &d), 1);
    assert_int_equal(dt_parse(NULL, 10, &d), 1);
    assert_int_equal(d, ymd(2025, 12, 23));   /* failures leave *out alone */
}

static void test_format(void **state)
{
    (void)state;
    char buf[11], lbuf[24];
    dt_format(ymd(2025, 12, 23), buf);
    assert_string_equal(buf, "2025-12-23");
    dt_format(ymd(1900, 1, 1), buf);
    assert_string_equal(buf, "1900-01-01");
    dt_format(ymd(2200, 12, 31), buf);
    assert_string_equal(buf, "2200-12-31");
    dt_format(0, buf);
    assert_string_equal(buf, "1970-01-01");

    dt_format_long(ymd(2025, 12, 23), lbuf);
    assert_string_equal(lbuf, "Tue 23 Dec 2025");
    dt_format_long(ymd(2026, 1, 1), lbuf);
    assert_string_equal(lbuf, "Thu 1 Jan 2026");
    dt_format_long(ymd(1900, 9, 30), lbuf);
    assert_string_equal(lbuf, "Sun 30 Sep 1900");

    /* Every formatted day parses back to itself. */
    for (dt_day d = ymd(1900, 1, 1); d <= ymd(2200, 12, 31); d += 37) {
        dt_day back;
        dt_format(d, buf);
        assert_int_equal(dt_parse(buf, 10, &back), 0);
        assert_int_equal(back, d);
    }
}

static void test_names(void **state)
{
    (void)state;
    assert_string_equal(dt_weekday_name(DT_MON), "Monday");
    assert_string_equal(dt_weekday_name(DT_SUN), "Sunday");
    assert_string_equal(dt_weekday_name(7), "");
    assert_string_equal(dt_month_name(1), "January");
    assert_string_equal(dt_month_name(12), "December");
    assert_string_equal(dt_month_name(0), "");

    assert_int_equal(dt_month_from_name("december"), 12);
    assert_int_equal(dt_month_from_name("December"), 12);
    assert_int_equal(dt_month_from_name("DEC"), 12);
    assert_int_equal(dt_month_from_name("Dec"), 12);
    assert_int_equal(dt_month_from_name("may"), 5);
    assert_int_equal(dt_month_from_name("sep"), 9);
    assert_int_equal(dt_month_from_name("Decem"), 0);
    assert_int_equal(dt_month_from_name("de"), 0);
    assert_int_equal(dt_month_from_name("decembers"), 0);
    assert_int_equal(dt_month_from_name(""), 0);
    assert_int_equal(dt_month_from_name(NULL), 0);

    assert_int_equal(dt_weekday_from_name("monday"), DT_MON);
    assert_int_equal(dt_weekday_from_name("Tue"), DT_TUE);
    assert_int_equal(dt_weekday_from_name("TUESDAY"), DT_TUE);
    assert_int_equal(dt_weekday_from_name("sun"), DT_SUN);
    assert_int_equal(dt_weekday_from_name("saturday"), DT_SAT);
    assert_int_equal(dt_weekday_from_name("tues"), -1);
    assert_int_equal(dt_weekday_from_name("mon day"), -1);
    assert_int_equal(dt_weekday_from_name(""), -1);
    assert_int_equal(dt_weekday_from_name(NULL), -1);

    for (int m = 1; m <= 12; m++)
        assert_int_equal(dt_month_from_name(dt_month_name(m)), m);
    for (int w = DT_MON; w <= DT_SUN; w++)
        assert_int_equal(dt_weekday_from_name(dt_weekday_name(w)), w);
}

/* daytab: a number a day, 0 until given one; the span centred on the
 * first day given one; a page made only for the days given numbers. */
static void test_daytab(void **state)
{
    (void)state;
    dy_table t;
    dy_init(&t);
    dt_day d0 = ymd(2020, 6, 15);
    assert_int_equal(dy_get(&t, d0), 0);
    assert_true(dy_put(&t, d0, 7));
    assert_int_equal(dy_get(&t, d0), 7);
    assert_int_equal(dy_get(&t, d0 + 1), 0);
    size_t pages = 0;
    for (size_t i = 0; i < DY_CHUNKS; i++) pages += t.chunk[i] != NULL;
    assert_int_equal(pages, 1);
    /* every day of the span, both ways from the first; the days past it refused */
    dt_day lo = t.base, hi = t.base + DY_CHUNK * DY_CHUNKS - 1;
    assert_true(lo <= d0 - DY_CHUNK * DY_CHUNKS / 2 + DY_CHUNK && hi >= d0 + DY_CHUNK * DY_CHUNKS / 2 - DY_CHUNK);
    for (dt_day d = lo; d <= hi; d += 37) assert_true(dy_put(&t, d, (int32_t)(d - lo + 1)));
    assert_true(dy_put(&t, hi, -5));
    for (dt_day d = lo; d < hi; d += 37) assert_int_equal(dy_get(&t, d), (int32_t)(d - lo + 1));
    assert_int_equal(dy_get(&t, hi), -5);
    assert_false(dy_put(&t, lo - 1, 1));
    assert_false(dy_put(&t, hi + 1, 1));
    assert_int_equal(dy_get(&t, lo - 1), 0);
    assert_int_equal(dy_get(&t, hi + 1), 0);
    assert_int_equal(dy_get(&t, INT32_MIN), 0);
    assert_int_equal(dy_get(&t, INT32_MAX), 0);
    dy_free(&t);
    /* a first day at either end of the day numbers: no span, nothing kept */
    assert_false(dy_put(&t, INT32_MIN, 1));
    assert_int_equal(dy_get(&t, INT32_MIN), 0);
    dy_free(&t);
    assert_false(dy_put(&t, INT32_MAX, 1));
    dy_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_known_day_numbers),
        cmocka_unit_test(test_weekdays),
        cmocka_unit_test(test_leap_years),
        cmocka_unit_test(test_valid),
        cmocka_unit_test(test_easter),
        cmocka_unit_test(test_nth_weekday),
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_daytab),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    int total = (int)(sizeof tests / sizeof tests[0]);
    printf("%d passed, %d failed\n", total - failed, failed);
    return failed != 0;
}
