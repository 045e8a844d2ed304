/* model — building the model: symbols, roles, terms, lookups, indexes.
 * Norms, routes, metadata and scenarios are in model_*.c. */
#include "model_int.h"
#include "fail.h"
#include "parse.h"

#include <ctype.h>
#include <pthread.h>
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
 * a thing does), so "request" can be both an action and a thing.  The key
 * is the interned pointer shifted left, its low bit tagging the action
 * namespace (interned text is not aligned, so it has no bit to spare). */
static uint64_t md_key(const char *name, bool action) { return (hm_ptr(name) << 1) | (action ? 1u : 0u); }

bool md__sym_put(md_model *m, const char *name, md_symkind kind, int idx, loc at)
{
    uint32_t old;
    bool action = kind == SYM_TERM && m->terms[idx].kind == MT_ACTION;
    if (hm_get(&m->syms, md_key(name, action), &old)) {
        if (old == SYM_VAL(kind, idx)) return true;
        char where[300];
        loc old_at = md_sym_loc(m, old);
        const src_file *nf = src_get(&m->ld->src, at.file), *of = src_get(&m->ld->src, old_at.file);
        if (nf && of && nf->embedded && !of->embedded) {
            /* The council's file redeclares a name of the standard library
             * it uses: say so at the council's line, which can be changed. */
            MD_ERR(m, "duplicate", old_at, "'%s' is already declared as %s", name,
                   kind == SYM_ROLE ? "a role" : md_sym_kind_name(m, SYM_VAL(kind, idx)));
            MD_HINT(m, "the first declaration is at %s", md_where(m, at, where, sizeof where));
            return false;
        }
        MD_ERR(m, "duplicate", at, "'%s' is already declared as %s", name, md_sym_kind_name(m, old));
        MD_HINT(m, "the first declaration is at %s", md_where(m, old_at, where, sizeof where));
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
    /* Both forms need the first letters to agree (unless the name is empty):
     * most names are passed over here, without a strcasecmp and two strlens. */
    if (name[0] && tolower((unsigned char)text[0]) != tolower((unsigned char)name[0])) return false;
    if (strcasecmp(text, name) == 0) return true;
    size_t n = strlen(text), k = strlen(name);
    if (n == k + 1 && (text[n - 1] == 's' || text[n - 1] == 'S') && strncasecmp(text, name, k) == 0) return true;
    /* "enquiries" for enquiry, "witnesses" for witness */
    if (k >= 2 && n == k + 2 && (name[k - 1] == 'y' || name[k - 1] == 'Y') && strncasecmp(text + n - 3, "ies", 3) == 0 &&
        strncasecmp(text, name, k - 1) == 0)
        return true;
    return n == k + 2 && strncasecmp(text + n - 2, "es", 2) == 0 && strncasecmp(text, name, k) == 0;
}

static int md_lookup_role_as(const md_model *m, const char *text)
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
    return -1;
}

