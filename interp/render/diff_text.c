/* diff_text — a diff as text: see diff_render.h. */
#include "diff_render.h"
#include "textout.h"

#include <string.h>

const rdf_words rdf_plain = { { "added", "removed", "changed" } };
const rdf_words rdf_against = { { "added", "omitted", "changed" } };

/* "[10.2]", "[4.3] (model [MP-2])", or "(no clause)". */
static int rdf_label(FILE *f, const df_side *s)
{
    if (!s->clause) {
        fputs("(no clause)", f);
        return 0;
    }
    if (s->model_clause) return to_printf(f, "[%s] (model [%s])", s->clause, s->model_clause);
    return to_printf(f, "[%s]", s->clause);
}

static bool rdf_same_label(const df_side *a, const df_side *b)
{
    return a->clause && b->clause && strcmp(a->clause, b->clause) == 0 &&
           (a->model_clause ? b->model_clause && strcmp(a->model_clause, b->model_clause) == 0 : !b->model_clause);
}

/* "[10.2] → [11.2] ", "[10.2] " when both sides cite the same clause, the
 * one side's for an addition or removal; nothing when no side cites one. */
static int rdf_labels(FILE *f, const df_change *c)
{
    const df_side *l = c->left.present ? &c->left : NULL, *r = c->right.present ? &c->right : NULL;
    int rc = 0;
    if ((!l || !l->clause) && (!r || !r->clause)) return 0;
    if (l && r && !rdf_same_label(l, r)) {
        rc |= rdf_label(f, l);
        fputs(" → ", f);
        rc |= rdf_label(f, r);
    } else {
        rc |= rdf_label(f, l && l->clause ? l : r);
    }
    fputc(' ', f);
    return rc;
}

int rdf_line(FILE *f, const df_result *r, const df_change *c, const rdf_words *w)
{
    const char *word = c->kind <= DF_CHANGED ? w->kind[c->kind] : "?";
    int rc = to_printf(f, "  %-8s ", word);
    rc |= rdf_labels(f, c);
    if (c->kind != DF_CHANGED) {
        const df_side *s = c->kind == DF_ADDED ? &c->right : &c->left;
        if (c->what == DF_STEP) rc |= to_printf(f, "%s: ", c->subject);
        return rc | to_printf(f, "%s\n", s->text ? s->text : "");
    }
    rc |= to_printf(f, "%s:", c->subject);
    for (size_t i = 0; i < c->nfields; i++)
        rc |= to_printf(f, "%s %s → %s", i ? ";" : "", c->fields[i].left ? c->fields[i].left : "none",
                        c->fields[i].right ? c->fields[i].right : "none");
    fputc('\n', f);
    return rc;
}

void rdf_summary(FILE *f, const df_result *r)
{
    size_t n = r->added + r->removed + r->changed;
    if (n == 0) { fputs("no differences in meaning\n", f); return; }
    fprintf(f, "%zu change%s: %zu added, %zu removed, %zu changed\n", n, n == 1 ? "" : "s", r->added, r->removed, r->changed);
}

int rdf_text(FILE *f, const df_result *r)
{
    static const char *const heads[] = { "Metadata:", "Roles:", "Rules:", "Routes:", "Routes:", "Relations:", "Seniority:",
                                         "Counts as:" };
    const char *last = NULL;
    int rc = 0;
    for (size_t i = 0; i < r->n; i++) {
        const df_change *c = &r->changes[i];
        const char *h = heads[c->what <= DF_COUNTS ? c->what : DF_STEP];
        if (h != last) fprintf(f, "%s\n", h);
        last = h;
        rc |= rdf_line(f, r, c, &rdf_plain);
    }
    rdf_summary(f, r);
    return rc;
}
