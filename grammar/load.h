/* load — reading a set of Civic files and everything they `use`.
 *
 * An ld_set owns all memory of one load: the source texts, the arena with
 * the AST (every declaration but the rules, which are packed: ast_pack.h),
 * the arena of interned names, and the table of loaded files.  ld_free
 * releases it all.  `use "X"` is resolved relative to the using file, then
 * in $CIVIC_STDLIB, then in the standard library embedded in the binary,
 * then in the installed stdlib directory; each file is loaded once; a cycle
 * of uses is an error.  A calendar named in a protocol block or an
 * `extends` that no loaded file defines is fetched from the stdlib's
 * calendars/ directory.
 */
#ifndef CIVIC_LOAD_H
#define CIVIC_LOAD_H

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "intern.h"
#include "source.h"

#include <stdbool.h>

typedef struct ld_unit {
    uint32_t file;           /* id in src */
    char *key;               /* realpath, or "<stdlib>/name" */
    ast_file ast;            /* decls only; tail unused */
    bool root;               /* named on the command line (or typed at the REPL) */
    bool loading;            /* on the chain of uses being followed now */
    bool done;               /* parsed and its uses followed */
    loc via;                 /* the `use` that first loaded it (file 0: a root); for a
                              * calendar fetched by name, the start of the file naming it */
} ld_unit;

typedef struct ld_set {
    arena ar;                /* the trees, then the model */
    arena names_ar;          /* interned names, apart: the parser gives memory of ar back */
    in_table names;
    src_set src;
    dg_sink *dg;             /* borrowed */
    ld_unit *units;
    size_t nunits, cap;
    int depth;               /* nesting of use, for the limit */
    bool use_failed;         /* a `use` was not found: the names it would bring are not reported one by one */
} ld_set;

enum { LD_MAX_USE_DEPTH = 32 };

void ld_init(ld_set *s, dg_sink *dg);
void ld_free(ld_set *s);
/* Loads a file named by the user.  Returns 0, or 2 when it cannot be read
 * (the reason is in *err as an errno value; nothing is reported to dg). */
int ld_file(ld_set *s, const char *path, int *err);
/* Loads text typed at the REPL or given in a test. */
void ld_text(ld_set *s, const char *name, const char *text, size_t len);
/* After all roots: fetch stdlib calendars that are named but not defined. */
void ld_finish(ld_set *s);
/* True when the standard library's module (embedded: "roles") declares a
 * role by this name or alias, for the hint "add 'use \"roles\"'". */
bool ld_stdlib_declares(const char *module, const char *name);
/* The path of the stdlib directory actually in use for files on disk, or NULL. */
const char *ld_stdlib_dir(void);
/* A line of the file longer than SRC_MAX_LINE: reported to dg (line-too-long)
 * and true.  The loader does not parse such a file, and civic fmt does not
 * lay it out: an error found reading the file alone. */
bool ld_line_too_long(const src_set *src, uint32_t file, dg_sink *dg);

#endif
