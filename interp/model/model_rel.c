/* model_rel — what councils write about the people in a case and their
 * own names: relations ("the line manager of the officer"), seniority
 * ("only staff junior to them"), a council's names for shared roles ("the
 * Parish Clerk"), deeds that count as others ("a full response counts as
 * the acknowledgement"), and people bound by a relation in a scenario
 * ("carol is line-manager of bob").  LANGUAGE.md describes each. */
#include "model_int.h"
#include "fail.h"
#include "text.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int mrl_line(const md_model *m, loc at)
{
    int line, col;
    src_linecol(&m->ld->src, at.file, at.start, &line, &col);
    return line;
}

/* ---- a council's own names ------------------------------------------------------ */

/* Add an alias to what `target` names; false when it is already another's. */
static bool mrl_alias(md_model *m, int role, int term, ast_name a)
{
    const char ***list = role >= 0 ? &m->roles[role].aliases : &m->terms[term].aliases;
    size_t *n = role >= 0 ? &m->roles[role].naliases : &m->terms[term].naliases;
    md_symkind kind = role >= 0 ? SYM_ROLE : SYM_TERM;
    int idx = role >= 0 ? role : term;
    const char **grown = ar_grow(m->ar, *list, *n, *n + 1, sizeof **list);
    if (!grown) { dg_oom(m->dg); return false; }
    *list = grown;
    grown[(*n)++] = a.s;
    md__alias_at(m, a.s, kind, idx, a.at);
    return md__sym_put(m, a.s, kind, idx, a.at);
}

static void mrl_unknown_target(md_model *m, ast_name n)
{
    MD_ERR(m, "unknown-name", n.at, "unknown name '%s': not a role, action or thing to rename", n.s);
    const char *s = md_suggest_role(m, n.s);
    if (!s) s = md_suggest_term(m, n.s, MT_THING);
    if (!s) s = md_suggest_term(m, n.s, MT_ACTION);
    if (s) MD_HINT(m, "did you mean '%s'?", s);
    else MD_HINT(m, "'is called' and 'aka' name a role, action or thing declared here or in a file used");
}

/* "Clerk is called "Parish Clerk"": the old display name stays as an alias. */
static void mrl_rename(md_model *m, const ast_rename *rn, int role, int term, const ast_decl **renamed)
{
    const char **display = role >= 0 ? &m->roles[role].display : &m->terms[term].display;
    const ast_decl *prev = role >= 0 ? renamed[role] : renamed[m->nroles + (size_t)term];
    if (prev) {
        MD_ERR(m, "duplicate", rn->display_at, "'%s' is already called \"%s\" (line %d)", rn->target.s,
               prev->u.rename.display, mrl_line(m, prev->u.rename.display_at));
        MD_HINT(m, "a name is given once; add other names with 'aka'");
        return;
    }
    const char *old = *display;
    *display = rn->display;
    if (old && strcmp(old, rn->target.s) != 0 && strcmp(old, rn->display) != 0) {
        ast_name a = { md__intern(m, old), rn->display_at };
        if (role >= 0 ? md_find_role(m, a.s) < 0 : md_find_term(m, a.s, m->terms[term].kind) < 0)
            mrl_alias(m, role, term, a);
    }
}

/* "Mayor is SpecialResponsibilityMember": a shared role is, in this
 * council, a kind of another role too (cycles are found with the rest). */
static void mrl_parents(md_model *m, const ast_rename *rn, int role)
{
    if (role < 0) {
        MD_ERR(m, "not-a-role", rn->target.at, "'%s' is not a role: only a role can be a kind of another", rn->target.s);
        MD_HINT(m, "write 'Mayor is SpecialResponsibilityMember', both roles");
        return;
    }
    md_role *r = &m->roles[role];
    for (const ast_namelist *p = rn->parents; p; p = p->next) {
        int q = md__role_ref(m, p->name);
        bool dup = q < 0;
        for (size_t k = 0; k < r->nparents && !dup; k++) dup = r->parents[k] == q;
        if (dup) continue;
        int *grown = ar_grow(m->ar, r->parents, r->nparents, r->nparents + 1, sizeof *grown);
        if (!grown) { dg_oom(m->dg); return; }
        r->parents = grown;
        r->parents[r->nparents++] = q;
    }
}

