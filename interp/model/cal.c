/* cal — working-day calendars (see cal.h).
 *
 * Layout.  Every calendar owns one bitmap over the whole supported range,
 * DT_MIN_YEAR-01-01 to DT_MAX_YEAR-12-31, one bit per day, set = not a
 * working day (weekend, holiday or closure).  It is allocated by cal_new
 * (about 14 KB, 22 KB with the per-year records) so that no query can fail
 * for want of memory: a year's holiday names are the only later allocation,
 * and without them the name queries recompute.  The bits of a year are
 * filled the first time a query touches that year; a per-word `ready` byte
 * says that every year the 64-day word overlaps has been filled, so deadline
 * arithmetic is one byte test, one load, a popcount and a bit select per 64
 * days.
 *
 * Placement.  A year Y is computed in a scratch window covering Y-1 and Y,
 * so that a substitute day carried over the year end (31 December on a
 * Saturday -> 2 January) lands in Y.  Within the window a calendar places
 * its parent's holidays first (recursively, with the parent's weekend: a
 * bank holiday's substitute day is a fact of the parent calendar, not moved
 * by a council's closures), then its own rules in two passes: every day
 * that needs no substitution, then the substitute rules in rule order, each
 * moved off the weekend to the first following non-weekend day that is not
 * already a holiday.  The first rule placed on a day names it.
 *
 * The rules are only ever evaluated there; a filled year is never
 * recomputed.  Adding a rule or changing the weekend empties the cache of
 * that calendar only, so build a calendar and its parents fully before
 * querying any calendar that extends them.
 */
#include "cal.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

enum {
    NYEARS = DT_MAX_YEAR - DT_MIN_YEAR + 1,
    WIN_DAYS = 2 * 366,                 /* the window: years Y-1 and Y */
    F_HOL = 1,                          /* a holiday or closure was placed */
    F_CLOSURE = 2,
    F_SUBST = 4                         /* moved off a weekend: a substitute day */
};

#define SAT_SUN ((1u << DT_SAT) | (1u << DT_SUN))

typedef struct cal_year {
    cal_holiday *hol;        /* the year's holidays in date order */
    size_t n;
    bool bits_done;          /* this year's bits are in the bitmap */
    bool names_done;         /* hol/n are valid (false after out-of-memory) */
} cal_year;

struct cal_calendar {
    char *id, *display;
    const cal_calendar *parent;
    unsigned weekend;
    bool weekend_set;
    cal_rule *rules;
    size_t nrules, caprules;
    dt_day base;             /* the day of bit 0: DT_MIN_YEAR-01-01 */
    int32_t ndays;           /* days in the supported range */
    size_t nwords;
    uint64_t *bits;          /* set = not a working day */
    unsigned char *ready;    /* per word */
    cal_year years[NYEARS];
};

/* The holidays placed in a window of consecutive days. */
typedef struct window {
    dt_day start, end;       /* inclusive */
    const char *name[WIN_DAYS];
    unsigned char flag[WIN_DAYS];
} window;

/* ---- bit helpers ------------------------------------------------------------- */

#if defined(__GNUC__) || defined(__clang__)
static int popcount64(uint64_t x) { return __builtin_popcountll(x); }
static int ctz64(uint64_t x) { return __builtin_ctzll(x); }
static int msb64(uint64_t x) { return 63 - __builtin_clzll(x); }
#else
static int popcount64(uint64_t x)
{
    int n = 0;
    for (; x; x &= x - 1)
        n++;
    return n;
}
static int ctz64(uint64_t x)
{
    int n = 0;
    for (; !(x & 1); x >>= 1)
        n++;
    return n;
}
static int msb64(uint64_t x)
{
    int n = -1;
    for (; x; x >>= 1)
        n++;
    return n;
}
#endif

/* Position of the k-th (1-based) set bit of x; x has at least k. */
static int select64(uint64_t x, int k)
{
    while (--k > 0)
        x &= x - 1;
    return ctz64(x);
}

static int year_of(dt_day d)
{
    int y;
    dt_to_ymd(d, &y, NULL, NULL);
    return y;
}

static bool in_range(const cal_calendar *c, int64_t d)
{
    return d >= c->base && d < (int64_t)c->base + c->ndays;
}

/* ---- construction --------------------------------------------------------------- */

