/* diff_rules — rules matched by meaning (see diff.h), then compared field
 * by field.
 *
 * Two passes pair the rules.  The first groups them by their full key —
 * subject role, each act's action, thing and counterpart, the counterpart
 * the rule is towards, the thing and sender that start its clock — and the
 * second, for what is left, by subject and actions alone, so that a rule
 * whose counterpart or thing changed (not both) is still one rule changed.
 * Within a group, every pair is given a cost (a different modality costs
 * most, then the counterpart or thing, then the deadline — the closer the
 * cheaper — and the condition, then the fallback and the quoted detail; a
 * different clause label tips a balance, and no more) and the cheapest pairs
 * are taken first, ties going to the earlier rules. */
#include "diff_int.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

/* Above this many candidate pairs in one group (hundreds of rules with one
 * key: generated input), rules are paired in order instead. */
enum { DR_MAX_PAIRS = 4096 };

enum {
    DR_COST_MODALITY = 1000,
    DR_COST_KEY = 200,           /* counterpart or thing: second pass only */
    DR_COST_DEADLINE = 100,      /* plus up to 99 for how far apart */
    DR_COST_CONDITION = 100,
    DR_COST_FALLBACK = 50,
    DR_COST_DETAIL = 50,
    DR_COST_TRIGGER = 20
};

typedef struct dr_ctx {
    df_result *r;
    int *pb;                     /* by right rule: the left rule paired with it, or -1 */
} dr_ctx;

/* ---- keys ------------------------------------------------------------------------- */

static const char *dr_key_full(df_result *r, const md_model *m, const md_norm *n)
{
    const char *s = ar_printf(&r->ar, "%s", df_role(m, n->subject));
    for (uint32_t i = 0; i < n->nacts; i++)
        s = ar_printf(&r->ar, "%s\x1f%s\x1e%s\x1e%s", s, df_term(m, n->acts[i].action), df_term(m, n->acts[i].object),
                      i ? df_role(m, n->acts[i].counterpart) : "");
    return ar_printf(&r->ar, "%s\x1d%s\x1d%s\x1d%s", s, df_role(m, n->counterpart), df_term(m, n->trigger),
                     df_role(m, n->trigger_from));
}

static const char *dr_key_loose(df_result *r, const md_model *m, const md_norm *n)
{
    const char *s = ar_printf(&r->ar, "%s", df_role(m, n->subject));
    for (uint32_t i = 0; i < n->nacts; i++) s = ar_printf(&r->ar, "%s\x1f%s", s, df_term(m, n->acts[i].action));
    return s;
}

/* ---- what differs ------------------------------------------------------------------ */

/* The rule's counterpart is its first act's, or the one of its "can expect
 * from" block ("respond to complaint" in a block towards Member is "respond
 * to complaint from Member"): the rule's is compared, and the further acts'. */
/* A relation as an act's counterpart, as a key: its name and whose ("line-manager", "line-manager of Officer"). */
static const char *dr_rel_key(df_result *r, const md_model *m, const md_act *a)
{
    int rel = md_act_rel(a);
    if (rel < 0) return NULL;
    return a->rel_of == RP_ABOUT ? ar_printf(&r->ar, "%s of %s", m->rels[rel].name, df_role(m, a->rel_role)) : m->rels[rel].name;
}

static bool dr_counterpart_eq(const md_model *a, const md_norm *x, const md_model *b, const md_norm *y)
{
    if (!df_same(df_role(a, x->counterpart), df_role(b, y->counterpart))) return false;
    for (uint32_t i = 1; i < x->nacts && i < y->nacts; i++)
        if (!df_same(df_role(a, x->acts[i].counterpart), df_role(b, y->acts[i].counterpart))) return false;
    return true;
}

