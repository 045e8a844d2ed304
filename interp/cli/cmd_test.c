/* cmd_test — `civic test [--junit FILE] [--json] PATH…` and
 * `civic run [--json] [--today D] FILE [SCENARIO]`. */
#include "cli.h"
#include "envelope.h"
#include "fail.h"
#include "json.h"
#include "report.h"
#include "session.h"
#include "sim.h"
#include "textout.h"
#include "timeline.h"

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
    char *entry;             /* --json: the entry as civic run --json gives it, or NULL */
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
    /* --json: the files with errors, kept open for the envelope's diagnostics */
    session **kept;
    size_t nkept;
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

static ct_fail *ct_add_fail(ct_run *r, ct_case *c, int line, const char *msg)
{
    ct_fail *nf = fail_realloc(c->fails, (c->nfails + 1) * sizeof *nf);
    if (!nf) { r->oom = true; return NULL; }
    c->fails = nf;
    ct_fail *f = &c->fails[c->nfails++];
    f->line = line;
    f->msg = fail_strdup(msg);
    f->entry = NULL;
    if (!f->msg) r->oom = true;
    return f;
}

static void ct_run_free(ct_run *r)
{
    for (size_t i = 0; i < r->nsuites; i++) {
        ct_suite *s = &r->suites[i];
        for (size_t k = 0; k < s->ncases; k++) {
            for (size_t f = 0; f < s->cases[k].nfails; f++) {
                free(s->cases[k].fails[f].msg);
                free(s->cases[k].fails[f].entry);
            }
            free(s->cases[k].fails);
            free(s->cases[k].name);
        }
        free(s->cases);
        free(s->file);
    }
    free(r->suites);
    for (size_t i = 0; i < r->nkept; i++) {
        ss_close(r->kept[i]);
        free(r->kept[i]);
    }
    free(r->kept);
}

/* Keep the session for the diagnostics at the end of --json; false when out of memory. */
static bool ct_keep(ct_run *r, session *s)
{
    session **nk = fail_realloc(r->kept, (r->nkept + 1) * sizeof *nk);
    if (!nk) { r->oom = true; return false; }
    r->kept = nk;
    r->kept[r->nkept++] = s;
    return true;
}

typedef struct ct_sink {
    ct_run *run;
    ct_case *c;
    tl_ctx tl;
    const char *scenario;
    bool json;
} ct_sink;

/* The depth in the test document of a failure's "entry": the envelope,
 * files, a file, its scenarios, a scenario, its failures, a failure. */
enum { CT_ENTRY_DEPTH = 7 };

/* The entry as civic run --json writes it, indented for where it goes. */
static char *ct_entry_json(const ct_sink *k, const sim_entry *e)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f) return NULL;
    js_out j;
    js_init(&j, f);
    j.depth = CT_ENTRY_DEPTH;
    j.after_key = true;
    tl_json_entry(&j, &k->tl, k->scenario, e);
    if (fclose(f) != 0) { free(text); return NULL; }
    return text;
}

static void ct_collect(void *ctx, const sim_entry *e)
{
    ct_sink *k = ctx;
    if (e->kind != SE_EXPECTATION || e->ok || !k->c) return;
    ct_fail *f = ct_add_fail(k->run, k->c, tl_line(k->tl.src, e->at), tl_sentence(&k->tl, e));
    if (f && k->json && !(f->entry = ct_entry_json(k, e))) k->run->oom = true;
    if (k->tl.ar->failed) k->run->oom = true;   /* the message could not be made */
    ar_reset(k->tl.ar);
}

/* A file that cannot be run: its one failure. */
static void ct_file_failed(ct_run *r, ct_suite *suite, const char *what, const char *msg)
{
    ct_case *c = ct_new_case(r, suite, what, 0);
    if (c) ct_add_fail(r, c, 0, msg);
    r->failed++;
}

/* ---- errors inside a scenario ------------------------------------------------------- */

