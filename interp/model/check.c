/* check — the checks that need the whole model: conflicts between rules,
 * overrides, unreachable route steps, vague deadlines, missing clauses,
 * the review date.  Name resolution errors come from model_*.c. */
#include "check.h"
#include "model_int.h"
#include "text.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

static bool ck_opposite(ast_modality a, ast_modality b)
{
    bool a_yes = a == MOD_MUST || a == MOD_SHOULD || a == MOD_MAY;
    bool b_yes = b == MOD_MUST || b == MOD_SHOULD || b == MOD_MAY;
    if (a_yes == b_yes) return false;
    /* "may" against "should not" is advice, not a contradiction */
    if ((a == MOD_MAY && b == MOD_SHOULD_NOT) || (b == MOD_MAY && a == MOD_SHOULD_NOT)) return false;
    return true;
}

static bool ck_same_cond(const md_cond *a, const md_cond *b)
{
    if (!a || !b) return a == b;
    if (a->kind != b->kind || a->role != b->role) return false;
    if ((a->text || b->text) && (!a->text || !b->text || strcmp(a->text, b->text) != 0)) return false;
    return ck_same_cond(a->a, b->a) && ck_same_cond(a->b, b->b);
}

static bool ck_overrides(const md_norm *n, const md_norm *o) { return md_overrides_norm(n, o); }

/* Conflicts and repeats are looked for among the rules on the same role and
 * action, pair by pair.  Real protocols have a handful of rules per action;
 * a file with a million rules on one role and action would take hours, so
 * the comparisons have a budget, and running out of it is said, not hidden. */
enum { CK_PAIR_BUDGET = 50000000 };
static long ck_pairs = CK_PAIR_BUDGET;

void ck_set_budget(long pairs) { ck_pairs = pairs > 0 ? pairs : CK_PAIR_BUDGET; }
typedef struct ck_budget { long left; bool told; const char *what; } ck_budget;

static bool ck_spend(md_model *m, ck_budget *b, const md_norm *n)
{
    if (b->left > 0) { b->left--; return true; }
    if (!b->told) {
        MD_WARN(m, "check-limit", n->at, "too many rules on the same role and action to compare them all: "
                "%s from this rule on are not looked for", b->what);
        MD_HINT(m, "split the rules among more specific roles or actions");
    }
    b->told = true;
    return false;
}

static const md_act *ck_act(const md_norm *n, int action)
{
    for (size_t i = 0; i < n->nacts; i++)
        if (n->acts[i].action == action) return &n->acts[i];
    return NULL;
}

static const char *ck_cite(md_model *m, const md_norm *n)
{
    return n->clause ? md_cite(m, n) : "an uncited rule";
}

/* "the Town Clerk and the Mayor": the roles an `only` rule names (the
 * rules made from one line share its location). */
static const char *ck_only_names(md_model *m, const md_norm *p)
{
    const char *s = NULL;
    for (size_t k = 0; k < m->nnorms; k++) {
        const md_norm *o = &m->norms[k];
        if (!o->only || o->at.start != p->at.start || o->at.file != p->at.file) continue;
        const char *t = tx_the(m, m->ar, md_role_name(m, o->subject));
        s = s ? ar_printf(m->ar, "%s and %s", s, t) : t;
    }
    return s ? s : "the roles it names";
}

/* The "may … only junior Officer" rule a prohibition was made from, or NULL. */
static const md_norm *ck_only_cp(const md_model *m, const md_norm *p)
{
    for (size_t k = 0; k < m->nnorms; k++) {
        const md_norm *o = &m->norms[k];
        if (o->only_cp && o->at.start == p->at.start && o->at.file == p->at.file) return o;
    }
    return NULL;
}

/* Does an except made by `only` ("except for a Town Clerk") take in role r? */
static bool ck_excepted(const md_model *m, const md_cond *c, int r)
{
    if (!c) return false;
    if (c->kind == C_AND) return ck_excepted(m, c->a, r) || ck_excepted(m, c->b, r);
    if (c->kind == C_NOT && c->except) return ck_excepted(m, c->a, r);
    if (c->kind == C_OR) return ck_excepted(m, c->a, r) || ck_excepted(m, c->b, r);
    return c->kind == C_BY && md_is_a(m, r, c->role);
}



static const md_cond *ck_rank_cond(const md_cond *c);

/* Does rule q stay within what a "may … only" permission allows (keep:
 * its counterparts, "to Clerk", and its rank, "junior")?  Then the
 * prohibition made from it does not meet q. */
static bool ck_allowed(const md_model *m, const md_cond *keep, const md_norm *q)
{
    if (!keep) return true;
    switch (keep->kind) {
    case C_AND: return ck_allowed(m, keep->a, q) && ck_allowed(m, keep->b, q);
    case C_TO: return q->counterpart >= 0 && md_is_a(m, q->counterpart, keep->role);
    case C_JUNIOR:
    case C_SENIOR: {
        const md_cond *r = ck_rank_cond(q->cond);
        if (r && r->kind == keep->kind) return true;
        md_rankcmp k = q->counterpart >= 0 ? md_rank_cmp(m, q->subject, q->counterpart, NULL) : MD_UNRANKED;
        return k == (keep->kind == C_JUNIOR ? MD_ABOVE : MD_BELOW);
    }
    default: return false;
    }
}

