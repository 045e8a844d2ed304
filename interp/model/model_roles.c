/* model_roles — the roles: declared, linked to their parents and aliases,
 * related (manages, appoints), and each one's ancestors (cycles in the
 * is-a graph reported and cut).  Stages of md_build (model_build.c). */
#include "model_int.h"
#include "fail.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A role is a kind of at most this many roles (itself included): real
 * hierarchies are a few levels deep, and every role keeps the list. */
enum { MD_MAX_ANCESTORS = 100 };

void md__roles(md_model *m)
{
    size_t cap = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_ROLE) continue;
            md_role r;
            memset(&r, 0, sizeof r);
            r.name = d->u.role.name.s;
            r.display = d->u.role.display ? d->u.role.display : r.name;
            r.clause = d->u.role.clause;
            r.at = d->u.role.name.at;
            r.external = d->u.role.external;
            int idx = (int)m->nroles;
            if (m->nroles >= MD_MAX_ROLES) {
                /* the cause of every "unknown role" naming a role not read:
                 * said first (dg_lead), not after a hundred of them */
                if (!m->too_many_roles) {
                    MD_ERR(m, "too-many", r.at, "more than %d roles: this one and those after it are not read", MD_MAX_ROLES);
                    MD_HINT(m, "split the file, or write the rules once for a role that covers the others");
                    MD_HINT(m, "a name of a role not read is unknown wherever it is used: fix this first");
                    dg_lead(m->dg);
                }
                m->too_many_roles = true;
                continue;
            }
            if (!md__sym_put(m, r.name, SYM_ROLE, idx, r.at)) continue;
            MD_PUSH(m, m->roles, m->nroles, cap, r);
        }
    }
}

static size_t md_names_count(const ast_namelist *l)
{
    size_t n = 0;
    for (; l; l = l->next) n++;
    return n;
}

static int *md_role_list(md_model *m, ast_namelist *l, size_t *n)
{
    size_t k = 0;
    for (ast_namelist *p = l; p; p = p->next) k++;
    int *out = k ? ar_alloc(m->ar, k * sizeof *out) : NULL;
    *n = 0;
    if (k && !out) { dg_oom(m->dg); return NULL; }
    for (ast_namelist *p = l; p; p = p->next) {
        int r = md__role_ref(m, p->name);
        if (r >= 0) out[(*n)++] = r;
    }
    return out;
}

static md_roleset md_roleset_of(md_model *m, const ast_namelist *l)
{
    md_roleset s = { NULL, NULL, 0 };
    size_t k = 0;
    for (const ast_namelist *p = l; p; p = p->next) k++;
    if (!k) return s;
    s.roles = ar_alloc(m->ar, k * sizeof *s.roles);
    s.at = ar_alloc(m->ar, k * sizeof *s.at);
    if (!s.roles || !s.at) { dg_oom(m->dg); s.roles = NULL; s.at = NULL; return s; }
    for (const ast_namelist *p = l; p; p = p->next) {
        int r = md__role_ref(m, p->name);
        if (r < 0) continue;
        s.roles[s.n] = r;
        s.at[s.n++] = p->name.at;
    }
    return s;
}

/* n entries, each the set named by l. */
static md_roleset *md_roleset_all(md_model *m, const ast_namelist *l, size_t n)
{
    md_roleset *v = ar_alloc(m->ar, n * sizeof *v);
    if (!v) { dg_oom(m->dg); return NULL; }
    md_roleset s = md_roleset_of(m, l);
    for (size_t i = 0; i < n; i++) v[i] = s;
    return v;
}