int md_lookup_role(const md_model *m, const char *text)
{
    /* "the Town Clerk": as written, then without a leading "the" (a few at
     * most: each try reads the whole text, and the text may be long) */
    for (int k = 0; k < 4; k++) {
        int r = md_lookup_role_as(m, text);
        if (r >= 0 || strncasecmp(text, "the ", 4) != 0) return r;
        text += 4;
    }
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
    /* past the error limit the hint would not be recorded: do not search */
    if (m->dg->truncated) return NULL;
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
    if (m->dg->truncated) return NULL;
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
static int md_deinflect_at(const md_model *m, const char *verb, const char *dash);

static int md_deinflect(const md_model *m, const char *verb)
{
    /* "seeks-support": the verb is the first part; "co-opts": the whole word */
    const char *dash = strchr(verb, '-');
    int r = md_deinflect_at(m, verb, dash);
    return r >= 0 || !dash ? r : md_deinflect_at(m, verb, NULL);
}

static int md_deinflect_at(const md_model *m, const char *verb, const char *dash)
{
    char buf[256];
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
        if (t->kind == MT_ACTION && t->third && tolower((unsigned char)t->third[0]) == tolower((unsigned char)verb[0]) &&
            strcasecmp(t->third, verb) == 0)   /* the first letters, cheaply, before the whole word */
            return (int)i;
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
        if ((*p)[0] == w[0] && strcmp(w, *p) == 0) return true;   /* (most words differ at once) */
    return false;
}

bool md__is_prep(const char *w)
{
    static const char *const a[] = { "to", "from", "with", "about", "of", "for", "by", "on", NULL };
    for (const char *const *p = a; *p; p++)
        if ((*p)[0] == w[0] && strcmp(w, *p) == 0) return true;   /* (most words differ at once) */
    return false;
}

/* Conditions are walked recursively everywhere (checks, text, evaluation),
 * so their depth is bounded here, once: "a and b and c …" is a chain as
 * deep as it is long. */
enum { MD_MAX_COND_DEPTH = 100 };

static md_cond *md_cond_at(md_model *m, const ast_cond *c, int depth, bool *too_deep)
{
    if (!c) return NULL;
    if (depth >= MD_MAX_COND_DEPTH) { *too_deep = true; return NULL; }
    md_cond *r = ar_alloc(m->ar, sizeof *r);
    if (!r) { dg_oom(m->dg); return NULL; }
    r->kind = c->kind;
    r->at = c->at;
    r->text = c->text;
    r->role = -1;
    r->a = md_cond_at(m, c->a, depth + 1, too_deep);
    r->b = md_cond_at(m, c->b, depth + 1, too_deep);
    if (c->kind == C_ABOUT || c->kind == C_BY || c->kind == C_APPROVED || c->kind == C_TO)
        r->role = md__role_ref(m, c->role);
    return r;
}

md_cond *md__cond(md_model *m, const ast_cond *c)
{
    bool too_deep = false;
    md_cond *r = md_cond_at(m, c, 0, &too_deep);
    if (too_deep) {
        MD_ERR(m, "too-deep", c->at, "this condition is too long: more than %d conditions joined or nested",
               MD_MAX_COND_DEPTH);
        MD_HINT(m, "split the rule into several rules, each with a shorter condition");
        return NULL;
    }
    return r;
}

void md__deadline(md_model *m, md_deadline *out, const ast_dur *d)
{
    out->kind = d->kind;
    out->n = d->n;
    out->unit = d->unit;
    out->vague = 0;
    out->at = d->at;
    if (d->vague) md__set_vague(m, out, d->vague);
}

uint32_t md__vague_add(md_model *m, const char *text)
{
    if (m->nvagues == m->capvagues) {   /* doubling: a copy left behind now and then, not one a deadline */
        size_t cap = m->capvagues ? 2 * m->capvagues : 16;
        const char **v = ar_grow(m->ar, m->vagues, m->nvagues, cap, sizeof *v);
        if (!v) { dg_oom(m->dg); return 0; }
        m->vagues = v;
        m->capvagues = cap;
    }
    m->vagues[m->nvagues++] = text;
    return (uint32_t)m->nvagues;
}

void md__set_vague(md_model *m, md_deadline *dl, const char *text)
{
    uint32_t k = md__vague_add(m, text);
    if (k) dl->vague = k;
}

const char *md_vague(const md_model *m, const md_deadline *d)
{
    return d->vague && d->vague <= m->nvagues ? m->vagues[d->vague - 1] : "";
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
            /* an except in a declaration leaves its roles out of every relation it states */
            if (d->u.role.manages_except && role->nmanages)
                role->manages_ex = md_roleset_all(m, d->u.role.manages_except, role->nmanages);
            if (d->u.role.appoints_except && role->nappoints)
                role->appoints_ex = md_roleset_all(m, d->u.role.appoints_except, role->nappoints);
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

const md_roleset *md_relation_except(const md_role *x, bool appoints, size_t k)
{
    const md_roleset *ex = appoints ? x->appoints_ex : x->manages_ex;
    return ex && ex[k].n ? &ex[k] : NULL;
}

bool md_relation_covers(const md_model *m, const md_role *x, bool appoints, size_t k, int target)
{
    const int *to = appoints ? x->appoints : x->manages;
    if (!md_is_a(m, target, to[k])) return false;
    const md_roleset *ex = md_relation_except(x, appoints, k);
    for (size_t i = 0; ex && i < ex->n; i++)
        if (md_is_a(m, target, ex->roles[i])) return false;
    return true;
}

/* Clauses for the relations written in role declarations, then the
 * relations stated on their own ("ManagingDirector manages Officer"). */
static void md_relations(md_model *m)
{
    for (size_t r = 0; r < m->nroles; r++) {
        md_role *role = &m->roles[r];
        role->manages_cl = role->nmanages ? ar_alloc(m->ar, role->nmanages * sizeof *role->manages_cl) : NULL;
        role->appoints_cl = role->nappoints ? ar_alloc(m->ar, role->nappoints * sizeof *role->appoints_cl) : NULL;
        role->manages_at = role->nmanages ? ar_alloc(m->ar, role->nmanages * sizeof *role->manages_at) : NULL;
        role->appoints_at = role->nappoints ? ar_alloc(m->ar, role->nappoints * sizeof *role->appoints_at) : NULL;
        for (size_t i = 0; role->manages_cl && i < role->nmanages; i++) role->manages_cl[i] = role->clause;
        for (size_t i = 0; role->appoints_cl && i < role->nappoints; i++) role->appoints_cl[i] = role->clause;
        for (size_t i = 0; role->manages_at && i < role->nmanages; i++) role->manages_at[i] = role->at;
        for (size_t i = 0; role->appoints_at && i < role->nappoints; i++) role->appoints_at[i] = role->at;
        /* and what each leaves out: nothing, unless the declaration said 'except' (md_role_links) */
        if (!role->manages_ex && role->nmanages)
            role->manages_ex = ar_alloc(m->ar, role->nmanages * sizeof *role->manages_ex);
        if (!role->appoints_ex && role->nappoints)
            role->appoints_ex = ar_alloc(m->ar, role->nappoints * sizeof *role->appoints_ex);
    }
    size_t *caps = fail_calloc(2 * m->nroles + 1, sizeof *caps);
    if (!caps) { dg_oom(m->dg); return; }
    for (size_t r = 0; r < m->nroles; r++) {
        caps[2 * r] = m->roles[r].nmanages;
        caps[2 * r + 1] = m->roles[r].nappoints;
    }
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_RELATION) continue;
            size_t ns = 0, nt = 0;
            for (const ast_namelist *s = d->u.relation.subjects; s; s = s->next) ns++;
            for (const ast_namelist *t = d->u.relation.targets; t; t = t->next) nt++;
            if (nt && ns > MD_MAX_RELATIONS / nt) {   /* every subject with every target */
                MD_ERR(m, "too-many", d->at, "this line relates %zu roles to %zu: more than %d relations", ns, nt,
                       MD_MAX_RELATIONS);
                continue;
            }
            md_roleset ex = md_roleset_of(m, d->u.relation.except);
            for (const ast_namelist *s = d->u.relation.subjects; s; s = s->next) {
                int who = md__role_ref(m, s->name);
                for (const ast_namelist *t = d->u.relation.targets; t; t = t->next) {
                    int to = md__role_ref(m, t->name);
                    if (who >= 0 && to >= 0)
                        md_relate(m, who, to, d->u.relation.appoints, d->u.relation.clause, d->at, ex, caps);
                }
            }
        }
    }
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

