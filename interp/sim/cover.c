/* cover — the clauses of a protocol and what its scenarios exercise; see cover.h. */
#include "cover.h"
#include "answer.h"
#include "fail.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What first cites a clause, for its plain-English text. */
typedef enum { CI_RULE, CI_ROUTE, CI_STEP, CI_REVIEW } cov_item;

/* While a model runs: where each rule, route and step counts, and which
 * rules opened a duty in the scenario running. */
struct cov_run {
    const md_model *m;
    uint32_t file;               /* the protocol's file */
    int *of_norm;                /* per rule: its clause, or -1 */
    int *of_route;               /* per route */
    int **of_step;               /* per route, per step */
    int review;                  /* the review cycle's clause, or -1 */
    /* per clause, while the table is built: where it is first cited and by what */
    loc *first;
    cov_item *first_kind;
    int *first_index, *first_step;
    size_t capfirst;
    /* the scenario running */
    unsigned char *opened;       /* per rule: a duty opened in this scenario */
    int *touched;                /* the rules whose flag is set */
    size_t ntouched;
    const char *scen, *scen_file;   /* as the caller has them */
    const char *scen_copy, *file_copy;   /* in the table's arena, once the scenario exercises something */
    int scen_line;
};

static uint64_t cov_hash(const char *s, unsigned probe)
{
    uint64_t h = 1469598103934665603u;   /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
    h += (uint64_t)probe * 0x9E3779B97F4A7C15u;
    return h == HM_EMPTY ? h - 1 : h;
}

static int cov_index(const cov_table *t, const char *label)
{
    uint32_t k;
    for (unsigned p = 0; hm_get(&t->by_label, cov_hash(label, p), &k); p++)
        if (strcmp(t->v[k].label, label) == 0) return (int)k;
    return -1;
}

static bool cov_put_index(cov_table *t, const char *label, uint32_t k)
{
    uint32_t old;
    unsigned p = 0;
    while (hm_get(&t->by_label, cov_hash(label, p), &old)) p++;
    return hm_put(&t->by_label, cov_hash(label, p), k);
}

const cov_clause *cov_find(const cov_table *t, const char *label)
{
    int k = label ? cov_index(t, label) : -1;
    return k >= 0 ? &t->v[k] : NULL;
}

/* A new untouched clause (a copy of the label); its index, or -1. */
static int cov_push(cov_table *t, const char *label)
{
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 32;
        cov_clause *v = fail_realloc(t->v, cap * sizeof *v);
        if (!v) { t->failed = true; return -1; }
        t->v = v;
        t->cap = cap;
    }
    cov_clause *c = &t->v[t->n];
    memset(c, 0, sizeof *c);
    c->label = ar_strndup(&t->ar, label, strlen(label));
    if (!c->label || !cov_put_index(t, label, (uint32_t)t->n)) { t->failed = true; return -1; }
    return (int)t->n++;
}

/* ---- building: the clauses of the protocol's file ------------------------------------------ */

static bool cov_grow_first(cov_table *t, cov_run *r)
{
    if (t->n < r->capfirst) return true;
    size_t cap = r->capfirst ? r->capfirst * 2 : 32;
    loc *a = fail_realloc(r->first, cap * sizeof *a);
    if (a) r->first = a;
    cov_item *b = a ? fail_realloc(r->first_kind, cap * sizeof *b) : NULL;
    if (b) r->first_kind = b;
    int *c = b ? fail_realloc(r->first_index, cap * sizeof *c) : NULL;
    if (c) r->first_index = c;
    int *d = c ? fail_realloc(r->first_step, cap * sizeof *d) : NULL;
    if (d) r->first_step = d;
    if (!d) { t->failed = true; return false; }
    r->capfirst = cap;
    return true;
}

/* Counts an item citing `label` at `at`; the clause's index, or -1 when the
 * item is not of the protocol's file. */
