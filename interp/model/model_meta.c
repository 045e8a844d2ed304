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

static bool mm_rule(md_model *m, const ast_holiday *h, cal_rule *r)
{
    memset(r, 0, sizeof *r);
    r->name = h->name;
    r->closure = h->closure;
    r->substitute = h->substitute;
    r->from_year = (int)h->from_year;
    r->until_year = (int)h->until_year;
    bool ok = mm_year_ok(m, h->from_year, h->at) && mm_year_ok(m, h->until_year, h->at);
    if (ok && h->from_year && h->until_year && h->from_year > h->until_year) {
        MD_ERR(m, "bad-year", h->at, "this holiday runs from %ld until %ld: the years are the wrong way round",
               h->from_year, h->until_year);
        ok = false;
    }
    size_t ne = 0;
    for (const ast_word *w = h->except; w; w = w->next) ne++;
    if (ne) {
        int *ex = ar_alloc(m->ar, ne * sizeof *ex);
        if (!ex) { dg_oom(m->dg); return false; }
        for (const ast_word *w = h->except; w; w = w->next) {
            if (!mm_year_ok(m, w->num, w->at)) ok = false;
            ex[r->nexcept++] = (int)w->num;
        }
        r->except = ex;
    }
    switch (h->kind) {
    case HOL_ON_DAY_MONTH:
        r->kind = CAL_FIXED;
        r->month = mm_month(m, h->month);
        r->day = (int)h->day;
        ok = ok && mm_day_ok(m, h->day, r->month, h->at);
        break;
    case HOL_ON_DATE:
        r->kind = CAL_DATE;
        r->date = h->date;
        break;
    case HOL_ON_EASTER:
        r->kind = CAL_EASTER;
        r->offset = (int)h->offset;
        if (h->offset > 366 || h->offset < -366) {
            MD_ERR(m, "bad-offset", h->at, "%ld days from Easter is too far", h->offset);
            ok = false;
        }
        break;
    case HOL_ON_NTH:
        r->kind = CAL_NTH_WEEKDAY;
        r->nth = mm_nth(m, h->nth);
        r->weekday = mm_weekday(m, h->weekday);
        r->month = mm_month(m, h->month);
        ok = ok && r->nth != 0 && r->weekday >= 0 && r->month != 0;
        break;
    case HOL_RANGE_YEARLY:
        r->kind = CAL_RANGE_YEARLY;
        r->month = mm_month(m, h->month);
        r->day = (int)h->day;
        r->month2 = mm_month(m, h->month2);
        r->day2 = (int)h->day2;
        ok = ok && mm_day_ok(m, h->day, r->month, h->at) && mm_day_ok(m, h->day2, r->month2, h->at);
        break;
    case HOL_RANGE_DATES:
        r->kind = CAL_RANGE_DATES;
        r->date = h->date;
        r->date2 = h->date2;
        if (h->date2 < h->date) {
            MD_ERR(m, "bad-range", h->at, "this closure ends before it begins");
            char d1[11], d2[11];
            dt_format(h->date2, d1);
            dt_format(h->date, d2);
            MD_HINT(m, "write the earlier date first: 'from %s to %s'", d1, d2);
            ok = false;
        } else if (h->date2 - h->date > 366) {
            MD_ERR(m, "bad-range", h->at, "a closure of %d days is too long", (int)(h->date2 - h->date + 1));
            MD_HINT(m, "closures are limited to a year; is one of the dates mistyped?");
            ok = false;
        }
        break;
    }
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

void md__calendars(md_model *m)
{
    size_t n = 0, cap = 0;
    for (size_t u = 0; u < m->ld->nunits; u++)
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next)
            if (d->kind == D_CALENDAR) n++;
    if (!n) return;
    const ast_decl **srcs = ar_alloc(m->ar, n * sizeof *srcs);
    unsigned char *state = ar_alloc(m->ar, n);
    if (!srcs || !state) { dg_oom(m->dg); return; }
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_CALENDAR) continue;
            if (m->ncals >= MD_MAX_CALENDARS) {
                MD_ERR(m, "too-many", d->u.calendar.name.at, "more than %d calendars: this one and those after it "
                       "are not read", MD_MAX_CALENDARS);
                goto made;
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
made:
    for (size_t i = 0; i < m->ncals; i++) mm_make(m, i, srcs, state);
    /* A calendar that closes every day would make every deadline impossible. */
    int y, mo, d;
    dt_to_ymd(m->today, &y, &mo, &d);
    for (size_t i = 0; i < m->ncals; i++) {
        dt_day next;
        if (!m->cals[i].cal || y < DT_MIN_YEAR + 1 || y > DT_MAX_YEAR - 11) continue;
        if (cal_next_working(m->cals[i].cal, dt_from_ymd(y, 1, 1) - 1, &next) != 0) {
            MD_ERR(m, "no-working-days", m->cals[i].at, "calendar '%s' has no working day in %d or the ten years after",
                   m->cals[i].name, y);
            MD_HINT(m, "check its weekend and closures: every deadline on it would be impossible");
        }
    }
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
                                       "review", "next", "calendar", NULL };

