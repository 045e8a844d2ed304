/* q_deadline — "deadline CLAUSE from DATE": for every rule of the clause
 * that sets a period, the day it is due under the protocol's calendar, the
 * holidays not counted, and the fallback's due day. */
#include "q_int.h"

#include <string.h>

/* Does any rule of the clause set a period? */
static bool qd_sets_period(const md_model *m, const char *clause)
{
    for (int e = md_clause_first(m, clause); e >= 0; e = md_clause_next(m, e))
        if (m->norms[md_clause_norm(m, e)].within.kind != DUR_NONE) return true;
    return false;
}

bool q_compile_deadline(q_parse *p, q_question *q)
{
    q_deadline_q *d = &q->u.deadline;
    size_t ci = p->i;
    if (!(d->clause = q_clause(p))) return false;
    if (!q_word(p, p->i, "from") && !q_word(p, p->i, "after") && !q_word(p, p->i, "on")) {
        q_error(p, q_here(p), "bad-query", "write 'deadline %s from DATE'", d->clause);
        return false;
    }
    p->i++;
    size_t di = p->i;
    if (!q_date(p, &d->from) || !q_expect_end(p)) return false;
    d->end = q_here(p);
    if (!qd_sets_period(p->m, d->clause)) {
        q_error(p, p->t[ci].at, "no-deadline", "clause [%s] sets no deadline", d->clause);
        dg_hint(p->dg, "'explain %s' shows what the clause says", d->clause);
        return false;
    }
    if (d->from < dt_from_ymd(CAL_COMPLETE_FROM, 1, 1)) {
        /* refused rather than answered: a holiday left out moves the date */
        q_error(p, p->t[di].at, "calendar-range", "no deadline is worked out from before %d: the calendars' bank "
                "holidays are incomplete there", CAL_COMPLETE_FROM);
        dg_hint(p->dg, "the standard calendars hold the bank holidays from %d on; count the days by hand against "
                "the holidays of the time", CAL_COMPLETE_FROM);
        return false;
    }
    return true;
}

/* Every rule of the clause that sets a period, once each (a rule on
 * "Member and Officer" is one line of the protocol, two rules inside), a
 * fixed period before a vague one, so that the first answer has a date.
 * Returns how many, into ns (room for every rule of the clause). */
static size_t qd_rules(const md_model *m, const char *clause, const md_norm **ns)
{
    size_t nn = 0;
    for (int e = md_clause_first(m, clause); e >= 0; e = md_clause_next(m, e)) {
        const md_norm *c = &m->norms[md_clause_norm(m, e)];
        if (c->within.kind == DUR_NONE) continue;
        bool seen = false;
        for (size_t i = 0; i < nn && !seen; i++) seen = ns[i]->at.file == c->at.file && ns[i]->at.start == c->at.start;
        if (!seen) ns[nn++] = c;
    }
    for (size_t i = 1; i < nn; i++)
        for (size_t j = i; j > 0 && ns[j]->within.kind == DUR_FIXED && ns[j - 1]->within.kind != DUR_FIXED; j--) {
            const md_norm *t = ns[j];
            ns[j] = ns[j - 1];
            ns[j - 1] = t;
        }
    return nn;
}

/* The holidays between r->from (not counted) and r->due that were skipped. */
static void qd_not_counted(const q_eval *e, cal_calendar *cal, q_due *r)
{
    if (!r->working_days || !cal) return;
    size_t n = 0;
    for (dt_day d = r->from + 1; d <= r->due; d++) n += cal_holiday_name(cal, d) != NULL;
    r->not_counted = q_array(e, n, sizeof *r->not_counted);
    for (dt_day d = r->from + 1; r->not_counted && d <= r->due; d++) {
        const char *h = cal_holiday_name(cal, d);
        if (!h) continue;
        q_day_off o = { d, h };
        r->not_counted[r->nnot_counted++] = o;
    }
}

/* One rule's deadline from a day.  Returns 0, or why no due day can be
 * found (cal.h: CAL_NO_WORKING_DAY, CAL_OUT_OF_RANGE). */
static int qd_one(const q_eval *e, const md_norm *n, dt_day from, q_due *r)
{
    const md_model *m = e->m;
    memset(r, 0, sizeof *r);
    q_rule_of(e, n, &r->rule);
    r->from = from;
    r->within = tx_deadline(m, e->ar, &n->within);
    r->fixed = n->within.kind == DUR_FIXED;
    if (!r->fixed) r->vague = md_vague(m, &n->within);
    /* Only working days skip holidays: days, weeks, months and hours count them. */
    r->working_days = n->within.unit == U_WORKING_DAYS && md_cal(m);
    int why = r->fixed ? md_deadline_from(m, &n->within, from, &r->due) : 0;
    if (why != 0) return why;
    r->has_otherwise = n->x->nfallback && n->x->fallback_within.kind == DUR_FIXED &&
                       md_deadline_from(m, &n->x->fallback_within, from, &r->otherwise_due) == 0;
    if (r->fixed) qd_not_counted(e, md_cal(m), r);
    return 0;
}

int q_eval_deadline(const q_eval *e, const q_question *q, q_answer *a)
{
    const md_model *m = e->m;
    const q_deadline_q *d = &q->u.deadline;
    q_deadline_a *o = &a->u.deadline;
    cal_calendar *cal = md_cal(m);
    o->clause = d->clause;
    o->calendar = cal ? cal_id(cal) : NULL;
    o->calendar_name = cal ? cal_display(cal) : NULL;
    size_t cap = 0;
    for (int x = md_clause_first(m, d->clause); x >= 0; x = md_clause_next(m, x)) cap++;
    const md_norm **ns = q_array(e, cap, sizeof *ns);
    o->dues = q_array(e, cap, sizeof *o->dues);
    if (!ns || !o->dues) {
        dg_oom(e->dg);
        return 1;
    }
    o->n = qd_rules(m, d->clause, ns);
    for (size_t i = 0; i < o->n; i++) {
        int why = qd_one(e, ns[i], d->from, &o->dues[i]);
        if (why == 0) continue;
        char fb[11];
        dt_format(d->from, fb);
        if (why == CAL_OUT_OF_RANGE)
            dg_report(e->dg, DG_ERROR, "calendar-range", d->end, "no due date can be found: it would fall after "
                      "%d-12-31, past the last year Civic's calendars cover", DT_MAX_YEAR);
        else
            dg_report(e->dg, DG_ERROR, "no-working-day", d->end,
                      "no due date can be found: the calendar has no working day within ten years of %s", fb);
        return 1;
    }
    return 0;
}
