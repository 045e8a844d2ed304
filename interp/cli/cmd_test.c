/* cmd_test — `civic test [--junit FILE] [--json] PATH…` and
 * `civic run [--json] [--today D] FILE [SCENARIO]`. */
#include "cli.h"
#include "fail.h"
#include "json.h"
#include "report.h"
#include "session.h"
#include "sim.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- finding files -------------------------------------------------------------- */

typedef struct ct_files {
    char **v;
    size_t n, cap;
    bool oom;                /* a file could not be listed: the run would be incomplete */
} ct_files;

static bool ct_push(ct_files *f, const char *path)
{
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 16;
        char **nv = fail_realloc(f->v, cap * sizeof *nv);
        if (!nv) { f->oom = true; return false; }
        f->v = nv;
        f->cap = cap;
    }
    f->v[f->n] = fail_strdup(path);
    if (!f->v[f->n]) { f->oom = true; return false; }
    f->n++;
    return true;
}

static int ct_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static bool ct_is_civic(const char *name)
{
    size_t n = strlen(name);
    return n > 6 && strcmp(name + n - 6, ".civic") == 0;
}

static void ct_walk(ct_files *f, const char *dir, int depth)
{
    if (depth > 32) return;
    DIR *d = opendir(dir);
    if (!d) return;
    ct_files local = { 0 };
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p = fail_malloc(n);
        if (!p) { f->oom = true; break; }
        size_t dl = strlen(dir);
        snprintf(p, n, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", e->d_name);
        ct_push(&local, p);
        free(p);
    }
    closedir(d);
    if (local.oom) f->oom = true;
    qsort(local.v, local.n, sizeof *local.v, ct_cmp);
    for (size_t i = 0; i < local.n; i++) {
        struct stat st;
        if (stat(local.v[i], &st) == 0) {
            if (S_ISDIR(st.st_mode)) ct_walk(f, local.v[i], depth + 1);
            else if (S_ISREG(st.st_mode) && ct_is_civic(local.v[i])) ct_push(f, local.v[i]);
        }
        free(local.v[i]);
    }
    free(local.v);
}

/* A file named twice ("civic test protocols protocols/x.civic") runs once. */
static void ct_dedupe(ct_files *f)
{
    char **real = fail_calloc(f->n + 1, sizeof *real);
    if (!real) { f->oom = true; return; }
    size_t k = 0;
    for (size_t i = 0; i < f->n; i++) {
        real[i] = realpath(f->v[i], NULL);
        bool dup = false;
        for (size_t j = 0; j < i && real[i] && !dup; j++) dup = real[j] && strcmp(real[i], real[j]) == 0;
        if (dup) free(f->v[i]);
        else f->v[k++] = f->v[i];
    }
    for (size_t i = 0; i < f->n; i++) free(real[i]);
    free(real);
    f->n = k;
}

static void ct_files_free(ct_files *f)
{
    for (size_t i = 0; i < f->n; i++) free(f->v[i]);
    free(f->v);
}

/* ---- results ------------------------------------------------------------------------ */

typedef struct ct_fail {
    int line;
    char *msg;
} ct_fail;

typedef struct ct_case {
    char *name;
    int line;
    ct_fail *fails;
    size_t nfails;
} ct_case;

typedef struct ct_suite {
    char *file;
    ct_case *cases;
    size_t ncases;
} ct_suite;

typedef struct ct_run {
    ct_suite *suites;
    size_t nsuites;
    size_t passed, failed;
    bool oom;
} ct_run;

static ct_case *ct_new_case(ct_run *r, ct_suite *s, const char *name, int line)
{
    ct_case *nc = fail_realloc(s->cases, (s->ncases + 1) * sizeof *nc);
    if (!nc) { r->oom = true; return NULL; }
    s->cases = nc;
    ct_case *c = &s->cases[s->ncases++];
    memset(c, 0, sizeof *c);
    c->name = fail_strdup(name);
    c->line = line;
    return c;
}

static void ct_add_fail(ct_run *r, ct_case *c, int line, const char *msg)
{
    ct_fail *nf = fail_realloc(c->fails, (c->nfails + 1) * sizeof *nf);
    if (!nf) { r->oom = true; return; }
    c->fails = nf;
    c->fails[c->nfails].line = line;
    c->fails[c->nfails].msg = fail_strdup(msg);
    c->nfails++;
}

