/* diff_tally — a diff read as the county association reads it: how a
 * council's rules stand against the model protocol's (see diff.h). */
#include "diff_int.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

df_tally df_tally_rules(const df_result *r)
{
    df_tally t = { 0, 0, 0, 0 };
    for (size_t k = 0; r->fate && k < r->a->nnorms; k++) {
        if (r->fate[k] == DF_R_SAME) t.same++;
        else if (r->fate[k] == DF_R_CHANGED) t.changed++;
        else if (r->fate[k] == DF_R_REMOVED) t.omitted++;
    }
    for (size_t i = 0; i < r->n; i++) t.added += r->changes[i].what == DF_RULE && r->changes[i].kind == DF_ADDED;
    return t;
}

/* A group of rules with one clause: its name, and its number in the order
 * sorted by name. */
typedef struct dy_group {
    const char *name;
    size_t sorted;
} dy_group;

static int dy_cmp_group(const void *x, const void *y)
{
    const dy_group *p = x, *q = y;
    int c = md_label_cmp(p->name, q->name);
    return c ? c : strcmp(p->name, q->name);
}

/* Numbers the groups of equal clauses of v (sorted by clause, then rule) in
 * the natural order of their labels, into c. */
static bool dy_number(df_clauses *c, const df_keyed *v, size_t n)
{
    dy_group *g = fail_malloc((n + 1) * sizeof *g);
    size_t *group = fail_malloc((n + 1) * sizeof *group), *rank = fail_malloc((n + 1) * sizeof *rank), ng = 0;
    bool ok = g && group && rank;
    for (size_t i = 0; ok && i < n; i++) {
        if (i == 0 || strcmp(v[i].key, v[i - 1].key) != 0) { g[ng] = (dy_group){ v[i].key, ng }; ng++; }
        group[i] = ng - 1;
    }
    c->clause = ok ? fail_calloc(ng + 1, sizeof *c->clause) : NULL;
    c->nrules = ok ? fail_calloc(ng + 1, sizeof *c->nrules) : NULL;
    ok = ok && c->clause && c->nrules;
    if (ok) qsort(g, ng, sizeof *g, dy_cmp_group);
    for (size_t k = 0; ok && k < ng; k++) { rank[g[k].sorted] = k; c->clause[k] = g[k].name; }
    for (size_t i = 0; ok && i < n; i++) { c->of_rule[v[i].ix] = (int)rank[group[i]]; c->nrules[rank[group[i]]]++; }
    c->n = ok ? ng : 0;
    free(g); free(group); free(rank);
    return ok;
}

bool df_clauses_init(df_clauses *c, const md_model *m)
{
    memset(c, 0, sizeof *c);
    c->of_rule = fail_malloc((m->nnorms + 1) * sizeof *c->of_rule);
    df_keyed *v = fail_malloc((m->nnorms + 1) * sizeof *v);
    if (!c->of_rule || !v) { free(v); df_clauses_free(c); return false; }
    size_t n = 0;
    for (size_t k = 0; k < m->nnorms; k++) {
        c->of_rule[k] = -1;
        if (df_rule_compared(&m->norms[k]))
            v[n++] = (df_keyed){ m->norms[k].clause ? m->norms[k].clause : "(no clause)", (int)k };
    }
    qsort(v, n, sizeof *v, df_cmp_keyed);
    bool ok = dy_number(c, v, n);
    free(v);
    if (!ok) df_clauses_free(c);
    return ok;
}

void df_clauses_free(df_clauses *c)
{
    free(c->clause);
    free(c->nrules);
    free(c->of_rule);
    memset(c, 0, sizeof *c);
}

bool df_clause_fates(const df_clauses *c, const df_result *r, df_rule_fate *out)
{
    size_t *same = fail_calloc(c->n + 1, sizeof *same), *gone = fail_calloc(c->n + 1, sizeof *gone);
    for (size_t i = 0; i < c->n; i++) out[i] = DF_R_CHANGED;
    if (!same || !gone || !r->fate) { free(same); free(gone); return false; }
    for (size_t k = 0; k < r->a->nnorms; k++) {
        int i = c->of_rule[k];
        if (i < 0) continue;
        same[i] += r->fate[k] == DF_R_SAME;
        gone[i] += r->fate[k] == DF_R_REMOVED;
    }
    for (size_t i = 0; i < c->n; i++)
        out[i] = same[i] == c->nrules[i] ? DF_R_SAME : gone[i] == c->nrules[i] ? DF_R_REMOVED : DF_R_CHANGED;
    free(same);
    free(gone);
    return true;
}

/* Is file id one the user named (the council's own file), not one it uses? */
static bool dy_root_file(const md_model *m, uint32_t file)
{
    for (size_t u = 0; u < m->ld->nunits; u++)
        if (m->ld->units[u].file == file) return m->ld->units[u].root;
    return false;
}

void df_clause_uncited(const df_clauses *c, const df_result *r, bool *out)
{
    for (size_t i = 0; i < c->n; i++) out[i] = false;
    for (size_t k = 0; r->pair && k < r->a->nnorms; k++) {
        int i = c->of_rule[k], j = r->pair[k];
        if (i < 0 || j < 0) continue;
        const md_norm *x = &r->a->norms[k], *y = &r->b->norms[j];
        if (!y->x->cited && y->clause && x->clause && strcmp(x->clause, y->clause) == 0 && !dy_root_file(r->b, y->at.file))
            out[i] = true;
    }
}
