/* q_can — "can ROLE ACTION [ROLE] [THING]": compiled, and answered with a
 * verdict.
 *
 * The answer gathers every rule about the action that binds the role (rules
 * on the role and on every role it is), and the rules on narrower roles
 * (which hold only for some of them); drops rules overridden by an
 * unconditional exception; and gives one verdict: from the rules that
 * always apply if there are any, else from the conditional ones, marked
 * conditional.  Rules come from the index by (role, action), so a question
 * costs the rules it reads, not the size of the protocol.
 */
#include "q_int.h"

#include <string.h>

/* ---- compiling ------------------------------------------------------------------ */

/* A preposition, kept for the role or thing after it; NULL when the token is none. */
static const char *qk_prep(const q_parse *p)
{
    static const char *const preps[] = { "to", "from", "with", "about", "on", "for", "of" };
    for (size_t k = 0; k < sizeof preps / sizeof preps[0]; k++)
        if (q_word(p, p->i, preps[k])) return preps[k];
    return NULL;
}

/* The token at p->i names neither a role nor a thing the question can take. */
static void qk_unknown(q_parse *p, const q_can_q *c)
{
    size_t at = p->i;
    const q_tok *tk = &p->t[at];
    /* a second role or thing is known, just one too many: say so, not "unknown" */
    bool role2 = c->cp >= 0 && q_role_opt(p) >= 0;
    p->i = at;
    bool thing2 = !role2 && c->thing >= 0 && q_thing(p, false) >= 0;
    p->i = at;
    if (role2 || thing2) {
        q_error(p, tk->at, "bad-query", "the query already names the %s '%s'", role2 ? "role" : "thing",
                role2 ? p->m->roles[c->cp].name : p->m->terms[c->thing].name);
        dg_hint(p->dg, "ask about one role and one thing at a time");
        return;
    }
    q_error(p, tk->at, "unknown-name", "unknown role or thing '%s'", tk->text);
    const char *sr = md_suggest_role(p->m, tk->text);
    const char *st = md_suggest_term(p->m, tk->text, MT_THING);
    if (sr || st) dg_hint(p->dg, "did you mean '%s'?", sr ? sr : st);
    else dg_hint(p->dg, "ask like 'can Member instruct Officer'");
}

/* "line-manager [of ROLE]" as the counterpart: the role its holder is, by
 * the relation's case for whose it is.  0 not a relation here, 1 taken, -1 error. */
static int qk_relation(q_parse *p, q_can_q *c)
{
    const md_model *m = p->m;
    size_t start = p->i;
    if (q_word(p, p->i, "their")) p->i++;   /* "inform their line manager" */
    const q_tok *tk = &p->t[p->i];
    int rel = q_rel_opt(p);
    if (rel < 0) { p->i = start; return 0; }
    int of = -1;
    if (q_word(p, p->i, "of")) {
        size_t at = p->i++;
        if ((of = q_role_opt(p)) < 0) p->i = at;
    }
    int whose = of >= 0 ? of : c->role;
    const md_relcase *rc = md_rel_case(m, rel, whose);
    if (!rc || rc->is < 0) {
        q_error(p, tk->at, "bad-query", "%s has no %s%s%s%s", tx_some(m, p->tmp, m->roles[whose].display), md_rel_noun(m, p->tmp, rel),
                rc && rc->clause ? " [" : "", rc && rc->clause ? rc->clause : "", rc && rc->clause ? "]" : "");
        dg_hint(p->dg, "name whose it is, like '%s of %s'", m->rels[rel].name,
                md_role_name(m, m->rels[rel].ncases ? m->rels[rel].cases[0].of : -1));
        return -1;
    }
    c->cp = rc->is;
    c->cp_rel = rel;
    c->cp_rel_of = of;
    return 1;
}