/* A rule against what an `only` rule (p, made from it) forbids to everyone
 * else: a conflict whatever its conditions, unless it overrides that rule
 * or stays within what the `only` allows. */
static void ck_only_conflict(md_model *m, const md_norm *p, const md_norm *q, int action)
{
    if (ck_excepted(m, p->cond, q->subject) || ck_overrides(q, p)) return;
    if (p->at.start == q->at.start && p->at.file == q->at.file) return;   /* its own line */
    const md_norm *src = ck_only_cp(m, p);
    if (src && p->cond && p->cond->kind == C_NOT && ck_allowed(m, p->cond->a, q)) return;
    if (src) {
        MD_ERR(m, "conflict", q->at, "%s lets %s %s %s, but %s lets them %s only %s%s%s", ck_cite(m, q),
               tx_some(m, m->ar, md_role_name(m, q->subject)), tx_action(m, m->ar, action),
               q->counterpart >= 0 ? tx_some(m, m->ar, md_role_name(m, q->counterpart)) : "anyone", ck_cite(m, p),
               tx_action(m, m->ar, action), tx_some(m, m->ar, md_role_name(m, src->counterpart)),
               src->cond ? ", " : "", src->cond ? tx_cond(m, m->ar, src->cond) : "");
    } else {
        MD_ERR(m, "conflict", q->at, "%s lets %s %s, but %s says only %s may", ck_cite(m, q),
               tx_some(m, m->ar, md_role_name(m, q->subject)), tx_action(m, m->ar, action), ck_cite(m, p),
               ck_only_names(m, p));
    }
    if (p->clause) MD_HINT(m, "if this rule is an exception, add 'overrides [%s]' to it", p->clause);
}

static void ck_conflict(md_model *m, const md_norm *n, const md_norm *o, int action)
{
    const md_act *na = ck_act(n, action), *oa = ck_act(o, action);
    if (!na || !oa) return;
    if (na->object >= 0 && oa->object >= 0 && na->object != oa->object) return;
    if (!md_overlap(m, n->counterpart, o->counterpart)) return;
    if ((n->from_only && !o->from_only && !o->only) || (o->from_only && !n->from_only && !n->only)) {
        ck_only_conflict(m, n->from_only ? n : o, n->from_only ? o : n, action);
        return;
    }
    if (!ck_same_cond(n->cond, o->cond)) return;
    if (ck_overrides(n, o) || ck_overrides(o, n)) return;
    MD_ERR(m, "conflict", n->at, "%s says %s %s %s, but %s says %s %s %s", ck_cite(m, n),
           md_role_name(m, n->subject), ast_modality_word(n->mod), md_term_name(m, action), ck_cite(m, o),
           md_role_name(m, o->subject), ast_modality_word(o->mod), md_term_name(m, action));
    if (o->clause)
        MD_HINT(m, "if this rule is an exception, add 'overrides [%s]' to it", o->clause);
    else
        MD_HINT(m, "give the other rule a clause so that this one can override it");
}

/* For each (role, action) index entry, the modalities (bit 1 << mod) of the
 * rules from it to the end of its chain: a chain with no rule of the
 * opposite sense is passed over without reading its rules.  NULL when out
 * of memory (then every chain is read). */
static unsigned *ck_chain_mods(const md_model *m)
{
    size_t n = m->nix;
    unsigned *mods = fail_calloc(n ? n : 1, sizeof *mods);   /* 0: not worked out yet */
    int *stack = fail_malloc((n ? n : 1) * sizeof *stack);
    if (!mods || !stack) { free(mods); free(stack); return NULL; }
    for (size_t e = 0; e < n; e++) {
        if (mods[e]) continue;
        size_t top = 0;
        int x = (int)e;
        for (; x >= 0 && !mods[x]; x = md_ra_next(m, x)) stack[top++] = x;
        unsigned acc = x >= 0 ? mods[x] : 0;
        while (top > 0) {
            int y = stack[--top];
            acc |= 1u << m->norms[md_ra_norm(m, y)].mod;
            mods[y] = acc;
        }
    }
    free(stack);
    return mods;
}

/* Rules on roles that overlap the subject without either being the other:
 * something beneath the subject is also one of them ("role Steward is
 * Member, Officer" makes Member and Officer rules meet).  Only roles with
 * two parents make such pairs, so the walk is short.  Each pair once: the
 * later rule reports.  `mark` is nroles bytes, zero on entry and on exit. */
static size_t ck_cross_walk(md_model *m, int s, unsigned char *mark, int *queue, int cand[64])
{
    size_t qh = 0, qt = 0, ncand = 0;
    queue[qt++] = s;
    mark[s] = 1;
    while (qh < qt) {
        const md_role *d = &m->roles[queue[qh++]];
        for (size_t c = 0; c < d->nchildren; c++)
            if (!mark[d->children[c]]) { mark[d->children[c]] = 1; queue[qt++] = d->children[c]; }
        if (d->nparents < 2) continue;
        for (size_t i = 0; i < d->nancestors && ncand < 64; i++) {
            int a = d->ancestors[i];
            if (mark[a] == 2 || md_is_a(m, s, a) || md_is_a(m, a, s)) continue;
            mark[a] = 2;
            cand[ncand++] = a;
        }
    }
    for (size_t i = 0; i < qt; i++) mark[queue[i]] = 0;
    for (size_t i = 0; i < ncand; i++) mark[cand[i]] = 0;
    return ncand;
}

