/* textout — writing text for a terminal safely.
 *
 * A protocol's texts (a council's name, a role's display name, a quoted
 * detail) and a user's query reach the terminal in answers.  Written raw, a
 * control character in them could move the cursor or retitle the terminal.
 * These functions write like fputs/fprintf but show every control
 * character but newline and tab as an escape: C0 and DEL as \xHH, C1
 * (U+0080..U+009F) as \u0080..\u009F, and a byte that is not UTF-8 as \xHH.
 * Every text renderer writes through them.
 */
#ifndef CIVIC_TEXTOUT_H
#define CIVIC_TEXTOUT_H

#include <stddef.h>
#include <stdio.h>

/* The length (2 to 4) of the well-formed UTF-8 character at s, n bytes
 * left, with its code point in *cp; 0 when the bytes there are not one
 * (a lone or stray byte, an overlong form, a surrogate, past U+10FFFF). */
size_t to_utf8_len(const unsigned char *s, size_t n, unsigned *cp);

void to_write(FILE *f, const char *s, size_t n);
void to_puts(FILE *f, const char *s);
/* Returns 0, or -1 when a line too long for the stack could not be
 * formatted for want of memory (nothing is written then). */
int to_printf(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
