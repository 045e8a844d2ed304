/* lsp_nav — hover and go to definition (see lsp.h).
 *
 * What is under the cursor is a token of the document (lsd_tok_at); what
 * it names is looked up in the document's model as the model looks up a
 * name written in a file (md_find_role, md_find_term).  A hover's facts
 * come from the model (a role's display name, aliases, parents) and from
 * the query answers as `civic query` prints them (text renderer): the duties
 * of a role, the explanation of a clause, a deadline worked from today. */
#include "lsp.h"
#include "answer_render.h"
#include "fail.h"
#include "parser.h"

#include <stdlib.h>
#include <string.h>

/* ---- writing a hover: Markdown, or plain text for a client without it ------------ */

typedef struct lsn_out {
    FILE *f;
    bool md;
} lsn_out;

/* Text of the protocol's in running Markdown: its punctuation escaped. */
static void lsn_text(const lsn_out *o, const char *s)
{
    for (; *s; s++) {
        if (o->md && strchr("\\`*_{}[]<>()#+-.!|~", *s)) fputc('\\', o->f);
        fputc((unsigned char)*s < 0x20 ? ' ' : *s, o->f);
    }
}

/* A fenced block: a fence longer than any run of backquotes inside it. */
static void lsn_block(const lsn_out *o, const char *s, size_t n)
{
    size_t run = 0, longest = 0;
    for (size_t i = 0; i < n; i++) {
        run = s[i] == '`' ? run + 1 : 0;
        if (run > longest) longest = run;
    }
    size_t fence = longest < 3 ? 3 : longest + 1;
    if (o->md) {
        for (size_t i = 0; i < fence; i++) fputc('`', o->f);
        fputs("text\n", o->f);
    }
    fwrite(s, 1, n, o->f);
    if (n && s[n - 1] != '\n') fputc('\n', o->f);
    if (o->md) {
        for (size_t i = 0; i < fence; i++) fputc('`', o->f);
        fputc('\n', o->f);
    }
}

/* The answer to a question, as `civic query` prints it, in a block; false
 * when it has none. */
static bool lsn_answer(ls_server *sv, const ls_doc *d, const lsn_out *o, const char *question)
{
    if (ss_ask(&d->s, &sv->q, question, sv->today) != 0) return false;
    char *buf = NULL;
    size_t len = 0;
    FILE *ms = open_memstream(&buf, &len);
    if (!ms) return false;
    an_text(ms, &sv->q.answer);
    fclose(ms);
    lsn_block(o, buf, len);
    free(buf);
    return true;
}

static void lsn_where(const ls_doc *d, const lsn_out *o, loc at, const char *clause)
{
    const src_file *f = src_get(&d->s.ld.src, at.file);
    if (!f) return;
    int line, col;
    src_linecol(&d->s.ld.src, at.file, at.start, &line, &col);
    fputs(o->md ? "\n\n*declared in* " : "\ndeclared in ", o->f);
    lsn_text(o, f->path);
    fprintf(o->f, ":%d", line);
    if (clause) {
        fputs(" [", o->f);
        lsn_text(o, clause);
        fputc(']', o->f);
    }
}

/* ---- what a hover says ---------------------------------------------------------------- */

static void lsn_roles(const md_model *m, const lsn_out *o, const char *label, const int *roles, size_t n)
{
    if (n == 0) return;
    fprintf(o->f, "%s%s: ", o->md ? "\n\n" : "\n", label);
    for (size_t i = 0; i < n; i++) {
        if (i) fputs(", ", o->f);
        lsn_text(o, m->roles[roles[i]].display);
        if (strcmp(m->roles[roles[i]].display, m->roles[roles[i]].name) != 0) {
            fputs(" (", o->f);
            lsn_text(o, m->roles[roles[i]].name);
            fputc(')', o->f);
        }
    }
}

