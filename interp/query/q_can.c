/* q_can — "can ROLE ACTION [ROLE]", "duties of ROLE", "expectations of ROLE
 * from ROLE".
 *
 * `can` gathers every rule about the action that binds the role (rules on
 * the role and on every role it is), and the rules on narrower roles (which
 * hold only for some of them); drops rules overridden by an unconditional
 * exception; and gives one verdict: from the rules that always apply if
 * there are any, else from the conditional ones, marked conditional.  Rules
 * come from the index by (role, action), so a query costs the rules it
 * reads, not the size of the protocol.
 */
#include "q_int.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

typedef struct qc_hit {
    const md_norm *n;
    const char *when;          /* a restriction beyond the norm's own condition, or NULL */
    const md_norm *overridden_by;
    int cv;                    /* the rule's condition on this question: 1 holds, 0 cannot, -1 unknown or none */
} qc_hit;

/* A condition decided as far as the question decides it: "to ROLE" by the
 * counterpart asked about, "by ROLE" by the role asked about; facts and
 * "about" are not in the question.  1 true, 0 false, -1 unknown. */
static int qc_cond(const md_model *m, const md_cond *c, int role, int cp)
{
    if (!c) return 1;
    switch (c->kind) {
    case C_AND: {
        int a = qc_cond(m, c->a, role, cp), b = qc_cond(m, c->b, role, cp);
        return a == 0 || b == 0 ? 0 : a == 1 && b == 1 ? 1 : -1;
    }
    case C_OR: {
        int a = qc_cond(m, c->a, role, cp), b = qc_cond(m, c->b, role, cp);
        return a == 1 || b == 1 ? 1 : a == 0 && b == 0 ? 0 : -1;
    }
    case C_NOT: {
        int a = qc_cond(m, c->a, role, cp);
        return a < 0 ? -1 : !a;
    }
    case C_TO:
    case C_BY: {
        int who = c->kind == C_TO ? cp : role;
        if (who < 0 || c->role < 0) return -1;
        if (md_is_a(m, who, c->role)) return 1;
        return md_overlap(m, who, c->role) ? -1 : 0;   /* some of them may be one */
    }
    default: return -1;
    }
}

typedef struct qc_set {
    qc_hit *h;
    size_t n, cap;
    bool oom;
} qc_set;

static void qc_add(qc_set *s, const md_norm *n, const char *when)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->h[i].n == n) return;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        qc_hit *nh = fail_realloc(s->h, cap * sizeof *nh);
        if (!nh) { s->oom = true; return; }
        s->h = nh;
        s->cap = cap;
    }
    qc_hit h = { n, when, NULL, -1 };
    s->h[s->n++] = h;
}

static const md_act *qc_act(const md_norm *n, int action)
{
    for (size_t i = 0; i < n->nacts; i++)
        if (n->acts[i].action == action) return &n->acts[i];
    return NULL;
}

/* Does norm n (found for the role) speak to this counterpart and thing?
 * Sets *when for a rule towards a narrower counterpart. */
static bool qc_fits(const md_model *m, const md_norm *n, int action, int cp, int thing, const char **when)
{
    const md_act *a = qc_act(n, action);
    if (!a) return false;
    if (thing >= 0 && a->object >= 0 && a->object != thing) return false;
    if (cp < 0 || n->counterpart < 0 || md_is_a(m, cp, n->counterpart)) return true;
    if (md_is_a(m, n->counterpart, cp)) {
        *when = ar_printf(m->ar, "towards %s", tx_some(m, m->ar, md_role_name(m, n->counterpart)));
        return true;
    }
    return md_overlap(m, cp, n->counterpart) &&
           (*when = ar_printf(m->ar, "towards someone who is also %s", tx_some(m, m->ar, md_role_name(m, n->counterpart))));
}