static bool ct_inside(loc at, loc span) { return at.file && at.file == span.file && span.start <= at.start && at.start < span.end; }

/* Does every error of the file lie inside a scenario?  Then each fails that
 * scenario alone, and the others run. */
static bool ct_errors_in_scenarios(const session *s)
{
    if (s->dg.oom || s->dg.truncated) return false;
    for (size_t d = 0; d < s->dg.count; d++) {
        const dg_diag *g = &s->dg.items[d];
        if (g->sev != DG_ERROR) continue;
        bool in = false;
        for (size_t i = 0; i < s->m.nscens && !in; i++) in = ct_inside(g->where, s->m.scens[i].span);
        if (!in) return false;
    }
    return true;
}

/* The errors inside scenario sc, as its failures ("error: …", with the
 * first hint); how many. */
static size_t ct_scenario_errors(ct_run *r, ct_case *c, const session *s, const md_scenario *sc)
{
    size_t n = 0;
    for (size_t d = 0; c && d < s->dg.count; d++) {
        const dg_diag *g = &s->dg.items[d];
        if (g->sev != DG_ERROR || !ct_inside(g->where, sc->span)) continue;
        char msg[1024];
        const char *hint = dg_nhints_shown(g) ? dg_hint_shown(g, 0) : NULL;
        snprintf(msg, sizeof msg, "error: %s%s%s", g->msg, hint ? " (hint: " : "", hint ? hint : "");
        if (hint && strlen(msg) + 1 < sizeof msg) strcat(msg, ")");
        ct_add_fail(r, c, tl_line(&s->ld.src, g->where), msg);
        n++;
    }
    return n;
}

/* Runs the scenarios of a file whose errors, if any, are all inside scenarios. */
static void ct_scenarios(ct_run *r, ct_suite *suite, const session *s, const char *path, dt_day today, bool json)
{
    arena scratch, texts;
    ar_init(&scratch);
    ar_init(&texts);
    for (size_t i = 0; i < s->m.nscens; i++) {
        const md_scenario *sc = &s->m.scens[i];
        ct_case *c = ct_new_case(r, suite, sc->name, tl_line(&s->ld.src, sc->at));
        ct_sink k = { r, c, { &s->m, sc, &s->ld.src, &texts }, sc->name, json };
        sim_result res = { 0 };
        if (!ct_scenario_errors(r, c, s, sc)) res = sim_run(&s->m, sc, today, &scratch, ct_collect, &k, false);
        ar_reset(&scratch);
        if (res.error) {
            if (c) ct_add_fail(r, c, 0, "out of memory");
            r->oom = true;
        }
        bool failed = !c || c->nfails > 0 || res.error;
        if (failed) r->failed++; else r->passed++;
        if (!json && c)
            for (size_t f = 0; f < c->nfails; f++)
                to_printf(stdout, "%s:%d: scenario \"%s\": %s\n", path, c->fails[f].line, sc->name,
                          c->fails[f].msg ? c->fails[f].msg : "out of memory");
    }
    ar_free(&scratch);
    ar_free(&texts);
}

static void ct_file(ct_run *r, const char *path, dt_day today, bool json)
{
    ct_suite *ns = fail_realloc(r->suites, (r->nsuites + 1) * sizeof *ns);
    if (!ns) { r->oom = true; return; }
    r->suites = ns;
    ct_suite *suite = &r->suites[r->nsuites++];
    memset(suite, 0, sizeof *suite);
    suite->file = fail_strdup(path);
    session *s = fail_malloc(sizeof *s);
    if (!s) { r->oom = true; ct_file_failed(r, suite, "load", "out of memory"); return; }
    int err;
    if (ss_open(s, path, today, &err) != 0) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot read: %s", err == ENOMEM ? "out of memory" : strerror(err));
        if (err == ENOMEM) r->oom = true;
        ct_file_failed(r, suite, "load", msg);
        if (!json) printf("%s: %s\n", path, msg);
    } else if (ss_errors(s) && !ct_errors_in_scenarios(s)) {
        char msg[128];
        snprintf(msg, sizeof msg, "%zu error%s in the file; its scenarios were not run", s->dg.errors,
                 s->dg.errors == 1 ? "" : "s");
        ct_file_failed(r, suite, "check", msg);
        if (!json) {
            rp_text(&s->dg, &s->ld.src, stdout, false);
            printf("%s: %s\n", path, msg);
        } else if (ct_keep(r, s)) {
            return;
        }
    } else {
        ct_scenarios(r, suite, s, path, today, json);
    }
    ss_close(s);
    free(s);
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