static char *dup_str(const char *s)
{
    if (!s)
        s = "";
    size_t n = strlen(s) + 1;
    char *p = fail_malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

cal_calendar *cal_new(const char *id, const char *display, const cal_calendar *parent)
{
    cal_calendar *c = fail_calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->parent = parent;
    c->weekend = SAT_SUN;
    c->base = dt_from_ymd(DT_MIN_YEAR, 1, 1);
    c->ndays = dt_from_ymd(DT_MAX_YEAR + 1, 1, 1) - c->base;
    c->nwords = ((size_t)c->ndays + 63) / 64;
    c->id = dup_str(id);
    c->display = dup_str(display);
    c->bits = fail_malloc(c->nwords * sizeof *c->bits);
    c->ready = fail_calloc(c->nwords, 1);
    if (!c->id || !c->display || !c->bits || !c->ready) {
        cal_free(c);
        return NULL;
    }
    /* Bits past DT_MAX_YEAR stay set, so scans stop at the end of the range. */
    memset(c->bits, 0xff, c->nwords * sizeof *c->bits);
    return c;
}

static void forget_names(cal_calendar *c)
{
    for (int i = 0; i < NYEARS; i++) {
        free(c->years[i].hol);
        c->years[i] = (cal_year){ 0 };
    }
}

static void invalidate(cal_calendar *c)
{
    forget_names(c);
    memset(c->ready, 0, c->nwords);
}

void cal_free(cal_calendar *c)
{
    if (!c)
        return;
    forget_names(c);
    free(c->bits);
    free(c->ready);
    free(c->rules);
    free(c->id);
    free(c->display);
    free(c);
}

const char *cal_id(const cal_calendar *c)
{
    return c->id;
}

const char *cal_display(const cal_calendar *c)
{
    return c->display;
}

void cal_set_weekend(cal_calendar *c, unsigned mask)
{
    c->weekend = mask & 0x7fu;
    c->weekend_set = true;
    invalidate(c);
}

int cal_add_rule(cal_calendar *c, const cal_rule *r)
{
    if (c->nrules == c->caprules) {
        size_t cap = c->caprules ? 2 * c->caprules : 16;
        cal_rule *p = fail_realloc(c->rules, cap * sizeof *p);
        if (!p)
            return -1;
        c->rules = p;
        c->caprules = cap;
    }
    cal_rule *copy = &c->rules[c->nrules++];
    *copy = *r;
    if (!copy->name)
        copy->name = "";
    if (!copy->except)
        copy->nexcept = 0;
    invalidate(c);
    return 0;
}

/* ---- rule evaluation ------------------------------------------------------------ */

static unsigned weekend_of(const cal_calendar *c)
{
    for (; c; c = c->parent)
        if (c->weekend_set)
            return c->weekend;
    return SAT_SUN;
}

static bool is_weekend(unsigned mask, dt_day d)
{
    return (mask >> dt_weekday(d)) & 1u;
}

static bool applies_in(const cal_rule *r, int year)
{
    if ((r->from_year && year < r->from_year) || (r->until_year && year > r->until_year))
        return false;
    for (size_t i = 0; i < r->nexcept; i++)
        if (r->except[i] == year)
            return false;
    return true;
}

static bool is_dated(const cal_rule *r)
{
    return r->kind == CAL_DATE || r->kind == CAL_RANGE_DATES;
}

/* Only single-day kinds move: a range already says which days it covers. */
static bool can_substitute(const cal_rule *r)
{
    return r->substitute && r->kind != CAL_RANGE_YEARLY && r->kind != CAL_RANGE_DATES;
}

/* A month/day that exists in `year`; false for 29 February in other years
 * and for nonsense values from a caller that skipped the model's checks. */
static bool month_day(int year, int month, int day, dt_day *out)
{
    if (month < 1 || month > 12 || day < 1 || day > dt_days_in_month(year, month))
        return false;
    *out = dt_from_ymd(year, month, day);
    return true;
}

/* For ranges a day past the month's end means its last day, so "to 29
 * february" still ends February in common years. */
static bool month_day_clamped(int year, int month, int day, dt_day *out)
{
    if (month < 1 || month > 12 || day < 1)
        return false;
    int last = dt_days_in_month(year, month);
    *out = dt_from_ymd(year, month, day < last ? day : last);
    return true;
}

static bool yearly_range(const cal_rule *r, int year, dt_day *a, dt_day *b)
{
    if (!month_day_clamped(year, r->month, r->day, a)
        || !month_day_clamped(year, r->month2, r->day2, b))
        return false;
    /* Wraps the year end (27 December to 2 January): ends next year. */
    return *b >= *a || month_day_clamped(year + 1, r->month2, r->day2, b);
}

/* An offset beyond a few years is a caller's mistake, not a holiday; the
 * bound keeps the day arithmetic far from overflow. */
enum { MAX_EASTER_OFFSET = 1000 };

/* The days [*a, *b] rule r covers as its occurrence for `year`; false when
 * it has none. */
static bool rule_span(const cal_rule *r, int year, dt_day *a, dt_day *b)
{
    bool ok = false;
    *a = 0;
    switch (r->kind) {
    case CAL_FIXED:
        ok = month_day(year, r->month, r->day, a);
        break;
    case CAL_DATE:
        *a = r->date;
        ok = true;
        break;
    case CAL_EASTER:
        ok = r->offset >= -MAX_EASTER_OFFSET && r->offset <= MAX_EASTER_OFFSET;
        *a = dt_easter(year) + (ok ? r->offset : 0);
        break;
    case CAL_NTH_WEEKDAY:
        *a = dt_nth_weekday(year, r->month, r->nth, r->weekday, &ok);
        break;
    case CAL_RANGE_YEARLY:
        return yearly_range(r, year, a, b);
    case CAL_RANGE_DATES:
        *a = r->date;
        *b = r->date2;
        return *a <= *b;
    }
    *b = *a;
    return ok;
}

/* Whether rule r has an occurrence to place for window year y, and its
 * days.  Dated rules are looked at once per window (they may start before
 * it), and their year bounds apply to the year of their first day. */
static bool occurs(const cal_rule *r, int y, int first_year, dt_day *a, dt_day *b)
{
    if (is_dated(r)) {
        if (y != first_year || !applies_in(r, year_of(r->date)))
            return false;
    } else if (!applies_in(r, y)) {
        return false;
    }
    return rule_span(r, y, a, b);
}

static void mark(window *w, dt_day d, const cal_rule *r)
{
    size_t i = (size_t)(d - w->start);
    if (w->flag[i] & F_HOL)
        return;
    w->flag[i] = F_HOL | (r->closure ? F_CLOSURE : 0);
    w->name[i] = r->name;
}

static void mark_span(window *w, dt_day a, dt_day b, const cal_rule *r)
{
    if (a < w->start)
        a = w->start;
    if (b > w->end)
        b = w->end;
    for (dt_day d = a; d <= b; d++)
        mark(w, d, r);
}

/* First pass: everything that stays where the rule puts it. */
static void place_fixed(const cal_calendar *c, window *w, int y0, int y1, unsigned wk)
{
    for (int y = y0; y <= y1; y++) {
        for (size_t i = 0; i < c->nrules; i++) {
            const cal_rule *r = &c->rules[i];
            dt_day a, b;
            if (!occurs(r, y, y0, &a, &b))
                continue;
            if (can_substitute(r) && is_weekend(wk, a))
                continue;
            mark_span(w, a, b, r);
        }
    }
}

/* Second pass: substitute days, in rule order.  The walk stops at the end
 * of the window; a calendar whose weekend is the whole week has no
 * substitute days at all.  A day outside the window moves outside it too
 * (or is placed when its own year is computed), so it is skipped. */
static void place_substitutes(const cal_calendar *c, window *w, int y0, int y1, unsigned wk)
{
    for (int y = y0; y <= y1; y++) {
        for (size_t i = 0; i < c->nrules; i++) {
            const cal_rule *r = &c->rules[i];
            dt_day a, b;
            if (!can_substitute(r) || !occurs(r, y, y0, &a, &b) || !is_weekend(wk, a)
                || a < w->start || a >= w->end)
                continue;
            for (dt_day d = a + 1; d <= w->end; d++) {
                if (!is_weekend(wk, d) && !(w->flag[d - w->start] & F_HOL)) {
                    mark(w, d, r);
                    w->flag[d - w->start] |= F_SUBST;
                    break;
                }
            }
        }
    }
}

static void place_chain(const cal_calendar *c, window *w, int y0, int y1)
{
    if (c->parent)
        place_chain(c->parent, w, y0, y1);
    unsigned wk = weekend_of(c);
    place_fixed(c, w, y0, y1, wk);
    place_substitutes(c, w, y0, y1, wk);
}

static void compute_window(const cal_calendar *c, window *w, int year)
{
    w->start = dt_from_ymd(year - 1, 1, 1);
    w->end = dt_from_ymd(year, 12, 31);
    memset(w->flag, 0, sizeof w->flag);
    place_chain(c, w, year - 1, year);
}

/* ---- the cache --------------------------------------------------------------- */

/* The holidays of `year` from a computed window; writes at most cap. */
static size_t collect(const window *w, int year, cal_holiday *out, size_t cap)
{
    size_t n = 0;
    for (dt_day d = dt_from_ymd(year, 1, 1); d <= w->end; d++) {
        size_t i = (size_t)(d - w->start);
        if (!(w->flag[i] & F_HOL))
            continue;
        if (n < cap)
            out[n] = (cal_holiday){ d, w->name[i], (w->flag[i] & F_CLOSURE) != 0, (w->flag[i] & F_SUBST) != 0 };
        n++;
    }
    return n;
}

static void store_bits(cal_calendar *c, const window *w, int year)
{
    unsigned wk = weekend_of(c);
    for (dt_day d = dt_from_ymd(year, 1, 1); d <= w->end; d++) {
        size_t i = (size_t)(d - c->base);
        uint64_t bit = 1ull << (i & 63);
        if (is_weekend(wk, d) || (w->flag[d - w->start] & F_HOL))
            c->bits[i >> 6] |= bit;
        else
            c->bits[i >> 6] &= ~bit;
    }
}

/* Keeps the names of a computed year.  Out of memory leaves names_done
 * false; the name queries then answer from a fresh window instead. */
static void store_names(cal_year *cy, const window *w, int year)
{
    size_t n = collect(w, year, NULL, 0);
    cal_holiday *h = n ? fail_malloc(n * sizeof *h) : NULL;
    if (n && !h)
        return;
    collect(w, year, h, n);
    cy->hol = h;
    cy->n = n;
    cy->names_done = true;
}

static void fill_year(cal_calendar *c, int year)
{
    cal_year *cy = &c->years[year - DT_MIN_YEAR];
    window w;
    compute_window(c, &w, year);
    if (!cy->bits_done) {
        store_bits(c, &w, year);
        cy->bits_done = true;
    }
    if (!cy->names_done)
        store_names(cy, &w, year);
}

static void ensure_year(cal_calendar *c, int year)
{
    if (!c->years[year - DT_MIN_YEAR].bits_done)
        fill_year(c, year);
}

/* The slow path of every scan: fill the (at most two) years word wi touches. */
static void ensure_word(cal_calendar *c, size_t wi)
{
    int64_t first = (int64_t)wi * 64, last = first + 63;
    if (last >= c->ndays)
        last = c->ndays - 1;
    ensure_year(c, year_of(c->base + (dt_day)first));
    ensure_year(c, year_of(c->base + (dt_day)last));
    c->ready[wi] = 1;
}

static uint64_t word(cal_calendar *c, size_t wi)
{
    if (!c->ready[wi])
        ensure_word(c, wi);
    return c->bits[wi];
}

/* ---- queries ------------------------------------------------------------------ */

bool cal_is_working(cal_calendar *c, dt_day d)
{
    if (!in_range(c, d))
        return false;
    size_t i = (size_t)(d - c->base);
    return !((word(c, i >> 6) >> (i & 63)) & 1u);
}

static const cal_holiday *find_holiday(const cal_holiday *h, size_t n, dt_day d)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (h[mid].day < d)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && h[lo].day == d ? &h[lo] : NULL;
}