static void qc_gather(q_parse *p, qc_set *s, int role, int action, int cp, int thing)
{
    md_model *m = QM(p);
    const md_role *r = &m->roles[role];
    for (size_t i = 0; i < r->nancestors; i++) {
        for (int e = md_ra_first(m, r->ancestors[i], action); e >= 0; e = md_ra_next(m, e)) {
            const md_norm *n = &m->norms[md_ra_norm(m, e)];
            const char *when = NULL;
            if (qc_fits(m, n, action, cp, thing, &when)) qc_add(s, n, when);
        }
    }
    /* narrower roles: breadth-first over the descendants */
    size_t nr = m->nroles;
    int *queue = fail_malloc(nr * sizeof *queue);
    unsigned char *seen = fail_calloc(nr, 1);
    if (!queue || !seen) { s->oom = true; free(queue); free(seen); return; }
    size_t qh = 0, qt = 0;
    queue[qt++] = role;
    seen[role] = 1;
    while (qh < qt) {
        const md_role *x = &m->roles[queue[qh++]];
        for (size_t c = 0; c < x->nchildren; c++) {
            int d = x->children[c];
            if (seen[d]) continue;
            seen[d] = 1;
            queue[qt++] = d;
            for (int e = md_ra_first(m, d, action); e >= 0; e = md_ra_next(m, e)) {
                const md_norm *n = &m->norms[md_ra_norm(m, e)];
                const char *when = NULL;
                if (!qc_fits(m, n, action, cp, thing, &when)) continue;
                const char *who = ar_printf(m->ar, "when %s is %s", tx_the(m, m->ar, m->roles[role].display),
                                            tx_some(m, m->ar, m->roles[d].display));
                qc_add(s, n, when ? ar_printf(m->ar, "%s, %s", who, when) : who);
            }
        }
    }
    free(queue);
    free(seen);
}

static void qc_overrides(qc_set *s)
{
    for (size_t i = 0; i < s->n; i++) {
        const md_norm *x = s->h[i].n;
        if (!x->x->noverrides || (x->cond && s->h[i].cv != 1) || s->h[i].when || s->h[i].cv == 0) continue;
        for (size_t k = 0; k < s->n; k++)
            if (k != i && md_overrides_norm(x, s->h[k].n)) s->h[k].overridden_by = x;
    }
}

static int qc_rank(ast_modality m)
{
    switch (m) {
    case MOD_MUST_NOT: return 5;
    case MOD_MUST: return 4;
    case MOD_SHOULD_NOT: return 3;
    case MOD_SHOULD: return 2;
    case MOD_MAY: return 1;
    }
    return 0;
}


typedef struct qc_verdict {
    const char *word;
    bool conditional, conflict;
    const md_norm *decider;
} qc_verdict;

/* Do two rules give opposite answers about the same case?  As check.c's
 * conflicts: "may" with "should not" is advice, not a contradiction; rules
 * about different things, or towards counterparts nobody is both of, do not
 * meet ("may disclose information" and "must not disclose advice"). */
static bool qc_opposed(const md_model *m, const md_norm *a, const md_norm *b, int action)
{
    bool a_yes = a->mod == MOD_MUST || a->mod == MOD_SHOULD || a->mod == MOD_MAY;
    bool b_yes = b->mod == MOD_MUST || b->mod == MOD_SHOULD || b->mod == MOD_MAY;
    if (a_yes == b_yes) return false;
    if ((a->mod == MOD_MAY && b->mod == MOD_SHOULD_NOT) || (b->mod == MOD_MAY && a->mod == MOD_SHOULD_NOT)) return false;
    const md_act *x = qc_act(a, action), *y = qc_act(b, action);
    if (!x || !y) return false;
    if (x->object >= 0 && y->object >= 0 && x->object != y->object) return false;
    return md_overlap(m, a->counterpart, b->counterpart);
}

static qc_verdict qc_decide(const md_model *m, const qc_set *s, int action)
{
    qc_verdict v = { "unregulated", false, false, NULL };
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < s->n; i++) {
            const qc_hit *h = &s->h[i];
            if (h->overridden_by || h->cv == 0 || (pass == 0 && (h->when || (h->n->cond && h->cv != 1)))) continue;
            if (!v.decider || qc_rank(h->n->mod) > qc_rank(v.decider->mod)) v.decider = h->n;
            /* under conditions the circumstances may not overlap: only
             * rules that always apply can conflict */
            for (size_t k = 0; pass == 0 && k < i; k++) {
                const qc_hit *o = &s->h[k];
                if (o->overridden_by || o->cv == 0 || o->when || (o->n->cond && o->cv != 1)) continue;
                v.conflict |= qc_opposed(m, h->n, o->n, action);
            }
        }
        if (!v.decider) continue;
        v.word = tx_verdict(v.decider->mod);
        v.conditional = pass == 1;
        return v;
    }
    return v;
}

