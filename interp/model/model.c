/* model — the helpers every stage of md_build shares (symbols, names,
 * conditions, deadlines, labels, threads) and the model's read functions
 * (lookups, indexes, names).  It calls none of the stages: md_build
 * (model_build.c) calls them, and they call back only into this file. */
#include "model_int.h"
#include "fail.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


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

/* Where a name was declared: at the alias itself when it is one (a clash
 * of aliases is shown at the alias, not at the role it belongs to). */
static loc md_sym_loc(md_model *m, const char *name, uint32_t v)
{
    for (size_t i = 0; i < m->nalias_at; i++)
        if (m->alias_at[i].name == name && m->alias_at[i].v == v) return m->alias_at[i].at;
    if (SYM_KIND(v) == SYM_ROLE) return m->roles[SYM_IDX(v)].at;
    if (SYM_KIND(v) == SYM_REL) return m->rels[SYM_IDX(v)].at;
    return m->terms[SYM_IDX(v)].at;
}

void md__alias_at(md_model *m, const char *name, md_symkind kind, int idx, loc at)
{
    if (m->nalias_at == m->capalias_at) {
        size_t cap = m->capalias_at ? 2 * m->capalias_at : 64;
        void *p = ar_grow(m->ar, m->alias_at, m->nalias_at, cap, sizeof *m->alias_at);
        if (!p) { dg_oom(m->dg); return; }
        m->alias_at = p;
        m->capalias_at = cap;
    }
    m->alias_at[m->nalias_at].name = name;
    m->alias_at[m->nalias_at].v = SYM_VAL(kind, idx);
    m->alias_at[m->nalias_at++].at = at;
}

