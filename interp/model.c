/* model — building the model: symbols, roles, terms, lookups, indexes.
 * Norms, routes, metadata and scenarios are in model_*.c. */
#include "model_int.h"
#include "fail.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define SYM_VAL(kind, idx) (((uint32_t)(kind) << 28) | (uint32_t)(idx))
#define SYM_KIND(v) ((int)((v) >> 28))
#define SYM_IDX(v) ((int)((v) & 0x0FFFFFFF))

const char *md__intern(md_model *m, const char *s)
{
    const char *r = in_intern(&m->ld->names, s, strlen(s));
    if (!r) dg_oom(m->dg);
    return r ? r : "";
}

static const char *md_where(md_model *m, loc at, char *buf, size_t n)
{
    const src_file *f = src_get(&m->ld->src, at.file);
    int line, col;
    src_linecol(&m->ld->src, at.file, at.start, &line, &col);
    snprintf(buf, n, "%s:%d", f ? f->path : "?", line);
    return buf;
}

static loc md_sym_loc(md_model *m, uint32_t v)
{
    if (SYM_KIND(v) == SYM_ROLE) return m->roles[SYM_IDX(v)].at;
    return m->terms[SYM_IDX(v)].at;
}

static const char *md_sym_kind_name(md_model *m, uint32_t v)
{
    if (SYM_KIND(v) == SYM_ROLE) return "a role";
    switch (m->terms[SYM_IDX(v)].kind) {
    case MT_ACTION: return "an action";
    case MT_THING: return "a thing";
    case MT_PROCEDURE: return "a procedure";
    }
    return "a name";
}

/* Actions live in their own namespace (a verb never stands where a role or
 * a thing does), so "request" can be both an action and a thing.  Interned
 * strings are 16-byte aligned, so the low bit tags the action namespace. */
static uint64_t md_key(const char *name, bool action) { return hm_ptr(name) | (action ? 1u : 0u); }

bool md__sym_put(md_model *m, const char *name, md_symkind kind, int idx, loc at)
{
    uint32_t old;
    bool action = kind == SYM_TERM && m->terms[idx].kind == MT_ACTION;
    if (hm_get(&m->syms, md_key(name, action), &old)) {
        if (old == SYM_VAL(kind, idx)) return true;
        char where[300];
        MD_ERR(m, "duplicate", at, "'%s' is already declared as %s", name, md_sym_kind_name(m, old));
        MD_HINT(m, "the first declaration is at %s", md_where(m, md_sym_loc(m, old), where, sizeof where));
        return false;
    }
    if (!hm_put(&m->syms, md_key(name, action), SYM_VAL(kind, idx))) dg_oom(m->dg);
    return true;
}

static bool md_sym_get(const md_model *m, const char *name, uint32_t *v)
{
    return name && hm_get(&m->syms, md_key(name, false), v);
}

static bool md_act_get(const md_model *m, const char *name, uint32_t *v)
{
    return name && hm_get(&m->syms, md_key(name, true), v);
}

/* "Members" -> "Member", "Councillors" -> "Councillor": clerks write plurals. */
static const char *md_singular(const md_model *m, const char *name)
{
    size_t n = strlen(name);
    if (n < 3 || name[n - 1] != 's') return NULL;
    return in_find(&m->ld->names, name, n - 1);
}

int md_find_role(const md_model *m, const char *name)
{
    uint32_t v;
    if (md_sym_get(m, name, &v) && SYM_KIND(v) == SYM_ROLE) return SYM_IDX(v);
    const char *one = md_singular(m, name);
    if (one && md_sym_get(m, one, &v) && SYM_KIND(v) == SYM_ROLE) return SYM_IDX(v);
    return -1;
}