bool q_compile_can(q_parse *p, q_question *q)
{
    q_can_q *c = &q->u.can;
    c->cp = c->thing = c->cp_rel = c->cp_rel_of = -1;
    if ((c->role = q_role(p, "who acts")) < 0) return false;
    p->subject = c->role;
    if ((c->action = q_action(p)) < 0) return false;
    const char *prep = NULL;
    while (!q_at_end(p)) {
        q_skip_articles(p);
        if (q_at_end(p)) {   /* "can Member instruct the" */
            q_error(p, q_here(p), "bad-query", "the query ends before naming a role or thing");
            dg_hint(p->dg, "ask like 'can Member instruct Officer'");
            return false;
        }
        const char *pw = qk_prep(p);
        if (pw) {
            prep = pw;
            p->i++;
            continue;
        }
        size_t at = p->i;
        int r = c->cp < 0 ? q_role_opt(p) : -1;
        if (r >= 0) { c->cp = r; c->cp_prep = prep; prep = NULL; continue; }
        int rl = c->cp < 0 ? qk_relation(p, c) : 0;
        if (rl < 0) return false;
        if (rl > 0) { c->cp_prep = prep; prep = NULL; continue; }
        int t = c->thing < 0 ? q_thing(p, false) : -1;
        if (t >= 0) { c->thing = t; c->thing_prep = prep; prep = NULL; continue; }
        p->i = at;
        qk_unknown(p, c);
        return false;
    }
    return true;
}

/* ---- the rules that bear on the question ----------------------------------------- */

typedef struct qk_hit {
    const md_norm *n;
    const char *when;          /* a restriction beyond the norm's own condition, or NULL */
    const md_norm *overridden_by;
    int cv;                    /* the rule's condition on this question: 1 holds, 0 cannot, -1 unknown or none */
    bool ranked;               /* its condition asks for a rank: "junior Officer" */
    bool detail;               /* names no role, only quoted words: "act-as \"a witness\"" */
} qk_hit;

typedef struct qk_set {
    qk_hit *h;
    size_t n, cap;
    bool oom;
} qk_set;

/* A condition decided as far as the question decides it: "to ROLE" by the
 * counterpart asked about, "by ROLE" by the role asked about; facts and
 * "about" are not in the question.  1 true, 0 false, -1 unknown. */
static int qk_cond(const md_model *m, const md_cond *c, int role, int cp, md_rankcmp rank)
{
    if (!c) return 1;
    switch (c->kind) {
    case C_AND: {
        int a = qk_cond(m, c->a, role, cp, rank), b = qk_cond(m, c->b, role, cp, rank);
        return a == 0 || b == 0 ? 0 : a == 1 && b == 1 ? 1 : -1;
    }
    case C_OR: {
        int a = qk_cond(m, c->a, role, cp, rank), b = qk_cond(m, c->b, role, cp, rank);
        return a == 1 || b == 1 ? 1 : a == 0 && b == 0 ? 0 : -1;
    }
    case C_NOT: {
        int a = qk_cond(m, c->a, role, cp, rank);
        return a < 0 ? -1 : !a;
    }
    case C_JUNIOR:   /* the counterpart is junior (senior) to the subject: as the order ranks the two roles */
    case C_SENIOR:
        if (cp < 0 || (rank != MD_ABOVE && rank != MD_BELOW)) return -1;
        return (rank == MD_ABOVE) == (c->kind == C_JUNIOR);
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

static void qk_add(const q_eval *e, qk_set *s, const md_norm *n, const char *when)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->h[i].n == n) return;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        qk_hit *nh = ar_grow(e->ar, s->h, s->cap, cap, sizeof *nh);
        if (!nh) { s->oom = true; return; }
        s->h = nh;
        s->cap = cap;
    }
    qk_hit h = { n, when, NULL, -1, false, false };
    s->h[s->n++] = h;
}

static const md_act *qk_act(const md_norm *n, int action)
{
    for (size_t i = 0; i < n->nacts; i++)
        if (n->acts[i].action == action) return &n->acts[i];
    return NULL;
}

/* A rule's relation counterpart in words: "their line manager", "the line
 * manager of the Officer it is about" (so that "when the Officer is the
 * manager of the Officer it is about" reads as two people, not one). */
static const char *qk_rel_words(const q_eval *e, const md_act *a, int rel)
{
    const md_model *m = e->m;
    if (a->rel_of == RP_ABOUT && a->rel_role >= 0)
        return ar_printf(e->ar, "%s %s it is about", md_rel_phrase(m, e->ar, rel),
                         tx_the(m, e->ar, m->roles[a->rel_role].display));
    return md_rel_their(m, e->ar, rel);
}