/* The year's cached holidays; NULL only when out of memory, and then the
 * callers answer from a window computed on the spot. */
static const cal_year *year_names(cal_calendar *c, int year)
{
    cal_year *cy = &c->years[year - DT_MIN_YEAR];
    if (!cy->names_done)
        fill_year(c, year);
    return cy->names_done ? cy : NULL;
}

const char *cal_holiday_name(cal_calendar *c, dt_day d)
{
    if (!in_range(c, d))
        return NULL;
    int year = year_of(d);
    const cal_year *cy = year_names(c, year);
    if (cy) {
        const cal_holiday *h = find_holiday(cy->hol, cy->n, d);
        return h ? h->name : NULL;
    }
    window w;
    compute_window(c, &w, year);
    return (w.flag[d - w.start] & F_HOL) ? w.name[d - w.start] : NULL;
}

size_t cal_holidays(cal_calendar *c, int year, cal_holiday *out, size_t cap)
{
    if (year < DT_MIN_YEAR || year > DT_MAX_YEAR)
        return 0;
    const cal_year *cy = year_names(c, year);
    if (cy) {
        size_t k = cy->n < cap ? cy->n : cap;
        if (k)
            memcpy(out, cy->hol, k * sizeof *out);
        return cy->n;
    }
    window w;
    compute_window(c, &w, year);
    return collect(&w, year, out, cap);
}