int md_find_term(const md_model *m, const char *name, md_termkind kind)
{
    uint32_t v;
    bool (*get)(const md_model *, const char *, uint32_t *) = kind == MT_ACTION ? md_act_get : md_sym_get;
    if (get(m, name, &v) && SYM_KIND(v) == SYM_TERM && m->terms[SYM_IDX(v)].kind == kind)
        return SYM_IDX(v);
    if (kind == MT_ACTION) return -1;
    const char *one = md_singular(m, name);
    if (one && get(m, one, &v) && SYM_KIND(v) == SYM_TERM && m->terms[SYM_IDX(v)].kind == kind)
        return SYM_IDX(v);
    return -1;
}

static bool md_eq_nocase_plural(const char *text, const char *name)
{
    if (strcasecmp(text, name) == 0) return true;
    size_t n = strlen(text), k = strlen(name);
    return n == k + 1 && (text[n - 1] == 's' || text[n - 1] == 'S') && strncasecmp(text, name, k) == 0;
}

int md_lookup_role(const md_model *m, const char *text)
{
    const char *in = in_find(&m->ld->names, text, strlen(text));
    if (in) {
        int r = md_find_role(m, in);
        if (r >= 0) return r;
    }
    for (size_t i = 0; i < m->nroles; i++) {
        const md_role *r = &m->roles[i];
        if (md_eq_nocase_plural(text, r->name) || md_eq_nocase_plural(text, r->display)) return (int)i;
        for (size_t a = 0; a < r->naliases; a++)
            if (md_eq_nocase_plural(text, r->aliases[a])) return (int)i;
    }
    /* "the Town Clerk" */
    if (strncasecmp(text, "the ", 4) == 0) return md_lookup_role(m, text + 4);
    return -1;
}

int md_lookup_term(const md_model *m, const char *text, md_termkind kind)
{
    const char *in = in_find(&m->ld->names, text, strlen(text));
    if (in) {
        int t = md_find_term(m, in, kind);
        if (t >= 0) return t;
    }
    for (size_t i = 0; i < m->nterms; i++) {
        const md_term *t = &m->terms[i];
        if (t->kind != kind) continue;
        if (md_eq_nocase_plural(text, t->name) || (t->display && strcasecmp(text, t->display) == 0)) return (int)i;
        for (size_t a = 0; a < t->naliases; a++)
            if (md_eq_nocase_plural(text, t->aliases[a])) return (int)i;
    }
    if (kind == MT_ACTION) return md_lookup_verb(m, text);
    return -1;
}

int md_lookup_calendar(const md_model *m, const char *name)
{
    for (size_t i = 0; i < m->ncals; i++)
        if (strcasecmp(m->cals[i].name, name) == 0) return (int)i;
    return -1;
}

const char *md_suggest_role(const md_model *m, const char *text)
{
    sg_best b;
    sg_begin(&b, text);
    for (size_t i = 0; i < m->nroles; i++) {
        sg_offer(&b, m->roles[i].name);
        for (size_t a = 0; a < m->roles[i].naliases; a++) sg_offer(&b, m->roles[i].aliases[a]);
    }
    return sg_result(&b);
}

const char *md_suggest_term(const md_model *m, const char *text, md_termkind kind)
{
    sg_best b;
    sg_begin(&b, text);
    for (size_t i = 0; i < m->nterms; i++) {
        if (m->terms[i].kind != kind) continue;
        sg_offer(&b, m->terms[i].name);
        for (size_t a = 0; a < m->terms[i].naliases; a++) sg_offer(&b, m->terms[i].aliases[a]);
    }
    return sg_result(&b);
}

/* "raises" -> "raise", "complies" -> "comply", "publishes" -> "publish",
 * "seeks-support" -> "seek-support": candidate base forms of a verb in the
 * third person, tried against actions and their aliases. */
