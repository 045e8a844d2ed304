/* session — see session.h. */
#include "session.h"
#include "query.h"

#include <string.h>
#include <time.h>

static void ss_build(session *s)
{
    ld_finish(&s->ld);
    md_build(&s->m, &s->ld, s->today);
    ck_run(&s->m, s->today);
    q_check_questions(&s->m, s->today);
    if (s->ld.ar.failed || s->ld.names_ar.failed) dg_oom(&s->dg);   /* a text or table may be incomplete */
    dg_sort(&s->dg);
    s->built = true;
}

int ss_open(session *s, const char *path, dt_day today, int *err)
{
    memset(s, 0, sizeof *s);
    dg_init(&s->dg);
    ld_init(&s->ld, &s->dg);
    s->today = today;
    if (ld_file(&s->ld, path, err) != 0) return 2;
    ss_build(s);
    return 0;
}

void ss_open_text(session *s, const char *name, const char *text, size_t len, dt_day today)
{
    memset(s, 0, sizeof *s);
    dg_init(&s->dg);
    ld_init(&s->ld, &s->dg);
    s->today = today;
    ld_text(&s->ld, name, text, len);
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