/* The relations the acts are towards ("inform line-manager" and "inform Officer" differ). */
static bool dr_rel_eq(df_result *r, const md_model *a, const md_norm *x, const md_model *b, const md_norm *y)
{
    for (uint32_t i = 0; i < x->nacts && i < y->nacts; i++)
        if (!df_same(dr_rel_key(r, a, &x->acts[i]), dr_rel_key(r, b, &y->acts[i]))) return false;
    return true;
}

/* The deadline with its target: "within 5 working days if possible, and at the latest within 10". */
static bool dr_within_eq(const md_model *a, const md_norm *x, const md_model *b, const md_norm *y)
{
    return df_deadline_eq(a, &x->within, b, &y->within) && df_deadline_eq(a, &x->x->target, b, &y->x->target);
}

static const char *dr_within_text(df_result *r, const md_model *m, const md_norm *n)
{
    if (!n->within.asap || n->within.kind != DUR_FIXED) return df_deadline_text(r, m, &n->within, "no deadline");
    return tx_norm_within(m, &r->ar, n);
}

/* "only Clerk may …" and the prohibitions it makes. */
static bool dr_only_eq(const md_norm *x, const md_norm *y)
{
    return x->only == y->only && x->only_cp == y->only_cp && x->from_only == y->from_only;
}

static const char *dr_only_text(const md_norm *n)
{
    if (n->from_only) return "made by an 'only' rule";
    if (n->only) return "only the roles named may";
    if (n->only_cp) return "only towards those named";
    return "not 'only'";
}

static bool dr_thing_eq(const md_model *a, const md_norm *x, const md_model *b, const md_norm *y)
{
    for (uint32_t i = 0; i < x->nacts && i < y->nacts; i++)
        if (!df_same(df_term(a, x->acts[i].object), df_term(b, y->acts[i].object))) return false;
    return true;
}

static bool dr_trigger_eq(const md_model *a, const md_norm *x, const md_model *b, const md_norm *y)
{
    return df_same(df_term(a, x->trigger), df_term(b, y->trigger)) &&
           df_same(df_role(a, x->trigger_from), df_role(b, y->trigger_from));
}

static bool dr_detail_eq(const md_norm *x, const md_norm *y)
{
    for (uint32_t i = 0; i < x->nacts && i < y->nacts; i++)
        if (!df_same(x->acts[i].detail, y->acts[i].detail)) return false;
    return true;
}

static bool dr_acts_eq(const md_model *a, const md_act *x, const md_model *b, const md_act *y, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!df_same(df_term(a, x[i].action), df_term(b, y[i].action)) ||
            !df_same(df_term(a, x[i].object), df_term(b, y[i].object)) ||
            !df_same(df_role(a, x[i].counterpart), df_role(b, y[i].counterpart)) || !df_same(x[i].detail, y[i].detail))
            return false;
    }
    return true;
}

static bool dr_fallback_eq(const md_model *a, const md_norm *x, const md_model *b, const md_norm *y)
{
    return x->x->nfallback == y->x->nfallback && dr_acts_eq(a, x->x->fallback, b, y->x->fallback, x->x->nfallback) &&
           df_deadline_eq(a, &x->x->fallback_within, b, &y->x->fallback_within);
}

/* How far apart two deadlines are, 0..99: the closer pair is matched first. */
static int dr_distance(const md_deadline *x, const md_deadline *y)
{
    if (x->kind != DUR_FIXED || y->kind != DUR_FIXED || x->unit != y->unit) return 99;
    long d = (long)x->n - (long)y->n;
    if (d < 0) d = -d;
    return d > 99 ? 99 : (int)d;
}

