/* text — see text.h. */
#include "text.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *tx_cat(const md_model *m, arena *ar, const char *a, const char *b)
{
    const char *r = ar_printf(ar, "%s%s", a, b);
    return r ? r : a;
}

const char *tx_a(const char *name)
{
    char c = name && name[0] ? name[0] : 'x';
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    return strchr("aeio", c) ? "an" : "a";
}

/* A name that brings its own article ("the media", "the Council's
 * Monitoring Officer", "a councillor for Brook ward") is given no other. */
static bool tx_has_article(const char *name)
{
    return strncasecmp(name, "the ", 4) == 0 || strncasecmp(name, "a ", 2) == 0 || strncasecmp(name, "an ", 3) == 0;
}

/* "a Member", "an Officer" */
const char *tx_some(const md_model *m, arena *ar, const char *name)
{
    if (!name) return "someone";
    return tx_has_article(name) ? name : ar_printf(ar, "%s %s", tx_a(name), name);
}

/* A thing that takes no "a": "disclose information", "give advice". */
static bool tx_mass(const char *name)
{
    static const char *const mass[] = { "information", "advice", "correspondence", "performance", "support",
                                        "assistance", "guidance", "evidence", "feedback", "help", "training",
                                        "work", "confidential information", "restricted information", NULL };
    for (const char *const *p = mass; *p; p++)
        if (strcasecmp(name, *p) == 0) return true;
    return false;
}

const char *tx_some_thing(const md_model *m, arena *ar, const char *name)
{
    if (name && tx_mass(name)) return name;
    return tx_some(m, ar, name);
}

/* "the Town Clerk" */
const char *tx_the(const md_model *m, arena *ar, const char *name)
{
    if (!name) return "someone";
    return tx_has_article(name) ? name : ar_printf(ar, "the %s", name);
}

const char *tx_action(const md_model *m, arena *ar, int action)
{
    if (action < 0) return "?";
    const md_term *t = &m->terms[action];
    if (!strchr(t->name, '-')) return t->name;
    char *s = ar_printf(ar, "%s", t->name);
    if (!s) return t->name;
    for (char *p = s; *p; p++)
        if (*p == '-') *p = ' ';
    return s;
}

static const char *tx_act_for(const md_model *m, arena *ar, const md_act *a, const char *person);

static const char *tx_act(const md_model *m, arena *ar, const md_act *a) { return tx_act_for(m, ar, a, NULL); }

static const char *tx_act_for(const md_model *m, arena *ar, const md_act *a, const char *person)
{
    const char *s = tx_action(m, ar, a->action);
    bool has_cp = a->counterpart >= 0 || person;
    const char *cp = person ? person : has_cp ? m->roles[a->counterpart].display : NULL;
    int rel = md_act_rel(a);
    if (!person && rel >= 0 && a->rel_of == RP_SELF) cp = md_rel_their(m, ar, rel);
    else if (!person && rel >= 0)
        cp = ar_printf(ar, "%s %s it is about", md_rel_phrase(m, ar, rel), tx_the(m, ar, md_role_name(m, a->rel_role)));
    /* a counterpart with no preposition is the direct object: "inform Member of complaint" */
    if (has_cp && !a->counterpart_prep && !person) s = ar_printf(ar, "%s %s", s, cp);
    if (a->object >= 0) {
        s = tx_cat(m, ar, s, " ");
        if (a->object_prep) s = tx_cat(m, ar, tx_cat(m, ar, s, md_prep_word(a->object_prep)), " ");
        s = tx_cat(m, ar, s, m->terms[a->object].display);
    }
    if (has_cp && (a->counterpart_prep || person)) {
        s = tx_cat(m, ar, s, " ");
        if (a->counterpart_prep) s = tx_cat(m, ar, tx_cat(m, ar, s, md_prep_word(a->counterpart_prep)), " ");
        else if (a->object >= 0) s = tx_cat(m, ar, s, "for ");
        s = tx_cat(m, ar, s, cp);
    }
    if (a->detail) s = ar_printf(ar, "%s \"%s\"", s, a->detail);
    return s ? s : "?";
}

