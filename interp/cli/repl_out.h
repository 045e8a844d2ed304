/* repl_out — what the REPL prints after ':json on': one JSON document a
 * line on standard output, whatever printed it (an answer, a definition, a
 * :load, a command's message, a command's error).
 *
 * A document is written (pretty, by js_out) into a memory stream opened by
 * ro_begin, then ro_end writes it to standard output without the layout,
 * on one line.  Without ':json on' (json false), ro_say and ro_error print
 * text as the REPL always did: a message on standard output, an error on
 * standard error.
 */
#ifndef CIVIC_REPL_OUT_H
#define CIVIC_REPL_OUT_H

#include <stdbool.h>
#include <stdio.h>

typedef struct ro_doc {
    FILE *f;        /* write the document here; NULL when memory ran out */
    char *buf;
    size_t len;
} ro_doc;

/* Opens d->f; false when memory ran out ("out of memory" is said). */
bool ro_begin(ro_doc *d);
/* The document on one line to standard output; d is finished. */
void ro_end(ro_doc *d);
/* A command's message: as text, the line; as JSON, kind "command" with
 * "command" (":today"), "message", no diagnostics, ok true. */
void ro_say(bool json, const char *command, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A command that cannot be carried out: as text, the message (and "hint:"
 * line) on standard error; as JSON, kind "command" with "command",
 * "message" null, one diagnostic (code repl-command), ok false. */
void ro_error(bool json, const char *command, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Has memory run out for something to print here ("out of memory" was
 * said)?  Then a script's exit status is not 0. */
bool ro_ran_out(void);

#endif
