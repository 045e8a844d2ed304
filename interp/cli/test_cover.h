/* test_cover — clause coverage (sim/cover.h) for the commands:
 * `civic test --coverage` (cmd_test.c builds a table for each file it runs
 * and hands them here) and `civic render --coverage PATH` (the scenarios
 * of the paths run for their coverage alone, then a mark per clause). */
#ifndef CIVIC_TEST_COVER_H
#define CIVIC_TEST_COVER_H

#include "cover.h"
#include "page.h"
#include "session.h"

#include <stdio.h>

/* A new table for the protocol of the loaded (error-free) model; NULL when
 * out of memory.  cov_free and free() it, or give it to a cov_set. */
cov_table *tc_begin(const md_model *m);
/* After the test output: to `text` (unless NULL) each protocol's line and
 * its untouched clauses; then to `why` (unless NULL), for each protocol
 * under min (CO_NO_MIN: none), why it fails.  Returns whether any is. */
bool tc_print(FILE *text, FILE *why, const cov_set *s, int min);

/* civic render --coverage: runs the scenarios of the files given (and of
 * every *.civic file under the directories given) into *out.  0; 1 after
 * reporting on stderr a file with errors or out of memory; 2 a path that
 * cannot be read. */
int tc_collect(char *const *paths, size_t n, dt_day today, cov_set *out);
/* The real path of a protocol file as a table's key (malloc'd), or NULL. */
char *tc_key(const char *path);
/* A pg_cover_fn: ctx is the cov_table of the page's protocol. */
pg_cover tc_mark(void *ctx, const char *label);

#endif