static int dr_cost(const md_model *a, const md_norm *x, const md_model *b, const md_norm *y)
{
    int c = 0;
    if (x->mod != y->mod) c += DR_COST_MODALITY;
    if (!dr_counterpart_eq(a, x, b, y)) c += DR_COST_KEY;
    if (!dr_thing_eq(a, x, b, y)) c += DR_COST_KEY;
    if (!dr_trigger_eq(a, x, b, y)) c += DR_COST_TRIGGER;
    if (!dr_within_eq(a, x, b, y)) c += DR_COST_DEADLINE + dr_distance(&x->within, &y->within);
    if (!dr_only_eq(x, y)) c += DR_COST_DETAIL;
    if (!df_cond_eq(a, x->cond, b, y->cond)) c += DR_COST_CONDITION;
    if (!dr_fallback_eq(a, x, b, y)) c += DR_COST_FALLBACK;
    if (!dr_detail_eq(x, y)) c += DR_COST_DETAIL;
    return c;
}

/* Between rules that differ alike, one under the same clause is the better
 * match: a model rule adopted as it is, rather than the council's own rule
 * saying the same. */
static bool dr_same_clause(const md_norm *x, const md_norm *y)
{
    return df_same(x->clause, y->clause) || df_same(md_norm_clause(x), md_norm_clause(y));
}

/* In the second pass, only a rule that kept its modality and changed its
 * counterpart or its thing, not both, counts as the same rule changed. */
static bool dr_loose_ok(const md_model *a, const md_norm *x, const md_model *b, const md_norm *y)
{
    return x->mod == y->mod && (dr_counterpart_eq(a, x, b, y) || dr_thing_eq(a, x, b, y));
}

/* ---- pairing ------------------------------------------------------------------------ */

static void dr_pair(dr_ctx *c, int l, int rr)
{
    c->r->pair[l] = rr;
    c->pb[rr] = l;
}

typedef struct dr_cand {
    int cost, l, r;
} dr_cand;

static int dr_cmp_cand(const void *x, const void *y)
{
    const dr_cand *p = x, *q = y;
    if (p->cost != q->cost) return p->cost < q->cost ? -1 : 1;
    if (p->l != q->l) return p->l < q->l ? -1 : 1;
    return (p->r > q->r) - (p->r < q->r);
}

/* A group too big to weigh every pair: in order, first pass only. */
static void dr_group_in_order(dr_ctx *c, const df_keyed *la, size_t p, const df_keyed *rb, size_t q, bool loose)
{
    if (loose) return;
    for (size_t i = 0; i < p && i < q; i++) dr_pair(c, la[i].ix, rb[i].ix);
}

static void dr_group(dr_ctx *c, const df_keyed *la, size_t p, const df_keyed *rb, size_t q, bool loose)
{
    const md_model *a = c->r->a, *b = c->r->b;
    if (p == 1 && q == 1 && !loose) { dr_pair(c, la[0].ix, rb[0].ix); return; }
    if (p * q > DR_MAX_PAIRS) { dr_group_in_order(c, la, p, rb, q, loose); return; }
    dr_cand *v = fail_malloc(p * q * sizeof *v);
    if (!v) { c->r->oom = true; return; }
    size_t n = 0;
    for (size_t i = 0; i < p; i++)
        for (size_t j = 0; j < q; j++) {
            const md_norm *x = &a->norms[la[i].ix], *y = &b->norms[rb[j].ix];
            if (loose && !dr_loose_ok(a, x, b, y)) continue;
            v[n++] = (dr_cand){ 2 * dr_cost(a, x, b, y) + !dr_same_clause(x, y), la[i].ix, rb[j].ix };
        }
    qsort(v, n, sizeof *v, dr_cmp_cand);
    for (size_t k = 0; k < n; k++)
        if (c->r->pair[v[k].l] < 0 && c->pb[v[k].r] < 0) dr_pair(c, v[k].l, v[k].r);
    free(v);
}

/* The rules of m not yet paired (pair[k] < 0), with their keys, sorted. */
static df_keyed *dr_unpaired(dr_ctx *c, const md_model *m, const int *pair, bool loose, size_t *count)
{
    df_keyed *v = m->nnorms ? fail_malloc(m->nnorms * sizeof *v) : NULL;
    size_t n = 0;
    if (m->nnorms && !v) { c->r->oom = true; *count = 0; return NULL; }
    for (size_t k = 0; k < m->nnorms; k++) {
        const md_norm *x = &m->norms[k];
        if (pair[k] >= 0 || !df_rule_compared(x)) continue;
        v[n++] = (df_keyed){ loose ? dr_key_loose(c->r, m, x) : dr_key_full(c->r, m, x), (int)k };
    }
    if (n) qsort(v, n, sizeof *v, df_cmp_keyed);
    *count = n;
    return v;
}

