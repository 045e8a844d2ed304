/* envelope — the one shape of every command's --json output:
 *
 *   { "kind": "check" | "can" | "route" | … | "test" | "run",
 *     …the answer's own keys…,
 *     "diagnostics": [ {file, line, col, end_col, severity, code, message, hints}, … ],
 *     "ok": true | false }          (true exactly when the command exits 0)
 *
 * "kind" comes first; "diagnostics" and "ok" come last, so that a command
 * that streams its answer (a long run) knows them when it writes them.
 * docs/JSON.md documents each kind, and docs/json-schema.json holds them to it
 * (tests/tools/schema.py, in make check). */
#ifndef CIVIC_ENVELOPE_H
#define CIVIC_ENVELOPE_H

#include "diag.h"
#include "json.h"
#include "source.h"

#include <stdbool.h>

/* Opens the object and writes "kind". */
void ev_begin(js_out *j, const char *kind);
/* Writes "diagnostics": every diagnostic of each sink given (src[i] holds
 * the texts of dg[i]; n may be 0), then "ok", and closes the document. */
void ev_end(js_out *j, const dg_sink *const *dg, const src_set *const *src, size_t n, bool ok);

#endif