static void ct_json(const ct_run *r, bool ok)
{
    js_out j;
    js_init(&j, stdout);
    ev_begin(&j, "test");
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
                if (c->fails[x].entry) { js_key(&j, "entry"); js_raw(&j, c->fails[x].entry); }
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
    /* the diagnostics of the files whose scenarios could not run */
    const dg_sink **dg = fail_calloc(r->nkept + 1, sizeof *dg);
    const src_set **src = fail_calloc(r->nkept + 1, sizeof *src);
    size_t n = dg && src ? r->nkept : 0;
    for (size_t i = 0; i < n; i++) {
        dg[i] = &r->kept[i]->dg;
        src[i] = &r->kept[i]->ld.src;
        rp_notes(dg[i], stderr);
    }
    if (r->nkept && !n) fputs("civic: error: out of memory\n", stderr);
    ev_end(&j, dg, src, n, ok && (n == r->nkept));
    free(dg);
    free(src);
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
    if (!status) status = r.failed || r.oom ? 1 : 0;
    if (o.json) {
        if (r.oom) fputs("civic: error: out of memory\n", stderr);
        ct_json(&r, status == 0);
    } else {
        if (r.oom) puts("civic: error: out of memory");
        printf("%zu passed, %zu failed\n", r.passed, r.failed);
    }
    ct_run_free(&r);
    ct_files_free(&files);
    free(o.args);
    return status;
}

/* ---- civic run -------------------------------------------------------------------------- */

typedef struct cr_sink {
    tl_ctx tl;
    const char *scenario;
    js_out *j;                   /* --json, or NULL */
} cr_sink;

static void cr_entry(void *ctx, const sim_entry *e)
{
    cr_sink *k = ctx;
    if (k->j) tl_json_entry(k->j, &k->tl, k->scenario, e);
    else tl_text_entry(stdout, &k->tl, e);
    ar_reset(k->tl.ar);
}

typedef struct cr_run {
    const session *s;
    const char *path;
    js_out *j;                   /* --json: the envelope is open, at its "entries" */
    sim_result total;
    size_t ran;
    /* --json: each scenario run and its counts, for "scenarios" */
    const md_scenario **scens;
    sim_result *results;
} cr_run;

/* The scenario's timeline, then (as text) its result line. */
static sim_result cr_scenario(cr_run *run, const md_scenario *sc, dt_day today, arena *scratch, arena *texts)
{
    cr_sink k = { { &run->s->m, sc, &run->s->ld.src, texts }, sc->name, run->j };
    if (!run->j) tl_text_heading(stdout, sc->name, run->path, tl_line(&run->s->ld.src, sc->at), run->ran == 0);
    sim_result r = sim_run(&run->s->m, sc, today, scratch, cr_entry, &k, true);
    ar_reset(scratch);
    if (texts->failed) r.error = true;   /* an entry's text could not be made */
    if (!run->j) tl_text_result(stdout, &r);
    run->ran++;
    return r;
}

static void cr_add(sim_result *t, const sim_result *r)
{
    t->expectations += r->expectations;
    t->failed += r->failed;
    t->opened += r->opened;
    t->fulfilled += r->fulfilled;
    t->breached += r->breached;
    t->departed += r->departed;
    t->still_open += r->still_open;
    t->events += r->events;
    t->error |= r->error;
}