static void dr_pass(dr_ctx *c, bool loose)
{
    size_t na, nb;
    df_keyed *va = dr_unpaired(c, c->r->a, c->r->pair, loose, &na);
    df_keyed *vb = dr_unpaired(c, c->r->b, c->pb, loose, &nb);
    size_t i = 0, j = 0;
    while (va && vb && i < na && j < nb) {
        int k = strcmp(va[i].key, vb[j].key);
        if (k < 0) { i++; continue; }
        if (k > 0) { j++; continue; }
        size_t i1 = i, j1 = j;
        while (i1 < na && strcmp(va[i1].key, va[i].key) == 0) i1++;
        while (j1 < nb && strcmp(vb[j1].key, vb[j].key) == 0) j1++;
        dr_group(c, va + i, i1 - i, vb + j, j1 - j, loose);
        i = i1;
        j = j1;
    }
    free(va);
    free(vb);
}

/* ---- overrides, by meaning ----------------------------------------------------------- */

static int dr_cmp_int(const void *x, const void *y)
{
    int p = *(const int *)x, q = *(const int *)y;
    return (p > q) - (p < q);
}

/* The rules n overrides, as right-side indexes (a left rule with no partner
 * becomes a negative number no right rule has), sorted; *count of them. */
static int *dr_targets(df_result *r, const md_model *m, const md_norm *n, bool left, size_t *count)
{
    size_t cap = 0, k = 0;
    for (uint32_t i = 0; i < n->x->noverrides; i++)
        for (int e = md_clause_first(m, n->x->overrides[i]); e >= 0; e = md_clause_next(m, e)) cap++;
    int *v = cap ? ar_alloc(&r->ar, cap * sizeof *v) : NULL;
    if (cap && !v) { r->oom = true; cap = 0; }
    for (uint32_t i = 0; i < n->x->noverrides && v; i++)
        for (int e = md_clause_first(m, n->x->overrides[i]); e >= 0 && k < cap; e = md_clause_next(m, e)) {
            int t = md_clause_norm(m, e);
            if (!df_rule_compared(&m->norms[t])) continue;
            v[k++] = !left ? t : r->pair[t] >= 0 ? r->pair[t] : -2 - t;
        }
    if (k) qsort(v, k, sizeof *v, dr_cmp_int);
    *count = k;
    return v;
}

static bool dr_overrides_eq(df_result *r, const md_norm *x, const md_norm *y)
{
    size_t p, q;
    int *u = dr_targets(r, r->a, x, true, &p), *w = dr_targets(r, r->b, y, false, &q);
    return p == q && (p == 0 || memcmp(u, w, p * sizeof *u) == 0);
}

static const char *dr_overrides_text(df_result *r, const md_norm *n)
{
    if (!n->x->noverrides) return "overrides nothing";
    const char *s = "overrides";
    for (uint32_t i = 0; i < n->x->noverrides; i++) s = ar_printf(&r->ar, "%s%s [%s]", s, i ? "," : "", n->x->overrides[i]);
    return s;
}

/* ---- records -------------------------------------------------------------------------- */

/* "Officer must respond to enquiry from Member": the rule without its
 * deadline, condition and fallback. */
static const char *dr_short(df_result *r, const md_model *m, const md_norm *n)
{
    const char *s = ar_printf(&r->ar, "%s %s %s", md_role_name(m, n->subject), ast_modality_word(n->mod),
                              tx_acts(m, &r->ar, n->acts, n->nacts));
    bool named = false;   /* does an act name the counterpart ("instruct and manage Officer")? */
    for (size_t i = 0; i < n->nacts; i++) named |= n->acts[i].counterpart >= 0;
    if (!named && n->counterpart >= 0)
        s = ar_printf(&r->ar, "%s (towards %s)", s, md_role_name(m, n->counterpart));
    return s;
}

