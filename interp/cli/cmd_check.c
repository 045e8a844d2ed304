/* cmd_check — `civic check [--json] [--werror] [-q] [--today D] PATH…`.
 *
 * Each file is loaded into a session of its own on a worker of the pool
 * (pool.h), so a batch of files uses every core; what each has to say is
 * written in the order of the files, the same bytes as one core gives.  With
 * --json every file's diagnostics come after the "files" array: they wait in
 * a temporary file (not in memory) until it is closed. */
#include "cli.h"
#include "envelope.h"
#include "fail.h"
#include "files.h"
#include "pool.h"
#include "report.h"
#include "session.h"
#include "textout.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* One file's results, made by a worker. */
typedef struct cc_file {
    bool read;
    size_t errors, warnings;
    char *json;              /* --json: its diagnostics, as items of the "diagnostics" array */
    size_t njson;
} cc_file;

/* A file by device and inode (links followed), or not known (!ok). */
typedef struct cc_id {
    bool ok;
    dev_t dev;
    ino_t ino;
} cc_id;

typedef struct cc_run {
    const cf_files *found;   /* the files named, and those found in the directories named */
    cc_id *ids;              /* found's files, to show each diagnostic once a run */
    dt_day today;
    bool json, color;
    cc_file *files;          /* one per path */
    js_out j;                /* --json: the envelope, on stdout */
    FILE *spool;             /* --json: the diagnostics so far, in a temporary file, or */
    char *mem;               /*   in memory (a few files, or no temporary file could be made) */
    size_t nmem;
    bool any_diag;
    bool spool_failed;
    bool werror;             /* --werror: warnings fail the check */
    bool quiet;              /* -q: no summary lines */
    int status;
} cc_run;

static void cc_summary(const char *path, const session *s, FILE *out, FILE *err, bool werror)
{
    const md_model *m = &s->m;
    if (s->dg.errors || s->dg.warnings) {
        to_printf(err, "%s: %zu error%s, %zu warning%s%s\n", path, s->dg.errors, s->dg.errors == 1 ? "" : "s",
                  s->dg.warnings, s->dg.warnings == 1 ? "" : "s",
                  werror && s->dg.warnings ? " (--werror: warnings fail the check)" : "");
        return;
    }
#define CC_N(n, what) (n), what, (n) == 1 ? "" : "s"
    to_printf(out, "%s: ok (%zu %s%s, %zu %s%s, %zu %s%s, %zu %s%s)\n", path, CC_N(m->nroles, "role"),
              CC_N(m->nnorms, "rule"), CC_N(m->nroutes, "route"), CC_N(m->nscens, "scenario"));
#undef CC_N
}

/* The diagnostics as array items, written as the envelope's own writer
 * would write them at that depth (the first without a comma). */
static void cc_json_chunk(cc_file *f, const session *s)
{
    FILE *mem = open_memstream(&f->json, &f->njson);
    if (!mem) return;
    js_out j;
    js_init(&j, mem);
    j.depth = 2;             /* inside the envelope's object and its "diagnostics" array */
    j.first[2] = true;
    rp_json_items(&s->dg, &s->ld.src, &j);
    fclose(mem);
}

static cc_id cc_id_of(const char *path)
{
    struct stat st;
    cc_id id = { false, 0, 0 };
    if (stat(path, &st) == 0) id = (cc_id){ true, st.st_dev, st.st_ino };
    return id;
}

/* Is source file f of item i an item of its own (other than i)? */
static bool cc_other(const cc_run *r, size_t i, const src_file *sf)
{
    cc_id id = sf->embedded ? (cc_id){ false, 0, 0 } : cc_id_of(sf->path);
    for (size_t k = 0; id.ok && k < r->found->n; k++)
        if (k != i && r->ids[k].ok && r->ids[k].dev == id.dev && r->ids[k].ino == id.ino) return true;
    return false;
}

/* Which source files of s are checked as items of their own, other than
 * item `self`: their diagnostics are shown there, once. */
typedef struct cc_elsewhere {
    const src_set *src;
    bool *other;             /* per source file id; NULL (out of memory): asked of cc_other each time */
    const cc_run *r;
    size_t self;
} cc_elsewhere;

static bool cc_shown_elsewhere(const dg_diag *d, void *ctx)
{
    const cc_elsewhere *e = ctx;
    if (d->where.file == 0 || d->where.file >= e->src->count) return false;
    return e->other ? e->other[d->where.file] : cc_other(e->r, e->self, src_get(e->src, d->where.file));
}

/* A file `use`d by item i that is an item too (check protocols/): its
 * diagnostics are left to its own item, so each is printed once a run
 * (out of memory for the table of files, found again for each diagnostic:
 * the same output, never one shown twice). */
static void cc_dedupe(const cc_run *r, size_t i, session *s)
{
    const src_set *src = &s->ld.src;
    bool *other = fail_calloc(src->count ? src->count : 1, sizeof *other);
    bool any = false;
    for (size_t f = 1; f < src->count && (other || !any); f++) {
        bool o = cc_other(r, i, src_get(src, f));
        if (other) other[f] = o;
        any |= o;
    }
    cc_elsewhere e = { src, other, r, i };
    if (any) dg_drop_shown(&s->dg, cc_shown_elsewhere, &e);
    free(other);
}

