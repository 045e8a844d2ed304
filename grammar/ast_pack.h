/* ast_pack — rules kept as compact bytes instead of trees.
 *
 * A protocol is mostly rules, and a rule's tree (ast_norm with its acts,
 * words, conditions and deadlines) is read once, by the model.  So the
 * parser packs each rule as soon as it is complete, into its file's pk_buf
 * (about a tenth of the tree's size: varints for locations relative to the
 * one before, a byte for each kind), and gives the tree's memory back to the
 * arena for the next statement (ar_release).  The model unpacks the rules one
 * at a time into a scratch arena (pk_next), reads each as before, and empties
 * the scratch arena again: a rule's tree never exists for more than one rule
 * at a time.
 *
 * Only what cannot move is packed by address: interned names and strings,
 * and static text.  A condition is packed to the depth the model reads
 * (deeper parts are cut: the model reports a condition that deep as too
 * long before it would reach them), so packing never recurses without bound.
 */
#ifndef CIVIC_AST_PACK_H
#define CIVIC_AST_PACK_H

#include "arena.h"
#include "ast.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* pk_buf is defined in ast.h, as part of ast_file. */

/* Conditions deeper than this are cut when packed (see above); the model's
 * own limit (MD_MAX_COND_DEPTH) must be below it. */
enum { PK_MAX_COND_DEPTH = 128 };

void pk_init(pk_buf *b);
void pk_free(pk_buf *b);
/* Append the rule d (kind D_NORM).  False when out of memory. */
bool pk_norm(pk_buf *b, const ast_decl *d);

typedef struct pk_reader {
    pk_buf *b;
    pk_chunk *c;             /* the chunk being read */
    const unsigned char *p, *end;
    uintptr_t last, last_kw;
    uint32_t base;
    bool take;               /* free each chunk once it has been read */
} pk_reader;

/* Read the rules of b from the first.  pk_take reads them once and for all:
 * each chunk is freed as soon as its rules have been read, so that the
 * model's memory takes the place of the packed rules' (a model is built
 * once from a load; see md_build). */
void pk_read(pk_reader *r, pk_buf *b);
void pk_take(pk_reader *r, pk_buf *b);
/* The next rule, rebuilt in `ar`, or NULL at the end (or when out of memory:
 * ar->failed says which). */
ast_decl *pk_next(pk_reader *r, arena *ar);

#endif
