/* audit_base — what civic audit's three formats share: writing a
 * register's text, and the last line.  Calls no other file. */
#include "audit_render.h"
#include "textout.h"

#include <string.h>

/* ---- writing a register's text -------------------------------------------------------- */

void ao_put(FILE *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c >= 0x7F) { to_write(f, s, n); return; }
    }
    fwrite(s, 1, n, f);
}

void ao_puts(FILE *f, const char *s) { ao_put(f, s, strlen(s)); }

size_t ao_chars(const char *s, size_t upto)
{
    size_t n = 0;
    for (size_t i = 0; i < upto; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Always in this form, plurals and all, so that a script can read it. */
void ao_last_line(const au_summary *s, char *buf, size_t cap)
{
    snprintf(buf, cap, "%zu rows checked: %zu breaches, %zu departures, %zu rows with errors", s->rows, s->breaches,
             s->departures, s->errors);
}

