/* model_meta — calendars (AST -> cal_calendar) and the protocol block. */
#include "model_int.h"

#include <limits.h>
#include <string.h>
#include <strings.h>

/* ---- calendars -------------------------------------------------------------- */

static int mm_month(md_model *m, ast_name n)
{
    int mo = n.s ? dt_month_from_name(n.s) : 0;
    if (!mo && n.s) {
        MD_ERR(m, "bad-month", n.at, "'%s' is not a month", n.s);
        sg_best b;
        sg_begin(&b, n.s);
        for (int i = 1; i <= 12; i++) sg_offer(&b, dt_month_name(i));
        if (sg_result(&b)) MD_HINT(m, "did you mean '%s'?", sg_result(&b));
        else MD_HINT(m, "write the month in English, like '25 december'");
    }
    return mo;
}

static int mm_weekday(md_model *m, ast_name n)
{
    int w = dt_weekday_from_name(n.s);
    if (w < 0) {
        MD_ERR(m, "bad-weekday", n.at, "'%s' is not a day of the week", n.s);
        sg_best b;
        sg_begin(&b, n.s);
        for (int i = 0; i < 7; i++) sg_offer(&b, dt_weekday_name(i));
        if (sg_result(&b)) MD_HINT(m, "did you mean '%s'?", sg_result(&b));
    }
    return w;
}

static int mm_nth(md_model *m, ast_name n)
{
    static const char *const w[] = { "first", "second", "third", "fourth", "fifth" };
    for (int i = 0; i < 5; i++)
        if (strcasecmp(n.s, w[i]) == 0) return i + 1;
    if (strcasecmp(n.s, "last") == 0) return -1;
    MD_ERR(m, "bad-nth", n.at, "'%s' should be first, second, third, fourth, fifth or last", n.s);
    return 0;
}

static bool mm_day_ok(md_model *m, long day, int month, loc at)
{
    if (month == 0) return false;
    int max = dt_days_in_month(2000, month);  /* a leap year: 29 february is allowed */
    if (day < 1 || day > max) {
        MD_ERR(m, "bad-date", at, "%s has no day %ld", dt_month_name(month), day);
        MD_HINT(m, "%s has %d days", dt_month_name(month), max);
        return false;
    }
    return true;
}

static bool mm_year_ok(md_model *m, long y, loc at)
{
    if (y == 0) return true;
    if (y < DT_MIN_YEAR || y > DT_MAX_YEAR) {
        MD_ERR(m, "bad-year", at, "year %ld is out of range", y);
        MD_HINT(m, "Civic handles years from %d to %d", DT_MIN_YEAR, DT_MAX_YEAR);
        return false;
    }
    return true;
}

/* The years a holiday is kept, and the years it is not. */
static bool mm_rule_years(md_model *m, const ast_holiday *h, cal_rule *r)
{
    bool ok = mm_year_ok(m, h->from_year, h->at) && mm_year_ok(m, h->until_year, h->at);
    if (ok && h->from_year && h->until_year && h->from_year > h->until_year) {
        MD_ERR(m, "bad-year", h->at, "this holiday runs from %ld until %ld: the years are the wrong way round",
               h->from_year, h->until_year);
        ok = false;
    }
    size_t ne = 0;
    for (const ast_word *w = h->except; w; w = w->next) ne++;
    if (!ne) return ok;
    int *ex = ar_alloc(m->ar, ne * sizeof *ex);
    if (!ex) { dg_oom(m->dg); return false; }
    for (const ast_word *w = h->except; w; w = w->next) {
        if (!mm_year_ok(m, w->num, w->at)) ok = false;
        ex[r->nexcept++] = (int)w->num;
    }
    r->except = ex;
    return ok;
}

static bool mm_rule_easter(md_model *m, const ast_holiday *h, cal_rule *r)
{
    r->kind = CAL_EASTER;
    r->offset = (int)h->offset;
    if (h->offset <= 366 && h->offset >= -366) return true;
    MD_ERR(m, "bad-offset", h->at, "%ld days from Easter is too far", h->offset);
    return false;
}