static int md_deinflect(const md_model *m, const char *verb)
{
    char buf[256];
    const char *dash = strchr(verb, '-');
    size_t head = dash ? (size_t)(dash - verb) : strlen(verb);
    if (head < 2 || strlen(verb) >= sizeof buf - 4) return -1;
    static const struct { const char *end; const char *repl; } rules[] = {
        { "ies", "y" }, { "es", "" }, { "s", "" }, { "es", "e" },
    };
    for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
        size_t el = strlen(rules[r].end);
        if (head <= el || strncmp(verb + head - el, rules[r].end, el) != 0) continue;
        size_t k = head - el;
        memcpy(buf, verb, k);
        k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s", rules[r].repl, dash ? dash : "");
        const char *in = in_find(&m->ld->names, buf, k);
        uint32_t v;
        if (in && md_act_get(m, in, &v)) return SYM_IDX(v);
    }
    return -1;
}

int md_lookup_verb(const md_model *m, const char *verb)
{
    const char *in = in_find(&m->ld->names, verb, strlen(verb));
    uint32_t v;
    if (in && md_act_get(m, in, &v)) return SYM_IDX(v);
    for (size_t i = 0; i < m->nterms; i++) {
        const md_term *t = &m->terms[i];
        if (t->kind == MT_ACTION && t->third && strcasecmp(t->third, verb) == 0) return (int)i;
    }
    int d = md_deinflect(m, verb);
    if (d >= 0) return d;
    for (size_t i = 0; i < m->nterms; i++) {
        const md_term *t = &m->terms[i];
        if (t->kind == MT_ACTION && strcasecmp(t->name, verb) == 0) return (int)i;
    }
    return -1;
}

void md__unknown_role(md_model *m, const char *name, loc at)
{
    uint32_t v;
    if (md_sym_get(m, name, &v)) {
        MD_ERR(m, "not-a-role", at, "'%s' is %s, not a role", name, md_sym_kind_name(m, v));
        return;
    }
    MD_ERR(m, "unknown-role", at, "unknown role '%s'", name);
    const char *s = md_suggest_role(m, name);
    if (s) MD_HINT(m, "did you mean '%s'?", s);
    else MD_HINT(m, "declare it with 'role %s is Member' (or Officer), or 'use \"roles\"' for the shared roles", name);
}

int md__role_ref(md_model *m, ast_name n)
{
    if (!n.s) return -1;
    int r = md_find_role(m, n.s);
    if (r < 0) md__unknown_role(m, n.s, n.at);
    return r;
}

static const char *md_kind_word(md_termkind k)
{
    return k == MT_ACTION ? "action" : k == MT_THING ? "thing" : "procedure";
}

int md__term_ref(md_model *m, ast_name n, md_termkind kind, const char *what)
{
    if (!n.s) return -1;
    int t = md_find_term(m, n.s, kind);
    if (t >= 0) return t;
    uint32_t v;
    if ((kind == MT_ACTION ? md_sym_get(m, n.s, &v) : md_act_get(m, n.s, &v)) ||
        (kind != MT_ACTION && md_sym_get(m, n.s, &v))) {
        MD_ERR(m, "wrong-kind", n.at, "'%s' is %s, not %s", n.s, md_sym_kind_name(m, v), what);
        return -1;
    }
    MD_ERR(m, kind == MT_ACTION ? "unknown-action" : kind == MT_THING ? "unknown-thing" : "unknown-procedure",
           n.at, "unknown %s '%s'", md_kind_word(kind), n.s);
    const char *s = md_suggest_term(m, n.s, kind);
    if (s) MD_HINT(m, "did you mean '%s'?", s);
    else MD_HINT(m, "declare it with '%s %s'", md_kind_word(kind), n.s);
    return -1;
}

bool md__is_article(const char *w)
{
    static const char *const a[] = { "the", "a", "an", "any", "all", "each", "every", "their", "its",
                                     "his", "her", "them", "that", NULL };
    for (const char *const *p = a; *p; p++)
        if (strcmp(w, *p) == 0) return true;
    return false;
}

