/* diag — the diagnostic sink.
 *
 * Every phase (lexer, parser, loader, checker, query, simulation) reports
 * through a dg_sink; nothing prints to stderr directly, so the text output,
 * --json and the REPL all share one path (interp/report.c prints a sink).
 * The sink owns its messages (malloc'd) and frees them in dg_free.
 */
#ifndef CIVIC_DIAG_H
#define CIVIC_DIAG_H

#include "source.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum { DG_ERROR, DG_WARNING } dg_severity;

typedef struct dg_diag {
    dg_severity sev;
    const char *code;      /* stable machine name: "unknown-role", a static string */
    loc where;
    char *msg;
    char **hints;
    size_t nhints;
    size_t seq;            /* report order, to keep sorting stable */
    bool lead;             /* the cause of errors after it (a limit): sorted first */
} dg_diag;

typedef struct dg_sink {
    dg_diag *items;
    size_t count, cap;
    size_t errors, warnings;
    size_t limit;          /* stop recording errors after this many (0 = DG_DEFAULT_LIMIT) */
    bool truncated;        /* the limit was hit */
    bool oom;              /* an allocation failed somewhere; report "out of memory" */
    bool dropped;          /* the last report repeated one already made: its hints go too */
} dg_sink;

enum { DG_DEFAULT_LIMIT = 100 };

void dg_init(dg_sink *s);
void dg_free(dg_sink *s);
/* Drops the diagnostics drop() says are shown elsewhere (a file's, when that
 * file is checked as well): they are not printed again.  The counts
 * (errors, warnings) stay as they were: they are the model's. */
void dg_drop_shown(dg_sink *s, bool (*drop)(const dg_diag *d, void *ctx), void *ctx);
void dg_clear(dg_sink *s);
void dg_report(dg_sink *s, dg_severity sev, const char *code, loc where, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Adds a hint line to the most recent diagnostic. */
void dg_hint(dg_sink *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Marks the most recent diagnostic as the cause of others (a limit that
 * leaves names unread, so that they are "unknown" further on): printed
 * before every other, wherever it is. */
void dg_lead(dg_sink *s);
/* True once the error limit is reached: phases may stop early. */
bool dg_full(const dg_sink *s);
/* Sort: leading diagnostics first, then by file, position, report order. */
void dg_sort(dg_sink *s);
/* Mark that memory ran out; printed once as an error. */
void dg_oom(dg_sink *s);
/* Moves a diagnostic of another sink (with its hints) into s, as if it were
 * reported to s now: counted, and dropped once s is full.  *d is left empty. */
void dg_move(dg_sink *s, dg_diag *d);

/* The hints of a diagnostic as they are shown: its own, or, when it has
 * none, one for its code, so that every diagnostic a user sees says what to
 * do about it.  Every printer reads hints through these two. */
size_t dg_nhints_shown(const dg_diag *d);
const char *dg_hint_shown(const dg_diag *d, size_t i);

#endif