/* The hint for a relation with no top: name the most senior of `of` the
 * order places, if it places one, else say what to write in general. */
static void mrl_top_hint(md_model *m, const md_rel *rel, int of)
{
    int top = -1;
    for (size_t e = 0; e < m->nranks && top < 0; e++) {
        int a = m->ranks[e].above;
        if (!md_is_a(m, a, of)) continue;
        bool below = false;
        for (size_t k = 0; k < m->nranks && !below; k++) below = m->ranks[k].below == a && md_is_a(m, m->ranks[k].above, of);
        if (!below) top = a;
    }
    if (top >= 0) MD_HINT(m, "say whose is not: 'relation %s of %s is nobody' (or the role they answer to)", rel->name, m->roles[top].name);
    else MD_HINT(m, "say whose is not: 'relation %s of ROLE is nobody' (or the role they answer to), for the most senior %s",
                 rel->name, md_role_name(m, of));
}

void md__renames(md_model *m)
{
    const ast_decl **renamed = fail_calloc(m->nroles + m->nterms + 1, sizeof *renamed);
    if (!renamed) { dg_oom(m->dg); return; }
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (const ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_RENAME) continue;
            const ast_rename *rn = &d->u.rename;
            int role = md_find_role(m, rn->target.s), term = -1;
            if (role < 0) term = md_find_term(m, rn->target.s, MT_THING);
            if (role < 0 && term < 0) term = md_find_term(m, rn->target.s, MT_PROCEDURE);
            if (role < 0 && term < 0) term = md_find_term(m, rn->target.s, MT_ACTION);
            if (role < 0 && term < 0) { mrl_unknown_target(m, rn->target); continue; }
            if (rn->display) {
                mrl_rename(m, rn, role, term, renamed);
                if (role >= 0) renamed[role] = d;
                else renamed[m->nroles + (size_t)term] = d;
            }
            for (const ast_namelist *a = rn->aliases; a; a = a->next) mrl_alias(m, role, term, a->name);
            if (rn->parents) mrl_parents(m, rn, role);
        }
    }
    free(renamed);
}

/* ---- relations of the people in a case -------------------------------------------- */

int md_find_rel(const md_model *m, const char *name)
{
    if (!name) return -1;
    for (size_t i = 0; i < m->nrels; i++)
        if (m->rels[i].name == name) return (int)i;
    size_t n = strlen(name);
    if (n > 2 && name[n - 1] == 's') {   /* "line-managers" */
        for (size_t i = 0; i < m->nrels; i++)
            if (strlen(m->rels[i].name) == n - 1 && strncmp(m->rels[i].name, name, n - 1) == 0) return (int)i;
    }
    return -1;
}

int md_lookup_rel(const md_model *m, const char *text)
{
    for (size_t i = 0; i < m->nrels; i++)
        if (strcasecmp(m->rels[i].name, text) == 0 || strcasecmp(m->rels[i].display, text) == 0) return (int)i;
    return -1;
}

const md_relcase *md_rel_case(const md_model *m, int r, int role)
{
    if (r < 0 || (size_t)r >= m->nrels || role < 0) return NULL;
    const md_rel *rel = &m->rels[r];
    const md_role *x = &m->roles[role];
    /* the role's ancestors run from itself upwards: the first that a case is
     * for is the most specific */
    for (size_t a = 0; a < x->nancestors; a++)
        for (size_t k = rel->ncases; k-- > 0;)
            if (rel->cases[k].of == x->ancestors[a]) return &rel->cases[k];
    return NULL;
}

/* The role a relation line names ("nobody": -1, *ok stays true). */
static int mrl_role_or_nobody(md_model *m, ast_name n, bool *ok)
{
    if (n.s && (strcmp(n.s, "nobody") == 0 || strcmp(n.s, "none") == 0 || strcmp(n.s, "noone") == 0)) return -1;
    int r = md__role_ref(m, n);
    if (r < 0) *ok = false;
    return r;
}