static int cov_cite(cov_table *t, const char *label, loc at, cov_item kind, int index, int step)
{
    cov_run *r = t->run;
    if (!label || at.file != r->file || !cov_grow_first(t, r)) return -1;
    int k = cov_index(t, label);
    bool first = k < 0;
    if (first && (k = cov_push(t, label)) < 0) return -1;
    cov_clause *c = &t->v[k];
    if (kind == CI_RULE) c->rules++;
    else if (kind == CI_REVIEW) c->review = true;
    else c->steps++;
    if (first || at.start < r->first[k].start) {
        r->first[k] = at;
        r->first_kind[k] = kind;
        r->first_index[k] = index;
        r->first_step[k] = step;
    }
    return k;
}

static loc cov_norm_at(const md_norm *n) { return n->x->cited ? n->x->cited_at : n->at; }

static bool cov_collect(cov_table *t)
{
    cov_run *r = t->run;
    const md_model *m = r->m;
    r->of_norm = fail_malloc((m->nnorms ? m->nnorms : 1) * sizeof *r->of_norm);
    r->of_route = fail_malloc((m->nroutes ? m->nroutes : 1) * sizeof *r->of_route);
    r->of_step = fail_calloc(m->nroutes ? m->nroutes : 1, sizeof *r->of_step);
    r->opened = fail_calloc(m->nnorms ? m->nnorms : 1, 1);
    r->touched = fail_malloc((m->nnorms ? m->nnorms : 1) * sizeof *r->touched);
    if (!r->of_norm || !r->of_route || !r->of_step || !r->opened || !r->touched) return false;
    for (size_t i = 0; i < m->nnorms; i++)
        r->of_norm[i] = cov_cite(t, md_norm_clause(&m->norms[i]), cov_norm_at(&m->norms[i]), CI_RULE, (int)i, -1);
    for (size_t i = 0; i < m->nroutes; i++) {
        const md_route *rt = &m->routes[i];
        r->of_route[i] = cov_cite(t, rt->clause, rt->at, CI_ROUTE, (int)i, -1);
        if (!(r->of_step[i] = fail_malloc((rt->nsteps ? rt->nsteps : 1) * sizeof *r->of_step[i]))) return false;
        for (size_t s = 0; s < rt->nsteps; s++)
            r->of_step[i][s] = cov_cite(t, rt->steps[s].clause, rt->steps[s].at, CI_STEP, (int)i, (int)s);
    }
    r->review = cov_cite(t, m->meta.review_clause, m->meta.review_at, CI_REVIEW, -1, -1);
    return !t->failed;
}

/* ---- building: texts, lines, the order of the file ------------------------------------------ */

/* "complaint by Member about Officer" */
static const char *cov_route_name(const md_model *m, arena *ar, const md_route *rt)
{
    const char *s = md_term_name(m, rt->kind);
    if (rt->by >= 0) s = ar_printf(ar, "%s by %s", s, md_role_name(m, rt->by));
    if (rt->about >= 0) s = ar_printf(ar, "%s about %s", s, md_role_name(m, rt->about));
    return s;
}

static const char *cov_step_text(const md_model *m, arena *ar, const md_route *rt, size_t i)
{
    const md_step *st = &rt->steps[i];
    const char *s = ar_printf(ar, "step %zu of the route for a %s: %s", i + 1, cov_route_name(m, ar, rt),
                              tx_handler(m, ar, rt, st));
    if (st->cond) s = ar_printf(ar, "%s, %s", s, tx_cond(m, ar, st->cond));
    if (st->within.kind != DUR_NONE) s = ar_printf(ar, "%s, %s", s, tx_within(m, ar, &st->within));
    return s;
}

/* The plain English of what first cites clause k, "(and N more)" for the rest. */
static void cov_text(cov_table *t, size_t k)
{
    const cov_run *r = t->run;
    const md_model *m = r->m;
    cov_clause *c = &t->v[k];
    const char *s;
    switch (r->first_kind[k]) {
    case CI_RULE: s = tx_norm(m, &t->ar, &m->norms[r->first_index[k]]); break;
    case CI_ROUTE: s = ar_printf(&t->ar, "the route for a %s", cov_route_name(m, &t->ar, &m->routes[r->first_index[k]])); break;
    case CI_STEP: s = cov_step_text(m, &t->ar, &m->routes[r->first_index[k]], (size_t)r->first_step[k]); break;
    default:
        s = ar_printf(&t->ar, "the protocol is reviewed %s", m->meta.review_text ? m->meta.review_text : "as it says");
        break;
    }
    size_t more = c->rules + c->steps + c->review - 1;
    if (s && more) s = ar_printf(&t->ar, "%s (and %zu more)", s, more);
    c->text = s ? s : "";
    if (!s) t->failed = true;
    int col;
    src_linecol(&m->ld->src, r->first[k].file, r->first[k].start, &c->line, &col);
}

