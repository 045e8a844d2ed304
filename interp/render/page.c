/* page — the questions a page asks, and the order of its clauses; see page.h. */
#include "page.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct pg_ctx {
    pg_page *p;
    const md_model *m;
    arena *ar;
    dg_sink *dg;
    int rc;
} pg_ctx;

static void *pg_alloc(pg_ctx *c, size_t n, size_t size)
{
    void *v = ar_alloc(c->ar, (n ? n : 1) * size);
    if (!v && !c->rc) {
        dg_oom(c->dg);
        c->rc = 1;
    }
    return v;
}

/* A question of form f, in the page's arena (an answer keeps a pointer to it). */
static q_question *pg_question(pg_ctx *c, q_form f, const char *text)
{
    q_question *q = pg_alloc(c, 1, sizeof *q);
    if (!q) return NULL;
    q->form = f;
    q->text = text;
    q->today = c->p->today;
    return q;
}

/* q answered into *a; false after the evaluator reported why. */
static bool pg_answer(pg_ctx *c, const q_question *q, q_answer *a)
{
    if (!q) return false;
    if (q_evaluate(c->m, q, c->ar, c->dg, a) == 0) return true;
    c->rc = 1;
    return false;
}

/* ---- the clauses, in the document's order -------------------------------------------- */

typedef struct pg_label {
    const char *label;
    loc at;                      /* where the file first cites it */
    size_t seq;                  /* its place in citation order */
    const char *section;         /* "Councillors" in "Councillors/5.1"; "" for none */
    const char *number;          /* "5.1": the rest, compared as numbers */
    size_t rank;                 /* its section's place in citation order */
} pg_label;

typedef struct pg_labels {
    pg_label *v;
    size_t n, cap;
    hmap seen;                   /* interned label -> index */
} pg_labels;

static void pg_cite(pg_ctx *c, pg_labels *l, const char *label, loc at)
{
    if (!label) return;
    const char *in = in_find(&c->m->ld->names, label, strlen(label));
    uint64_t key = hm_ptr(in ? in : label);
    uint32_t k;
    if (hm_get(&l->seen, key, &k)) {
        pg_label *o = &l->v[k];
        if (at.file < o->at.file || (at.file == o->at.file && at.start < o->at.start)) o->at = at;
        return;
    }
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        pg_label *v = ar_grow(c->ar, l->v, l->n, cap, sizeof *v);
        if (!v) { c->ar->failed = true; return; }
        l->v = v;
        l->cap = cap;
    }
    if (!hm_put(&l->seen, key, (uint32_t)l->n)) { c->ar->failed = true; return; }
    l->v[l->n++] = (pg_label){ .label = label, .at = at };
}

static loc pg_norm_at(const md_norm *n) { return n->x->cited ? n->x->cited_at : n->at; }

/* Every clause the model cites: rules, routes and their steps, definitions,
 * relations, the review cycle. */
static void pg_collect(pg_ctx *c, pg_labels *l)
{
    const md_model *m = c->m;
    for (size_t i = 0; i < m->nnorms; i++) pg_cite(c, l, md_norm_clause(&m->norms[i]), pg_norm_at(&m->norms[i]));
    for (size_t i = 0; i < m->nroutes; i++) {
        const md_route *r = &m->routes[i];
        pg_cite(c, l, r->clause, r->at);
        for (size_t s = 0; s < r->nsteps; s++) pg_cite(c, l, r->steps[s].clause, r->steps[s].at);
    }
    for (size_t i = 0; i < m->nroles; i++) {
        const md_role *r = &m->roles[i];
        pg_cite(c, l, r->clause, r->at);
        for (size_t k = 0; r->manages_cl && k < r->nmanages; k++) pg_cite(c, l, r->manages_cl[k], r->manages_at[k]);
        for (size_t k = 0; r->appoints_cl && k < r->nappoints; k++) pg_cite(c, l, r->appoints_cl[k], r->appoints_at[k]);
    }
    for (size_t i = 0; i < m->nterms; i++) pg_cite(c, l, m->terms[i].clause, m->terms[i].at);
    pg_cite(c, l, m->meta.review_clause, m->meta.review_at);
}

