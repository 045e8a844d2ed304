/* test_cover — clause coverage for civic test and civic render; see test_cover.h. */
#include "test_cover.h"
#include "files.h"
#include "cli.h"
#include "cover_out.h"
#include "fail.h"
#include "report.h"
#include "timeline.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

cov_table *tc_begin(const md_model *m)
{
    cov_table *t = fail_malloc(sizeof *t);
    if (!t) return NULL;
    if (cov_begin(t, m)) return t;
    cov_free(t);
    free(t);
    return NULL;
}

bool tc_print(FILE *text, FILE *why, const cov_set *s, int min)
{
    bool under = false;
    for (size_t i = 0; text && i < s->n; i++) co_text(text, s->v[i]);
    for (size_t i = 0; i < s->n; i++) under |= co_under(why, s->v[i], min);
    return under;
}

pg_cover tc_mark(void *ctx, const char *label)
{
    const cov_clause *c = ctx ? cov_find(ctx, label) : NULL;
    if (!c) return PG_COVER_NONE;
    return c->how == COV_UNTOUCHED ? PG_COVER_UNTOUCHED : PG_COVER_EXERCISED;
}

char *tc_key(const char *path)
{
    return realpath(path, NULL);
}

/* ---- running ------------------------------------------------------------------------------- */

static void tc_entry(void *ctx, const sim_entry *e) { cov_entry(ctx, e); }

/* The scenarios of one file into the set; 0, or 1 after saying why not. */
static int tc_file(const char *path, dt_day today, cov_set *out)
{
    session s;
    int err, rc = 0;
    if (ss_open(&s, path, today, &err) != 0) {
        cli_unreadable(path, err);
        rc = 2;
    } else if (ss_errors(&s)) {
        rp_text(&s.dg, &s.ld.src, stderr, rp_use_color(stderr));
        fprintf(stderr, "civic: %s has errors: its scenarios were not run\n", path);
        rc = 1;
    } else {
        cov_table *t = tc_begin(&s.m);
        arena scratch;
        ar_init(&scratch);
        for (size_t i = 0; t && i < s.m.nscens; i++) {
            const md_scenario *sc = &s.m.scens[i];
            cov_scenario(t, sc, path, tl_line(&s.ld.src, sc->at));
            sim_result r = sim_run(&s.m, sc, today, &scratch, tc_entry, t, true);
            ar_reset(&scratch);
            if (r.error) t->failed = true;
        }
        ar_free(&scratch);
        if (t) cov_end(t);
        if (!t || t->failed) {
            fputs("civic: error: out of memory\n", stderr);
            rc = 1;
        }
        if (t) cov_set_add(out, t);
    }
    ss_close(&s);
    return rc;
}

/* The scenarios of every file named and every *.civic file under every
 * directory named (files.h: the walk of civic test, so what cannot be read
 * is said, in its place); 0, or the worst of the files' statuses. */
int tc_collect(char *const *paths, size_t n, dt_day today, cov_set *out)
{
    cf_files files = { 0 };
    int rc = 0;
    for (size_t i = 0; i < n; i++) cf_arg(&files, paths[i]);
    cf_dedupe(&files);
    if (files.oom) { fputs("civic: error: out of memory\n", stderr); rc = 1; }
    for (size_t i = 0; !files.oom && i < files.n; i++) {
        int r = files.err[i] ? 2 : tc_file(files.v[i], today, out);
        if (files.err[i]) cli_unreadable(files.v[i], files.err[i]);
        if (r > rc) rc = r;
    }
    if (!rc && out->failed) { fputs("civic: error: out of memory\n", stderr); rc = 1; }
    cf_files_free(&files);
    return rc;
}
