/* audit_text — civic audit as text (audit_render.h).
 *
 *   E17: breach of [10.2], due 2025-12-29 (bob): answered 2025-12-31, 2 working days late
 *   reg.csv:9:16: error: no such day: '2025-02-30' in 'received'
 *       9 | E8,2025-02-30,alice,bob,
 *         |    ^~~~~~~~~~
 *   hint: write dates as …
 *
 * A register's cells are written through ao_put (audit_base.c). */
#include "audit_render.h"
#include "textout.h"

#include <string.h>

/* ---- findings ----------------------------------------------------------------------------- */

void ao_text_finding(ao_out *o, const au_finding *f)
{
    char due[11];
    dt_format(f->due, due);
    FILE *out = o->out;
    ao_puts(out, f->id);
    fputs(f->breach ? ": breach of [" : ": departure from [", out);
    ao_puts(out, f->clause);
    fputs(f->forbidden ? "], on " : "], due ", out);
    fputs(due, out);
    fputs(" (", out);
    ao_puts(out, f->person);
    fputs("): ", out);
    ao_puts(out, f->what);
    fputc('\n', out);
}

void ao_text_rowerr(ao_out *o, const au_rowerr *e)
{
    FILE *f = o->err;
    fflush(o->out);
    bool color = o->color;
    size_t col = e->col ? ao_chars(e->rec, e->col - 1) + 1 : 0;
    ao_puts(f, e->file);
    if (col) fprintf(f, ":%ld:%zu: ", e->line, col);
    else fprintf(f, ":%ld: ", e->line);
    fputs(color ? "\033[1;31merror:\033[0m " : "error: ", f);
    ao_puts(f, e->msg);
    fputc('\n', f);
    fprintf(f, "%5ld | ", e->line);
    to_write(f, e->rec, e->rec_len);
    fputc('\n', f);
    if (col) {
        fputs("      | ", f);
        for (size_t i = 0; i + 1 < e->col; i++) {
            unsigned char c = (unsigned char)e->rec[i];
            if ((c & 0xC0) != 0x80) fputc(c == '\t' ? '\t' : ' ', f);
        }
        fputs(color ? "\033[1;32m^" : "^", f);
        size_t width = e->end_col > e->col ? ao_chars(e->rec + e->col - 1, e->end_col - e->col) : 1;
        for (size_t i = 1; i < width; i++) fputc('~', f);
        fputs(color ? "\033[0m\n" : "\n", f);
    }
    if (e->hint) {
        fputs(color ? "\033[1;36mhint:\033[0m " : "hint: ", f);
        ao_puts(f, e->hint);
        fputc('\n', f);
    }
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
    if (s->open) fprintf(f, "%zu %s still open as of today: not breached yet\n", s->open, s->open == 1 ? "duty" : "duties");
    char last[160];
    ao_last_line(s, last, sizeof last);
    fprintf(f, "%s\n", last);
}