/* Cited by the adopting clause, with the model's clause beside it. */
static df_side dr_side(df_result *r, const md_model *m, const md_norm *n)
{
    df_side s = df_side_at(md_norm_clause(n), n->at, tx_norm(m, &r->ar, n));
    if (n->x->cited && n->clause && strcmp(n->x->cited, n->clause) != 0) s.model_clause = n->clause;
    return s;
}

static const char *dr_counterpart_text(df_result *r, const md_model *m, const md_norm *n)
{
    int cp = n->counterpart >= 0 ? n->counterpart : n->nacts ? n->acts[0].counterpart : -1;
    int rel = n->nacts ? md_act_rel(&n->acts[0]) : -1;
    if (rel >= 0)
        return ar_printf(&r->ar, "towards %s", n->acts[0].rel_of == RP_ABOUT
                                                   ? ar_printf(&r->ar, "%s %s", md_rel_phrase(m, &r->ar, rel),
                                                               tx_the(m, &r->ar, md_role_name(m, n->acts[0].rel_role)))
                                                   : md_rel_their(m, &r->ar, rel));
    return cp >= 0 ? ar_printf(&r->ar, "towards %s", tx_some(m, &r->ar, md_role_name(m, cp))) : "towards no one in particular";
}

static const char *dr_thing_text(df_result *r, const md_model *m, const md_norm *n)
{
    const char *s = "";
    for (uint32_t i = 0; i < n->nacts; i++)
        if (n->acts[i].object >= 0)
            s = ar_printf(&r->ar, "%s%s%s", s, *s ? ", " : "", m->terms[n->acts[i].object].display);
    return *s ? s : "no thing";
}

static const char *dr_trigger_text(df_result *r, const md_model *m, const md_norm *n)
{
    if (n->trigger < 0) return "started by no event";
    const char *s = ar_printf(&r->ar, "started by %s", tx_some_thing(m, &r->ar, m->terms[n->trigger].display));
    return n->trigger_from >= 0 ? ar_printf(&r->ar, "%s from %s", s, tx_some(m, &r->ar, md_role_name(m, n->trigger_from))) : s;
}

static const char *dr_detail_text(df_result *r, const md_norm *n)
{
    const char *s = "";
    for (uint32_t i = 0; i < n->nacts; i++)
        if (n->acts[i].detail) s = ar_printf(&r->ar, "%s%s\"%s\"", s, *s ? " and " : "", n->acts[i].detail);
    return *s ? s : "no detail";
}

static const char *dr_fallback_text(df_result *r, const md_model *m, const md_norm *n)
{
    if (!n->x->nfallback) return "no fallback";
    const char *s = ar_printf(&r->ar, "otherwise %s", tx_acts(m, &r->ar, n->x->fallback, n->x->nfallback));
    const char *w = df_deadline_text(r, m, &n->x->fallback_within, NULL);
    return w ? ar_printf(&r->ar, "%s %s", s, w) : s;
}

/* A trigger follows the thing and counterpart: said only when it changed
 * on its own, or came or went. */
static bool dr_trigger_said(const md_model *a, const md_norm *x, const md_model *b, const md_norm *y)
{
    if (dr_trigger_eq(a, x, b, y)) return false;
    return (x->trigger < 0) != (y->trigger < 0) || (dr_thing_eq(a, x, b, y) && dr_counterpart_eq(a, x, b, y));
}

