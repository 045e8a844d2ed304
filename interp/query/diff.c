/* diff — see diff.h.  This file: metadata and roles, and the comparison as a
 * whole.  Rules are in diff_rules.c, routes in diff_routes.c; what they all
 * use, in diff_base.c (which calls none of them back). */
#include "diff_int.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>


/* ---- metadata ------------------------------------------------------------------- */

/* One metadata field on one side: its value in words (NULL when the
 * protocol does not say), where it is written and its clause. */
typedef struct df_metaval {
    const char *value;
    loc at;
    const char *clause;
} df_metaval;

typedef enum {
    DM_TITLE, DM_COUNCIL, DM_ADOPTED, DM_APPROVED, DM_REVIEWED, DM_CYCLE, DM_NEXT, DM_CALENDAR, DM_COUNT
} df_metafield;

static const char *const df_meta_names[DM_COUNT] = { "title", "council", "adopted", "approved", "reviewed",
                                                     "review cycle", "next review", "calendar" };

static const char *df_date(df_result *r, dt_day d)
{
    char buf[11];
    dt_format(d, buf);
    return ar_printf(&r->ar, "%s", buf);
}

static const char *df_quoted(df_result *r, const char *s) { return s ? ar_printf(&r->ar, "\"%s\"", s) : NULL; }

/* The calendar deadlines are counted on: england-and-wales when none is named. */
static const char *df_calendar(const md_model *m)
{
    int c = m->meta.calendar;
    return c >= 0 && (size_t)c < m->ncals ? m->cals[c].name : "england-and-wales";
}

static const char *df_next_review(df_result *r, const md_meta *mt)
{
    if (!mt->has_next) return NULL;
    if (!mt->next_year_only) return df_date(r, mt->next);
    int y, mo, d;
    dt_to_ymd(mt->next, &y, &mo, &d);
    return ar_printf(&r->ar, "%d", y);
}

static df_metaval df_meta_value(df_result *r, const md_model *m, df_metafield f)
{
    const md_meta *mt = &m->meta;
    switch (f) {
    case DM_TITLE: return (df_metaval){ df_quoted(r, mt->title), mt->at, NULL };
    case DM_COUNCIL: return (df_metaval){ df_quoted(r, mt->council), mt->at, NULL };
    case DM_ADOPTED: return (df_metaval){ mt->has_adopted ? df_date(r, mt->adopted) : NULL, mt->adopted_at, NULL };
    case DM_APPROVED: return (df_metaval){ mt->has_approved ? df_date(r, mt->approved) : NULL, mt->approved_at, NULL };
    case DM_REVIEWED: return (df_metaval){ mt->has_reviewed ? df_date(r, mt->reviewed) : NULL, mt->reviewed_at, NULL };
    case DM_CYCLE:
        return (df_metaval){ mt->review != RV_NONE ? mt->review_text : NULL, mt->review_at, mt->review_clause };
    case DM_NEXT: return (df_metaval){ df_next_review(r, mt), mt->next_at, NULL };
    case DM_CALENDAR: return (df_metaval){ df_calendar(m), mt->calendar_at, NULL };
    case DM_COUNT: break;
    }
    return (df_metaval){ NULL, { 0, 0, 0 }, NULL };
}

static void df_meta_field(df_result *r, df_metafield f)
{
    df_metaval a = df_meta_value(r, r->a, f), b = df_meta_value(r, r->b, f);
    if (df_same(a.value, b.value)) return;
    const char *name = df_meta_names[f];
    df_kind kind = !a.value ? DF_ADDED : !b.value ? DF_REMOVED : DF_CHANGED;
    df_change *c = df_push(r, DF_META, kind, name);
    if (!c) return;
    if (a.value) c->left = df_side_at(a.clause, a.at, ar_printf(&r->ar, "%s %s", name, a.value));
    if (b.value) c->right = df_side_at(b.clause, b.at, ar_printf(&r->ar, "%s %s", name, b.value));
    if (kind == DF_CHANGED) df_field_add(r, c, name, a.value, b.value);
    df_settle(r, c);
}

/* Two calendars of one name may still count other days (a council's own
 * closures changed): the days they disagree on from 1970 to 2100, the years
 * the standard calendars are written for. */