const char *tx_acts_for(const md_model *m, arena *ar, const md_act *acts, size_t n, const char *person)
{
    const char *s = "";
    for (size_t i = 0; i < n; i++) {
        if (i) s = tx_cat(m, ar, s, " and ");
        s = tx_cat(m, ar, s, tx_act_for(m, ar, &acts[i], acts[i].counterpart >= 0 ? person : NULL));
    }
    return s;
}

const char *tx_acts(const md_model *m, arena *ar, const md_act *acts, size_t n)
{
    const char *s = "";
    for (size_t i = 0; i < n; i++) {
        if (i) s = tx_cat(m, ar, s, " and ");
        s = tx_cat(m, ar, s, tx_act(m, ar, &acts[i]));
    }
    return s;
}

static const char *tx_cond_inner(const md_model *m, arena *ar, const md_cond *c)
{
    if (!c) return "";
    switch (c->kind) {
    case C_AND: return ar_printf(ar, "%s and %s", tx_cond_inner(m, ar, c->a), tx_cond_inner(m, ar, c->b));
    case C_OR: return ar_printf(ar, "(%s or %s)", tx_cond_inner(m, ar, c->a), tx_cond_inner(m, ar, c->b));
    case C_NOT: return ar_printf(ar, "not %s", tx_cond_inner(m, ar, c->a));
    case C_ABOUT: return ar_printf(ar, "it is about %s", tx_some(m, ar, md_role_name(m, c->role)));
    case C_BY: return ar_printf(ar, "it is by %s", tx_some(m, ar, md_role_name(m, c->role)));
    case C_TO: return ar_printf(ar, "it is addressed to %s", tx_some(m, ar, md_role_name(m, c->role)));
    case C_JUNIOR: return ar_printf(ar, "%s is junior to them", tx_the(m, ar, md_role_name(m, c->role)));
    case C_SENIOR: return ar_printf(ar, "%s is senior to them", tx_the(m, ar, md_role_name(m, c->role)));
    case C_FACT: return ar_printf(ar, "\"%s\"", c->text);
    case C_APPROVED: return ar_printf(ar, "%s by %s", c->text, md_role_name(m, c->role));
    }
    return "";
}

/* The roles of an except, from its chain of "to ROLE or to ROLE …". */
static const char *tx_except(const md_model *m, arena *ar, const md_cond *c)
{
    if (c->kind == C_OR) return ar_printf(ar, "%s or %s", tx_except(m, ar, c->a), tx_except(m, ar, c->b));
    return tx_some(m, ar, md_role_name(m, c->role));
}

const char *tx_cond(const md_model *m, arena *ar, const md_cond *c)
{
    if (!c) return "";
    if (c->kind == C_NOT && c->except) return ar_printf(ar, "except for %s", tx_except(m, ar, c->a));
    if (c->kind == C_NOT) return ar_printf(ar, "unless %s", tx_cond_inner(m, ar, c->a));
    if (c->kind == C_AND && c->b && c->b->kind == C_NOT)
        return ar_printf(ar, "when %s, unless %s", tx_cond_inner(m, ar, c->a), tx_cond_inner(m, ar, c->b->a));
    return ar_printf(ar, "when %s", tx_cond_inner(m, ar, c));
}

const char *tx_deadline(const md_model *m, arena *ar, const md_deadline *d)
{
    if (d->kind == DUR_FIXED) return ar_printf(ar, "%d %s", (int)d->n, ast_unit_word(d->unit, d->n));
    if (d->kind == DUR_VAGUE) return md_vague(m, d);
    return "";
}

const char *tx_within(const md_model *m, arena *ar, const md_deadline *d)
{
    if (d->kind == DUR_VAGUE) return md_vague(m, d);
    if (d->kind != DUR_FIXED) return "";
    const char *s = d->form == DF_END_OF ? ar_printf(ar, "by the end of %s", md_vague(m, d))
                                         : ar_printf(ar, "within %s", tx_deadline(m, ar, d));
    if (d->receipt) s = ar_printf(ar, "%s of receipt", s);
    if (d->asap) s = ar_printf(ar, "as soon as possible, and at the latest %s", s);
    return s;
}