/* Role r as its declaration d says: parents, relations, aliases. */
static void md_role_link(md_model *m, int r, const ast_decl *d)
{
    md_role *role = &m->roles[r];
    role->parents = md_role_list(m, d->u.role.parents, &role->nparents);
    role->manages = md_role_list(m, d->u.role.manages, &role->nmanages);
    role->appoints = md_role_list(m, d->u.role.appoints, &role->nappoints);
    /* an except in a declaration leaves its roles out of every relation it states */
    if (d->u.role.manages_except && role->nmanages)
        role->manages_ex = md_roleset_all(m, d->u.role.manages_except, role->nmanages);
    if (d->u.role.appoints_except && role->nappoints)
        role->appoints_ex = md_roleset_all(m, d->u.role.appoints_except, role->nappoints);
    size_t na = md_names_count(d->u.role.aliases);
    role->aliases = na ? ar_alloc(m->ar, na * sizeof *role->aliases) : NULL;
    for (ast_namelist *p = d->u.role.aliases; p && role->aliases; p = p->next) {
        role->aliases[role->naliases++] = p->name.s;
        md__alias_at(m, p->name.s, SYM_ROLE, r, p->name.at);
        md__sym_put(m, p->name.s, SYM_ROLE, r, p->name.at);
    }
    for (size_t i = 0; i < role->nparents; i++) {
        if (role->parents[i] == r) {
            MD_ERR(m, "role-cycle", d->u.role.name.at, "role '%s' cannot be a kind of itself", role->name);
            role->parents[i] = role->parents[--role->nparents];
            i--;
        }
    }
}

void md__role_links(md_model *m)
{
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_ROLE) continue;
            int r = md_find_role(m, d->u.role.name.s);
            if (r < 0 || m->roles[r].at.start != d->u.role.name.at.start || m->roles[r].at.file != d->u.role.name.at.file)
                continue;   /* a duplicate, already reported */
            md_role_link(m, r, d);
        }
    }
}

/* caps: room in each role's manages (2r) and appoints (2r+1) lists.  The
 * lists grow by doubling: growing them by one would copy them every time,
 * and the arena keeps every copy. */
static void md_relate(md_model *m, int who, int to, bool appoints, const char *clause, loc at, md_roleset ex,
                      size_t *caps)
{
    md_role *r = &m->roles[who];
    int **arr = appoints ? &r->appoints : &r->manages;
    const char ***cls = appoints ? &r->appoints_cl : &r->manages_cl;
    loc **ats = appoints ? &r->appoints_at : &r->manages_at;
    md_roleset **exs = appoints ? &r->appoints_ex : &r->manages_ex;
    size_t *n = appoints ? &r->nappoints : &r->nmanages;
    size_t *cap = &caps[2 * (size_t)who + (appoints ? 1 : 0)];
    for (size_t i = 0; i < *n; i++)
        if ((*arr)[i] == to) return;
    if (*n >= *cap) {
        size_t nc_ = *cap < 4 ? 8 : *cap * 2;
        int *na = ar_grow(m->ar, *arr, *n, nc_, sizeof **arr);
        const char **nc = ar_grow(m->ar, *cls, *n, nc_, sizeof **cls);
        loc *nl = ar_grow(m->ar, *ats, *n, nc_, sizeof **ats);
        md_roleset *ne = ar_grow(m->ar, *exs, *n, nc_, sizeof **exs);
        if (!na || !nc || !nl || !ne) { dg_oom(m->dg); return; }
        *arr = na;
        *cls = nc;
        *ats = nl;
        *exs = ne;
        *cap = nc_;
    }
    (*arr)[*n] = to;
    (*cls)[*n] = clause;
    (*ats)[*n] = at;
    (*exs)[*n] = ex;
    (*n)++;
}

/* The relations written in a role's declaration: cited by the role's
 * clause and place; what each leaves out is nothing unless the declaration
 * said 'except' (md__role_links). */
static void md_relation_side(md_model *m, const md_role *role, size_t n, const char ***cl, loc **at, md_roleset **ex)
{
    if (!n) return;
    *cl = ar_alloc(m->ar, n * sizeof **cl);
    *at = ar_alloc(m->ar, n * sizeof **at);
    for (size_t i = 0; i < n; i++) {
        if (*cl) (*cl)[i] = role->clause;
        if (*at) (*at)[i] = role->at;
    }
    if (!*ex) *ex = ar_alloc(m->ar, n * sizeof **ex);
}

