/* report — see report.h. */
#include "report.h"
#include "textout.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { RP_WINDOW = 120 };

bool rp_use_color(FILE *f)
{
    const char *nc = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    if (nc && *nc) return false;
    if (term && strcmp(term, "dumb") == 0) return false;
    return isatty(fileno(f));
}

/* Write the bytes of a source line so that they cannot disturb a terminal:
 * control characters (C0 but tab, DEL, C1) and invalid UTF-8 become '?',
 * one per character, so that the caret below stays in its column. */
static void rp_clean(FILE *f, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\t') { fputc('\t', f); i++; continue; }
        if (c < 0x20 || c == 0x7F) { fputc('?', f); i++; continue; }
        if (c < 0x80) { fputc(c, f); i++; continue; }
        size_t k = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        bool ok = k && i + k <= n;
        for (size_t j = 1; ok && j < k; j++) ok = ((unsigned char)s[i + j] & 0xC0) == 0x80;
        if (!ok) { fputc('?', f); i++; continue; }
        /* well formed, but is it a character?  Overlong forms and surrogates
         * are not UTF-8 either: one '?', as the column counts one character */
        unsigned cp = c & (k == 2 ? 0x1Fu : k == 3 ? 0x0Fu : 0x07u);
        for (size_t j = 1; j < k; j++) cp = (cp << 6) | ((unsigned char)s[i + j] & 0x3Fu);
        unsigned min = k == 2 ? 0x80u : k == 3 ? 0x800u : 0x10000u;
        /* C1 controls (U+0080..U+009F) are controls too: U+009B is CSI */
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp <= 0x9F) fputc('?', f);
        else fwrite(s + i, 1, k, f);
        i += k;
    }
}

static size_t rp_char_start(const char *s, size_t i)
{
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    return i;
}

static void rp_caret_line(FILE *f, const char *line, size_t from, size_t a, size_t b, bool color)
{
    /* spaces (tabs kept) under the prefix, then ^~~~ under the span */
    fputs("      | ", f);
    for (size_t i = from; i < a; i++) {
        unsigned char c = (unsigned char)line[i];
        if ((c & 0xC0) == 0x80) continue;
        fputc(c == '\t' ? '\t' : ' ', f);
    }
    if (color) fputs("\033[1;32m", f);
    fputc('^', f);
    bool firstc = true;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)line[i];
        if ((c & 0xC0) == 0x80) continue;
        if (firstc) { firstc = false; continue; }
        fputc('~', f);
    }
    if (color) fputs("\033[0m", f);
    fputc('\n', f);
}

static void rp_source(const src_set *src, const dg_diag *d, int line, FILE *f, bool color)
{
    size_t len;
    const char *text = src_line_text(src, d->where.file, d->where.start, &len);
    const src_file *sf = src_get(src, d->where.file);
    size_t line_off = (size_t)(text - sf->text);
    size_t a = d->where.start >= line_off ? d->where.start - line_off : 0;
    size_t b = d->where.end > d->where.start ? d->where.end - line_off : a;
    if (a > len) a = len;
    if (b > len) b = len;
    if (b < a) b = a;
    size_t from = 0, to = len;
    if (len > RP_WINDOW) {
        from = a > RP_WINDOW / 2 ? rp_char_start(text, a - RP_WINDOW / 2) : 0;
        to = from + RP_WINDOW < len ? rp_char_start(text, from + RP_WINDOW) : len;
        if (b > to) b = to;
    }
    fprintf(f, "%5d | ", line);
    if (from > 0) fputs("...", f);
    rp_clean(f, text + from, to - from);
    if (to < len) fputs("...", f);
    fputc('\n', f);
    if (from > 0) {
        /* keep the caret aligned with the "..." */
        fputs("      | ...", f);
        for (size_t i = from; i < a; i++) {
            unsigned char c = (unsigned char)text[i];
            if ((c & 0xC0) == 0x80) continue;
            fputc(c == '\t' ? '\t' : ' ', f);
        }
        if (color) fputs("\033[1;32m", f);
        fputc('^', f);
        for (size_t i = a + 1; i < b; i++)
            if (((unsigned char)text[i] & 0xC0) != 0x80) fputc('~', f);
        if (color) fputs("\033[0m", f);
        fputc('\n', f);
        return;
    }
    rp_caret_line(f, text, from, a, b, color);
}

void rp_code(FILE *f, const char *code, bool color)
{
    if (!code || !*code) return;
    fprintf(f, " %s[%s]%s", color ? "\033[2m" : "", code, color ? "\033[0m" : "");
}

/* Diagnostics go to stderr, which has no buffer: written character by
 * character, 100,000 warnings took half a minute of system calls.  Each is
 * put together in memory, and what is ready is written in pieces of about
 * 64 KiB. */
typedef struct rp_mem { FILE *ms; char *buf; size_t len; FILE *out; } rp_mem;