static md_rel *mrl_new(md_model *m, const ast_rel *ar_, size_t *cap)
{
    md_rel r;
    memset(&r, 0, sizeof r);
    r.name = ar_->name.s;
    r.at = ar_->name.at;
    if (ar_->display) r.display = ar_->display;
    else {
        char *d = ar_strndup(m->ar, r.name, strlen(r.name));
        for (char *p = d; p && *p; p++)
            if (*p == '-') *p = ' ';
        r.display = d ? d : r.name;
    }
    size_t before = m->nrels;
    if (!md__sym_put(m, r.name, SYM_REL, (int)before, r.at)) return NULL;
    MD_PUSH(m, m->rels, m->nrels, *cap, r);
    return m->nrels > before ? &m->rels[before] : NULL;
}

static void mrl_case(md_model *m, md_rel *rel, const ast_rel *ar_)
{
    bool ok = true;
    md_relcase c = { mrl_role_or_nobody(m, ar_->of, &ok), mrl_role_or_nobody(m, ar_->is, &ok), ar_->clause, ar_->of.at };
    if (!ok) return;
    if (c.of < 0) {
        MD_ERR(m, "bad-relation", ar_->of.at, "a relation is of someone: 'of nobody' relates no one");
        MD_HINT(m, "write 'relation %s of Officer is Officer', or 'of ROLE is nobody' for those who have none", rel->name);
        return;
    }
    for (size_t k = 0; k < rel->ncases; k++) {
        if (rel->cases[k].of != c.of) continue;
        MD_ERR(m, "duplicate", ar_->of.at, "the %s of %s is already given on line %d", md_rel_noun(m, m->ar, (int)(rel - m->rels)),
               md_role_name(m, c.of), mrl_line(m, rel->cases[k].at));
        return;
    }
    md_relcase *grown = ar_grow(m->ar, rel->cases, rel->ncases, rel->ncases + 1, sizeof *grown);
    if (!grown) { dg_oom(m->dg); return; }
    rel->cases = grown;
    grown[rel->ncases++] = c;
}

void md__rels(md_model *m)
{
    size_t cap = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (const ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_REL) continue;
            const ast_rel *ar_ = &d->u.rel;
            int r = md_find_rel(m, ar_->name.s);
            md_rel *rel = r >= 0 && m->rels[r].name == ar_->name.s ? &m->rels[r] : NULL;
            if (rel && ar_->display) {
                MD_ERR(m, "duplicate", ar_->display_at, "relation '%s' is already declared on line %d", rel->name,
                       mrl_line(m, rel->at));
                MD_HINT(m, "an exception names no display: 'relation %s of ManagingDirector is Leader'", rel->name);
                continue;
            }
            if (!rel) rel = mrl_new(m, ar_, &cap);
            if (rel) mrl_case(m, rel, ar_);
        }
    }
}

/* "line-manager manages Officer": called by md_relations for a subject that
 * names a relation.  The target must be what the relation is of. */
void md__rel_manages(md_model *m, int r, const ast_decl *d, const ast_namelist *target)
{
    md_rel *rel = &m->rels[r];
    int t = md__role_ref(m, target->name);
    if (t < 0) return;
    if (d->u.relation.appoints) {
        MD_ERR(m, "bad-relation", d->at, "a relation can manage, but 'appoints' is for roles");
        MD_HINT(m, "write 'Council appoints Clerk'");
        return;
    }
    rel->manages = true;
    rel->manages_clause = d->u.relation.clause;
    rel->manages_at = target->name.at;
}

/* After the role hierarchy is known: exceptions must be for kinds of the
 * declared `of` role; a chain of "managers" needs a top. */
void md__rel_checks(md_model *m)
{
    for (size_t r = 0; r < m->nrels; r++) {
        md_rel *rel = &m->rels[r];
        if (!rel->ncases) continue;
        const md_relcase *base = &rel->cases[0];
        bool top = false;
        for (size_t k = 1; k < rel->ncases; k++) {
            const md_relcase *c = &rel->cases[k];
            if (!md_is_a(m, c->of, base->of)) {
                MD_ERR(m, "bad-relation", c->at, "'%s' is not a kind of %s, so this line is no exception to line %d",
                       m->roles[c->of].name, m->roles[base->of].name, mrl_line(m, base->at));
                MD_HINT(m, "an exception is for a kind of %s, like the most senior of them", m->roles[base->of].name);
            }
            if (c->is < 0 || !md_is_a(m, c->is, base->of)) top = true;
        }
        if (base->is >= 0 && md_is_a(m, base->is, base->of) && !top) {
            MD_WARN(m, "relation-no-top", base->at, "this gives every %s a %s who is %s too, the most senior included",
                    md_role_name(m, base->of), md_rel_noun(m, m->ar, (int)r), tx_some(m, m->ar, md_role_name(m, base->of)));
            mrl_top_hint(m, rel, base->of);
        }
    }
}

