/* fail — the one place that calls malloc/realloc, so that a fault-injection
 * build can make the Nth allocation fail (CIVIC_FAIL_AT=N in the environment
 * of a binary built with -DCIVIC_FAULT_INJECTION).  Every caller must cope
 * with NULL. */
#ifndef CIVIC_FAIL_H
#define CIVIC_FAIL_H

#include <stddef.h>

void *fail_malloc(size_t n);
void *fail_realloc(void *p, size_t n);
void *fail_calloc(size_t n, size_t m);
char *fail_strdup(const char *s);
/* Number of allocations made so far (for the injection driver). */
unsigned long fail_count(void);

#endif
