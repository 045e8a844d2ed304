/* model_route — resolving escalation routes and their steps. */
#include "model_int.h"

#include <string.h>

static int *mr_roles(md_model *m, const ast_namelist *l, size_t *n)
{
    size_t k = 0;
    for (const ast_namelist *p = l; p; p = p->next) k++;
    *n = 0;
    if (!k) return NULL;
    int *out = ar_alloc(m->ar, k * sizeof *out);
    if (!out) { dg_oom(m->dg); return NULL; }
    for (const ast_namelist *p = l; p; p = p->next) {
        int r = md__role_ref(m, p->name);
        if (r >= 0) out[(*n)++] = r;
    }
    return out;
}

static void mr_step(md_model *m, const ast_step *s, md_step *out)
{
    memset(out, 0, sizeof *out);
    out->clause = s->clause;
    out->informal = s->informal;
    out->handler = out->procedure = -1;
    out->at = s->at;
    out->cond = md__cond(m, s->cond);
    md__deadline(m, &out->within, &s->within);
    out->with = mr_roles(m, s->with, &out->nwith);
    if (s->informal || !s->handler.s) return;
    int r = md_find_role(m, s->handler.s);
    if (r >= 0) {
        out->handler = r;
        out->alts = mr_roles(m, s->alts, &out->nalts);
        return;
    }
    int p = md_find_term(m, s->handler.s, MT_PROCEDURE);
    if (p >= 0) {
        out->procedure = p;
        if (s->alts) {
            MD_ERR(m, "bad-step", s->alts->name.at, "a procedure cannot have alternative handlers");
            MD_HINT(m, "write the procedure as a step of its own");
        }
        return;
    }
    MD_ERR(m, "unknown-handler", s->handler.at, "unknown role or procedure '%s'", s->handler.s);
    const char *sr = md_suggest_role(m, s->handler.s);
    const char *sp = md_suggest_term(m, s->handler.s, MT_PROCEDURE);
    if (sr || sp) MD_HINT(m, "did you mean '%s'?", sr ? sr : sp);
    else MD_HINT(m, "a step names the role that handles the case, or a procedure declared with 'procedure %s'", s->handler.s);
}

/* A route whose steps were all syntax errors is reported already: is
 * there an error inside its declaration? */
static bool mr_bad_steps(const md_model *m, const ast_decl *d)
{
    for (size_t i = 0; i < m->dg->count; i++) {
        const dg_diag *dd = &m->dg->items[i];
        if (dd->sev == DG_ERROR && dd->where.file == d->at.file && dd->where.start >= d->at.start &&
            dd->where.start < d->at.end)
            return true;
    }
    return false;
}

/* The route declared by d; false when it is not kept (reported). */
static bool mr_route(md_model *m, const ast_decl *d, md_route *r)
{
    const ast_route *ar = &d->u.route;
    memset(r, 0, sizeof *r);
    r->at = ar->kind.at;
    r->clause = ar->clause;
    r->kind = md__term_ref(m, ar->kind, MT_THING, "a kind of case (a thing such as complaint)");
    r->by = ar->by.s ? md__role_ref(m, ar->by) : -1;
    r->about = ar->about.s ? md__role_ref(m, ar->about) : -1;
    if ((ar->by.s && r->by < 0) || (ar->about.s && r->about < 0) || r->kind < 0) return false;
    size_t k = 0;
    for (const ast_step *s = ar->steps; s; s = s->next) k++;
    r->steps = k ? ar_alloc(m->ar, k * sizeof *r->steps) : NULL;
    if (k && !r->steps) { dg_oom(m->dg); return false; }
    for (const ast_step *s = ar->steps; s; s = s->next) mr_step(m, s, &r->steps[r->nsteps++]);
    if (!k && !mr_bad_steps(m, d)) {
        MD_ERR(m, "empty-route", r->at, "this route has no steps");
        MD_HINT(m, "list who handles the case, one step per line, like '[12.3] Clerk'");
    }
    return true;
}

void md__routes(md_model *m)
{
    size_t cap = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            md_route r;
            if (d->kind == D_ROUTE && mr_route(m, d, &r)) MD_PUSH(m, m->routes, m->nroutes, cap, r);
            if (m->dg->oom) return;
        }
    }
}
