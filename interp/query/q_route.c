/* q_route — "route KIND by ROLE about ROLE" and "who handles KIND about ROLE":
 * the chosen route's steps in order, with each step that does not apply
 * and why (its condition, or a handler who is the subject or the raiser). */
#include "q_int.h"
#include "routes.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

typedef struct qr_step {
    const md_step *s;
    bool applies;
    const char *reason;      /* why it is skipped, or a caveat when it may apply */
    int chosen;              /* the handler role that takes it ("Clerk or Mayor"), or -1 */
    const char *name;        /* the handler's name as this case sees it, or NULL */
} qr_step;

static const char *qr_handler_id(const md_model *m, const qr_step *q)
{
    const md_step *s = q->s;
    if (s->informal) return "informal";
    if (q->chosen >= 0) return m->roles[q->chosen].name;
    if (s->handler >= 0) return m->roles[s->handler].name;
    if (s->procedure >= 0) return m->terms[s->procedure].name;
    return "?";
}

static const char *qr_handler_name(const md_model *m, const qr_step *q)
{
    const md_step *s = q->s;
    if (q->name) return q->name;
    if (s->informal) {
        if (!s->nwith) return "the parties, informally";
        const char *w = "";
        for (size_t i = 0; i < s->nwith; i++)
            w = ar_printf(m->ar, "%s%s%s", w, i == 0 ? "" : i + 1 == s->nwith ? " or " : ", ",
                          m->roles[s->with[i]].display);
        return ar_printf(m->ar, "the parties, informally (with the help of %s)", w);
    }
    if (q->chosen >= 0) return m->roles[q->chosen].display;
    if (s->handler >= 0) {
        const char *n = m->roles[s->handler].display;
        for (size_t i = 0; i < s->nalts; i++) n = ar_printf(m->ar, "%s or %s", n, m->roles[s->alts[i]].display);
        return n;
    }
    if (s->procedure >= 0) return m->terms[s->procedure].display;
    return "?";
}

/* Why a handler role cannot take the case, or NULL. */
static const char *qr_excluded(const md_model *m, const md_route *r, int role, int by, int about)
{
    if (about >= 0 && md_is_a(m, about, role))
        return ar_printf(m->ar, "%s is the subject of the %s, and nobody handles a case about themselves",
                         tx_the(m, m->ar, m->roles[role].display), md_term_name(m, r->kind));
    if (by >= 0 && md_is_a(m, by, role))
        return ar_printf(m->ar, "%s raised the %s, and nobody handles their own case", tx_the(m, m->ar, m->roles[role].display),
                         md_term_name(m, r->kind));
    return NULL;
}

/* A condition the question leaves open: "only when serious", "unless a
 * formal written complaint" (not "only unless"). */
static const char *qr_only(const md_model *m, const md_cond *c)
{
    return c->kind == C_NOT ? tx_cond(m, m->ar, c) : ar_printf(m->ar, "only %s", tx_cond(m, m->ar, c));
}

static void qr_judge(const md_model *m, const md_route *r, const rt_case *c, int by, int about, qr_step *out)
{
    for (size_t i = 0; i < r->nsteps; i++) {
        const md_step *s = &r->steps[i];
        qr_step q = { s, true, NULL, -1, NULL };
        rt_tri t = rt_eval(m, s->cond, c);
        if (t == RT_FALSE) {
            q.applies = false;
            q.reason = s->cond->kind == C_NOT ? ar_printf(m->ar, "does not apply %s", tx_cond(m, m->ar, s->cond->a))
                                              : ar_printf(m->ar, "applies only %s", tx_cond(m, m->ar, s->cond));
        } else if (s->handler >= 0) {
            /* the first of "Clerk or Mayor" who can take it */
            const char *first_why = NULL, *why = NULL, *all_why = NULL;
            for (size_t k = 0; k <= s->nalts && q.chosen < 0; k++) {
                int role = k == 0 ? s->handler : s->alts[k - 1];
                why = qr_excluded(m, r, role, by, about);
                if (!why) q.chosen = role;
                else if (!first_why) first_why = why;
                if (why) all_why = all_why ? ar_printf(m->ar, "%s; and %s", all_why, why) : why;   /* every reason */
            }
            /* is one of the later alternatives a party to the case? */
            const char *later_why = NULL;
            for (size_t k = 1; q.chosen >= 0 && k <= s->nalts && !later_why; k++)
                if (s->alts[k - 1] != q.chosen) later_why = qr_excluded(m, r, s->alts[k - 1], by, about);
            if (q.chosen < 0) {
                q.applies = false;
                q.reason = s->nalts ? ar_printf(m->ar, "none of them can take it: %s", all_why) : first_why;
            } else if (first_why || later_why) {
                q.reason = ar_printf(m->ar, "%s; so %s", first_why ? first_why : later_why,
                                     tx_the(m, m->ar, m->roles[q.chosen].display));
            } else if (s->nalts) {
                q.chosen = -1;   /* any of them */
            }
            if (q.applies && t == RT_UNKNOWN)
                q.reason = q.reason ? ar_printf(m->ar, "%s; %s", q.reason, qr_only(m, s->cond))
                                    : qr_only(m, s->cond);
        } else if (t == RT_UNKNOWN) {
            q.reason = qr_only(m, s->cond);
        }
        if (s->informal && s->nwith) {
            /* helpers who are a party to the case cannot help settle it */
            const char *w = NULL;
            size_t n = 0, left = 0;
            for (size_t k = 0; k < s->nwith; k++) left += !qr_excluded(m, r, s->with[k], by, about);
            for (size_t k = 0; k < s->nwith; k++) {
                if (qr_excluded(m, r, s->with[k], by, about)) continue;
                n++;
                w = ar_printf(m->ar, "%s%s%s", w ? w : "", n == 1 ? "" : n == left ? " or " : ", ",
                              m->roles[s->with[k]].display);
            }
            q.name = w ? ar_printf(m->ar, "the parties, informally (with the help of %s)", w) : "the parties, informally";
        }
        out[i] = q;
    }
}