bool md__is_prep(const char *w)
{
    static const char *const a[] = { "to", "from", "with", "about", "of", "for", "by", "on", NULL };
    for (const char *const *p = a; *p; p++)
        if (strcmp(w, *p) == 0) return true;
    return false;
}

md_cond *md__cond(md_model *m, const ast_cond *c)
{
    if (!c) return NULL;
    md_cond *r = ar_alloc(m->ar, sizeof *r);
    if (!r) { dg_oom(m->dg); return NULL; }
    r->kind = c->kind;
    r->at = c->at;
    r->text = c->text;
    r->role = -1;
    r->a = md__cond(m, c->a);
    r->b = md__cond(m, c->b);
    if (c->kind == C_ABOUT || c->kind == C_BY || c->kind == C_APPROVED || c->kind == C_TO)
        r->role = md__role_ref(m, c->role);
    return r;
}

void md__deadline(md_deadline *out, const ast_dur *d)
{
    out->kind = d->kind;
    out->n = d->n;
    out->unit = d->unit;
    out->vague = d->vague;
    out->at = d->at;
}

/* ---- roles --------------------------------------------------------------- */

static void md_collect_roles(md_model *m)
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
            if (!md__sym_put(m, r.name, SYM_ROLE, idx, r.at)) continue;
            MD_PUSH(m, m->roles, m->nroles, cap, r);
        }
    }
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

static void md_add_child(md_model *m, int parent, int child)
{
    md_role *p = &m->roles[parent];
    int *nc = ar_grow(m->ar, p->children, p->nchildren, p->nchildren + 1, sizeof *nc);
    if (!nc) { dg_oom(m->dg); return; }
    nc[p->nchildren++] = child;
    p->children = nc;
}

static void md_role_links(md_model *m)
{
    size_t idx = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_ROLE) continue;
            int r = md_find_role(m, d->u.role.name.s);
            if (r < 0 || m->roles[r].at.start != d->u.role.name.at.start || m->roles[r].at.file != d->u.role.name.at.file)
                continue;   /* a duplicate, already reported */
            md_role *role = &m->roles[r];
            role->parents = md_role_list(m, d->u.role.parents, &role->nparents);
            role->manages = md_role_list(m, d->u.role.manages, &role->nmanages);
            role->appoints = md_role_list(m, d->u.role.appoints, &role->nappoints);
            size_t na = 0;
            for (ast_namelist *p = d->u.role.aliases; p; p = p->next) na++;
            role->aliases = na ? ar_alloc(m->ar, na * sizeof *role->aliases) : NULL;
            for (ast_namelist *p = d->u.role.aliases; p && role->aliases; p = p->next) {
                role->aliases[role->naliases++] = p->name.s;
                md__sym_put(m, p->name.s, SYM_ROLE, r, p->name.at);
            }
            for (size_t i = 0; i < role->nparents; i++) {
                if (role->parents[i] == r) {
                    MD_ERR(m, "role-cycle", d->u.role.name.at, "role '%s' cannot be a kind of itself", role->name);
                    role->parents[i] = role->parents[--role->nparents];
                    i--;
                }
            }
            idx++;
        }
    }
    (void)idx;
}

static void md_relate(md_model *m, int who, int to, bool appoints, const char *clause)
{
    md_role *r = &m->roles[who];
    int **arr = appoints ? &r->appoints : &r->manages;
    const char ***cls = appoints ? &r->appoints_cl : &r->manages_cl;
    size_t *n = appoints ? &r->nappoints : &r->nmanages;
    for (size_t i = 0; i < *n; i++)
        if ((*arr)[i] == to) return;
    int *na = ar_grow(m->ar, *arr, *n, *n + 1, sizeof **arr);
    const char **nc = ar_grow(m->ar, *cls, *n, *n + 1, sizeof **cls);
    if (!na || !nc) { dg_oom(m->dg); return; }
    na[*n] = to;
    nc[*n] = clause;
    *arr = na;
    *cls = nc;
    (*n)++;
}

