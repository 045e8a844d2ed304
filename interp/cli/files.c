/* files — see files.h. */
#include "files.h"
#include "fail.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char *cf_why(int err)
{
    if (err == CF_NOT_REGULAR) return "not a regular file (a FIFO, a device or a socket)";
    if (err == CF_TOO_DEEP) return "directories nested more than 32 deep";
    if (err == ENOMEM) return "out of memory";
    if (err == EISDIR) return "Is a directory";
    if (err == EFBIG) return "it is larger than 64 MiB, the most Civic reads";
    return strerror(err);
}

bool cf_push(cf_files *f, const char *path, int err)
{
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 16;
        char **nv = fail_realloc(f->v, cap * sizeof *nv);
        if (nv) f->v = nv;
        int *ne = nv ? fail_realloc(f->err, cap * sizeof *ne) : NULL;
        if (ne) f->err = ne;
        if (!nv || !ne) { f->oom = true; return false; }
        f->cap = cap;
    }
    f->v[f->n] = fail_strdup(path);
    if (!f->v[f->n]) { f->oom = true; return false; }
    f->err[f->n++] = err;
    return true;
}

static int cf_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static bool cf_is_civic(const char *name)
{
    size_t n = strlen(name);
    return n > 6 && strcmp(name + n - 6, ".civic") == 0;
}

/* The directories being walked, outermost first: a link back to one of them
 * is a loop whose files are already on the list. */
typedef struct cf_chain {
    const struct cf_chain *up;
    dev_t dev;
    ino_t ino;
} cf_chain;

static bool cf_on_chain(const cf_chain *c, const struct stat *st)
{
    for (; c; c = c->up)
        if (c->dev == st->st_dev && c->ino == st->st_ino) return true;
    return false;
}

/* The names in dir (not those starting with '.'), sorted.  false when the
 * directory cannot be read (errno set). */
static bool cf_list(cf_files *local, const char *dir, bool *oom)
{
    DIR *d = opendir(dir);
    if (!d) return false;
    size_t dl = strlen(dir);
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') { errno = 0; continue; }
        size_t n = dl + strlen(e->d_name) + 2;
        char *p = fail_malloc(n);
        if (!p) { *oom = true; break; }
        snprintf(p, n, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", e->d_name);
        cf_push(local, p, 0);
        free(p);
        errno = 0;
    }
    int e2 = errno;
    closedir(d);
    if (local->oom) *oom = true;
    if (local->n > 1) qsort(local->v, local->n, sizeof *local->v, cf_cmp);
    errno = e2;
    return e2 == 0;
}

static void cf_walk(cf_files *f, const char *dir, int depth, const cf_chain *up);

/* One name found in a directory. */
static void cf_entry(cf_files *f, const char *path, int depth, const cf_chain *up)
{
    struct stat st;
    bool civic = cf_is_civic(path);
    if (stat(path, &st) != 0) {
        /* a dangling link by another name is not a scenario file; anything
         * else that cannot be looked at may be one, or hold some */
        if (civic || errno != ENOENT) cf_push(f, path, errno);
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        if (cf_on_chain(up, &st)) return;
        cf_chain here = { up, st.st_dev, st.st_ino };
        cf_walk(f, path, depth + 1, &here);
    } else if (civic) {
        cf_push(f, path, S_ISREG(st.st_mode) ? 0 : CF_NOT_REGULAR);
    }
}

static void cf_walk(cf_files *f, const char *dir, int depth, const cf_chain *up)
{
    if (depth > CF_MAX_DEPTH) { cf_push(f, dir, CF_TOO_DEEP); return; }
    cf_files local = { 0 };
    bool oom = false;
    if (!cf_list(&local, dir, &oom) && !oom) cf_push(f, dir, errno);
    if (oom) f->oom = true;
    for (size_t i = 0; i < local.n; i++) {
        cf_entry(f, local.v[i], depth, up);
        free(local.v[i]);
    }
    free(local.v);
    free(local.err);
}

/* A path named on the command line. */
void cf_arg(cf_files *f, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) { cf_push(f, path, errno); return; }
    if (S_ISDIR(st.st_mode)) {
        cf_chain top = { NULL, st.st_dev, st.st_ino };
        cf_walk(f, path, 0, &top);
    } else {
        cf_push(f, path, S_ISREG(st.st_mode) ? 0 : CF_NOT_REGULAR);
    }
}

/* A file named twice ("civic test protocols protocols/x.civic") runs once. */
/* Sorted by real path, then by place in the list: the first of a run of
 * equal paths is the one named first. */
typedef struct cf_real {
    char *path;              /* realpath, or NULL (cannot be resolved: never a duplicate) */
    size_t at;
} cf_real;

static int cf_real_cmp(const void *pa, const void *pb)
{
    const cf_real *a = pa, *b = pb;
    if (!a->path || !b->path) {
        if (a->path != b->path) return a->path ? -1 : 1;
    } else {
        int c = strcmp(a->path, b->path);
        if (c) return c;
    }
    return a->at < b->at ? -1 : a->at > b->at;
}

/* By sorting, not by comparing every pair: a national batch is 20,000 files. */
void cf_dedupe(cf_files *f)
{
    cf_real *real = fail_calloc(f->n + 1, sizeof *real);
    bool *dup = fail_calloc(f->n + 1, sizeof *dup);
    if (!real || !dup) { free(real); free(dup); f->oom = true; return; }
    for (size_t i = 0; i < f->n; i++) {
        real[i].path = realpath(f->v[i], NULL);
        real[i].at = i;
    }
    qsort(real, f->n, sizeof *real, cf_real_cmp);
    for (size_t i = 1; i < f->n; i++)
        if (real[i].path && real[i - 1].path && strcmp(real[i].path, real[i - 1].path) == 0) dup[real[i].at] = true;
    size_t k = 0;
    for (size_t i = 0; i < f->n; i++) {
        if (dup[i]) { free(f->v[i]); continue; }
        f->err[k] = f->err[i];
        f->v[k++] = f->v[i];
    }
    for (size_t i = 0; i < f->n; i++) free(real[i].path);
    free(real);
    free(dup);
    f->n = k;
}

void cf_files_free(cf_files *f)
{
    for (size_t i = 0; i < f->n; i++) free(f->v[i]);
    free(f->v);
    free(f->err);
}
