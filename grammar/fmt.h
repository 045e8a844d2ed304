/* fmt — the canonical layout of a Civic file (`civic fmt`).
 *
 * The layout is made from the tokens as the parser sees them (ps_lex_each)
 * and the comments and blank lines found in the text between them; only
 * the whitespace between tokens changes.  docs/LANGUAGE.md ("Layout and
 * civic fmt") describes it: blocks indented by two spaces, the clause labels
 * of consecutive statements (and the fields of a protocol block) aligned,
 * one space between words, continuation lines kept and indented two past
 * the statement's text, lines wider than FM_WIDTH wrapped where a statement
 * may go on to the next line, comments where they were, runs of blank lines
 * made one.
 *
 * Before it hands the text back, fm_format scans it again and compares the
 * tokens (kinds and texts) and the comments with the original's: a layout
 * that changed either is refused (FM_CHANGED), never returned.
 */
#ifndef CIVIC_FMT_H
#define CIVIC_FMT_H

#include "diag.h"
#include "source.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    FM_WIDTH = 100,        /* columns a line of code is wrapped to, where it can be */
    FM_ALIGN_MAX = 12,     /* a wider clause label is followed by one space, not aligned */
};

typedef enum {
    FM_DONE,      /* *out holds the laid-out text */
    FM_ERRORS,    /* the file has errors (in dg): it is not laid out */
    FM_NOMEM,     /* out of memory (noted in dg) */
    FM_CHANGED,   /* the layout would change the meaning or lose a comment: a bug; *line says where */
} fm_result;

/* Lays out file `file` of src.  The scan and parse report to dg as `civic
 * check` would (errors and warnings of the file alone: its `use`s are not
 * followed).  On FM_DONE, *out is the text (malloc'd, NUL-terminated,
 * *outlen bytes without the NUL; the caller frees it).  On FM_CHANGED,
 * *line is the line of the original near which the two first differ.
 * fm_format adds the laid-out text to src as a file of its own (to scan it
 * again); the caller's src_free releases it. */
fm_result fm_format(src_set *src, uint32_t file, dg_sink *dg, char **out, size_t *outlen, int *line);

/* Whether files a and b of src have the same tokens, in kind and text (the
 * end of a statement at a line break and at a ';' are the same), and the
 * same comments, in order: the test fm_format puts its result to.  False
 * when they differ, *at then the byte offset in a near which they first
 * do, or when either has a scanning error or memory runs out (*oom). */
bool fm_same(src_set *src, uint32_t a, uint32_t b, uint32_t *at, bool *oom);

#endif