static void lsn_role(ls_server *sv, const ls_doc *d, const lsn_out *o, int r)
{
    const md_model *m = &d->s.m;
    const md_role *role = &m->roles[r];
    fputs(o->md ? "**" : "", o->f);
    lsn_text(o, role->display);
    fputs(o->md ? "** — role " : " — role ", o->f);
    lsn_text(o, role->name);
    if (role->external) fputs(", outside the council", o->f);
    if (role->naliases) {
        fputs(o->md ? "\n\nalso called: " : "\nalso called: ", o->f);
        for (size_t i = 0; i < role->naliases; i++) {
            if (i) fputs(", ", o->f);
            lsn_text(o, role->aliases[i]);
        }
    }
    lsn_roles(m, o, "is a", role->parents, role->nparents);
    if (role->nancestors > 1 + role->nparents) lsn_roles(m, o, "and so", role->ancestors + 1, role->nancestors - 1);
    lsn_roles(m, o, "manages", role->manages, role->nmanages);
    lsn_roles(m, o, "appoints", role->appoints, role->nappoints);
    lsn_where(d, o, role->at, role->clause);
    fputs(o->md ? "\n\n" : "\n\n", o->f);
    char q[300];
    snprintf(q, sizeof q, "duties of %.250s", role->name);
    lsn_answer(sv, d, o, q);
}

static void lsn_term(const ls_doc *d, const lsn_out *o, int t)
{
    static const char *const kinds[] = { "action", "thing", "procedure" };
    const md_term *term = &d->s.m.terms[t];
    fputs(o->md ? "**" : "", o->f);
    lsn_text(o, term->display ? term->display : term->name);
    fprintf(o->f, "%s — %s ", o->md ? "**" : "", kinds[term->kind]);
    lsn_text(o, term->name);
    if (term->naliases) {
        fputs(o->md ? "\n\nalso called: " : "\nalso called: ", o->f);
        for (size_t i = 0; i < term->naliases; i++) {
            if (i) fputs(", ", o->f);
            lsn_text(o, term->aliases[i]);
        }
    }
    lsn_where(d, o, term->at, term->clause);
}

/* The label of a clause token, without its brackets, into buf. */
static bool lsn_label(const ls_doc *d, const ls_tok *t, char *buf, size_t cap)
{
    if (t->kind != CLAUSE || t->end < t->start + 2 || d->text[t->end - 1] != ']') return false;
    size_t n = t->end - t->start - 2;
    if (n == 0 || n >= cap) return false;
    memcpy(buf, d->text + t->start + 1, n);
    buf[n] = '\0';
    return true;
}

static bool lsn_clause(ls_server *sv, const ls_doc *d, const lsn_out *o, const char *label)
{
    char q[600];
    snprintf(q, sizeof q, "explain [%s]", label);
    return lsn_answer(sv, d, o, q);
}

/* The rule of the document whose period (after `within`) is at off, or NULL. */
static const md_norm *lsn_period_at(const ls_doc *d, size_t off, bool *fallback)
{
    const md_model *m = &d->s.m;
    for (size_t i = 0; i < m->nnorms; i++) {
        const md_norm *n = &m->norms[i];
        if (n->at.file != d->file) continue;
        const md_deadline *w[2] = { &n->within, n->x ? &n->x->fallback_within : NULL };
        for (int k = 0; k < 2; k++) {
            if (!w[k] || w[k]->kind == DUR_NONE || w[k]->at.file != d->file) continue;
            if (off >= w[k]->at.start && off <= w[k]->at.end) { *fallback = k == 1; return n; }
        }
    }
    return NULL;
}

static bool lsn_deadline(ls_server *sv, const ls_doc *d, const lsn_out *o, const md_norm *n, bool fallback)
{
    const char *clause = md_norm_clause(n);
    char day[24], q[600], iso[11];
    dt_format_long(sv->today, day);
    dt_format(sv->today, iso);
    fprintf(o->f, "%sDeadline%s%s: worked from today, %s", o->md ? "**" : "", fallback ? " (otherwise)" : "",
            o->md ? "**" : "", day);
    fputs(o->md ? "\n\n" : "\n", o->f);
    if (clause) {
        snprintf(q, sizeof q, "deadline [%.500s] from %s", clause, iso);
        if (lsn_answer(sv, d, o, q)) return true;
    }
    /* a rule without a clause: the due day under the protocol's calendar */
    dt_day due;
    const md_deadline *w = fallback ? &n->x->fallback_within : &n->within;
    if (w->kind != DUR_FIXED || md_deadline_from(&d->s.m, w, sv->today, &due) != 0) {
        fputs("no due day can be worked out: the period is not a fixed one", o->f);
        return true;
    }
    dt_format_long(due, day);
    fprintf(o->f, "due by the close of %s", day);
    return true;
}