static const char *qc_applies(const md_model *m, const qc_hit *h)
{
    if (h->overridden_by) return ar_printf(m->ar, "overridden by [%s]", md_norm_clause(h->overridden_by));
    if (h->cv == 0) return ar_printf(m->ar, "not here: the rule holds %s", tx_cond(m, m->ar, h->n->cond));
    if (h->cv == 1 && h->n->cond && !h->when) return ar_printf(m->ar, "here, since %s", tx_cond(m, m->ar, h->n->cond));
    if (h->when && h->n->cond) return ar_printf(m->ar, "%s, %s", h->when, tx_cond(m, m->ar, h->n->cond));
    if (h->when) return h->when;
    if (h->n->cond) return tx_cond(m, m->ar, h->n->cond);
    return "always";
}

static void qc_print_json(q_parse *p, const qc_set *s, const qc_verdict *v, int role, int action, int cp, int thing)
{
    md_model *m = QM(p);
    js_out *j = &p->js;
    q_begin(p, "can");
    js_key(j, "role"); js_str(j, m->roles[role].name);
    js_key(j, "action"); js_str(j, m->terms[action].name);
    js_key(j, "counterpart"); js_str(j, cp >= 0 ? m->roles[cp].name : NULL);
    js_key(j, "thing"); js_str(j, thing >= 0 ? m->terms[thing].name : NULL);
    js_key(j, "verdict"); js_str(j, v->word);
    js_key(j, "conditional"); js_bool(j, v->conditional);
    js_key(j, "conflict"); js_bool(j, v->conflict);
    js_key(j, "clauses");
    js_arr(j);
    const char **seen = fail_calloc(s->n + 1, sizeof *seen);
    size_t ns = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < s->n; i++) {
            const qc_hit *h = &s->h[i];
            if (h->overridden_by || (pass == 0) != (h->n == v->decider)) continue;
            const char *c = md_norm_clause(h->n);
            bool dup = !c;
            for (size_t k = 0; k < ns && !dup; k++) dup = seen[k] == c;
            if (dup) continue;
            if (seen) seen[ns++] = c;
            js_str(j, c);
        }
    }
    free(seen);
    js_arr_end(j);
    js_key(j, "conditions");
    js_arr(j);
    for (size_t i = 0; i < s->n; i++) {
        const qc_hit *h = &s->h[i];
        if (!h->overridden_by && h->cv != 0 && (h->when || (h->n->cond && h->cv != 1))) js_str(j, qc_applies(m, h));
    }
    js_arr_end(j);
    js_key(j, "norms");
    js_arr(j);
    for (size_t i = 0; i < s->n; i++) q_json_norm_ex(p, s->h[i].n, qc_applies(m, &s->h[i]));
    js_arr_end(j);
    q_end(p);
}

/* The question again, in words: "a Member may raise a complaint about an Officer". */
typedef struct qc_ask { int role, action, cp, thing; const char *cp_prep, *thing_prep; } qc_ask;

static const char *qc_question(const md_model *m, const qc_ask *a)
{
    const char *thing = a->thing >= 0 ? tx_some_thing(m, m->ar, m->terms[a->thing].display) : NULL;
    const char *cp = a->cp >= 0 ? tx_some(m, m->ar, m->roles[a->cp].display) : NULL;
    return ar_printf(m->ar, "%s may %s%s%s%s%s%s%s%s%s", tx_some(m, m->ar, m->roles[a->role].display), tx_action(m, m->ar, a->action),
                     a->thing_prep && thing ? " " : "", a->thing_prep && thing ? a->thing_prep : "",
                     thing ? " " : "", thing ? thing : "",
                     a->cp_prep && cp ? " " : "", a->cp_prep && cp ? a->cp_prep : "", cp ? " " : "", cp ? cp : "");
}

