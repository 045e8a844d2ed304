/* model_int — shared between the model_*.c files only. */
#ifndef CIVIC_MODEL_INT_H
#define CIVIC_MODEL_INT_H

#include "model.h"
#include "arena.h"
#include "diag.h"
#include "suggest.h"

#define MD_ERR(m, code, at, ...) dg_report((m)->dg, DG_ERROR, code, at, __VA_ARGS__)
#define MD_WARN(m, code, at, ...) dg_report((m)->dg, DG_WARNING, code, at, __VA_ARGS__)
#define MD_HINT(m, ...) dg_hint((m)->dg, __VA_ARGS__)

/* Growable arrays in the arena. */
#define MD_PUSH(m, arr, n, cap, val)                                             \
    do {                                                                        \
        if ((n) == (cap)) {                                                     \
            size_t nc_ = (cap) ? (cap) * 2 : 8;                                 \
            void *p_ = ar_grow((m)->ar, (arr), (n), nc_, sizeof *(arr));        \
            if (!p_) { dg_oom((m)->dg); break; }                                \
            (arr) = p_; (cap) = nc_;                                            \
        }                                                                       \
        (arr)[(n)++] = (val);                                                   \
    } while (0)

/* model_fact.c: the facts the conditions read, per action, made when first
 * asked (sets: an array of m->nterms, NULL until then, in the arena).
 * md__fact_check warns (unknown-fact) when no condition reads fact, on the action
 * or on the duties the thing opens (thing: -1 for none); false then. */
typedef struct md_factset {
    const char **texts;
    size_t n, cap;
    size_t own;                  /* texts[0..own): the rules' (the rest: the routes') */
    bool done;
} md_factset;
bool md__fact_check(md_model *m, md_factset **sets, int action, int thing, const char *fact, loc at);

/* model.c */
bool md__sym_put(md_model *m, const char *name, md_symkind kind, int idx, loc at);
int md__role_ref(md_model *m, ast_name n);              /* reports unknown */
int md__rel_ref(md_model *m, ast_name n);               /* reports unknown, with "did you mean" */
int md__term_ref(md_model *m, ast_name n, md_termkind kind, const char *what);
void md__unknown_role(md_model *m, const char *name, loc at);
md_cond *md__cond(md_model *m, const ast_cond *c);
void md__deadline(md_model *m, md_deadline *out, const ast_dur *d);
/* Make dl vague, with these words. */
void md__set_vague(md_model *m, md_deadline *dl, const char *text);
/* Add words to the model's list of vague deadlines: their number (from 1), or 0 when out of memory. */
uint32_t md__vague_add(md_model *m, const char *text);
const char *md__intern(md_model *m, const char *s);
bool md__is_article(const char *w);
bool md__is_prep(const char *w);

/* The symbol table's values: a kind and an index. */
#define SYM_VAL(kind, idx) (((uint32_t)(kind) << 28) | (uint32_t)(idx))
#define SYM_KIND(v) ((int)((v) >> 28))
#define SYM_IDX(v) ((int)((v) & 0x0FFFFFFF))

/* The stages of md_build (model_build.c), in the order it calls them.
 * model_roles.c */
void md__roles(md_model *m);
void md__role_links(md_model *m);
void md__relations(md_model *m);
void md__ancestors(md_model *m);
/* model_index.c */
void md__terms(md_model *m);
void md__adopts(md_model *m);
void md__index(md_model *m);
void md__alias_at(md_model *m, const char *name, md_symkind kind, int idx, loc at);
/* model_rel.c: relations of the people in a case, seniority, a council's own
 * names, deeds that count as others, people bound by a relation */
void md__renames(md_model *m);
void md__rels(md_model *m);
void md__rel_checks(md_model *m);
void md__rel_manages(md_model *m, int rel, const ast_decl *d, const ast_namelist *target);
void md__seniority(md_model *m);
void md__counts(md_model *m);
void md__relfacts(md_model *m);
/* model_phrase.c: the actions named by several words, once every alias is known */
void md__phrases(md_model *m);
/* md_lookup_phrase for a verb and the words of an act or event after it: the
 * action, and in *used how many of the words it takes; -1 (and 0) when none. */
int md__phrase_of(const md_model *m, const char *verb, const ast_word *words, size_t *used);
/* The k-th word after w (NULL past the last). */
const ast_word *md__words_after(const ast_word *w, size_t k);
/* "carol is line-manager of bob [from D] [until D]" in a scenario: false when
 * the line is not of that form (nothing reported then). */
bool md__relfact_words(md_model *m, md_scenario *s, const ast_meta *k, size_t *cap);
/* model_meta.c */
void md__meta(md_model *m);
void md__calendars(md_model *m);
/* model_norm.c */
void md__norms(md_model *m);
/* model_route.c */
void md__routes(md_model *m);
/* model_scen.c */
void md__people(md_model *m);
void md__scenarios(md_model *m);

#endif
