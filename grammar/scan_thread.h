/* scan_thread — the scanner on a thread of its own.
 *
 * For a large file (ps_scan_thread_min()), ps_parse runs flex's rules on a
 * second thread, which fills batches of tokens a ring ahead of the parser;
 * the parser's side (ps_yylex) takes them one by one.  Only lexer.l's rules
 * run on the thread, and they touch nothing but their lx_state and the
 * interned names, which they alone write while the thread runs (the
 * parser's own texts go to ps_ctx.phrases): what depends on the parser's
 * state stays on the parser's side.
 *
 * Diagnostics.  The rules report into the batch being filled; each token
 * records how many had been reported when it was scanned, and st_next
 * moves those into the parser's sink just before it hands the token over.
 * So every diagnostic arrives when it would have without the thread, in
 * the same order, with the error limit applied as before; what the thread
 * scanned beyond the point where the parser stopped is dropped, as if it
 * had never been read.
 *
 * Memory: the ring is ST_RING batches of ST_BATCH tokens (under 0.5 MB),
 * whatever the size of the file.
 */
#ifndef CIVIC_SCAN_THREAD_H
#define CIVIC_SCAN_THREAD_H

#include "parse.h"
#include "parser.h"

enum { ST_BATCH = 1024, ST_RING = 8 };

typedef struct st_thread st_thread;

/* The scanner's entry point: lexer.l's lx_raw. */
typedef int (*st_raw_fn)(YYSTYPE *v, YYLTYPE *l, void *scanner);

/* Starts scanning on a thread of its own; lx is the scanner's state (its
 * dg is then the batch's).  NULL when no thread or
 * memory can be had: the caller scans in line. */
st_thread *st_start(void *scanner, lx_state *lx, st_raw_fn raw);
/* The next token; *off is where the scanner stood after it.  Its
 * diagnostics are moved into dg first.  After the end (token 0), 0 again. */
int st_next(st_thread *t, YYSTYPE *v, YYLTYPE *l, uint32_t *off, dg_sink *dg);
/* Stops the thread, waits for it, and frees everything; lx is the
 * caller's again (dg back to what it was). */
void st_stop(st_thread *t);

#endif