static void ct_run_free(ct_run *r)
{
    for (size_t i = 0; i < r->nsuites; i++) {
        ct_suite *s = &r->suites[i];
        for (size_t k = 0; k < s->ncases; k++) {
            for (size_t f = 0; f < s->cases[k].nfails; f++) free(s->cases[k].fails[f].msg);
            free(s->cases[k].fails);
            free(s->cases[k].name);
        }
        free(s->cases);
        free(s->file);
    }
    free(r->suites);
}

typedef struct ct_sink {
    ct_run *run;
    ct_case *c;
    const src_set *src;
} ct_sink;

static void ct_collect(void *ctx, const sim_entry *e)
{
    ct_sink *k = ctx;
    if (e->kind != SE_EXPECTATION || e->ok || !k->c) return;
    int line = 0, col;
    if (e->at.file) src_linecol(k->src, e->at.file, e->at.start, &line, &col);
    ct_add_fail(k->run, k->c, line, e->text);
}

static int ct_line(const session *s, loc at)
{
    int line = 0, col;
    if (at.file) src_linecol(&s->ld.src, at.file, at.start, &line, &col);
    return line;
}

static void ct_file(ct_run *r, const char *path, dt_day today, bool json)
{
    ct_suite *ns = fail_realloc(r->suites, (r->nsuites + 1) * sizeof *ns);
    if (!ns) { r->oom = true; return; }
    r->suites = ns;
    ct_suite *suite = &r->suites[r->nsuites++];
    memset(suite, 0, sizeof *suite);
    suite->file = fail_strdup(path);
    session s;
    int err;
    if (ss_open(&s, path, today, &err) != 0) {
        ct_case *c = ct_new_case(r, suite, "load", 0);
        char msg[512];
        snprintf(msg, sizeof msg, "cannot read: %s", err == ENOMEM ? "out of memory" : strerror(err));
        if (err == ENOMEM) r->oom = true;
        if (c) ct_add_fail(r, c, 0, msg);
        if (!json) printf("%s: %s\n", path, msg);
        r->failed++;
        ss_close(&s);
        return;
    }
    if (ss_errors(&s)) {
        ct_case *c = ct_new_case(r, suite, "check", 0);
        char msg[128];
        snprintf(msg, sizeof msg, "%zu error%s in the file; its scenarios were not run", s.dg.errors,
                 s.dg.errors == 1 ? "" : "s");
        if (c) ct_add_fail(r, c, 0, msg);
        if (!json) {
            rp_text(&s.dg, &s.ld.src, stdout, false);
            printf("%s: %s\n", path, msg);
        }
        r->failed++;
        ss_close(&s);
        return;
    }
    for (size_t i = 0; i < s.m.nscens; i++) {
        const md_scenario *sc = &s.m.scens[i];
        ct_case *c = ct_new_case(r, suite, sc->name, ct_line(&s, sc->at));
        ct_sink k = { r, c, &s.ld.src };
        sim_result res = sim_run(&s.m, sc, today, ct_collect, &k, false);
        if (res.error) {
            if (c) ct_add_fail(r, c, 0, "out of memory");
            r->oom = true;
        }
        bool failed = !c || c->nfails > 0 || res.error;
        if (failed) r->failed++; else r->passed++;
        if (!json && c)
            for (size_t f = 0; f < c->nfails; f++)
                printf("%s:%d: scenario \"%s\": %s\n", path, c->fails[f].line, sc->name, c->fails[f].msg);
    }
    ss_close(&s);
}

/* ---- JUnit XML, written atomically ---------------------------------------------------- */

static void ct_xml(FILE *f, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&apos;", f); break;
        default:
            if (*p < 0x20 && *p != '\t' && *p != '\n') fputc('?', f);   /* not allowed in XML 1.0 */
            else fputc(*p, f);
        }
    }
}