const char *const *md_meta_keys(void) { return mm_keys; }

static const ast_word *mm_skip_clause(const ast_word *w, const char **clause)
{
    for (; w && w->kind == W_CLAUSE; w = w->next) *clause = w->text;
    return w;
}

static bool mm_date_arg(md_model *m, const ast_meta *k, dt_day *out, loc *at, const char **clause)
{
    const ast_word *w = mm_skip_clause(k->args, clause);
    if (!w || w->kind != W_DATE) {
        MD_ERR(m, "bad-meta", w ? w->at : k->at, "'%s' needs a date", k->key.s);
        MD_HINT(m, "write '%s 2015-09-28'", k->key.s);
        return false;
    }
    *out = w->day;
    *at = w->at;
    for (w = w->next; w; w = w->next) {
        if (w->kind == W_CLAUSE) *clause = w->text;
        else if (w->kind != W_STRING) {
            MD_ERR(m, "bad-meta", w->at, "unexpected word after the date of '%s'", k->key.s);
            MD_HINT(m, "a note goes in quotes: '%s 2016-12-01 \"deferred\"'", k->key.s);
            return false;
        }
    }
    return true;
}

static void mm_latest(dt_day d, loc at, dt_day *slot, bool *has, loc *slot_at)
{
    if (!*has || d > *slot) {
        *slot = d;
        *slot_at = at;
    }
    *has = true;
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
    if (strcmp(t, "annually") == 0 || strcmp(t, "yearly") == 0) {
        mt->review = RV_EVERY; mt->review_n = 12; mt->review_text = "every year";
    } else if (strcmp(t, "biennially") == 0) {
        mt->review = RV_EVERY; mt->review_n = 24; mt->review_text = "every 2 years";
    } else if (strcmp(t, "every") == 0) {
        const ast_word *n = w->next;
        long count = 1;
        if (n && n->kind == W_NUMBER) { count = n->num; n = n->next; }
        const char *u = n && n->kind == W_IDENT ? n->text : "";
        long months = 0;
        if (strcmp(u, "year") == 0 || strcmp(u, "years") == 0) months = 12 * count;
        else if (strcmp(u, "month") == 0 || strcmp(u, "months") == 0) months = count;
        if (months <= 0 || count > 100) {
            MD_ERR(m, "bad-meta", n ? n->at : w->at, "a review cycle is a number of years or months");
            MD_HINT(m, "write 'review every 1 year' or 'review every 6 months'");
            return;
        }
        mt->review = RV_EVERY;
        mt->review_n = months;
        mt->review_text = ar_printf(m->ar, "every %ld %s", count,
                                    months % 12 == 0 ? (count == 1 ? "year" : "years") : (count == 1 ? "month" : "months"));
    } else if (strcmp(t, "from") == 0 || strcmp(t, "as") == 0 || strcmp(t, "when") == 0 ||
               strcmp(t, "periodically") == 0 || strcmp(t, "occasionally") == 0) {
        mt->review = RV_VAGUE;
        mt->review_text = strcmp(t, "from") == 0 ? "from time to time" : "as required";
    } else {
        MD_ERR(m, "bad-meta", w->at, "unknown review cycle");
        MD_HINT(m, "write 'review every 1 year', 'review annually' or 'review from time to time'");
    }
}

static void mm_next(md_model *m, const ast_meta *k)
{
    md_meta *mt = &m->meta;
    const ast_word *w = k->args;
    if (w && w->kind == W_IDENT && strcmp(w->text, "review") == 0) w = w->next;
    if (w && w->kind == W_DATE) {
        mt->has_next = true; mt->next = w->day; mt->next_at = w->at;
    } else if (w && w->kind == W_NUMBER && w->num >= DT_MIN_YEAR && w->num <= DT_MAX_YEAR) {
        mt->has_next = true; mt->next_year_only = true;
        mt->next = dt_from_ymd((int)w->num, 12, 31); mt->next_at = w->at;
    } else {
        mt->next_at = k->at;   /* written, though wrong: no "no review cycle" warning as well */
        MD_ERR(m, "bad-meta", w ? w->at : k->at, "'next review' needs a date or a year");
        MD_HINT(m, "write 'next review 2024' or 'next review 2024-01-10'");
    }
}

