/* Unit tests for interp/model/cal.c.
 *
 * The UK calendars come from uk_calendars.c, C tables that mirror
 * the files in stdlib/calendars/ rule for rule (test_mirror_matches_files checks
 * that); the official list in tests/data/uk-bank-holidays.csv is read at
 * run time, relative to the repository root.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cal.h"
/* Included rather than linked: each test program is built from its one
 * source file plus the library objects (see the Makefile). */
#include "uk_calendars.c"

#define CSV_PATH "tests/data/uk-bank-holidays.csv"
#define CIVIC_DIR "stdlib/calendars/"

enum { CSV_FIRST_YEAR = 2015, CSV_LAST_YEAR = 2027, MAX_HOL = 400 };

static cal_calendar *ew, *sc, *ni;

static dt_day D(const char *s)
{
    dt_day d = 0;
    if (dt_parse(s, strlen(s), &d) != 0)
        fail_msg("bad date in test: %s", s);
    return d;
}

static void assert_day(dt_day got, const char *want)
{
    char buf[11];
    dt_format(got, buf);
    assert_string_equal(buf, want);
}

/* cal_add that must succeed, as a formatted date. */
static void expect_add(cal_calendar *c, const char *from, int n, cal_unit u, const char *want)
{
    dt_day out = 0;
    assert_int_equal(cal_add(c, D(from), n, u, &out), 0);
    assert_day(out, want);
}

static void expect_add_fails_with(cal_calendar *c, dt_day from, int n, cal_unit u, int rc)
{
    dt_day out = 12345;
    assert_int_equal(cal_add(c, from, n, u, &out), rc);
    assert_int_equal(out, 12345);
}

static void expect_add_fails(cal_calendar *c, dt_day from, int n, cal_unit u)
{
    expect_add_fails_with(c, from, n, u, -1);
}

static int setup_uk(void **state)
{
    (void)state;
    ew = uk_calendar_new("england-and-wales");
    sc = uk_calendar_new("scotland");
    ni = uk_calendar_new("northern-ireland");
    return ew && sc && ni ? 0 : -1;
}

static int teardown_uk(void **state)
{
    (void)state;
    cal_free(ew);
    cal_free(sc);
    cal_free(ni);
    return 0;
}

static cal_calendar *uk(const char *id)
{
    return strcmp(id, "england-and-wales") == 0 ? ew : strcmp(id, "scotland") == 0 ? sc
         : strcmp(id, "northern-ireland") == 0 ? ni : NULL;
}

/* ---- the C tables mirror the .civic files ----------------------------------------- */

static const char *const nth_words[] = { "", "first", "second", "third", "fourth", "fifth" };

