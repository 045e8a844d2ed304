/* The calendars as users get them: the files in stdlib/calendars/,
 * built by the loader and the model, checked against the official list of
 * UK bank holidays (tests/data/uk-bank-holidays.csv, read at run time from
 * the repository root) — every listed date is produced, and nothing else,
 * for every year of the list and all three divisions.  Also a council
 * calendar written in Civic on top of one of them. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session.h"

#define CSV_PATH "tests/data/uk-bank-holidays.csv"

static const char *const divisions[] = { "england-and-wales", "scotland", "northern-ireland" };

static session *load(const char *text)
{
    session *s = calloc(1, sizeof *s);
    assert_non_null(s);
    ss_open_text(s, "<test>", text, strlen(text), dt_from_ymd(2026, 11, 22));
    if (ss_errors(s)) {
        for (size_t i = 0; i < s->dg.count; i++) fprintf(stderr, "diagnostic: %s\n", s->dg.items[i].msg);
        fail_msg("the calendars did not load cleanly");
    }
    return s;
}

static void drop(session *s)
{
    ss_close(s);
    free(s);
}

/* "New Year’s Day" and "New Year's Day" are the same name. */
static void normalise(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        if ((unsigned char)r[0] == 0xE2 && (unsigned char)r[1] == 0x80 && (unsigned char)r[2] == 0x99) {
            *w++ = '\'';
            r += 2;
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
}

static void test_official_list(void **state)
{
    (void)state;
    session *s = load("use \"calendars/england-and-wales\"\nuse \"calendars/scotland\"\nuse \"calendars/northern-ireland\"\n");
    FILE *f = fopen(CSV_PATH, "r");
    assert_non_null(f);
    char line[512];
    /* listed[d][y][k]: the CSV's dates, per division and year */
    static dt_day listed[3][13][32];
    static char names[3][13][32][96];
    static int count[3][13];
    memset(count, 0, sizeof count);
    size_t rows = 0;
    assert_non_null(fgets(line, sizeof line, f));   /* header */
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        char *div = strtok(line, ","), *date = strtok(NULL, ","), *title = strtok(NULL, "");
        assert_non_null(div);
        assert_non_null(date);
        assert_non_null(title);
        int d = -1;
        for (int i = 0; i < 3; i++)
            if (strcmp(div, divisions[i]) == 0) d = i;
        assert_true(d >= 0);
        dt_day day;
        assert_int_equal(dt_parse(date, strlen(date), &day), 0);
        int y, mo, dd;
        dt_to_ymd(day, &y, &mo, &dd);
        assert_in_range(y, 2015, 2027);
        int k = count[d][y - 2015]++;
        assert_in_range(k, 0, 31);
        listed[d][y - 2015][k] = day;
        snprintf(names[d][y - 2015][k], sizeof names[0][0][0], "%s", title);
        normalise(names[d][y - 2015][k]);
        rows++;
    }
    fclose(f);
    assert_true(rows > 300);
    for (int d = 0; d < 3; d++) {
        int ci = md_lookup_calendar(&s->m, divisions[d]);
        assert_true(ci >= 0);
        cal_calendar *cal = s->m.cals[ci].cal;
        for (int y = 2015; y <= 2027; y++) {
            cal_holiday hs[64];
            size_t n = cal_holidays(cal, y, hs, 64);
            if (n != (size_t)count[d][y - 2015])
                fail_msg("%s %d: %zu holidays produced, %d listed", divisions[d], y, n, count[d][y - 2015]);
            for (size_t k = 0; k < n; k++) {
                char got[11], want[11], name[96];
                dt_format(hs[k].day, got);
                dt_format(listed[d][y - 2015][k], want);
                if (strcmp(got, want) != 0) fail_msg("%s %d: produced %s, listed %s", divisions[d], y, got, want);
                snprintf(name, sizeof name, "%s", hs[k].name);
                normalise(name);
                if (strcmp(name, names[d][y - 2015][k]) != 0)
                    fail_msg("%s %s: named '%s', listed as '%s'", divisions[d], got, name, names[d][y - 2015][k]);
                assert_false(cal_is_working(cal, hs[k].day));
            }
        }
    }
    drop(s);
}