static bool qk_fits_cp(const q_eval *e, const md_norm *n, const q_can_q *c, const char **when);

/* Does norm n (found for the role) speak to this counterpart and thing?
 * Sets *when for a rule towards a narrower counterpart, and for a rule
 * whose subject is a relation ("line-manager of Officer must …"): it binds
 * the one asked about only "when the Officer is the line manager of the
 * Officer concerned". */
static bool qk_fits(const q_eval *e, const md_norm *n, const q_can_q *c, const char **when)
{
    if (!qk_fits_cp(e, n, c, when)) return false;
    int rel = md_norm_subj_rel(n);
    if (rel < 0) return true;
    const md_model *m = e->m;
    const char *who = ar_printf(e->ar, "when %s is %s %s concerned", tx_the(m, e->ar, m->roles[c->role].display),
                                md_rel_phrase(m, e->ar, rel), tx_the(m, e->ar, m->roles[n->subj_of].display));
    *when = *when ? ar_printf(e->ar, "%s, %s", who, *when + (strncmp(*when, "when ", 5) == 0 ? 5 : 0)) : who;
    return true;
}

static bool qk_fits_cp(const q_eval *e, const md_norm *n, const q_can_q *c, const char **when)
{
    const md_model *m = e->m;
    const md_act *a = qk_act(n, c->action);
    if (!a) return false;
    if (c->thing >= 0 && a->object >= 0 && a->object != c->thing) return false;
    int rel = md_act_rel(a);
    if (c->cp_rel >= 0 && rel >= 0) return rel == c->cp_rel;   /* towards another relation: not this one */
    if (c->cp >= 0 && c->cp_rel < 0 && rel >= 0 && md_is_a(m, c->cp, a->counterpart)) {
        /* "inform line-manager" asked of an Officer: only towards the one who is it */
        *when = ar_printf(e->ar, "when %s is %s", tx_the(m, e->ar, m->roles[c->cp].display), qk_rel_words(e, a, rel));
        return true;
    }
    if (c->cp < 0 || n->counterpart < 0 || md_is_a(m, c->cp, n->counterpart)) return true;
    if (md_is_a(m, n->counterpart, c->cp)) {
        *when = ar_printf(e->ar, "towards %s", tx_some(m, e->ar, md_role_name(m, n->counterpart)));
        return true;
    }
    return md_overlap(m, c->cp, n->counterpart) &&
           (*when = ar_printf(e->ar, "towards someone who is also %s", tx_some(m, e->ar, md_role_name(m, n->counterpart))));
}

/* The rules of narrower role d: they hold "when the Member is a Chair". */
static void qk_gather_narrower(const q_eval *e, qk_set *s, const q_can_q *c, int d)
{
    const md_model *m = e->m;
    for (int x = md_ra_first(m, d, c->action); x >= 0; x = md_ra_next(m, x)) {
        const md_norm *n = &m->norms[md_ra_norm(m, x)];
        const char *when = NULL;
        if (!qk_fits(e, n, c, &when)) continue;
        const char *who = ar_printf(e->ar, "when %s is %s", tx_the(m, e->ar, m->roles[c->role].display),
                                    tx_some(m, e->ar, m->roles[d].display));
        qk_add(e, s, n, when ? ar_printf(e->ar, "%s, %s", who, when) : who);
    }
}

static void qk_gather(const q_eval *e, qk_set *s, const q_can_q *c)
{
    const md_model *m = e->m;
    const md_role *r = &m->roles[c->role];
    for (size_t i = 0; i < r->nancestors; i++) {
        for (int x = md_ra_first(m, r->ancestors[i], c->action); x >= 0; x = md_ra_next(m, x)) {
            const md_norm *n = &m->norms[md_ra_norm(m, x)];
            const char *when = NULL;
            if (qk_fits(e, n, c, &when)) qk_add(e, s, n, when);
        }
    }
    /* narrower roles: breadth-first over the descendants */
    size_t nr = m->nroles;
    int *queue = q_array(e, nr, sizeof *queue);
    unsigned char *seen = q_array(e, nr, 1);
    if (!queue || !seen) { s->oom = true; return; }
    size_t qh = 0, qt = 0;
    queue[qt++] = c->role;
    seen[c->role] = 1;
    while (qh < qt) {
        const md_role *x = &m->roles[queue[qh++]];
        for (size_t k = 0; k < x->nchildren; k++) {
            int d = x->children[k];
            if (seen[d]) continue;
            seen[d] = 1;
            queue[qt++] = d;
            qk_gather_narrower(e, s, c, d);
        }
    }
}

