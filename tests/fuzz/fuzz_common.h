/* fuzz_common — shared by the libFuzzer harnesses in tests/fuzz/.
 *
 * Each harness is one C file with LLVMFuzzerTestOneInput; run.sh builds it
 * against the library objects of a -fsanitize=fuzzer-no-link,address,undefined
 * build and runs it.  CIVIC_FUZZ_ROOT is the repository root (for the
 * protocols the query and scenario harnesses load). */
#ifndef CIVIC_FUZZ_COMMON_H
#define CIVIC_FUZZ_COMMON_H

#include "date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef CIVIC_FUZZ_ROOT
#define CIVIC_FUZZ_ROOT "."
#endif

/* Output goes nowhere, but through the real printing code. */
static FILE *fz_null(void)
{
    static FILE *f;
    if (!f) f = fopen("/dev/null", "w");
    if (!f) abort();
    return f;
}

/* The fixed "today" of every harness, so that runs are reproducible. */
static dt_day fz_today(void) { return dt_from_ymd(2026, 1, 15); }

/* A NUL-terminated copy of the input (queries are C strings). */
static char *fz_cstr(const unsigned char *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s) abort();
    if (size) memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

#endif
