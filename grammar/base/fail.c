/* fail — see fail.h. */
#include "fail.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* Atomic: the pool (interp/cli/pool.h) loads files on several threads at once. */
static _Atomic unsigned long fail_n;

#ifdef CIVIC_FAULT_INJECTION
#include <stdio.h>

static long fail_at = -2;  /* -2: not read yet, -1: never */

/* CIVIC_FAIL_REPORT=1: print the number of allocations at exit, so that the
 * injection driver (tests/tools/faults.sh) knows how many to try. */
static void fail_report(void) { fprintf(stderr, "civic: %lu allocations\n", fail_n); }

static int fail_now(void)
{
    if (fail_at == -2) {
        const char *e = getenv("CIVIC_FAIL_AT");
        fail_at = e ? atol(e) : -1;
        const char *r = getenv("CIVIC_FAIL_REPORT");
        if (r && *r) atexit(fail_report);
    }
    return fail_at >= 0 && (long)fail_n == fail_at;
}
#else
static int fail_now(void) { return 0; }
#endif

void *fail_malloc(size_t n)
{
    if (fail_now()) { fail_n++; return NULL; }
    fail_n++;
    return malloc(n ? n : 1);
}

void *fail_realloc(void *p, size_t n)
{
    if (fail_now()) { fail_n++; return NULL; }
    fail_n++;
    return realloc(p, n ? n : 1);
}

void *fail_calloc(size_t n, size_t m)
{
    if (fail_now()) { fail_n++; return NULL; }
    fail_n++;
    return calloc(n ? n : 1, m ? m : 1);
}

char *fail_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = fail_malloc(n);
    if (p) memcpy(p, s, n);
    return p;
}

unsigned long fail_count(void) { return fail_n; }
