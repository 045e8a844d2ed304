/* lsp_complete — completion (see lsp.h).
 *
 * What may go at the cursor is read from the tokens of its line before it
 * and the block it stands in: at the start of a statement, the keywords
 * that begin one (from the parser's keyword table) and the roles a rule
 * begins with; inside a protocol block, its fields (the model's table);
 * after a modality, the actions; after an action, the things; after
 * `route`, the kinds; after `is`, `by`, `about`, `to`, `from`, `manages`
 * and the like, the roles; inside `[`, the clause labels (from the
 * `clauses` query's answer); after `use`, the standard modules.  Names come
 * from the document's model, as the REPL's completion takes them. */
#include "lsp.h"
#include "parse.h"
#include "parser.h"
#include "stdlib_files.h"

#include <stdlib.h>
#include <string.h>

typedef enum {
    LC_NONE, LC_STATEMENT, LC_META, LC_STEP, LC_SCENARIO, LC_ROLES, LC_ACTIONS, LC_THINGS, LC_KINDS, LC_CLAUSES,
    LC_MODULES, LC_AFTER_SUBJECT,
} lc_context;

/* The keywords that begin a statement, at the top level and in the blocks. */
static const char *const lc_leaders[] = { "protocol", "use", "role", "action", "thing", "procedure", "route",
                                          "scenario", "person", "calendar", NULL };
static const char *const lc_step_leaders[] = { "informally", "procedure", NULL };
static const char *const lc_scenario_leaders[] = { "person", "expect", NULL };
/* What follows a rule's subject. */
static const char *const lc_modal[] = { "must", "should", "may", "will", "shall", "cannot", "manages", "appoints",
                                        "can", NULL };

typedef struct lc_ctx {
    ls_doc *d;
    size_t off;               /* the cursor */
    size_t from;              /* where the word being written begins */
    const ls_tok *first, *prev, *prev2;   /* of the statement before the word */
    int ntoks;                /* tokens of the statement before the word */
    const char *block;        /* the keyword that opened it: "protocol", "route", … or NULL */
    json_t *items;
} lc_ctx;

static bool lc_word_byte(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c >= 0x80;
}

/* The keyword a block was opened by: the first token of the statement whose
 * '{' is still open at the cursor. */
static const char *lc_block(const ls_doc *d, size_t upto)
{
    const ls_tok *open[PS_MAX_DEPTH];
    int depth = 0;
    const ls_tok *stmt = NULL;
    for (size_t i = 0; i < d->ntoks && d->toks[i].end <= upto; i++) {
        const ls_tok *t = &d->toks[i];
        size_t gap = i > 0 && t->start > d->toks[i - 1].end ? t->start - d->toks[i - 1].end : 0;
        bool line_start = i == 0 || (gap && memchr(d->text + d->toks[i - 1].end, '\n', gap));
        if (line_start || !stmt) stmt = t;
        if (t->kind == '{' && depth < PS_MAX_DEPTH) open[depth++] = stmt;
        if (t->kind == '}' && depth > 0) depth--;
    }
    if (depth == 0) return NULL;
    const ls_tok *s = open[depth - 1];
    if (s->kind == CLAUSE && s + 1 < d->toks + d->ntoks) s++;
    return ps_token_name(s->kind);
}

/* The tokens of the cursor's line before the word being written. */
static void lc_line(lc_ctx *c)
{
    const ls_doc *d = c->d;
    size_t line = c->from;
    while (line > 0 && d->text[line - 1] != '\n') line--;
    for (size_t i = 0; i < d->ntoks; i++) {
        const ls_tok *t = &d->toks[i];
        if (t->start < line) continue;
        if (t->end > c->from) break;
        if (!c->first) c->first = t;
        c->prev2 = c->prev;
        c->prev = t;
        c->ntoks++;
    }
    c->block = lc_block(d, line);
}

static bool lc_is(const lc_ctx *c, const ls_tok *t, md_termkind kind)
{
    const char *name = t && t->kind == IDENT ? lsd_name(c->d, t) : NULL;
    return name && md_find_term(&c->d->s.m, name, kind) >= 0;
}

static bool lc_is_role(const lc_ctx *c, const ls_tok *t)
{
    const char *name = t && t->kind == IDENT ? lsd_name(c->d, t) : NULL;
    return name && md_find_role(&c->d->s.m, name) >= 0;
}

static bool lc_modality(int k) { return k == MUST || k == WILL || k == SHALL || k == SHOULD || k == MAY || k == NOT || k == CANNOT; }

static bool lc_role_slot(int k)
{
    return k == IS || k == BY || k == ABOUT || k == TO || k == FROM || k == MANAGES || k == APPOINTS || k == EXCEPT ||
           k == WITH || k == EXTENDS;
}

/* At the start of a statement: which statements may begin here. */
static lc_context lc_start(const lc_ctx *c)
{
    if (!c->block) return LC_STATEMENT;
    if (strcmp(c->block, "protocol") == 0) return LC_META;
    if (strcmp(c->block, "route") == 0) return LC_STEP;
    if (strcmp(c->block, "scenario") == 0) return LC_SCENARIO;
    return LC_NONE;
}

/* What goes after the token before the word being written. */
static lc_context lc_after(lc_ctx *c)
{
    const ls_tok *p = c->prev;
    if (!p || (c->ntoks == 1 && p->kind == CLAUSE)) return lc_start(c);
    if (p->kind == USE) {
        if (c->from > 0 && c->d->text[c->from - 1] == '"') c->from--;   /* the quote typed is replaced */
        return LC_MODULES;
    }
    if (p->kind == ROUTE) return LC_KINDS;
    if (lc_modality(p->kind)) return LC_ACTIONS;
    if (lc_role_slot(p->kind) || p->kind == ',') return LC_ROLES;
    if (lc_is(c, p, MT_ACTION) && c->prev2 && (lc_modality(c->prev2->kind) || c->prev2->kind == AND)) return LC_THINGS;
    bool subject_only = c->ntoks == 1 || (c->ntoks == 2 && c->first->kind == CLAUSE);
    if (subject_only && lc_is_role(c, p)) return LC_AFTER_SUBJECT;
    return LC_NONE;
}

