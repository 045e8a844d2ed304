/* files — the files a command is given: each path named, and every *.civic
 * file under each directory named, in a stable order (each directory's
 * entries sorted by name, depth first; names starting with '.' left out).
 *
 * What cannot be read is on the list too, with the reason, in the place it
 * was found, so that a command reports it there and counts it: a directory
 * or file that cannot be opened, a dangling *.civic link, a *.civic name
 * that is a FIFO or a device (never opened: a FIFO would wait for a writer),
 * a path that does not exist.  A link back to a directory being searched is
 * skipped: its files are on the list already.  The list owns its strings. */
#ifndef CIVIC_FILES_H
#define CIVIC_FILES_H

#include "source.h"

#include <stdbool.h>
#include <stddef.h>

/* Why a file found cannot be read: an errno value, or one of these. */
enum { CF_NOT_REGULAR = SRC_NOT_REGULAR, CF_TOO_DEEP = -2, CF_MAX_DEPTH = 32 };

typedef struct cf_files {
    char **v;
    int *err;                /* per file: 0, or why it cannot be read */
    size_t n, cap;
    bool oom;                /* a file could not be listed: the run would be incomplete */
} cf_files;

/* Adds a path named on the command line: a directory is searched. */
void cf_arg(cf_files *f, const char *path);
/* Adds one path as it is. */
bool cf_push(cf_files *f, const char *path, int err);
/* Keeps the first of the paths that name the same file. */
void cf_dedupe(cf_files *f);
void cf_files_free(cf_files *f);
/* The reason, as words: "Permission denied", "not a regular file (…)". */
const char *cf_why(int err);

#endif
