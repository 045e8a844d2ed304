/* diff — what changed in meaning between two checked models: two versions
 * of a council's protocol, or two councils' protocols.
 *
 * df_compare reads two models and writes a df_result: a list of change
 * records (metadata, roles, relations, the order of seniority, counts-as
 * lines, rules, routes, route steps), each with both
 * sides' clause, location and plain-English text and the fields that
 * differ.  Nothing is printed here: render/diff_text.c and
 * render/diff_json.c turn a result into text or JSON.
 *
 * Matching is by meaning, not by clause (docs/LANGUAGE.md, "Comparing
 * protocols"): a rule is known by its key — subject role, action(s), thing,
 * counterpart, trigger — so renumbered clauses and two councils' different
 * numbering still align; rules sharing a key are paired by best match
 * (same modality first, then the closest deadline, condition, fallback);
 * what is left is added or removed.  Roles are matched by name, routes by
 * kind, raiser and subject, and their steps by an alignment that keeps
 * their order.  Clause labels, layout and comments are never a change.
 *
 * Memory: a df_result owns an arena holding the records and their texts;
 * df_free releases it.  The records point into both models too (names,
 * clauses), so the models must outlive the result.
 */
#ifndef CIVIC_DIFF_H
#define CIVIC_DIFF_H

#include "arena.h"
#include "model.h"

#include <stdbool.h>
#include <stddef.h>

/* (DF_RELATION, DF_RANK and DF_COUNTS print after the roles: the changes
 * come in the order they are compared, df_compare's.) */
typedef enum { DF_META, DF_ROLE, DF_RULE, DF_ROUTE, DF_STEP, DF_RELATION, DF_RANK, DF_COUNTS } df_what;
typedef enum { DF_ADDED, DF_REMOVED, DF_CHANGED } df_kind;

/* One side of a change; present is false for the missing side of an
 * addition or a removal. */
typedef struct df_side {
    bool present;
    const char *clause;          /* "10.2" (a rule adopted from a model: the adopting clause), or NULL */
    const char *model_clause;    /* an adopted rule's clause in the model ("MP-2"), else NULL */
    loc at;                      /* in that side's model (file 0: no location) */
    const char *text;            /* the whole item in plain English */
} df_side;

/* A field that differs, as plain-English phrases that read on their own:
 * "within 2 working days" → "within 5 working days", "no condition" →
 * "when it is about a Town Clerk". */
typedef struct df_field {
    const char *name;            /* "modality", "deadline", "condition", … (docs/JSON.md) */
    const char *left, *right;
} df_field;

typedef struct df_change {
    df_what what;
    df_kind kind;
    const char *subject;         /* what changed, briefly: "adopted", "Clerk", "Officer must respond to
                                    enquiry from Member", "complaint by Member about Officer, step 2" */
    df_side left, right;
    df_field *fields; size_t nfields;   /* DF_CHANGED only */
} df_change;

/* How each rule of the left model fared: for the county's view, where the
 * left model is the model protocol. */
typedef enum { DF_R_SKIPPED, DF_R_SAME, DF_R_CHANGED, DF_R_REMOVED } df_rule_fate;

typedef struct df_result {
    arena ar;
    const md_model *a, *b;       /* left, right */
    df_change *changes; size_t n, cap;   /* in print order: grouped by what, then left order, then additions */
    size_t added, removed, changed;
    df_rule_fate *fate;          /* by left rule index (a->nnorms); NULL when out of memory */
    int *pair;                   /* by left rule index: the right rule it was paired with, or -1 */
    size_t rules_same;           /* left rules paired with an equal right rule */
    bool oom;
} df_result;

/* ---- the county's view: councils against a model protocol -------------------------- */

/* How a council's rules (the right model) stand against the model
 * protocol's (the left): the model's rules it has as they are, has changed,
 * or omits, and the rules it adds. */
typedef struct df_tally {
    size_t same, changed, omitted, added;
} df_tally;

df_tally df_tally_rules(const df_result *r);

/* The clauses of a model's rules, in the natural order of their labels
 * ("MP-2" before "MP-10"; a rule with no clause is under "(no clause)"),
 * and each rule's. */
typedef struct df_clauses {
    const char **clause;
    size_t *nrules;              /* the rules compared under each */
    size_t n;
    int *of_rule;                /* by rule index: its clause's index, or -1 when not compared */
} df_clauses;

bool df_clauses_init(df_clauses *c, const md_model *m);
void df_clauses_free(df_clauses *c);
/* How a diff of the model (left) with a council (right) leaves each
 * clause: DF_R_SAME when every rule of it is the same, DF_R_REMOVED when
 * every one is omitted, else DF_R_CHANGED; out has c->n entries. */
bool df_clause_fates(const df_clauses *c, const df_result *r, df_rule_fate *out);   /* false: out of memory */
/* Which clauses of the model are in force in the council only because it
 * uses the model: a rule of the clause is there, from the model's own file,
 * and no clause of the council adopts it (out[i] true).  A county officer
 * asks whether the council chose them, or forgot to omit them. */
void df_clause_uncited(const df_clauses *c, const df_result *r, bool *out);

/* Compares a (left) with b (right).  Returns false when out of memory (the
 * result is then incomplete, but safe to free).  Deterministic: the same
 * models give the same records in the same order. */
bool df_compare(df_result *r, const md_model *a, const md_model *b);
void df_free(df_result *r);

/* Words for the enums: "metadata", "role", "rule", "route", "step";
 * "added", "removed", "changed". */
const char *df_what_word(df_what w);
const char *df_kind_word(df_kind k);

/* Is a rule one a diff compares?  Rules made from a role's manages/appoints
 * relation are compared as part of the role instead. */
bool df_rule_compared(const md_norm *n);

#endif