/* Those roles depend on the subject alone, and the walk covers everything
 * beneath it (every role of the Council's staff, for a rule on Officer):
 * each subject's are worked out once and kept here. */
typedef struct ck_cands {
    int *start;              /* per role: offset in pool, or -1 before it is worked out */
    unsigned char *count;
    int *pool;
    size_t npool, cap;
} ck_cands;

/* The roles that share a descendant with s but are not above it (worked
 * out once per role when cc is given); *cand points at them. */
static size_t ck_cross_cands(md_model *m, int s, unsigned char *mark, int *queue, ck_cands *cc, int *local,
                             const int **cand)
{
    *cand = local;
    if (cc && cc->start[s] >= 0) {
        if (cc->count[s]) *cand = cc->pool + cc->start[s];
        return cc->count[s];
    }
    size_t ncand = ck_cross_walk(m, s, mark, queue, local);
    if (!cc) return ncand;
    if (cc->npool + ncand > cc->cap) {
        size_t cap = (cc->cap ? cc->cap * 2 : 256) + ncand;
        int *np = fail_realloc(cc->pool, cap * sizeof *np);
        if (np) { cc->pool = np; cc->cap = cap; }
    }
    if (cc->npool + ncand <= cc->cap) {
        if (ncand) memcpy(cc->pool + cc->npool, local, ncand * sizeof *local);
        cc->start[s] = (int)cc->npool;
        cc->count[s] = (unsigned char)ncand;
        cc->npool += ncand;
    }
    return ncand;
}

static void ck_cross(md_model *m, const md_norm *n, int action, unsigned char *mark, int *queue, ck_cands *cc,
                     ck_budget *bud)
{
    int local[64];
    const int *cand;
    size_t ncand = ck_cross_cands(m, n->subject, mark, queue, cc, local, &cand);
    for (size_t i = 0; i < ncand; i++) {
        for (int e = md_ra_first(m, cand[i], action); e >= 0; e = md_ra_next(m, e)) {
            const md_norm *o = &m->norms[md_ra_norm(m, e)];
            if (!ck_spend(m, bud, n)) return;
            if (o < n && ck_opposite(n->mod, o->mod)) ck_conflict(m, n, o, action);
        }
    }
}

/* The conflicts of rule n's act `action` with the earlier rules of its
 * subject and the subject's ancestors; opposed: the modalities that
 * contradict n's (chain: per index chain, the modalities on it, or NULL). */
static void ck_conflicts_up(md_model *m, const md_norm *n, int action, unsigned opposed, const unsigned *chain,
                            ck_budget *bud)
{
    const md_role *subj = &m->roles[n->subject];
    for (size_t i = 0; i < subj->nancestors; i++) {
        int anc = subj->ancestors[i];
        int first = md_ra_first(m, anc, action);
        if (first >= 0 && chain && !(chain[first] & opposed)) continue;
        for (int e = first; e >= 0; e = md_ra_next(m, e)) {
            const md_norm *o = &m->norms[md_ra_norm(m, e)];
            /* each pair once: same subject -> only the later reports (the
             * chains run in source order, so the rest are all later) */
            if (anc == n->subject && o >= n) break;
            if (!ck_spend(m, bud, n)) break;
            if (ck_opposite(n->mod, o->mod)) ck_conflict(m, n, o, action);
        }
    }
}

static unsigned ck_opposed(ast_modality mod)
{
    unsigned opposed = 0;
    for (int x = MOD_MUST; x <= MOD_SHOULD_NOT; x++)
        if (ck_opposite(mod, (ast_modality)x)) opposed |= 1u << x;
    return opposed;
}

/* The conflicts of rules [from, to) with the rules before them. */
static void ck_conflicts_of(md_model *m, const unsigned *chain, size_t from, size_t to, ck_budget *bud)
{
    unsigned char *mark = fail_calloc(m->nroles + 1, 1);
    int *queue = fail_malloc((m->nroles + 1) * sizeof *queue);
    ck_cands cc = { fail_malloc((m->nroles + 1) * sizeof(int)), fail_malloc(m->nroles + 1), NULL, 0, 0 };
    for (size_t r = 0; cc.start && r < m->nroles; r++) cc.start[r] = -1;
    for (size_t k = from; k < to && !bud->told; k++) {
        const md_norm *n = &m->norms[k];
        unsigned opposed = ck_opposed(n->mod);
        for (size_t a = 0; a < n->nacts; a++) {
            int action = n->acts[a].action;
            bool seen = false;
            for (size_t b = 0; b < a; b++) seen |= n->acts[b].action == action;
            if (seen) continue;
            ck_conflicts_up(m, n, action, opposed, chain, bud);
            if (mark && queue) ck_cross(m, n, action, mark, queue, cc.start && cc.count ? &cc : NULL, bud);
        }
    }
    free(mark);
    free(queue);
    free(cc.start);
    free(cc.count);
    free(cc.pool);
}

