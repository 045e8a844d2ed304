/* diff_decls — the declarations a rule leans on (diff.h): relations of the
 * people in a case ("line-manager of Officer is Officer"), the order of
 * seniority ("seniority Clerk above DeputyClerk") and "counts as" lines.
 *
 * A relation is known by its name; an edge of the order by its two roles'
 * names; a counts-as line by its two deeds in words.  Only a relation can
 * be changed (its display name, who holds it for whom, what it manages);
 * an edge or a counts-as line is there or not. */
#include "diff_int.h"

#include <string.h>

/* ---- relations ----------------------------------------------------------------------- */

/* "of Officer is Officer, of ManagingDirector is nobody" */
static const char *dd_holders(df_result *r, const md_model *m, const md_rel *x)
{
    const char *s = NULL;
    for (size_t k = 0; k < x->ncases; k++) {
        const md_relcase *c = &x->cases[k];
        const char *one = ar_printf(&r->ar, "of %s is %s", df_role(m, c->of), c->is >= 0 ? df_role(m, c->is) : "nobody");
        s = s ? ar_printf(&r->ar, "%s, %s", s, one) : one;
    }
    return s ? s : "for nobody";
}

static const char *dd_manages(df_result *r, const md_model *m, const md_rel *x)
{
    if (!x->manages) return "manages nobody";
    return ar_printf(&r->ar, "manages %s", x->ncases ? df_role(m, x->cases[0].of) : "-");
}

static const char *dd_display(df_result *r, const md_rel *x) { return ar_printf(&r->ar, "\"%s\"", x->display); }

/* 'line-manager "line manager", of Officer is Officer, manages Officer' */
static df_side dd_rel_side(df_result *r, const md_model *m, const md_rel *x)
{
    const char *s = strcmp(x->name, x->display) ? ar_printf(&r->ar, "%s %s", x->name, dd_display(r, x)) : x->name;
    s = ar_printf(&r->ar, "relation %s, %s", s, dd_holders(r, m, x));
    if (x->manages) s = ar_printf(&r->ar, "%s, %s", s, dd_manages(r, m, x));
    return df_side_at(x->ncases ? x->cases[0].clause : NULL, x->at, s);
}

static void dd_rel_pair(df_result *r, const md_rel *x, const md_rel *y)
{
    df_change *c = df_push(r, DF_RELATION, DF_CHANGED, x->name);
    if (!c) return;
    c->left = dd_rel_side(r, r->a, x);
    c->right = dd_rel_side(r, r->b, y);
    const char *p, *q;
    if (!df_same(p = dd_display(r, x), q = dd_display(r, y))) df_field_add(r, c, "display name", p, q);
    if (!df_same(p = dd_holders(r, r->a, x), q = dd_holders(r, r->b, y))) df_field_add(r, c, "holders", p, q);
    if (!df_same(p = dd_manages(r, r->a, x), q = dd_manages(r, r->b, y))) df_field_add(r, c, "manages", p, q);
    df_settle(r, c);
}

static void dd_rel_alone(df_result *r, const md_model *m, const md_rel *x, df_kind kind)
{
    df_change *c = df_push(r, DF_RELATION, kind, x->name);
    if (!c) return;
    if (kind == DF_REMOVED) c->left = dd_rel_side(r, m, x);
    else c->right = dd_rel_side(r, m, x);
    df_settle(r, c);
}

static const md_rel *dd_rel_named(const md_model *m, const char *name)
{
    for (size_t i = 0; i < m->nrels; i++)
        if (strcmp(m->rels[i].name, name) == 0) return &m->rels[i];
    return NULL;
}

static void dd_relations(df_result *r)
{
    for (size_t i = 0; i < r->a->nrels; i++) {
        const md_rel *y = dd_rel_named(r->b, r->a->rels[i].name);
        if (y) dd_rel_pair(r, &r->a->rels[i], y);
        else dd_rel_alone(r, r->a, &r->a->rels[i], DF_REMOVED);
    }
    for (size_t j = 0; j < r->b->nrels; j++)
        if (!dd_rel_named(r->a, r->b->rels[j].name)) dd_rel_alone(r, r->b, &r->b->rels[j], DF_ADDED);
}

/* ---- the order of seniority ------------------------------------------------------------ */

static const char *dd_rank_key(df_result *r, const md_model *m, const md_rank *k)
{
    return ar_printf(&r->ar, "%s above %s", df_role(m, k->above), df_role(m, k->below));
}

static bool dd_has_rank(df_result *r, const md_model *m, const char *key)
{
    for (size_t i = 0; i < m->nranks; i++)
        if (strcmp(dd_rank_key(r, m, &m->ranks[i]), key) == 0) return true;
    return false;
}

static void dd_rank_alone(df_result *r, const md_model *m, const md_rank *k, df_kind kind)
{
    const char *key = dd_rank_key(r, m, k);
    df_change *c = df_push(r, DF_RANK, kind, key);
    if (!c) return;
    df_side s = df_side_at(k->clause, k->at,
                           ar_printf(&r->ar, "%s ranks above %s", m->roles[k->above].display, m->roles[k->below].display));
    if (kind == DF_REMOVED) c->left = s;
    else c->right = s;
    df_settle(r, c);
}

static void dd_ranks(df_result *r)
{
    for (size_t i = 0; i < r->a->nranks; i++)
        if (!dd_has_rank(r, r->b, dd_rank_key(r, r->a, &r->a->ranks[i]))) dd_rank_alone(r, r->a, &r->a->ranks[i], DF_REMOVED);
    for (size_t j = 0; j < r->b->nranks; j++)
        if (!dd_has_rank(r, r->a, dd_rank_key(r, r->b, &r->b->ranks[j]))) dd_rank_alone(r, r->b, &r->b->ranks[j], DF_ADDED);
}

/* ---- counts as ----------------------------------------------------------------------- */

/* "respond to enquiry counts as acknowledge enquiry" */
static const char *dd_counts_text(df_result *r, const md_model *m, const md_counts *k)
{
    return ar_printf(&r->ar, "%s counts as %s", tx_acts(m, &r->ar, &k->deed, 1), tx_acts(m, &r->ar, &k->as, 1));
}

static bool dd_has_counts(df_result *r, const md_model *m, const char *text)
{
    for (size_t i = 0; i < m->ncounts; i++)
        if (strcmp(dd_counts_text(r, m, &m->counts[i]), text) == 0) return true;
    return false;
}

static void dd_counts_alone(df_result *r, const md_model *m, const md_counts *k, df_kind kind)
{
    const char *text = dd_counts_text(r, m, k);
    df_change *c = df_push(r, DF_COUNTS, kind, text);
    if (!c) return;
    df_side s = df_side_at(k->clause, k->at, text);
    if (kind == DF_REMOVED) c->left = s;
    else c->right = s;
    df_settle(r, c);
}

static void dd_counts(df_result *r)
{
    for (size_t i = 0; i < r->a->ncounts; i++)
        if (!dd_has_counts(r, r->b, dd_counts_text(r, r->a, &r->a->counts[i])))
            dd_counts_alone(r, r->a, &r->a->counts[i], DF_REMOVED);
    for (size_t j = 0; j < r->b->ncounts; j++)
        if (!dd_has_counts(r, r->a, dd_counts_text(r, r->b, &r->b->counts[j])))
            dd_counts_alone(r, r->b, &r->b->counts[j], DF_ADDED);
}

void df__decls(df_result *r)
{
    dd_relations(r);
    dd_ranks(r);
    dd_counts(r);
}
