/* textout — see textout.h. */
#include "textout.h"
#include "fail.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

size_t to_utf8_len(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0];
    size_t k = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (!k || k > n) return 0;
    unsigned v = c & (k == 2 ? 0x1Fu : k == 3 ? 0x0Fu : 0x07u);
    for (size_t j = 1; j < k; j++) {
        if ((s[j] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[j] & 0x3Fu);
    }
    unsigned min = k == 2 ? 0x80u : k == 3 ? 0x800u : 0x10000u;
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return k;
}

void to_write(FILE *f, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, run = 0;   /* bytes u[run..i) are safe and not yet written */
    while (i < n) {
        unsigned c = u[i];
        if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7F)) { i++; continue; }
        unsigned cp = 0;
        size_t k = c >= 0x80 ? to_utf8_len(u + i, n - i, &cp) : 0;
        if (k && cp >= 0xA0) { i += k; continue; }
        fwrite(u + run, 1, i - run, f);
        if (k) fprintf(f, "\\u%04X", cp);          /* a C1 control */
        else fprintf(f, "\\x%02X", c);             /* C0, DEL, or not UTF-8 */
        i += k ? k : 1;
        run = i;
    }
    fwrite(u + run, 1, n - run, f);
}

void to_puts(FILE *f, const char *s) { to_write(f, s, strlen(s)); }

int to_printf(FILE *f, const char *fmt, ...)
{
    char small[4096];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return -1;
    if ((size_t)n < sizeof small) { to_write(f, small, (size_t)n); return 0; }
    char *big = fail_malloc((size_t)n + 1);
    if (!big) return -1;   /* nothing written: the caller reports out of memory */
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    to_write(f, big, (size_t)n);
    free(big);
    return 0;
}