/* A worker's job (pool.h): one file. */
static void cc_work(void *ctx, size_t i, FILE *out, FILE *err)
{
    cc_run *r = ctx;
    cc_file *f = &r->files[i];
    const char *path = r->found->v[i];
    session s;
    int e = r->found->err[i];
    f->read = !e && ss_open(&s, path, r->today, &e) == 0;
    if (r->found->err[i]) {
        cli_unreadable_to(err, path, e);
        return;
    }
    if (!f->read) {
        cli_unreadable_to(err, path, e);
    } else {
        f->errors = ss_errors(&s);
        f->warnings = s.dg.warnings;
        if (r->ids) cc_dedupe(r, i, &s);
        if (r->json) {
            cc_json_chunk(f, &s);
            rp_notes(&s.dg, err);
        } else {
            rp_text(&s.dg, &s.ld.src, err, r->color);
            if (!r->quiet) cc_summary(cli_name(path), &s, out, err, r->werror);
        }
    }
    ss_close(&s);
}

/* "files": one object per file named: its counts, or that it could not be read. */
static void cc_json_file(js_out *j, const char *path, const cc_file *f)
{
    js_obj(j);
    js_key(j, "file"); js_str(j, path);
    js_key(j, "read"); js_bool(j, f->read);
    if (f->read) {
        js_key(j, "errors"); js_int(j, (long)f->errors);
        js_key(j, "warnings"); js_int(j, (long)f->warnings);
    }
    js_obj_end(j);
}

/* Keeps a piece of the "diagnostics" array until the "files" array is done. */
static void cc_spool(cc_run *r, const char *text, size_t n)
{
    if (r->spool) {
        if (fwrite(text, 1, n, r->spool) != n) r->spool_failed = true;
        return;
    }
    char *nm = fail_realloc(r->mem, r->nmem + n);
    if (!nm) { r->spool_failed = true; return; }
    r->mem = nm;
    memcpy(r->mem + r->nmem, text, n);
    r->nmem += n;
}

/* In file order, on the calling thread. */
static void cc_done(void *ctx, size_t i, bool ran)
{
    cc_run *r = ctx;
    cc_file *f = &r->files[i];
    if (!ran) {
        to_printf(stderr, "civic: cannot check '%s': out of memory\n", r->found->v[i]);
        f->read = false;
    }
    if (!f->read) r->status = 2;
    else if ((f->errors || (r->werror && f->warnings)) && r->status == 0) r->status = 1;
    if (r->json) {
        cc_json_file(&r->j, cli_name(r->found->v[i]), f);
        if (f->read && !f->json && f->errors + f->warnings) r->spool_failed = true;
        if (f->njson) {
            if (r->any_diag) cc_spool(r, ",", 1);
            cc_spool(r, f->json, f->njson);
            r->any_diag = true;
        }
    }
    free(f->json);
    f->json = NULL;
}

/* The envelope's end (as ev_end), with the diagnostics from the spool. */
static void cc_json_end(cc_run *r)
{
    js_out *j = &r->j;
    js_arr_end(j);
    js_key(j, "diagnostics");
    js_arr(j);
    if (r->spool) {
        rewind(r->spool);
        char buf[65536];
        size_t got;
        while ((got = fread(buf, 1, sizeof buf, r->spool)) > 0) fwrite(buf, 1, got, stdout);
        if (ferror(r->spool)) r->spool_failed = true;
    } else if (r->nmem) {
        fwrite(r->mem, 1, r->nmem, stdout);
    }
    j->first[j->depth] = !r->any_diag;
    js_arr_end(j);
    js_key(j, "ok");
    js_bool(j, r->status == 0);
    js_obj_end(j);
    js_done(j);
}

int cmd_check(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(argc, argv, "check", CLI_JSON | CLI_TODAY | CLI_WERROR | CLI_QUIET, &o);
    if (rc) { free(o.args); return rc; }
    if (o.help) { cli_help("check", stdout); free(o.args); return 0; }
    if (o.nargs == 0) {
        cli_usage_error("check", "no file to check");
        free(o.args);
        return 2;
    }
    cf_files found = { 0 };
    for (int i = 0; i < o.nargs; i++) cf_arg(&found, o.args[i]);
    cc_run r = { .found = &found, .today = cli_today(&o), .json = o.json, .color = rp_use_color(stderr),
                 .werror = o.werror, .quiet = o.quiet };
    r.files = found.oom ? NULL : fail_calloc(found.n ? found.n : 1, sizeof *r.files);
    /* several files: which is which, so that a file another uses has its diagnostics shown once */
    r.ids = found.n > 1 ? fail_calloc(found.n, sizeof *r.ids) : NULL;
    /* many files: their diagnostics wait on disk (an unlinked temporary
     * file), not in memory; when none can be made, in memory after all */
    if (r.json && found.n > PL_WINDOW) r.spool = tmpfile();
    if (!r.files || (found.n > 1 && !r.ids)) {
        fputs("civic: out of memory\n", stderr);
        if (r.spool) fclose(r.spool);
        free(r.ids);
        free(r.files);
        cf_files_free(&found);
        free(o.args);
        return 2;
    }
    if (r.json) {
        js_init(&r.j, stdout);
        ev_begin(&r.j, "check");
        js_key(&r.j, "files");
        js_arr(&r.j);
    }
    for (size_t i = 0; r.ids && i < found.n; i++)
        if (!found.err[i]) r.ids[i] = cc_id_of(found.v[i]);
    pl_run(found.n, pl_threads(), cc_work, cc_done, &r);
    free(r.ids);
    if (found.n == 0) {
        fputs("civic: no *.civic file found in the directories given\n", stderr);
        r.status = 2;
    }
    if (r.json) {
        if (r.spool_failed) {
            fputs("civic: error: some diagnostics could not be kept (out of memory or disk space)\n", stderr);
            r.status = 2;
        }
        cc_json_end(&r);
        if (r.spool) fclose(r.spool);
        free(r.mem);
    }
    free(r.files);
    cf_files_free(&found);
    free(o.args);
    return r.status;
}