/* ---- deadline arithmetic ----------------------------------------------------------- */

/* The n-th (n >= 1) working day after bit index i.  Fails at the end of the
 * range, or when CAL_SEARCH_SPAN days pass without a working day. */
static int nth_working_after(cal_calendar *c, int64_t i, long n, int64_t *out)
{
    int64_t last = i;               /* the previous working day, or the start */
    int64_t pos = i + 1;
    while (pos < c->ndays) {
        size_t wi = (size_t)(pos >> 6);
        int64_t wbase = (int64_t)wi << 6;
        uint64_t avail = ~word(c, wi) & (~0ull << (pos & 63));
        if (!avail) {
            if (wbase + 63 - last > CAL_SEARCH_SPAN)
                return -1;
        } else if (wbase + ctz64(avail) - last > CAL_SEARCH_SPAN) {
            return -1;
        } else {
            int k = popcount64(avail);
            if (k >= n) {
                *out = wbase + select64(avail, (int)n);
                return 0;
            }
            n -= k;
            last = wbase + msb64(avail);
        }
        pos = wbase + 64;
    }
    return CAL_OUT_OF_RANGE;   /* the end of the supported years came first */
}

static int add_working(cal_calendar *c, dt_day from, int n, dt_day *out)
{
    if (!in_range(c, from))
        return CAL_OUT_OF_RANGE;
    int64_t i = from - c->base;
    if (n == 0) {
        if (cal_is_working(c, from)) {
            *out = from;
            return 0;
        }
        n = 1;
    }
    int64_t res;
    int rc = nth_working_after(c, i, n, &res);
    if (rc != 0)
        return rc;
    *out = (dt_day)(c->base + res);
    return 0;
}