/* Clauses for the relations written in role declarations, then the
 * relations stated on their own ("ManagingDirector manages Officer"). */
static void md_relations(md_model *m)
{
    for (size_t r = 0; r < m->nroles; r++) {
        md_role *role = &m->roles[r];
        role->manages_cl = role->nmanages ? ar_alloc(m->ar, role->nmanages * sizeof *role->manages_cl) : NULL;
        role->appoints_cl = role->nappoints ? ar_alloc(m->ar, role->nappoints * sizeof *role->appoints_cl) : NULL;
        for (size_t i = 0; role->manages_cl && i < role->nmanages; i++) role->manages_cl[i] = role->clause;
        for (size_t i = 0; role->appoints_cl && i < role->nappoints; i++) role->appoints_cl[i] = role->clause;
    }
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_RELATION) continue;
            for (const ast_namelist *s = d->u.relation.subjects; s; s = s->next) {
                int who = md__role_ref(m, s->name);
                for (const ast_namelist *t = d->u.relation.targets; t; t = t->next) {
                    int to = md__role_ref(m, t->name);
                    if (who >= 0 && to >= 0) md_relate(m, who, to, d->u.relation.appoints, d->u.relation.clause);
                }
            }
        }
    }
}

/* Depth-first search for cycles in the is-a graph; a cycle edge is removed
 * after it is reported, so everything downstream sees a DAG. */
static bool md_cycle_visit(md_model *m, int r, unsigned char *color, int *stack, int depth)
{
    color[r] = 1;
    stack[depth] = r;
    md_role *role = &m->roles[r];
    for (size_t i = 0; i < role->nparents; i++) {
        int p = role->parents[i];
        if (color[p] == 1) {
            char chain[512];
            size_t k = 0;
            int from = depth;
            while (from > 0 && stack[from] != p) from--;
            for (int j = from; j <= depth && k < sizeof chain - 64; j++)
                k += (size_t)snprintf(chain + k, sizeof chain - k, "%s is ", m->roles[stack[j]].name);
            snprintf(chain + k, sizeof chain - k, "%s", m->roles[p].name);
            MD_ERR(m, "role-cycle", role->at, "cycle in the role hierarchy: %s", chain);
            MD_HINT(m, "a role cannot be, directly or through others, a kind of itself");
            role->parents[i] = role->parents[--role->nparents];
            i--;
            continue;
        }
        if (color[p] == 0 && md_cycle_visit(m, p, color, stack, depth + 1)) return true;
    }
    color[r] = 2;
    return false;
}

static void md_ancestors(md_model *m)
{
    size_t n = m->nroles;
    if (!n) return;
    unsigned char *color = fail_calloc(n, 1);
    int *stack = fail_malloc(n * sizeof *stack);
    int *queue = fail_malloc(n * sizeof *queue);
    unsigned *seen = fail_calloc(n, sizeof *seen);
    if (!color || !stack || !queue || !seen) { dg_oom(m->dg); goto out; }
    for (size_t r = 0; r < n; r++)
        if (!color[r]) md_cycle_visit(m, (int)r, color, stack, 0);
    for (size_t r = 0; r < n; r++)
        for (size_t i = 0; i < m->roles[r].nparents; i++) md_add_child(m, m->roles[r].parents[i], (int)r);
    for (size_t r = 0; r < n; r++) {
        size_t qh = 0, qt = 0;
        unsigned stamp = (unsigned)r + 1;
        queue[qt++] = (int)r;
        seen[r] = stamp;
        while (qh < qt) {
            md_role *cur = &m->roles[queue[qh++]];
            for (size_t i = 0; i < cur->nparents; i++) {
                int p = cur->parents[i];
                if (seen[p] != stamp) { seen[p] = stamp; queue[qt++] = p; }
            }
        }
        int *anc = ar_alloc(m->ar, qt * sizeof *anc);
        if (!anc) { dg_oom(m->dg); break; }
        memcpy(anc, queue, qt * sizeof *anc);
        m->roles[r].ancestors = anc;
        m->roles[r].nancestors = qt;
    }
out:
    free(color);
    free(stack);
    free(queue);
    free(seen);
}

