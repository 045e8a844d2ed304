/* diff_routes — routes matched by kind, raiser and subject, and their steps
 * aligned (see diff.h).
 *
 * A step is known by who takes it: the parties informally, a role (the
 * first of "Clerk or Mayor"), or a procedure.  The longest common
 * subsequence of the two lists of steps is the steps that stayed in order;
 * a step left out of it whose like is left out on the other side too has
 * moved; and of what remains, steps between the same two kept steps are
 * paired in order as one step with another handler.  The rest were added or
 * removed. */
#include "diff_int.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

/* Above this many cells the alignment table is not built: steps are paired
 * by position (no real route has more than a dozen steps). */
enum { DS_MAX_CELLS = 1 << 20 };

static const char *ds_route_name(df_result *r, const md_model *m, const md_route *x)
{
    return ar_printf(&r->ar, "%s by %s about %s", md_term_name(m, x->kind), md_role_name(m, x->by), md_role_name(m, x->about));
}

static const char *ds_route_key(df_result *r, const md_model *m, const md_route *x)
{
    return ar_printf(&r->ar, "%s\x1f%s\x1f%s", df_term(m, x->kind), df_role(m, x->by), df_role(m, x->about));
}

static int ds_cmp_str(const void *x, const void *y) { return strcmp(*(const char *const *)x, *(const char *const *)y); }

/* Who takes a step, as a key: "informal", "role Clerk", "procedure disciplinary". */
static const char *ds_step_id(df_result *r, const md_model *m, const md_step *s)
{
    if (s->informal) return "informal";
    if (s->handler >= 0) return ar_printf(&r->ar, "role %s", df_role(m, s->handler));
    return ar_printf(&r->ar, "procedure %s", df_term(m, s->procedure));
}

static const char *ds_roles_or(df_result *r, const md_model *m, const int *v, size_t n, const char *sep)
{
    const char *s = "";
    for (size_t i = 0; i < n; i++) s = ar_printf(&r->ar, "%s%s%s", s, i ? sep : "", md_role_name(m, v[i]));
    return s;
}

/* Roles by name, to compare across models: in order (alternatives are
 * tried in order) or sorted (helpers are a set). */
static const char *ds_names(df_result *r, const md_model *m, const int *v, size_t n, bool sorted)
{
    const char **w = ar_alloc(&r->ar, (n + 1) * sizeof *w);
    if (!w) { r->oom = true; return ""; }
    for (size_t i = 0; i < n; i++) w[i] = df_role(m, v[i]);
    if (sorted) qsort(w, n, sizeof *w, ds_cmp_str);
    const char *s = "";
    for (size_t i = 0; i < n; i++) s = ar_printf(&r->ar, "%s\x1f%s", s, w[i]);
    return s;
}

static const char *ds_helpers(df_result *r, const md_model *m, const md_step *s)
{
    if (!s->nwith) return "with no one's help";
    return ar_printf(&r->ar, "with the help of %s", ds_roles_or(r, m, s->with, s->nwith, " or "));
}

/* The form of a step beyond who takes it: "and/or", "possibly", "refer to … under …", a relation. */
static const char *ds_form(df_result *r, const md_model *m, const md_step *s)
{
    return ar_printf(&r->ar, "%d%d%d\x1f%s\x1f%s\x1f%d\x1f%s", s->choice, s->optional, s->referral,
                     s->under >= 0 ? df_term(m, s->under) : "", s->rel >= 0 ? m->rels[s->rel].name : "", (int)s->rel_of,
                     s->referral && s->procedure >= 0 ? df_term(m, s->procedure) : "");
}

static const char *ds_handler(df_result *r, const md_model *m, const md_step *s)
{
    if (!s->informal && (s->choice || s->optional || s->referral || s->rel >= 0))
        return tx_handler(m, &r->ar, NULL, s);   /* the new forms, as 'route' words them */
    if (s->informal)
        return s->nwith ? ar_printf(&r->ar, "the parties, informally (%s)", ds_helpers(r, m, s)) : "the parties, informally";
    if (s->handler < 0) return s->procedure >= 0 ? m->terms[s->procedure].display : "?";
    const char *h = md_role_name(m, s->handler);
    return s->nalts ? ar_printf(&r->ar, "%s or %s", h, ds_roles_or(r, m, s->alts, s->nalts, " or ")) : h;
}

static const char *ds_step_text(df_result *r, const md_model *m, const md_step *s)
{
    const char *t = ds_handler(r, m, s);
    if (s->cond) t = ar_printf(&r->ar, "%s, %s", t, tx_cond(m, &r->ar, s->cond));
    const char *w = df_deadline_text(r, m, &s->within, NULL);
    return w ? ar_printf(&r->ar, "%s, %s", t, w) : t;
}

static const char *ds_route_text(df_result *r, const md_model *m, const md_route *x)
{
    const char *t = ar_printf(&r->ar, "%s:", ds_route_name(r, m, x));
    for (size_t i = 0; i < x->nsteps; i++)
        t = ar_printf(&r->ar, "%s%s %zu. %s", t, i ? ";" : "", i + 1, ds_step_text(r, m, &x->steps[i]));
    return t;
}