static bool mm_rule_dates(md_model *m, const ast_holiday *h, cal_rule *r)
{
    r->kind = CAL_RANGE_DATES;
    r->date = h->date;
    r->date2 = h->date2;
    if (h->date2 < h->date) {
        MD_ERR(m, "bad-range", h->at, "this closure ends before it begins");
        char d1[11], d2[11];
        dt_format(h->date2, d1);
        dt_format(h->date, d2);
        MD_HINT(m, "write the earlier date first: 'from %s to %s'", d1, d2);
        return false;
    }
    if (h->date2 - h->date > 366) {
        MD_ERR(m, "bad-range", h->at, "a closure of %d days is too long", (int)(h->date2 - h->date + 1));
        MD_HINT(m, "closures are limited to a year; is one of the dates mistyped?");
        return false;
    }
    return true;
}

/* When the holiday falls, by its kind; ok: its years were.  (A day is
 * checked against its month only when all before it was right.) */
static bool mm_rule_when(md_model *m, const ast_holiday *h, cal_rule *r, bool ok)
{
    bool fine;
    switch (h->kind) {
    case HOL_ON_DAY_MONTH:
        r->kind = CAL_FIXED;
        r->month = mm_month(m, h->month);
        r->day = (int)h->day;
        return ok && mm_day_ok(m, h->day, r->month, h->at);
    case HOL_ON_DATE:
        r->kind = CAL_DATE;
        r->date = h->date;
        return ok;
    case HOL_ON_EASTER:
        fine = mm_rule_easter(m, h, r);
        return ok && fine;
    case HOL_ON_NTH:
        r->kind = CAL_NTH_WEEKDAY;
        r->nth = mm_nth(m, h->nth);
        r->weekday = mm_weekday(m, h->weekday);
        r->month = mm_month(m, h->month);
        return ok && r->nth != 0 && r->weekday >= 0 && r->month != 0;
    case HOL_RANGE_YEARLY:
        r->kind = CAL_RANGE_YEARLY;
        r->month = mm_month(m, h->month);
        r->day = (int)h->day;
        r->month2 = mm_month(m, h->month2);
        r->day2 = (int)h->day2;
        return ok && mm_day_ok(m, h->day, r->month, h->at) && mm_day_ok(m, h->day2, r->month2, h->at);
    case HOL_RANGE_DATES:
        fine = mm_rule_dates(m, h, r);
        return ok && fine;
    }
    return ok;
}

static bool mm_rule(md_model *m, const ast_holiday *h, cal_rule *r)
{
    memset(r, 0, sizeof *r);
    r->name = h->name;
    r->closure = h->closure;
    r->substitute = h->substitute;
    r->from_year = (int)h->from_year;
    r->until_year = (int)h->until_year;
    bool ok = mm_rule_when(m, h, r, mm_rule_years(m, h, r));
    if (r->substitute && r->kind != CAL_FIXED && r->kind != CAL_DATE) {
        MD_ERR(m, "bad-substitute", h->at, "only a fixed date can have a substitute day");
        MD_HINT(m, "'substitute' moves a holiday on a weekend to the next weekday, for dates like '25 december'");
        ok = false;
    }
    return ok;
}

static unsigned mm_weekend(md_model *m, const ast_calendar *c)
{
    unsigned mask = 0;
    for (const ast_namelist *n = c->weekend; n; n = n->next) {
        if (strcasecmp(n->name.s, "none") == 0) continue;
        int w = mm_weekday(m, n->name);
        if (w >= 0) mask |= 1u << w;
    }
    if (mask == 0x7F) {
        MD_ERR(m, "no-working-days", c->weekend_at, "a calendar whose weekend is every day has no working days");
        mask = 0x60;
    }
    return mask;
}

static bool mm_make(md_model *m, size_t i, const ast_decl **srcs, unsigned char *state)
{
    if (state[i] == 2) return m->cals[i].cal != NULL;
    if (state[i] == 1) {
        MD_ERR(m, "calendar-cycle", m->cals[i].at, "calendar '%s' extends itself, directly or through others",
               m->cals[i].name);
        return false;
    }
    state[i] = 1;
    const ast_calendar *ac = &srcs[i]->u.calendar;
    cal_calendar *parent = NULL;
    if (ac->extends.s) {
        uint32_t p;
        if (!hm_get(&m->cal_syms, hm_ptr(ac->extends.s), &p)) {
            MD_ERR(m, "unknown-calendar", ac->extends.at, "unknown calendar '%s'", ac->extends.s);
            sg_best b;
            sg_begin(&b, ac->extends.s);
            sg_offer(&b, "england-and-wales");
            sg_offer(&b, "scotland");
            sg_offer(&b, "northern-ireland");
            for (size_t k = 0; k < m->ncals; k++) sg_offer(&b, m->cals[k].name);
            if (sg_result(&b)) MD_HINT(m, "did you mean '%s'?", sg_result(&b));
            else MD_HINT(m, "the standard calendars are england-and-wales, scotland and northern-ireland");
        } else if (mm_make(m, p, srcs, state)) {
            parent = m->cals[p].cal;
            m->cals[i].parent = (int)p;
        }
    }
    cal_calendar *c = cal_new(m->cals[i].name, m->cals[i].display, parent);
    if (!c) { dg_oom(m->dg); state[i] = 2; return false; }
    if (ac->weekend_set) cal_set_weekend(c, mm_weekend(m, ac));
    for (const ast_holiday *h = ac->rules; h; h = h->next) {
        cal_rule r;
        if (mm_rule(m, h, &r) && cal_add_rule(c, &r) != 0) dg_oom(m->dg);
    }
    m->cals[i].cal = c;
    state[i] = 2;
    return true;
}