static int pg_by_at(const void *a, const void *b)
{
    const pg_label *x = a, *y = b;
    if (x->at.file != y->at.file) return x->at.file < y->at.file ? -1 : 1;
    if (x->at.start != y->at.start) return x->at.start < y->at.start ? -1 : 1;
    return strcmp(x->label, y->label);
}

static int pg_by_section(const void *a, const void *b)
{
    const pg_label *x = a, *y = b;
    int d = strcmp(x->section, y->section);
    return d ? d : x->seq < y->seq ? -1 : x->seq > y->seq;
}

static bool pg_digit(char ch) { return ch >= '0' && ch <= '9'; }

static int pg_by_order(const void *a, const void *b)
{
    const pg_label *x = a, *y = b;
    if (x->rank != y->rank) return x->rank < y->rank ? -1 : 1;
    int d = md_label_cmp(x->number, y->number);
    return d ? d : strcmp(x->label, y->label);
}

/* The section of a label: up to its last '/' that a number follows. */
static void pg_split(pg_ctx *c, pg_label *l)
{
    const char *slash = NULL;
    for (const char *s = l->label; *s && *s != ','; s++)
        if (*s == '/') slash = s;
    if (slash && pg_digit(slash[1])) {
        l->section = ar_strndup(c->ar, l->label, (size_t)(slash - l->label));
        l->number = slash + 1;
    } else {
        l->section = slash ? l->label : "";
        l->number = slash ? "" : l->label;
    }
    if (!l->section) l->section = "";
}

static void pg_order(pg_ctx *c, pg_labels *l)
{
    if (!l->n) return;
    qsort(l->v, l->n, sizeof *l->v, pg_by_at);
    for (size_t i = 0; i < l->n; i++) {
        l->v[i].seq = i;
        pg_split(c, &l->v[i]);
    }
    qsort(l->v, l->n, sizeof *l->v, pg_by_section);
    for (size_t i = 0; i < l->n; i++)
        l->v[i].rank = i && strcmp(l->v[i].section, l->v[i - 1].section) == 0 ? l->v[i - 1].rank : l->v[i].seq;
    qsort(l->v, l->n, sizeof *l->v, pg_by_order);
}

/* ---- anchors ----------------------------------------------------------------------- */

uint64_t pg_hash(const char *s)
{
    uint64_t h = 1469598103934665603u;   /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h == HM_EMPTY ? h - 1 : h;
}

/* "clause-8.1", "clause-councillors-5.1": letters, digits and dots kept,
 * the rest one hyphen; a second clause with the same anchor gets "-2".
 * ids holds the anchors given so far, by hash. */
static const char *pg_anchor(pg_ctx *c, const char *prefix, const char *label, hmap *ids)
{
    size_t k = strlen(prefix);
    char *id = ar_alloc(c->ar, k + strlen(label) + 24);
    if (!id) return "";
    memcpy(id, prefix, k);
    for (const char *s = label; *s; s++) {
        char ch = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;
        if ((ch >= 'a' && ch <= 'z') || pg_digit(ch) || ch == '.') id[k++] = ch;
        else if (id[k - 1] != '-') id[k++] = '-';
    }
    while (id[k - 1] == '-') k--;
    id[k] = '\0';
    uint32_t seen;
    for (unsigned n = 2; hm_get(ids, pg_hash(id), &seen); n++) snprintf(id + k, 24, "-%u", n);
    if (!hm_put(ids, pg_hash(id), 1)) c->ar->failed = true;
    return id;
}

/* ---- the clauses' answers -------------------------------------------------------------- */

/* Does a rule of the clause set a period (as `deadline` asks)? */
static bool pg_sets_period(const md_model *m, const char *clause)
{
    for (int e = md_clause_first(m, clause); e >= 0; e = md_clause_next(m, e))
        if (m->norms[md_clause_norm(m, e)].within.kind != DUR_NONE) return true;
    return false;
}