static const char *md_sym_kind_name(md_model *m, uint32_t v)
{
    if (SYM_KIND(v) == SYM_ROLE) return "a role";
    if (SYM_KIND(v) == SYM_REL) return "a relation";
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

static bool md_sym_get(const md_model *m, const char *name, uint32_t *v);
static bool md_act_get(const md_model *m, const char *name, uint32_t *v);

static bool md_is_declared(const md_model *m, const char *name)
{
    uint32_t v;
    return md_sym_get(m, name, &v) || md_act_get(m, name, &v);
}

bool md__sym_put(md_model *m, const char *name, md_symkind kind, int idx, loc at)
{
    uint32_t old;
    bool action = kind == SYM_TERM && m->terms[idx].kind == MT_ACTION;
    if (hm_get(&m->syms, md_key(name, action), &old)) {
        if (old == SYM_VAL(kind, idx)) return true;
        char where[300];
        loc old_at = md_sym_loc(m, name, old);
        const src_file *nf = src_get(&m->ld->src, at.file), *of = src_get(&m->ld->src, old_at.file);
        if (nf && of && nf->embedded && !of->embedded) {
            /* The council's file redeclares a name of the standard library
             * it uses: say so at the council's line, which can be changed. */
            MD_ERR(m, "duplicate", old_at, "'%s' is already declared as %s", name,
                   kind == SYM_ROLE ? "a role" : kind == SYM_REL ? "a relation" : md_sym_kind_name(m, SYM_VAL(kind, idx)));
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

/* "Members" -> "Member", "enquiries" -> "enquiry", "witnesses" -> "witness":
 * clerks write plurals.  Only names already interned can be declared ones. */
static const char *md_singular(const md_model *m, const char *name)
{
    size_t n = strlen(name);
    if (n < 3 || name[n - 1] != 's') return NULL;
    const char *one = in_find(&m->ld->names, name, n - 1);
    if (one && md_is_declared(m, one)) return one;
    if (n > 4 && strcmp(name + n - 3, "ies") == 0 && n < 256) {
        char buf[256];
        memcpy(buf, name, n - 3);
        buf[n - 3] = 'y';
        const char *y = in_find(&m->ld->names, buf, n - 2);
        if (y && md_is_declared(m, y)) return y;
    }
    if (n > 3 && name[n - 2] == 'e') {
        const char *es = in_find(&m->ld->names, name, n - 2);
        if (es && md_is_declared(m, es)) return es;
    }
    return one;
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

/* strcasecmp(a, b) == 0, the first letters compared before the call (most
 * names a lookup passes over differ there: civic test of a directory of
 * scenario files spent a twentieth of its time in strcasecmp here). */
static bool md_eq_nocase(const char *a, const char *b)
{
    return tolower((unsigned char)a[0]) == tolower((unsigned char)b[0]) && strcasecmp(a, b) == 0;
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

/* Does role r have text (any case, a plural, a leading "the" aside) as its
 * name, display name or an alias? */
static bool md_role_has(const md_role *r, const char *text)
{
    while (strncasecmp(text, "the ", 4) == 0) text += 4;
    if (md_eq_nocase_plural(text, r->name) || md_eq_nocase_plural(text, r->display)) return true;
    for (size_t a = 0; a < r->naliases; a++)
        if (md_eq_nocase_plural(text, r->aliases[a])) return true;
    return false;
}

int md_lookup_role_only(const md_model *m, const char *text, int *other)
{
    *other = -1;
    int r = md_lookup_role(m, text);
    if (r < 0) return -1;
    const char *in = in_find(&m->ld->names, text, strlen(text));
    if (in && md_find_role(m, in) == r) return r;   /* its own name, as written: no other is meant */
    for (size_t i = 0; i < m->nroles; i++)
        if ((int)i != r && md_role_has(&m->roles[i], text)) {
            *other = (int)i;
            break;
        }
    return r;
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
        if (md_eq_nocase_plural(text, t->name) || (t->display && md_eq_nocase(text, t->display))) return (int)i;
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
    if (m->ld->use_failed) return;   /* the file that declares it is not found: said once, there */
    if (md_sym_get(m, name, &v)) {
        MD_ERR(m, "not-a-role", at, "'%s' is %s, not a role", name, md_sym_kind_name(m, v));
        return;
    }
    MD_ERR(m, "unknown-role", at, "unknown role '%s'", name);
    const char *s = md_suggest_role(m, name);
    if (ld_stdlib_declares("roles", name)) MD_HINT(m, "'%s' is a role of the standard library: add 'use \"roles\"' at the top of the file", name);
    else if (s) MD_HINT(m, "did you mean '%s'?", s);
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
    if (m->ld->use_failed) return -1;   /* (see md__unknown_role) */
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
    out->form = d->form;
    out->asap = d->asap;
    out->receipt = d->receipt;
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

/* ---- indexes -------------------------------------------------------------- */

/* A label without a comma names itself only. */
static size_t md_label_whole(const char *label, size_t i, char *buf, size_t cap)
{
    if (i) return 0;
    size_t n = strlen(label);
    if (n >= cap) n = cap - 1;
    memcpy(buf, label, n);
    buf[n] = '\0';
    return n;
}

/* Write the part [s, t) into buf, after the first part's section
 * ("Councillors/") when it has none of its own; 0 when it does not fit. */
static size_t md_label_put(const char *first, const char *first_end, const char *s, const char *t, char *buf, size_t cap)
{
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

size_t md_label_part(const char *label, size_t i, char *buf, size_t cap)
{
    if (!label || !cap) return 0;
    if (!strchr(label, ',')) return md_label_whole(label, i, buf, cap);
    const char *first = NULL, *first_end = NULL;
    for (const char *s = label; *s;) {
        while (*s == ' ' || *s == ',') s++;
        const char *e = s;
        while (*e && *e != ',') e++;
        const char *t = e;
        while (t > s && t[-1] == ' ') t--;
        if (t > s) {
            if (!first) { first = s; first_end = t; }
            if (i-- == 0) return md_label_put(first, first_end, s, t, buf, cap);
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

/* ---- words the stages and text.c share ------------------------------------ */
/* (here, in the helpers, so that no two files of the folder call each other) */

/* The prepositions a rule's act can have (parser.y: act_word), by code; 0 is none. */
static const char *const md_preps[] = { NULL, "to", "from", "with", "about", "of", "for", "by", "on" };

md_prep md_prep_of(const char *word)
{
    if (!word) return 0;
    for (size_t i = 1; i < sizeof md_preps / sizeof md_preps[0]; i++)
        if (strcmp(word, md_preps[i]) == 0) return (md_prep)i;
    return 0;
}

const char *md_prep_word(md_prep p) { return p < sizeof md_preps / sizeof md_preps[0] ? md_preps[p] : NULL; }

static bool md_ends_prep(const char *d)
{
    size_t n = strlen(d);
    return n > 4 && (strcmp(d + n - 4, " for") == 0 || strcmp(d + n - 3, " of") == 0 || strcmp(d + n - 3, " to") == 0);
}

const char *md_rel_noun(const md_model *m, arena *ar, int r)
{
    if (r < 0 || (size_t)r >= m->nrels) return "?";
    const md_rel *x = &m->rels[r];
    return md_ends_prep(x->display) ? ar_printf(ar, "'%s'", x->name) : x->display;
}

const char *md_rel_their(const md_model *m, arena *ar, int r)
{
    if (r < 0 || (size_t)r >= m->nrels) return "?";
    const char *d = m->rels[r].display;
    if (md_ends_prep(d)) return ar_printf(ar, "%s%s them", strncasecmp(d, "the ", 4) == 0 ? "" : "the ", d);
    return ar_printf(ar, "their %s", d);
}

const char *md_rel_phrase(const md_model *m, arena *ar, int r)
{
    if (r < 0 || (size_t)r >= m->nrels) return "?";
    const char *d = m->rels[r].display;
    size_t n = strlen(d);
    bool ends_prep = (n > 4 && (strcmp(d + n - 4, " for") == 0 || strcmp(d + n - 3, " of") == 0 ||
                                strcmp(d + n - 3, " to") == 0));
    bool article = strncasecmp(d, "the ", 4) == 0;
    return ar_printf(ar, "%s%s%s", article ? "" : "the ", d, ends_prep ? "" : " of");
}

const char *md_date_text(const md_model *m, arena *ar, const md_date *d)
{
    (void)m;
    if (!d->known) return d->unknown ? "not stated" : "";
    int y, mo, dd;
    dt_to_ymd(d->day, &y, &mo, &dd);
    switch (d->prec) {
    case DP_YEAR: return ar_printf(ar, "%d", y);
    case DP_MONTH: return ar_printf(ar, "%s %d", dt_month_name(mo), y);
    case DP_DAY: break;
    }
    char buf[11];
    dt_format(d->day, buf);
    return ar_printf(ar, "%s", buf);
}

const char *md_norm_clause(const md_norm *n) { return n->x->cited ? n->x->cited : n->clause; }

const char *md_cite_in(const md_model *m, arena *ar, const md_norm *n)
{
    (void)m;
    if (n->x->cited && n->clause && n->x->cited != n->clause)
        return ar_printf(ar, "[%s] (model [%s])", n->x->cited, n->clause);
    if (n->clause) return ar_printf(ar, "[%s]", n->clause);
    return n->from_role ? "(role declaration)" : "(no clause)";
}

const char *md_cite(const md_model *m, const md_norm *n) { return md_cite_in(m, m->ar, n); }

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

const md_norm_x md_norm_x_none;
const md_event_x md_event_x_none;

md_norm_x *md_norm_own(md_model *m, md_norm *n)
{
    if (n->x != &md_norm_x_none) return n->x;
    md_norm_x *x = ar_alloc(m->ar, sizeof *x);
    if (!x) return NULL;
    n->x = x;
    return x;
}

int md_label_cmp(const char *a, const char *b)
{
    while (*a && *b) {
        if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
            while (*a == '0') a++;
            while (*b == '0') b++;
            size_t na = strspn(a, "0123456789"), nb = strspn(b, "0123456789");
            if (na != nb) return na < nb ? -1 : 1;
            int c = strncmp(a, b, na);
            if (c) return c;
            a += na;
            b += nb;
            continue;
        }
        if (*a != *b) return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
        a++;
        b++;
    }
    return *a ? 1 : *b ? -1 : 0;
}
