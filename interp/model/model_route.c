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

/* "head-of-service of subject", or a relation alone (of the subject):
 * whose it is, and the role its holder is. */
static void mr_rel_step(md_model *m, const ast_step *s, const md_route *r, int rel, md_step *out)
{
    out->rel = rel;
    out->rel_of = RP_ABOUT;
    const char *w = s->handler_of.s;
    if (w && (strcmp(w, "raiser") == 0 || strcmp(w, "complainant") == 0)) out->rel_of = RP_RAISER;
    else if (w && strcmp(w, "subject") != 0) {
        int role = md_find_role(m, w);
        if (role >= 0 && r->by >= 0 && md_is_a(m, r->by, role) && !(r->about >= 0 && md_is_a(m, r->about, role)))
            out->rel_of = RP_RAISER;
        else if (role < 0) {
            MD_ERR(m, "bad-step", s->handler_of.at, "whose %s: write 'of subject' (the person the case is about) "
                   "or 'of raiser'", md_rel_noun(m, m->ar, rel));
            return;
        }
    }
    int whose = out->rel_of == RP_RAISER ? r->by : r->about;
    const md_relcase *c = whose >= 0 ? md_rel_case(m, rel, whose) : (m->rels[rel].ncases ? &m->rels[rel].cases[0] : NULL);
    if (!c) {
        MD_ERR(m, "bad-relation", s->handler.at, "the %s is of %s, and this route's %s is %s", md_rel_noun(m, m->ar, rel),
               md_role_name(m, m->rels[rel].ncases ? m->rels[rel].cases[0].of : -1),
               out->rel_of == RP_RAISER ? "raiser" : "subject", md_role_name(m, whose));
        return;
    }
    out->handler = c->is;
}

/* The roles after the first of "A or B", "A and/or B". */
static void mr_alts(md_model *m, const ast_step *s, md_step *out)
{
    out->alts = mr_roles(m, s->alts, &out->nalts);
    if (s->choice && out->nalts >= MD_MAX_CHOICES) {
        MD_ERR(m, "too-many", s->handler.at, "this step gives the case to %zu offices at once: more than %d",
               out->nalts + 1, MD_MAX_CHOICES);
        MD_HINT(m, "name fewer with 'and/or', or a role that covers them");
        out->nalts = MD_MAX_CHOICES - 1;
    }
}

static void mr_handler(md_model *m, const ast_step *s, const md_route *route, md_step *out)
{
    int rel = md_find_role(m, s->handler.s) < 0 ? md_find_rel(m, s->handler.s) : -1;
    if (rel >= 0 || s->handler_of.s) {
        if (rel < 0) {
            MD_ERR(m, "unknown-relation", s->handler.at, "unknown relation '%s'", s->handler.s);
            sg_best b;
            sg_begin(&b, s->handler.s);
            for (size_t i = 0; i < m->nrels; i++) sg_offer(&b, m->rels[i].name);
            if (sg_result(&b)) MD_HINT(m, "did you mean '%s'?", sg_result(&b));
            else MD_HINT(m, "declare it with whose it is and who: 'relation %s of Officer is HeadOfService'", s->handler.s);
            return;
        }
        mr_rel_step(m, s, route, rel, out);
        mr_alts(m, s, out);   /* "line-manager or Clerk" */
        return;
    }
    int r = md_find_role(m, s->handler.s);
    if (r >= 0) {
        out->handler = r;
        mr_alts(m, s, out);
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
    if (m->ld->use_failed) return;
    MD_ERR(m, "unknown-handler", s->handler.at, "unknown role or procedure '%s'", s->handler.s);
    const char *sr = md_suggest_role(m, s->handler.s);
    const char *sp = md_suggest_term(m, s->handler.s, MT_PROCEDURE);
    if (sr || sp) MD_HINT(m, "did you mean '%s'?", sr ? sr : sp);
    else MD_HINT(m, "a step names the role that handles the case, or a procedure declared with 'procedure %s'", s->handler.s);
}

static void mr_step(md_model *m, const ast_step *s, const md_route *route, md_step *out)
{
    memset(out, 0, sizeof *out);
    out->clause = s->clause;
    out->informal = s->informal;
    out->choice = s->choice;
    out->optional = s->optional;
    out->referral = s->referral;
    out->handler = out->procedure = out->rel = out->under = -1;
    out->at = s->at;
    out->cond = md__cond(m, s->cond);
    md__deadline(m, &out->within, &s->within);
    out->with = mr_roles(m, s->with, &out->nwith);
    if (s->informal || !s->handler.s) return;
    mr_handler(m, s, route, out);
    if (s->under.s) out->under = md__term_ref(m, s->under, MT_PROCEDURE, "a procedure");
    /* "procedure grievance-procedure and/or refer to …": the procedure, or the referral */
    if (s->or_procedure.s) out->procedure = md__term_ref(m, s->or_procedure, MT_PROCEDURE, "a procedure");
}

/* The kind of matter a route is for: a declared kind, or any thing. */
static int mr_kind(md_model *m, ast_name n)
{
    int t = md_find_term(m, n.s, MT_THING);
    if (t >= 0 || md_find_term(m, n.s, MT_ACTION) >= 0 || md_find_role(m, n.s) >= 0 || m->ld->use_failed)
        return t >= 0 ? t : md__term_ref(m, n, MT_THING, "a kind of matter (such as complaint)");
    MD_ERR(m, "unknown-thing", n.at, "unknown kind of matter '%s'", n.s);
    const char *s = md_suggest_term(m, n.s, MT_THING);
    const char *kinds = md_kinds_text(m, m->ar);
    if (s) MD_HINT(m, "did you mean '%s'?", s);
    if (kinds) MD_HINT(m, "the kinds declared are %s; declare another with 'kind %s'", kinds, n.s);
    else MD_HINT(m, "declare it with 'kind %s'", n.s);
    return -1;
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
    r->kind = mr_kind(m, ar->kind);
    r->by = ar->by.s ? md__role_ref(m, ar->by) : -1;
    r->about = ar->about.s ? md__role_ref(m, ar->about) : -1;
    if ((ar->by.s && r->by < 0) || (ar->about.s && r->about < 0) || r->kind < 0) return false;
    size_t k = 0;
    for (const ast_step *s = ar->steps; s; s = s->next) k++;
    r->steps = k ? ar_alloc(m->ar, k * sizeof *r->steps) : NULL;
    if (k && !r->steps) { dg_oom(m->dg); return false; }
    for (const ast_step *s = ar->steps; s; s = s->next) mr_step(m, s, r, &r->steps[r->nsteps++]);
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
            if (d->kind != D_ROUTE || !mr_route(m, d, &r)) continue;
            MD_PUSH(m, m->routes, m->nroutes, cap, r);
            /* "route complaint, concern by Member …": the same steps for each kind named */
            for (const ast_namelist *k = d->u.route.more_kinds; k && !m->dg->oom; k = k->next) {
                md_route more = r;
                more.kind = mr_kind(m, k->name);
                more.at = k->name.at;
                if (more.kind >= 0) MD_PUSH(m, m->routes, m->nroutes, cap, more);
            }
            if (m->dg->oom) return;
        }
    }
}
