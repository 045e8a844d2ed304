/* date — civil dates as day numbers (see date.h).
 *
 * The conversions are closed-form (no loops, no tables) so that the calendar
 * module can convert freely on its slow paths.  They shift the year to start
 * on 1 March: the leap day then falls at the very end of a "year", and the
 * month lengths from March to January repeat a 5-month 31/30/31/30/31 cycle,
 * which the (153 * m + 2) / 5 term encodes.
 */
#include "date.h"

#include <string.h>

enum {
    DAYS_PER_ERA = 146097,          /* 400 Gregorian years */
    EPOCH_SHIFT = 719468            /* 0000-03-01 to 1970-01-01 */
};

static const char *const weekday_names[7] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
};

static const char *const month_names[12] = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
};

bool dt_is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int dt_days_in_month(int year, int month)
{
    static const unsigned char len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12)
        return 0;
    return len[month - 1] + (month == 2 && dt_is_leap(year));
}

bool dt_valid(int year, int month, int day)
{
    return year >= DT_MIN_YEAR && year <= DT_MAX_YEAR && month >= 1 && month <= 12
        && day >= 1 && day <= dt_days_in_month(year, month);
}

/* Integer division rounding towards minus infinity, for eras before year 0. */
static int floor_div(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* Works for any year whose day number fits an int32, not only the supported
 * range: cal.c evaluates the year before DT_MIN_YEAR for substitute days. */
dt_day dt_from_ymd(int year, int month, int day)
{
    int y = year - (month <= 2);
    int era = floor_div(y, 400);
    int yoe = y - era * 400;                              /* 0..399 */
    int mp = (month + 9) % 12;                            /* March = 0 */
    int doy = (153 * mp + 2) / 5 + day - 1;               /* 0..365 */
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;      /* 0..146096 */
    return era * DAYS_PER_ERA + doe - EPOCH_SHIFT;
}

void dt_to_ymd(dt_day d, int *year, int *month, int *day)
{
    /* 64-bit so that any dt_day converts, even one no date check has seen. */
    int64_t z = (int64_t)d + EPOCH_SHIFT;
    int64_t era = (z >= 0 ? z : z - (DAYS_PER_ERA - 1)) / DAYS_PER_ERA;
    int doe = (int)(z - era * DAYS_PER_ERA);
    /* The corrections undo the leap days before doe: one per 4 years, less
     * one per century, plus the 400th year's, which is the era's last day. */
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int m = mp < 10 ? mp + 3 : mp - 9;
    if (year)
        *year = (int)(yoe + era * 400 + (m <= 2));
    if (month)
        *month = m;
    if (day)
        *day = doy - (153 * mp + 2) / 5 + 1;
}

int dt_weekday(dt_day d)
{
    /* 1970-01-01 was a Thursday; % may be negative before the epoch. */
    return (int)((d % 7 + 7 + DT_THU) % 7);
}

/* The anonymous Gregorian algorithm (Meeus/Jones/Butcher): the Paschal full
 * moon from the Metonic cycle with the Gregorian solar and lunar
 * corrections, then the following Sunday. */
dt_day dt_easter(int year)
{
    int a = year % 19, b = year / 100, c = year % 100;
    int d = b / 4, e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int n = h + l - 7 * m + 114;
    return dt_from_ymd(year, n / 31, n % 31 + 1);
}

dt_day dt_nth_weekday(int year, int month, int nth, int weekday, bool *ok)
{
    bool good = month >= 1 && month <= 12 && weekday >= DT_MON && weekday <= DT_SUN
             && ((nth >= 1 && nth <= 5) || nth == -1);
    dt_day d = -1;
    if (good && nth == -1) {
        dt_day last = dt_from_ymd(year, month, dt_days_in_month(year, month));
        d = last - (dt_weekday(last) - weekday + 7) % 7;
    } else if (good) {
        dt_day first = dt_from_ymd(year, month, 1);
        int dom = 1 + (weekday - dt_weekday(first) + 7) % 7 + 7 * (nth - 1);
        good = dom <= dt_days_in_month(year, month);
        d = good ? first + dom - 1 : -1;
    }
    if (ok)
        *ok = good;
    return d;
}

int dt_parse(const char *s, size_t n, dt_day *out)
{
    if (!s || n != 10 || s[4] != '-' || s[7] != '-')
        return 1;
    /* the eight digits looked at together: civic audit reads two or three
     * dates a row, and a loop a field was a tenth of its date's time */
    const unsigned char *u = (const unsigned char *)s;
    unsigned a = u[0] - '0', b = u[1] - '0', c = u[2] - '0', e = u[3] - '0';
    unsigned f = u[5] - '0', g = u[6] - '0', h = u[8] - '0', k = u[9] - '0';
    if ((a > 9) | (b > 9) | (c > 9) | (e > 9) | (f > 9) | (g > 9) | (h > 9) | (k > 9))
        return 1;
    int y = (int)(a * 1000 + b * 100 + c * 10 + e), m = (int)(f * 10 + g), d = (int)(h * 10 + k);
    /* The year is checked first: whether 29 February exists depends on it. */
    if (y < DT_MIN_YEAR || y > DT_MAX_YEAR)
        return 3;
    if (!dt_valid(y, m, d))
        return 2;
    if (out)
        *out = dt_from_ymd(y, m, d);
    return 0;
}

/* Writes v as exactly `width` decimal digits (v >= 0), returns the end. */
static char *put_digits(char *p, int v, int width)
{
    unsigned u = (unsigned)v;   /* unsigned: a division by ten without the sign's corrections */
    for (int i = width - 1; i >= 0; i--) {
        p[i] = (char)('0' + u % 10);
        u /= 10;
    }
    return p + width;
}

/* Clamped so that a day far outside the supported range still fits the
 * fixed-size buffers instead of overflowing them. */
static int clamp_year(int y)
{
    return y < 0 ? 0 : y > 9999 ? 9999 : y;
}

void dt_format(dt_day d, char buf[11])
{
    int y, m, dd;
    dt_to_ymd(d, &y, &m, &dd);
    char *p = put_digits(buf, clamp_year(y), 4);
    *p++ = '-';
    p = put_digits(p, m, 2);
    *p++ = '-';
    p = put_digits(p, dd, 2);
    *p = '\0';
}

void dt_format_long(dt_day d, char buf[24])
{
    int y, m, dd;
    dt_to_ymd(d, &y, &m, &dd);
    char *p = buf;
    memcpy(p, weekday_names[dt_weekday(d)], 3);
    p += 3;
    *p++ = ' ';
    p = put_digits(p, dd, dd >= 10 ? 2 : 1);
    *p++ = ' ';
    memcpy(p, month_names[m - 1], 3);
    p += 3;
    *p++ = ' ';
    p = put_digits(p, clamp_year(y), 4);
    *p = '\0';
}

const char *dt_weekday_name(int weekday)
{
    return weekday >= DT_MON && weekday <= DT_SUN ? weekday_names[weekday] : "";
}

const char *dt_month_name(int month)
{
    return month >= 1 && month <= 12 ? month_names[month - 1] : "";
}

/* ASCII-only case folding: names in Civic source are English, and the
 * locale must not change what the language accepts. */
static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static bool same_ci(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

/* Index of s in names[0..count), matching a full name or its first three
 * letters ("Dec", "Tue"), ignoring case; -1 if none. */
static int find_name(const char *s, const char *const *names, int count)
{
    if (!s)
        return -1;
    size_t len = strlen(s);
    for (int i = 0; i < count; i++) {
        size_t full = strlen(names[i]);
        if ((len == full || len == 3) && same_ci(s, names[i], len))
            return i;
    }
    return -1;
}

int dt_month_from_name(const char *s)
{
    return find_name(s, month_names, 12) + 1;
}

int dt_weekday_from_name(const char *s)
{
    return find_name(s, weekday_names, 7);
}