/* The answer for one route, as keys of the object being written. */
static void qr_json_fields(q_parse *p, const md_route *r, const qr_step *st, int kind, int by, int about)
{
    md_model *m = QM(p);
    js_out *j = &p->js;
    js_key(j, "case"); js_str(j, m->terms[kind].name);
    js_key(j, "by"); js_str(j, by >= 0 ? m->roles[by].name : NULL);
    js_key(j, "about"); js_str(j, about >= 0 ? m->roles[about].name : NULL);
    js_key(j, "route_clause"); js_str(j, r ? r->clause : NULL);
    js_key(j, "route");
    if (r) js_str(j, ar_printf(m->ar, "%s by %s about %s", m->terms[r->kind].name,
                                r->by >= 0 ? m->roles[r->by].name : "anyone",
                                r->about >= 0 ? m->roles[r->about].name : "anyone"));
    else js_null(j);
    for (int pass = 0; pass < 2; pass++) {
        js_key(j, pass == 0 ? "steps" : "skipped");
        js_arr(j);
        for (size_t i = 0; r && i < r->nsteps; i++) {
            if (st[i].applies != (pass == 0)) continue;
            const md_step *s = st[i].s;
            js_obj(j);
            js_key(j, "clause"); js_str(j, s->clause ? s->clause : r->clause);
            js_key(j, "handler"); js_str(j, qr_handler_id(m, &st[i]));
            js_key(j, "handler_name"); js_str(j, qr_handler_name(m, &st[i]));
            if (s->nalts) {
                js_key(j, "alternatives");
                js_arr(j);
                js_str(j, m->roles[s->handler].name);
                for (size_t k = 0; k < s->nalts; k++) js_str(j, m->roles[s->alts[k]].name);
                js_arr_end(j);
            }
            js_key(j, "kind"); js_str(j, s->informal ? "informal" : s->procedure >= 0 ? "procedure" : "role");
            js_key(j, "within"); js_str(j, s->within.kind == DUR_NONE ? NULL : tx_deadline(m, m->ar, &s->within));
            js_key(j, "condition"); js_str(j, s->cond ? tx_cond(m, m->ar, s->cond) : NULL);
            js_key(j, pass == 0 ? "note" : "reason"); js_str(j, st[i].reason);
            js_obj_end(j);
        }
        js_arr_end(j);
    }
}

static void qr_text(q_parse *p, const md_route *r, const qr_step *st, int kind, int by, int about)
{
    md_model *m = QM(p);
    FILE *o = p->q->out;
    const char *who = ar_printf(m->ar, "A %s%s%s%s%s", md_term_name(m, kind), by >= 0 ? " by " : "",
                                by >= 0 ? tx_some(m, m->ar, m->roles[by].display) : "", about >= 0 ? " about " : "",
                                about >= 0 ? tx_some(m, m->ar, m->roles[about].display) : "");
    if (!r) {
        fprintf(o, "%s: no route in this protocol covers it.\n", who);
        return;
    }
    fprintf(o, "%s%s%s%s:\n", who, r->clause ? " [" : "", r->clause ? r->clause : "", r->clause ? "]" : "");
    int k = 0;
    for (size_t i = 0; i < r->nsteps; i++) {
        const md_step *s = st[i].s;
        const char *cl = s->clause ? s->clause : r->clause;
        char clb[64];
        snprintf(clb, sizeof clb, "[%s] ", cl ? cl : "-");
        if (st[i].applies) {
            fprintf(o, "  %d. %s%s", ++k, clb, qr_handler_name(m, &st[i]));
            if (s->within.kind != DUR_NONE) fprintf(o, ", within %s", tx_deadline(m, m->ar, &s->within));
            if (st[i].reason) fprintf(o, " (%s)", st[i].reason);
            fputc('\n', o);
        } else {
            qr_step all = st[i];
            all.chosen = -1;
            fprintf(o, "  -  %s%s: skipped — %s\n", clb, qr_handler_name(m, &all), st[i].reason);
        }
    }
    if (!k) fprintf(o, "No step of this route applies.\n");
    else {
        /* only informal steps are left: say that no one can take it further */
        bool formal = false, skipped = false;
        for (size_t i = 0; i < r->nsteps; i++) {
            formal |= st[i].applies && !st[i].s->informal;
            skipped |= !st[i].applies;
        }
        if (!formal && skipped) fprintf(o, "No formal step applies: if it is not settled informally, the protocol names no one "
                                           "else to take it.\n");
    }
}