/* The calendars declared, by name (srcs: each one's declaration). */
static void mm_declare_calendars(md_model *m, const ast_decl **srcs)
{
    size_t cap = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_CALENDAR) continue;
            if (m->ncals >= MD_MAX_CALENDARS) {
                MD_ERR(m, "too-many", d->u.calendar.name.at, "more than %d calendars: this one and those after it "
                       "are not read", MD_MAX_CALENDARS);
                return;
            }
            uint32_t old;
            if (hm_get(&m->cal_syms, hm_ptr(d->u.calendar.name.s), &old)) {
                MD_ERR(m, "duplicate", d->u.calendar.name.at, "calendar '%s' is already defined", d->u.calendar.name.s);
                continue;
            }
            md_calendar c = { d->u.calendar.name.s, d->u.calendar.display ? d->u.calendar.display : d->u.calendar.name.s,
                              NULL, -1, d->u.calendar.name.at };
            srcs[m->ncals] = d;
            if (!hm_put(&m->cal_syms, hm_ptr(c.name), (uint32_t)m->ncals)) dg_oom(m->dg);
            MD_PUSH(m, m->cals, m->ncals, cap, c);
        }
    }
}

/* A calendar that closes every day would make every deadline impossible. */
static void mm_check_working(md_model *m)
{
    int y, mo, d;
    dt_to_ymd(m->today, &y, &mo, &d);
    if (y < DT_MIN_YEAR + 1 || y > DT_MAX_YEAR - 11) return;
    for (size_t i = 0; i < m->ncals; i++) {
        dt_day next;
        if (!m->cals[i].cal) continue;
        if (cal_next_working(m->cals[i].cal, dt_from_ymd(y, 1, 1) - 1, &next) != 0) {
            MD_ERR(m, "no-working-days", m->cals[i].at, "calendar '%s' has no working day in %d or the ten years after",
                   m->cals[i].name, y);
            MD_HINT(m, "check its weekend and closures: every deadline on it would be impossible");
        }
    }
}

void md__calendars(md_model *m)
{
    size_t n = 0;
    for (size_t u = 0; u < m->ld->nunits; u++)
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next)
            if (d->kind == D_CALENDAR) n++;
    if (!n) return;
    const ast_decl **srcs = ar_alloc(m->ar, n * sizeof *srcs);
    unsigned char *state = ar_alloc(m->ar, n);
    if (!srcs || !state) { dg_oom(m->dg); return; }
    mm_declare_calendars(m, srcs);
    for (size_t i = 0; i < m->ncals; i++) mm_make(m, i, srcs, state);
    mm_check_working(m);
}

cal_calendar *md_cal(const md_model *m)
{
    if (m->meta.calendar >= 0) return m->cals[m->meta.calendar].cal;
    int e = md_lookup_calendar(m, "england-and-wales");
    return e >= 0 ? m->cals[e].cal : NULL;
}

int md_deadline_from(const md_model *m, const md_deadline *d, dt_day from, dt_day *due)
{
    if (d->kind != DUR_FIXED) return -1;
    cal_calendar *c = md_cal(m);
    cal_unit u;
    switch (d->unit) {
    case U_WORKING_DAYS: u = CAL_WORKING_DAYS; break;
    case U_WEEKS: u = CAL_WEEKS; break;
    case U_MONTHS: u = CAL_MONTHS; break;
    case U_HOURS: *due = from + (dt_day)((d->n + 23) / 24); return 0;
    default: u = CAL_DAYS; break;
    }
    if (!c) {
        if (u == CAL_WORKING_DAYS) return -1;
        *due = from + (dt_day)(u == CAL_WEEKS ? 7 * d->n : d->n);
        if (u == CAL_MONTHS) return -1;
        return 0;
    }
    return cal_add(c, from, (int)d->n, u, due);
}