static int add_days(const cal_calendar *c, dt_day from, int64_t days, dt_day *out)
{
    int64_t to = (int64_t)from + days;
    if (!in_range(c, from) || !in_range(c, to))
        return CAL_OUT_OF_RANGE;
    *out = (dt_day)to;
    return 0;
}

/* Same day of the month, clamped to the month's last day (31 January + 1
 * month = 28 or 29 February). */
static int add_months(const cal_calendar *c, dt_day from, int n, dt_day *out)
{
    if (!in_range(c, from))
        return CAL_OUT_OF_RANGE;
    int y, m, d;
    dt_to_ymd(from, &y, &m, &d);
    int64_t months = (int64_t)y * 12 + (m - 1) + n;
    if (months / 12 > DT_MAX_YEAR)
        return CAL_OUT_OF_RANGE;
    int ny = (int)(months / 12), nm = (int)(months % 12) + 1;
    int last = dt_days_in_month(ny, nm);
    *out = dt_from_ymd(ny, nm, d < last ? d : last);
    return 0;
}

int cal_add(cal_calendar *c, dt_day from, int n, cal_unit unit, dt_day *out)
{
    if (!c || !out || n < 0)
        return -1;
    switch (unit) {
    case CAL_WORKING_DAYS:
        return add_working(c, from, n, out);
    case CAL_DAYS:
        return add_days(c, from, n, out);
    case CAL_WEEKS:
        return add_days(c, from, 7 * (int64_t)n, out);
    case CAL_MONTHS:
        return add_months(c, from, n, out);
    }
    return -1;
}

int cal_next_working(cal_calendar *c, dt_day d, dt_day *out)
{
    return cal_add(c, d, 1, CAL_WORKING_DAYS, out);
}

/* Working days among bit indices [lo, hi]. */
static long count_working(cal_calendar *c, int64_t lo, int64_t hi)
{
    long n = 0;
    for (int64_t pos = lo; pos <= hi; pos = (pos | 63) + 1) {
        size_t wi = (size_t)(pos >> 6);
        uint64_t mask = ~0ull << (pos & 63);
        if ((hi >> 6) == (int64_t)wi)
            mask &= ~0ull >> (63 - (hi & 63));
        n += popcount64(~word(c, wi) & mask);
    }
    return n;
}

long cal_working_between(cal_calendar *c, dt_day a, dt_day b)
{
    if (b <= a)
        return 0;
    if (!in_range(c, a) || !in_range(c, b))
        return -1;
    return count_working(c, (int64_t)a - c->base + 1, (int64_t)b - c->base);
}
