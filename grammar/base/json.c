/* json — see json.h. */
#include "json.h"

#include <string.h>

void js_init(js_out *j, FILE *f)
{
    memset(j, 0, sizeof *j);
    j->f = f;
    j->first[0] = true;
}

static void js_indent(js_out *j)
{
    fputc('\n', j->f);
    for (int i = 0; i < j->depth; i++) fputs("  ", j->f);
}

/* Separator and indentation before a value or a key. */
static void js_pre(js_out *j)
{
    if (j->after_key) {
        j->after_key = false;
        return;
    }
    if (j->depth == 0) return;
    if (!j->first[j->depth]) fputc(',', j->f);
    j->first[j->depth] = false;
    js_indent(j);
}

static void js_open(js_out *j, char c)
{
    js_pre(j);
    fputc(c, j->f);
    if (j->depth < JS_MAX_DEPTH) j->depth++;
    j->first[j->depth] = true;
}

static void js_close(js_out *j, char c)
{
    bool empty = j->first[j->depth];
    if (j->depth > 0) j->depth--;
    if (!empty) js_indent(j);
    fputc(c, j->f);
}

void js_obj(js_out *j) { js_open(j, '{'); }
void js_obj_end(js_out *j) { js_close(j, '}'); }
void js_arr(js_out *j) { js_open(j, '['); }
void js_arr_end(js_out *j) { js_close(j, ']'); }

void js_raw(js_out *j, const char *text)
{
    js_pre(j);
    fputs(text, j->f);
}

void js_key(js_out *j, const char *k)
{
    js_pre(j);
    js_write_string(j->f, k, strlen(k));
    fputs(": ", j->f);
    j->after_key = true;
}

/* Decode one UTF-8 sequence; returns its length, or 0 when invalid. */
static size_t js_utf8(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0];
    size_t k;
    unsigned min;
    if (c < 0x80) { *cp = c; return 1; }
    if ((c & 0xE0) == 0xC0) { k = 2; min = 0x80; c &= 0x1F; }
    else if ((c & 0xF0) == 0xE0) { k = 3; min = 0x800; c &= 0x0F; }
    else if ((c & 0xF8) == 0xF0) { k = 4; min = 0x10000; c &= 0x07; }
    else return 0;
    if (k > n) return 0;
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return k;
}

void js_write_string(FILE *f, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    fputc('"', f);
    size_t i = 0;
    while (i < n) {
        unsigned cp;
        size_t k = js_utf8(s + i, n - i, &cp);
        if (k == 0) { cp = 0xFFFD; k = 1; }
        i += k;
        switch (cp) {
        case '"': fputs("\\\"", f); continue;
        case '\\': fputs("\\\\", f); continue;
        case '\n': fputs("\\n", f); continue;
        case '\r': fputs("\\r", f); continue;
        case '\t': fputs("\\t", f); continue;
        case '\b': fputs("\\b", f); continue;
        case '\f': fputs("\\f", f); continue;
        default: break;
        }
        if (cp >= 0x20 && cp < 0x7F) fputc((int)cp, f);
        else if (cp < 0x10000) fprintf(f, "\\u%04x", cp);
        else {
            cp -= 0x10000;
            fprintf(f, "\\u%04x\\u%04x", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
        }
    }
    fputc('"', f);
}

void js_strn(js_out *j, const char *s, size_t n)
{
    js_pre(j);
    js_write_string(j->f, s, n);
}

void js_str(js_out *j, const char *s)
{
    if (!s) { js_null(j); return; }
    js_strn(j, s, strlen(s));
}

void js_int(js_out *j, long v) { js_pre(j); fprintf(j->f, "%ld", v); }
void js_bool(js_out *j, bool v) { js_pre(j); fputs(v ? "true" : "false", j->f); }
void js_null(js_out *j) { js_pre(j); fputs("null", j->f); }
void js_done(js_out *j) { fputc('\n', j->f); }
