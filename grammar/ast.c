/* ast — node constructors; see ast.h. */
#include "ast.h"
#include "arena.h"

#include <stddef.h>
#include <string.h>

ast_decl *ast_decl_new(arena *ar, ast_declkind kind, loc at)
{
    static const size_t size[] = {
        [D_PROTOCOL] = sizeof(ast_protocol), [D_USE] = sizeof(ast_use), [D_ROLE] = sizeof(ast_role),
        [D_TERM] = sizeof(ast_term), [D_NORM] = sizeof(ast_norm), [D_ROUTE] = sizeof(ast_route),
        [D_CALENDAR] = sizeof(ast_calendar), [D_PERSON] = sizeof(ast_person), [D_SCENARIO] = sizeof(ast_scenario),
        [D_ADOPT] = sizeof(ast_adopt), [D_RELATION] = sizeof(ast_relation), [D_REL] = sizeof(ast_rel),
        [D_SENIORITY] = sizeof(ast_seniority), [D_COUNTS] = sizeof(ast_counts), [D_RENAME] = sizeof(ast_rename),
        [D_RELFACT] = sizeof(ast_relfact), [D_REGISTER] = sizeof(ast_register),
    };
    size_t n = (size_t)kind < sizeof size / sizeof size[0] ? offsetof(ast_decl, u) + size[kind] : sizeof(ast_decl);
    ast_decl *d = ar_alloc_node(ar, n);   /* together: files are walked decl by decl */
    if (d) {
        d->kind = kind;
        d->at = at;
        d->file = at.file;
    }
    return d;
}

ast_word *ast_word_new(arena *ar, ast_wkind kind, const char *text, loc at)
{
    ast_word *w = ar_alloc(ar, sizeof *w);
    if (w) {
        w->kind = kind;
        w->text = text;
        w->at = at;
        w->minute = -1;
    }
    return w;
}

ast_namelist *ast_namelist_new(arena *ar, ast_name name, bool quoted)
{
    ast_namelist *n = ar_alloc(ar, sizeof *n);
    if (n) {
        n->name = name;
        n->quoted = quoted;
    }
    return n;
}

ast_cond *ast_cond_new(arena *ar, ast_condkind kind, loc at)
{
    ast_cond *c = ar_alloc(ar, sizeof *c);
    if (c) {
        c->kind = kind;
        c->at = at;
    }
    return c;
}

ast_act *ast_act_new(arena *ar, ast_name verb, ast_word *words, loc at)
{
    ast_act *a = ar_alloc(ar, sizeof *a);
    if (a) {
        a->verb = verb;
        a->words = words;
        a->at = at;
    }
    return a;
}

ast_step *ast_step_new(arena *ar, loc at)
{
    ast_step *s = ar_alloc(ar, sizeof *s);
    if (s) s->at = at;
    return s;
}

ast_holiday *ast_holiday_new(arena *ar, loc at)
{
    ast_holiday *h = ar_alloc(ar, sizeof *h);
    if (h) h->at = at;
    return h;
}

ast_sitem *ast_sitem_new(arena *ar, ast_sitemkind kind, loc at)
{
    static const size_t size[] = {
        [SI_PERSON] = sizeof(ast_person), [SI_EVENT] = sizeof(ast_event), [SI_EXPECT] = sizeof(ast_expect),
        [SI_SETTING] = sizeof(ast_meta),
    };
    size_t n = (size_t)kind < sizeof size / sizeof size[0] ? offsetof(ast_sitem, u) + size[kind] : sizeof(ast_sitem);
    ast_sitem *s = ar_alloc(ar, n);   /* a scenario of a million events: only the part its kind uses */
    if (s) {
        s->kind = kind;
        s->at = at;
    }
    return s;
}

ast_holding *ast_holding_new(arena *ar, ast_name role, loc at)
{
    ast_holding *h = ar_alloc(ar, sizeof *h);
    if (h) {
        h->role = role;
        h->from = INT32_MIN;
        h->until = INT32_MAX;
        h->at = at;
    }
    return h;
}

ast_meta *ast_meta_new(arena *ar, ast_name key, ast_word *args, loc at)
{
    ast_meta *m = ar_alloc(ar, sizeof *m);
    if (m) {
        m->key = key;
        m->args = args;
        m->at = at;
    }
    return m;
}

const char *ast_modality_word(ast_modality m)
{
    switch (m) {
    case MOD_MUST: return "must";
    case MOD_SHOULD: return "should";
    case MOD_MAY: return "may";
    case MOD_MUST_NOT: return "must not";
    case MOD_SHOULD_NOT: return "should not";
    }
    return "?";
}

const char *ast_unit_word(ast_unit u, long n)
{
    bool one = n == 1;
    switch (u) {
    case U_WORKING_DAYS: return one ? "working day" : "working days";
    case U_DAYS: return one ? "day" : "days";
    case U_HOURS: return one ? "hour" : "hours";
    case U_WEEKS: return one ? "week" : "weeks";
    case U_MONTHS: return one ? "month" : "months";
    }
    return "?";
}

void *ast_reverse_(void *head, size_t next_off)
{
    void *prev = NULL;
    while (head) {
        void **nextp = (void **)((char *)head + next_off);
        void *next = *nextp;
        *nextp = prev;
        prev = head;
        head = next;
    }
    return prev;
}