/* A role is a kind of at most this many roles (itself included): real
 * hierarchies are a few levels deep, and every role keeps the list. */
enum { MD_MAX_ANCESTORS = 100 };

static void md_ancestors(md_model *m)
{
    size_t n = m->nroles;
    if (!n) return;
    unsigned char *color = fail_calloc(n, 1);
    int *stack = fail_malloc(n * sizeof *stack);
    size_t *next = fail_malloc(n * sizeof *next);
    int *queue = fail_malloc(n * sizeof *queue);
    unsigned *seen = fail_calloc(n, sizeof *seen);
    size_t *nchildren = fail_calloc(n, sizeof *nchildren);
    if (!color || !stack || !next || !queue || !seen || !nchildren) { dg_oom(m->dg); goto out; }
    for (size_t r = 0; r < n; r++)
        if (!color[r]) md_cycle_walk(m, (int)r, color, stack, next);
    /* children: counted first, so that each list is allocated once */
    for (size_t r = 0; r < n; r++)
        for (size_t i = 0; i < m->roles[r].nparents; i++) nchildren[m->roles[r].parents[i]]++;
    for (size_t r = 0; r < n; r++) {
        if (!nchildren[r]) continue;
        m->roles[r].children = ar_alloc(m->ar, nchildren[r] * sizeof *m->roles[r].children);
        if (!m->roles[r].children) { dg_oom(m->dg); goto out; }
    }
    for (size_t r = 0; r < n; r++)
        for (size_t i = 0; i < m->roles[r].nparents; i++) {
            md_role *p = &m->roles[m->roles[r].parents[i]];
            p->children[p->nchildren++] = (int)r;
        }
    for (size_t r = 0; r < n; r++) {
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
        if (!anc) { dg_oom(m->dg); goto out; }
        memcpy(anc, queue, qt * sizeof *anc);
        m->roles[r].ancestors = anc;
        m->roles[r].nancestors = qt;
    }
    /* Which roles overlap (have a common descendant): every pair of a role's
     * ancestors does.  At most MD_MAX_ANCESTORS squared per role; without it
     * (out of memory) md_overlap walks the roles instead. */
    m->overlap = fail_calloc((n * n + 7) / 8, 1);
    for (size_t d = 0; m->overlap && d < n; d++) {
        const md_role *r = &m->roles[d];
        for (size_t i = 0; i < r->nancestors; i++)
            for (size_t j = 0; j < r->nancestors; j++) {
                size_t bit = (size_t)r->ancestors[i] * n + (size_t)r->ancestors[j];
                m->overlap[bit >> 3] |= (unsigned char)(1u << (bit & 7));
            }
    }
out:
    free(color);
    free(stack);
    free(next);
    free(queue);
    free(seen);
    free(nchildren);
}