/* ---- seniority ------------------------------------------------------------------- */

enum { MRL_MAX_RANKED = 1000 };

static void mrl_rank_add(md_model *m, int above, int below, const char *clause, loc at, size_t *cap)
{
    if (above == below) {
        MD_ERR(m, "seniority-cycle", at, "'%s' cannot rank above itself", m->roles[above].name);
        return;
    }
    md_rank e = { above, below, clause, at };
    MD_PUSH(m, m->ranks, m->nranks, *cap, e);
}

static void mrl_rank_line(md_model *m, const ast_decl *d, size_t *cap)
{
    for (const ast_tier *t = d->u.seniority.tiers; t && t->next; t = t->next)
        for (const ast_namelist *a = t->roles; a; a = a->next) {
            int ra = md_find_role(m, a->name.s);
            if (ra < 0) continue;   /* reported below, once */
            for (const ast_namelist *b = t->next->roles; b; b = b->next) {
                int rb = md_find_role(m, b->name.s);
                if (rb >= 0) mrl_rank_add(m, ra, rb, d->u.seniority.clause, loc_span(a->name.at, b->name.at), cap);
            }
        }
    for (const ast_tier *t = d->u.seniority.tiers; t; t = t->next)
        for (const ast_namelist *a = t->roles; a; a = a->next) md__role_ref(m, a->name);
    if (d->u.seniority.tiers && !d->u.seniority.tiers->next) {
        MD_ERR(m, "syntax", d->at, "an order needs two ranks at least");
        MD_HINT(m, "write 'seniority Clerk above DeputyClerk above Officer', most senior first");
    }
}

/* The transitive order: Warshall's, over the roles the order places. */
static bool mrl_close(md_model *m)
{
    size_t k = m->nranked;
    m->above = fail_calloc(k * k + 1, 1);
    if (!m->above) { dg_oom(m->dg); return false; }
    for (size_t e = 0; e < m->nranks; e++)
        m->above[(size_t)m->rank_of[m->ranks[e].above] * k + (size_t)m->rank_of[m->ranks[e].below]] = 1;
    for (size_t x = 0; x < k; x++)
        for (size_t i = 0; i < k; i++) {
            if (!m->above[i * k + x]) continue;
            for (size_t j = 0; j < k; j++) m->above[i * k + j] |= m->above[x * k + j];
        }
    return true;
}

static void mrl_cycles(md_model *m)
{
    size_t k = m->nranked;
    for (size_t e = 0; e < m->nranks; e++) {
        size_t i = (size_t)m->rank_of[m->ranks[e].above];
        if (!m->above[i * k + i]) continue;
        MD_ERR(m, "seniority-cycle", m->ranks[e].at, "the seniority order goes round in a circle: '%s' ranks above itself",
               m->roles[m->ranks[e].above].name);
        MD_HINT(m, "each line lists roles from the most senior down; one of these lines has two the wrong way round");
        return;
    }
}

void md__seniority(md_model *m)
{
    size_t cap = 0;
    for (size_t u = 0; u < m->ld->nunits; u++)
        for (const ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next)
            if (d->kind == D_SENIORITY) mrl_rank_line(m, d, &cap);
    if (!m->nranks) return;
    m->rank_of = fail_malloc((m->nroles + 1) * sizeof *m->rank_of);
    m->ranked = ar_alloc(m->ar, (2 * m->nranks + 1) * sizeof *m->ranked);
    if (!m->rank_of || !m->ranked) { dg_oom(m->dg); free(m->rank_of); m->rank_of = NULL; return; }
    for (size_t r = 0; r < m->nroles; r++) m->rank_of[r] = -1;
    for (size_t e = 0; e < m->nranks; e++) {
        int ends[2] = { m->ranks[e].above, m->ranks[e].below };
        for (int i = 0; i < 2; i++) {
            if (m->rank_of[ends[i]] >= 0) continue;
            m->rank_of[ends[i]] = (int)m->nranked;
            m->ranked[m->nranked++] = ends[i];
        }
    }
    if (m->nranked > MRL_MAX_RANKED) {
        MD_ERR(m, "too-many", m->ranks[0].at, "the seniority order places more than %d roles", MRL_MAX_RANKED);
        free(m->rank_of);
        m->rank_of = NULL;
        return;
    }
    if (mrl_close(m)) mrl_cycles(m);
}