static void qk_overrides(qk_set *s)
{
    for (size_t i = 0; i < s->n; i++) {
        const md_norm *x = s->h[i].n;
        if (!x->x->noverrides || (x->cond && s->h[i].cv != 1) || s->h[i].when || s->h[i].cv == 0) continue;
        for (size_t k = 0; k < s->n; k++)
            if (k != i && md_overrides_norm(x, s->h[k].n)) s->h[k].overridden_by = x;
    }
}

/* ---- the verdict ----------------------------------------------------------------------- */

static int qk_rank(ast_modality m)
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

typedef struct qk_verdict {
    const char *word;
    bool conditional, conflict;
    bool depends;              /* the conditional answer turns on a rank the order does not give */
    const qk_hit *detail;      /* or on what a rule's quoted words mean (set when depends) */
    const md_norm *decider;
    md_rankcmp rank;           /* how the role asked about ranks against the counterpart */
    int via[2];                /* the roles the order placed for them */
} qk_verdict;

/* Does a condition ask for a rank ("junior Officer")? */
static bool qk_has_rank(const md_cond *c)
{
    if (!c) return false;
    if (c->kind == C_JUNIOR || c->kind == C_SENIOR) return true;
    return qk_has_rank(c->a) || qk_has_rank(c->b);
}

/* Do two rules give opposite answers about the same case?  As check.c's
 * conflicts: "may" with "should not" is advice, not a contradiction; rules
 * about different things, or towards counterparts nobody is both of, do not
 * meet ("may disclose information" and "must not disclose advice"). */
static bool qk_opposed(const md_model *m, const md_norm *a, const md_norm *b, int action)
{
    bool a_yes = a->mod == MOD_MUST || a->mod == MOD_SHOULD || a->mod == MOD_MAY;
    bool b_yes = b->mod == MOD_MUST || b->mod == MOD_SHOULD || b->mod == MOD_MAY;
    if (a_yes == b_yes) return false;
    if ((a->mod == MOD_MAY && b->mod == MOD_SHOULD_NOT) || (b->mod == MOD_MAY && a->mod == MOD_SHOULD_NOT)) return false;
    const md_act *x = qk_act(a, action), *y = qk_act(b, action);
    if (!x || !y) return false;
    if (x->object >= 0 && y->object >= 0 && x->object != y->object) return false;
    return md_overlap(m, a->counterpart, b->counterpart);
}

/* Does the hit count in this pass: pass 0 takes the rules that always
 * apply, pass 1 the conditional ones too. */
static bool qk_counts(const qk_hit *h, int pass)
{
    if (h->overridden_by || h->cv == 0) return false;
    return pass == 1 || !(h->when || (h->n->cond && h->cv != 1));
}

static qk_verdict qk_decide(const md_model *m, const qk_set *s, int action)
{
    qk_verdict v = { "unregulated", false, false, false, NULL, NULL, MD_UNRANKED, { -1, -1 } };
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < s->n; i++) {
            const qk_hit *h = &s->h[i];
            if (!qk_counts(h, pass)) continue;
            if (!v.decider || qk_rank(h->n->mod) > qk_rank(v.decider->mod)) v.decider = h->n;
            /* under conditions the circumstances may not overlap: only
             * rules that always apply can conflict */
            for (size_t k = 0; pass == 0 && k < i; k++)
                if (qk_counts(&s->h[k], 0)) v.conflict |= qk_opposed(m, h->n, s->h[k].n, action);
        }
        if (!v.decider) continue;
        v.word = tx_verdict(v.decider->mod);
        v.conditional = pass == 1;
        /* "only junior Officer" between two the order does not rank: it depends, never "permitted" */
        for (size_t i = 0; v.conditional && i < s->n && !v.depends; i++)
            v.depends = qk_counts(&s->h[i], 1) && s->h[i].ranked && s->h[i].cv < 0;
        /* a rule naming no role, only quoted words, said of a role asked about: it depends on what they mean */
        for (size_t i = 0; v.conditional && i < s->n && !v.depends; i++)
            if (qk_counts(&s->h[i], 1) && s->h[i].detail) v.detail = &s->h[i], v.depends = true;
        if (v.depends) v.word = "depends";
        return v;
    }
    return v;
}