static void md_relation_defaults(md_model *m, md_role *role)
{
    md_relation_side(m, role, role->nmanages, &role->manages_cl, &role->manages_at, &role->manages_ex);
    md_relation_side(m, role, role->nappoints, &role->appoints_cl, &role->appoints_at, &role->appoints_ex);
}

/* "ManagingDirector, Clerk manage Officer except Scribe": every subject with every target. */
static void md_relation_line(md_model *m, const ast_decl *d, size_t *caps)
{
    size_t ns = md_names_count(d->u.relation.subjects), nt = md_names_count(d->u.relation.targets);
    if (nt && ns > MD_MAX_RELATIONS / nt) {
        MD_ERR(m, "too-many", d->at, "this line relates %zu roles to %zu: more than %d relations", ns, nt,
               MD_MAX_RELATIONS);
        return;
    }
    md_roleset ex = md_roleset_of(m, d->u.relation.except);
    for (const ast_namelist *s = d->u.relation.subjects; s; s = s->next) {
        int rel = md_find_rel(m, s->name.s);   /* "line-manager manages Officer" */
        if (rel >= 0) {
            for (const ast_namelist *t = d->u.relation.targets; t; t = t->next) md__rel_manages(m, rel, d, t);
            continue;
        }
        int who = md__role_ref(m, s->name);
        for (const ast_namelist *t = d->u.relation.targets; t; t = t->next) {
            int to = md__role_ref(m, t->name);
            if (who >= 0 && to >= 0) md_relate(m, who, to, d->u.relation.appoints, d->u.relation.clause, d->at, ex, caps);
        }
    }
}

/* Clauses for the relations written in role declarations, then the
 * relations stated on their own ("ManagingDirector manages Officer"). */
void md__relations(md_model *m)
{
    for (size_t r = 0; r < m->nroles; r++) md_relation_defaults(m, &m->roles[r]);
    size_t *caps = fail_calloc(2 * m->nroles + 1, sizeof *caps);
    if (!caps) { dg_oom(m->dg); return; }
    for (size_t r = 0; r < m->nroles; r++) {
        caps[2 * r] = m->roles[r].nmanages;
        caps[2 * r + 1] = m->roles[r].nappoints;
    }
    for (size_t u = 0; u < m->ld->nunits; u++)
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next)
            if (d->kind == D_RELATION) md_relation_line(m, d, caps);
    free(caps);
}

/* Depth-first search for cycles in the is-a graph; a cycle edge is removed
 * after it is reported, so everything downstream sees a DAG.  The walk keeps
 * its own stack (the role and the next parent to try at each depth): a chain
 * of many thousand roles must not exhaust the C stack. */
static void md_cycle_walk(md_model *m, int start, unsigned char *color, int *stack, size_t *next)
{
    int depth = 0;
    stack[0] = start;
    next[0] = 0;
    color[start] = 1;
    while (depth >= 0) {
        int r = stack[depth];
        md_role *role = &m->roles[r];
        if (next[depth] >= role->nparents) {
            color[r] = 2;
            depth--;
            continue;
        }
        size_t i = next[depth]++;
        int p = role->parents[i];
        if (color[p] == 1) {
            char chain[512];
            size_t k = 0;
            int from = depth;
            while (from > 0 && stack[from] != p) from--;
            for (int j = from; j <= depth && k < sizeof chain - 64; j++) {
                /* snprintf returns what it wanted to write: a long name must not push k past the end */
                int w = snprintf(chain + k, sizeof chain - k, "%s is ", m->roles[stack[j]].name);
                k = w < 0 || (size_t)w >= sizeof chain - k ? sizeof chain - 1 : k + (size_t)w;
            }
            snprintf(chain + k, sizeof chain - k, "%s", m->roles[p].name);
            MD_ERR(m, "role-cycle", role->at, "cycle in the role hierarchy: %s", chain);
            MD_HINT(m, "a role cannot be, directly or through others, a kind of itself");
            role->parents[i] = role->parents[--role->nparents];
            next[depth]--;   /* look again at index i: it holds the parent moved there */
            continue;
        }
        if (color[p] == 0) {
            depth++;
            stack[depth] = p;
            next[depth] = 0;
            color[p] = 1;
        }
    }
}

