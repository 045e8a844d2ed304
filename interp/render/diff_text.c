/* diff_text — a diff as text: see diff_render.h. */
#include "diff_render.h"
#include "textout.h"

#include <string.h>

const rdf_words rdf_plain = { { "added", "removed", "changed" } };
const rdf_words rdf_against = { { "added", "omitted", "changed" } };

/* "[10.2] → [11.2]", "[10.2]" when both sides cite the same clause, the one
 * side's clause for an addition or removal, or NULL when there is none. */
static void rdf_labels(FILE *f, const df_change *c)
{
    const char *l = c->left.present ? c->left.clause : NULL, *r = c->right.present ? c->right.clause : NULL;
    if (c->left.present && c->right.present && (l || r)) {
        if (l && r && strcmp(l, r) == 0) to_printf(f, "%s ", l);
        else to_printf(f, "%s → %s ", l ? l : "(no clause)", r ? r : "(no clause)");
    } else if (l || r) {
        to_printf(f, "%s ", l ? l : r);
    }
}

void rdf_line(FILE *f, const df_result *r, const df_change *c, const rdf_words *w)
{
    const char *word = c->kind <= DF_CHANGED ? w->kind[c->kind] : "?";
    to_printf(f, "  %-8s ", word);
    rdf_labels(f, c);
    if (c->kind != DF_CHANGED) {
        const df_side *s = c->kind == DF_ADDED ? &c->right : &c->left;
        if (c->what == DF_STEP) to_printf(f, "%s: ", c->subject);
        to_printf(f, "%s\n", s->text ? s->text : "");
        return;
    }
    to_printf(f, "%s:", c->subject);
    for (size_t i = 0; i < c->nfields; i++)
        to_printf(f, "%s %s → %s", i ? ";" : "", c->fields[i].left ? c->fields[i].left : "none",
                  c->fields[i].right ? c->fields[i].right : "none");
    fputc('\n', f);
}

void rdf_summary(FILE *f, const df_result *r)
{
    size_t n = r->added + r->removed + r->changed;
    if (n == 0) { fputs("no differences in meaning\n", f); return; }
    fprintf(f, "%zu change%s: %zu added, %zu removed, %zu changed\n", n, n == 1 ? "" : "s", r->added, r->removed, r->changed);
}

void rdf_text(FILE *f, const df_result *r)
{
    static const char *const heads[] = { "Metadata:", "Roles:", "Rules:", "Routes:", "Routes:" };
    const char *last = NULL;
    for (size_t i = 0; i < r->n; i++) {
        const df_change *c = &r->changes[i];
        const char *h = heads[c->what <= DF_STEP ? c->what : DF_STEP];
        if (h != last) fprintf(f, "%s\n", h);
        last = h;
        rdf_line(f, r, c, &rdf_plain);
    }
    rdf_summary(f, r);
}