static void ck_conflicts(md_model *m)
{
    unsigned *chain = ck_chain_mods(m);
    ck_budget bud = { ck_pairs, false, "conflicts" };
    ck_conflicts_of(m, chain, 0, m->nnorms, &bud);
    free(chain);
}

static bool ck_same_act(const md_act *a, const md_act *b)
{
    return a->action == b->action && a->object == b->object && a->counterpart == b->counterpart;
}

/* Does rule n repeat the earlier rule o: the same clause, subject, acts,
 * counterpart and condition, in the same file? */
static bool ck_repeats(const md_norm *n, const md_norm *o)
{
    if (o->subject != n->subject || o->acts[0].action != n->acts[0].action) return false;
    if (o->mod != n->mod || o->nacts != n->nacts) return false;
    if (n->clause != o->clause || n->at.file != o->at.file || !ck_same_cond(n->cond, o->cond) ||
        n->counterpart != o->counterpart)
        return false;
    for (size_t a = 0; a < n->nacts; a++)
        if (!ck_same_act(&n->acts[a], &o->acts[a])) return false;
    return true;
}

static bool ck_same_deadline(const md_deadline *a, const md_deadline *b)
{
    return a->kind == b->kind && a->n == b->n && a->unit == b->unit && a->form == b->form && a->asap == b->asap;
}

/* "within 2 working days", "no deadline": a rule's timing, for a repeat. */
static const char *ck_timing(md_model *m, const md_deadline *d)
{
    if (d->kind == DUR_NONE) return "no deadline";
    return tx_within(m, m->ar, d);
}

/* n repeats o: say so, and how the two differ when only their timing does. */
static void ck_repeat(md_model *m, const md_norm *n, const md_norm *o)
{
    int line, col;
    src_linecol(&m->ld->src, o->at.file, o->at.start, &line, &col);
    if (!ck_same_deadline(&n->within, &o->within)) {
        MD_ERR(m, "duplicate", n->at, "this rule repeats the rule on line %d with another deadline: %s here, %s there",
               line, ck_timing(m, &n->within), ck_timing(m, &o->within));
        MD_HINT(m, "a duty has one deadline: remove one rule, or say when each applies with 'when …'");
        return;
    }
    if (!ck_same_deadline(&n->x->fallback_within, &o->x->fallback_within) || n->x->nfallback != o->x->nfallback) {
        MD_ERR(m, "duplicate", n->at, "this rule repeats the rule on line %d with another fallback", line);
        MD_HINT(m, "write the duty once, with its fallback: '… otherwise acknowledge enquiry within 2 working days'");
        return;
    }
    MD_ERR(m, "duplicate", n->at, "this rule repeats the rule on line %d", line);
    MD_HINT(m, "remove one of them");
}

static void ck_duplicates(md_model *m)
{
    ck_budget bud = { ck_pairs, false, "repeated rules" };
    for (size_t k = 0; k < m->nnorms && !bud.told; k++) {
        const md_norm *n = &m->norms[k];
        /* A repeat has the same clause, subject and acts: read the rules of
         * the clause (a few), or, for an uncited rule, those of the subject
         * and action.  Both lists run in source order, so the first repeat
         * found is the earliest either way. */
        bool by_clause = n->clause != NULL;
        uint32_t head;   /* n->clause is interned: the index is keyed by the pointer */
        int e = by_clause ? (hm_get(&m->by_clause, hm_ptr(n->clause), &head) ? (int)head : -1)
                          : md_ra_first(m, n->subject, n->acts[0].action);
        for (; e >= 0; e = by_clause ? md_clause_next(m, e) : md_ra_next(m, e)) {
            const md_norm *o = &m->norms[by_clause ? md_clause_norm(m, e) : md_ra_norm(m, e)];
            if (o >= n) break;   /* the chains run in source order: only earlier rules */
            if (!ck_spend(m, &bud, n)) break;
            if (!ck_repeats(n, o)) continue;
            ck_repeat(m, n, o);
            break;
        }
    }
}

/* A vague deadline cannot be checked: where the clerk can mend it. */
static void ck_vague(md_model *m, const md_norm *n)
{
    const md_deadline *dls[2] = { &n->within, &n->x->fallback_within };
    for (int i = 0; i < 2; i++) {
        if (dls[i]->kind != DUR_VAGUE || (i == 1 && dls[1]->at.start == dls[0]->at.start)) continue;
        const src_file *f = src_get(&m->ld->src, dls[i]->at.file);
        if (f && f->embedded && n->x->cited) {
            /* the clerk's part in it is the adoption, so point there */
            MD_WARN(m, "vague-deadline", n->x->cited_at, "[%s] adopts a vague deadline ('%s'): it cannot be checked",
                    n->x->cited, md_vague(m, dls[i]));
            MD_HINT(m, "to set a period, write the rule in full with 'within 2 working days' and 'omits [%s]'",
                    n->clause);
            continue;
        }
        MD_WARN(m, "vague-deadline", dls[i]->at, "vague deadline '%s': it cannot be checked", md_vague(m, dls[i]));
        MD_HINT(m, "write a period, like 'within 2 working days'");
    }
}

