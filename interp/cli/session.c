/* session — see session.h. */
#include "session.h"

#include "afile.h"
#include "fail.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void ss_init(session *s, dt_day today)
{
    memset(s, 0, sizeof *s);
    dg_init(&s->dg);
    ld_init(&s->ld, &s->dg);
    s->today = today;
}

char *ss_read_stdin(size_t *len, int *err)
{
    size_t cap = 65536, n = 0;
    af_note_fd(STDIN_FILENO);   /* `- < p.civic`: p.civic is read (afile.h) */
    char *buf = fail_malloc(cap);
    *err = ENOMEM;
    while (buf) {
        if (n == cap) {
            char *nb = cap > SRC_MAX_BYTES ? NULL : fail_realloc(buf, cap * 2);
            if (!nb) { *err = cap > SRC_MAX_BYTES ? EFBIG : ENOMEM; break; }
            buf = nb;
            cap *= 2;
        }
        size_t r = fread(buf + n, 1, cap - n, stdin);
        n += r;
        if (r == 0) {
            *err = ferror(stdin) ? errno : 0;
            break;
        }
    }
    if (buf && *err == 0 && n <= SRC_MAX_BYTES) { *len = n; return buf; }
    if (buf && *err == 0) *err = EFBIG;
    free(buf);
    return NULL;
}

int ss_add_file(session *s, const char *path, int *err)
{
    if (strcmp(path, "-") != 0) return ld_file(&s->ld, path, err) != 0 ? 2 : 0;
    /* standard input: a text of its own whose relative `use`s resolve from
     * the current directory (source.c gives "<stdin>" the directory ".") */
    size_t len = 0;
    char *text = ss_read_stdin(&len, err);
    if (!text) return 2;
    ld_text(&s->ld, SS_STDIN, text, len);
    free(text);
    return 0;
}

void ss_add_text(session *s, const char *name, const char *text, size_t len) { ld_text(&s->ld, name, text, len); }

void ss_build(session *s)
{
    ld_finish(&s->ld);
    md_build(&s->m, &s->ld, s->today);
    ck_run(&s->m, s->today);
    q_compile_scenarios(&s->m, s->today);
    if (s->ld.ar.failed || s->ld.names_ar.failed) dg_oom(&s->dg);   /* a text or table may be incomplete */
    dg_sort(&s->dg);
    s->built = true;
}

int ss_open(session *s, const char *path, dt_day today, int *err)
{
    ss_init(s, today);
    if (ss_add_file(s, path, err) != 0) return 2;
    ss_build(s);
    return 0;
}

void ss_open_text(session *s, const char *name, const char *text, size_t len, dt_day today)
{
    ss_init(s, today);
    ss_add_text(s, name, text, len);
    ss_build(s);
}

void ss_close(session *s)
{
    if (s->built) md_free(&s->m);
    ld_free(&s->ld);
    dg_free(&s->dg);
    memset(s, 0, sizeof *s);
}

size_t ss_errors(const session *s) { return s->dg.errors + (s->dg.oom ? 1 : 0); }

dt_day ss_system_today(void)
{
    time_t t = time(NULL);
    struct tm tm;
    if (!localtime_r(&t, &tm)) return dt_from_ymd(2026, 1, 1);
    return dt_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

/* ---- questions ------------------------------------------------------------------ */

void ss_query_init(ss_query *q)
{
    memset(q, 0, sizeof *q);
    src_init(&q->src);
    dg_init(&q->dg);
    ar_init(&q->scratch);
}

void ss_query_free(ss_query *q)
{
    src_free(&q->src);
    dg_free(&q->dg);
    ar_free(&q->scratch);
    memset(q, 0, sizeof *q);
}

int ss_ask(const session *s, ss_query *q, const char *text, dt_day today)
{
    /* what the last question left: its text, diagnostics and answer */
    src_free(&q->src);
    src_init(&q->src);
    dg_free(&q->dg);
    dg_init(&q->dg);
    ar_reset(&q->scratch);
    q->scratch.failed = false;
    memset(&q->answer, 0, sizeof q->answer);
    uint32_t file = src_add(&q->src, "<query>", text, strlen(text), true);
    if (!file) {
        dg_oom(&q->dg);
        return 1;
    }
    const q_question *qq = q_compile(&s->m, text, file, today, &q->scratch, &q->dg);
    if (!qq) return 1;
    return q_evaluate(&s->m, qq, &q->scratch, &q->dg, &q->answer);
}