/* "Member may act-as \"a witness\"" names no role: asked about a role
 * ("can Member act-as Clerk"), it neither allows nor forbids acting
 * towards that role outright; it holds only if the role is what its words
 * mean, so it makes the answer conditional (and "depends"), never plain. */
static void qk_detail(const q_eval *e, const q_can_q *c, qk_hit *h)
{
    const md_act *a = qk_act(h->n, c->action);
    if (c->cp < 0 || h->n->counterpart >= 0 || !a || a->counterpart >= 0 || a->object >= 0 || !a->detail || h->when)
        return;
    h->detail = true;
    h->when = ar_printf(e->ar, "if %s is what the rule means by \"%s\"", tx_some(e->m, e->ar, e->m->roles[c->cp].display),
                        a->detail);
}

/* The rules and the verdict; false when memory ran out. */
static bool qk_judge(const q_eval *e, const q_can_q *c, qk_set *s, qk_verdict *v)
{
    memset(s, 0, sizeof *s);
    qk_gather(e, s, c);
    if (s->oom) return false;
    int via[2] = { -1, -1 };
    md_rankcmp rank = c->cp >= 0 ? md_rank_cmp(e->m, c->role, c->cp, via) : MD_UNRANKED;
    for (size_t i = 0; i < s->n; i++) {
        s->h[i].ranked = qk_has_rank(s->h[i].n->cond);
        if (s->h[i].n->cond) s->h[i].cv = qk_cond(e->m, s->h[i].n->cond, c->role, c->cp, rank);
        qk_detail(e, c, &s->h[i]);
    }
    qk_overrides(s);
    *v = qk_decide(e->m, s, c->action);
    v->rank = rank;
    v->via[0] = via[0];
    v->via[1] = via[1];
    return true;
}

/* ---- the answer ------------------------------------------------------------------------ */

static const char *qk_applies(const q_eval *e, const qk_hit *h)
{
    const md_model *m = e->m;
    if (h->overridden_by) return ar_printf(e->ar, "overridden by [%s]", md_norm_clause(h->overridden_by));
    if (h->cv == 0) return ar_printf(e->ar, "not here: the rule holds %s", tx_cond(m, e->ar, h->n->cond));
    if (h->cv == 1 && h->n->cond && !h->when) return ar_printf(e->ar, "here, since %s", tx_cond(m, e->ar, h->n->cond));
    if (h->when && h->n->cond) return ar_printf(e->ar, "%s, %s", h->when, tx_cond(m, e->ar, h->n->cond));
    if (h->when) return h->when;
    if (h->n->cond) return tx_cond(m, e->ar, h->n->cond);
    return "always";
}

/* The question again, in words: "a Member may raise a complaint about an Officer". */
static const char *qk_question(const q_eval *e, const q_can_q *c)
{
    const md_model *m = e->m;
    arena *ar = e->ar;
    const char *thing = c->thing >= 0 ? tx_some_thing(m, ar, m->terms[c->thing].display) : NULL;
    const char *cp = c->cp >= 0 ? tx_some(m, ar, m->roles[c->cp].display) : NULL;
    if (c->cp_rel >= 0)
        cp = c->cp_rel_of >= 0 ? ar_printf(ar, "%s %s", md_rel_phrase(m, ar, c->cp_rel), tx_the(m, ar, m->roles[c->cp_rel_of].display))
                               : md_rel_their(m, ar, c->cp_rel);
    if (cp && !c->cp_prep && c->thing_prep && thing)   /* "inform a Member of a complaint" */
        return ar_printf(ar, "%s may %s %s %s %s", tx_some(m, ar, m->roles[c->role].display), tx_action(m, ar, c->action), cp,
                         c->thing_prep, thing);
    return ar_printf(ar, "%s may %s%s%s%s%s%s%s%s%s", tx_some(m, ar, m->roles[c->role].display), tx_action(m, ar, c->action),
                     c->thing_prep && thing ? " " : "", c->thing_prep && thing ? c->thing_prep : "",
                     thing ? " " : "", thing ? thing : "",
                     c->cp_prep && cp ? " " : "", c->cp_prep && cp ? c->cp_prep : "", cp ? " " : "", cp ? cp : "");
}