/* The v-th clause rule n overrides: a rule of it, about one of n's actions. */
static void ck_override(md_model *m, const md_norm *n, size_t v)
{
    const char *ov = n->x->overrides[v];
    int o = md_clause_first(m, ov);
    if (o < 0) {
        MD_ERR(m, "unknown-clause", n->x->overrides_at[v], "no rule has clause [%s] to override", ov);
        sg_best b;
        sg_begin(&b, ov);
        for (size_t i = 0; i < m->nnorms; i++) sg_offer(&b, m->norms[i].clause);
        if (sg_result(&b)) MD_HINT(m, "did you mean [%s]?", sg_result(&b));
        return;
    }
    bool hit = false;
    for (; o >= 0 && !hit; o = md_clause_next(m, o))
        for (size_t a = 0; a < n->nacts; a++) hit |= ck_act(&m->norms[md_clause_norm(m, o)], n->acts[a].action) != NULL;
    if (!hit)
        MD_WARN(m, "override-nothing", n->x->overrides_at[v], "[%s] has no rule about '%s', so this overrides nothing",
                ov, md_term_name(m, n->acts[0].action));
}

/* A deadline's length in days, roughly: to compare a target with its cap. */
static double ck_days(const md_deadline *d)
{
    static const double per[] = { [U_WORKING_DAYS] = 1.4, [U_DAYS] = 1, [U_HOURS] = 1.0 / 24, [U_WEEKS] = 7,
                                  [U_MONTHS] = 30.4 };
    return d->n * per[d->unit];
}

/* "within 10 working days and at the latest within 5": the cap comes first. */
static void ck_target(md_model *m, const md_norm *n)
{
    const md_deadline *t = &n->x->target, *cap = &n->within;
    if (t->kind != DUR_FIXED || cap->kind != DUR_FIXED) return;
    bool later = t->unit == cap->unit ? t->n > cap->n : ck_days(t) > ck_days(cap);
    if (!later) return;
    md_deadline c = *cap;
    c.asap = false;
    MD_ERR(m, "bad-duration", t->at, "the target (%s) is later than the cap (%s)", tx_within(m, m->ar, t),
           tx_within(m, m->ar, &c));
    MD_HINT(m, "a target comes first: 'within 5 working days and at the latest within 10 working days'");
}

/* The junior/senior condition in a rule's, or NULL. */
static const md_cond *ck_rank_cond(const md_cond *c)
{
    if (!c) return NULL;
    if (c->kind == C_JUNIOR || c->kind == C_SENIOR) return c;
    if (c->kind != C_AND) return NULL;
    const md_cond *a = ck_rank_cond(c->a);
    return a ? a : ck_rank_cond(c->b);
}

/* "Officer may instruct junior Officer" with no order that places Officers. */
static void ck_rank_warning(md_model *m, const md_norm *n)
{
    const md_cond *c = ck_rank_cond(n->cond);
    if (!c || n->from_only) return;
    int missing = md_rank_role(m, n->subject) < 0 ? n->subject : md_rank_role(m, c->role) < 0 ? c->role : -1;
    if (missing < 0) return;
    MD_WARN(m, "seniority-unknown", c->at, "the seniority order does not place %s, so '%s' can never be judged",
            tx_some(m, m->ar, md_role_name(m, missing)), c->kind == C_JUNIOR ? "junior" : "senior");
    MD_HINT(m, "order the roles: 'seniority Clerk above DeputyClerk above %s'", m->roles[missing].name);
}

static void ck_norm_warnings(md_model *m)
{
    for (size_t k = 0; k < m->nnorms; k++) {
        const md_norm *n = &m->norms[k];
        if (n->from_role) continue;
        ck_rank_warning(m, n);
        ck_target(m, n);
        if (!n->clause) {
            MD_WARN(m, "no-clause", n->at, "this rule cites no clause of the protocol");
            MD_HINT(m, "put the clause number in brackets before it, like '[8.1] %s %s %s'",
                    m->roles[n->subject].name, ast_modality_word(n->mod), md_term_name(m, n->acts[0].action));
        }
        ck_vague(m, n);
        if (n->within.kind == DUR_FIXED && n->trigger < 0 && n->mod != MOD_MUST_NOT && n->mod != MOD_SHOULD_NOT) {
            MD_WARN(m, "no-trigger", n->within.at, "nothing starts the clock for this deadline");
            MD_HINT(m, "name what the duty answers, like 'respond to enquiry from Member within 2 working days'");
        }
        for (size_t v = 0; v < n->x->noverrides; v++) ck_override(m, n, v);
    }
}

/* ---- routes -------------------------------------------------------------------- */

/* Can "unless a" ever hold on a case of this route?  "unless about
 * Officer" on a route about Officers never does. */
static bool ck_possible_not(const md_model *m, const md_route *r, const md_cond *a)
{
    if (a && a->kind == C_ABOUT && r->about >= 0 && a->role >= 0) return !md_is_a(m, r->about, a->role);
    if (a && a->kind == C_BY && r->by >= 0 && a->role >= 0) return !md_is_a(m, r->by, a->role);
    return true;
}

/* Can a condition ever hold on a case of this route? */
static bool ck_possible(const md_model *m, const md_route *r, const md_cond *c)
{
    if (!c) return true;
    switch (c->kind) {
    case C_AND: return ck_possible(m, r, c->a) && ck_possible(m, r, c->b);
    case C_OR: return ck_possible(m, r, c->a) || ck_possible(m, r, c->b);
    case C_NOT: return ck_possible_not(m, r, c->a);
    case C_ABOUT: return r->about < 0 || c->role < 0 || md_overlap(m, r->about, c->role);
    case C_BY: return r->by < 0 || c->role < 0 || md_overlap(m, r->by, c->role);
    default: return true;
    }
}