static void df_calendar_days(df_result *r)
{
    cal_calendar *x = md_cal(r->a), *y = md_cal(r->b);
    if (!x || !y || strcmp(df_calendar(r->a), df_calendar(r->b)) != 0) return;
    dt_day from = dt_from_ymd(1970, 1, 1), to = dt_from_ymd(2100, 12, 31), first = 0;
    size_t n = 0;
    for (dt_day d = from; d <= to; d++)
        if (cal_is_working(x, d) != cal_is_working(y, d) && n++ == 0) first = d;
    if (n == 0) return;
    const char *name = df_calendar(r->a);
    df_change *c = df_push(r, DF_META, DF_CHANGED, "calendar");
    if (!c) return;
    c->left = df_side_at(NULL, r->a->meta.calendar_at, ar_printf(&r->ar, "calendar %s", name));
    c->right = df_side_at(NULL, r->b->meta.calendar_at, ar_printf(&r->ar, "calendar %s", name));
    df_field_add(r, c, "calendar", name,
                 n == 1 ? ar_printf(&r->ar, "%s, counting another day: 1 day differs, %s", name, df_date(r, first))
                        : ar_printf(&r->ar, "%s, counting other days: %zu days differ, the first %s", name, n,
                                    df_date(r, first)));
    df_settle(r, c);
}

void df__meta(df_result *r)
{
    for (int f = 0; f < DM_COUNT; f++) df_meta_field(r, (df_metafield)f);
    df_calendar_days(r);
}

/* ---- roles ------------------------------------------------------------------------ */

static int df_cmp_str(const void *x, const void *y) { return strcmp(*(const char *const *)x, *(const char *const *)y); }

/* Names joined by ", " in sorted order, so that two lists compare as sets. */
static const char *df_join_sorted(df_result *r, const char **names, size_t n)
{
    if (n == 0) return "";
    const char **v = ar_alloc(&r->ar, n * sizeof *v);
    if (!v) { r->oom = true; return ""; }
    memcpy(v, names, n * sizeof *v);
    qsort(v, n, sizeof *v, df_cmp_str);
    const char *s = v[0];
    for (size_t i = 1; i < n; i++) s = ar_printf(&r->ar, "%s, %s", s, v[i]);
    return s;
}

static const char *df_role_names(df_result *r, const md_model *m, const int *roles, size_t n)
{
    const char **v = n ? ar_alloc(&r->ar, n * sizeof *v) : NULL;
    if (n && !v) { r->oom = true; return ""; }
    for (size_t i = 0; i < n; i++) v[i] = df_role(m, roles[i]);
    return df_join_sorted(r, v, n);
}

/* "Officer (except Clerk, RFO), DeputyClerk": a role's manages (or appoints) relations. */
static const char *df_relations(df_result *r, const md_model *m, const md_role *x, bool appoints)
{
    size_t n = appoints ? x->nappoints : x->nmanages;
    const int *to = appoints ? x->appoints : x->manages;
    if (n == 0) return "";
    const char **v = ar_alloc(&r->ar, n * sizeof *v);
    if (!v) { r->oom = true; return ""; }
    for (size_t k = 0; k < n; k++) {
        const md_roleset *ex = md_relation_except(x, appoints, k);
        v[k] = df_role(m, to[k]);
        if (ex && ex->n) v[k] = ar_printf(&r->ar, "%s (except %s)", v[k], df_role_names(r, m, ex->roles, ex->n));
    }
    return df_join_sorted(r, v, n);
}

/* A role's attributes in words, each a phrase that reads on its own. */
typedef enum { DR_DISPLAY, DR_PARENTS, DR_ALIASES, DR_EXTERNAL, DR_MANAGES, DR_APPOINTS, DR_COUNT } df_rolefield;

static const char *const df_role_fields[DR_COUNT] = { "display name", "parents", "aliases", "external", "manages",
                                                      "appoints" };

static const char *df_role_attr(df_result *r, const md_model *m, const md_role *x, df_rolefield f)
{
    const char *s = "";
    switch (f) {
    case DR_DISPLAY: return ar_printf(&r->ar, "called \"%s\"", x->display);
    case DR_PARENTS: s = df_role_names(r, m, x->parents, x->nparents); break;
    case DR_ALIASES: s = df_join_sorted(r, x->aliases, x->naliases); break;
    case DR_EXTERNAL: return x->external ? "outside the council" : "part of the council";
    case DR_MANAGES: s = df_relations(r, m, x, false); break;
    case DR_APPOINTS: s = df_relations(r, m, x, true); break;
    case DR_COUNT: break;
    }
    static const char *const some[DR_COUNT] = { "", "a kind of %s", "also called %s", "", "manages %s", "appoints %s" };
    static const char *const none[DR_COUNT] = { "", "a kind of no other role", "no other names", "",
                                                "manages no one", "appoints no one" };
    return *s ? ar_printf(&r->ar, some[f], s) : none[f];
}

