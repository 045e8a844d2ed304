/* cmd_test — `civic test [--junit FILE] [--json] PATH…` and
 * `civic run [--json] [--today D] FILE [SCENARIO]`. */
#include "afile.h"
#include "cli.h"
#include "fail.h"
#include "files.h"
#include "json.h"
#include "pool.h"
#include "report.h"
#include "session.h"
#include "sim.h"
#include "textout.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

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

/* One file's results: made by a worker (pool.h), then read in order. */
typedef struct ct_suite {
    char *file;
    ct_case *cases;
    size_t ncases;
    size_t passed, failed;
    bool oom;
} ct_suite;

typedef struct ct_run {
    const cf_files *files;
    dt_day today;
    bool json;
    ct_suite *suites;        /* one per file */
    size_t nsuites;
    size_t passed, failed;
    bool oom;
} ct_run;

static ct_case *ct_new_case(ct_suite *s, const char *name, int line)
{
    ct_case *nc = fail_realloc(s->cases, (s->ncases + 1) * sizeof *nc);
    if (!nc) { s->oom = true; return NULL; }
    s->cases = nc;
    ct_case *c = &s->cases[s->ncases++];
    memset(c, 0, sizeof *c);
    c->name = fail_strdup(name);
    c->line = line;
    if (!c->name) s->oom = true;
    return c;
}

static void ct_add_fail(ct_suite *s, ct_case *c, int line, const char *msg)
{
    ct_fail *nf = fail_realloc(c->fails, (c->nfails + 1) * sizeof *nf);
    if (!nf) { s->oom = true; return; }
    c->fails = nf;
    c->fails[c->nfails].line = line;
    c->fails[c->nfails].msg = fail_strdup(msg);
    if (!c->fails[c->nfails].msg) s->oom = true;
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
    ct_suite *suite;
    ct_case *c;
    const src_set *src;
} ct_sink;

static void ct_collect(void *ctx, const sim_entry *e)
{
    ct_sink *k = ctx;
    if (e->kind != SE_EXPECTATION || e->ok || !k->c) return;
    int line = 0, col;
    if (e->at.file) src_linecol(k->src, e->at.file, e->at.start, &line, &col);
    ct_add_fail(k->suite, k->c, line, e->text);
}

static int ct_line(const session *s, loc at)
{
    int line = 0, col;
    if (at.file) src_linecol(&s->ld.src, at.file, at.start, &line, &col);
    return line;
}

/* A file that fails as a whole (cannot be read, has errors): one failed case. */
static void ct_whole_fails(ct_suite *suite, const char *name, const char *msg, FILE *out, bool json)
{
    ct_case *c = ct_new_case(suite, name, 0);
    if (c) ct_add_fail(suite, c, 0, msg);
    if (!json) to_printf(out, "%s: %s\n", suite->file, msg);
    suite->failed++;
}

static void ct_scenarios(ct_suite *suite, session *s, dt_day today, FILE *out, bool json)
{
    for (size_t i = 0; i < s->m.nscens; i++) {
        const md_scenario *sc = &s->m.scens[i];
        ct_case *c = ct_new_case(suite, sc->name, ct_line(s, sc->at));
        ct_sink k = { suite, c, &s->ld.src };
        sim_result res = sim_run(&s->m, sc, today, ct_collect, &k, false);
        if (res.error) {
            if (c) ct_add_fail(suite, c, 0, "out of memory");
            suite->oom = true;
        }
        bool failed = !c || c->nfails > 0 || res.error;
        if (failed) suite->failed++; else suite->passed++;
        if (!json && c)
            for (size_t f = 0; f < c->nfails; f++)
                to_printf(out, "%s:%d: scenario \"%s\": %s\n", suite->file, c->fails[f].line, sc->name, c->fails[f].msg);
    }
}

/* A worker's job (pool.h): one file, into its own suite. */
static void ct_file(void *ctx, size_t i, FILE *out, FILE *err)
{
    (void)err;
    ct_run *r = ctx;
    ct_suite *suite = &r->suites[i];
    const char *path = r->files->v[i];
    suite->file = fail_strdup(path);
    if (!suite->file) { suite->oom = true; suite->failed++; return; }
    char msg[512];
    if (r->files->err[i]) {
        snprintf(msg, sizeof msg, "cannot read: %s", cf_why(r->files->err[i]));
        ct_whole_fails(suite, "load", msg, out, r->json);
        return;
    }
    session s;
    int e;
    if (ss_open(&s, path, r->today, &e) != 0) {
        snprintf(msg, sizeof msg, "cannot read: %s", cf_why(e));
        if (e == ENOMEM) suite->oom = true;
        ct_whole_fails(suite, "load", msg, out, r->json);
    } else if (ss_errors(&s)) {
        snprintf(msg, sizeof msg, "%zu error%s in the file; its scenarios were not run", s.dg.errors,
                 s.dg.errors == 1 ? "" : "s");
        if (!r->json) rp_text(&s.dg, &s.ld.src, out, false);
        ct_whole_fails(suite, "check", msg, out, r->json);
    } else {
        ct_scenarios(suite, &s, r->today, out, r->json);
    }
    ss_close(&s);
}

/* In file order: the file's counts join the run's. */
static void ct_done(void *ctx, size_t i, bool ran)
{
    ct_run *r = ctx;
    ct_suite *s = &r->suites[i];
    if (!ran) { s->oom = true; s->failed++; }
    r->passed += s->passed;
    r->failed += s->failed;
    if (s->oom) r->oom = true;
}