int md_rank_role(const md_model *m, int role)
{
    if (!m->rank_of || role < 0) return -1;
    const md_role *x = &m->roles[role];
    for (size_t a = 0; a < x->nancestors; a++)
        if (m->rank_of[x->ancestors[a]] >= 0) return x->ancestors[a];
    return -1;
}

md_rankcmp md_rank_cmp(const md_model *m, int a, int b, int via[2])
{
    int ra = md_rank_role(m, a), rb = md_rank_role(m, b);
    if (via) { via[0] = ra; via[1] = rb; }
    if (ra < 0 || rb < 0 || !m->above) return MD_UNRANKED;
    if (ra == rb) return MD_LEVEL;
    size_t k = m->nranked, i = (size_t)m->rank_of[ra], j = (size_t)m->rank_of[rb];
    bool up = m->above[i * k + j], down = m->above[j * k + i];
    if (up && !down) return MD_ABOVE;
    if (down && !up) return MD_BELOW;
    return MD_UNRANKED;
}

const char *md_rank_clause(const md_model *m, int a, int b)
{
    for (size_t e = 0; e < m->nranks; e++)
        if (m->ranks[e].above == a && m->ranks[e].below == b) return m->ranks[e].clause;
    return NULL;
}

/* ---- deeds that count as others ---------------------------------------------------- */

/* "respond to enquiry": an action and, optionally, a thing. */
static bool mrl_deed(md_model *m, const ast_act *a, md_act *out)
{
    memset(out, 0, sizeof *out);
    out->object = out->counterpart = -1;
    out->rel_role = -1;
    out->at = a->at;
    size_t used;
    out->action = md__phrase_of(m, a->verb.s, a->words, &used);   /* "carry out request" */
    if (out->action < 0) out->action = md__term_ref(m, a->verb, MT_ACTION, "an action");
    bool ok = out->action >= 0;
    for (const ast_word *w = md__words_after(a->words, used); w; w = w->next) {
        if (w->kind == W_KEYWORD) { out->object_prep = md_prep_of(w->text); continue; }
        if (w->kind == W_IDENT && md__is_article(w->text)) continue;
        int t = w->kind == W_IDENT ? md_find_term(m, w->text, MT_THING) : -1;
        if (t >= 0 && out->object < 0) { out->object = t; continue; }
        MD_ERR(m, "bad-counts", w->at, "a deed here is an action and a thing, like 'respond to enquiry'");
        MD_HINT(m, "write '[10.2] respond to enquiry counts as acknowledge enquiry'");
        ok = false;
        break;
    }
    return ok;
}

void md__counts(md_model *m)
{
    size_t cap = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (const ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_COUNTS) continue;
            md_counts c;
            memset(&c, 0, sizeof c);
            c.clause = d->u.counts.clause;
            c.at = d->at;
            bool ok = mrl_deed(m, d->u.counts.deed, &c.deed);
            ok = mrl_deed(m, d->u.counts.as, &c.as) && ok;
            if (!ok) continue;
            if (c.deed.action == c.as.action && c.deed.object == c.as.object) {
                MD_ERR(m, "bad-counts", d->at, "a deed cannot count as itself");
                MD_HINT(m, "name the other duty it discharges: 'respond to enquiry counts as acknowledge enquiry'");
                continue;
            }
            MD_PUSH(m, m->counts, m->ncounts, cap, c);
        }
    }
}

/* ---- people bound by a relation ------------------------------------------------------ */

static int mrl_person(const md_person *people, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(people[i].name, name) == 0) return (int)i;
    return -1;
}

int md__rel_ref(md_model *m, ast_name n)
{
    int r = md_find_rel(m, n.s);
    if (r >= 0) return r;
    MD_ERR(m, "unknown-relation", n.at, "unknown relation '%s'", n.s);
    sg_best b;
    sg_begin(&b, n.s);
    for (size_t i = 0; i < m->nrels; i++) sg_offer(&b, m->rels[i].name);
    if (sg_result(&b)) MD_HINT(m, "did you mean '%s'?", sg_result(&b));
    else MD_HINT(m, "declare it with whose it is and who: 'relation %s of Officer is Officer'", n.s);
    return -1;
}