static lc_context lc_context_of(lc_ctx *c)
{
    const ls_doc *d = c->d;
    /* inside an open '[' on this line: a clause label */
    size_t i = c->off;
    while (i > 0 && d->text[i - 1] != '\n' && d->text[i - 1] != '[' && d->text[i - 1] != ']') i--;
    if (i > 0 && d->text[i - 1] == '[') {
        c->from = i;
        return LC_CLAUSES;
    }
    c->from = c->off;
    while (c->from > 0 && lc_word_byte((unsigned char)d->text[c->from - 1])) c->from--;
    lc_line(c);
    return lc_after(c);
}

/* ---- the items ------------------------------------------------------------------------ */

static void lc_item(lc_ctx *c, const char *label, int kind, const char *detail, const char *insert)
{
    loc at = { c->d->file, (uint32_t)c->from, (uint32_t)c->off };
    json_t *range = lsd_range_exact(&c->d->s.ld.src, at);
    json_t *it = json_pack("{s:o, s:i, s:{s:o, s:o}}", "label", lr_cstr(label), "kind", kind, "textEdit", "range", range,
                           "newText", lr_cstr(insert ? insert : label));
    if (it && detail) json_object_set_new(it, "detail", lr_cstr(detail));
    json_array_append_new(c->items, it);
}

/* Keywords offered only when the parser's table has them: a word it has
 * dropped is not offered. */
static void lc_keywords(lc_ctx *c, const char *const *words)
{
    const char *const *known = ps_keyword_list();
    for (; *words; words++) {
        bool keyword = false;
        for (const char *const *k = known; *k && !keyword; k++) keyword = strcmp(*k, *words) == 0;
        if (keyword) lc_item(c, *words, LS_CI_KEYWORD, NULL, NULL);
    }
}

static void lc_fields(lc_ctx *c)
{
    for (const char *const *k = md_meta_keys(); *k; k++) lc_item(c, *k, LS_CI_PROPERTY, "protocol field", NULL);
}

static void lc_roles(lc_ctx *c)
{
    const md_model *m = &c->d->s.m;
    for (size_t i = 0; i < m->nroles; i++) lc_item(c, m->roles[i].name, LS_CI_CLASS, m->roles[i].display, NULL);
}

static void lc_terms(lc_ctx *c, md_termkind kind)
{
    const md_model *m = &c->d->s.m;
    for (size_t i = 0; i < m->nterms; i++)
        if (m->terms[i].kind == kind)
            lc_item(c, m->terms[i].name, kind == MT_ACTION ? LS_CI_FUNCTION : LS_CI_VALUE, m->terms[i].display, NULL);
}

/* The labels as the `clauses` query lists them, each with its first rule. */
static void lc_clauses(ls_server *sv, lc_ctx *c)
{
    if (ss_ask(&c->d->s, &sv->q, "clauses", sv->today) != 0) return;
    const q_clauses_a *a = &sv->q.answer.u.clauses;
    bool closed = c->off < c->d->len && c->d->text[c->off] == ']';
    for (size_t i = 0; i < a->n; i++) {
        if (!a->rows[i].clause) continue;
        char *ins = closed ? NULL : malloc(strlen(a->rows[i].clause) + 2);
        if (ins) sprintf(ins, "%s]", a->rows[i].clause);
        lc_item(c, a->rows[i].clause, LS_CI_REFERENCE, a->rows[i].first, ins);
        free(ins);
    }
}

static void lc_modules(lc_ctx *c)
{
    for (unsigned i = 0; i < sl_count; i++) {
        char name[256];
        snprintf(name, sizeof name, "\"%.*s\"", (int)strlen(sl_files[i].name) - 6, sl_files[i].name);
        lc_item(c, name, LS_CI_MODULE, "standard library", NULL);
    }
}

static void lc_fill(ls_server *sv, lc_ctx *c, lc_context k)
{
    switch (k) {
    case LC_STATEMENT: lc_keywords(c, lc_leaders); lc_roles(c); break;
    case LC_META: lc_fields(c); break;
    case LC_STEP: lc_keywords(c, lc_step_leaders); lc_roles(c); break;
    case LC_SCENARIO: lc_keywords(c, lc_scenario_leaders); break;
    case LC_ROLES: lc_roles(c); break;
    case LC_ACTIONS: lc_terms(c, MT_ACTION); break;
    case LC_THINGS: case LC_KINDS: lc_terms(c, MT_THING); break;
    case LC_CLAUSES: lc_clauses(sv, c); break;
    case LC_MODULES: lc_modules(c); break;
    case LC_AFTER_SUBJECT: lc_keywords(c, lc_modal); break;
    case LC_NONE: break;
    }
}

json_t *lsc_complete(ls_server *sv, ls_doc *d, size_t off)
{
    lc_ctx c = { d, off, off, NULL, NULL, NULL, 0, NULL, json_array() };
    if (!c.items || !d->loaded) return c.items;
    lc_fill(sv, &c, lc_context_of(&c));
    return json_pack("{s:b, s:o}", "isIncomplete", 0, "items", c.items);
}

json_t *lsc_triggers(void) { return json_pack("[s, s, s]", "[", " ", "\""); }