static void dr_fields(df_result *r, df_change *c, const md_norm *x, const md_norm *y)
{
    const md_model *a = r->a, *b = r->b;
    if (x->mod != y->mod) df_field_add(r, c, "modality", ast_modality_word(x->mod), ast_modality_word(y->mod));
    if (!dr_counterpart_eq(a, x, b, y) || !dr_rel_eq(r, a, x, b, y))
        df_field_add(r, c, "counterpart", dr_counterpart_text(r, a, x), dr_counterpart_text(r, b, y));
    if (!dr_thing_eq(a, x, b, y)) df_field_add(r, c, "thing", dr_thing_text(r, a, x), dr_thing_text(r, b, y));
    if (dr_trigger_said(a, x, b, y)) df_field_add(r, c, "trigger", dr_trigger_text(r, a, x), dr_trigger_text(r, b, y));
    if (!dr_detail_eq(x, y)) df_field_add(r, c, "detail", dr_detail_text(r, x), dr_detail_text(r, y));
    if (!dr_within_eq(a, x, b, y))
        df_field_add(r, c, "deadline", dr_within_text(r, a, x), dr_within_text(r, b, y));
    if (!dr_only_eq(x, y)) df_field_add(r, c, "only", dr_only_text(x), dr_only_text(y));
    if (!df_cond_eq(a, x->cond, b, y->cond))
        df_field_add(r, c, "condition", df_cond_text(r, a, x->cond), df_cond_text(r, b, y->cond));
    if (!dr_fallback_eq(a, x, b, y)) df_field_add(r, c, "fallback", dr_fallback_text(r, a, x), dr_fallback_text(r, b, y));
    if (!dr_overrides_eq(r, x, y)) df_field_add(r, c, "overrides", dr_overrides_text(r, x), dr_overrides_text(r, y));
}

static void dr_emit_left(df_result *r, size_t k)
{
    const md_norm *x = &r->a->norms[k];
    if (!df_rule_compared(x)) { r->fate[k] = DF_R_SKIPPED; return; }
    int j = r->pair[k];
    df_change *c = df_push(r, DF_RULE, j < 0 ? DF_REMOVED : DF_CHANGED, NULL);
    if (!c) return;
    if (j >= 0) dr_fields(r, c, x, &r->b->norms[j]);
    r->fate[k] = j < 0 ? DF_R_REMOVED : c->nfields ? DF_R_CHANGED : DF_R_SAME;
    if (r->fate[k] == DF_R_SAME) {   /* the texts are not made for the many rules that stay as they are */
        r->rules_same++;
        df_settle(r, c);
        return;
    }
    c->subject = dr_short(r, r->a, x);
    c->left = dr_side(r, r->a, x);
    if (j >= 0) c->right = dr_side(r, r->b, &r->b->norms[j]);
    df_settle(r, c);
}

static void dr_emit_right(df_result *r, const int *pb, size_t k)
{
    const md_norm *y = &r->b->norms[k];
    if (!df_rule_compared(y) || pb[k] >= 0) return;
    df_change *c = df_push(r, DF_RULE, DF_ADDED, dr_short(r, r->b, y));
    if (!c) return;
    c->right = dr_side(r, r->b, y);
    df_settle(r, c);
}

void df__rules(df_result *r)
{
    size_t na = r->a->nnorms, nb = r->b->nnorms;
    r->pair = fail_malloc((na ? na : 1) * sizeof *r->pair);
    r->fate = fail_calloc(na ? na : 1, sizeof *r->fate);
    int *pb = fail_malloc((nb ? nb : 1) * sizeof *pb);
    if (!r->pair || !r->fate || !pb) { r->oom = true; free(pb); return; }
    for (size_t k = 0; k < na; k++) r->pair[k] = -1;
    for (size_t k = 0; k < nb; k++) pb[k] = -1;
    dr_ctx c = { r, pb };
    dr_pass(&c, false);
    dr_pass(&c, true);
    for (size_t k = 0; k < na && !r->oom; k++) dr_emit_left(r, k);
    for (size_t k = 0; k < nb && !r->oom; k++) dr_emit_right(r, pb, k);
    free(pb);
}
