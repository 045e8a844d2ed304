/* diff_int — shared by the diff modules (diff.c, diff_rules.c,
 * diff_routes.c) only. */
#ifndef CIVIC_DIFF_INT_H
#define CIVIC_DIFF_INT_H

#include "diff.h"
#include "text.h"

/* A change record appended to r (NULL when out of memory). */
df_change *df_push(df_result *r, df_what what, df_kind kind, const char *subject);
/* Appends a differing field to a DF_CHANGED record. */
void df_field_add(df_result *r, df_change *c, const char *name, const char *left, const char *right);
/* A record is counted as added, removed or changed once it is complete:
 * a paired item whose fields all agree is dropped instead. */
void df_settle(df_result *r, df_change *c);
/* One side of a change. */
df_side df_side_at(const char *clause, loc at, const char *text);

/* An item known by a string: sorted by key, then by index (qsort is not
 * stable, and the order must not depend on it). */
typedef struct df_keyed {
    const char *key;
    int ix;
} df_keyed;
int df_cmp_keyed(const void *x, const void *y);

/* Names across two models: indexes differ, names do not.  "-" for none. */
const char *df_role(const md_model *m, int role);
const char *df_term(const md_model *m, int term);
bool df_same(const char *a, const char *b);   /* strcmp, NULL only equal to NULL */
/* Do two conditions (of two models) say the same? */
bool df_cond_eq(const md_model *a, const md_cond *x, const md_model *b, const md_cond *y);
bool df_deadline_eq(const md_model *a, const md_deadline *x, const md_model *b, const md_deadline *y);
/* "within 2 working days", "promptly (no period)", or `none`. */
const char *df_deadline_text(df_result *r, const md_model *m, const md_deadline *d, const char *none);
/* "when …", or "no condition". */
const char *df_cond_text(df_result *r, const md_model *m, const md_cond *c);

void df__meta(df_result *r);
void df__roles(df_result *r);
void df__decls(df_result *r);   /* diff_decls.c: relations, seniority, counts as */
void df__rules(df_result *r);
void df__routes(df_result *r);

#endif
