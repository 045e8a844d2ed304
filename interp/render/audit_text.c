/* audit_text — civic audit as text (audit_render.h).
 *
 *   E17: breach of [10.2], due 2025-12-29 (bob): answered 2025-12-31, 2 working days late
 *   reg.csv:9:16: error: no such day: '2025-02-30' in 'received' [bad-date]
 *       9 | E8,2025-02-30,alice,bob,
 *         |    ^~~~~~~~~~
 *   hint: write dates as …
 *
 * A register's cells are written through ao_put (audit_base.c). */
#include "audit_render.h"
#include "report.h"
#include "textout.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- findings ----------------------------------------------------------------------------- */

/* A finding's line is made in a buffer and written at once: a line in nine
 * writes to the stream was most of the time of writing it.  A piece with a
 * control character (or too long for the buffer) goes through ao_put. */
typedef struct ao_line {
    FILE *f;
    size_t n;
    char b[512];
} ao_line;

static void ao_line_flush(ao_line *l)
{
    if (l->n) fwrite_unlocked(l->b, 1, l->n, l->f);   /* one thread writes: no lock to take a line */
    l->n = 0;
}

/* Is every byte of s printable ASCII (0x20 to 0x7E)?  Eight at a time:
 * a byte under 0x20, or over 0x7E, sets the top bit of its lane in one of
 * the two tests (a false alarm only sends the piece through ao_put). */
static bool ao_plain(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
    uint64_t bad = 0, w;
    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        bad |= ((w - 0x20 * ones) & ~w) | ((w + (0x7F - 0x7E) * ones) | w);
    }
    for (; n; s++, n--) {
        unsigned char c = (unsigned char)*s;
        if (c < 0x20 || c >= 0x7F) return false;
    }
    return !(bad & tops);
}

static void ao_line_put(ao_line *l, const char *s, size_t n)
{
    if (n > sizeof l->b || !ao_plain(s, n)) {
        ao_line_flush(l);
        ao_put(l->f, s, n);
        return;
    }
    if (l->n + n > sizeof l->b) ao_line_flush(l);
    memcpy(l->b + l->n, s, n);
    l->n += n;
}

static void ao_line_puts(ao_line *l, const char *s) { ao_line_put(l, s, strlen(s)); }

/* A piece of our own: plain, and short. */
static void ao_line_lit(ao_line *l, const char *s, size_t n)
{
    if (l->n + n > sizeof l->b) ao_line_flush(l);
    memcpy(l->b + l->n, s, n);
    l->n += n;
}

#define AO_LIT(l, s) ao_line_lit((l), (s), sizeof(s) - 1)

void ao_text_finding(ao_out *o, const au_finding *f)
{
    char due[11];
    dt_format(f->due, due);
    ao_line l;
    l.f = o->out;
    l.n = 0;
    ao_line_puts(&l, f->id);
    if (f->breach) AO_LIT(&l, ": breach of [");
    else AO_LIT(&l, ": departure from [");
    ao_line_puts(&l, f->clause);
    if (f->forbidden) AO_LIT(&l, "], on ");
    else AO_LIT(&l, "], due ");
    ao_line_lit(&l, due, strlen(due));
    AO_LIT(&l, " (");
    ao_line_puts(&l, f->person);
    AO_LIT(&l, "): ");
    ao_line_puts(&l, f->what);
    if (l.n == sizeof l.b) ao_line_flush(&l);
    l.b[l.n++] = '\n';
    ao_line_flush(&l);
}

enum { AO_WINDOW = 120 };   /* bytes of a long row shown around the cell at fault, as civic check does */

/* The start of the character at or before byte i. */
static size_t ao_char_start(const char *s, size_t i)
{
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    return i;
}

/* The row's text around [a, b) (0-based bytes), with "..." where cut, and
 * the caret line under it. */
static void ao_excerpt(FILE *f, const au_rowerr *e, size_t a, size_t b, bool color)
{
    size_t len = e->rec_len, from = 0, to = len;
    if (len > AO_WINDOW) {
        from = a > AO_WINDOW / 2 ? ao_char_start(e->rec, a - AO_WINDOW / 2) : 0;
        to = from + AO_WINDOW < len ? ao_char_start(e->rec, from + AO_WINDOW) : len;
        if (b > to) b = to;
    }
    fprintf(f, "%5ld | %s", e->line, from ? "..." : "");
    to_write(f, e->rec + from, to - from);
    fputs(to < len ? "...\n" : "\n", f);
    if (!e->col) return;
    fputs(from ? "      | ..." : "      | ", f);
    for (size_t i = from; i < a; i++) {
        unsigned char c = (unsigned char)e->rec[i];
        if ((c & 0xC0) != 0x80) fputc(c == '\t' ? '\t' : ' ', f);
    }
    fputs(color ? "\033[1;32m^" : "^", f);
    size_t width = b > a ? ao_chars(e->rec + a, b - a) : 1;
    for (size_t i = 1; i < width; i++) fputc('~', f);
    fputs(color ? "\033[0m\n" : "\n", f);
}

