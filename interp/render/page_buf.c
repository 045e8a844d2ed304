/* page_buf — see page_buf.h. */
#include "page_buf.h"
#include "fail.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pb_init(pg_buf *b) { memset(b, 0, sizeof *b); }

void pb_free(pg_buf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

/* Room for n more bytes and a NUL; false (and failed set) when there is none. */
static bool pb_room(pg_buf *b, size_t n)
{
    if (b->failed) return false;
    if (n < b->cap - b->len) return true;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap - b->len <= n) {
        if (cap > ((size_t)-1) / 2) { b->failed = true; return false; }
        cap *= 2;
    }
    char *d = fail_realloc(b->data, cap);
    if (!d) { b->failed = true; return false; }
    b->data = d;
    b->cap = cap;
    return true;
}

void pb_write(pg_buf *b, const char *s, size_t n)
{
    if (!n || !pb_room(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void pb_puts(pg_buf *b, const char *s) { pb_write(b, s, strlen(s)); }

void pb_printf(pg_buf *b, const char *fmt, ...)
{
    char small[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) { b->failed = true; return; }
    if ((size_t)n < sizeof small) { pb_write(b, small, (size_t)n); return; }
    char *big = fail_malloc((size_t)n + 1);
    if (!big) { b->failed = true; return; }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    pb_write(b, big, (size_t)n);
    free(big);
}

/* ---- escapes ---------------------------------------------------------------------- */

/* How one format writes one byte of visible text: the replacement, or NULL
 * to write the byte as it is.  `start`: the first byte of the text. */
typedef const char *(*pb_map)(unsigned char c, bool start, const unsigned char *next);

/* The length of the well-formed UTF-8 character at s (n bytes left), or 0
 * (as textout reads it), and its code point. */
static size_t pb_utf8_len(const unsigned char *s, size_t n, unsigned *cp)
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

/* ASCII text through the format's map. */
static void pb_mapped(pg_buf *b, const char *s, size_t n, pb_map map, bool start)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        const char *r = map(u[i], start && i == 0, i + 1 < n ? u + i + 1 : NULL);
        if (r) pb_puts(b, r);
        else pb_write(b, s + i, 1);
    }
}

/* s made visible (control characters as \xHH, \u0080) and each byte of it
 * through the format's map; characters from U+00A0 up pass as they are. */
static void pb_escape(pg_buf *b, const char *s, size_t n, pb_map map)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i], cp = 0;
        if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7F)) {
            pb_mapped(b, s + i, 1, map, i == 0);
            i++;
            continue;
        }
        size_t k = c >= 0x80 ? pb_utf8_len(u + i, n - i, &cp) : 0;
        if (k && cp >= 0xA0) {
            pb_write(b, s + i, k);
            i += k;
            continue;
        }
        char esc[12];
        if (k) snprintf(esc, sizeof esc, "\\u%04X", cp);   /* a C1 control */
        else snprintf(esc, sizeof esc, "\\x%02X", c);      /* C0, DEL, or not UTF-8 */
        pb_mapped(b, esc, strlen(esc), map, i == 0);
        i += k ? k : 1;
    }
}

static const char *pb_map_none(unsigned char c, bool start, const unsigned char *next) { return NULL; }

static const char *pb_map_html(unsigned char c, bool start, const unsigned char *next)
{
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    default: return NULL;
    }
}

/* A text that starts like a list item, a quote or a heading's underline
 * would open a block where it stands at a line's start or in a list item. */
static const char *pb_md_start(unsigned char c)
{
    switch (c) {
    case '-': return "\\-";
    case '+': return "\\+";
    case '=': return "\\=";
    default: return NULL;
    }
}

static const char *pb_map_md(unsigned char c, bool start, const unsigned char *next)
{
    static const char special[] = "\\`*_[]<>#|~$!";
    static char one[3] = "\\?";
    if (c == '&') return "&amp;";
    if (c == '\n' || c == '\t') return " ";
    if (c && strchr(special, c)) {
        one[1] = (char)c;
        return one;
    }
    return NULL;
}

static const char *pb_map_dot(unsigned char c, bool start, const unsigned char *next)
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '\n': case '\t': return " ";
    default: return NULL;
    }
}

void pb_html(pg_buf *b, const char *s)
{
    if (s) pb_escape(b, s, strlen(s), pb_map_html);
}

/* "1." or "1)" at the start of a text would make it an ordered list. */
static size_t pb_md_number(const char *s)
{
    size_t k = 0;
    while (s[k] >= '0' && s[k] <= '9') k++;
    return k > 0 && (s[k] == '.' || s[k] == ')') ? k : 0;
}

void pb_md(pg_buf *b, const char *s)
{
    if (s) pb_escape(b, s, strlen(s), pb_map_md);
}

void pb_md_lead(pg_buf *b, const char *s)
{
    if (!s) return;
    if (pb_md_start((unsigned char)s[0])) {
        pb_puts(b, pb_md_start((unsigned char)s[0]));
        s++;
    }
    size_t k = pb_md_number(s);
    if (k) {
        pb_write(b, s, k);
        pb_printf(b, "\\%c", s[k]);
        s += k + 1;
        pb_escape(b, s, strlen(s), pb_map_md);
        return;
    }
    pb_escape(b, s, strlen(s), pb_map_md);
}

static const char *pb_map_code(unsigned char c, bool start, const unsigned char *next)
{
    return c == '\n' || c == '\t' ? " " : NULL;
}

void pb_md_code(pg_buf *b, const char *s)
{
    if (!s) return;
    bool tick = strchr(s, '`') != NULL;
    pb_puts(b, tick ? "`` " : "`");
    pb_escape(b, s, strlen(s), pb_map_code);
    pb_puts(b, tick ? " ``" : "`");
}

void pb_dot(pg_buf *b, const char *s)
{
    if (s) pb_escape(b, s, strlen(s), pb_map_dot);
}

void pb_visible(pg_buf *b, const char *s, size_t n) { pb_escape(b, s, n, pb_map_none); }