static int ct_junit(const ct_run *r, const char *path)
{
    size_t n = strlen(path) + 32;
    char *tmp = fail_malloc(n);
    if (!tmp) return -1;
    snprintf(tmp, n, "%s.tmp.%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f) { free(tmp); return -1; }
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    fprintf(f, "<testsuites name=\"civic\" tests=\"%zu\" failures=\"%zu\">\n", r->passed + r->failed, r->failed);
    for (size_t i = 0; i < r->nsuites; i++) {
        const ct_suite *s = &r->suites[i];
        size_t fails = 0;
        for (size_t k = 0; k < s->ncases; k++) fails += s->cases[k].nfails > 0;
        fputs("  <testsuite name=\"", f);
        ct_xml(f, s->file);
        fprintf(f, "\" tests=\"%zu\" failures=\"%zu\" errors=\"0\" skipped=\"0\">\n", s->ncases, fails);
        for (size_t k = 0; k < s->ncases; k++) {
            const ct_case *c = &s->cases[k];
            fputs("    <testcase classname=\"", f);
            ct_xml(f, s->file);
            fputs("\" name=\"", f);
            ct_xml(f, c->name ? c->name : "?");
            fputs("\"", f);
            if (!c->nfails) { fputs("/>\n", f); continue; }
            fputs(">\n      <failure message=\"", f);
            ct_xml(f, c->fails[0].msg ? c->fails[0].msg : "failed");
            fputs("\">", f);
            for (size_t x = 0; x < c->nfails; x++) {
                fprintf(f, "%s:%d: ", s->file, c->fails[x].line);
                ct_xml(f, c->fails[x].msg ? c->fails[x].msg : "");
                fputc('\n', f);
            }
            fputs("</failure>\n    </testcase>\n", f);
        }
        fputs("  </testsuite>\n", f);
    }
    fputs("</testsuites>\n", f);
    bool ok = fflush(f) == 0 && fsync(fileno(f)) == 0;
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(tmp, path) != 0) {
        int e = errno;
        unlink(tmp);
        free(tmp);
        errno = e;
        return -1;
    }
    free(tmp);
    return 0;
}

static void ct_json(const ct_run *r)
{
    js_out j;
    js_init(&j, stdout);
    js_obj(&j);
    js_key(&j, "kind"); js_str(&j, "test");
    js_key(&j, "files");
    js_arr(&j);
    for (size_t i = 0; i < r->nsuites; i++) {
        const ct_suite *s = &r->suites[i];
        js_obj(&j);
        js_key(&j, "file"); js_str(&j, s->file);
        js_key(&j, "scenarios");
        js_arr(&j);
        for (size_t k = 0; k < s->ncases; k++) {
            const ct_case *c = &s->cases[k];
            js_obj(&j);
            js_key(&j, "name"); js_str(&j, c->name);
            js_key(&j, "line"); js_int(&j, c->line);
            js_key(&j, "passed"); js_bool(&j, c->nfails == 0);
            js_key(&j, "failures");
            js_arr(&j);
            for (size_t x = 0; x < c->nfails; x++) {
                js_obj(&j);
                js_key(&j, "line"); js_int(&j, c->fails[x].line);
                js_key(&j, "message"); js_str(&j, c->fails[x].msg);
                js_obj_end(&j);
            }
            js_arr_end(&j);
            js_obj_end(&j);
        }
        js_arr_end(&j);
        js_obj_end(&j);
    }
    js_arr_end(&j);
    js_key(&j, "passed"); js_int(&j, (long)r->passed);
    js_key(&j, "failed"); js_int(&j, (long)r->failed);
    js_obj_end(&j);
    js_done(&j);
}

int cmd_test(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(argc, argv, "test", CLI_JSON | CLI_JUNIT | CLI_TODAY, &o);
    if (rc) { free(o.args); return rc; }
    if (o.help) { cli_help("test", stdout); free(o.args); return 0; }
    if (o.nargs == 0) {
        cli_usage_error("test", "no file or directory to test");
        free(o.args);
        return 2;
    }
    ct_files files = { 0 };
    int status = 0;
    for (int i = 0; i < o.nargs; i++) {
        struct stat st;
        if (stat(o.args[i], &st) != 0) {
            cli_unreadable(o.args[i], errno);
            status = 2;
        } else if (S_ISDIR(st.st_mode)) {
            ct_walk(&files, o.args[i], 0);
        } else {
            ct_push(&files, o.args[i]);
        }
    }
    ct_dedupe(&files);
    if (files.oom) {
        fputs("civic: error: out of memory\n", stderr);
        status = 2;
    }
    if (status) {
        ct_files_free(&files);
        free(o.args);
        return status;
    }
    ct_run r = { 0 };
    dt_day today = cli_today(&o);
    for (size_t i = 0; i < files.n; i++) ct_file(&r, files.v[i], today, o.json);
    if (o.junit && ct_junit(&r, o.junit) != 0) {
        fprintf(stderr, "civic: cannot write '%s': %s\n", o.junit, strerror(errno));
        status = 2;
    }
    if (o.json) ct_json(&r);
    else {
        if (r.oom) puts("civic: error: out of memory");
        printf("%zu passed, %zu failed\n", r.passed, r.failed);
    }
    if (!status) status = r.failed || r.oom ? 1 : 0;
    ct_run_free(&r);
    ct_files_free(&files);
    free(o.args);
    return status;
}