static void expect_due(session *s, const char *from, long n, ast_unit unit, const char *want)
{
    md_deadline d = { .kind = DUR_FIXED, .unit = unit, .n = n };
    dt_day f, due;
    assert_int_equal(dt_parse(from, strlen(from), &f), 0);
    assert_int_equal(md_deadline_from(&s->m, &d, f, &due), 0);
    char got[11];
    dt_format(due, got);
    assert_string_equal(got, want);
}

static void test_protocol_calendar_deadlines(void **state)
{
    (void)state;
    session *s = load("protocol \"p\" {\n  calendar england-and-wales\n}\n");
    expect_due(s, "2025-12-23", 2, U_WORKING_DAYS, "2025-12-29");
    expect_due(s, "2026-04-02", 2, U_WORKING_DAYS, "2026-04-08");
    expect_due(s, "2026-05-01", 1, U_WORKING_DAYS, "2026-05-05");
    expect_due(s, "2026-01-03", 1, U_WORKING_DAYS, "2026-01-05");
    expect_due(s, "2022-09-16", 1, U_WORKING_DAYS, "2022-09-20");   /* the State Funeral */
    expect_due(s, "2028-02-28", 1, U_WORKING_DAYS, "2028-02-29");
    expect_due(s, "2025-12-23", 10, U_DAYS, "2026-01-02");
    drop(s);
    session *sc = load("protocol \"p\" {\n  calendar scotland\n}\n");
    expect_due(sc, "2025-12-31", 1, U_WORKING_DAYS, "2026-01-05");   /* 1 and 2 January */
    expect_due(sc, "2026-06-12", 1, U_WORKING_DAYS, "2026-06-16");   /* 2026-06-15, the one-off */
    drop(sc);
}

static void test_council_calendar(void **state)
{
    (void)state;
    session *s = load("calendar offices \"Town Council offices\" extends england-and-wales {\n"
                      "  closed \"Christmas closure\" from 27 december to 31 december\n"
                      "  closed \"Office move\" on 2026-04-07\n"
                      "}\n"
                      "protocol \"p\" {\n  calendar offices\n}\n");
    /* 24th, then 25/26 holidays, 27–31 closed, 1 Jan holiday, 2 Jan Fri */
    expect_due(s, "2025-12-23", 2, U_WORKING_DAYS, "2026-01-02");
    /* Easter 2026 plus the office move on Tue 7 April */
    expect_due(s, "2026-04-02", 2, U_WORKING_DAYS, "2026-04-09");
    cal_calendar *c = md_cal(&s->m);
    assert_non_null(c);
    cal_holiday hs[64];
    size_t n = cal_holidays(c, 2026, hs, 64);
    bool move = false;
    for (size_t k = 0; k < n; k++)
        if (strcmp(hs[k].name, "Office move") == 0) { move = true; assert_true(hs[k].closure); }
    assert_true(move);
    drop(s);
}

static void test_calendar_with_no_working_day(void **state)
{
    (void)state;
    session *s = calloc(1, sizeof *s);
    const char *text = "calendar never \"Never open\" {\n  weekend monday, tuesday, wednesday, thursday, friday\n"
                       "  closed \"Weekends off too\" from 1 january to 31 december\n}\n"
                       "protocol \"p\" {\n  calendar never\n}\n";
    ss_open_text(s, "<test>", text, strlen(text), dt_from_ymd(2026, 11, 22));
    md_deadline d = { .kind = DUR_FIXED, .unit = U_WORKING_DAYS, .n = 2 };
    dt_day due;
    assert_int_equal(md_deadline_from(&s->m, &d, dt_from_ymd(2026, 1, 5), &due), -1);
    drop(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_official_list),
        cmocka_unit_test(test_protocol_calendar_deadlines),
        cmocka_unit_test(test_council_calendar),
        cmocka_unit_test(test_calendar_with_no_working_day),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