/* ---- JUnit XML, written atomically (afile.h) ------------------------------------------- */

/* Text as XML character data or an attribute value: markup escaped, and what
 * XML 1.0 does not allow (control characters, bytes that are not UTF-8,
 * U+FFFE and U+FFFF) as '?', so that the report is always well-formed. */
static void ct_xml(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        unsigned c = p[i], cp = 0;
        size_t k = c >= 0x80 ? to_utf8_len(p + i, n - i, &cp) : 1;
        if (c >= 0x80) {
            if (k && cp != 0xFFFE && cp != 0xFFFF) fwrite(p + i, 1, k, f);
            else fputc('?', f);
            i += k ? k : 1;
            continue;
        }
        switch (c) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&apos;", f); break;
        default: fputc(c < 0x20 && c != '\t' && c != '\n' ? '?' : (int)c, f);
        }
        i++;
    }
}

static void ct_xml_case(FILE *f, const ct_suite *s, const ct_case *c)
{
    const char *file = s->file ? s->file : "?";
    fputs("    <testcase classname=\"", f);
    ct_xml(f, file);
    fputs("\" name=\"", f);
    ct_xml(f, c->name ? c->name : "?");
    fputs("\"", f);
    if (!c->nfails) { fputs("/>\n", f); return; }
    fputs(">\n      <failure message=\"", f);
    ct_xml(f, c->fails[0].msg ? c->fails[0].msg : "failed");
    fputs("\">", f);
    for (size_t x = 0; x < c->nfails; x++) {
        ct_xml(f, file);
        fprintf(f, ":%d: ", c->fails[x].line);
        ct_xml(f, c->fails[x].msg ? c->fails[x].msg : "");
        fputc('\n', f);
    }
    fputs("</failure>\n    </testcase>\n", f);
}

static int ct_junit(const ct_run *r, const char *path)
{
    afile a;
    if (af_open(&a, path) != 0) return -1;
    FILE *f = a.f;
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    fprintf(f, "<testsuites name=\"civic\" tests=\"%zu\" failures=\"%zu\">\n", r->passed + r->failed, r->failed);
    for (size_t i = 0; i < r->nsuites; i++) {
        const ct_suite *s = &r->suites[i];
        size_t fails = 0;
        for (size_t k = 0; k < s->ncases; k++) fails += s->cases[k].nfails > 0;
        fputs("  <testsuite name=\"", f);
        ct_xml(f, s->file ? s->file : "?");
        fprintf(f, "\" tests=\"%zu\" failures=\"%zu\" errors=\"0\" skipped=\"0\">\n", s->ncases, fails);
        for (size_t k = 0; k < s->ncases; k++) ct_xml_case(f, s, &s->cases[k]);
        fputs("  </testsuite>\n", f);
    }
    fputs("</testsuites>\n", f);
    return af_commit(&a);
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

/* Every file named, and every *.civic file in every directory named. */
static int ct_find(const cli_opts *o, cf_files *files)
{
    for (int i = 0; i < o->nargs; i++) cf_arg(files, o->args[i]);
    cf_dedupe(files);
    if (!files->oom) return 0;
    fputs("civic: error: out of memory\n", stderr);
    return 2;
}

/* Runs the files, then writes the report and the last line.  Returns the
 * exit status. */
static int ct_report(ct_run *r, const cli_opts *o)
{
    int status = 0;
    if (o->junit && ct_junit(r, o->junit) != 0) {
        to_printf(stderr, "civic: cannot write '%s': %s\n", o->junit, strerror(errno));
        status = 2;
    }
    if (r->passed + r->failed == 0)
        fputs("civic: no scenario found in the files and directories given\n", stderr);
    if (o->json) ct_json(r);
    else {
        if (r->oom) puts("civic: error: out of memory");
        printf("%zu passed, %zu failed\n", r->passed, r->failed);
    }
    if (!status) status = r->failed || r->oom || r->passed == 0 ? 1 : 0;
    return status;
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
    cf_files files = { 0 };
    int status = ct_find(&o, &files);
    ct_run r = { .files = &files, .today = cli_today(&o), .json = o.json };
    if (!status && files.n) {
        r.suites = fail_calloc(files.n, sizeof *r.suites);
        if (!r.suites) { fputs("civic: error: out of memory\n", stderr); status = 2; }
        else r.nsuites = files.n;
    }
    if (!status) {
        pl_run(r.nsuites, pl_threads(), ct_file, ct_done, &r);
        status = ct_report(&r, &o);
    }
    ct_run_free(&r);
    cf_files_free(&files);
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
            if (!o.json) to_printf(stdout, "%sscenario \"%s\" (%s:%d)\n", ran > 1 ? "\n" : "", sc->name, o.args[0], ct_line(&s, sc->at));
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
            to_printf(stderr, "civic: %s has no scenario named \"%s\"\n", o.args[0], want);
            for (size_t i = 0; i < s.m.nscens; i++) to_printf(stderr, "  \"%s\"\n", s.m.scens[i].name);
            status = 1;
        } else if (!ran && !o.json) {
            to_printf(stdout, "%s has no scenarios.\n", o.args[0]);
        }
    }
    ss_close(&s);
    free(o.args);
    return status;
}