/* The actions, things and procedures a name denotes (at most one of each
 * kind): as written in a rule, else a verb as an event writes it
 * ("responds"). */
static int lsn_terms(const md_model *m, const char *name, int found[MT_PROCEDURE + 1])
{
    int n = 0;
    for (md_termkind k = MT_ACTION; k <= MT_PROCEDURE; k++) {
        int t = md_find_term(m, name, k);
        if (t >= 0) found[n++] = t;
    }
    if (n == 0 && md_lookup_verb(m, name) >= 0) found[n++] = md_lookup_verb(m, name);
    return n;
}

/* Whatever the token names, written to o; false when it names nothing. */
static bool lsn_describe(ls_server *sv, const ls_doc *d, const lsn_out *o, const ls_tok *t, size_t off)
{
    const md_model *m = &d->s.m;
    char label[512];
    if (t->kind == CLAUSE) return lsn_label(d, t, label, sizeof label) && lsn_clause(sv, d, o, label);
    bool fallback = false;
    const md_norm *n = lsn_period_at(d, t->kind == WITHIN ? t->end + 1 : off, &fallback);
    if (n) return lsn_deadline(sv, d, o, n, fallback);
    const char *name = t->kind == IDENT ? lsd_name(d, t) : NULL;
    if (!name) return false;
    int r = md_find_role(m, name);
    if (r >= 0) {
        lsn_role(sv, d, o, r);
        return true;
    }
    int found[MT_PROCEDURE + 1], nt = lsn_terms(m, name, found);
    for (int i = 0; i < nt; i++) {
        if (i) fputs(o->md ? "\n\n---\n\n" : "\n\n", o->f);
        lsn_term(d, o, found[i]);
    }
    return nt > 0;
}

json_t *lsn_hover(ls_server *sv, ls_doc *d, size_t off)
{
    const ls_tok *t = lsd_tok_at(d, off);
    if (!t || !d->loaded) return json_null();
    char *buf = NULL;
    size_t len = 0;
    lsn_out o = { open_memstream(&buf, &len), sv->markdown };
    if (!o.f) return NULL;
    bool said = lsn_describe(sv, d, &o, t, off);
    fclose(o.f);
    json_t *j = json_null();
    if (said && len) {
        loc at = { d->file, t->start, t->end };
        j = json_pack("{s:{s:s, s:o}, s:o}", "contents", "kind", sv->markdown ? "markdown" : "plaintext", "value",
                      lr_str(buf, len), "range", lsd_range(&d->s.ld.src, at));
    }
    free(buf);
    return j;
}

/* ---- go to definition ------------------------------------------------------------------------ */

/* Adds a location, once. */
static void lsn_add(ls_server *sv, const ls_doc *d, json_t *list, loc at)
{
    if (!list || at.file == 0) return;
    json_t *l = lsd_location(sv, d, at);
    if (!l) return;
    for (size_t i = 0; i < json_array_size(list); i++) {
        if (json_equal(json_array_get(list, i), l)) {
            json_decref(l);
            return;
        }
    }
    json_array_append_new(list, l);
}

/* Every place that states something under the clause: its rules (each once),
 * a route or step it labels, a role or term it labels. */
static void lsn_clause_defs(ls_server *sv, const ls_doc *d, json_t *list, const char *label)
{
    const md_model *m = &d->s.m;
    for (size_t i = 0; i < m->nnorms; i++) {
        const md_norm *n = &m->norms[i];
        if (md_label_cites(n->clause, label) || md_label_cites(n->x->cited, label)) lsn_add(sv, d, list, n->at);
    }
    for (size_t i = 0; i < m->nroutes; i++) {
        if (md_label_cites(m->routes[i].clause, label)) lsn_add(sv, d, list, m->routes[i].at);
        for (size_t s = 0; s < m->routes[i].nsteps; s++)
            if (md_label_cites(m->routes[i].steps[s].clause, label)) lsn_add(sv, d, list, m->routes[i].steps[s].at);
    }
    for (size_t i = 0; i < m->nroles; i++)
        if (md_label_cites(m->roles[i].clause, label)) lsn_add(sv, d, list, m->roles[i].at);
    for (size_t i = 0; i < m->nterms; i++)
        if (md_label_cites(m->terms[i].clause, label)) lsn_add(sv, d, list, m->terms[i].at);
}