static void pg_clause_of(pg_ctx *c, const pg_label *l, pg_clause *o, hmap *ids, pg_cover_fn cover, void *ctx)
{
    o->label = l->label;
    o->id = pg_anchor(c, "clause-", l->label, ids);
    o->cover = cover ? cover(ctx, l->label) : PG_COVER_NONE;
    q_question *q = pg_question(c, QF_explain, ar_printf(c->ar, "explain %s", l->label));
    if (q) q->u.explain.clause = l->label;
    pg_answer(c, q, &o->explain);
    if (!pg_sets_period(c->m, l->label)) return;
    q = pg_question(c, QF_deadline, ar_printf(c->ar, "deadline %s", l->label));
    o->deadline = pg_alloc(c, 1, sizeof *o->deadline);
    if (!q || !o->deadline) return;
    q->u.deadline.clause = l->label;
    q->u.deadline.from = c->p->example;
    if (!pg_answer(c, q, o->deadline)) {
        o->deadline = NULL;
        return;
    }
    /* a worked example needs a fixed period; vague ones are explained with the clause */
    bool fixed = false;
    for (size_t i = 0; i < o->deadline->u.deadline.n; i++) fixed |= o->deadline->u.deadline.dues[i].fixed;
    if (fixed) c->p->ndeadlines++;
    else o->deadline = NULL;
}

static void pg_clauses(pg_ctx *c, pg_cover_fn cover, void *ctx)
{
    pg_labels l = { 0 };
    hmap ids;
    hm_init(&l.seen);
    hm_init(&ids);
    pg_collect(c, &l);
    pg_order(c, &l);
    pg_page *p = c->p;
    p->clauses = pg_alloc(c, l.n, sizeof *p->clauses);
    if (!hm_reserve(&p->by_label, l.n)) c->ar->failed = true;
    for (size_t i = 0; p->clauses && i < l.n && !c->rc; i++) {
        /* a label whose hash another has already is found by pg_find's search instead */
        uint32_t k;
        if (!hm_get(&p->by_label, pg_hash(l.v[i].label), &k)) hm_put(&p->by_label, pg_hash(l.v[i].label), (uint32_t)i);
        pg_clause_of(c, &l.v[i], &p->clauses[p->nclauses++], &ids, cover, ctx);
    }
    hm_free(&l.seen);
    hm_free(&ids);
}

/* ---- the day of the worked examples ------------------------------------------------------ */

/* The last working day before the first holiday after today, so that the
 * examples show which days a period does not count; today when the
 * calendar has no holiday within the year. */
static void pg_example_day(pg_ctx *c)
{
    pg_page *p = c->p;
    cal_calendar *cal = md_cal(c->m);
    p->example = p->today;
    for (dt_day d = p->today + 1; cal && d <= p->today + 400; d++) {
        const char *name = cal_holiday_name(cal, d);
        if (!name) continue;
        dt_day w = d - 1;
        while (w >= p->today && !cal_is_working(cal, w)) w--;
        if (w < p->today) continue;
        p->example = w;
        p->example_why = ar_printf(c->ar, "the last working day before %s", name);
        return;
    }
}

/* ---- routes -------------------------------------------------------------------------- */

/* Is o the answer's account of route r (and not of another the case chose)? */
static bool pg_route_is(const md_model *m, const md_route *r, const q_route_one *o, arena *ar)
{
    if (!o->found || o->route_clause != r->clause || o->nsteps != r->nsteps) return false;
    for (size_t i = 0; i < r->nsteps; i++)
        if (o->steps[i].clause != (r->steps[i].clause ? r->steps[i].clause : r->clause)) return false;
    const char *name = ar_printf(ar, "%s by %s about %s", m->terms[r->kind].name, r->by >= 0 ? m->roles[r->by].name : "anyone",
                                 r->about >= 0 ? m->roles[r->about].name : "anyone");
    return strcmp(name, o->route) == 0;
}

