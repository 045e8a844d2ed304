/* page_text — the few sentences a page adds to the answers it lays out:
 * the worked example of a deadline, how other cases go at a route's step,
 * the review's status.  Plain text in the page's arena; each renderer
 * escapes it for its format. */
#include "page.h"
#include "text.h"

#include <string.h>

static const char *pg_day(const pg_page *p, dt_day d)
{
    char b[24];
    dt_format_long(d, b);
    return ar_printf(p->ar, "%s", b);
}

/* "an enquiry from a Member": what opens the duty, or NULL. */
static const char *pg_trigger(const pg_page *p, const md_norm *n)
{
    const md_model *m = p->m;
    if (!n || n->trigger < 0) return NULL;
    const char *what = tx_some_thing(m, p->ar, m->terms[n->trigger].display);
    if (n->trigger_from < 0) return what;
    return ar_printf(p->ar, "%s from %s", what, tx_some(m, p->ar, md_role_name(m, n->trigger_from)));
}

const char *pg_example(const pg_page *p, const q_deadline_a *a, const q_due *d)
{
    if (!d->fixed) return ar_printf(p->ar, "No due date can be worked out: '%s' is not a fixed period.", d->vague);
    const char *what = pg_trigger(p, d->rule.norm), *from = pg_day(p, d->from), *due = pg_day(p, d->due);
    const char *cal = d->working_days && a->calendar_name ? ar_printf(p->ar, ", counting working days on the %s calendar",
                                                                     a->calendar_name)
                                                          : "";
    if (what) return ar_printf(p->ar, "For example, %s received on %s is due by the close of %s%s.", what, from, due, cal);
    return ar_printf(p->ar, "For example, counted from %s, it is due by the close of %s%s.", from, due, cal);
}

const char *pg_not_counted(const pg_page *p, const q_due *d)
{
    if (!d->fixed) return NULL;
    if (!d->working_days) return "Weekends and holidays are counted: the period is not in working days.";
    if (!d->nnot_counted) return "No holiday falls in the period; weekends are not working days.";
    const char *s = "Not counted:";
    for (size_t i = 0; i < d->nnot_counted; i++)
        s = ar_printf(p->ar, "%s%s %s (%s)", s, i == 0 ? "" : i + 1 == d->nnot_counted ? " and" : ",",
                      pg_day(p, d->not_counted[i].day), d->not_counted[i].name);
    return ar_printf(p->ar, "%s; nor are weekends.", s);
}

const char *pg_otherwise(const pg_page *p, const q_due *d)
{
    if (!d->has_otherwise) return NULL;
    return ar_printf(p->ar, "Otherwise (%s): by the close of %s.", d->rule.otherwise, pg_day(p, d->otherwise_due));
}

/* ---- routes -------------------------------------------------------------------------- */

/* "a complaint by a Member about a Town Clerk": the heading, in a sentence. */
static const char *pg_case_words(const pg_page *p, const q_route_one *o)
{
    const char *h = o->heading;
    if (h[0] == 'A' && (h[1] == ' ' || h[1] == 'n')) return ar_printf(p->ar, "a%s", h + 1);
    return h;
}

/* How case c goes at step i, where it differs from the route's own case; or NULL. */
static const char *pg_case_note(const pg_page *p, const q_step_a *own, const q_step_a *s, const q_route_one *c)
{
    const char *who = pg_case_words(p, c);
    if (own->applies && !s->applies) return ar_printf(p->ar, "Skipped for %s: %s.", who, s->reason);
    if (!own->applies && s->applies)
        return ar_printf(p->ar, "Applies to %s%s%s.", who, s->reason ? ": " : "", s->reason ? s->reason : "");
    if (s->applies && s->informal && strcmp(own->handler_name, s->handler_name) != 0)
        return ar_printf(p->ar, "For %s: %s.", who, s->handler_name);
    if (s->applies && strcmp(own->handler_name, s->handler_name) != 0)
        return ar_printf(p->ar, "For %s: %s%s%s%s.", who, s->handler_name, s->reason ? " (" : "", s->reason ? s->reason : "",
                         s->reason ? ")" : "");
    return NULL;
}

bool pg_step_skipped_somewhere(const pg_route *r, size_t i)
{
    if (!r->own) return false;
    if (!r->own->steps[i].applies || r->own->steps[i].condition) return true;
    for (size_t k = 0; k < r->ncases; k++)
        if (!r->cases[k].route->steps[i].applies) return true;
    return false;
}

const char **pg_step_notes(const pg_page *p, const pg_route *r, size_t i)
{
    const char **v = ar_alloc(p->ar, (r->ncases + 1) * sizeof *v);
    if (!v) return NULL;
    size_t n = 0;
    for (size_t k = 0; r->own && k < r->ncases; k++) {
        const char *note = pg_case_note(p, &r->own->steps[i], &r->cases[k].route->steps[i], r->cases[k].route);
        if (note) v[n++] = note;
    }
    v[n] = NULL;
    return v;
}

const char *pg_step_text(const pg_page *p, const q_step_a *s)
{
    const char *who = s->applies ? s->handler_name : s->handler_all;
    if (!s->within) return who;
    return ar_printf(p->ar, "%s, within %s", who, s->within);
}

const char *pg_step_state(const pg_page *p, const q_step_a *s)
{
    if (!s->applies) return ar_printf(p->ar, "Skipped: %s.", s->reason ? s->reason : "it does not apply");
    if (s->reason) return ar_printf(p->ar, "%c%s.", s->reason[0] >= 'a' && s->reason[0] <= 'z' ? s->reason[0] - 32 : s->reason[0],
                                    s->reason + 1);
    return NULL;
}

/* ---- review ---------------------------------------------------------------------------- */

const char *pg_review_line(const pg_page *p)
{
    const q_review_a *r = &p->review.u.review;
    char next[11], today[11];
    dt_format(r->today, today);
    if (!r->status.known) return "No review date can be worked out, so the review cannot be overdue.";
    dt_format(r->status.next, next);
    if (r->status.overdue) return ar_printf(p->ar, "Overdue: the review was due on %s; today is %s.", next, today);
    return ar_printf(p->ar, "Not overdue as of %s: the next review is due by %s.", today, next);
}