static void ao_rowerr_to(FILE *f, const au_rowerr *e, bool color)
{
    size_t col = e->col ? ao_chars(e->rec, e->col - 1) + 1 : 0;
    ao_puts(f, e->file);
    if (col) fprintf(f, ":%ld:%zu: ", e->line, col);
    else fprintf(f, ":%ld: ", e->line);
    fputs(color ? "\033[1;31merror:\033[0m " : "error: ", f);
    ao_puts(f, e->msg);
    rp_code(f, e->code, color);
    fputc('\n', f);
    size_t a = e->col ? e->col - 1 : 0, b = e->end_col > e->col ? e->end_col - 1 : a;
    ao_excerpt(f, e, a, b, color);
    if (e->hint) {
        fputs(color ? "\033[1;36mhint:\033[0m " : "hint: ", f);
        ao_puts(f, e->hint);
        fputc('\n', f);
    }
}

/* A row's error, put together in memory and written at once: standard
 * error has no buffer, and a character at a time a register with
 * thousands of bad rows spent most of its time in system calls (thirty a
 * row).  What came before on standard output is written first. */
void ao_text_rowerr(ao_out *o, const au_rowerr *e)
{
    fflush(o->out);
    char *buf = NULL;
    size_t len = 0;
    FILE *ms = open_memstream(&buf, &len);
    if (!ms) { ao_rowerr_to(o->err, e, o->color); return; }
    ao_rowerr_to(ms, e, o->color);
    if (fclose(ms) == 0) fwrite(buf, 1, len, o->err);
    else ao_rowerr_to(o->err, e, o->color);
    free(buf);
    fflush(o->err);
}

/* ---- the summary -------------------------------------------------------------------------- */

static void ao_row(FILE *f, const char *key, const au_count *c, int width)
{
    fputs("  ", f);
    ao_puts(f, key);
    int pad = width - (int)ao_chars(key, strlen(key));
    fprintf(f, "%*s %9zu %9zu %9zu %9zu %9zu", pad > 0 ? pad : 0, "", c->duties, c->met, c->breached, c->departed, c->open);
    if (c->has_first_open) {
        char d[11];
        dt_format(c->first_open, d);
        fprintf(f, "   open, first due %s", d);
    }
    fputc('\n', f);
}

static void ao_table(FILE *f, const char *title, const au_count *v, size_t n, bool brackets)
{
    int width = (int)strlen(title);
    for (size_t i = 0; i < n; i++) {
        int w = (int)ao_chars(v[i].key, strlen(v[i].key)) + (brackets ? 2 : 0);
        if (w > width) width = w;
    }
    fprintf(f, "  %-*s %9s %9s %9s %9s %9s\n", width, title, "duties", "met", "breached", "departed", "open");
    for (size_t i = 0; i < n; i++) {
        if (!brackets) { ao_row(f, v[i].key, &v[i], width); continue; }
        char key[140];
        snprintf(key, sizeof key, "[%s]", v[i].key);
        ao_row(f, key, &v[i], width);
    }
}

void ao_text_summary(ao_out *o, const au_summary *s)
{
    FILE *f = o->out;
    if (!s->nclauses && !s->npeople && !s->nmonths) {   /* nothing audited: the last line says so */
        char none[160];
        ao_last_line(s, none, sizeof none);
        fprintf(f, "%s\n", none);
        return;
    }
    fputs("\nSummary\n", f);
    ao_table(f, "by clause", s->clauses, s->nclauses, true);
    fputc('\n', f);
    ao_table(f, "by person", s->people, s->npeople, false);
    fputc('\n', f);
    ao_table(f, "by month", s->months, s->nmonths, false);
    fputc('\n', f);
    size_t dated = s->open - s->open_undated;
    if (dated) fprintf(f, "%zu %s still open as of today: not breached yet\n", dated, dated == 1 ? "duty" : "duties");
    if (s->open_undated)
        fprintf(f, "%zu %s still open with no deadline to miss (\"in a timely manner\"), which cannot be checked\n", s->open_undated,
                s->open_undated == 1 ? "duty" : "duties");
    char last[160];
    ao_last_line(s, last, sizeof last);
    fprintf(f, "%s\n", last);
}