typedef struct ck_rkey { int kind, by, about; size_t i; } ck_rkey;

static int ck_rkey_cmp(const void *pa, const void *pb)
{
    const ck_rkey *a = pa, *b = pb;
    if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
    if (a->by != b->by) return a->by < b->by ? -1 : 1;
    if (a->about != b->about) return a->about < b->about ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

/* For each route, the first route before it of the same kind, by and about,
 * or -1: sorted, not compared pair by pair.  NULL when out of memory. */
static long *ck_route_dups(const md_model *m)
{
    size_t n = m->nroutes;
    ck_rkey *k = fail_malloc((n ? n : 1) * sizeof *k);
    long *first = fail_malloc((n ? n : 1) * sizeof *first);
    if (!k || !first) { free(k); free(first); return NULL; }
    for (size_t i = 0; i < n; i++) {
        ck_rkey x = { m->routes[i].kind, m->routes[i].by, m->routes[i].about, i };
        k[i] = x;
        first[i] = -1;
    }
    qsort(k, n, sizeof *k, ck_rkey_cmp);
    for (size_t i = 1; i < n; i++) {
        const ck_rkey *a = &k[i - 1], *b = &k[i];
        if (a->kind == b->kind && a->by == b->by && a->about == b->about)
            first[b->i] = first[a->i] >= 0 ? first[a->i] : (long)a->i;
    }
    free(k);
    return first;
}

/* Route i repeats an earlier one (dup: ck_route_dups, or NULL). */
static void ck_route_dup(md_model *m, size_t i, const long *dup)
{
    const md_route *r = &m->routes[i];
    for (size_t j = dup ? (size_t)(dup[i] >= 0 ? dup[i] : (long)i) : 0; j < i; j++) {
        const md_route *o = &m->routes[j];
        if (o->kind != r->kind || o->by != r->by || o->about != r->about) continue;
        int line, col;
        src_linecol(&m->ld->src, o->at.file, o->at.start, &line, &col);
        MD_ERR(m, "duplicate", r->at, "a route for this %s is already defined on line %d", md_term_name(m, r->kind), line);
        MD_HINT(m, "put all the steps in one route, with 'when …' on the steps that differ");
        return;
    }
}

/* Step s sends the case back to a handler of an earlier step, with no condition either way. */
static void ck_step_back(md_model *m, const md_route *r, size_t s)
{
    const md_step *st = &r->steps[s];
    /* a step whose handler is unknown is already reported: it repeats nothing */
    if (st->informal || st->nalts || (st->handler < 0 && st->procedure < 0)) return;
    for (size_t p = 0; p < s; p++) {
        const md_step *ps = &r->steps[p];
        bool same = ps->informal == st->informal && ps->handler == st->handler && ps->procedure == st->procedure &&
                    !ps->nalts;
        if (!same || ps->cond || st->cond) continue;
        int line, col;
        src_linecol(&m->ld->src, ps->at.file, ps->at.start, &line, &col);
        MD_ERR(m, "route-cycle", st->at, "this step sends the case back to %s, who had it on line %d",
               st->handler >= 0 ? md_role_name(m, st->handler) : md_term_name(m, st->procedure), line);
        MD_HINT(m, "a case moves forward through the steps; remove the repeated step");
        return;
    }
}

static void ck_routes(md_model *m)
{
    long *dup = ck_route_dups(m);
    for (size_t i = 0; i < m->nroutes; i++) {
        const md_route *r = &m->routes[i];
        ck_route_dup(m, i, dup);
        for (size_t s = 0; s < r->nsteps; s++) {
            const md_step *st = &r->steps[s];
            if (ck_possible(m, r, st->cond)) {
                ck_step_back(m, r, s);
                continue;
            }
            MD_ERR(m, "unreachable-step", st->at, "this step can never be reached: its condition cannot hold on a "
                   "%s by %s about %s", md_term_name(m, r->kind), md_role_name(m, r->by), md_role_name(m, r->about));
            MD_HINT(m, "check the role in 'when about …', or move the step to the route it belongs to");
        }
    }
    free(dup);
}

/* ---- review ----------------------------------------------------------------------- */

/* "manages Officer except Member": an except that is no kind of any role the
 * line relates leaves nothing out; "manages Officer except Officer" leaves
 * out everything.  The relations of one line share one set of exceptions
 * (the same roles array): each set is looked at once, against all of them. */
/* Is the k-th relation's set of exceptions one an earlier relation of the line had? */
static bool ck_except_seen(const md_role *x, bool appoints, size_t k, const md_roleset *ex)
{
    for (size_t j = 0; j < k; j++) {
        const md_roleset *o = md_relation_except(x, appoints, j);
        if (o && o->roles == ex->roles) return true;
    }
    return false;
}

/* Role e left out of the relations of one line (from the k-th on, those
 * sharing the set ex): it must be a kind of one of them, and not all of it. */
static void ck_except_role(md_model *m, const md_role *x, bool appoints, size_t k, const md_roleset *ex, size_t i)
{
    size_t n = appoints ? x->nappoints : x->nmanages;
    const int *to = appoints ? x->appoints : x->manages;
    const char *verb = appoints ? "appoints" : "manages";
    int e = ex->roles[i];
    const char *en = m->roles[e].name, *tn = "";
    bool under = false;
    for (size_t j = k; j < n && !under; j++) {
        const md_roleset *o = md_relation_except(x, appoints, j);
        if (!o || o->roles != ex->roles) continue;
        under = md_is_a(m, e, to[j]);
        if (!md_is_a(m, to[j], e)) continue;
        tn = m->roles[to[j]].name;
        MD_WARN(m, "except-all", ex->at[i], "'except %s' leaves out every %s: '%s %s %s' relates no role", en, tn,
                x->name, verb, tn);
        MD_HINT(m, "name a kind of %s to leave out, like 'except Clerk'", tn);
        return;   /* said once */
    }
    if (under) return;
    for (size_t j = k; j < n; j++) {   /* every role the line relates: "Officer or Council" */
        const md_roleset *o = md_relation_except(x, appoints, j);
        if (!o || o->roles != ex->roles) continue;
        tn = *tn ? ar_printf(m->ar, "%s or %s", tn, m->roles[to[j]].name) : m->roles[to[j]].name;
    }
    MD_WARN(m, "except-nothing", ex->at[i], "'%s' is not a kind of %s, so 'except %s' leaves nothing out", en, tn, en);
    MD_HINT(m, "name a kind of %s, or leave 'except %s' out", tn, en);
}

/* "manages Officer except Member": an except that is no kind of any role the
 * line relates leaves nothing out; "manages Officer except Officer" leaves
 * out everything.  The relations of one line share one set of exceptions
 * (the same roles array): each set is looked at once, against all of them. */
static void ck_excepts(md_model *m)
{
    for (size_t r = 0; r < m->nroles; r++) {
        const md_role *x = &m->roles[r];
        for (int v = 0; v < 2; v++) {
            size_t n = v ? x->nappoints : x->nmanages;
            for (size_t k = 0; k < n; k++) {
                const md_roleset *ex = md_relation_except(x, v == 1, k);
                if (!ex || ck_except_seen(x, v == 1, k, ex)) continue;
                for (size_t i = 0; i < ex->n; i++) ck_except_role(m, x, v == 1, k, ex, i);
            }
        }
    }
}

/* Dates of the protocol block that cannot be right: adopted after the day
 * of the check, approved or reviewed before it was adopted.  Warnings: the
 * day of the check may be wrong, not the document. */
static void ck_meta_dates(md_model *m, dt_day today)
{
    const md_meta *mt = &m->meta;
    if (!mt->present || !mt->has_adopted) return;
    char a[11], b[11];
    dt_format(mt->adopted_as.day, a);
    if (mt->adopted_as.day > today) {
        dt_format(today, b);
        MD_WARN(m, "meta-date", mt->adopted_at, "the protocol's adoption date, %s, is after today (%s)", a, b);
        MD_HINT(m, "check the date; a check of a protocol not yet in force can be run on a later day with --today");
    }
    const struct { bool has; dt_day last; loc at; const char *what; } later[] = {
        { mt->has_approved, mt->approved, mt->approved_at, "approved" },
        { mt->has_reviewed, mt->reviewed, mt->reviewed_at, "reviewed" },
    };
    for (size_t i = 0; i < sizeof later / sizeof later[0]; i++) {
        if (!later[i].has || later[i].last >= mt->adopted_as.day) continue;
        dt_format(later[i].last, b);
        MD_WARN(m, "meta-date", later[i].at, "the protocol was %s on %s, before it was adopted (%s)", later[i].what, b, a);
        MD_HINT(m, "check the two dates: a protocol is approved or reviewed after its adoption");
    }
}

static void ck_review(md_model *m, dt_day today)
{
    if (!m->meta.present) return;
    md_review r = md_review_status(m, today);
    if (r.overdue) {
        char next[11], now[11];
        dt_format(r.next, next);
        dt_format(today, now);
        loc at = m->meta.has_next ? m->meta.next_at : m->meta.review != RV_NONE ? m->meta.review_at : m->meta.at;
        if (m->meta.review == RV_NONE && !m->meta.has_next) at = m->meta.at;
        /* a review counted from "May 2019" is due in a month, not on a day the document never gave */
        bool day = r.next_text && strlen(r.next_text) == 10 && r.next_text[4] == '-';
        MD_WARN(m, "review-overdue", at, "the protocol's review was due %s %s and is overdue as of %s", day ? "on" : "in",
                day ? next : r.next_text, now);
        MD_HINT(m, "after the council reviews it, record the date: 'reviewed %s'", now);
    }
    /* (a review or next-review field that is written but wrong is reported already) */
    if (m->meta.review == RV_NONE && !m->meta.has_next && !m->meta.review_at.file && !m->meta.next_at.file) {
        loc at = m->meta.at;
        at.end = at.start + 8;   /* the word "protocol" */
        MD_WARN(m, "no-review", at, "this protocol sets no review cycle, so an overdue review cannot be found");
        MD_HINT(m, "add 'review every 1 year' (or the cycle the council adopted) to the protocol block");
    }
    if (m->meta.review == RV_VAGUE) {
        MD_WARN(m, "vague-review", m->meta.review_at, "review '%s' sets no date, so overdue reviews cannot be found",
                m->meta.review_text);
        MD_HINT(m, "write 'review every 1 year' (or every 2 years)");
    }
}

/* Management runs one way: a role that manages itself ("Clerk manages
 * Clerk"), or two roles that each manage the other, say nothing a council
 * could mean.  (A role managing a kind it is itself, "Clerk manages
 * Officer", is the ordinary case: it manages the others.) */
static void ck_self_management(md_model *m)
{
    for (size_t r = 0; r < m->nroles; r++) {
        const md_role *x = &m->roles[r];
        for (size_t k = 0; k < x->nmanages; k++) {
            int t = x->manages[k];
            loc at = x->manages_at ? x->manages_at[k] : x->at;
            if (t == (int)r) {
                MD_ERR(m, "self-manage", at, "'%s manages %s': a role cannot manage itself", x->name, x->name);
                MD_HINT(m, "name the role that manages it, like 'Council manages %s'", x->name);
                continue;
            }
            if (t < 0 || (size_t)t > r) continue;   /* each pair once, at the later role */
            const md_role *y = &m->roles[t];
            for (size_t j = 0; j < y->nmanages; j++) {
                if (y->manages[j] != (int)r) continue;
                int line, col;
                loc yat = y->manages_at ? y->manages_at[j] : y->at;
                src_linecol(&m->ld->src, yat.file, yat.start, &line, &col);
                MD_ERR(m, "self-manage", at, "'%s manages %s', but line %d says '%s manages %s': each would manage the other",
                       x->name, y->name, line, y->name, x->name);
                MD_HINT(m, "management runs one way: remove one of the two");
                break;
            }
        }
    }
}

/* ---- dates the calendars do not cover ----------------------------------------------- */

enum { CK_UNITS = 5 };   /* ast_unit: working days, days, hours, weeks, months */

static void ck_longer(md_deadline *longest, const md_deadline *d)
{
    if (d->kind != DUR_FIXED || (unsigned)d->unit >= CK_UNITS) return;
    md_deadline *l = &longest[d->unit];
    if (l->kind != DUR_FIXED || d->n > l->n) *l = *d;
}

/* The longest period of each unit that any rule or route step sets: a duty
 * opened on a day has its due date within the longest of them. */
static void ck_longest(const md_model *m, md_deadline *longest)
{
    memset(longest, 0, CK_UNITS * sizeof *longest);
    for (size_t i = 0; i < m->nnorms; i++) {
        ck_longer(longest, &m->norms[i].within);
        if (m->norms[i].x->nfallback) ck_longer(longest, &m->norms[i].x->fallback_within);
    }
    for (size_t r = 0; r < m->nroutes; r++)
        for (size_t k = 0; k < m->routes[r].nsteps; k++) ck_longer(longest, &m->routes[r].steps[k].within);
}

/* Is there a deadline that, counted from day, would end past the last year
 * the calendars cover? */
static bool ck_past_the_end(const md_model *m, const md_deadline *longest, dt_day day)
{
    for (int u = 0; u < CK_UNITS; u++) {
        dt_day due;
        if (longest[u].kind == DUR_FIXED && md_deadline_from(m, &longest[u], day, &due) == CAL_OUT_OF_RANGE) return true;
    }
    return false;
}

/* A scenario dated where the calendars are incomplete (before 1970: a
 * warning, its due dates may miss a holiday) or end (a duty opened there
 * could fall due after 2200: an error, rather than a duty with no due date). */
static void ck_scenario_dates(md_model *m)
{
    md_deadline longest[CK_UNITS];
    ck_longest(m, longest);
    dt_day early = dt_from_ymd(CAL_COMPLETE_FROM, 1, 1);
    for (size_t s = 0; s < m->nscens; s++) {
        const md_scenario *sc = &m->scens[s];
        bool warned = false;
        for (size_t i = 0; i < sc->nitems; i++) {
            if (sc->items[i].kind != SI_EV) continue;
            const md_event *e = &sc->items[i].u.ev;
            char d[11];
            dt_format(e->day, d);
            if (e->day < early && !warned) {
                MD_WARN(m, "calendar-range", e->at, "this event is dated %s, before %d: the calendars' bank holidays "
                        "are incomplete there, so a due date may be wrong", d, CAL_COMPLETE_FROM);
                MD_HINT(m, "the standard calendars hold the bank holidays from %d on", CAL_COMPLETE_FROM);
                warned = true;
            }
            if (ck_past_the_end(m, longest, e->day)) {
                MD_ERR(m, "calendar-range", e->at, "a duty opened on %s could fall due after %d-12-31, past the last "
                       "year Civic's calendars cover", d, DT_MAX_YEAR);
                MD_HINT(m, "date the scenario's events earlier");
                break;
            }
        }
    }
}

void ck_run(md_model *m, dt_day today)
{
    ck_self_management(m);
    ck_scenario_dates(m);
    ck_duplicates(m);
    ck_conflicts(m);
    ck_norm_warnings(m);
    ck_routes(m);
    ck_excepts(m);
    ck_meta_dates(m, today);
    ck_review(m, today);
}