/* ---- the protocol block ------------------------------------------------------ */

static const char *const mm_keys[] = { "council", "title", "adopted", "approved", "reapproved", "reviewed",
                                       "review", "next", "calendar", "updated", "overseen", NULL };

const char *const *md_meta_keys(void) { return mm_keys; }

static const ast_word *mm_skip_clause(const ast_word *w, const char **clause)
{
    for (; w && w->kind == W_CLAUSE; w = w->next) *clause = w->text;
    return w;
}

/* The last day a date as written can be: a review counted from "May 2019"
 * falls due by the end of the month the cycle reaches, never on a day the
 * document did not give. */
static dt_day mm_last_day(const md_date *d)
{
    int y, mo, dd;
    dt_to_ymd(d->day, &y, &mo, &dd);
    if (d->prec == DP_YEAR) return dt_from_ymd(y, 12, 31);
    if (d->prec == DP_MONTH) return dt_from_ymd(y, mo, dt_days_in_month(y, mo));
    return d->day;
}

static bool mm_is_word(const ast_word *w) { return w && (w->kind == W_IDENT || w->kind == W_KEYWORD); }

static bool mm_is_year(const ast_word *w)
{
    return w && w->kind == W_NUMBER && w->num >= DT_MIN_YEAR && w->num <= DT_MAX_YEAR;
}

/* "28 September 2015" (w the day's number): the word after it, or w when
 * the words are no such date. */
static const ast_word *mm_date_dmy(const ast_word *w, md_date *out)
{
    const ast_word *mon = w->next;
    if (w->num < 1 || w->num > 31 || !mm_is_word(mon) || !dt_month_from_name(mon->text) || !mon->next ||
        mon->next->kind != W_NUMBER)
        return w;
    int yr = (int)mon->next->num, mo = dt_month_from_name(mon->text);
    if (yr < DT_MIN_YEAR || yr > DT_MAX_YEAR || w->num > dt_days_in_month(yr, mo)) return w;
    out->day = dt_from_ymd(yr, mo, (int)w->num);
    out->known = true;
    out->at = loc_span(w->at, mon->next->at);
    return mon->next->next;
}

/* "May 2019" (w the month's name): the word after it, or w. */
static const ast_word *mm_date_my(const ast_word *w, md_date *out)
{
    int mo = dt_month_from_name(w->text);
    const ast_word *y = w->next;
    if (!mo || !mm_is_year(y)) return w;
    out->day = dt_from_ymd((int)y->num, mo, 1);
    out->prec = DP_MONTH;
    out->known = true;
    out->at = loc_span(w->at, y->at);
    return y->next;
}

/* "2015-09-28", "2019-05", "May 2019", "2019", "unknown": a date as the
 * document gives it.  Returns the word after it (w itself when it is none). */
static const ast_word *mm_date_words(const ast_word *w, md_date *out)
{
    memset(out, 0, sizeof *out);
    if (!w) return NULL;
    out->at = w->at;
    if (w->kind == W_DATE || w->kind == W_MONTH) {
        out->day = w->day;
        out->prec = w->kind == W_DATE ? DP_DAY : DP_MONTH;
        out->known = w->day != 0 || w->kind == W_DATE;
        return w->next;
    }
    if (mm_is_year(w)) {
        out->day = dt_from_ymd((int)w->num, 1, 1);
        out->prec = DP_YEAR;
        out->known = true;
        return w->next;
    }
    if (w->kind == W_NUMBER) return mm_date_dmy(w, out);
    if (!mm_is_word(w)) return w;
    if (strcmp(w->text, "unknown") != 0) return mm_date_my(w, out);
    out->unknown = true;
    return w->next;
}

