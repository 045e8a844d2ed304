/* lsp_text — LSP positions and byte offsets (see lsp.h).
 *
 * LSP counts a line's characters in UTF-16 code units, Civic in bytes: a
 * character of one to three UTF-8 bytes is one unit, one of four bytes (past
 * U+FFFF: emoji, some CJK) is two.  A byte that does not begin a well-formed
 * character counts as one unit and one byte, as the client shows it as one
 * replacement character. */
#include "lsp.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

/* The length in bytes of the character at s[0] (n bytes left), and its
 * UTF-16 units in *units. */
static size_t lt_char(const unsigned char *s, size_t n, int *units)
{
    *units = 1;
    unsigned c = s[0];
    size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (k <= 1 || k > n) return 1;
    for (size_t j = 1; j < k; j++)
        if ((s[j] & 0xC0) != 0x80) return 1;
    if (k == 4) *units = 2;
    return k;
}

long lt_units(const char *text, size_t from, size_t to)
{
    const unsigned char *s = (const unsigned char *)text;
    long units = 0;
    size_t i = from;
    while (i < to) {
        int u;
        size_t k = lt_char(s + i, to - i, &u);
        i += k;
        units += u;
    }
    return units;
}

size_t lt_offset(const char *text, size_t len, long line, long ch)
{
    size_t i = 0;
    for (long l = 0; l < line; l++) {
        const char *nl = memchr(text + i, '\n', len - i);
        if (!nl) return len;
        i = (size_t)(nl - text) + 1;
    }
    const unsigned char *s = (const unsigned char *)text;
    /* a position inside a pair of surrogates stays before the character */
    for (long units = 0; i < len && s[i] != '\n';) {
        int u;
        size_t k = lt_char(s + i, len - i, &u);
        if (units + u > ch) break;
        units += u;
        i += k;
    }
    return i;
}

void lt_position(const src_file *f, uint32_t off, long *line, long *ch)
{
    *line = 0;
    *ch = 0;
    if (!f || f->nlines == 0) return;
    if (off > f->len) off = (uint32_t)f->len;
    size_t lo = 0, hi = f->nlines;   /* the last line starting at or before off */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->lines[mid] <= off) lo = mid;
        else hi = mid;
    }
    *line = (long)lo;
    *ch = lt_units(f->text, f->lines[lo], off);
}

void lt_end(const char *text, size_t len, long *line, long *ch)
{
    size_t start = 0;
    *line = 0;
    for (const char *p = text; (p = memchr(p, '\n', len - (size_t)(p - text))); p++) {
        (*line)++;
        start = (size_t)(p - text) + 1;
    }
    *ch = lt_units(text, start, len);
}

bool lt_splice(char **text, size_t *len, size_t a, size_t b, const char *s, size_t n)
{
    if (b > *len) b = *len;
    if (a > b) a = b;
    size_t nlen = *len - (b - a) + n;
    char *t = fail_malloc(nlen + 1);
    if (!t) return false;
    memcpy(t, *text, a);
    memcpy(t + a, s, n);
    memcpy(t + a + n, *text + b, *len - b);
    t[nlen] = '\0';
    free(*text);
    *text = t;
    *len = nlen;
    return true;
}