bool md_is_a(const md_model *m, int role, int ancestor)
{
    if (role < 0 || ancestor < 0) return false;
    const md_role *r = &m->roles[role];
    for (size_t i = 0; i < r->nancestors; i++)
        if (r->ancestors[i] == ancestor) return true;
    return false;
}

static bool md_has_descendant(const md_model *m, int a, int b, int depth)
{
    /* true when some descendant of a (or a itself) is-a b */
    if (md_is_a(m, a, b)) return true;
    if (depth > 64) return false;
    const md_role *r = &m->roles[a];
    for (size_t i = 0; i < r->nchildren; i++)
        if (md_has_descendant(m, r->children[i], b, depth + 1)) return true;
    return false;
}

bool md_overlap(const md_model *m, int a, int b)
{
    if (a < 0 || b < 0) return true;
    if (md_is_a(m, a, b) || md_is_a(m, b, a)) return true;
    return md_has_descendant(m, a, b, 0);
}

/* ---- terms ---------------------------------------------------------------- */

static const char *md_third_person(md_model *m, const char *verb)
{
    char buf[256];
    const char *dash = strchr(verb, '-');
    size_t head = dash ? (size_t)(dash - verb) : strlen(verb);
    if (head == 0 || head + 4 >= sizeof buf || strlen(verb) + 4 >= sizeof buf) return NULL;
    memcpy(buf, verb, head);
    size_t k = head;
    char last = verb[head - 1], prev = head > 1 ? verb[head - 2] : 0;
    if (last == 'y' && prev && !strchr("aeiou", prev)) {
        k--;
        memcpy(buf + k, "ies", 3);
        k += 3;
    } else if (last == 's' || last == 'x' || last == 'z' || last == 'o' ||
               (last == 'h' && (prev == 'c' || prev == 's'))) {
        memcpy(buf + k, "es", 2);
        k += 2;
    } else {
        buf[k++] = 's';
    }
    snprintf(buf + k, sizeof buf - k, "%s", dash ? dash : "");
    return md__intern(m, buf);
}

static void md_collect_terms(md_model *m)
{
    size_t cap = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_TERM) continue;
            md_term t;
            memset(&t, 0, sizeof t);
            t.kind = (md_termkind)d->u.term.kind;
            t.name = d->u.term.name.s;
            t.display = d->u.term.display ? d->u.term.display : t.name;
            t.clause = d->u.term.clause;
            t.at = d->u.term.name.at;
            if (t.kind == MT_ACTION) t.third = md_third_person(m, t.name);
            int idx = (int)m->nterms;
            size_t na = 0;
            for (ast_namelist *p = d->u.term.aliases; p; p = p->next) na++;
            t.aliases = na ? ar_alloc(m->ar, na * sizeof *t.aliases) : NULL;
            MD_PUSH(m, m->terms, m->nterms, cap, t);
            if ((size_t)idx >= m->nterms) return;
            if (!md__sym_put(m, t.name, SYM_TERM, idx, t.at)) { m->nterms--; continue; }
            for (ast_namelist *p = d->u.term.aliases; p && m->terms[idx].aliases; p = p->next) {
                m->terms[idx].aliases[m->terms[idx].naliases++] = p->name.s;
                md__sym_put(m, p->name.s, SYM_TERM, idx, p->name.at);
            }
        }
    }
}

/* ---- indexes -------------------------------------------------------------- */

static void md_clause_add(md_model *m, const char *clause, int k)
{
    uint32_t head;
    size_t e = m->ncx++;
    m->cx_norm[e] = k;
    m->cx_next[e] = hm_get(&m->by_clause, hm_ptr(clause), &head) ? (int)head : -1;
    if (!hm_put(&m->by_clause, hm_ptr(clause), (uint32_t)e)) dg_oom(m->dg);
}