static bool mm_date_arg(md_model *m, const ast_meta *k, md_date *out, const char **clause)
{
    const ast_word *w = mm_skip_clause(k->args, clause);
    const ast_word *rest = mm_date_words(w, out);
    if (!out->known && !out->unknown) {
        MD_ERR(m, "bad-meta", w ? w->at : k->at, "'%s' needs a date", k->key.s);
        MD_HINT(m, "write '%s 2015-09-28', '%s 2019-05' (a month), '%s 2019' or '%s unknown'", k->key.s, k->key.s,
                k->key.s, k->key.s);
        return false;
    }
    for (w = rest; w; w = w->next) {
        if (w->kind == W_CLAUSE) *clause = w->text;
        else if (w->kind != W_STRING) {
            MD_ERR(m, "bad-meta", w->at, "unexpected word after the date of '%s'", k->key.s);
            MD_HINT(m, "a note goes in quotes: '%s 2016-12-01 \"deferred\"'", k->key.s);
            return false;
        }
    }
    return true;
}

/* The latest of a kind of date: its as-written form, and the last day it
 * can be in the fields counted from. */
static void mm_dated(const md_date *d, md_date *as, dt_day *slot, bool *has, loc *slot_at)
{
    if (!d->known) {
        if (!as->known) *as = *d;   /* "unknown": said, nothing counted from it */
        return;
    }
    dt_day last = mm_last_day(d);
    if (!*has || last > *slot) {
        *slot = last;
        *slot_at = d->at;
        *as = *d;
    }
    *has = true;
}

/* "every 2 years", "every 6 months", from the word after "every". */
static void mm_review_every(md_model *m, const ast_word *w)
{
    md_meta *mt = &m->meta;
    const ast_word *n = w->next;
    long count = 1;
    if (n && n->kind == W_NUMBER) { count = n->num; n = n->next; }
    const char *u = n && n->kind == W_IDENT ? n->text : "";
    bool years = strcmp(u, "year") == 0 || strcmp(u, "years") == 0;
    long months = 0;
    if (years) months = 12 * count;
    else if (strcmp(u, "month") == 0 || strcmp(u, "months") == 0) months = count;
    if (count <= 0 && (years || strcmp(u, "month") == 0 || strcmp(u, "months") == 0)) {
        MD_ERR(m, "bad-meta", w->next ? w->next->at : w->at, "a review cycle is at least 1 %s", years ? "year" : "month");
        MD_HINT(m, "write 'review every 1 year' or 'review every 6 months'");
        return;
    }
    if (months <= 0 || count > 100) {
        MD_ERR(m, "bad-meta", n ? n->at : w->at, "a review cycle is a number of years or months");
        MD_HINT(m, "write 'review every 1 year' or 'review every 6 months'");
        return;
    }
    mt->review = RV_EVERY;
    mt->review_n = months;
    /* in the unit written: "every 12 months" is not "every 12 years" */
    mt->review_text = ar_printf(m->ar, "every %ld %s", count,
                                years ? (count == 1 ? "year" : "years") : (count == 1 ? "month" : "months"));
}

/* "review from time to time", "as required", …: no date can be worked out. */
static bool mm_review_vague(const char *t)
{
    static const char *const w[] = { "from", "as", "when", "periodically", "occasionally", NULL };
    for (const char *const *p = w; *p; p++)
        if (strcmp(t, *p) == 0) return true;
    return false;
}

static void mm_review(md_model *m, const ast_meta *k)
{
    md_meta *mt = &m->meta;
    const char *clause = NULL;
    const ast_word *w = mm_skip_clause(k->args, &clause);
    mt->review_at = k->at;
    for (const ast_word *p = w; p; p = p->next)
        if (p->kind == W_CLAUSE) clause = p->text;
    mt->review_clause = clause;
    if (!w) {
        MD_ERR(m, "bad-meta", k->at, "'review' needs a cycle");
        MD_HINT(m, "write 'review every 1 year', 'review annually' or 'review from time to time'");
        return;
    }
    const char *t = w->kind == W_IDENT || w->kind == W_KEYWORD ? w->text : "";
    if (strcmp(t, "annually") == 0 || strcmp(t, "yearly") == 0 || strcmp(t, "biennially") == 0) {
        mt->review = RV_EVERY;
        mt->review_n = t[0] == 'b' ? 24 : 12;
        mt->review_text = t[0] == 'b' ? "every 2 years" : "every year";
    } else if (strcmp(t, "every") == 0) {
        mm_review_every(m, w);
    } else if (mm_review_vague(t)) {
        mt->review = RV_VAGUE;
        mt->review_text = strcmp(t, "from") == 0 ? "from time to time" : "as required";
    } else {
        MD_ERR(m, "bad-meta", w->at, "unknown review cycle");
        MD_HINT(m, "write 'review every 1 year', 'review annually' or 'review from time to time'");
    }
}