/* 'Consultant "Consultant", a kind of Officer, also called Contractor, outside the council' */
static const char *df_role_text(df_result *r, const md_model *m, const md_role *x)
{
    const char *s = strcmp(x->name, x->display) ? ar_printf(&r->ar, "%s \"%s\"", x->name, x->display) : x->name;
    if (x->nparents) s = ar_printf(&r->ar, "%s, %s", s, df_role_attr(r, m, x, DR_PARENTS));
    if (x->naliases) s = ar_printf(&r->ar, "%s, %s", s, df_role_attr(r, m, x, DR_ALIASES));
    if (x->nmanages) s = ar_printf(&r->ar, "%s, %s", s, df_role_attr(r, m, x, DR_MANAGES));
    if (x->nappoints) s = ar_printf(&r->ar, "%s, %s", s, df_role_attr(r, m, x, DR_APPOINTS));
    if (x->external) s = ar_printf(&r->ar, "%s, outside the council", s);
    return s;
}

static df_side df_role_side(df_result *r, const md_model *m, const md_role *x)
{
    return df_side_at(x->clause, x->at, df_role_text(r, m, x));
}

static void df_role_pair(df_result *r, const md_role *x, const md_role *y)
{
    df_change *c = df_push(r, DF_ROLE, DF_CHANGED, x->name);
    if (!c) return;
    c->left = df_role_side(r, r->a, x);
    c->right = df_role_side(r, r->b, y);
    for (int f = 0; f < DR_COUNT; f++) {
        const char *p = df_role_attr(r, r->a, x, (df_rolefield)f), *q = df_role_attr(r, r->b, y, (df_rolefield)f);
        if (!df_same(p, q)) df_field_add(r, c, df_role_fields[f], p, q);
    }
    df_settle(r, c);
}

static void df_role_alone(df_result *r, const md_model *m, const md_role *x, df_kind kind)
{
    df_change *c = df_push(r, DF_ROLE, kind, x->name);
    if (!c) return;
    if (kind == DF_REMOVED) c->left = df_role_side(r, m, x);
    else c->right = df_role_side(r, m, x);
    df_settle(r, c);
}

/* A model's roles sorted by name, to find a name in. */
typedef struct df_byname {
    df_keyed *v;
    size_t n;
} df_byname;

static bool df_byname_init(df_result *r, df_byname *t, const md_model *m)
{
    t->n = m->nroles;
    t->v = t->n ? ar_alloc(&r->ar, t->n * sizeof *t->v) : NULL;
    if (t->n && !t->v) { r->oom = true; return false; }
    for (size_t i = 0; i < t->n; i++) t->v[i] = (df_keyed){ m->roles[i].name, (int)i };
    if (t->n) qsort(t->v, t->n, sizeof *t->v, df_cmp_keyed);
    return true;
}

static int df_byname_find(const df_byname *t, const char *name)
{
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(t->v[mid].key, name);
        if (c == 0) return t->v[mid].ix;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

void df__roles(df_result *r)
{
    df_byname ta, tb;
    if (!df_byname_init(r, &ta, r->a) || !df_byname_init(r, &tb, r->b)) return;
    for (size_t i = 0; i < r->a->nroles; i++) {
        int j = df_byname_find(&tb, r->a->roles[i].name);
        if (j < 0) df_role_alone(r, r->a, &r->a->roles[i], DF_REMOVED);
        else df_role_pair(r, &r->a->roles[i], &r->b->roles[j]);
    }
    for (size_t j = 0; j < r->b->nroles; j++)
        if (df_byname_find(&ta, r->b->roles[j].name) < 0) df_role_alone(r, r->b, &r->b->roles[j], DF_ADDED);
}

/* ---- the whole -------------------------------------------------------------------- */

bool df_compare(df_result *r, const md_model *a, const md_model *b)
{
    memset(r, 0, sizeof *r);
    ar_init(&r->ar);
    r->a = a;
    r->b = b;
    df__meta(r);
    df__roles(r);
    df__decls(r);
    df__rules(r);
    df__routes(r);
    if (r->ar.failed) r->oom = true;
    return !r->oom;
}

void df_free(df_result *r)
{
    free(r->changes);
    free(r->fate);
    free(r->pair);
    ar_free(&r->ar);
    memset(r, 0, sizeof *r);
}