/* Each role's children, listed once their number is known. */
static bool md_children(md_model *m, size_t *nchildren)
{
    size_t n = m->nroles;
    for (size_t r = 0; r < n; r++)
        for (size_t i = 0; i < m->roles[r].nparents; i++) nchildren[m->roles[r].parents[i]]++;
    for (size_t r = 0; r < n; r++) {
        if (!nchildren[r]) continue;
        m->roles[r].children = ar_alloc(m->ar, nchildren[r] * sizeof *m->roles[r].children);
        if (!m->roles[r].children) return false;
    }
    for (size_t r = 0; r < n; r++)
        for (size_t i = 0; i < m->roles[r].nparents; i++) {
            md_role *p = &m->roles[m->roles[r].parents[i]];
            p->children[p->nchildren++] = (int)r;
        }
    return true;
}

/* Role r's ancestors, itself first, then breadth-first upwards (queue and
 * seen: the caller's room for n roles). */
static bool md_ancestors_of(md_model *m, size_t r, int *queue, unsigned *seen)
{
    size_t qh = 0, qt = 0;
    unsigned stamp = (unsigned)r + 1;
    queue[qt++] = (int)r;
    seen[r] = stamp;
    bool too_many = false;
    while (qh < qt && !too_many) {
        md_role *cur = &m->roles[queue[qh++]];
        for (size_t i = 0; i < cur->nparents; i++) {
            int p = cur->parents[i];
            if (seen[p] == stamp) continue;
            if (qt == MD_MAX_ANCESTORS) { too_many = true; break; }
            seen[p] = stamp;
            queue[qt++] = p;
        }
    }
    if (too_many) {
        MD_ERR(m, "too-deep", m->roles[r].at, "role '%s' is a kind of more than %d other roles", m->roles[r].name,
               MD_MAX_ANCESTORS - 1);
        MD_HINT(m, "a role hierarchy is a few levels deep: Mayor is Chair, Chair is Member");
    }
    int *anc = ar_alloc(m->ar, qt * sizeof *anc);
    if (!anc) return false;
    memcpy(anc, queue, qt * sizeof *anc);
    m->roles[r].ancestors = anc;
    m->roles[r].nancestors = qt;
    return true;
}

/* Which roles overlap (have a common descendant): every pair of a role's
 * ancestors does.  At most MD_MAX_ANCESTORS squared per role; without it
 * (out of memory) md_overlap walks the roles instead. */
static void md_overlaps(md_model *m)
{
    size_t n = m->nroles;
    m->overlap = fail_calloc((n * n + 7) / 8, 1);
    for (size_t d = 0; m->overlap && d < n; d++) {
        const md_role *r = &m->roles[d];
        for (size_t i = 0; i < r->nancestors; i++)
            for (size_t j = 0; j < r->nancestors; j++) {
                size_t bit = (size_t)r->ancestors[i] * n + (size_t)r->ancestors[j];
                m->overlap[bit >> 3] |= (unsigned char)(1u << (bit & 7));
            }
    }
}

void md__ancestors(md_model *m)
{
    size_t n = m->nroles;
    if (!n) return;
    unsigned char *color = fail_calloc(n, 1);
    int *stack = fail_malloc(n * sizeof *stack);
    size_t *next = fail_malloc(n * sizeof *next);
    int *queue = fail_malloc(n * sizeof *queue);
    unsigned *seen = fail_calloc(n, sizeof *seen);
    size_t *nchildren = fail_calloc(n, sizeof *nchildren);
    bool ok = color && stack && next && queue && seen && nchildren;
    for (size_t r = 0; ok && r < n; r++)
        if (!color[r]) md_cycle_walk(m, (int)r, color, stack, next);
    ok = ok && md_children(m, nchildren);
    for (size_t r = 0; ok && r < n; r++) ok = md_ancestors_of(m, r, queue, seen);
    if (ok) md_overlaps(m);
    else dg_oom(m->dg);
    free(color);
    free(stack);
    free(next);
    free(queue);
    free(seen);
    free(nchildren);
}
