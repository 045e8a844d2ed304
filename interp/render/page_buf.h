/* page_buf — a page being written: a growable byte buffer, and the escapes
 * of the formats `civic render` writes (HTML, Markdown, Graphviz labels).
 *
 * A page is built whole in memory before it is written, so that `-o FILE`
 * can replace a file at once and a failure (dot missing, memory) leaves
 * nothing half written.  Growth goes through fail_realloc; when it fails the
 * buffer keeps what it had, sets `failed`, and ignores further writes: the
 * caller checks `failed` once at the end and reports "out of memory".
 *
 * Every protocol text goes through one of the escapes.  Control characters
 * (C0 but tab and newline, DEL, C1) and bytes that are not UTF-8 are shown
 * as textout shows them on a terminal (\xHH, \u0080), so that no format
 * receives them raw.
 *
 * Memory: pb_free releases the bytes; pb_take hands them to the caller.
 */
#ifndef CIVIC_PAGE_BUF_H
#define CIVIC_PAGE_BUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pg_buf {
    char *data;
    size_t len, cap;
    bool failed;
} pg_buf;

void pb_init(pg_buf *b);
void pb_free(pg_buf *b);
void pb_write(pg_buf *b, const char *s, size_t n);
void pb_puts(pg_buf *b, const char *s);
/* Formatted, raw (not escaped): for markup and numbers, never protocol text. */
void pb_printf(pg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Protocol text as HTML character data or an attribute value: & < > " '
 * as entities.  NULL writes nothing. */
void pb_html(pg_buf *b, const char *s);
/* Protocol text inline in Markdown (CommonMark and GitHub's): its special
 * characters backslash-escaped, & as &amp;, a line break as a space. */
void pb_md(pg_buf *b, const char *s);
/* The same where the text starts a line or a list item: a start that
 * would open a block ("- ", "1. ", "+", "=") escaped too. */
void pb_md_lead(pg_buf *b, const char *s);
/* Protocol text as a Markdown code span, with its backticks: no escapes
 * work inside one, so a text with a backtick gets double ones. */
void pb_md_code(pg_buf *b, const char *s);
/* Text inside a Graphviz "quoted string" label: " and \ escaped, & < > as
 * entities (dot passes entities through to SVG as they are), newlines as
 * spaces. */
void pb_dot(pg_buf *b, const char *s);

/* The same escapes into a buffer: the text s with control characters made
 * visible, as the escapes above see it (also for attribute ids). */
void pb_visible(pg_buf *b, const char *s, size_t n);

#endif