static void qc_print_text(q_parse *p, const qc_set *s, const qc_verdict *v, const qc_ask *a)
{
    md_model *m = QM(p);
    FILE *o = p->q->out;
    char first[64];
    snprintf(first, sizeof first, "%s", v->word);
    if (first[0] >= 'a' && first[0] <= 'z') first[0] = (char)(first[0] - 32);
    if (!v->decider) {
        fprintf(o, "Unregulated: the protocol says nothing about whether %s.\n", qc_question(m, a));
        /* rules about the action that the question rules out, and why */
        for (size_t i = 0; i < s->n; i++)
            if (s->h[i].cv == 0 || s->h[i].overridden_by)
                fprintf(o, "  %s — %s: %s %s\n", qc_applies(m, &s->h[i]), tx_verdict(s->h[i].n->mod), md_cite(m, s->h[i].n),
                        tx_norm(m, m->ar, s->h[i].n));
        return;
    }
    const qc_hit *dh = NULL;
    for (size_t i = 0; i < s->n; i++)
        if (s->h[i].n == v->decider) dh = &s->h[i];
    fprintf(o, "%s%s%s. %s %s\n", first, v->conditional ? ", " : "", v->conditional ? qc_applies(m, dh) : "",
            md_cite(m, v->decider), tx_norm(m, m->ar, v->decider));
    if (v->conflict)
        fprintf(o, "Conflict: the protocol gives opposite answers here, and neither rule overrides the other.\n");
    for (size_t i = 0; i < s->n; i++) {
        const qc_hit *h = &s->h[i];
        if (h->n == v->decider) continue;
        fprintf(o, "  %s — %s: %s %s\n", qc_applies(m, h), tx_verdict(h->n->mod), md_cite(m, h->n), tx_norm(m, m->ar, h->n));
    }
}

int q_can(q_parse *p)
{
    int role = q_role(p, "who acts");
    if (role < 0) return 1;
    int action = q_action(p);
    if (action < 0) return 1;
    int cp = -1, thing = -1;
    const char *prep = NULL, *cp_prep = NULL, *thing_prep = NULL;
    while (!q_at_end(p)) {
        q_skip_articles(p);
        if (q_at_end(p)) {   /* "can Member instruct the" */
            q_error(p, q_here(p), "bad-query", "the query ends before naming a role or thing");
            dg_hint(p->q->dg, "ask like 'can Member instruct Officer'");
            return 1;
        }
        /* a preposition is kept for the role or thing after it */
        static const char *const preps[] = { "to", "from", "with", "about", "on", "for" };
        const char *pw = NULL;
        for (size_t k = 0; k < sizeof preps / sizeof preps[0] && !pw; k++)
            if (q_word(p, p->i, preps[k])) pw = preps[k];
        if (pw) {
            prep = pw;
            p->i++;
            continue;
        }
        size_t at = p->i;
        int r = cp < 0 ? q_role_opt(p) : -1;
        if (r >= 0) { cp = r; cp_prep = prep; prep = NULL; continue; }
        int t = thing < 0 ? q_thing(p, false) : -1;
        if (t >= 0) { thing = t; thing_prep = prep; prep = NULL; continue; }
        p->i = at;
        const q_tok *tk = &p->t[p->i];
        /* a second role or thing is known, just one too many: say so, not "unknown" */
        bool role2 = cp >= 0 && q_role_opt(p) >= 0;
        p->i = at;
        bool thing2 = !role2 && thing >= 0 && q_thing(p, false) >= 0;
        p->i = at;
        if (role2 || thing2) {
            q_error(p, tk->at, "bad-query", "the query already names the %s '%s'", role2 ? "role" : "thing",
                    role2 ? QM(p)->roles[cp].name : QM(p)->terms[thing].name);
            dg_hint(p->q->dg, "ask about one role and one thing at a time");
            return 1;
        }
        q_error(p, tk->at, "unknown-name", "unknown role or thing '%s'", tk->text);
        const char *sr = md_suggest_role(QM(p), tk->text);
        const char *st = md_suggest_term(QM(p), tk->text, MT_THING);
        if (sr || st) dg_hint(p->q->dg, "did you mean '%s'?", sr ? sr : st);
        else dg_hint(p->q->dg, "ask like 'can Member instruct Officer'");
        return 1;
    }
    qc_set s = { 0 };
    qc_gather(p, &s, role, action, cp, thing);
    if (s.oom) { free(s.h); dg_oom(p->q->dg); return 1; }
    for (size_t i = 0; i < s.n; i++)
        if (s.h[i].n->cond) s.h[i].cv = qc_cond(QM(p), s.h[i].n->cond, role, cp);
    qc_overrides(&s);
    qc_verdict v = qc_decide(QM(p), &s, action);
    if (p->q->want_verdict) {
        p->q->verdict = v.word;
        p->q->verdict_clause = v.decider ? md_norm_clause(v.decider) : NULL;
    }
    else if (p->q->json) qc_print_json(p, &s, &v, role, action, cp, thing);
    else {
        qc_ask a = { role, action, cp, thing, cp_prep, thing_prep };
        qc_print_text(p, &s, &v, &a);
    }
    free(s.h);
    return 0;
}

