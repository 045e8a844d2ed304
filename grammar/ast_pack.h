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
    pk_chunk *c;             /* the chunk being read */
    pk_chunk *own;           /* pk_take_chunk's, freed by pk_end */
    const unsigned char *p, *end;
    uintptr_t last, last_kw;
    uint32_t base;
    bool one;                /* read c alone */
} pk_reader;

/* Read the rules of b from the first (b keeps them). */
void pk_read(pk_reader *r, pk_buf *b);
/* The next rule, rebuilt in `ar`, or NULL at the end (or when out of memory:
 * ar->failed says which). */
ast_decl *pk_next(pk_reader *r, arena *ar);

/* Reading the rules once and for all, a chunk at a time: every chunk
 * starts afresh (it keeps the steps' starting points of its first rule), so
 * chunks can be read apart, on several threads, as long as each is read
 * from its first rule.  The model does so (md_build): pk_take_chunk reads
 * the rules of c alone, and pk_end frees c, so that the model's memory takes
 * the place of the packed rules'; once every chunk of b has been taken,
 * pk_taken(b) empties b.  pk_following, pk_chunk_bytes and
 * pk_chunk_subjects only read a chunk's header. */
pk_chunk *pk_first(const pk_buf *b);
pk_chunk *pk_following(const pk_chunk *c);
size_t pk_chunk_bytes(const pk_chunk *c);
size_t pk_chunk_subjects(const pk_chunk *c);
void pk_take_chunk(pk_reader *r, pk_chunk *c);
void pk_end(pk_reader *r);
void pk_taken(pk_buf *b);

#endif