const char *tx_norm_within(const md_model *m, arena *ar, const md_norm *n)
{
    const md_deadline *t = &n->x->target;
    if (!n->within.asap || t->kind == DUR_NONE) return tx_within(m, ar, &n->within);
    md_deadline cap = n->within;
    cap.asap = false;
    const char *target = t->kind == DUR_VAGUE ? md_vague(m, t) : tx_within(m, ar, t);
    return ar_printf(ar, "%s if possible, and at the latest %s", target, tx_within(m, ar, &cap));
}

const char *tx_counting(const md_model *m, arena *ar, const md_deadline *d, dt_day from)
{
    return tx_counting_of(m, ar, d, from, NULL);
}

const char *tx_counting_of(const md_model *m, arena *ar, const md_deadline *d, dt_day from, const char *what)
{
    char day[11];
    dt_format(from, day);
    const cal_calendar *c = md_cal(m);
    const char *cal = c && cal_display(c) ? cal_display(c) : "the protocol's";
    if (d->kind != DUR_FIXED) return "";
    const char *self = what ? ar_printf(ar, "the day of %s", what) : "that day";
    switch (d->unit) {
    case U_WORKING_DAYS:
        if (d->n == 0)
            return ar_printf(ar, "by the close of %s if it is a working day, else of the next working day (%s calendar)",
                             day, cal);
        return ar_printf(ar, "counted in working days from the day after %s (%s itself does not count), on the "
                             "%s calendar: due by the close of the %s working day", day, self, cal, tx_ordinal(ar, d->n));
    case U_HOURS:
        return ar_printf(ar, "counted in hours from the time on %s (from midnight when no time is given), due by the "
                             "close of the day the period reaches", day);
    case U_WEEKS: case U_DAYS:
        return ar_printf(ar, "counted in calendar days from the day after %s (%s itself does not count), "
                             "weekends and holidays included", day, self);
    case U_MONTHS:
        return ar_printf(ar, "counted in calendar months from %s: due by the close of the same day of the month %d "
                             "month%s on (or that month's last day)", day, (int)d->n, d->n == 1 ? "" : "s");
    }
    return "";
}

