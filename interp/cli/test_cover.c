/* test_cover — clause coverage for civic test and civic render; see test_cover.h. */
#include "test_cover.h"
#include "cli.h"
#include "cover_out.h"
#include "fail.h"
#include "report.h"
#include "timeline.h"

#include <dirent.h>
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

/* ---- the files of the paths given --------------------------------------------------------- */

typedef struct tc_files {
    char **v;
    size_t n, cap;
    bool oom;
} tc_files;

static void tc_push(tc_files *f, char *path)   /* takes path */
{
    if (!path) { f->oom = true; return; }
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 16;
        char **v = fail_realloc(f->v, cap * sizeof *v);
        if (!v) { free(path); f->oom = true; return; }
        f->v = v;
        f->cap = cap;
    }
    f->v[f->n++] = path;
}

static int tc_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Every *.civic file under dir, in the order of their names (as civic test walks). */
static void tc_walk(tc_files *f, const char *dir, int depth)
{
    DIR *d = depth <= 32 ? opendir(dir) : NULL;
    if (!d) return;
    tc_files here = { 0 };
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.') continue;
        size_t dl = strlen(dir), n = dl + strlen(e->d_name) + 2;
        char *p = fail_malloc(n);
        if (p) snprintf(p, n, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", e->d_name);
        tc_push(&here, p);
    }
    closedir(d);
    f->oom |= here.oom;
    if (here.n) qsort(here.v, here.n, sizeof *here.v, tc_cmp);
    for (size_t i = 0; i < here.n; i++) {
        struct stat st;
        size_t len = strlen(here.v[i]);
        if (stat(here.v[i], &st) == 0 && S_ISDIR(st.st_mode)) tc_walk(f, here.v[i], depth + 1);
        else if (len > 6 && strcmp(here.v[i] + len - 6, ".civic") == 0 && S_ISREG(st.st_mode)) {
            tc_push(f, here.v[i]);
            here.v[i] = NULL;
        }
        free(here.v[i]);
    }
    free(here.v);
}

static void tc_files_free(tc_files *f)
{
    for (size_t i = 0; i < f->n; i++) free(f->v[i]);
    free(f->v);
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

int tc_collect(char *const *paths, size_t n, dt_day today, cov_set *out)
{
    tc_files files = { 0 };
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0) { cli_unreadable(paths[i], errno); rc = 2; }
        else if (S_ISDIR(st.st_mode)) tc_walk(&files, paths[i], 0);
        else tc_push(&files, fail_strdup(paths[i]));
    }
    if (files.oom) { fputs("civic: error: out of memory\n", stderr); rc = 1; }
    for (size_t i = 0; !rc && i < files.n; i++) rc = tc_file(files.v[i], today, out);
    if (!rc && out->failed) { fputs("civic: error: out of memory\n", stderr); rc = 1; }
    tc_files_free(&files);
    return rc;
}