static void md_index(md_model *m)
{
    if (!m->nnorms) return;
    size_t total = 0;
    for (size_t k = 0; k < m->nnorms; k++) total += m->norms[k].nacts;
    m->ix_norm = ar_alloc(m->ar, (total + 1) * sizeof *m->ix_norm);
    m->ix_next = ar_alloc(m->ar, (total + 1) * sizeof *m->ix_next);
    m->cx_norm = ar_alloc(m->ar, (2 * m->nnorms + 1) * sizeof *m->cx_norm);
    m->cx_next = ar_alloc(m->ar, (2 * m->nnorms + 1) * sizeof *m->cx_next);
    if (!m->ix_norm || !m->ix_next || !m->cx_norm || !m->cx_next) { dg_oom(m->dg); return; }
    /* Insert in reverse so each chain runs in source order. */
    for (size_t k = m->nnorms; k-- > 0;) {
        md_norm *n = &m->norms[k];
        for (size_t a = n->nacts; a-- > 0;) {
            bool dup = false;
            for (size_t b = 0; b < a; b++) dup |= n->acts[b].action == n->acts[a].action;
            if (dup || n->acts[a].action < 0) continue;
            uint64_t key = ((uint64_t)(uint32_t)n->subject << 32) | (uint32_t)n->acts[a].action;
            uint32_t head;
            size_t e = m->nix++;
            m->ix_norm[e] = (int)k;
            m->ix_next[e] = hm_get(&m->by_role_action, key, &head) ? (int)head : -1;
            if (!hm_put(&m->by_role_action, key, (uint32_t)e)) dg_oom(m->dg);
        }
        if (n->clause) md_clause_add(m, n->clause, (int)k);
        if (n->cited && n->cited != n->clause) md_clause_add(m, n->cited, (int)k);
    }
}

int md_clause_first(const md_model *m, const char *clause)
{
    if (!clause) return -1;
    const char *in = in_find(&m->ld->names, clause, strlen(clause));
    uint32_t v;
    if (in && hm_get(&m->by_clause, hm_ptr(in), &v)) return (int)v;
    return -1;
}

int md_clause_next(const md_model *m, int entry) { return m->cx_next[entry]; }
int md_clause_norm(const md_model *m, int entry) { return m->cx_norm[entry]; }

bool md_overrides(const md_norm *n, const char *c)
{
    for (size_t i = 0; c && i < n->noverrides; i++)
        if (strcmp(n->overrides[i], c) == 0) return true;
    return false;
}

bool md_overrides_norm(const md_norm *n, const md_norm *o)
{
    return n != o && (md_overrides(n, o->clause) || md_overrides(n, o->cited));
}

const char *md_norm_clause(const md_norm *n) { return n->cited ? n->cited : n->clause; }

const char *md_cite(const md_model *m, const md_norm *n)
{
    if (n->cited && n->clause && n->cited != n->clause)
        return ar_printf(m->ar, "[%s] (model [%s])", n->cited, n->clause);
    if (n->clause) return ar_printf(m->ar, "[%s]", n->clause);
    return n->from_role ? "(role declaration)" : "(no clause)";
}