/* The file a `use "NAME"` loaded: the unit it brought in, else (a file
 * another use loaded first) the unit whose key ends in NAME. */
static const ld_unit *lsn_used(const ls_doc *d, const ls_tok *t)
{
    const ld_set *ld = &d->s.ld;
    for (size_t i = 0; i < ld->nunits; i++)
        if (ld->units[i].via.file == d->file && ld->units[i].via.start == t->start) return &ld->units[i];
    if (t->end < t->start + 2) return NULL;
    const char *name = d->text + t->start + 1;
    size_t n = t->end - t->start - 2;
    for (size_t i = 0; i < ld->nunits; i++) {
        const char *key = ld->units[i].key;
        size_t k = strlen(key);
        for (size_t ext = 0; ext <= 6; ext += 6) {
            if (k < n + ext + 1 || (ext && strcmp(key + k - 6, ".civic") != 0)) continue;
            if (memcmp(key + k - ext - n, name, n) == 0 && key[k - ext - n - 1] == '/') return &ld->units[i];
        }
    }
    return NULL;
}

/* The role a `manages` or `appoints` at token t relates: the name before it. */
static void lsn_relation_defs(ls_server *sv, const ls_doc *d, json_t *list, const ls_tok *t)
{
    const md_model *m = &d->s.m;
    for (const ls_tok *p = t; p-- > d->toks;) {
        int r = p->kind == IDENT ? md_find_role(m, lsd_name(d, p)) : -1;
        if (r < 0) continue;
        const md_role *role = &m->roles[r];
        bool ap = t->kind == APPOINTS;
        size_t n = ap ? role->nappoints : role->nmanages;
        const loc *at = ap ? role->appoints_at : role->manages_at;
        for (size_t i = 0; at && i < n; i++) lsn_add(sv, d, list, at[i]);
        return;
    }
}

/* The scenario of the model written around offset off of the document, or NULL. */
static const md_scenario *lsn_scenario_at(const ls_doc *d, size_t off)
{
    const md_model *m = &d->s.m;
    for (const ast_decl *x = d->s.ld.nunits ? d->s.ld.units[0].ast.decls : NULL; x; x = x->next) {
        if (x->kind != D_SCENARIO || off < x->at.start || off > x->at.end) continue;
        for (size_t i = 0; i < m->nscens; i++)
            if (m->scens[i].at.file == d->file && m->scens[i].at.start == x->u.scenario.name_at.start) return &m->scens[i];
    }
    return NULL;
}

/* A role, term or verb; else a person of the scenario around off (an
 * event's actor, say), declared in it or for every scenario. */
static void lsn_name_defs(ls_server *sv, const ls_doc *d, json_t *list, const char *name, size_t off)
{
    const md_model *m = &d->s.m;
    int r = md_find_role(m, name), found[MT_PROCEDURE + 1], n = lsn_terms(m, name, found);
    if (r >= 0) lsn_add(sv, d, list, m->roles[r].at);
    for (int i = 0; i < n; i++) lsn_add(sv, d, list, m->terms[found[i]].at);
    const md_scenario *sc = r < 0 && n == 0 ? lsn_scenario_at(d, off) : NULL;
    for (size_t p = 0; sc && p < sc->npeople; p++)
        if (sc->people[p].name == name) lsn_add(sv, d, list, sc->people[p].at);
}

json_t *lsn_definition(ls_server *sv, ls_doc *d, size_t off)
{
    const ls_tok *t = lsd_tok_at(d, off);
    json_t *list = json_array();
    char label[512];
    if (!t || !list || !d->loaded) return list;
    if (t->kind == CLAUSE && lsn_label(d, t, label, sizeof label)) {
        lsn_clause_defs(sv, d, list, label);
    } else if (t->kind == STRING && t > d->toks && t[-1].kind == USE) {
        const ld_unit *u = lsn_used(d, t);
        if (u) lsn_add(sv, d, list, (loc){ u->file, 0, 0 });
    } else if (t->kind == MANAGES || t->kind == APPOINTS) {
        lsn_relation_defs(sv, d, list, t);
    } else if (t->kind == IDENT && lsd_name(d, t)) {
        lsn_name_defs(sv, d, list, lsd_name(d, t), off);
    }
    return list;
}