/* The clauses of a label, each once in a->clauses: a label of several
 * ("[3.1, 3.2]", one rule two clauses state) is cited as each of them. */
static void qk_cite(const q_eval *e, q_can_a *a, const char *label)
{
    for (const char *p = label; p && *p;) {
        size_t n = strcspn(p, ",");
        size_t lead = strspn(p, " "), len = n - (lead < n ? lead : n);
        while (len && p[lead + len - 1] == ' ') len--;
        bool dup = len == 0;
        for (size_t k = 0; k < a->nclauses && !dup; k++)
            dup = strlen(a->clauses[k]) == len && strncmp(a->clauses[k], p + lead, len) == 0;
        const char *c = dup ? NULL : p[n] == '\0' && lead == 0 && len == n ? p : ar_strndup(e->ar, p + lead, len);
        if (c) a->clauses[a->nclauses++] = c;
        p += n + (p[n] == ',');
    }
}

/* How many clauses the labels of s name, at most (qk_cite's room). */
static size_t qk_cited(const qk_set *s)
{
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++)
        for (const char *c = md_norm_clause(s->h[i].n); c && *c; c++) n += *c == ',';
    return n + s->n;
}

/* "clauses": the deciding rule's first, then the others' that are not overridden, once each. */
static void qk_clauses(const q_eval *e, const qk_set *s, const qk_verdict *v, q_can_a *a)
{
    a->clauses = q_array(e, qk_cited(s), sizeof *a->clauses);
    if (!a->clauses) return;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < s->n; i++) {
            const qk_hit *h = &s->h[i];
            if (h->overridden_by || (pass == 0) != (h->n == v->decider)) continue;
            qk_cite(e, a, md_norm_clause(h->n));
        }
    }
}

/* The clause that puts rank a above rank b: the edge between them, else
 * the first edge from a (the order is a chain of them). */
static const char *qk_rank_clause(const md_model *m, int a, int b)
{
    const char *c = md_rank_clause(m, a, b);
    for (size_t k = 0; !c && k < m->nranks; k++)
        if (m->ranks[k].above == a) c = m->ranks[k].clause;
    return c;
}

/* "a Deputy Town Clerk ranks above an Officer [7]": the order, where it
 * decided a "junior" rule. */
static const char *qk_seniority(const q_eval *e, const q_can_q *c, const qk_set *s, const qk_verdict *v)
{
    const md_model *m = e->m;
    bool used = false;
    for (size_t i = 0; i < s->n && !used; i++) used = s->h[i].ranked && !s->h[i].overridden_by;
    if (!used || (v->rank != MD_ABOVE && v->rank != MD_BELOW)) return NULL;
    bool up = v->rank == MD_ABOVE;
    const char *cl = qk_rank_clause(m, up ? v->via[0] : v->via[1], up ? v->via[1] : v->via[0]);
    return ar_printf(e->ar, "%s ranks %s %s%s%s%s", tx_some(m, e->ar, m->roles[c->role].display), up ? "above" : "below",
                     tx_some(m, e->ar, m->roles[c->cp].display), cl ? " [" : "", cl ? cl : "", cl ? "]" : "");
}

/* What a "depends" answer turns on. */
static const char *qk_depends(const q_eval *e, const q_can_q *c, const qk_verdict *v)
{
    const md_model *m = e->m;
    arena *ar = e->ar;
    if (v->detail)
        return ar_printf(ar, "whether %s is what [%s] means by \"%s\" (the rule names no role)",
                         tx_some(m, ar, m->roles[c->cp].display), md_norm_clause(v->detail->n), qk_act(v->detail->n, c->action)->detail);
    if (c->cp < 0) return ar_printf(ar, "whether the one they %s is junior (or senior) to them, as the rule asks",
                                    tx_action(m, ar, c->action));
    const char *a = tx_some(m, ar, m->roles[c->role].display), *b = tx_some(m, ar, m->roles[c->cp].display);
    if (v->rank == MD_LEVEL && c->role == c->cp)
        return ar_printf(ar, "which of the two is the more senior: the order of seniority ranks every %s alike",
                         m->roles[c->role].display);
    if (v->rank == MD_LEVEL)
        return ar_printf(ar, "which of the two is the more senior: the order of seniority ranks %s and %s alike", a, b);
    int missing = v->via[0] < 0 ? c->role : v->via[1] < 0 ? c->cp : -1;
    if (missing >= 0)
        return ar_printf(ar, "how %s and %s rank: the order of seniority does not place %s", a, b,
                         tx_some(m, ar, m->roles[missing].display));
    return ar_printf(ar, "how %s and %s rank: the order of seniority puts neither above the other", a, b);
}