static int cov_by_line(const void *a, const void *b)
{
    const cov_clause *x = a, *y = b;
    if (x->line != y->line) return x->line < y->line ? -1 : 1;
    return strcmp(x->label, y->label);
}

static void cov_reindex(const cov_table *t, int *v, size_t n, const char *(*label)(const md_model *, size_t, size_t),
                        size_t route)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] >= 0) v[i] = cov_index(t, label(t->run->m, route, i));
}

static const char *cov_norm_label(const md_model *m, size_t unused, size_t i) { return md_norm_clause(&m->norms[i]); }
static const char *cov_route_label(const md_model *m, size_t unused, size_t i) { return m->routes[i].clause; }
static const char *cov_step_label(const md_model *m, size_t route, size_t i) { return m->routes[route].steps[i].clause; }

/* The clauses in the order of their lines; every index follows them. */
static bool cov_order(cov_table *t)
{
    cov_run *r = t->run;
    const md_model *m = r->m;
    if (t->n > 1) qsort(t->v, t->n, sizeof *t->v, cov_by_line);   /* none: v is NULL, which qsort may not take */
    hm_free(&t->by_label);
    hm_init(&t->by_label);
    for (size_t i = 0; i < t->n; i++)
        if (!cov_put_index(t, t->v[i].label, (uint32_t)i)) { t->failed = true; return false; }
    cov_reindex(t, r->of_norm, m->nnorms, cov_norm_label, 0);
    cov_reindex(t, r->of_route, m->nroutes, cov_route_label, 0);
    for (size_t i = 0; i < m->nroutes; i++) cov_reindex(t, r->of_step[i], m->routes[i].nsteps, cov_step_label, i);
    if (r->review >= 0) r->review = cov_index(t, m->meta.review_clause);
    return true;
}

/* The protocol's file: the one with the protocol block, else the root. */
static uint32_t cov_file(const md_model *m)
{
    if (m->meta.present && m->meta.at.file) return m->meta.at.file;
    for (size_t u = 0; u < m->ld->nunits; u++)
        if (m->ld->units[u].root) return m->ld->units[u].file;
    return 0;
}

static const char *cov_key(const md_model *m, uint32_t file)
{
    for (size_t u = 0; u < m->ld->nunits; u++)
        if (m->ld->units[u].file == file && m->ld->units[u].key) return m->ld->units[u].key;
    const src_file *f = src_get(&m->ld->src, file);
    return f && f->path ? f->path : "";
}

bool cov_begin(cov_table *t, const md_model *m)
{
    memset(t, 0, sizeof *t);
    ar_init(&t->ar);
    hm_init(&t->by_label);
    if (!(t->run = fail_calloc(1, sizeof *t->run))) { t->failed = true; return false; }
    t->run->m = m;
    t->run->file = cov_file(m);
    t->run->review = -1;
    const src_file *f = src_get(&m->ld->src, t->run->file);
    const char *path = f && f->path ? f->path : "", *key = cov_key(m, t->run->file);
    t->protocol = ar_strndup(&t->ar, path, strlen(path));
    t->key = ar_strndup(&t->ar, key, strlen(key));
    if (!t->protocol || !t->key || !cov_collect(t)) { t->failed = true; return false; }
    for (size_t k = 0; k < t->n; k++) cov_text(t, k);
    return cov_order(t) && !t->failed && !t->ar.failed;
}

/* ---- running ---------------------------------------------------------------------------------- */