static bool mm_filler(const ast_word *w)
{
    static const char *const f[] = { "review", "due", "in", "by", "on", NULL };
    for (const char *const *p = f; w && (w->kind == W_IDENT || w->kind == W_KEYWORD) && *p; p++)
        if (strcmp(w->text, *p) == 0) return true;
    return false;
}

/* "next review 2024", "next review due May 2024", "next review 2024-01-10":
 * due by the last day the document's words allow. */
static void mm_next(md_model *m, const ast_meta *k)
{
    md_meta *mt = &m->meta;
    const ast_word *w = k->args;
    while (mm_filler(w)) w = w->next;
    md_date d;
    const ast_word *rest = mm_date_words(w, &d);
    if (d.known && !rest) {
        mt->has_next = true;
        mt->next_year_only = d.prec == DP_YEAR;
        mt->next = mm_last_day(&d);
        mt->next_at = d.at;
        mt->next_as = d;
    } else {
        mt->next_at = k->at;   /* written, though wrong: no "no review cycle" warning as well */
        MD_ERR(m, "bad-meta", w ? w->at : k->at, "'next review' needs a date or a year");
        MD_HINT(m, "write 'next review 2024' or 'next review 2024-01-10'");
    }
}

static void mm_name(md_model *m, const ast_meta *k)
{
    const char *key = k->key.s, *clause = NULL;
    const ast_word *w = mm_skip_clause(k->args, &clause);
    if (!w || w->kind != W_STRING || w->next) {
        MD_ERR(m, "bad-meta", k->at, "'%s' needs a name in quotes", key);
        MD_HINT(m, "write '%s \"Houghton Regis Town Council\"'", key);
        return;
    }
    if (key[0] == 'c') m->meta.council = w->text; else m->meta.title = w->text;
}

static bool mm_vague_reviewed(const ast_meta *k)
{
    const ast_word *w = k->args;
    while (w && w->kind == W_CLAUSE) w = w->next;
    return w && (w->kind == W_IDENT || w->kind == W_KEYWORD) &&
           (strcmp(w->text, "from") == 0 || strcmp(w->text, "periodically") == 0 || strcmp(w->text, "as") == 0);
}

/* "overseen by StandardsCommittee [1.1.2]": the office responsible for the protocol. */
static void mm_overseen(md_model *m, const ast_meta *k)
{
    const ast_word *w = k->args;
    const char *clause = NULL;
    if (w && w->kind == W_KEYWORD && strcmp(w->text, "by") == 0) w = w->next;
    while (w && w->kind == W_IDENT && md__is_article(w->text)) w = w->next;
    if (!w || w->kind != W_IDENT) {
        MD_ERR(m, "bad-meta", w ? w->at : k->at, "'overseen by' needs a role");
        MD_HINT(m, "write 'overseen by StandardsCommittee'");
        return;
    }
    for (const ast_word *p = w->next; p; p = p->next) {
        if (p->kind == W_CLAUSE) { clause = p->text; continue; }
        MD_ERR(m, "bad-meta", p->at, "unexpected word after the role of 'overseen by'");
        MD_HINT(m, "write 'overseen by StandardsCommittee [1.1.2]'");
        return;
    }
    ast_name n = { w->text, w->at };
    m->meta.overseen = md__role_ref(m, n);
    m->meta.overseen_clause = clause;
    m->meta.overseen_at = w->at;
}

/* adopted, approved (reapproved), reviewed, updated: a date as the
 * document gives it; of each kind, the latest. */
static void mm_date_field(md_model *m, const ast_meta *k)
{
    md_meta *mt = &m->meta;
    const char *key = k->key.s, *clause = NULL;
    md_date d;
    md_date *as;
    dt_day *slot, ignored_day;
    bool *has, ignored_has = false;
    loc *at, ignored_at;
    if (strcmp(key, "adopted") == 0) {
        as = &mt->adopted_as; slot = &mt->adopted; has = &mt->has_adopted; at = &mt->adopted_at;
    } else if (strcmp(key, "reviewed") == 0) {
        if (mm_vague_reviewed(k)) { mm_review(m, k); return; }   /* "reviewed from time to time": a cycle */
        as = &mt->reviewed_as; slot = &mt->reviewed; has = &mt->has_reviewed; at = &mt->reviewed_at;
    } else if (strcmp(key, "updated") == 0) {   /* shown, but no review is counted from it */
        as = &mt->updated; slot = &ignored_day; has = &ignored_has; at = &ignored_at;
    } else {   /* approved, reapproved */
        as = &mt->approved_as; slot = &mt->approved; has = &mt->has_approved; at = &mt->approved_at;
    }
    if (mm_date_arg(m, k, &d, &clause)) mm_dated(&d, as, slot, has, at);
}