static void rp_pass_on(rp_mem *m)
{
    fflush(m->ms);
    if (m->len) fwrite(m->buf, 1, m->len, m->out);
    rewind(m->ms);   /* the size is now the position: 0 */
    fflush(m->ms);
}

static void rp_text_to(const dg_sink *dg, const src_set *src, FILE *f, bool color, bool errors_only, rp_mem *m);

static void rp_text_sev(const dg_sink *dg, const src_set *src, FILE *f, bool color, bool errors_only)
{
    rp_mem m = { NULL, NULL, 0, f };
    m.ms = open_memstream(&m.buf, &m.len);
    if (!m.ms) { rp_text_to(dg, src, f, color, errors_only, NULL); return; }
    rp_text_to(dg, src, m.ms, color, errors_only, &m);
    rp_pass_on(&m);
    fclose(m.ms);
    free(m.buf);
    fflush(f);
}

void rp_text(const dg_sink *dg, const src_set *src, FILE *f, bool color) { rp_text_sev(dg, src, f, color, false); }

void rp_text_errors(const dg_sink *dg, const src_set *src, FILE *f, bool color) { rp_text_sev(dg, src, f, color, true); }

static void rp_text_to(const dg_sink *dg, const src_set *src, FILE *f, bool color, bool errors_only, rp_mem *m)
{
    for (size_t i = 0; i < dg->count; i++) {
        if (m && ftello(f) >= 65536) rp_pass_on(m);
        const dg_diag *d = &dg->items[i];
        if (errors_only && d->sev != DG_ERROR) continue;
        const src_file *sf = src_get(src, d->where.file);
        int line = 0, col = 0;
        if (sf) {
            src_linecol(src, d->where.file, d->where.start, &line, &col);
            fputs(color ? "\033[1m" : "", f);
            to_puts(f, sf->path);   /* a path as given on the command line: anything may be in it */
            fprintf(f, ":%d:%d:%s ", line, col, color ? "\033[0m" : "");
        }
        bool err = d->sev == DG_ERROR;
        if (color) fputs(err ? "\033[1;31m" : "\033[1;35m", f);
        fputs(err ? "error:" : "warning:", f);
        if (color) fputs("\033[0m", f);
        /* messages quote names and text from the file: a control character
         * in them is shown as an escape (textout.h), as in every answer */
        fputc(' ', f);
        to_puts(f, d->msg);
        rp_code(f, d->code, color);
        fputc('\n', f);
        if (sf) rp_source(src, d, line, f, color);
        for (size_t h = 0; h < dg_nhints_shown(d); h++) {
            const char *hint = dg_hint_shown(d, h);
            fprintf(f, "%shint:%s ", color ? "\033[1;36m" : "", color ? "\033[0m" : "");
            to_puts(f, hint);
            fputc('\n', f);
        }
    }
    rp_notes(dg, f);
}

void rp_notes(const dg_sink *dg, FILE *f)
{
    if (dg->truncated) fprintf(f, "civic: too many errors; stopped after %zu\n", dg->errors);
    if (dg->oom) fprintf(f, "civic: error: out of memory\n");
}

void rp_json_items(const dg_sink *dg, const src_set *src, js_out *j)
{
    for (size_t i = 0; i < dg->count; i++) {
        const dg_diag *d = &dg->items[i];
        const src_file *sf = src_get(src, d->where.file);
        int line = 0, col = 0, eline = 0, ecol = 0;
        if (sf) {
            src_linecol(src, d->where.file, d->where.start, &line, &col);
            uint32_t end = d->where.end > d->where.start ? d->where.end : d->where.start;
            src_linecol(src, d->where.file, end, &eline, &ecol);
            if (eline != line) {
                size_t len;
                src_line_text(src, d->where.file, d->where.start, &len);
                src_linecol(src, d->where.file, d->where.start, &line, &col);
                ecol = col;
                const char *t = src_line_text(src, d->where.file, d->where.start, &len);
                size_t off = (size_t)(t - sf->text) + len;
                src_linecol(src, d->where.file, (uint32_t)off, &eline, &ecol);
            }
            if (ecol <= col) ecol = col + 1;
        }
        js_obj(j);
        js_key(j, "file"); js_str(j, sf ? sf->path : NULL);
        js_key(j, "line"); js_int(j, line);
        js_key(j, "col"); js_int(j, col);
        js_key(j, "end_col"); js_int(j, ecol);
        js_key(j, "severity"); js_str(j, d->sev == DG_ERROR ? "error" : "warning");
        js_key(j, "code"); js_str(j, d->code);
        js_key(j, "message"); js_str(j, d->msg);
        js_key(j, "hints");
        js_arr(j);
        for (size_t h = 0; h < dg_nhints_shown(d); h++) js_str(j, dg_hint_shown(d, h));
        js_arr_end(j);
        js_obj_end(j);
    }
}