/* "[4.3] adopts [MP-2]" and "omits [MP-7]". */
static void md_adopts(md_model *m)
{
    bool any_omit = false;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_ADOPT) continue;
            if (!d->u.adopt.omit && !d->u.adopt.clause) {
                MD_ERR(m, "adopt-clause", d->at, "'adopts' needs this protocol's own clause before it");
                MD_HINT(m, "write '[4.3] adopts [MP-2]'");
                continue;
            }
            for (const ast_word *w = d->u.adopt.clauses; w; w = w->next) {
                bool hit = false;
                for (size_t k = 0; k < m->nnorms; k++) {
                    md_norm *n = &m->norms[k];
                    if (n->clause != w->text) continue;
                    hit = true;
                    if (d->u.adopt.omit) { n->subject = -1; any_omit = true; continue; }
                    if (n->cited && n->cited != d->u.adopt.clause) {
                        MD_ERR(m, "adopted-twice", w->at, "[%s] is already adopted as [%s]", w->text, n->cited);
                        MD_HINT(m, "a rule is cited by one clause: adopt it once, as '[%s, %s] adopts [%s]'", n->cited,
                                d->u.adopt.clause, w->text);
                        break;
                    }
                    n->cited = d->u.adopt.clause;
                    n->cited_at = w->at;
                }
                if (!hit) {
                    MD_ERR(m, "unknown-clause", w->at, "no rule has clause [%s]", w->text);
                    sg_best b;
                    sg_begin(&b, w->text);
                    for (size_t k = 0; k < m->nnorms; k++) sg_offer(&b, m->norms[k].clause);
                    if (sg_result(&b)) MD_HINT(m, "did you mean [%s]?", sg_result(&b));
                    else MD_HINT(m, "is the file with that clause used? 'use \"model-protocol\"'");
                }
            }
        }
    }
    if (!any_omit) return;
    size_t j = 0;
    for (size_t k = 0; k < m->nnorms; k++) {
        if (m->norms[k].subject < 0) continue;
        m->norms[j] = m->norms[k];
        m->norms[j].id = (int)j;
        j++;
    }
    m->nnorms = j;
}

int md_ra_first(const md_model *m, int role, int action)
{
    uint32_t v;
    uint64_t key = ((uint64_t)(uint32_t)role << 32) | (uint32_t)action;
    return hm_get(&m->by_role_action, key, &v) ? (int)v : -1;
}

int md_ra_next(const md_model *m, int entry) { return m->ix_next[entry]; }
int md_ra_norm(const md_model *m, int entry) { return m->ix_norm[entry]; }

const char *md_role_name(const md_model *m, int role)
{
    return role >= 0 && (size_t)role < m->nroles ? m->roles[role].display : "anyone";
}

const char *md_term_name(const md_model *m, int term)
{
    return term >= 0 && (size_t)term < m->nterms ? m->terms[term].name : "?";
}

/* ---- build ---------------------------------------------------------------- */

static int md_term_named(md_model *m, const char *name)
{
    const char *in = in_find(&m->ld->names, name, strlen(name));
    return in ? md_find_term(m, in, MT_ACTION) : -1;
}

bool md_build(md_model *m, ld_set *ld, dt_day today)
{
    memset(m, 0, sizeof *m);
    m->ld = ld;
    m->dg = ld->dg;
    m->ar = &ld->ar;
    m->today = today;
    m->meta.calendar = -1;
    hm_init(&m->syms);
    hm_init(&m->by_role_action);
    hm_init(&m->by_clause);
    hm_init(&m->cal_syms);
    md_collect_roles(m);
    md_collect_terms(m);
    md_role_links(m);
    md_relations(m);
    md_ancestors(m);
    md__calendars(m);
    md__meta(m);
    md__norms(m);
    md__routes(m);
    md_adopts(m);
    md_index(m);
    md__people(m);
    md__scenarios(m);
    m->t_respond = md_term_named(m, "respond");
    m->t_resolve = md_term_named(m, "resolve");
    m->t_escalate = md_term_named(m, "escalate");
    m->t_explain = md_term_named(m, "explain");
    return !m->dg->oom;
}

void md_free(md_model *m)
{
    for (size_t i = m->ncals; i-- > 0;)
        if (m->cals[i].cal) cal_free(m->cals[i].cal);
    hm_free(&m->syms);
    hm_free(&m->by_role_action);
    hm_free(&m->by_clause);
    hm_free(&m->cal_syms);
    memset(m, 0, sizeof *m);
}