/* ---- steps ----------------------------------------------------------------------------- */

typedef struct ds_align {
    const md_route *x, *y;
    const char **ida, **idb;     /* each step's key */
    int *pa, *pb;                /* partner, or -1 */
    int *gapa, *gapb;            /* steps kept in order before it */
    bool *moved;                 /* by left step */
} ds_align;

/* The longest common subsequence of the step keys, written into pa/pb. */
static void ds_lcs(df_result *r, ds_align *g, size_t na, size_t nb)
{
    if ((na + 1) * (nb + 1) > DS_MAX_CELLS) return;
    int *t = fail_calloc((na + 1) * (nb + 1), sizeof *t);
    if (!t) { r->oom = true; return; }
#define DS_T(i, j) t[(i) * (nb + 1) + (j)]
    for (size_t i = na; i-- > 0;)
        for (size_t j = nb; j-- > 0;)
            DS_T(i, j) = strcmp(g->ida[i], g->idb[j]) == 0 ? DS_T(i + 1, j + 1) + 1
                         : DS_T(i + 1, j) >= DS_T(i, j + 1) ? DS_T(i + 1, j) : DS_T(i, j + 1);
    size_t i = 0, j = 0;
    while (i < na && j < nb) {
        if (strcmp(g->ida[i], g->idb[j]) == 0) { g->pa[i] = (int)j; g->pb[j] = (int)i; i++; j++; }
        else if (DS_T(i + 1, j) >= DS_T(i, j + 1)) i++;
        else j++;
    }
#undef DS_T
    free(t);
}

/* Unkept steps with the same key on both sides have moved. */
static void ds_moved(ds_align *g, size_t na, size_t nb)
{
    for (size_t i = 0; i < na; i++) {
        if (g->pa[i] >= 0) continue;
        for (size_t j = 0; j < nb; j++)
            if (g->pb[j] < 0 && strcmp(g->ida[i], g->idb[j]) == 0) {
                g->pa[i] = (int)j; g->pb[j] = (int)i; g->moved[i] = true;
                break;
            }
    }
}

/* What is left between the same two kept steps: paired in order. */
static void ds_gaps(ds_align *g, size_t na, size_t nb)
{
    int kept = 0;
    for (size_t i = 0; i < na; i++) { g->gapa[i] = kept; kept += g->pa[i] >= 0 && !g->moved[i]; }
    kept = 0;
    for (size_t j = 0; j < nb; j++) {
        g->gapb[j] = kept;
        kept += g->pb[j] >= 0 && !g->moved[g->pb[j]];
    }
    for (size_t i = 0; i < na; i++) {
        if (g->pa[i] >= 0) continue;
        for (size_t j = 0; j < nb; j++)
            if (g->pb[j] < 0 && g->gapb[j] == g->gapa[i]) { g->pa[i] = (int)j; g->pb[j] = (int)i; break; }
    }
}

static const char *ds_step_subject(df_result *r, const char *route, size_t i)
{
    return ar_printf(&r->ar, "%s, step %zu", route, i + 1);
}

static df_side ds_side(df_result *r, const md_model *m, const md_step *s)
{
    return df_side_at(s->clause, s->at, ds_step_text(r, m, s));
}

static void ds_step_fields(df_result *r, df_change *c, const ds_align *g, size_t i, size_t j)
{
    const md_model *a = r->a, *b = r->b;
    const md_step *s = &g->x->steps[i], *t = &g->y->steps[j];
    if (s->informal && t->informal) {
        if (!df_same(ds_names(r, a, s->with, s->nwith, true), ds_names(r, b, t->with, t->nwith, true)))
            df_field_add(r, c, "helpers", ds_helpers(r, a, s), ds_helpers(r, b, t));
    } else if (strcmp(g->ida[i], g->idb[j]) != 0 ||
               !df_same(ds_names(r, a, s->alts, s->nalts, false), ds_names(r, b, t->alts, t->nalts, false)) ||
               !df_same(ds_form(r, a, s), ds_form(r, b, t))) {
        df_field_add(r, c, "handler", ds_handler(r, a, s), ds_handler(r, b, t));
    }
    if (g->moved[i]) df_field_add(r, c, "order", ar_printf(&r->ar, "step %zu", i + 1), ar_printf(&r->ar, "step %zu", j + 1));
    if (!df_cond_eq(a, s->cond, b, t->cond))
        df_field_add(r, c, "condition", df_cond_text(r, a, s->cond), df_cond_text(r, b, t->cond));
    if (!df_deadline_eq(a, &s->within, b, &t->within))
        df_field_add(r, c, "time limit", df_deadline_text(r, a, &s->within, "no time limit"),
                     df_deadline_text(r, b, &t->within, "no time limit"));
}