int q_route(q_parse *p, bool who_handles)
{
    md_model *m = QM(p);
    int kind = q_thing(p, true);
    if (kind < 0) return 1;
    int by = -1, about = -1;
    while (!q_at_end(p)) {
        if (q_word(p, p->i, "by") || q_word(p, p->i, "from")) {
            p->i++;
            if ((by = q_role(p, "who raises it")) < 0) return 1;
        } else if (q_word(p, p->i, "about") || q_word(p, p->i, "against")) {
            p->i++;
            if ((about = q_role(p, "whom it is about")) < 0) return 1;
        } else {
            q_error(p, p->t[p->i].at, "bad-query", "unexpected '%s'", p->t[p->i].text);
            dg_hint(p->q->dg, "write 'route %s by ROLE about ROLE'", m->terms[kind].name);
            return 1;
        }
    }
    (void)who_handles;
    /* The routes to answer with.  Asked without a raiser ("who handles
     * complaint about Member"), each route a raiser could take: one for
     * complaints by officers, another by members, each under its raiser. */
    int abr[1] = { about };
    int *routes = fail_malloc((m->nroutes + 1) * sizeof *routes);
    if (!routes) { dg_oom(p->q->dg); return 1; }
    size_t nr = 0;
    for (size_t i = 0; by < 0 && i < m->nroutes; i++) {
        const md_route *x = &m->routes[i];
        if (x->kind != kind) continue;
        int xb[1] = { x->by };
        rt_case cx = { .by = { xb, x->by >= 0 ? 1u : 0u }, .about = { abr, about >= 0 ? 1u : 0u } };
        int rj = rt_choose(m, kind, &cx);
        bool dup = rj < 0;
        for (size_t k = 0; k < nr && !dup; k++) dup = routes[k] == rj;
        if (!dup) routes[nr++] = rj;
    }
    if (nr <= 1 && !(nr == 1 && m->routes[routes[0]].by >= 0)) {   /* one route, for anyone: as asked */
        int byr[1] = { by };
        rt_case c = { .by = { byr, by >= 0 ? 1u : 0u }, .about = { abr, about >= 0 ? 1u : 0u } };
        int ri = rt_choose(m, kind, &c);
        nr = 0;
        if (ri >= 0) routes[nr++] = ri;
    }
    bool per_raiser = by < 0 && nr >= 1 && m->routes[routes[0]].by >= 0;
    if (p->q->json) q_begin(p, "route");
    if (!nr) {   /* no route: the question, and no steps */
        if (p->q->json) qr_json_fields(p, NULL, NULL, kind, by, about);
        else qr_text(p, NULL, NULL, kind, by, about);
    }
    for (size_t k = 0; k < nr; k++) {
        const md_route *r = &m->routes[routes[k]];
        int rby = per_raiser ? r->by : by;
        int xb[1] = { rby };
        rt_case c = { .by = { xb, rby >= 0 ? 1u : 0u }, .about = { abr, about >= 0 ? 1u : 0u } };
        qr_step *st = fail_calloc(r->nsteps + 1, sizeof *st);
        if (!st) { dg_oom(p->q->dg); break; }
        qr_judge(m, r, &c, rby, about, st);
        if (p->q->json) {
            /* the first at the top, as for any route; all of them under "routes" */
            if (k == 0) qr_json_fields(p, r, st, kind, rby, about);
            if (per_raiser && k == 0) { js_key(&p->js, "routes"); js_arr(&p->js); }
            if (per_raiser) { js_obj(&p->js); qr_json_fields(p, r, st, kind, rby, about); js_obj_end(&p->js); }
        } else {
            if (k) fputc('\n', p->q->out);
            qr_text(p, r, st, kind, rby, about);
        }
        free(st);
    }
    if (p->q->json) {
        if (per_raiser && nr) js_arr_end(&p->js);
        q_end(p);
    }
    free(routes);
    return 0;
}