void cov_scenario(cov_table *t, const md_scenario *s, const char *file, int line)
{
    cov_run *r = t->run;
    if (!r) return;
    for (size_t i = 0; i < r->ntouched; i++) r->opened[r->touched[i]] = 0;
    r->ntouched = 0;
    r->scen = s->name;
    r->scen_file = file;
    r->scen_line = line;
    r->scen_copy = r->file_copy = NULL;
}

static void cov_mark(cov_table *t, int k, cov_how how)
{
    cov_run *r = t->run;
    if (k < 0 || (size_t)k >= t->n || t->v[k].how != COV_UNTOUCHED) return;
    if (!r->scen_copy) {
        r->scen_copy = ar_strndup(&t->ar, r->scen ? r->scen : "", r->scen ? strlen(r->scen) : 0);
        r->file_copy = ar_strndup(&t->ar, r->scen_file ? r->scen_file : "", r->scen_file ? strlen(r->scen_file) : 0);
        if (!r->scen_copy || !r->file_copy) { t->failed = true; return; }
    }
    cov_clause *c = &t->v[k];
    c->how = how;
    c->scenario = r->scen_copy;
    c->scen_file = r->file_copy;
    c->scen_line = r->scen_line;
    t->exercised++;
}

static void cov_opened(cov_run *r, int norm)
{
    if (norm < 0 || (size_t)norm >= r->m->nnorms || r->opened[norm]) return;
    r->opened[norm] = 1;
    r->touched[r->ntouched++] = norm;
}

/* An expectation met about a clause while a duty of it is open (or was, for a due date). */
static void cov_checked(cov_table *t, const md_expect *x)
{
    const md_model *m = t->run->m;
    if (!x->clause) return;
    for (int e = md_clause_first(m, x->clause); e >= 0; e = md_clause_next(m, e)) {
        int n = md_clause_norm(m, e);
        if (t->run->opened[n]) cov_mark(t, t->run->of_norm[n], COV_CHECKED);
    }
}

static void cov_asked_one(void *ctx, const char *clause)
{
    cov_table *t = ctx;
    cov_mark(t, cov_index(t, clause), COV_ASKED);
}

/* A question answered: the clause of every rule that decides it, not only
 * the one the answer cites first (two clauses that say the same thing
 * answer it alike: q_can_deciders). */
static void cov_asked(cov_table *t, const md_expect *x)
{
    if (q_can_deciders(t->run->m, x->question, cov_asked_one, t) < 0) t->failed = true;
}

static void cov_expectation(cov_table *t, const sim_entry *e)
{
    const md_expect *x = e->check.x;
    if (!x) return;
    switch (x->kind) {
    case EX_STATE:
        if (x->state == OB_OPEN && e->check.met) cov_checked(t, x);
        break;
    case EX_DUE:
        if (e->check.met) cov_checked(t, x);
        break;
    case EX_VERDICT:
        if (e->check.answered && e->check.verdict_clause) cov_asked(t, x);
        break;
    case EX_REVIEW_OVERDUE: case EX_REVIEW_NOT_OVERDUE: case EX_REVIEW_DUE:
        cov_mark(t, t->run->review, COV_REVIEW);
        break;
    default: break;
    }
}

static int cov_norm_clause(const cov_run *r, int norm)
{
    return norm >= 0 && (size_t)norm < r->m->nnorms ? r->of_norm[norm] : -1;
}

static void cov_step(cov_table *t, const sim_entry *e)
{
    const cov_run *r = t->run;
    int route = e->c.route, step = e->c.step;
    if (route < 0 || (size_t)route >= r->m->nroutes) return;
    cov_mark(t, r->of_route[route], COV_STEP);
    if (step >= 0 && (size_t)step < r->m->routes[route].nsteps) cov_mark(t, r->of_step[route][step], COV_STEP);
}