static void mm_key(md_model *m, const ast_meta *k)
{
    md_meta *mt = &m->meta;
    const char *key = k->key.s, *clause = NULL;
    dt_day d;
    loc at;
    if (strcmp(key, "council") == 0 || strcmp(key, "title") == 0) {
        const ast_word *w = mm_skip_clause(k->args, &clause);
        if (!w || w->kind != W_STRING || w->next) {
            MD_ERR(m, "bad-meta", k->at, "'%s' needs a name in quotes", key);
            MD_HINT(m, "write '%s \"Houghton Regis Town Council\"'", key);
            return;
        }
        if (key[0] == 'c') mt->council = w->text; else mt->title = w->text;
    } else if (strcmp(key, "adopted") == 0) {
        if (mm_date_arg(m, k, &d, &at, &clause)) mm_latest(d, at, &mt->adopted, &mt->has_adopted, &mt->adopted_at);
    } else if (strcmp(key, "approved") == 0 || strcmp(key, "reapproved") == 0) {
        if (mm_date_arg(m, k, &d, &at, &clause)) mm_latest(d, at, &mt->approved, &mt->has_approved, &mt->approved_at);
    } else if (strcmp(key, "reviewed") == 0) {
        if (mm_date_arg(m, k, &d, &at, &clause)) mm_latest(d, at, &mt->reviewed, &mt->has_reviewed, &mt->reviewed_at);
    } else if (strcmp(key, "review") == 0) {
        mm_review(m, k);
    } else if (strcmp(key, "next") == 0) {
        mm_next(m, k);
    } else if (strcmp(key, "calendar") == 0) {
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
        mt->calendar = (int)c;
        mt->calendar_at = w->at;
    } else {
        MD_ERR(m, "unknown-field", k->key.at, "unknown protocol field '%s'", key);
        sg_best b;
        sg_begin(&b, key);
        for (const char *const *p = mm_keys; *p; p++) sg_offer(&b, *p);
        if (sg_result(&b)) MD_HINT(m, "did you mean '%s'?", sg_result(&b));
        else MD_HINT(m, "the fields are council, adopted, approved, reviewed, review, next review and calendar");
    }
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
    for (const ast_meta *k = found->u.protocol.meta; k; k = k->next) mm_key(m, k);
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

md_review md_review_status(const md_model *m, dt_day today) { return md_review_status_in(m, m->ar, today); }

md_review md_review_status_in(const md_model *m, arena *ar, dt_day today)
{
    const md_meta *mt = &m->meta;
    md_review r;
    memset(&r, 0, sizeof r);
    if (mt->has_adopted) { r.last = mt->adopted; r.has_last = true; }
    if (mt->has_approved && (!r.has_last || mt->approved > r.last)) { r.last = mt->approved; r.has_last = true; }
    if (mt->has_reviewed && (!r.has_last || mt->reviewed > r.last)) { r.last = mt->reviewed; r.has_last = true; }
    char last[11];
    if (r.has_last) dt_format(r.last, last);
    if (mt->has_next) {
        r.known = true;
        r.next = mt->next;
        r.basis = "the next review date the protocol states";
        if (mt->next_year_only) {
            int y, mo, dd;
            dt_to_ymd(mt->next, &y, &mo, &dd);
            r.basis = ar_printf(ar, "the protocol states the next review is due in %d", y);
        }
    } else if (mt->review == RV_EVERY && r.has_last) {
        r.known = true;
        r.next = mm_add_months(r.last, mt->review_n);
        r.basis = ar_printf(ar, "reviewed %s from %s", mt->review_text, last);
    } else if (mt->review == RV_VAGUE) {
        r.basis = ar_printf(ar, "reviewed %s: no fixed date", mt->review_text);
    } else if (mt->review == RV_EVERY) {
        r.basis = "no adoption, approval or review date to count from";
    } else {
        r.basis = "the protocol sets no review cycle";
    }
    r.overdue = r.known && today > r.next;
    return r;
}
