/* lsp_outline — document symbols and formatting (see lsp.h).
 *
 * The outline of a document: its protocol block, roles, actions, things,
 * procedures, calendars, routes (with their steps), scenarios, and its
 * clauses, each with the rules under it.  The
 * declarations are the document's tree (ld_unit.ast); the rules, which the
 * tree does not keep (they are packed as they are parsed), are the model's,
 * by their location.  Rules that follow one another under the same label
 * make one clause; a label used again further down makes another.
 *
 * Formatting is `civic fmt`'s (fmt.h): one edit replacing the whole text,
 * none when the text is laid out already or has errors. */
#include "lsp.h"
#include "fail.h"
#include "fmt.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

typedef struct lo_sym {
    uint32_t start;
    json_t *j;
} lo_sym;

typedef struct lo_list {
    lo_sym *v;
    size_t n, cap;
} lo_list;

static void lo_push(lo_list *l, uint32_t start, json_t *j)
{
    if (!j) return;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 32;
        lo_sym *nv = fail_realloc(l->v, cap * sizeof *nv);
        if (!nv) { ls_oom = true; json_decref(j); return; }
        l->v = nv;
        l->cap = cap;
    }
    l->v[l->n++] = (lo_sym){ start, j };
}

static int lo_cmp(const void *a, const void *b)
{
    const lo_sym *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* A DocumentSymbol; name is n bytes. */
static json_t *lo_symbol(const ls_doc *d, const char *name, size_t n, const char *detail, int kind, loc range, loc sel)
{
    const src_set *src = &d->s.ld.src;
    if (sel.file == 0 || sel.start < range.start || sel.end > range.end) sel = range;
    json_t *j = json_pack("{s:o, s:i, s:o, s:o}", "name", lr_str(n ? name : "?", n ? n : 1), "kind", kind, "range",
                          lsd_range_exact(src, range), "selectionRange", lsd_range_exact(src, sel));
    if (j && detail) json_object_set_new(j, "detail", lr_cstr(detail));
    return j;
}

/* The first line of a span of the document, its blanks trimmed. */
static void lo_first_line(const ls_doc *d, loc at, const char **s, size_t *n)
{
    const char *a = d->text + at.start, *end = d->text + (at.end > at.start ? at.end : at.start);
    const char *nl = memchr(a, '\n', (size_t)(end - a));
    if (nl) end = nl;
    while (end > a && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')) end--;
    *s = a;
    *n = (size_t)(end - a);
}

/* ---- declarations ----------------------------------------------------------------- */

static json_t *lo_route(const ls_doc *d, const ast_decl *x)
{
    const ast_route *r = &x->u.route;
    const char *s;
    size_t n;
    lo_first_line(d, x->at, &s, &n);
    /* the heading, without its "{" */
    while (n > 0 && (s[n - 1] == '{' || s[n - 1] == ' ')) n--;
    json_t *j = lo_symbol(d, s, n, NULL, LS_SYM_FUNCTION, x->at, r->kind.at);
    json_t *steps = json_array();
    for (const ast_step *st = r->steps; j && steps && st; st = st->next) {
        const char *t;
        size_t k;
        lo_first_line(d, st->at, &t, &k);
        json_array_append_new(steps, lo_symbol(d, t, k, NULL, LS_SYM_FIELD, st->at, st->at));
    }
    if (j && steps) json_object_set_new(j, "children", steps);
    else json_decref(steps);
    return j;
}

static json_t *lo_decl(const ls_doc *d, const ast_decl *x)
{
    switch (x->kind) {
    case D_PROTOCOL: {
        const char *t = x->u.protocol.title ? x->u.protocol.title : "protocol";
        return lo_symbol(d, t, strlen(t), "protocol", LS_SYM_NAMESPACE, x->at, x->u.protocol.title_at);
    }
    case D_ROLE: {
        const ast_role *r = &x->u.role;
        return lo_symbol(d, r->name.s, r->name.s ? strlen(r->name.s) : 0, r->display ? r->display : "role",
                         LS_SYM_CLASS, x->at, r->name.at);
    }
    case D_TERM: {
        static const int kinds[] = { LS_SYM_FUNCTION, LS_SYM_OBJECT, LS_SYM_MODULE };
        static const char *const words[] = { "action", "thing", "procedure" };
        const ast_term *t = &x->u.term;
        return lo_symbol(d, t->name.s, t->name.s ? strlen(t->name.s) : 0, t->display ? t->display : words[t->kind],
                         kinds[t->kind], x->at, t->name.at);
    }
    case D_CALENDAR: {
        const ast_calendar *c = &x->u.calendar;
        return lo_symbol(d, c->name.s, c->name.s ? strlen(c->name.s) : 0, c->display ? c->display : "calendar",
                         LS_SYM_STRUCT, x->at, c->name.at);
    }
    case D_ROUTE: return lo_route(d, x);
    case D_SCENARIO: {
        const char *t = x->u.scenario.name ? x->u.scenario.name : "scenario";
        return lo_symbol(d, t, strlen(t), "scenario", LS_SYM_EVENT, x->at, x->u.scenario.name_at);
    }
    default: return NULL;
    }
}

/* ---- clauses and their rules ----------------------------------------------------------- */

static int lo_norm_cmp(const void *a, const void *b)
{
    const md_norm *x = *(const md_norm *const *)a, *y = *(const md_norm *const *)b;
    return x->at.start < y->at.start ? -1 : x->at.start > y->at.start;
}

/* The document's rules in source order, each once (a rule of several
 * subjects is one rule of the model per subject); malloc'd. */
static const md_norm **lo_rules(const ls_doc *d, size_t *n)
{
    const md_model *m = &d->s.m;
    const md_norm **v = fail_malloc((m->nnorms ? m->nnorms : 1) * sizeof *v);
    *n = 0;
    if (!v) return NULL;
    for (size_t i = 0; i < m->nnorms; i++)
        if (m->norms[i].at.file == d->file && !m->norms[i].from_role) v[(*n)++] = &m->norms[i];
    qsort(v, *n, sizeof *v, lo_norm_cmp);
    size_t k = 0;
    for (size_t i = 0; i < *n; i++)
        if (k == 0 || v[k - 1]->at.start != v[i]->at.start) v[k++] = v[i];
    *n = k;
    return v;
}

/* A rule: its first line as written, without its label; one of an
 * expectation block ("Member can expect from Officer { … }") in plain
 * English, as its line names neither whom it binds nor towards whom. */
static json_t *lo_rule(const ls_doc *d, const md_norm *r, arena *ar)
{
    const char *s;
    size_t n;
    if (r->in_block) {
        s = tx_norm(&d->s.m, ar, r);
        return lo_symbol(d, s, strlen(s), ast_modality_word(r->mod), LS_SYM_METHOD, r->at, r->at);
    }
    lo_first_line(d, r->at, &s, &n);
    /* the rule without its label, which its clause shows */
    if (r->clause && n > 0 && s[0] == '[') {
        const char *close = memchr(s, ']', n);
        if (close) {
            n -= (size_t)(close + 1 - s);
            s = close + 1;
            while (n > 0 && (*s == ' ' || *s == '\t')) { s++; n--; }
        }
    }
    return lo_symbol(d, s, n, ast_modality_word(r->mod), LS_SYM_METHOD, r->at, r->at);
}

/* Rules v[i..j) under one label: a clause with them as its children. */
static json_t *lo_clause(const ls_doc *d, const md_norm **v, size_t i, size_t j, arena *ar)
{
    char name[300];
    snprintf(name, sizeof name, "[%.280s]", v[i]->clause);
    loc span = loc_span(v[i]->at, v[j - 1]->at);
    json_t *c = lo_symbol(d, name, strlen(name), j - i == 1 ? "1 rule" : NULL, LS_SYM_KEY, span, v[i]->at);
    json_t *kids = json_array();
    for (size_t k = i; c && kids && k < j; k++) json_array_append_new(kids, lo_rule(d, v[k], ar));
    if (c && j - i > 1) {
        char detail[40];
        snprintf(detail, sizeof detail, "%zu rules", j - i);
        json_object_set_new(c, "detail", json_string(detail));
    }
    if (c && kids) json_object_set_new(c, "children", kids);
    else json_decref(kids);
    return c;
}

static void lo_clauses(const ls_doc *d, lo_list *l)
{
    size_t n;
    const md_norm **v = lo_rules(d, &n);
    if (!v) { ls_oom = true; return; }
    arena ar;   /* the plain English of rules */
    ar_init(&ar);
    for (size_t i = 0, j; i < n; i = j) {
        j = i + 1;
        if (!v[i]->clause) {
            lo_push(l, v[i]->at.start, lo_rule(d, v[i], &ar));
            continue;
        }
        while (j < n && v[j]->clause == v[i]->clause) j++;
        lo_push(l, v[i]->at.start, lo_clause(d, v, i, j, &ar));
    }
    if (ar.failed) ls_oom = true;
    ar_free(&ar);
    free(v);
}

json_t *lso_symbols(ls_server *sv, ls_doc *d)
{
    (void)sv;
    json_t *out = json_array();
    if (!out || !d->loaded || !d->file) return out;
    lo_list l = { NULL, 0, 0 };
    const ld_unit *u = &d->s.ld.units[0];
    for (const ast_decl *x = u->ast.decls; x; x = x->next)
        if (x->file == d->file) lo_push(&l, x->at.start, lo_decl(d, x));
    lo_clauses(d, &l);
    if (l.n) qsort(l.v, l.n, sizeof *l.v, lo_cmp);
    for (size_t i = 0; i < l.n; i++) json_array_append_new(out, l.v[i].j);
    free(l.v);
    return out;
}

/* ---- formatting ------------------------------------------------------------------------------ */

json_t *lso_format(ls_server *sv, ls_doc *d)
{
    (void)sv;
    json_t *edits = json_array();
    src_set src;
    src_init(&src);
    uint32_t id = src_add(&src, d->name, d->text, d->len, false);
    dg_sink dg;
    dg_init(&dg);
    char *out = NULL;
    size_t n = 0;
    int line = 0;
    fm_result r = id ? fm_format(&src, id, &dg, &out, &n, &line) : FM_NOMEM;
    if (r == FM_NOMEM) ls_oom = true;
    if (edits && r == FM_DONE && (n != d->len || memcmp(out, d->text, n) != 0)) {
        long l2, c2;
        lt_end(d->text, d->len, &l2, &c2);
        json_array_append_new(edits, json_pack("{s:{s:{s:i, s:i}, s:{s:I, s:I}}, s:o}", "range", "start", "line", 0,
                                               "character", 0, "end", "line", (json_int_t)l2, "character",
                                               (json_int_t)c2, "newText", lr_str(out, n)));
    }
    free(out);
    dg_free(&dg);
    src_free(&src);
    return edits;
}