/* The route for the case raised by `by` about `about` (-1: anyone), when
 * it is r that takes it; NULL when another route does (or on failure). */
static const q_route_one *pg_case_of(pg_ctx *c, const md_route *r, int by, int about)
{
    const md_model *m = c->m;
    q_question *q = pg_question(c, QF_route, ar_printf(c->ar, "route %s by %s about %s", m->terms[r->kind].name,
                                                       by >= 0 ? m->roles[by].name : "anyone",
                                                       about >= 0 ? m->roles[about].name : "anyone"));
    q_answer *a = pg_alloc(c, 1, sizeof *a);
    if (!q || !a) return NULL;
    q->u.route.kind = r->kind;
    q->u.route.by = by;
    q->u.route.about = about;
    if (!pg_answer(c, q, a)) return NULL;
    for (size_t k = 0; k < a->u.route.n; k++)
        if (pg_route_is(m, r, &a->u.route.routes[k], c->ar)) return &a->u.route.routes[k];
    return NULL;
}

/* The route for its own case: raised by and about whom it says; when a
 * more specific route takes that case from an unnamed raiser, by the first
 * role whose case it is. */
static const q_route_one *pg_own(pg_ctx *c, const md_route *r, int *by)
{
    *by = r->by;
    const q_route_one *o = pg_case_of(c, r, r->by, r->about);
    for (size_t i = 0; !o && !c->rc && r->by < 0 && i < c->m->nroles; i++) {
        *by = (int)i;
        o = pg_case_of(c, r, (int)i, r->about);
    }
    return o;
}

/* Does the case go otherwise than the route's own: a step skipped, or taken by another handler? */
static bool pg_differs(const q_route_one *own, const q_route_one *o)
{
    for (size_t i = 0; i < own->nsteps; i++) {
        const q_step_a *a = &own->steps[i], *b = &o->steps[i];
        if (a->applies != b->applies || (a->applies && strcmp(a->handler_name, b->handler_name) != 0)) return true;
    }
    return false;
}

static void pg_add_case(pg_ctx *c, pg_route *pr, int by, int about)
{
    const q_route_one *o = pg_case_of(c, pr->r, by, about);
    if (!o || !pg_differs(pr->own, o)) return;
    for (size_t k = 0; k < pr->ncases; k++)
        if (strcmp(pr->cases[k].route->heading, o->heading) == 0) return;
    pg_case *v = ar_grow(c->ar, pr->cases, pr->ncases, pr->ncases + 1, sizeof *v);
    if (!v) { c->ar->failed = true; return; }
    pr->cases = v;
    pr->cases[pr->ncases++].route = o;
}

/* The cases in which a handler of a step is a party: about it, or raised by it. */
static void pg_cases(pg_ctx *c, pg_route *pr, int by)
{
    const md_model *m = c->m;
    const md_route *r = pr->r;
    for (size_t s = 0; s < r->nsteps && !c->rc; s++) {
        const md_step *st = &r->steps[s];
        for (size_t k = 0; st->handler >= 0 && k <= st->nalts && !c->rc; k++) {
            int h = k == 0 ? st->handler : st->alts[k - 1];
            if (h != r->about && (r->about < 0 || md_is_a(m, h, r->about))) pg_add_case(c, pr, by, h);
            if (h != by && (by < 0 || md_is_a(m, h, by))) pg_add_case(c, pr, h, r->about);
        }
    }
}

static void pg_routes(pg_ctx *c)
{
    const md_model *m = c->m;
    pg_page *p = c->p;
    p->routes = pg_alloc(c, m->nroutes, sizeof *p->routes);
    for (size_t i = 0; p->routes && i < m->nroutes && !c->rc; i++) {
        pg_route *pr = &p->routes[p->nroutes];
        pr->r = &m->routes[i];
        pr->id = ar_printf(c->ar, "route-%zu", p->nroutes + 1);
        int by;
        p->nroutes++;
        if ((pr->own = pg_own(c, pr->r, &by))) pg_cases(c, pr, by);   /* else no case reaches it: the page says so */
    }
}