/* Every scenario of the file, or the one named `want`. */
static void cr_scenarios(cr_run *run, const char *want, dt_day today)
{
    const md_model *m = &run->s->m;
    arena scratch, texts;
    ar_init(&scratch);
    ar_init(&texts);
    if (run->j && m->nscens) {
        run->scens = fail_calloc(m->nscens, sizeof *run->scens);
        run->results = fail_calloc(m->nscens, sizeof *run->results);
        if (!run->scens || !run->results) {
            run->total.error = true;
            fputs("civic: error: out of memory\n", stderr);
            return;
        }
    }
    for (size_t i = 0; i < m->nscens; i++) {
        if (want && strcmp(want, m->scens[i].name) != 0) continue;
        size_t k = run->ran;
        sim_result r = cr_scenario(run, &m->scens[i], today, &scratch, &texts);
        if (r.error) fputs("civic: error: out of memory\n", stderr);
        cr_add(&run->total, &r);
        if (run->results) {
            run->scens[k] = &m->scens[i];
            run->results[k] = r;
        }
    }
    ar_free(&scratch);
    ar_free(&texts);
}

/* --json: after the entries, each scenario's counts and the totals. */
static void cr_json_results(const cr_run *run)
{
    js_out *j = run->j;
    js_arr_end(j);
    js_key(j, "scenarios");
    js_arr(j);
    for (size_t i = 0; run->results && i < run->ran; i++) {
        js_obj(j);
        js_key(j, "name"); js_str(j, run->scens[i]->name);
        js_key(j, "line"); js_int(j, tl_line(&run->s->ld.src, run->scens[i]->at));
        js_key(j, "result");
        js_obj(j);
        tl_json_counts(j, &run->results[i]);
        js_obj_end(j);
        js_obj_end(j);
    }
    js_arr_end(j);
    js_key(j, "result");
    js_obj(j);
    js_key(j, "scenarios"); js_int(j, (long)run->ran);
    tl_json_counts(j, &run->total);
    js_obj_end(j);
}

static void cr_no_such(const session *s, const char *path, const char *want)
{
    fprintf(stderr, "civic: %s has no scenario named \"%s\"\n", path, want);
    for (size_t i = 0; i < s->m.nscens; i++) fprintf(stderr, "  \"%s\"\n", s->m.scens[i].name);
}

/* The scenarios of a loaded file (all, or the one named `want`), as text
 * or in the JSON envelope; returns the exit status. */
static int cr_file(const session *s, const char *path, const char *want, dt_day today, bool json)
{
    js_out j;
    js_init(&j, stdout);
    cr_run run = { s, path, json ? &j : NULL, { 0 }, 0, NULL, NULL };
    if (json) {
        ev_begin(&j, "run");
        js_key(&j, "file"); js_str(&j, path);
        js_key(&j, "entries");
        js_arr(&j);
    }
    int status = 0;
    if (ss_errors(s)) {
        if (!json) rp_text(&s->dg, &s->ld.src, stderr, rp_use_color(stderr));
        status = 1;
    } else {
        cr_scenarios(&run, want, today);
        if (run.total.failed || run.total.error) status = 1;
        if (want && !run.ran) {
            cr_no_such(s, path, want);
            status = 1;
        } else if (!run.ran && !json) {
            to_printf(stdout, "%s has no scenarios.\n", path);
        }
    }
    if (json) {
        cr_json_results(&run);
        rp_notes(&s->dg, stderr);
        const dg_sink *dg = &s->dg;
        const src_set *src = &s->ld.src;
        ev_end(&j, &dg, &src, 1, status == 0);
    }
    free(run.scens);
    free(run.results);
    return status;
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
    int status = 2;
    if (ss_open(&s, o.args[0], today, &err) != 0) cli_unreadable(o.args[0], err);
    else status = cr_file(&s, o.args[0], o.nargs == 2 ? o.args[1] : NULL, today, o.json);
    ss_close(&s);
    free(o.args);
    return status;
}