/* ---- duties and expectations ------------------------------------------------------- */

static void qd_list(q_parse *p, const char *kind, int role, int other, bool expectations)
{
    md_model *m = QM(p);
    js_out *j = &p->js;
    size_t count = 0;
    if (p->q->json) {
        q_begin(p, kind);
        if (expectations) {
            js_key(j, "of"); js_str(j, m->roles[role].name);
            js_key(j, "from"); js_str(j, m->roles[other].name);
        } else {
            js_key(j, "role"); js_str(j, m->roles[role].name);
        }
        js_key(j, "norms");
        js_arr(j);
    }
    /* own rules first, then each ancestor's, nearest first */
    int subject_role = expectations ? other : role;
    const md_role *r = &m->roles[subject_role];
    for (size_t a = 0; a < r->nancestors; a++) {
        int anc = r->ancestors[a];
        bool header = false;
        for (size_t k = 0; k < m->nnorms; k++) {
            const md_norm *n = &m->norms[k];
            if (n->subject != anc) continue;
            if (expectations && (n->counterpart < 0 || !md_is_a(m, role, n->counterpart))) continue;
            count++;
            if (p->q->json) { q_json_norm(p, n); continue; }
            if (!header && anc != subject_role) {
                fprintf(p->q->out, "As %s:\n", m->roles[anc].display);
            }
            header = true;
            fprintf(p->q->out, "  %s %s\n", md_cite(m, n), tx_norm(m, m->ar, n));
        }
    }
    if (p->q->json) {
        js_arr_end(j);
        js_key(j, "count"); js_int(j, (long)count);
        q_end(p);
    } else if (!count) {
        if (expectations)
            fprintf(p->q->out, "The protocol sets out nothing that %s can expect from %s.\n", m->roles[role].display,
                    m->roles[other].display);
        else
            fprintf(p->q->out, "The protocol sets no rules for %s.\n", m->roles[role].display);
    }
}

int q_duties(q_parse *p)
{
    int role = q_role(p, "the role");
    if (role < 0 || !q_expect_end(p)) return 1;
    if (!p->q->json) fprintf(p->q->out, "Duties of %s:\n", QM(p)->roles[role].display);
    qd_list(p, "duties", role, -1, false);
    return 0;
}

int q_expectations(q_parse *p)
{
    if (q_word(p, p->i, "of") || q_word(p, p->i, "for")) p->i++;
    int a = q_role(p, "who expects");
    if (a < 0) return 1;
    if (!q_word(p, p->i, "from")) {
        q_error(p, q_here(p), "bad-query", "write 'expectations of %s from ROLE'", QM(p)->roles[a].name);
        return 1;
    }
    p->i++;
    int b = q_role(p, "whom they expect it of");
    if (b < 0 || !q_expect_end(p)) return 1;
    if (!p->q->json)
        fprintf(p->q->out, "What %s can expect from %s:\n", QM(p)->roles[a].display, QM(p)->roles[b].display);
    qd_list(p, "expectations", a, b, true);
    return 0;
}
