/* date — civil dates as day numbers.
 *
 * A dt_day counts days since 1970-01-01 (proleptic Gregorian), so date
 * arithmetic is integer arithmetic.  Civic accepts years DT_MIN_YEAR..DT_MAX_YEAR;
 * outside that range dt_valid() fails and callers report "year out of range".
 * Nothing here allocates.
 */
#ifndef CIVIC_DATE_H
#define CIVIC_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int32_t dt_day;

enum { DT_MIN_YEAR = 1900, DT_MAX_YEAR = 2200 };
enum { DT_MON, DT_TUE, DT_WED, DT_THU, DT_FRI, DT_SAT, DT_SUN };

bool dt_is_leap(int year);
int dt_days_in_month(int year, int month);          /* month 1..12 */
bool dt_valid(int year, int month, int day);         /* also checks the year range */
dt_day dt_from_ymd(int year, int month, int day);    /* caller ensures dt_valid */
void dt_to_ymd(dt_day d, int *year, int *month, int *day);
int dt_weekday(dt_day d);                            /* DT_MON..DT_SUN */
dt_day dt_easter(int year);                          /* Western (Gregorian) Easter Sunday */
/* nth 1..5 counts from the start of the month, -1 is the last; returns -1
 * through *ok=false when the month has no such day (5th Monday). */
dt_day dt_nth_weekday(int year, int month, int nth, int weekday, bool *ok);

/* Parse exactly "YYYY-MM-DD" (n bytes).  Returns 0 and sets *out, or
 * 1 malformed, 2 impossible day (2025-02-30), 3 year out of range. */
int dt_parse(const char *s, size_t n, dt_day *out);
/* Writes "YYYY-MM-DD" and a NUL into buf (11 bytes). */
void dt_format(dt_day d, char buf[11]);
/* "Tue 23 Dec 2025" style, for human output; buf of 24 bytes. */
void dt_format_long(dt_day d, char buf[24]);
const char *dt_weekday_name(int weekday);            /* "Monday"; "" if out of range */
const char *dt_month_name(int month);                /* "January"; "" if out of range */
/* Full names or their first three letters ("Dec", "tue"), ASCII case-insensitive. */
int dt_month_from_name(const char *s);               /* case-insensitive, 0 if none */
int dt_weekday_from_name(const char *s);             /* case-insensitive, -1 if none */

#endif