static void mm_calendar(md_model *m, const ast_meta *k)
{
    const ast_word *w = k->args;
    if (!w || w->kind != W_IDENT || w->next) {
        MD_ERR(m, "bad-meta", k->at, "'calendar' needs the name of one calendar");
        MD_HINT(m, "write 'calendar england-and-wales'");
        return;
    }
    uint32_t c;
    if (!hm_get(&m->cal_syms, hm_ptr(w->text), &c)) {
        MD_ERR(m, "unknown-calendar", w->at, "unknown calendar '%s'", w->text);
        sg_best b;
        sg_begin(&b, w->text);
        sg_offer(&b, "england-and-wales");
        sg_offer(&b, "scotland");
        sg_offer(&b, "northern-ireland");
        for (size_t i = 0; i < m->ncals; i++) sg_offer(&b, m->cals[i].name);
        if (sg_result(&b)) MD_HINT(m, "did you mean '%s'?", sg_result(&b));
        else MD_HINT(m, "the standard calendars are england-and-wales, scotland and northern-ireland");
        return;
    }
    m->meta.calendar = (int)c;
    m->meta.calendar_at = w->at;
}

/* The protocol block's fields, and who reads each. */
static const struct {
    const char *key;
    void (*read)(md_model *m, const ast_meta *k);
} mm_fields[] = {
    { "council", mm_name },          { "title", mm_name },           { "adopted", mm_date_field },
    { "approved", mm_date_field },   { "reapproved", mm_date_field }, { "reviewed", mm_date_field },
    { "updated", mm_date_field },    { "overseen", mm_overseen },     { "review", mm_review },
    { "next", mm_next },             { "calendar", mm_calendar },
};

enum { MM_NFIELDS = sizeof mm_fields / sizeof mm_fields[0] };

/* A field that holds one value, given again and read without error: the
 * last would win, silently.  (approved, reapproved and reviewed may be given
 * many times: the latest counts.)  first[i] is where field i was first read
 * well. */
static void mm_repeated(md_model *m, const ast_meta **first, const ast_meta *k)
{
    static const char *const many[] = { "approved", "reapproved", "reviewed", NULL };
    for (const char *const *p = many; *p; p++)
        if (strcmp(k->key.s, *p) == 0) return;
    size_t i = 0;
    while (i < MM_NFIELDS && strcmp(k->key.s, mm_fields[i].key) != 0) i++;
    if (i == MM_NFIELDS) return;
    if (!first[i]) { first[i] = k; return; }
    int line, col;
    src_linecol(&m->ld->src, first[i]->key.at.file, first[i]->key.at.start, &line, &col);
    MD_ERR(m, "duplicate", k->key.at, "the protocol's '%s' is already given", k->key.s);
    MD_HINT(m, "the first is on line %d: keep one (the last is the one read)", line);
}

static void mm_key(md_model *m, const ast_meta *k)
{
    const char *key = k->key.s;
    for (size_t i = 0; i < sizeof mm_fields / sizeof mm_fields[0]; i++)
        if (strcmp(key, mm_fields[i].key) == 0) { mm_fields[i].read(m, k); return; }
    MD_ERR(m, "unknown-field", k->key.at, "unknown protocol field '%s'", key);
    sg_best b;
    sg_begin(&b, key);
    for (const char *const *p = mm_keys; *p; p++) sg_offer(&b, *p);
    if (sg_result(&b)) MD_HINT(m, "did you mean '%s'?", sg_result(&b));
    else MD_HINT(m, "the fields are council, adopted, approved, reviewed, updated, review, next review, overseen by "
                    "and calendar");
}

