/* cover_out — clause coverage (sim/cover.h) as `civic test --coverage`
 * prints it: a line per protocol and its untouched clauses as text, and
 * the "coverage" array of the test envelope as JSON.  Only lays out what
 * the tables hold. */
#ifndef CIVIC_COVER_OUT_H
#define CIVIC_COVER_OUT_H

#include "cover.h"
#include "json.h"

#include <stdio.h>

/* No minimum asked for (--min). */
enum { CO_NO_MIN = -1 };

/* "FILE: N of M clauses exercised (P%)", then each untouched clause as
 * "  [CLAUSE] line L: RULE". */
void co_text(FILE *f, const cov_table *t);
/* "FILE: P% of its clauses exercised, under the minimum of MIN%" when the
 * table is under min; returns whether it is. */
bool co_under(FILE *f, const cov_table *t, int min);
/* "coverage": [ … ] — a key and its array, for the test envelope. */
void co_json(js_out *j, const cov_set *s, int min);

#endif