static void ds_emit_steps(df_result *r, const ds_align *g, const char *route)
{
    for (size_t i = 0; i < g->x->nsteps; i++) {
        int j = g->pa[i];
        df_change *c = df_push(r, DF_STEP, j < 0 ? DF_REMOVED : DF_CHANGED, ds_step_subject(r, route, i));
        if (!c) return;
        c->left = ds_side(r, r->a, &g->x->steps[i]);
        if (j >= 0) {
            c->right = ds_side(r, r->b, &g->y->steps[j]);
            ds_step_fields(r, c, g, i, (size_t)j);
        }
        df_settle(r, c);
    }
    for (size_t j = 0; j < g->y->nsteps; j++) {
        if (g->pb[j] >= 0) continue;
        df_change *c = df_push(r, DF_STEP, DF_ADDED, ds_step_subject(r, route, j));
        if (!c) return;
        c->right = ds_side(r, r->b, &g->y->steps[j]);
        df_settle(r, c);
    }
}

static bool ds_align_init(df_result *r, ds_align *g, const md_route *x, const md_route *y)
{
    size_t na = x->nsteps, nb = y->nsteps, n = na + nb + 2;
    g->x = x;
    g->y = y;
    g->ida = ar_alloc(&r->ar, n * sizeof *g->ida);
    g->idb = g->ida ? g->ida + na + 1 : NULL;
    g->pa = ar_alloc(&r->ar, 2 * n * sizeof *g->pa);
    g->pb = g->pa ? g->pa + na + 1 : NULL;
    g->gapa = g->pa ? g->pa + n : NULL;
    g->gapb = g->gapa ? g->gapa + na + 1 : NULL;
    g->moved = ar_alloc(&r->ar, n * sizeof *g->moved);
    if (!g->ida || !g->pa || !g->moved) { r->oom = true; return false; }
    for (size_t i = 0; i < na; i++) { g->ida[i] = ds_step_id(r, r->a, &x->steps[i]); g->pa[i] = -1; }
    for (size_t j = 0; j < nb; j++) { g->idb[j] = ds_step_id(r, r->b, &y->steps[j]); g->pb[j] = -1; }
    return true;
}

static void ds_route_pair(df_result *r, const md_route *x, const md_route *y)
{
    ds_align g;
    if (!ds_align_init(r, &g, x, y)) return;
    ds_lcs(r, &g, x->nsteps, y->nsteps);
    ds_moved(&g, x->nsteps, y->nsteps);
    ds_gaps(&g, x->nsteps, y->nsteps);
    ds_emit_steps(r, &g, ds_route_name(r, r->a, x));
}

static void ds_route_alone(df_result *r, const md_model *m, const md_route *x, df_kind kind)
{
    df_change *c = df_push(r, DF_ROUTE, kind, ds_route_name(r, m, x));
    if (!c) return;
    df_side s = df_side_at(x->clause, x->at, ds_route_text(r, m, x));
    if (kind == DF_REMOVED) c->left = s;
    else c->right = s;
    df_settle(r, c);
}

/* ---- routes -------------------------------------------------------------------------------- */

static df_keyed *ds_sorted(df_result *r, const md_model *m)
{
    df_keyed *v = ar_alloc(&r->ar, (m->nroutes + 1) * sizeof *v);
    if (!v) { r->oom = true; return NULL; }
    for (size_t i = 0; i < m->nroutes; i++) v[i] = (df_keyed){ ds_route_key(r, m, &m->routes[i]), (int)i };
    qsort(v, m->nroutes, sizeof *v, df_cmp_keyed);
    return v;
}

/* Routes with one key (a protocol has one per kind, raiser and subject) are paired in order. */
static void ds_match(df_result *r, int *pa, int *pb)
{
    df_keyed *va = ds_sorted(r, r->a), *vb = ds_sorted(r, r->b);
    size_t i = 0, j = 0, na = r->a->nroutes, nb = r->b->nroutes;
    while (va && vb && i < na && j < nb) {
        int k = strcmp(va[i].key, vb[j].key);
        if (k == 0) { pa[va[i].ix] = vb[j].ix; pb[vb[j].ix] = va[i].ix; i++; j++; }
        else if (k < 0) i++;
        else j++;
    }
}

void df__routes(df_result *r)
{
    size_t na = r->a->nroutes, nb = r->b->nroutes;
    int *pa = ar_alloc(&r->ar, (na + nb + 2) * sizeof *pa);
    if (!pa) { r->oom = true; return; }
    int *pb = pa + na + 1;
    for (size_t i = 0; i < na + nb + 2; i++) pa[i] = -1;
    ds_match(r, pa, pb);
    for (size_t i = 0; i < na && !r->oom; i++) {
        if (pa[i] < 0) ds_route_alone(r, r->a, &r->a->routes[i], DF_REMOVED);
        else ds_route_pair(r, &r->a->routes[i], &r->b->routes[pa[i]]);
    }
    for (size_t j = 0; j < nb && !r->oom; j++)
        if (pb[j] < 0) ds_route_alone(r, r->b, &r->b->routes[j], DF_ADDED);
}