/* ---- roles and relations ------------------------------------------------------------------ */

static void pg_relation_of(pg_ctx *c, const md_role *x, bool appoints, size_t k)
{
    const md_model *m = c->m;
    pg_page *p = c->p;
    pg_relation *o = &p->relations[p->nrelations++];
    o->who = x->display;
    o->verb = appoints ? "appoints" : "manages";
    o->whom = m->roles[appoints ? x->appoints[k] : x->manages[k]].display;
    o->clause = appoints ? (x->appoints_cl ? x->appoints_cl[k] : x->clause) : (x->manages_cl ? x->manages_cl[k] : x->clause);
    const md_roleset *ex = md_relation_except(x, appoints, k);
    if (!ex || !(o->except = pg_alloc(c, ex->n, sizeof *o->except))) return;
    for (size_t i = 0; i < ex->n; i++) o->except[o->nexcept++] = m->roles[ex->roles[i]].display;
}

static void pg_relations(pg_ctx *c)
{
    const md_model *m = c->m;
    size_t n = 0;
    for (size_t i = 0; i < m->nroles; i++) n += m->roles[i].nmanages + m->roles[i].nappoints;
    if (!(c->p->relations = pg_alloc(c, n, sizeof *c->p->relations))) return;
    for (size_t i = 0; i < m->nroles; i++) {
        const md_role *x = &m->roles[i];
        for (size_t k = 0; k < x->nmanages; k++) pg_relation_of(c, x, false, k);
        for (size_t k = 0; k < x->nappoints; k++) pg_relation_of(c, x, true, k);
    }
}

/* Rules stated with no clause: no `explain` can name them, so their sentences are kept. */
static void pg_unlabelled(pg_ctx *c)
{
    const md_model *m = c->m;
    size_t n = 0;
    for (size_t i = 0; i < m->nnorms; i++) n += md_norm_clause(&m->norms[i]) == NULL;
    if (!n || !(c->p->unlabelled = pg_alloc(c, n, sizeof *c->p->unlabelled))) return;
    for (size_t i = 0; i < m->nnorms; i++)
        if (!md_norm_clause(&m->norms[i])) c->p->unlabelled[c->p->nunlabelled++] = tx_norm(m, c->ar, &m->norms[i]);
}

void pg_free(pg_page *p) { hm_free(&p->by_label); }

const pg_clause *pg_find(const pg_page *p, const char *label)
{
    uint32_t k;
    if (!label) return NULL;
    if (hm_get(&p->by_label, pg_hash(label), &k) && k < p->nclauses && strcmp(p->clauses[k].label, label) == 0)
        return &p->clauses[k];
    for (size_t i = 0; i < p->nclauses; i++)   /* two labels of one hash: rare */
        if (strcmp(p->clauses[i].label, label) == 0) return &p->clauses[i];
    return NULL;
}

int pg_build(pg_page *p, const md_model *m, const char *source, dt_day today, pg_cover_fn cover, void *cover_ctx,
             arena *ar, dg_sink *dg)
{
    memset(p, 0, sizeof *p);
    hm_init(&p->by_label);
    p->m = m;
    p->ar = ar;
    p->source = source;
    p->today = today;
    pg_ctx c = { p, m, ar, dg, 0 };
    pg_example_day(&c);
    pg_answer(&c, pg_question(&c, QF_review, "review"), &p->review);
    pg_answer(&c, pg_question(&c, QF_roles, "roles"), &p->roles);
    if (!c.rc) pg_relations(&c);
    if (!c.rc) pg_clauses(&c, cover, cover_ctx);
    if (!c.rc) pg_unlabelled(&c);
    if (!c.rc) pg_routes(&c);
    if (!c.rc && ar->failed) {
        dg_oom(dg);
        c.rc = 1;
    }
    return c.rc;
}
