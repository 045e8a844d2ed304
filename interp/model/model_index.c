/* model_index — the actions, things and procedures declared; clauses
 * adopted from another protocol ("[4.3] adopts [MP-2]"); and the indexes of
 * the rules by (role, action) and by clause.  Stages of md_build
 * (model_build.c). */
#include "model_int.h"

#include <stdio.h>
#include <string.h>

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

void md__terms(md_model *m)
{
    size_t cap = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_TERM) continue;
            md_term t;
            memset(&t, 0, sizeof t);
            t.kind = (md_termkind)d->u.term.kind;
            t.is_kind = d->u.term.is_kind;
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
                md__alias_at(m, p->name.s, SYM_TERM, idx, p->name.at);
                md__sym_put(m, p->name.s, SYM_TERM, idx, p->name.at);
            }
        }
    }
}

static void md_clause_add(md_model *m, const char *clause, int k, bool *oom)
{
    uint32_t head;
    size_t e = m->ncx++;
    m->cx_norm[e] = k;
    if (!hm_swap(&m->by_clause, hm_ptr(clause), (uint32_t)e, &head)) { *oom = true; head = UINT32_MAX; }
    m->cx_next[e] = head == UINT32_MAX ? -1 : (int)head;
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

/* The clauses' index, the same way round. */
static void md_index_clauses(md_model *m, bool *oom)
{
    for (size_t k = m->nnorms; k-- > 0;) {
        const md_norm *n = &m->norms[k];
        if (n->clause) md_clause_add(m, n->clause, (int)k, oom);
        if (n->x->cited && n->x->cited != n->clause) md_clause_add(m, n->x->cited, (int)k, oom);
        for (size_t i = 0; i < n->x->nparts; i++)
            if (n->x->parts[i] != n->clause && n->x->parts[i] != n->x->cited)
                md_clause_add(m, n->x->parts[i], (int)k, oom);
    }
}

/* Split the rule's labels into the clauses they name; returns how many
 * clause entries the rule gets (md_index_clauses). */
static size_t md_clauses_of(md_model *m, md_norm *n)
{
    md_split_label(m, n, n->clause);
    if (n->x->cited != n->clause) md_split_label(m, n, n->x->cited);
    size_t k = (size_t)(n->clause != NULL) + (size_t)(n->x->cited && n->x->cited != n->clause);
    for (size_t i = 0; i < n->x->nparts; i++) k += n->x->parts[i] != n->clause && n->x->parts[i] != n->x->cited;
    return k;
}

void md__index(md_model *m)
{
    if (!m->nnorms) return;
    size_t total = 0;
    for (size_t k = 0; k < m->nnorms; k++) total += m->norms[k].nacts;
    m->ix_norm = ar_alloc(m->ar, (total + 1) * sizeof *m->ix_norm);
    m->ix_next = ar_alloc(m->ar, (total + 1) * sizeof *m->ix_next);
    size_t nclause = 0;   /* clause entries: exactly those md_clause_add is given below */
    for (size_t k = 0; k < m->nnorms; k++) nclause += md_clauses_of(m, &m->norms[k]);
    m->cx_norm = ar_alloc(m->ar, (nclause + 1) * sizeof *m->cx_norm);
    m->cx_next = ar_alloc(m->ar, (nclause + 1) * sizeof *m->cx_next);
    if (!m->ix_norm || !m->ix_next || !m->cx_norm || !m->cx_next) { dg_oom(m->dg); return; }
    hm_reserve(&m->by_role_action, total);   /* room for all: no rehashing as they go in */
    hm_reserve(&m->by_clause, m->nnorms);   /* (distinct clauses: about one a rule) */
    bool oom = false;
    md_index_actions(m, &oom);
    md_index_clauses(m, &oom);
    if (oom) dg_oom(m->dg);
}

/* The rules of clause w (of a used file) are adopted as d's clause, or
 * omitted (their subject set to -1, *omitted then true). */
static void md_adopt_clause(md_model *m, const ast_decl *d, const ast_word *w, bool *omitted)
{
    bool hit = false;
    for (size_t k = 0; k < m->nnorms; k++) {
        md_norm *n = &m->norms[k];
        if (n->clause != w->text) continue;
        hit = true;
        if (d->u.adopt.omit) { n->subject = -1; *omitted = true; continue; }
        if (n->x->cited && n->x->cited != d->u.adopt.clause) {
            MD_ERR(m, "adopted-twice", w->at, "[%s] is already adopted as [%s]", w->text, n->x->cited);
            MD_HINT(m, "a rule is cited by one clause: adopt it once, as '[%s, %s] adopts [%s]'", n->x->cited,
                    d->u.adopt.clause, w->text);
            return;
        }
        md_norm_x *x = md_norm_own(m, n);
        if (!x) { dg_oom(m->dg); return; }
        x->cited = d->u.adopt.clause;
        x->cited_at = w->at;
    }
    if (hit || m->ld->use_failed) return;   /* (a file not found may hold it: said once, there) */
    MD_ERR(m, "unknown-clause", w->at, "no rule has clause [%s]", w->text);
    sg_best b;
    sg_begin(&b, w->text);
    for (size_t k = 0; k < m->nnorms; k++) sg_offer(&b, m->norms[k].clause);
    if (sg_result(&b)) MD_HINT(m, "did you mean [%s]?", sg_result(&b));
    else MD_HINT(m, "is the file with that clause used? 'use \"model-protocol\"'");
}

/* "[4.3] adopts [MP-2]" and "omits [MP-7]". */
void md__adopts(md_model *m)
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
            for (const ast_word *w = d->u.adopt.clauses; w; w = w->next) md_adopt_clause(m, d, w, &any_omit);
        }
    }
    if (!any_omit) return;
    size_t j = 0;
    for (size_t k = 0; k < m->nnorms; k++)
        if (m->norms[k].subject >= 0) m->norms[j++] = m->norms[k];
    m->nnorms = j;
}
