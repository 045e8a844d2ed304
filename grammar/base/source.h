/* source — the text of loaded files and their line tables.
 *
 * Locations everywhere are byte offsets into a file's text; line and column
 * are computed only when a diagnostic is printed (src_linecol).  Columns
 * count characters (UTF-8 code points), so carets line up under non-ASCII
 * names.  A src_set owns the texts (malloc'd) and frees them in src_free.
 */
#ifndef CIVIC_SOURCE_H
#define CIVIC_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct loc {
    uint32_t file;         /* index into the src_set; 0 = no location */
    uint32_t start, end;   /* byte offsets, end exclusive */
} loc;

typedef struct src_file {
    char *path;            /* as given, or "<stdlib>/roles.civic" */
    char *dir;             /* directory for relative `use`, or NULL */
    char *text;            /* copy ending in two NULs (the text itself may contain NULs) */
    size_t len;
    uint32_t *lines;       /* byte offset of each line start */
    size_t nlines;
    bool embedded;         /* from the built-in stdlib */
} src_file;

typedef struct src_set {
    src_file *files;       /* files[0] is a placeholder so file ids start at 1 */
    size_t count, cap;
} src_set;

enum { SRC_MAX_BYTES = 64u << 20, SRC_MAX_LINE = 1u << 20 };
/* The *err of src_read for what exists but is not a regular file (a FIFO,
 * a device, a socket): never opened, as a FIFO would wait for a writer and a
 * device such as /dev/zero never ends.  Not an errno value. */
enum { SRC_NOT_REGULAR = -1 };

void src_init(src_set *s);
void src_free(src_set *s);
/* Adds a copy of text; returns its file id, or 0 when out of memory. */
uint32_t src_add(src_set *s, const char *path, const char *text, size_t len, bool embedded);
/* Reads a regular file; returns its id, or 0 and sets *err to an errno
 * value (EISDIR for a directory, EFBIG over SRC_MAX_BYTES) or SRC_NOT_REGULAR. */
uint32_t src_read(src_set *s, const char *path, int *err);
const src_file *src_get(const src_set *s, uint32_t id);
/* 1-based line and column (in characters) of a byte offset. */
void src_linecol(const src_set *s, uint32_t file, uint32_t off, int *line, int *col);
/* The line containing offset off: start pointer and length without newline. */
const char *src_line_text(const src_set *s, uint32_t file, uint32_t off, size_t *len);
loc loc_span(loc a, loc b);

#endif