const char *tx_ordinal(arena *ar, long n)
{
    const char *suf = (n % 100 >= 11 && n % 100 <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return ar_printf(ar, "%ld%s", n, suf);
}

/* "the Head of Service responsible for the Officer complained about",
 * "the Town Clerk and/or the Chair of the Council", "possibly the Council",
 * "referred to the Monitoring Officer, under a Code of Conduct complaint". */
const char *tx_handler(const md_model *m, arena *ar, const md_route *r, const md_step *st)
{
    const char *h;
    if (st->rel >= 0) {
        bool raiser = st->rel_of == RP_RAISER;
        int whose = !r ? -1 : raiser ? r->by : r->about;
        h = whose < 0 ? ar_printf(ar, "%s the %s", md_rel_phrase(m, ar, st->rel), raiser ? "one who raised it" : "one it is about")
                      : ar_printf(ar, "%s %s %s", md_rel_phrase(m, ar, st->rel), tx_the(m, ar, md_role_name(m, whose)),
                                  raiser ? "who raised it" : "it is about");
    } else if (st->procedure >= 0 && !st->referral) {
        h = m->terms[st->procedure].display;
    } else if (st->informal) {
        h = "the parties, informally";
    } else {
        h = tx_the(m, ar, md_role_name(m, st->handler));
    }
    for (size_t i = 0; i < st->nalts && (st->rel >= 0 || st->handler >= 0); i++)
        h = ar_printf(ar, "%s %s %s", h, st->choice ? "and/or" : "or", tx_the(m, ar, md_role_name(m, st->alts[i])));
    if (st->referral) {
        h = ar_printf(ar, "referred out of this protocol to %s", h);
        if (st->under >= 0) h = ar_printf(ar, "%s, under %s", h, m->terms[st->under].display);
        if (st->procedure >= 0) h = ar_printf(ar, "%s and/or %s", m->terms[st->procedure].display, h);
    }
    if (st->optional) h = ar_printf(ar, "possibly %s", h);
    return h;
}

/* A prohibition made from "only Clerk may …": "(only the Town Clerk may,
 * [8.1])"; from "may … only junior Officer": "(only as [2] says)". */
static const char *tx_only_note(const md_model *m, arena *ar, const md_norm *n, const char *s)
{
    const char *who = NULL;
    for (int e = n->clause ? md_clause_first(m, n->clause) : -1; e >= 0; e = md_clause_next(m, e)) {
        const md_norm *o = &m->norms[md_clause_norm(m, e)];
        if (!o->only || o->at.start != n->at.start || o->at.file != n->at.file) continue;
        const char *t = tx_the(m, ar, md_role_name(m, o->subject));
        who = who ? ar_printf(ar, "%s or %s", who, t) : t;
    }
    if (who) return ar_printf(ar, "%s (only %s may, [%s])", s, who, n->clause);
    return ar_printf(ar, "%s (only as %s says)", s, n->clause ? ar_printf(ar, "[%s]", n->clause) : "its rule");
}

/* Who a rule binds: its role, or "the line manager of the Officer". */
const char *tx_subject(const md_model *m, arena *ar, const md_norm *n)
{
    int rel = md_norm_subj_rel(n);
    if (rel < 0) return md_role_name(m, n->subject);
    return ar_printf(ar, "%s %s", md_rel_phrase(m, ar, rel), tx_the(m, ar, md_role_name(m, n->subj_of)));
}

const char *tx_norm(const md_model *m, arena *ar, const md_norm *n)
{
    const char *s = ar_printf(ar, "%s%s %s %s", n->only ? "only " : "", tx_subject(m, ar, n),
                              ast_modality_word(n->mod), tx_acts(m, ar, n->acts, n->nacts));
    bool named = false;   /* does an act name the counterpart ("instruct and manage Officer")? */
    for (size_t i = 0; i < n->nacts; i++) named |= n->acts[i].counterpart >= 0;
    if (!named && n->counterpart >= 0)
        s = ar_printf(ar, "%s (towards %s)", s, md_role_name(m, n->counterpart));
    if (n->within.kind == DUR_FIXED) s = ar_printf(ar, "%s %s", s, tx_norm_within(m, ar, n));
    else if (n->within.kind == DUR_VAGUE) s = ar_printf(ar, "%s (%s)", s, md_vague(m, &n->within));
    if (n->cond) s = ar_printf(ar, "%s, %s", s, tx_cond(m, ar, n->cond));
    if (n->x->nfallback) {
        s = ar_printf(ar, "%s, otherwise %s", s, tx_acts(m, ar, n->x->fallback, n->x->nfallback));
        if (n->x->fallback_within.kind == DUR_FIXED)
            s = ar_printf(ar, "%s %s", s, tx_within(m, ar, &n->x->fallback_within));
        else if (n->x->fallback_within.kind == DUR_VAGUE)
            s = ar_printf(ar, "%s within %s", s, tx_deadline(m, ar, &n->x->fallback_within));
    }
    if (n->from_only) s = tx_only_note(m, ar, n, s);
    return s ? s : "?";
}

const char *tx_verdict(ast_modality mod)
{
    switch (mod) {
    case MOD_MUST: return "obliged";
    case MOD_SHOULD: return "recommended";
    case MOD_MAY: return "permitted";
    case MOD_MUST_NOT: return "forbidden";
    case MOD_SHOULD_NOT: return "discouraged";
    }
    return "unregulated";
}

const char *tx_meaning(ast_modality mod)
{
    switch (mod) {
    case MOD_MUST: return "an obligation: not doing it (in time) is a breach of the protocol";
    case MOD_SHOULD: return "a recommendation: not doing it is a departure, to be explained, not a breach";
    case MOD_MAY: return "a permission: it may be done, and need not be";
    case MOD_MUST_NOT: return "a prohibition: doing it is a breach of the protocol";
    case MOD_SHOULD_NOT: return "discouraged: doing it is a departure, to be explained, not a breach";
    }
    return "";
}