void cov_entry(cov_table *t, const sim_entry *e)
{
    cov_run *r = t->run;
    if (!r) return;
    switch (e->kind) {
    case SE_OPENED: cov_opened(r, e->duty.norm); break;
    case SE_FULFILLED: cov_mark(t, cov_norm_clause(r, e->duty.norm), COV_ENDED); break;
    case SE_BREACHED: case SE_DEPARTED:
        cov_mark(t, cov_norm_clause(r, e->duty.norm), e->what == SW_FORBIDDEN ? COV_BROKEN : COV_ENDED);
        break;
    case SE_FALLBACK:
        if (e->what == SW_FALLBACK_APPLIES) cov_mark(t, cov_norm_clause(r, e->duty.norm), COV_ENDED);
        break;
    case SE_ESCALATED:
        if (e->what == SW_CASE_TO) cov_step(t, e);
        break;
    case SE_EXPECTATION: cov_expectation(t, e); break;
    default: break;
    }
}

static void cov_run_free(cov_run *r)
{
    if (!r) return;
    for (size_t i = 0; r->of_step && i < r->m->nroutes; i++) free(r->of_step[i]);
    free(r->of_step);
    free(r->of_norm);
    free(r->of_route);
    free(r->first);
    free(r->first_kind);
    free(r->first_index);
    free(r->first_step);
    free(r->opened);
    free(r->touched);
    free(r);
}

void cov_end(cov_table *t)
{
    cov_run_free(t->run);
    t->run = NULL;
    if (t->ar.failed) t->failed = true;
}

void cov_free(cov_table *t)
{
    cov_end(t);
    free(t->v);
    hm_free(&t->by_label);
    ar_free(&t->ar);
    memset(t, 0, sizeof *t);
}

unsigned cov_percent(const cov_table *t)
{
    return t->n ? (unsigned)(t->exercised * 100 / t->n) : 100;
}

const char *cov_how_name(cov_how h)
{
    static const char *const names[] = { "untouched", "ended", "checked", "broken", "step", "asked", "review" };
    return (size_t)h < sizeof names / sizeof names[0] ? names[h] : "untouched";
}

/* ---- merging ------------------------------------------------------------------------------------ */

static const char *cov_copy(cov_table *t, const char *s)
{
    if (!s) return NULL;
    char *c = ar_strndup(&t->ar, s, strlen(s));
    if (!c) t->failed = true;
    return c;
}

/* from's clause c into `into`: added when new, its mark when `into` has none. */
static void cov_merge_one(cov_table *into, const cov_clause *c)
{
    int k = cov_index(into, c->label);
    if (k < 0) {
        if ((k = cov_push(into, c->label)) < 0) return;
        cov_clause *n = &into->v[k];
        const char *label = n->label;
        *n = *c;
        n->label = label;
        n->text = cov_copy(into, c->text);
        n->how = COV_UNTOUCHED;
    }
    cov_clause *d = &into->v[k];
    if (d->how != COV_UNTOUCHED || c->how == COV_UNTOUCHED) return;
    d->how = c->how;
    d->scenario = cov_copy(into, c->scenario);
    d->scen_file = cov_copy(into, c->scen_file);
    d->scen_line = c->scen_line;
    into->exercised++;
}

void cov_set_add(cov_set *s, cov_table *t)
{
    for (size_t i = 0; i < s->n; i++) {
        if (strcmp(s->v[i]->key, t->key) != 0) continue;
        for (size_t k = 0; k < t->n; k++) cov_merge_one(s->v[i], &t->v[k]);
        if (s->v[i]->failed || t->failed) s->failed = true;
        cov_free(t);
        free(t);
        return;
    }
    cov_table **v = fail_realloc(s->v, (s->n + 1) * sizeof *v);
    if (!v) {
        s->failed = true;
        cov_free(t);
        free(t);
        return;
    }
    s->v = v;
    s->v[s->n++] = t;
    if (t->failed) s->failed = true;
}

const cov_table *cov_set_find(const cov_set *s, const char *key)
{
    for (size_t i = 0; key && i < s->n; i++)
        if (strcmp(s->v[i]->key, key) == 0) return s->v[i];
    return NULL;
}

void cov_set_free(cov_set *s)
{
    for (size_t i = 0; i < s->n; i++) {
        cov_free(s->v[i]);
        free(s->v[i]);
    }
    free(s->v);
    memset(s, 0, sizeof *s);
}
