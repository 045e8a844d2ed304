/* diff_base — what the diff modules share: change records, and comparing
 * names, conditions and deadlines across two models.  It calls none of the
 * modules that use it. */
#include "diff_int.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

/* A changed record has at most this many fields (roles have the most). */
enum { DF_MAX_FIELDS = 12 };

const char *df_what_word(df_what w)
{
    static const char *const words[] = { "metadata", "role", "rule", "route", "step", "relation", "seniority", "counts-as" };
    return w <= DF_COUNTS ? words[w] : "?";
}

const char *df_kind_word(df_kind k)
{
    static const char *const words[] = { "added", "removed", "changed" };
    return k <= DF_CHANGED ? words[k] : "?";
}

bool df_rule_compared(const md_norm *n) { return !n->from_role && n->nacts > 0; }

/* ---- records ------------------------------------------------------------------ */

df_change *df_push(df_result *r, df_what what, df_kind kind, const char *subject)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 32;
        df_change *nv = fail_realloc(r->changes, cap * sizeof *nv);
        if (!nv) { r->oom = true; return NULL; }
        r->changes = nv;
        r->cap = cap;
    }
    df_change *c = &r->changes[r->n++];
    memset(c, 0, sizeof *c);
    c->what = what;
    c->kind = kind;
    c->subject = subject;
    return c;
}

void df_field_add(df_result *r, df_change *c, const char *name, const char *left, const char *right)
{
    if (!c->fields) {
        c->fields = ar_alloc(&r->ar, DF_MAX_FIELDS * sizeof *c->fields);
        if (!c->fields) { r->oom = true; return; }
    }
    if (c->nfields == DF_MAX_FIELDS) return;
    c->fields[c->nfields++] = (df_field){ name, left, right };
}

void df_settle(df_result *r, df_change *c)
{
    if (c->kind == DF_CHANGED && c->nfields == 0) {
        r->n--;   /* c is the newest record: nothing differs, so nothing to say */
        return;
    }
    if (c->kind == DF_ADDED) r->added++;
    else if (c->kind == DF_REMOVED) r->removed++;
    else r->changed++;
}

df_side df_side_at(const char *clause, loc at, const char *text) { return (df_side){ true, clause, NULL, at, text }; }

/* ---- comparisons shared by the parts -------------------------------------------- */

int df_cmp_keyed(const void *x, const void *y)
{
    const df_keyed *p = x, *q = y;
    int c = strcmp(p->key, q->key);
    return c ? c : (p->ix > q->ix) - (p->ix < q->ix);
}

const char *df_role(const md_model *m, int role)
{
    return role >= 0 && (size_t)role < m->nroles ? m->roles[role].name : "-";
}

const char *df_term(const md_model *m, int term)
{
    return term >= 0 && (size_t)term < m->nterms ? m->terms[term].name : "-";
}

bool df_same(const char *a, const char *b) { return a == b || (a && b && strcmp(a, b) == 0); }

bool df_cond_eq(const md_model *a, const md_cond *x, const md_model *b, const md_cond *y)
{
    if (!x || !y) return x == y;
    if (x->kind != y->kind || x->except != y->except) return false;
    if (!df_same(df_role(a, x->role), df_role(b, y->role)) || !df_same(x->text, y->text)) return false;
    return df_cond_eq(a, x->a, b, y->a) && df_cond_eq(a, x->b, b, y->b);
}

bool df_deadline_eq(const md_model *a, const md_deadline *x, const md_model *b, const md_deadline *y)
{
    if (x->kind != y->kind) return false;
    /* the forms councils write: "as soon as possible and at the latest …", "by the end of the next working day" */
    if (x->kind == DUR_FIXED)
        return x->n == y->n && x->unit == y->unit && x->asap == y->asap && x->form == y->form &&
               (x->form != DF_END_OF || df_same(md_vague(a, x), md_vague(b, y)));
    if (x->kind == DUR_VAGUE) return df_same(md_vague(a, x), md_vague(b, y));
    return true;
}

const char *df_deadline_text(df_result *r, const md_model *m, const md_deadline *d, const char *none)
{
    if (d->kind == DUR_FIXED) return tx_within(m, &r->ar, d);
    if (d->kind == DUR_VAGUE) return ar_printf(&r->ar, "%s (no period)", md_vague(m, d));
    return none;
}

const char *df_cond_text(df_result *r, const md_model *m, const md_cond *c)
{
    return c ? tx_cond(m, &r->ar, c) : "no condition";
}