bool md_is_a(const md_model *m, int role, int ancestor)
{
    if (role < 0 || ancestor < 0) return false;
    const md_role *r = &m->roles[role];
    for (size_t i = 0; i < r->nancestors; i++)
        if (r->ancestors[i] == ancestor) return true;
    return false;
}

bool md_overlap(const md_model *m, int a, int b)
{
    if (a < 0 || b < 0) return true;
    if (m->overlap) {
        size_t bit = (size_t)a * m->nroles + (size_t)b;
        return (m->overlap[bit >> 3] >> (bit & 7)) & 1;
    }
    if (md_is_a(m, a, b) || md_is_a(m, b, a)) return true;
    /* Some role (a descendant of a, or a itself) is both.  One pass over the
     * roles: walking down the children would visit a diamond-shaped
     * hierarchy once per path, exponentially often. */
    for (size_t r = 0; r < m->nroles; r++)
        if (md_is_a(m, (int)r, a) && md_is_a(m, (int)r, b)) return true;
    return false;
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

static void md_clause_add(md_model *m, const char *clause, int k, bool *oom)
{
    uint32_t head;
    size_t e = m->ncx++;
    m->cx_norm[e] = k;
    if (!hm_swap(&m->by_clause, hm_ptr(clause), (uint32_t)e, &head)) { *oom = true; head = UINT32_MAX; }
    m->cx_next[e] = head == UINT32_MAX ? -1 : (int)head;
}

size_t md_label_part(const char *label, size_t i, char *buf, size_t cap)
{
    if (!label || !cap) return 0;
    if (!strchr(label, ',')) {
        if (i) return 0;
        size_t n = strlen(label);
        if (n >= cap) n = cap - 1;
        memcpy(buf, label, n);
        buf[n] = '\0';
        return n;
    }
    const char *first = NULL, *first_end = NULL;
    for (const char *s = label; *s;) {
        while (*s == ' ' || *s == ',') s++;
        const char *e = s;
        while (*e && *e != ',') e++;
        const char *t = e;
        while (t > s && t[-1] == ' ') t--;
        if (t > s) {
            if (!first) { first = s; first_end = t; }
            if (i-- == 0) {
                /* the first part's section ("Councillors/"), for a part without one */
                size_t pre = 0;
                if (s != first && !memchr(s, '/', (size_t)(t - s)))
                    for (const char *q = first_end; q > first; q--)
                        if (q[-1] == '/') { pre = (size_t)(q - first); break; }
                size_t n = pre + (size_t)(t - s);
                if (n >= cap) return 0;
                memcpy(buf, first, pre);
                memcpy(buf + pre, s, (size_t)(t - s));
                buf[n] = '\0';
                return n;
            }
        }
        s = e;
    }
    return 0;
}

bool md_label_cites(const char *label, const char *c)
{
    if (!label || !c) return false;
    if (strcmp(label, c) == 0) return true;
    char part[256];
    for (size_t i = 0; md_label_part(label, i, part, sizeof part); i++)
        if (strcmp(part, c) == 0) return true;
    return false;
}

/* "[2.4, 3.1]": a rule under a label naming several clauses is found under
 * each of them too (explain 2.4, expect [3.1] …).  The parts are interned,
 * so that they are the same pointers as the clauses written elsewhere. */
static void md_split_label(md_model *m, md_norm *n, const char *label)
{
    if (!label || !strchr(label, ',')) return;
    char buf[256];
    for (size_t i = 0; md_label_part(label, i, buf, sizeof buf); i++) {
        const char *part = md__intern(m, buf);
        bool dup = false;
        for (size_t k = 0; k < n->x->nparts; k++) dup |= n->x->parts[k] == part;
        if (dup) continue;
        md_norm_x *x = md_norm_own(m, n);
        const char **np = x ? ar_grow(m->ar, x->parts, x->nparts, x->nparts + 1, sizeof *np) : NULL;
        if (!np) { dg_oom(m->dg); return; }
        x->parts = np;
        x->parts[x->nparts++] = part;
    }
}

/* The (role, action) index, in reverse so that each chain runs in source order. */
static void md_index_actions(md_model *m, bool *oom)
{
    for (size_t k = m->nnorms; k-- > 0;) {
        const md_norm *n = &m->norms[k];
        for (size_t a = n->nacts; a-- > 0;) {
            bool dup = false;
            for (size_t b = 0; b < a; b++) dup |= n->acts[b].action == n->acts[a].action;
            if (dup || n->acts[a].action < 0) continue;
            uint64_t key = ((uint64_t)(uint32_t)n->subject << 32) | (uint32_t)n->acts[a].action;
            uint32_t head;
            size_t e = m->nix++;
            m->ix_norm[e] = (int)k;
            if (!hm_swap(&m->by_role_action, key, (uint32_t)e, &head)) { *oom = true; head = UINT32_MAX; }
            m->ix_next[e] = head == UINT32_MAX ? -1 : (int)head;
        }
    }
}

/* The clauses' index, the same way round; a thread's work (md_index). */
typedef struct md_ix_job {
    md_model *m;
    bool oom;
} md_ix_job;

static void *md_index_clauses(void *arg)
{
    md_ix_job *j = arg;
    md_model *m = j->m;
    for (size_t k = m->nnorms; k-- > 0;) {
        const md_norm *n = &m->norms[k];
        if (n->clause) md_clause_add(m, n->clause, (int)k, &j->oom);
        if (n->x->cited && n->x->cited != n->clause) md_clause_add(m, n->x->cited, (int)k, &j->oom);
        for (size_t i = 0; i < n->x->nparts; i++)
            if (n->x->parts[i] != n->clause && n->x->parts[i] != n->x->cited)
                md_clause_add(m, n->x->parts[i], (int)k, &j->oom);
    }
    return NULL;
}

static void md_index(md_model *m)
{
    if (!m->nnorms) return;
    size_t total = 0;
    for (size_t k = 0; k < m->nnorms; k++) total += m->norms[k].nacts;
    m->ix_norm = ar_alloc(m->ar, (total + 1) * sizeof *m->ix_norm);
    m->ix_next = ar_alloc(m->ar, (total + 1) * sizeof *m->ix_next);
    size_t nclause = 0;   /* clause entries: exactly those md_clause_add is given below */
    for (size_t k = 0; k < m->nnorms; k++) {
        md_norm *n = &m->norms[k];
        md_split_label(m, n, n->clause);
        if (n->x->cited != n->clause) md_split_label(m, n, n->x->cited);
        nclause += (n->clause != NULL) + (n->x->cited && n->x->cited != n->clause);
        for (size_t i = 0; i < n->x->nparts; i++)
            nclause += n->x->parts[i] != n->clause && n->x->parts[i] != n->x->cited;
    }
    m->cx_norm = ar_alloc(m->ar, (nclause + 1) * sizeof *m->cx_norm);
    m->cx_next = ar_alloc(m->ar, (nclause + 1) * sizeof *m->cx_next);
    if (!m->ix_norm || !m->ix_next || !m->cx_norm || !m->cx_next) { dg_oom(m->dg); return; }
    hm_reserve(&m->by_role_action, total);   /* room for all: no rehashing as they go in */
    hm_reserve(&m->by_clause, m->nnorms);   /* (distinct clauses: about one a rule) */
    /* The two indexes share nothing but the rules they read, so for a big
     * load the clauses' is built on a thread of its own meanwhile. */
    md_ix_job job = { m, false };
    pthread_t th;
    bool started = md__two_threads(m) && pthread_create(&th, NULL, md_index_clauses, &job) == 0;
    bool oom = false;
    md_index_actions(m, &oom);
    if (started) pthread_join(th, NULL);
    else md_index_clauses(&job);
    if (oom || job.oom) dg_oom(m->dg);
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
    for (size_t i = 0; c && i < n->x->noverrides; i++)
        if (strcmp(n->x->overrides[i], c) == 0) return true;
    return false;
}

bool md_overrides_norm(const md_norm *n, const md_norm *o)
{
    return n != o && (md_overrides(n, o->clause) || md_overrides(n, o->x->cited));
}

const char *md_norm_clause(const md_norm *n) { return n->x->cited ? n->x->cited : n->clause; }

const char *md_cite(const md_model *m, const md_norm *n)
{
    if (n->x->cited && n->clause && n->x->cited != n->clause)
        return ar_printf(m->ar, "[%s] (model [%s])", n->x->cited, n->clause);
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
                    if (n->x->cited && n->x->cited != d->u.adopt.clause) {
                        MD_ERR(m, "adopted-twice", w->at, "[%s] is already adopted as [%s]", w->text, n->x->cited);
                        MD_HINT(m, "a rule is cited by one clause: adopt it once, as '[%s, %s] adopts [%s]'", n->x->cited,
                                d->u.adopt.clause, w->text);
                        break;
                    }
                    md_norm_x *x = md_norm_own(m, n);
                    if (!x) { dg_oom(m->dg); break; }
                    x->cited = d->u.adopt.clause;
                    x->cited_at = w->at;
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
        m->norms[j++] = m->norms[k];
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

const md_norm_x md_norm_x_none;

void md__fork(md_model *m, md_fork *f)
{
    f->m = *m;
    ar_init(&f->ar);
    dg_init(&f->dg);
    f->dg.limit = m->dg->limit;
    f->m.ar = &f->ar;
    f->m.dg = &f->dg;
}

void md__fork_join(md_model *m, md_fork *f)
{
    for (size_t k = 0; k < f->dg.count; k++) dg_move(m->dg, &f->dg.items[k]);
    if (f->dg.truncated) m->dg->truncated = true;   /* what it dropped, m would have */
    if (f->dg.oom) m->dg->oom = true;
    dg_free(&f->dg);
    ar_adopt(m->ar, &f->ar);
}

void md__fork_drop(md_fork *f)
{
    dg_free(&f->dg);
    ar_free(&f->ar);
}

bool md__two_threads(const md_model *m) { return m->big; }

/* The load's text in all, against the scanner's threshold: once, in md_build. */
static bool md_big(const ld_set *ld)
{
    size_t text = 0;
    for (size_t u = 0; u < ld->nunits; u++) {
        const src_file *f = src_get(&ld->src, ld->units[u].file);
        if (f) text += f->len;
    }
    return text >= ps_scan_thread_min();
}

md_norm_x *md_norm_own(md_model *m, md_norm *n)
{
    if (n->x != &md_norm_x_none) return n->x;
    md_norm_x *x = ar_alloc(m->ar, sizeof *x);
    if (!x) return NULL;
    n->x = x;
    return x;
}

bool md_build(md_model *m, ld_set *ld, dt_day today)
{
    memset(m, 0, sizeof *m);
    m->ld = ld;
    m->dg = ld->dg;
    m->ar = &ld->ar;
    m->today = today;
    m->meta.calendar = -1;
    m->big = md_big(ld);
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
    free(m->overlap);
    memset(m, 0, sizeof *m);
}
