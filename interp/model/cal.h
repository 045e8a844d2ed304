/* cal — working-day calendars.
 *
 * A calendar is a weekend (a set of weekdays) plus holiday rules, optionally
 * extending a parent calendar (a council calendar extends england-and-wales
 * with its own closure days).  The rules come from Civic source in
 * stdlib/calendars/; the model layer turns the AST into cal_rule values.
 *
 * Non-working days are computed once per (calendar, year) into a bitmap and
 * cached, so deadline arithmetic is a bit scan, not a rule evaluation.
 *
 * Ownership: a cal_calendar copies the cal_rule structs it is given but
 * borrows their strings and except-lists (they live in the loader's arena,
 * which outlives every calendar).  cal_free releases the calendar only; it
 * never frees its parent.
 *
 * Build a calendar and its parents completely (rules, weekend) before
 * querying: cal_add_rule and cal_set_weekend empty the calendar's own cache,
 * not the caches of calendars that extend it.
 */
#ifndef CIVIC_CAL_H
#define CIVIC_CAL_H

#include "date.h"

typedef enum {
    CAL_FIXED,        /* the same month/day every year: "on 25 december" */
    CAL_DATE,         /* one dated day: "on 2022-09-19" */
    CAL_EASTER,       /* Easter Sunday + offset days: "on easter - 2" */
    CAL_NTH_WEEKDAY,  /* "first monday of may", "last monday of august" */
    CAL_RANGE_YEARLY, /* month/day to month2/day2 every year, may wrap the year end */
    CAL_RANGE_DATES   /* date to date2, once */
} cal_kind;

typedef struct cal_rule {
    cal_kind kind;
    const char *name;        /* "Christmas Day", borrowed */
    int month, day;          /* CAL_FIXED; start of CAL_RANGE_YEARLY */
    int month2, day2;        /* end of CAL_RANGE_YEARLY (inclusive) */
    int offset;              /* CAL_EASTER */
    int nth, weekday;        /* CAL_NTH_WEEKDAY: nth 1..5 or -1 (last); weekday DT_MON..DT_SUN */
    dt_day date, date2;      /* CAL_DATE; CAL_RANGE_DATES (inclusive) */
    bool substitute;         /* on a weekend day, move to the next weekday that is not a holiday */
    int from_year, until_year; /* inclusive bounds, 0 = unbounded */
    const int *except;       /* years the rule does not apply (moved days), borrowed */
    size_t nexcept;
    bool closure;            /* a council's own closure, not a bank holiday */
} cal_rule;

typedef struct cal_calendar cal_calendar;

typedef struct cal_holiday {
    dt_day day;
    const char *name;
    bool closure;
    bool substitute;             /* the holiday fell on a weekend and moved here */
} cal_holiday;

typedef enum { CAL_WORKING_DAYS, CAL_DAYS, CAL_WEEKS, CAL_MONTHS } cal_unit;

/* Returns NULL only when out of memory. */
cal_calendar *cal_new(const char *id, const char *display, const cal_calendar *parent);
void cal_free(cal_calendar *c);
const char *cal_id(const cal_calendar *c);
const char *cal_display(const cal_calendar *c);
/* mask bit w set = weekday w (DT_MON..DT_SUN) is a weekend day.  A calendar
 * that never sets its weekend inherits the parent's (default Sat+Sun). */
void cal_set_weekend(cal_calendar *c, unsigned mask);
/* Returns 0, or -1 when out of memory. */
int cal_add_rule(cal_calendar *c, const cal_rule *r);

bool cal_is_working(cal_calendar *c, dt_day d);
/* The holiday's name on day d, or NULL when d is not a holiday or closure. */
const char *cal_holiday_name(cal_calendar *c, dt_day d);
/* Holidays and closures of a year in date order; returns how many there are
 * (may exceed cap: only cap are written). */
size_t cal_holidays(cal_calendar *c, int year, cal_holiday *out, size_t cap);

/* Deadline arithmetic, DESIGN.md's convention: the trigger day never counts;
 * "within N working days" of day d ends at the close of the Nth working day
 * after d.  N days / weeks / months are calendar periods.  N must be >= 0
 * (0 working days = the same day if working, else the next working day).
 * Returns 0 and sets *out; CAL_NO_WORKING_DAY when no working day exists
 * within CAL_SEARCH_SPAN days (a calendar that makes every day a holiday);
 * CAL_OUT_OF_RANGE when the start or the result is outside the supported
 * years (DT_MIN_YEAR..DT_MAX_YEAR), which is a different thing to tell a user.
 *
 * The standard calendars' bank holidays are complete from CAL_COMPLETE_FROM
 * only (stdlib/calendars: Whit Monday and the first Monday in August before
 * 1971 are not modelled): a deadline counted from an earlier day could miss
 * a holiday, and the commands say so rather than answer. */
enum { CAL_SEARCH_SPAN = 3660, CAL_NO_WORKING_DAY = -1, CAL_OUT_OF_RANGE = -2, CAL_COMPLETE_FROM = 1970 };
int cal_add(cal_calendar *c, dt_day from, int n, cal_unit unit, dt_day *out);
/* First working day strictly after d; -1 as above. */
int cal_next_working(cal_calendar *c, dt_day d, dt_day *out);
/* Working days in the interval (a, b]: after a, up to and including b.  0 when b <= a;
 * -1 when a or b is outside the supported years. */
long cal_working_between(cal_calendar *c, dt_day a, dt_day b);

#endif
