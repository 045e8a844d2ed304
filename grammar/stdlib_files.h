/* stdlib_files — the standard library embedded at build time
 * (build/stdlib_embed.c, generated from stdlib/ by tests/tools/embed.sh). */
#ifndef CIVIC_STDLIB_FILES_H
#define CIVIC_STDLIB_FILES_H

#include <stddef.h>

typedef struct sl_file {
    const char *name;      /* "roles.civic", "calendars/scotland.civic" */
    const char *text;
    size_t len;
} sl_file;

extern const sl_file sl_files[];
extern const unsigned sl_count;

#endif