static const char *lower_month(int m, char buf[16])
{
    const char *s = dt_month_name(m);
    size_t i = 0;
    for (; s[i] && i < 15; i++)
        buf[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
    buf[i] = '\0';
    return buf;
}

static const char *lower_weekday(int w, char buf[16])
{
    const char *s = dt_weekday_name(w);
    size_t i = 0;
    for (; s[i] && i < 15; i++)
        buf[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
    buf[i] = '\0';
    return buf;
}

/* Renders a rule as the one Civic statement that should produce it. */
static void render_rule(const cal_rule *r, char *out, size_t cap)
{
    char m1[16], m2[16], wd[16], d1[11], d2[11];
    int n = snprintf(out, cap, "%s \"%s\" ", r->closure ? "closed" : "holiday", r->name);
    switch (r->kind) {
    case CAL_FIXED:
        n += snprintf(out + n, cap - n, "on %d %s", r->day, lower_month(r->month, m1));
        break;
    case CAL_DATE:
        dt_format(r->date, d1);
        n += snprintf(out + n, cap - n, "on %s", d1);
        break;
    case CAL_EASTER:
        if (r->offset == 0)
            n += snprintf(out + n, cap - n, "on easter");
        else
            n += snprintf(out + n, cap - n, "on easter %c %d", r->offset < 0 ? '-' : '+',
                          abs(r->offset));
        break;
    case CAL_NTH_WEEKDAY:
        n += snprintf(out + n, cap - n, "on %s %s of %s",
                      r->nth == -1 ? "last" : nth_words[r->nth], lower_weekday(r->weekday, wd),
                      lower_month(r->month, m1));
        break;
    case CAL_RANGE_YEARLY:
        n += snprintf(out + n, cap - n, "from %d %s to %d %s", r->day, lower_month(r->month, m1),
                      r->day2, lower_month(r->month2, m2));
        break;
    case CAL_RANGE_DATES:
        dt_format(r->date, d1);
        dt_format(r->date2, d2);
        n += snprintf(out + n, cap - n, "from %s to %s", d1, d2);
        break;
    }
    if (r->substitute)
        n += snprintf(out + n, cap - n, " substitute");
    if (r->from_year)
        n += snprintf(out + n, cap - n, " from %d", r->from_year);
    if (r->until_year)
        n += snprintf(out + n, cap - n, " until %d", r->until_year);
    for (size_t i = 0; i < r->nexcept; i++)
        n += snprintf(out + n, cap - n, "%s%d", i ? ", " : " except ", r->except[i]);
}

/* A source line without its comment and with runs of blanks outside
 * quotes squeezed to one space; returns the trimmed result. */
static char *normalise_line(char *line)
{
    char *w = line;
    bool quoted = false, blank = false;
    for (char *p = line; *p && *p != '\n'; p++) {
        if (*p == '"')
            quoted = !quoted;
        if (!quoted && *p == '#')
            break;
        if (!quoted && (*p == ' ' || *p == '\t')) {
            blank = true;
            continue;
        }
        if (blank && w != line)
            *w++ = ' ';
        blank = false;
        *w++ = *p;
    }
    *w = '\0';
    return line;
}

static void check_mirror(const uk_division *div)
{
    char path[256], line[512], want[512];
    snprintf(path, sizeof path, CIVIC_DIR "%s.civic", div->id);
    FILE *f = fopen(path, "r");
    if (!f)
        fail_msg("cannot open %s (run the tests from the repository root)", path);
    size_t rule = 0;
    bool header = false, weekend = false;
    while (fgets(line, sizeof line, f)) {
        char *s = normalise_line(line);
        if (strncmp(s, "calendar ", 9) == 0) {
            snprintf(want, sizeof want, "calendar %s \"%s\" {", div->id, div->display);
            assert_string_equal(s, want);
            header = true;
        } else if (strncmp(s, "weekend ", 8) == 0) {
            assert_string_equal(s, "weekend saturday, sunday");
            weekend = true;
        } else if (strncmp(s, "holiday ", 8) == 0 || strncmp(s, "closed ", 7) == 0) {
            if (rule >= div->nrules)
                fail_msg("%s: more statements than C rules", path);
            render_rule(&div->rules[rule++], want, sizeof want);
            assert_string_equal(s, want);
        } else if (*s && strcmp(s, "}") != 0) {
            fail_msg("%s: unexpected line: %s", path, s);
        }
    }
    fclose(f);
    assert_true(header);
    assert_true(weekend);
    assert_int_equal(rule, div->nrules);
}

static void test_mirror_matches_files(void **state)
{
    (void)state;
    for (size_t i = 0; i < UK_NDIVISIONS; i++)
        check_mirror(&uk_divisions[i]);
}

/* ---- the official list -------------------------------------------------------------- */

typedef struct csv_row {
    char division[32];
    dt_day day;
    char title[128];
} csv_row;

/* gov.uk writes typographic apostrophes; the Civic files use ASCII. */
static void ascii_apostrophes(char *s)
{
    char *w = s;
    for (char *p = s; *p; p++) {
        if ((unsigned char)p[0] == 0xe2 && (unsigned char)p[1] == 0x80
            && (unsigned char)p[2] == 0x99) {
            *w++ = '\'';
            p += 2;
        } else if (*p != '\r' && *p != '\n') {
            *w++ = *p;
        }
    }
    *w = '\0';
}

static size_t read_csv(csv_row *rows, size_t cap)
{
    FILE *f = fopen(CSV_PATH, "r");
    if (!f)
        fail_msg("cannot open " CSV_PATH " (run the tests from the repository root)");
    char line[512];
    size_t n = 0;
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(strtok(line, ",\r\n"), "division");
    while (fgets(line, sizeof line, f)) {
        char *c1 = strchr(line, ','), *c2 = c1 ? strchr(c1 + 1, ',') : NULL;
        if (!c2 || n == cap)
            fail_msg("bad or too many rows in " CSV_PATH);
        *c1 = *c2 = '\0';
        csv_row *r = &rows[n++];
        snprintf(r->division, sizeof r->division, "%.31s", line);
        assert_int_equal(dt_parse(c1 + 1, (size_t)(c2 - c1 - 1), &r->day), 0);
        snprintf(r->title, sizeof r->title, "%.127s", c2 + 1);
        ascii_apostrophes(r->title);
    }
    fclose(f);
    return n;
}

static int year_of(dt_day d)
{
    int y;
    dt_to_ymd(d, &y, NULL, NULL);
    return y;
}

/* Every listed day, with its name, and nothing else, in every listed year. */
static void test_official_list_exactly(void **state)
{
    (void)state;
    static csv_row rows[1000];
    static cal_holiday got[MAX_HOL];
    size_t nrows = read_csv(rows, 1000);
    assert_true(nrows > 300);
    size_t checked = 0;
    for (size_t dv = 0; dv < UK_NDIVISIONS; dv++) {
        const char *id = uk_divisions[dv].id;
        cal_calendar *c = uk(id);
        for (int y = CSV_FIRST_YEAR; y <= CSV_LAST_YEAR; y++) {
            size_t n = cal_holidays(c, y, got, MAX_HOL), k = 0;
            for (size_t i = 0; i < nrows; i++) {
                if (strcmp(rows[i].division, id) != 0 || year_of(rows[i].day) != y)
                    continue;
                char want[11], have[11] = "(none)";
                dt_format(rows[i].day, want);
                if (k < n)
                    dt_format(got[k].day, have);
                if (k >= n || got[k].day != rows[i].day)
                    fail_msg("%s %d: expected %s %s, got %s", id, y, want, rows[i].title, have);
                assert_string_equal(got[k].name, rows[i].title);
                assert_false(got[k].closure);
                assert_false(cal_is_working(c, rows[i].day));
                assert_string_equal(cal_holiday_name(c, rows[i].day), rows[i].title);
                k++;
                checked++;
            }
            if (n != k) {
                char extra[11];
                dt_format(got[k].day, extra);
                fail_msg("%s %d: unexpected holiday %s %s", id, y, extra, got[k].name);
            }
        }
    }
    assert_int_equal(checked, nrows);
}

/* ---- history: every year 1970..2100 looks right ------------------------------------- */

/* One-off days (jubilees, weddings, funerals, the coronation, the
 * Millennium, the World Cup) in a year of division dv. */
static int extra_days(size_t dv, int y)
{
    int n = (y == 1977 || y == 1981 || y == 1999 || y == 2002 || y == 2011 || y == 2012
             || y == 2023) + 2 * (y == 2022);
    return n + (dv == 1 && y == 2026);
}

static int usual_count(size_t dv, int y)
{
    switch (dv) {
    case 0:     /* 8; no New Year's Day before 1974 nor early May before 1978 */
        return 8 - (y < 1974) - (y < 1978);
    case 1:     /* 9; St Andrew's Day from 2007, Boxing Day from 1974 */
        return 9 - (y < 2007) - (y < 1974) - (y < 1971);
    default:    /* 10 */
        return 10 - (y < 1974) - (y < 1978);
    }
}

static void test_every_year_1970_2100(void **state)
{
    (void)state;
    static cal_holiday got[MAX_HOL];
    for (size_t dv = 0; dv < UK_NDIVISIONS; dv++) {
        cal_calendar *c = uk(uk_divisions[dv].id);
        for (int y = 1970; y <= 2100; y++) {
            size_t n = cal_holidays(c, y, got, MAX_HOL);
            if ((int)n != usual_count(dv, y) + extra_days(dv, y))
                fail_msg("%s %d: %zu holidays", uk_divisions[dv].id, y, n);
            for (size_t i = 0; i < n; i++) {
                assert_true(dt_weekday(got[i].day) <= DT_FRI);   /* substitutes done */
                assert_int_equal(year_of(got[i].day), y);
                assert_true(i == 0 || got[i - 1].day < got[i].day);
                assert_non_null(got[i].name);
            }
        }
    }
}

static void expect_holiday(cal_calendar *c, const char *day, const char *name)
{
    const char *got = cal_holiday_name(c, D(day));
    if (!got || strcmp(got, name) != 0)
        fail_msg("%s: expected %s, got %s", day, name, got ? got : "(none)");
    assert_false(cal_is_working(c, D(day)));
}

static void expect_working(cal_calendar *c, const char *day)
{
    if (!cal_is_working(c, D(day)))
        fail_msg("%s should be a working day (%s)", day,
                 cal_holiday_name(c, D(day)) ? cal_holiday_name(c, D(day)) : "weekend");
    assert_null(cal_holiday_name(c, D(day)));
}

static void test_history(void **state)
{
    (void)state;
    expect_working(ew, "1973-01-01");
    expect_holiday(ew, "1974-01-01", "New Year's Day");
    expect_working(ew, "1977-05-02");
    expect_holiday(ew, "1978-05-01", "Early May bank holiday");
    expect_working(ew, "1977-05-30");
    expect_holiday(ew, "1977-06-06", "Spring bank holiday");
    expect_holiday(ew, "1977-06-07", "Silver Jubilee bank holiday");
    expect_holiday(ew, "1977-12-26", "Boxing Day");
    expect_holiday(ew, "1977-12-27", "Christmas Day");
    expect_holiday(ew, "1981-07-29", "Royal wedding bank holiday");
    expect_working(ew, "1995-05-01");
    expect_holiday(ew, "1995-05-08", "Early May bank holiday (VE day)");
    expect_holiday(ew, "1999-12-27", "Christmas Day");
    expect_holiday(ew, "1999-12-28", "Boxing Day");
    expect_holiday(ew, "1999-12-31", "Millennium bank holiday");
    expect_holiday(ew, "2000-01-03", "New Year's Day");
    expect_working(ew, "2002-05-27");
    expect_holiday(ew, "2002-06-03", "Golden Jubilee bank holiday");
    expect_holiday(ew, "2002-06-04", "Spring bank holiday");
    expect_holiday(ew, "2011-04-29", "Royal wedding");
    expect_working(ew, "2012-05-28");
    expect_holiday(ew, "2012-06-04", "Spring bank holiday");
    expect_holiday(ew, "2012-06-05", "Queen's Diamond Jubilee");
    expect_working(ew, "2022-05-30");
    expect_working(ew, "2020-05-04");
    expect_holiday(ew, "2100-12-27", "Christmas Day");    /* 2100: Christmas on a Saturday */
    expect_holiday(ew, "2100-12-28", "Boxing Day");

    expect_working(sc, "2025-04-21");                     /* no Easter Monday */
    expect_working(sc, "2025-08-25");                     /* summer is in early August */
    expect_holiday(sc, "2025-08-04", "Summer bank holiday");
    expect_working(sc, "2006-11-30");
    expect_holiday(sc, "2007-11-30", "St Andrew's Day");
    expect_working(sc, "1973-12-26");
    expect_holiday(sc, "1974-12-26", "Boxing Day");
    expect_holiday(sc, "2012-01-02", "2nd January");      /* 1 January a Sunday, like 2017 */
    expect_holiday(sc, "2012-01-03", "New Year's Day");
    expect_holiday(sc, "2026-06-15", "World Cup bank holiday");
    expect_working(ew, "2026-06-15");
    expect_working(ni, "2026-06-15");

    expect_holiday(ni, "2025-03-17", "St Patrick's Day");
    expect_holiday(ni, "2029-03-19", "St Patrick's Day");  /* a Saturday */
    expect_holiday(ni, "2025-07-14", "Battle of the Boyne (Orangemen's Day)");
    expect_working(ew, "2025-07-14");
}

/* ---- deadlines ----------------------------------------------------------------- */

static void test_deadline_christmas(void **state)
{
    (void)state;
    /* DESIGN.md's example: 24th works, 25/26 holidays, 27/28 weekend. */
    expect_add(ew, "2025-12-23", 2, CAL_WORKING_DAYS, "2025-12-29");
    expect_add(ew, "2025-12-23", 1, CAL_WORKING_DAYS, "2025-12-24");
    expect_add(ew, "2025-12-24", 1, CAL_WORKING_DAYS, "2025-12-29");
    /* A trigger on a non-working day counts from the next working day on. */
    expect_add(ew, "2025-12-25", 1, CAL_WORKING_DAYS, "2025-12-29");
    expect_add(ew, "2025-12-27", 2, CAL_WORKING_DAYS, "2025-12-30");
    /* Zero working days: the day itself if working, else the next. */
    expect_add(ew, "2025-12-23", 0, CAL_WORKING_DAYS, "2025-12-23");
    expect_add(ew, "2025-12-25", 0, CAL_WORKING_DAYS, "2025-12-29");
    expect_add(ew, "2025-12-20", 0, CAL_WORKING_DAYS, "2025-12-22");
}

static void test_deadline_easter(void **state)
{
    (void)state;
    expect_add(ew, "2025-04-17", 1, CAL_WORKING_DAYS, "2025-04-22");
    expect_add(sc, "2025-04-17", 1, CAL_WORKING_DAYS, "2025-04-21");
    expect_add(ew, "2024-03-28", 3, CAL_WORKING_DAYS, "2024-04-04");
    expect_add(ni, "2025-03-14", 1, CAL_WORKING_DAYS, "2025-03-18");  /* St Patrick's Day */
}

static void test_deadline_substitutes(void **state)
{
    (void)state;
    /* Christmas on a Saturday: Mon 27 and Tue 28 are holidays. */
    expect_add(ew, "2021-12-24", 1, CAL_WORKING_DAYS, "2021-12-29");
    /* Christmas on a Sunday: Boxing Day Mon 26, Christmas Tue 27. */
    expect_add(ew, "2022-12-23", 1, CAL_WORKING_DAYS, "2022-12-28");
    /* New Year's Day on a Saturday -> Monday 3 January. */
    expect_add(ew, "2021-12-31", 1, CAL_WORKING_DAYS, "2022-01-04");
    /* ... and in Scotland 2 January (Sunday) -> Tuesday 4. */
    expect_add(sc, "2021-12-31", 1, CAL_WORKING_DAYS, "2022-01-05");
    expect_add(ni, "2025-07-11", 1, CAL_WORKING_DAYS, "2025-07-15");  /* the Boyne on a Saturday */
    expect_add(sc, "2024-11-29", 1, CAL_WORKING_DAYS, "2024-12-03");  /* St Andrew's on a Saturday */
}

static void test_deadline_one_offs(void **state)
{
    (void)state;
    expect_add(ew, "2022-09-16", 1, CAL_WORKING_DAYS, "2022-09-20");
    expect_add(ew, "2023-05-05", 1, CAL_WORKING_DAYS, "2023-05-09");
    expect_add(ew, "2022-06-01", 1, CAL_WORKING_DAYS, "2022-06-06");
    expect_add(sc, "2026-06-12", 1, CAL_WORKING_DAYS, "2026-06-16");
    expect_add(ew, "2026-06-12", 1, CAL_WORKING_DAYS, "2026-06-15");
}

static void test_deadline_year_ends_and_leap_years(void **state)
{
    (void)state;
    expect_add(ew, "2025-12-31", 1, CAL_WORKING_DAYS, "2026-01-02");
    expect_add(ew, "2026-12-31", 1, CAL_WORKING_DAYS, "2027-01-04");
    expect_add(ew, "2028-02-28", 1, CAL_WORKING_DAYS, "2028-02-29");
    expect_add(ew, "2028-02-28", 2, CAL_WORKING_DAYS, "2028-03-01");
    expect_add(ew, "2027-02-26", 1, CAL_WORKING_DAYS, "2027-03-01");
    expect_add(ew, "2025-01-01", 20, CAL_WORKING_DAYS, "2025-01-29");
    expect_add(ew, "2025-01-01", 253, CAL_WORKING_DAYS, "2025-12-31");   /* a whole year */
}

static void test_deadline_other_units(void **state)
{
    (void)state;
    expect_add(ew, "2025-12-23", 10, CAL_DAYS, "2026-01-02");
    expect_add(ew, "2025-12-23", 0, CAL_DAYS, "2025-12-23");
    expect_add(ew, "2025-12-23", 2, CAL_WEEKS, "2026-01-06");
    expect_add(ew, "2025-12-20", 1, CAL_WEEKS, "2025-12-27");      /* calendar periods: no shift */
    expect_add(ew, "2025-01-31", 1, CAL_MONTHS, "2025-02-28");
    expect_add(ew, "2024-01-31", 1, CAL_MONTHS, "2024-02-29");
    expect_add(ew, "2025-03-31", 1, CAL_MONTHS, "2025-04-30");
    expect_add(ew, "2025-12-23", 1, CAL_MONTHS, "2026-01-23");
    expect_add(ew, "2025-12-23", 12, CAL_MONTHS, "2026-12-23");
    expect_add(ew, "2024-02-29", 12, CAL_MONTHS, "2025-02-28");
    expect_add(ew, "2025-05-15", 0, CAL_MONTHS, "2025-05-15");
}

static void test_deadline_errors(void **state)
{
    (void)state;
    expect_add_fails(ew, D("2025-12-23"), -1, CAL_WORKING_DAYS);
    expect_add_fails(ew, D("2025-12-23"), -1, CAL_DAYS);
    expect_add_fails(ew, D("2025-12-23"), -1, CAL_WEEKS);
    expect_add_fails(ew, D("2025-12-23"), -1, CAL_MONTHS);
    /* Leaving the supported range. */
    expect_add_fails_with(ew, D("2200-12-31"), 1, CAL_WORKING_DAYS, CAL_OUT_OF_RANGE);
    expect_add_fails_with(ew, D("2200-12-24"), 10, CAL_WORKING_DAYS, CAL_OUT_OF_RANGE);
    expect_add_fails_with(ew, D("2200-12-31"), 1, CAL_DAYS, CAL_OUT_OF_RANGE);
    expect_add_fails_with(ew, D("2200-12-31"), 1, CAL_WEEKS, CAL_OUT_OF_RANGE);
    expect_add_fails_with(ew, D("2200-12-01"), 1, CAL_MONTHS, CAL_OUT_OF_RANGE);
    expect_add_fails_with(ew, D("2025-01-01"), 2147483647, CAL_DAYS, CAL_OUT_OF_RANGE);
    expect_add_fails_with(ew, D("2025-01-01"), 2147483647, CAL_WEEKS, CAL_OUT_OF_RANGE);
    expect_add_fails_with(ew, D("2025-01-01"), 2147483647, CAL_MONTHS, CAL_OUT_OF_RANGE);
    expect_add_fails_with(ew, D("2025-01-01"), 2147483647, CAL_WORKING_DAYS, CAL_OUT_OF_RANGE);
    expect_add_fails_with(ew, dt_from_ymd(1899, 12, 31), 1, CAL_WORKING_DAYS, CAL_OUT_OF_RANGE);
    expect_add_fails_with(ew, dt_from_ymd(2201, 1, 1), 0, CAL_DAYS, CAL_OUT_OF_RANGE);
    expect_add(ew, "2200-12-30", 1, CAL_WORKING_DAYS, "2200-12-31");
    expect_add(ew, "1900-01-01", 0, CAL_WORKING_DAYS, "1900-01-01");
    dt_day out;
    assert_int_equal(cal_add(ew, D("2025-12-23"), 1, (cal_unit)99, &out), -1);
    assert_int_equal(cal_next_working(ew, D("2200-12-31"), &out), CAL_OUT_OF_RANGE);
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* A calendar that closes every day must fail, and fail quickly. */
static void test_no_working_day_at_all(void **state)
{
    (void)state;
    cal_calendar *all = cal_new("closed", "Always closed", NULL);
    assert_non_null(all);
    cal_rule r = { .kind = CAL_RANGE_YEARLY, .name = "Closed", .month = 1, .day = 1,
                   .month2 = 12, .day2 = 31, .closure = true };
    assert_int_equal(cal_add_rule(all, &r), 0);
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    expect_add_fails(all, D("2025-06-01"), 2, CAL_WORKING_DAYS);
    expect_add_fails(all, D("2025-06-01"), 0, CAL_WORKING_DAYS);
    expect_add_fails(all, D("1900-01-01"), 1, CAL_WORKING_DAYS);
    dt_day out;
    assert_int_equal(cal_next_working(all, D("2025-06-01"), &out), -1);
    assert_true(seconds_since(&t0) < 1.0);
    assert_int_equal(cal_working_between(all, D("2025-01-01"), D("2026-01-01")), 0);
    assert_string_equal(cal_holiday_name(all, D("2025-06-01")), "Closed");
    cal_free(all);

    /* The same with a weekend of seven days: no substitute day can exist. */
    cal_calendar *wk = cal_new("weekend", "Every day a weekend", ew);
    assert_non_null(wk);
    cal_set_weekend(wk, 0x7f);
    cal_rule sub = { .kind = CAL_FIXED, .name = "Sub", .month = 2, .day = 3, .substitute = true };
    assert_int_equal(cal_add_rule(wk, &sub), 0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    expect_add_fails(wk, D("2025-06-01"), 2, CAL_WORKING_DAYS);
    assert_true(seconds_since(&t0) < 1.0);
    assert_null(cal_holiday_name(wk, D("2025-02-03")));     /* a Monday, but a weekend day */
    assert_null(cal_holiday_name(wk, D("2025-02-04")));
    assert_string_equal(cal_holiday_name(wk, D("2025-01-01")), "New Year's Day");
    cal_free(wk);
}

/* CAL_SEARCH_SPAN: a gap longer than it fails, a shorter one does not. */
static void test_search_span(void **state)
{
    (void)state;
    cal_calendar *c = cal_new("long", "Long closures", NULL);
    assert_non_null(c);
    cal_rule two = { .kind = CAL_RANGE_DATES, .name = "Two years", .date = D("2030-01-01"),
                     .date2 = D("2031-12-31"), .closure = true };
    cal_rule eleven = { .kind = CAL_RANGE_DATES, .name = "Eleven years",
                        .date = D("2050-01-01"), .date2 = D("2060-12-31"), .closure = true };
    assert_int_equal(cal_add_rule(c, &two), 0);
    assert_int_equal(cal_add_rule(c, &eleven), 0);
    expect_add(c, "2029-12-31", 1, CAL_WORKING_DAYS, "2032-01-01");
    expect_add(c, "2030-06-01", 0, CAL_WORKING_DAYS, "2032-01-01");
    expect_add_fails(c, D("2049-12-31"), 1, CAL_WORKING_DAYS);
    /* A range that began in an earlier year still covers this one. */
    assert_string_equal(cal_holiday_name(c, D("2031-07-01")), "Two years");
    assert_string_equal(cal_holiday_name(c, D("2060-12-31")), "Eleven years");
    expect_working(c, "2061-01-03");
    /* Many working days in a row are fine however far they reach. */
    expect_add(c, "2061-01-03", 3000, CAL_WORKING_DAYS, "2072-07-04");
    cal_free(c);
}

/* Nonsense from a caller that skipped the model's checks must not crash,
 * overflow or take long. */
static void test_extreme_rules(void **state)
{
    (void)state;
    cal_calendar *c = cal_new(NULL, NULL, NULL);
    assert_non_null(c);
    assert_string_equal(cal_id(c), "");
    cal_rule rules[] = {
        { .kind = CAL_DATE, .name = "Far", .date = INT32_MAX, .substitute = true },
        { .kind = CAL_DATE, .name = "Early", .date = INT32_MIN, .substitute = true },
        { .kind = CAL_DATE, .name = "Ancient", .date = -719162 + 5, .substitute = true },
        { .kind = CAL_EASTER, .name = NULL, .offset = -1000, .substitute = true },
        { .kind = CAL_NTH_WEEKDAY, .name = "Bad", .nth = 9, .weekday = DT_MON, .month = 5 },
        { .kind = CAL_RANGE_YEARLY, .name = "Bad", .month = 0, .day = 1, .month2 = 1, .day2 = 1 },
        { .kind = CAL_FIXED, .name = "Excepts", .month = 6, .day = 3, .except = NULL, .nexcept = 5 },
    };
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        assert_int_equal(cal_add_rule(c, &rules[i]), 0);
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    expect_working(c, "2025-06-02");
    expect_holiday(c, "2025-06-03", "Excepts");
    expect_add(c, "2025-06-02", 5, CAL_WORKING_DAYS, "2025-06-10");
    cal_rule everything = { .kind = CAL_RANGE_DATES, .name = "Everything", .date = INT32_MIN,
                            .date2 = INT32_MAX, .closure = true };
    assert_int_equal(cal_add_rule(c, &everything), 0);
    expect_holiday(c, "2025-06-02", "Everything");
    expect_add_fails(c, D("2025-06-02"), 1, CAL_WORKING_DAYS);
    assert_true(seconds_since(&t0) < 1.0);
    cal_free(c);
}

/* A council calendar extends its division with closures. */
static void test_council_closures(void **state)
{
    (void)state;
    cal_calendar *hr = cal_new("houghton-regis", "Houghton Regis Town Council offices", ew);
    assert_non_null(hr);
    assert_string_equal(cal_id(hr), "houghton-regis");
    assert_string_equal(cal_display(hr), "Houghton Regis Town Council offices");
    cal_rule rules[] = {
        { .kind = CAL_RANGE_YEARLY, .name = "Christmas closure", .month = 12, .day = 27,
          .month2 = 12, .day2 = 31, .closure = true },
        { .kind = CAL_DATE, .name = "Office move", .date = D("2026-04-07"), .closure = true },
        { .kind = CAL_RANGE_DATES, .name = "Refit", .date = D("2026-08-03"),
          .date2 = D("2026-08-07"), .closure = true },
    };
    for (size_t i = 0; i < 3; i++)
        assert_int_equal(cal_add_rule(hr, &rules[i]), 0);

    /* 25 Christmas, 26-27 weekend, 28 Boxing Day (substitute), 29-31 closed,
     * 1 January New Year's Day, 2-3 weekend. */
    expect_add(hr, "2026-12-24", 1, CAL_WORKING_DAYS, "2027-01-04");
    expect_add(ew, "2026-12-24", 1, CAL_WORKING_DAYS, "2026-12-29");
    expect_add(hr, "2026-04-02", 1, CAL_WORKING_DAYS, "2026-04-08");
    expect_add(ew, "2026-04-02", 1, CAL_WORKING_DAYS, "2026-04-07");
    expect_add(hr, "2026-07-31", 1, CAL_WORKING_DAYS, "2026-08-10");
    expect_add(hr, "2025-12-23", 2, CAL_WORKING_DAYS, "2026-01-02");

    /* The bank holiday keeps its name; the closure names the other days. */
    assert_string_equal(cal_holiday_name(hr, D("2026-12-28")), "Boxing Day");
    assert_string_equal(cal_holiday_name(hr, D("2026-12-29")), "Christmas closure");
    assert_string_equal(cal_holiday_name(hr, D("2026-12-27")), "Christmas closure");

    cal_holiday h[MAX_HOL];
    size_t n = cal_holidays(hr, 2026, h, MAX_HOL);
    /* 8 bank holidays, the move, 5 refit days, 27 and 29-31 December. */
    assert_int_equal(n, 8 + 1 + 5 + 4);
    for (size_t i = 1; i < n; i++)
        assert_true(h[i - 1].day < h[i].day);
    for (size_t i = 0; i < n; i++) {
        bool bank = cal_holiday_name(ew, h[i].day) != NULL;
        assert_int_equal(h[i].closure, !bank);
        assert_string_equal(h[i].name, cal_holiday_name(hr, h[i].day));
    }
    assert_int_equal(h[n - 1].day, D("2026-12-31"));
    assert_true(h[n - 1].closure);
    cal_free(hr);
}

static void test_yearly_range_wraps(void **state)
{
    (void)state;
    cal_calendar *c = cal_new("wrap", "Wrapping closure", NULL);
    assert_non_null(c);
    cal_rule r = { .kind = CAL_RANGE_YEARLY, .name = "Winter closure", .month = 12, .day = 27,
                   .month2 = 1, .day2 = 2, .closure = true, .from_year = 2025 };
    assert_int_equal(cal_add_rule(c, &r), 0);
    expect_working(c, "2025-12-26");
    expect_holiday(c, "2025-12-29", "Winter closure");
    expect_holiday(c, "2026-01-01", "Winter closure");
    expect_holiday(c, "2026-01-02", "Winter closure");
    expect_working(c, "2026-01-05");
    expect_working(c, "2025-01-02");      /* the 2024 occurrence is before from_year */
    expect_add(c, "2025-12-24", 2, CAL_WORKING_DAYS, "2025-12-26");
    expect_add(c, "2025-12-24", 3, CAL_WORKING_DAYS, "2026-01-05");
    cal_holiday h[16];
    assert_int_equal(cal_holidays(c, 2026, h, 16), 2 + 5);
    assert_int_equal(h[0].day, D("2026-01-01"));
    assert_int_equal(h[1].day, D("2026-01-02"));
    assert_int_equal(h[2].day, D("2026-12-27"));
    assert_true(h[0].closure);
    cal_free(c);
}

/* A substitute day carried over the year end lands in the next year. */
static void test_substitute_across_year_end(void **state)
{
    (void)state;
    cal_rule eve = { .kind = CAL_FIXED, .name = "Hogmanay", .month = 12, .day = 31,
                     .substitute = true };
    cal_calendar *alone = cal_new("alone", "No parent", NULL);
    cal_calendar *child = cal_new("child", "Extends England and Wales", ew);
    assert_non_null(alone);
    assert_non_null(child);
    assert_int_equal(cal_add_rule(alone, &eve), 0);
    assert_int_equal(cal_add_rule(child, &eve), 0);
    /* 31 December 2022 was a Saturday. */
    expect_holiday(alone, "2023-01-02", "Hogmanay");
    expect_working(alone, "2023-01-03");
    /* The parent's New Year's Day substitute holds Monday 2 January. */
    expect_holiday(child, "2023-01-02", "New Year's Day");
    expect_holiday(child, "2023-01-03", "Hogmanay");
    assert_null(cal_holiday_name(alone, D("2022-12-31")));   /* moved, not doubled */
    cal_holiday h[4];
    assert_int_equal(cal_holidays(alone, 2022, h, 4), 0);
    assert_int_equal(cal_holidays(alone, 2023, h, 4), 1);
    cal_free(alone);
    cal_free(child);
}

static void test_rule_bounds_and_kinds(void **state)
{
    (void)state;
    static const int except[] = { 2026 };
    cal_calendar *c = cal_new("kinds", "Every kind of rule", NULL);
    assert_non_null(c);
    cal_rule rules[] = {
        { .kind = CAL_FIXED, .name = "Leap day", .month = 2, .day = 29 },
        { .kind = CAL_EASTER, .name = "Easter Tuesday", .offset = 2, .from_year = 2025,
          .until_year = 2027, .except = except, .nexcept = 1 },
        { .kind = CAL_NTH_WEEKDAY, .name = "Fifth Friday", .nth = 5, .weekday = DT_FRI,
          .month = 1 },
        { .kind = CAL_EASTER, .name = "Easter Sunday", .offset = 0, .substitute = true },
        { .kind = CAL_FIXED, .name = "Bad", .month = 13, .day = 1 },
        { .kind = CAL_FIXED, .name = "Bad", .month = 4, .day = 31 },
        { .kind = CAL_EASTER, .name = "Bad", .offset = 100000 },
    };
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        assert_int_equal(cal_add_rule(c, &rules[i]), 0);
    expect_holiday(c, "2028-02-29", "Leap day");
    expect_holiday(c, "2025-04-22", "Easter Tuesday");
    expect_working(c, "2026-04-07");            /* excepted */
    expect_holiday(c, "2027-03-30", "Easter Tuesday");
    expect_working(c, "2028-04-18");            /* after until_year */
    expect_working(c, "2024-04-02");            /* before from_year */
    expect_holiday(c, "2027-01-29", "Fifth Friday");
    expect_holiday(c, "2025-01-31", "Fifth Friday");
    /* Easter Sunday with substitute moves to Monday, past nothing. */
    expect_holiday(c, "2025-04-21", "Easter Sunday");
    cal_holiday h[16];
    assert_int_equal(cal_holidays(c, 2025, h, 16), 3);
    assert_int_equal(cal_holidays(c, 2023, h, 16), 1);      /* Easter's substitute only */
    assert_int_equal(cal_holidays(c, 2024, h, 16), 2);      /* leap day, Easter Monday */
    assert_int_equal(cal_holidays(c, 2024, h, 1), 2);       /* cap: count, one written */
    assert_int_equal(h[0].day, D("2024-02-29"));
    assert_int_equal(cal_holidays(c, 2024, NULL, 0), 2);
    assert_int_equal(cal_holidays(c, 1899, h, 16), 0);
    assert_int_equal(cal_holidays(c, 2201, h, 16), 0);
    cal_free(c);
}

static void test_weekends(void **state)
{
    (void)state;
    cal_calendar *seven = cal_new("seven", "Seven-day service", ew);
    cal_calendar *gulf = cal_new("gulf", "Friday and Saturday off", NULL);
    cal_calendar *inherits = cal_new("inherits", "Inherits the weekend", seven);
    assert_non_null(seven);
    assert_non_null(gulf);
    assert_non_null(inherits);
    cal_set_weekend(seven, 0);
    cal_set_weekend(gulf, (1u << DT_FRI) | (1u << DT_SAT));
    expect_working(seven, "2025-12-27");
    expect_add(seven, "2025-12-23", 2, CAL_WORKING_DAYS, "2025-12-27");
    expect_add(inherits, "2025-12-23", 2, CAL_WORKING_DAYS, "2025-12-27");
    /* The parent's substitute days stay where the parent put them. */
    expect_holiday(seven, "2021-12-27", "Christmas Day");
    expect_working(seven, "2021-12-25");
    expect_add(gulf, "2025-12-25", 1, CAL_WORKING_DAYS, "2025-12-28");
    expect_working(gulf, "2025-12-28");
    cal_free(inherits);
    cal_free(seven);
    cal_free(gulf);
}

static void test_working_between_and_next(void **state)
{
    (void)state;
    assert_int_equal(cal_working_between(ew, D("2025-12-23"), D("2025-12-29")), 2);
    assert_int_equal(cal_working_between(ew, D("2025-12-23"), D("2025-12-23")), 0);
    assert_int_equal(cal_working_between(ew, D("2025-12-29"), D("2025-12-23")), 0);
    assert_int_equal(cal_working_between(ew, D("2024-12-31"), D("2025-12-31")), 253);
    assert_int_equal(cal_working_between(sc, D("2024-12-31"), D("2025-12-31")), 252);
    assert_int_equal(cal_working_between(ni, D("2024-12-31"), D("2025-12-31")), 251);
    assert_int_equal(cal_working_between(ew, dt_from_ymd(1899, 12, 31), D("1900-01-02")), -1);
    assert_int_equal(cal_working_between(ew, D("1900-01-01"), D("2200-12-31")) > 75000, 1);

    dt_day out;
    assert_int_equal(cal_next_working(ew, D("2025-12-19"), &out), 0);
    assert_day(out, "2025-12-22");
    assert_int_equal(cal_next_working(ew, D("2025-12-24"), &out), 0);
    assert_day(out, "2025-12-29");
    assert_int_equal(cal_next_working(sc, D("2016-12-31"), &out), 0);
    assert_day(out, "2017-01-04");
}

/* Deadlines agree with a plain day-by-day walk over cal_is_working. */
static void test_against_naive_walk(void **state)
{
    (void)state;
    uint32_t seed = 12345;
    dt_day lo = D("2014-06-01"), span = D("2028-06-01") - lo;
    for (int i = 0; i < 20000; i++) {
        seed = seed * 1664525u + 1013904223u;
        dt_day from = lo + (dt_day)(seed % (uint32_t)span);
        int n = (int)((seed >> 20) % 25);
        cal_calendar *c = i % 3 == 0 ? ew : i % 3 == 1 ? sc : ni;
        dt_day want = from, got;
        int left = n;
        if (left == 0)
            while (!cal_is_working(c, want))
                want++;
        for (; left > 0; left--)
            do
                want++;
            while (!cal_is_working(c, want));
        assert_int_equal(cal_add(c, from, n, CAL_WORKING_DAYS, &got), 0);
        assert_int_equal(got, want);
        if (n > 0)
            assert_int_equal(cal_working_between(c, from, got), n);
        bool weekend = dt_weekday(from) >= DT_SAT;
        assert_int_equal(cal_is_working(c, from), !weekend && !cal_holiday_name(c, from));
    }
}

/* A filled year is answered from the cache: changing a borrowed except
 * list afterwards does not change it, while adding a rule empties it. */
static void test_cache(void **state)
{
    (void)state;
    int except[1] = { 1 };
    cal_rule r = { .kind = CAL_FIXED, .name = "Founders' Day", .month = 6, .day = 2,
                   .except = except, .nexcept = 1 };
    cal_calendar *c = cal_new("cache", "Cache", NULL);
    assert_non_null(c);
    assert_int_equal(cal_add_rule(c, &r), 0);
    expect_holiday(c, "2025-06-02", "Founders' Day");
    except[0] = 2025;
    expect_holiday(c, "2025-06-02", "Founders' Day");
    expect_working(c, "2025-06-03");
    cal_rule more = { .kind = CAL_FIXED, .name = "Day after", .month = 6, .day = 3 };
    assert_int_equal(cal_add_rule(c, &more), 0);
    expect_working(c, "2025-06-02");    /* recomputed, now with the new except */
    expect_holiday(c, "2025-06-03", "Day after");
    cal_free(c);
    cal_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mirror_matches_files),
        cmocka_unit_test(test_official_list_exactly),
        cmocka_unit_test(test_every_year_1970_2100),
        cmocka_unit_test(test_history),
        cmocka_unit_test(test_deadline_christmas),
        cmocka_unit_test(test_deadline_easter),
        cmocka_unit_test(test_deadline_substitutes),
        cmocka_unit_test(test_deadline_one_offs),
        cmocka_unit_test(test_deadline_year_ends_and_leap_years),
        cmocka_unit_test(test_deadline_other_units),
        cmocka_unit_test(test_deadline_errors),
        cmocka_unit_test(test_no_working_day_at_all),
        cmocka_unit_test(test_search_span),
        cmocka_unit_test(test_extreme_rules),
        cmocka_unit_test(test_council_closures),
        cmocka_unit_test(test_yearly_range_wraps),
        cmocka_unit_test(test_substitute_across_year_end),
        cmocka_unit_test(test_rule_bounds_and_kinds),
        cmocka_unit_test(test_weekends),
        cmocka_unit_test(test_working_between_and_next),
        cmocka_unit_test(test_against_naive_walk),
        cmocka_unit_test(test_cache),
    };
    int failed = cmocka_run_group_tests(tests, setup_uk, teardown_uk);
    int total = (int)(sizeof tests / sizeof tests[0]);
    printf("%d passed, %d failed\n", total - failed, failed);
    return failed != 0;
}