/* ---- civic run -------------------------------------------------------------------------- */

typedef struct cr_sink {
    const session *s;
    const char *scenario;
    js_out *j;
    size_t failed;
} cr_sink;

static void cr_entry(void *ctx, const sim_entry *e)
{
    cr_sink *k = ctx;
    char d[11], t[16] = "     ";
    dt_format(e->day, d);
    if (e->minute >= 0) snprintf(t, sizeof t, "%02d:%02d", e->minute / 60, e->minute % 60);
    int line = ct_line(k->s, e->at);
    if (k->j) {
        js_out *j = k->j;
        js_obj(j);
        js_key(j, "scenario"); js_str(j, k->scenario);
        js_key(j, "date"); js_str(j, d);
        js_key(j, "time"); if (e->minute >= 0) js_str(j, t); else js_null(j);
        js_key(j, "kind"); js_str(j, sim_kind_name(e->kind));
        js_key(j, "clause"); js_str(j, e->clause);
        js_key(j, "people");
        js_arr(j);
        for (int i = 0; i < 4 && e->people[i]; i++) js_str(j, e->people[i]);
        js_arr_end(j);
        js_key(j, "text"); js_str(j, e->text);
        if (e->kind == SE_EXPECTATION) { js_key(j, "ok"); js_bool(j, e->ok); }
        js_key(j, "line"); js_int(j, line);
        js_obj_end(j);
        return;
    }
    const char *kind = sim_kind_name(e->kind);
    if (e->kind == SE_EXPECTATION) {
        kind = "expect";
        if (!e->ok) {
            const src_file *f = src_get(&k->s->ld.src, e->at.file);
            printf("%s %s  %-10s FAILED at %s:%d: %s\n", d, t, kind, f ? f->path : "?", line, e->text);
            return;
        }
        printf("%s %s  %-10s ok: %s\n", d, t, kind, e->text);
        return;
    }
    printf("%s %s  %-10s %s\n", d, t, kind, e->text);
}

int cmd_run(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(argc, argv, "run", CLI_JSON | CLI_TODAY, &o);
    if (rc) { free(o.args); return rc; }
    if (o.help) { cli_help("run", stdout); free(o.args); return 0; }
    if (o.nargs < 1 || o.nargs > 2) {
        cli_usage_error("run", o.nargs ? "too many arguments" : "no file to run");
        free(o.args);
        return 2;
    }
    session s;
    int err;
    dt_day today = cli_today(&o);
    if (ss_open(&s, o.args[0], today, &err) != 0) {
        cli_unreadable(o.args[0], err);
        ss_close(&s);
        free(o.args);
        return 2;
    }
    int status = 0;
    if (ss_errors(&s)) {
        rp_text(&s.dg, &s.ld.src, stderr, rp_use_color(stderr));
        status = 1;
    } else {
        const char *want = o.nargs == 2 ? o.args[1] : NULL;
        js_out j;
        js_init(&j, stdout);
        if (o.json) js_arr(&j);
        size_t ran = 0;
        for (size_t i = 0; i < s.m.nscens; i++) {
            const md_scenario *sc = &s.m.scens[i];
            if (want && strcmp(want, sc->name) != 0) continue;
            ran++;
            cr_sink k = { &s, sc->name, o.json ? &j : NULL, 0 };
            if (!o.json) printf("%sscenario \"%s\" (%s:%d)\n", ran > 1 ? "\n" : "", sc->name, o.args[0], ct_line(&s, sc->at));
            sim_result r = sim_run(&s.m, sc, today, cr_entry, &k, true);
            if (!o.json)
                printf("result: %zu of %zu expectations met; %zu opened, %zu fulfilled, %zu breached, %zu departed, "
                       "%zu still open\n", r.expectations - r.failed, r.expectations, r.opened, r.fulfilled, r.breached,
                       r.departed, r.still_open);
            if (r.failed || r.error) status = 1;
            if (r.error) fputs("civic: error: out of memory\n", stderr);
        }
        if (o.json) {
            js_arr_end(&j);
            js_done(&j);
        }
        if (want && !ran) {
            fprintf(stderr, "civic: %s has no scenario named \"%s\"\n", o.args[0], want);
            for (size_t i = 0; i < s.m.nscens; i++) fprintf(stderr, "  \"%s\"\n", s.m.scens[i].name);
            status = 1;
        } else if (!ran && !o.json) {
            printf("%s has no scenarios.\n", o.args[0]);
        }
    }
    ss_close(&s);
    free(o.args);
    return status;
}