/* One binding: the names as written, against the people given. */
static bool mrl_relfact(md_model *m, const md_person *people, size_t np, ast_name holder, ast_name rel, ast_name of,
                        md_relfact *out)
{
    out->rel = md__rel_ref(m, rel);
    out->holder = mrl_person(people, np, holder.s);
    out->of = mrl_person(people, np, of.s);
    ast_name who[2] = { holder, of };
    int idx[2] = { out->holder, out->of };
    for (int i = 0; i < 2; i++) {
        if (idx[i] >= 0) continue;
        MD_ERR(m, "unknown-person", who[i].at, "unknown person '%s'", who[i].s);
        MD_HINT(m, "declare people first: 'person %s is Officer'", who[i].s);
    }
    if (out->rel < 0 || out->holder < 0 || out->of < 0) return false;
    if (out->holder == out->of) {
        MD_ERR(m, "bad-relation", holder.at, "%s cannot be their own %s", holder.s, md_rel_noun(m, m->ar, out->rel));
        return false;
    }
    if (out->from != INT32_MIN && out->until != INT32_MAX && out->until < out->from) {
        MD_ERR(m, "bad-range", holder.at, "this relation ends before it begins");
        return false;
    }
    return true;
}

void md__relfacts(md_model *m)
{
    size_t cap = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (const ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_RELFACT) continue;
            const ast_relfact *f = &d->u.relfact;
            md_relfact rf = { -1, -1, -1, f->from, f->until, f->at };
            if (mrl_relfact(m, m->people, m->npeople, f->holder, f->rel, f->of, &rf))
                MD_PUSH(m, m->relfacts, m->nrelfacts, cap, rf);
        }
    }
}

static bool mrl_word(const ast_word *w, const char *text)
{
    return w && (w->kind == W_IDENT || w->kind == W_KEYWORD) && strcmp(w->text, text) == 0;
}

/* "[from DATE] [until DATE]" at the end of a binding. */
static bool mrl_span(md_model *m, const ast_word *w, md_relfact *f)
{
    for (; w; w = w->next) {
        if ((mrl_word(w, "from") || mrl_word(w, "until")) && w->next && w->next->kind == W_DATE) {
            if (w->text[0] == 'f') f->from = w->next->day;
            else f->until = w->next->day;
            w = w->next;
            continue;
        }
        MD_ERR(m, "bad-scenario", w->at, "unexpected words after the relation");
        MD_HINT(m, "write 'carol is line-manager of bob from 2025-01-01 until 2025-12-31'");
        return false;
    }
    return true;
}

bool md__relfact_words(md_model *m, md_scenario *s, const ast_meta *k, size_t *cap)
{
    const ast_word *w = k->args;
    if (!mrl_word(w, "is") || !w->next || w->next->kind != W_IDENT || !mrl_word(w->next->next, "of")) return false;
    const ast_word *rel = w->next, *of = w->next->next->next;
    if (!of || of->kind != W_IDENT) {
        MD_ERR(m, "bad-scenario", of ? of->at : k->at, "whose %s?", rel->text);
        MD_HINT(m, "write '%s is %s of bob'", k->key.s, rel->text);
        return true;
    }
    md_relfact rf = { -1, -1, -1, INT32_MIN, INT32_MAX, k->at };
    ast_name rn = { rel->text, rel->at }, on = { of->text, of->at };
    if (!mrl_span(m, of->next, &rf)) return true;
    if (mrl_relfact(m, s->people, s->npeople, k->key, rn, on, &rf))
        MD_PUSH(m, s->relfacts, s->nrelfacts, *cap, rf);
    return true;
}

/* ---- text ------------------------------------------------------------------------------ */

const char *md_kinds_text(const md_model *m, arena *ar)
{
    const char *s = NULL;
    for (size_t i = 0; i < m->nterms; i++) {
        if (!m->terms[i].is_kind) continue;
        s = s ? ar_printf(ar, "%s, %s", s, m->terms[i].name) : m->terms[i].name;
    }
    return s;
}