void md__meta(md_model *m)
{
    const ast_decl *found = NULL;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        if (!m->ld->units[u].root) continue;
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_PROTOCOL) continue;
            if (found) {
                MD_ERR(m, "duplicate", d->at, "a file has one protocol block");
                MD_HINT(m, "merge the two blocks");
                continue;
            }
            found = d;
        }
    }
    /* A file of scenarios that uses its council's protocol takes that
     * protocol's block. */
    for (size_t u = 0; !found && u < m->ld->nunits; u++)
        for (ast_decl *d = m->ld->units[u].ast.decls; d && !found; d = d->next)
            if (d->kind == D_PROTOCOL) found = d;
    if (!found) return;
    m->meta.present = true;
    m->meta.title = found->u.protocol.title;
    m->meta.at = found->at;
    const ast_meta *first[MM_NFIELDS] = { NULL };
    for (const ast_meta *k = found->u.protocol.meta; k; k = k->next) {
        size_t errors = m->dg->errors;
        mm_key(m, k);
        if (m->dg->errors == errors) mm_repeated(m, first, k);
    }
}

static dt_day mm_add_months(dt_day d, long months)
{
    int y, mo, day;
    dt_to_ymd(d, &y, &mo, &day);
    long total = (long)y * 12 + (mo - 1) + months;
    int ny = (int)(total / 12), nm = (int)(total % 12) + 1;
    if (ny > DT_MAX_YEAR) ny = DT_MAX_YEAR;
    int max = dt_days_in_month(ny, nm);
    return dt_from_ymd(ny, nm, day > max ? max : day);
}

/* The date the review is counted from, as the document gives it. */
static const md_date *mm_last_as(const md_model *m, arena *ar, md_review *r)
{
    const md_meta *mt = &m->meta;
    if (!r->has_last) return NULL;
    const md_date *as = r->last == mt->reviewed && mt->has_reviewed ? &mt->reviewed_as
                      : r->last == mt->approved && mt->has_approved ? &mt->approved_as : &mt->adopted_as;
    r->last_text = md_date_text(m, ar, as);
    return as;
}

/* The next review as precisely as it can be known: counted from "May 2019",
 * due within the month the cycle reaches ("May 2020"), not on a day. */
static const char *mm_next_text(const md_model *m, arena *ar, const md_date *from, dt_day next)
{
    md_date n = { next, from ? from->prec : DP_DAY, true, false, from ? from->at : (loc){ 0, 0, 0 } };
    return md_date_text(m, ar, &n);
}

md_review md_review_dates(const md_model *m, dt_day today)
{
    const md_meta *mt = &m->meta;
    md_review r;
    memset(&r, 0, sizeof r);
    if (mt->has_adopted) { r.last = mt->adopted; r.has_last = true; }
    if (mt->has_approved && (!r.has_last || mt->approved > r.last)) { r.last = mt->approved; r.has_last = true; }
    if (mt->has_reviewed && (!r.has_last || mt->reviewed > r.last)) { r.last = mt->reviewed; r.has_last = true; }
    if (mt->has_next) {
        r.known = true;
        r.next = mt->next;
    } else if (mt->review == RV_EVERY && r.has_last) {
        r.known = true;
        r.next = mm_add_months(r.last, mt->review_n);
    }
    r.overdue = r.known && today > r.next;
    r.basis = "";
    return r;
}

md_review md_review_status(const md_model *m, dt_day today) { return md_review_status_in(m, m->ar, today); }

md_review md_review_status_in(const md_model *m, arena *ar, dt_day today)
{
    const md_meta *mt = &m->meta;
    md_review r = md_review_dates(m, today);
    const md_date *as = mm_last_as(m, ar, &r);   /* the date counted from, as written */
    const char *last = r.last_text ? r.last_text : "";
    if (mt->has_next) {
        r.basis = "the next review date the protocol states";
        if (mt->next_as.known && mt->next_as.prec != DP_DAY) r.next_text = md_date_text(m, ar, &mt->next_as);
        if (mt->next_year_only) {
            int y, mo, dd;
            dt_to_ymd(mt->next, &y, &mo, &dd);
            r.basis = ar_printf(ar, "the protocol states the next review is due in %d", y);
        }
    } else if (mt->review == RV_EVERY && r.has_last) {
        r.basis = ar_printf(ar, "reviewed %s from %s", mt->review_text, last);
        r.next_text = mm_next_text(m, ar, as, r.next);
    } else if (mt->review == RV_VAGUE) {
        r.basis = ar_printf(ar, "reviewed %s: no fixed date", mt->review_text);
    } else if (mt->review == RV_EVERY) {
        r.basis = "no adoption, approval or review date to count from";
    } else {
        r.basis = "the protocol sets no review cycle";
    }
    if (r.known && !r.next_text) r.next_text = mm_next_text(m, ar, NULL, r.next);
    return r;
}