static void qk_answer(const q_eval *e, const q_can_q *c, const qk_set *s, const qk_verdict *v, q_can_a *a)
{
    const md_model *m = e->m;
    a->seniority = qk_seniority(e, c, s, v);
    a->depends_on = v->depends ? qk_depends(e, c, v) : NULL;
    a->role = m->roles[c->role].name;
    a->action = m->terms[c->action].name;
    a->counterpart = c->cp >= 0 ? m->roles[c->cp].name : NULL;
    a->counterpart_relation = c->cp_rel >= 0 ? m->rels[c->cp_rel].name : NULL;
    a->thing = c->thing >= 0 ? m->terms[c->thing].name : NULL;
    a->question = qk_question(e, c);
    a->verdict = v->word;
    a->conditional = v->conditional;
    a->conflict = v->conflict;
    a->decider_clause = v->decider ? md_norm_clause(v->decider) : NULL;
    a->hits = q_array(e, s->n, sizeof *a->hits);
    a->conditions = q_array(e, s->n, sizeof *a->conditions);
    if (!a->hits || !a->conditions) return;
    a->nhits = s->n;
    for (size_t i = 0; i < s->n; i++) {
        const qk_hit *h = &s->h[i];
        q_can_hit *o = &a->hits[i];
        q_rule_of(e, h->n, &o->rule);
        o->applies = qk_applies(e, h);
        o->decides = h->n == v->decider;
        o->ruled_out = h->cv == 0 || h->overridden_by;
        if (!h->overridden_by && h->cv != 0 && (h->when || (h->n->cond && h->cv != 1)))
            a->conditions[a->nconditions++] = o->applies;
    }
    qk_clauses(e, s, v, a);
}

int q_eval_can(const q_eval *e, const q_question *q, q_answer *a)
{
    qk_set s;
    qk_verdict v;
    if (!qk_judge(e, &q->u.can, &s, &v)) {
        dg_oom(e->dg);
        return 1;
    }
    qk_answer(e, &q->u.can, &s, &v, &a->u.can);
    return 0;
}

int q_can_verdict(const md_model *m, const q_question *q, const char **verdict, const char **clause)
{
    *verdict = NULL;
    *clause = NULL;
    if (!q || q->form != QF_can) return 1;
    arena scratch;
    ar_init(&scratch);
    q_eval e = { m, &scratch, NULL };
    qk_set s;
    qk_verdict v;
    bool ok = qk_judge(&e, &q->u.can, &s, &v) && !scratch.failed;
    if (ok) {
        *verdict = v.word;
        *clause = v.decider ? md_norm_clause(v.decider) : NULL;
    }
    ar_free(&scratch);
    return ok ? 0 : -1;
}

int q_can_deciders(const md_model *m, const q_question *q, void (*each)(void *ctx, const char *clause), void *ctx)
{
    if (!q || q->form != QF_can) return 1;
    arena scratch;
    ar_init(&scratch);
    q_eval e = { m, &scratch, NULL };
    qk_set s;
    qk_verdict v;
    bool ok = qk_judge(&e, &q->u.can, &s, &v) && !scratch.failed;
    for (size_t i = 0; ok && v.decider && i < s.n; i++) {
        const qk_hit *h = &s.h[i];
        const char *c = md_norm_clause(h->n);
        if (c && h->n->mod == v.decider->mod && qk_counts(h, v.conditional)) each(ctx, c);
    }
    ar_free(&scratch);
    return ok ? 0 : -1;
}
