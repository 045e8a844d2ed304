/* cmd_test — `civic test [--junit FILE] [--json] [--filter P] [--list] [--coverage [--min PCT]] PATH…`
 * and `civic run [--json] [--werror] [-q] [--today D] FILE [SCENARIO]`.  Coverage: test_cover.h. */
#include "afile.h"
#include "cli.h"
#include "cover_out.h"
#include "envelope.h"
#include "fail.h"
#include "files.h"
#include "json.h"
#include "pool.h"
#include "report.h"
#include "session.h"
#include "sim.h"
#include "suggest.h"
#include "test_cover.h"
#include "textout.h"
#include "timeline.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

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
    bool error;              /* the file could not be run (JUnit <error>), not an expectation failed */
} ct_case;

/* One file's results: made by a worker (pool.h), then read in order. */
typedef struct ct_suite {
    char *file;
    ct_case *cases;
    size_t ncases;
    size_t passed, failed;
    size_t selected;         /* scenarios run or listed (--filter) */
    bool oom;
    /* --json: a file with errors, kept open for the envelope's diagnostics */
    session *kept;
    cov_table *cov;          /* --coverage: its protocol's clauses, or NULL */
} ct_suite;

typedef struct ct_run {
    const cf_files *files;
    dt_day today;
    bool json;
    bool werror;             /* --werror: a file with warnings fails, its scenarios not run */
    const char *filter;      /* --filter: only the scenarios it selects (ct_selected) */
    bool list;               /* --list: name the scenarios, run none */
    size_t selected;
    bool cover;              /* --coverage */
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

static ct_fail *ct_add_fail(ct_suite *s, ct_case *c, int line, const char *msg)
{
    ct_fail *nf = fail_realloc(c->fails, (c->nfails + 1) * sizeof *nf);
    if (!nf) { s->oom = true; return NULL; }
    c->fails = nf;
    ct_fail *f = &c->fails[c->nfails++];
    f->line = line;
    f->msg = fail_strdup(msg);
    f->entry = NULL;
    if (!f->msg) s->oom = true;
    return f;
}

static void ct_suite_free(ct_suite *s)
{
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
    if (s->cov) cov_free(s->cov);
    free(s->cov);
    if (s->kept) {
        ss_close(s->kept);
        free(s->kept);
    }
}

static void ct_run_free(ct_run *r)
{
    for (size_t i = 0; i < r->nsuites; i++) ct_suite_free(&r->suites[i]);
    free(r->suites);
}

typedef struct ct_sink {
    ct_suite *suite;
    ct_case *c;
    tl_ctx tl;
    const char *scenario;
    bool json;
    cov_table *cov;          /* --coverage: every entry goes to it too */
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
    if (k->cov) cov_entry(k->cov, e);
    if (e->kind != SE_EXPECTATION || e->ok || !k->c) return;
    ct_fail *f = ct_add_fail(k->suite, k->c, tl_line(k->tl.src, e->at), tl_sentence(&k->tl, e));
    if (f && k->json && !(f->entry = ct_entry_json(k, e))) k->suite->oom = true;
    if (k->tl.ar->failed) k->suite->oom = true;   /* the message could not be made */
    ar_reset(k->tl.ar);
}

/* A file that fails as a whole (cannot be read, has errors): one failed case. */
static void ct_whole_fails(ct_suite *suite, const char *name, const char *msg, FILE *out, bool json)
{
    ct_case *c = ct_new_case(suite, name, 0);
    if (c) c->error = true;
    if (c) ct_add_fail(suite, c, 0, msg);
    if (!json) to_printf(out, "%s: %s\n", suite->file, msg);
    suite->failed++;
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
static size_t ct_scenario_errors(ct_suite *suite, ct_case *c, const session *s, const md_scenario *sc)
{
    size_t n = 0;
    for (size_t d = 0; c && d < s->dg.count; d++) {
        const dg_diag *g = &s->dg.items[d];
        if (g->sev != DG_ERROR || !ct_inside(g->where, sc->span)) continue;
        char msg[1024];
        const char *hint = dg_nhints_shown(g) ? dg_hint_shown(g, 0) : NULL;
        snprintf(msg, sizeof msg, "error: %s%s%s", g->msg, hint ? " (hint: " : "", hint ? hint : "");
        if (hint && strlen(msg) + 1 < sizeof msg) strcat(msg, ")");
        ct_add_fail(suite, c, tl_line(&s->ld.src, g->where), msg);
        n++;
    }
    return n;
}

/* A failed scenario's warnings, after its failures: what may explain them
 * (a fact that no condition reads, say), which a passing scenario keeps quiet. */
static void ct_scenario_warnings(const ct_suite *suite, const session *s, const md_scenario *sc, FILE *out)
{
    for (size_t d = 0; d < s->dg.count; d++) {
        const dg_diag *g = &s->dg.items[d];
        if (g->sev != DG_WARNING || !ct_inside(g->where, sc->span)) continue;
        const char *hint = dg_nhints_shown(g) ? dg_hint_shown(g, 0) : NULL;
        to_printf(out, "%s:%d: scenario \"%s\": warning: %s%s%s%s\n", suite->file, tl_line(&s->ld.src, g->where),
                  sc->name, g->msg, hint ? " (hint: " : "", hint ? hint : "", hint ? ")" : "");
    }
}

/* --filter: does the pattern select the scenario?  Its name contains the
 * pattern or matches it as a glob (* ? [...]), or one of its expectations or
 * events cites the pattern as a clause ("10.2" or "[10.2]"). */
static bool ct_selected(const md_scenario *sc, const char *pat)
{
    if (strstr(sc->name, pat) || (strpbrk(pat, "*?[") && fnmatch(pat, sc->name, 0) == 0)) return true;
    char clause[256];
    size_t n = strlen(pat);
    if (n >= 2 && pat[0] == '[' && pat[n - 1] == ']') { pat++; n -= 2; }
    if (n == 0 || n >= sizeof clause) return false;
    memcpy(clause, pat, n);
    clause[n] = '\0';
    for (size_t i = 0; i < sc->nitems; i++) {
        const md_sitem *it = &sc->items[i];
        if (md_label_cites(it->kind == SI_EX ? it->u.ex.clause : it->u.ev.x->clause, clause)) return true;
    }
    return false;
}

/* --filter and --list: false when the scenario is not to run (listed, or not selected). */
static bool ct_to_run(const ct_run *r, ct_suite *suite, const session *s, const md_scenario *sc, FILE *out)
{
    if (r->filter && !ct_selected(sc, r->filter)) return false;
    suite->selected++;
    if (r->list) to_printf(out, "%s:%d: scenario \"%s\"\n", suite->file, tl_line(&s->ld.src, sc->at), sc->name);
    return !r->list;
}

/* Runs the scenarios of a file whose errors, if any, are all inside scenarios. */
static void ct_scenarios(const ct_run *r, ct_suite *suite, const session *s, FILE *out)
{
    dt_day today = r->today;
    bool json = r->json;
    arena scratch, texts;
    ar_init(&scratch);
    ar_init(&texts);
    for (size_t i = 0; i < s->m.nscens; i++) {
        const md_scenario *sc = &s->m.scens[i];
        if (!ct_to_run(r, suite, s, sc, out)) continue;
        ct_case *c = ct_new_case(suite, sc->name, tl_line(&s->ld.src, sc->at));
        ct_sink k = { suite, c, { &s->m, sc, &s->ld.src, &texts }, sc->name, json, suite->cov };
        if (suite->cov) cov_scenario(suite->cov, sc, suite->file, tl_line(&s->ld.src, sc->at));
        sim_result res = { 0 };
        if (!ct_scenario_errors(suite, c, s, sc))
            res = sim_run(&s->m, sc, today, &scratch, ct_collect, &k, suite->cov != NULL);
        ar_reset(&scratch);
        if (res.error) {
            if (c) ct_add_fail(suite, c, 0, "out of memory");
            suite->oom = true;
        }
        bool failed = !c || c->nfails > 0 || res.error;
        if (failed) suite->failed++; else suite->passed++;
        if (!json && c)
            for (size_t f = 0; f < c->nfails; f++)
                to_printf(out, "%s:%d: scenario \"%s\": %s\n", suite->file, c->fails[f].line, sc->name,
                          c->fails[f].msg ? c->fails[f].msg : "out of memory");
        if (!json && failed) ct_scenario_warnings(suite, s, sc, out);
    }
    ar_free(&scratch);
    ar_free(&texts);
}

/* A loaded file: its scenarios, or its errors (as text, or kept for the
 * envelope's diagnostics).  Returns true when the session is kept. */
static bool ct_loaded(const ct_run *r, ct_suite *suite, session *s, FILE *out)
{
    if ((!ss_errors(s) || ct_errors_in_scenarios(s)) && !(r->werror && s->dg.warnings)) {
        /* errors inside scenarios: shown as a check shows them, then as those scenarios' failures */
        if (ss_errors(s) && !r->json) rp_text(&s->dg, &s->ld.src, out, false);
        if (r->cover && !(suite->cov = tc_begin(&s->m))) suite->oom = true;
        ct_scenarios(r, suite, s, out);
        if (suite->cov) cov_end(suite->cov);
        return false;
    }
    char msg[128];
    if (ss_errors(s))
        snprintf(msg, sizeof msg, "%zu error%s in the file; its scenarios were not run", s->dg.errors,
                 s->dg.errors == 1 ? "" : "s");
    else
        snprintf(msg, sizeof msg, "%zu warning%s in the file (--werror); its scenarios were not run", s->dg.warnings,
                 s->dg.warnings == 1 ? "" : "s");
    if (!r->json) rp_text(&s->dg, &s->ld.src, out, false);
    ct_whole_fails(suite, "check", msg, out, r->json);
    if (!r->json) return false;
    suite->kept = s;
    return true;
}

/* A worker's job (pool.h): one file, into its own suite.  The session is on
 * the heap: --json keeps the sessions of files with errors until the end. */
static void ct_file_run(void *ctx, size_t i, FILE *out, FILE *err)
{
    (void)err;
    ct_run *r = ctx;
    ct_suite *suite = &r->suites[i];
    const char *path = r->files->v[i];
    suite->file = fail_strdup(cli_name(path));
    if (!suite->file) { suite->oom = true; suite->failed++; return; }
    char msg[512];
    if (r->files->err[i]) {
        snprintf(msg, sizeof msg, "cannot read: %s", cf_why(r->files->err[i]));
        ct_whole_fails(suite, "load", msg, out, r->json);
        return;
    }
    session *s = fail_malloc(sizeof *s);
    if (!s) { suite->oom = true; ct_whole_fails(suite, "load", "out of memory", out, r->json); return; }
    int e;
    if (ss_open(s, path, r->today, &e) != 0) {
        snprintf(msg, sizeof msg, "cannot read: %s", cf_why(e));
        if (e == ENOMEM) suite->oom = true;
        ct_whole_fails(suite, "load", msg, out, r->json);
    } else if (ct_loaded(r, suite, s, out)) {
        return;
    }
    ss_close(s);
    free(s);
}

/* A worker's job (pool.h): file i. */
static void ct_file(void *ctx, size_t i, FILE *out, FILE *err) { ct_file_run(ctx, i, out, err); }

/* In file order: the file's counts join the run's. */
static void ct_done(void *ctx, size_t i, bool ran)
{
    ct_run *r = ctx;
    ct_suite *s = &r->suites[i];
    if (!ran) { s->oom = true; s->failed++; }
    r->passed += s->passed;
    r->failed += s->failed;
    r->selected += s->selected;
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

/* One <testcase>: a scenario (or the file's load or check, an <error>). */
static void ct_xml_case(FILE *f, const ct_suite *s, const ct_case *c)
{
    const char *file = s->file ? s->file : "?";
    fputs("    <testcase name=\"", f);
    ct_xml(f, c->name ? c->name : "?");
    fputs("\" classname=\"", f);
    ct_xml(f, file);
    fputs("\" time=\"0\" file=\"", f);   /* no times: the same run, the same bytes */
    ct_xml(f, file);
    fputc('"', f);
    if (c->line > 0) fprintf(f, " line=\"%d\"", c->line);
    if (!c->nfails) { fputs("/>\n", f); return; }
    const char *tag = c->error ? "error" : "failure";
    fprintf(f, ">\n      <%s message=\"", tag);
    ct_xml(f, c->fails[0].msg ? c->fails[0].msg : "failed");
    fprintf(f, "\" type=\"%s\">", c->error ? "file" : "expectation");
    for (size_t x = 0; x < c->nfails; x++) {
        ct_xml(f, file);
        fprintf(f, ":%d: ", c->fails[x].line);
        ct_xml(f, c->fails[x].msg ? c->fails[x].msg : "");
        fputc('\n', f);
    }
    fprintf(f, "</%s>\n    </testcase>\n", tag);
}

/* Failed cases (expectations) and errors (files that could not run). */
static void ct_junit_counts(const ct_suite *s, size_t *failures, size_t *errors)
{
    for (size_t k = 0; k < s->ncases; k++) {
        if (!s->cases[k].nfails) continue;
        if (s->cases[k].error) (*errors)++;
        else (*failures)++;
    }
}

static void ct_junit_suite(FILE *f, const ct_suite *s)
{
    size_t failures = 0, errors = 0;
    ct_junit_counts(s, &failures, &errors);
    fputs("  <testsuite name=\"", f);
    ct_xml(f, s->file ? s->file : "?");
    fprintf(f, "\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" skipped=\"0\" time=\"0\">\n", s->ncases,
            failures, errors);
    for (size_t k = 0; k < s->ncases; k++) ct_xml_case(f, s, &s->cases[k]);
    fputs("  </testsuite>\n", f);
}

static int ct_junit(const ct_run *r, const char *path)
{
    afile a;
    if (af_open(&a, path) != 0) return -1;
    FILE *f = a.f;
    size_t tests = 0, failures = 0, errors = 0;
    for (size_t i = 0; i < r->nsuites; i++) {
        tests += r->suites[i].ncases;
        ct_junit_counts(&r->suites[i], &failures, &errors);
    }
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    fprintf(f, "<testsuites name=\"civic\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" time=\"0\">\n", tests,
            failures, errors);
    for (size_t i = 0; i < r->nsuites; i++) ct_junit_suite(f, &r->suites[i]);
    fputs("</testsuites>\n", f);
    return af_commit(&a);
}

/* ---- --json ------------------------------------------------------------------------- */

static void ct_json_case(js_out *j, const ct_case *c)
{
    js_obj(j);
    js_key(j, "name"); js_str(j, c->name);
    js_key(j, "line"); js_int(j, c->line);
    js_key(j, "passed"); js_bool(j, c->nfails == 0);
    js_key(j, "failures");
    js_arr(j);
    for (size_t x = 0; x < c->nfails; x++) {
        js_obj(j);
        js_key(j, "line"); js_int(j, c->fails[x].line);
        js_key(j, "message"); js_str(j, c->fails[x].msg);
        if (c->fails[x].entry) { js_key(j, "entry"); js_raw(j, c->fails[x].entry); }
        js_obj_end(j);
    }
    js_arr_end(j);
    js_obj_end(j);
}

/* "diagnostics" and "ok": the diagnostics of the files whose scenarios could
 * not run, in file order. */
static void ct_json_end(js_out *j, const ct_run *r, bool ok)
{
    size_t nkept = 0;
    for (size_t i = 0; i < r->nsuites; i++) nkept += r->suites[i].kept != NULL;
    const dg_sink **dg = fail_calloc(nkept + 1, sizeof *dg);
    const src_set **src = fail_calloc(nkept + 1, sizeof *src);
    size_t n = 0;
    for (size_t i = 0; dg && src && i < r->nsuites; i++) {
        const session *s = r->suites[i].kept;
        if (!s) continue;
        dg[n] = &s->dg;
        src[n++] = &s->ld.src;
        rp_notes(&s->dg, stderr);
    }
    if (nkept && !n) fputs("civic: error: out of memory\n", stderr);
    ev_end(j, dg, src, n, ok && n == nkept);
    free(dg);
    free(src);
}

static void ct_json(const ct_run *r, bool ok, const cov_set *cov, int min)
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
        for (size_t k = 0; k < s->ncases; k++) ct_json_case(&j, &s->cases[k]);
        js_arr_end(&j);
        js_obj_end(&j);
    }
    js_arr_end(&j);
    js_key(&j, "passed"); js_int(&j, (long)r->passed);
    js_key(&j, "failed"); js_int(&j, (long)r->failed);
    if (cov) co_json(&j, cov, min);
    ct_json_end(&j, r, ok);
}

/* ---- civic test ------------------------------------------------------------------------ */

/* Every file named, and every *.civic file in every directory named. */
static int ct_find(const cli_opts *o, cf_files *files)
{
    for (int i = 0; i < o->nargs; i++) cf_arg(files, o->args[i]);
    cf_dedupe(files);
    if (!files->oom) return 0;
    fputs("civic: error: out of memory\n", stderr);
    return 2;
}

/* After the files have run: the report, the summary and the exit status. */
/* --list: the scenarios were named, none run; "N scenarios" last. */
static int ct_list_report(const ct_run *r)
{
    if (r->oom) puts("civic: error: out of memory");
    printf("%zu scenario%s\n", r->selected, r->selected == 1 ? "" : "s");
    return r->failed || r->oom ? 1 : 0;
}

/* Nothing ran: said, since a run of nothing must not pass for a green one
 * (a mistyped --filter above all). */
static void ct_none_ran(const ct_run *r, const cli_opts *o)
{
    if (r->passed + r->failed != 0) return;
    if (o->filter) to_printf(stderr, "civic: no scenario matches --filter '%s' (by name, glob or clause)\n", o->filter);
    else fputs("civic: no scenario found in the files and directories given\n", stderr);
}

static int ct_report(ct_run *r, const cli_opts *o)
{
    int status = 0;
    if (o->list) return ct_list_report(r);
    if (o->junit && ct_junit(r, o->junit) != 0) {
        to_printf(stderr, "civic: cannot write '%s': %s\n", o->junit, af_strerror(errno));
        status = 2;
    }
    ct_none_ran(r, o);
    /* --coverage: the files' tables, merged by protocol in file order */
    cov_set cov = { 0 };
    for (size_t i = 0; o->coverage && i < r->nsuites; i++)
        if (r->suites[i].cov) { cov_set_add(&cov, r->suites[i].cov); r->suites[i].cov = NULL; }
    if (cov.failed) r->oom = true;
    if (!status) status = r->failed || r->oom || r->passed == 0 ? 1 : 0;
    if (o->json) {
        if (r->oom) fputs("civic: error: out of memory\n", stderr);
        if (o->coverage && tc_print(NULL, stderr, &cov, o->min) && !status) status = 1;
        ct_json(r, status == 0, o->coverage ? &cov : NULL, o->min);
    } else {
        if (r->oom) puts("civic: error: out of memory");
        if (o->coverage && tc_print(stdout, stdout, &cov, o->min) && !status) status = 1;
        printf("%zu passed, %zu failed\n", r->passed, r->failed);
    }
    cov_set_free(&cov);
    return status;
}

int cmd_test(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(argc, argv, "test", CLI_JSON | CLI_JUNIT | CLI_TODAY | CLI_COVER | CLI_WERROR | CLI_SELECT, &o);
    if (rc) { free(o.args); return rc; }
    if (o.help) { cli_help("test", stdout); free(o.args); return 0; }
    if (o.list && (o.json || o.junit)) {
        cli_usage_error("test", "--list names the scenarios without running them: it takes no %s", o.json ? "--json" : "--junit");
        free(o.args);
        return 2;
    }
    if (o.nargs == 0) {
        cli_usage_error("test", "no file or directory to test");
        free(o.args);
        return 2;
    }
    cf_files files = { 0 };
    int status = ct_find(&o, &files);
    ct_run r = { .files = &files, .today = cli_today(&o), .json = o.json, .cover = o.coverage, .werror = o.werror,
                 .filter = o.filter, .list = o.list };
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

/* A scenario name no scenario of the file has: an error in dg (code
 * unknown-scenario, no place), the nearest name (case and small slips
 * aside) as "did you mean", else every name as hints. */
static void cr_no_such(const session *s, const char *path, const char *want, dg_sink *dg)
{
    sg_best b;
    sg_begin(&b, want);
    for (size_t i = 0; i < s->m.nscens; i++) sg_offer(&b, s->m.scens[i].name);
    dg_report(dg, DG_ERROR, "unknown-scenario", (loc){ 0, 0, 0 }, "%s has no scenario named \"%s\"", path, want);
    if (sg_result(&b)) dg_hint(dg, "did you mean \"%s\"?", sg_result(&b));
    else if (!s->m.nscens) dg_hint(dg, "it has no scenarios");
    else dg_hint(dg, "its scenarios: 'civic test --list %s' lists them", path);
}

/* The text form of cr_no_such's error: the names listed when none is near. */
static void cr_no_such_text(const session *s, const char *path, const char *want, const dg_sink *dg)
{
    const dg_diag *d = &dg->items[0];
    to_printf(stderr, "civic: %s\n", d->msg);
    bool near = dg_nhints_shown(d) && strncmp(dg_hint_shown(d, 0), "did you mean", 12) == 0;
    if (near) to_printf(stderr, "hint: %s\n", dg_hint_shown(d, 0));
    for (size_t i = 0; !near && i < s->m.nscens; i++) to_printf(stderr, "  \"%s\"\n", s->m.scens[i].name);
}

/* The run's envelope closed: the results, the file's diagnostics (and
 * extra's), ok. */
static void cr_json_end(cr_run *run, const dg_sink *extra, int status)
{
    cr_json_results(run);
    rp_notes(&run->s->dg, stderr);
    src_set none;
    src_init(&none);
    const dg_sink *dg[2] = { &run->s->dg, extra };
    const src_set *src[2] = { &run->s->ld.src, &none };
    ev_end(run->j, dg, src, extra && extra->count ? 2 : 1, status == 0);
}

int cr_run_scenarios(const session *s, const char *path, const char *want, dt_day today, bool unusable, FILE *json)
{
    js_out j;
    js_init(&j, json ? json : stdout);
    cr_run run = { s, path, json ? &j : NULL, { 0 }, 0, NULL, NULL };
    dg_sink extra;
    dg_init(&extra);
    if (json) {
        ev_begin(&j, "run");
        js_key(&j, "file"); js_str(&j, path);
        js_key(&j, "entries");
        js_arr(&j);
    }
    int status = unusable ? 1 : 0;
    if (!unusable) {
        cr_scenarios(&run, want, today);
        if (run.total.failed || run.total.error) status = 1;
        if (want && !run.ran) {
            cr_no_such(s, path, want, &extra);
            if (!json) cr_no_such_text(s, path, want, &extra);
            status = 1;
        } else if (!run.ran && !json) {
            to_printf(stdout, "%s has no scenarios.\n", path);
        }
    }
    if (json) cr_json_end(&run, &extra, status);
    dg_free(&extra);
    free(run.scens);
    free(run.results);
    return status;
}

/* The scenarios of a loaded file (all, or the one named `want`), as text
 * or in the JSON envelope; returns the exit status.  A file with errors (or,
 * with --werror, warnings) runs none: its diagnostics instead. */
static int cr_file(const session *s, const char *path, const char *want, const cli_opts *o)
{
    bool unusable = cli_unusable(s, o);
    if (unusable && !o->json) {
        cli_problems(path, s, o, "run");
        return 1;
    }
    return cr_run_scenarios(s, path, want, cli_today(o), unusable, o->json ? stdout : NULL);
}

/* run --json of a file that cannot be read: the envelope, empty, ok false
 * (the reason is on standard error, as check --json gives it). */
static void cr_json_unreadable(const char *path)
{
    js_out j;
    js_init(&j, stdout);
    ev_begin(&j, "run");
    js_key(&j, "file"); js_str(&j, path);
    js_key(&j, "entries"); js_arr(&j); js_arr_end(&j);
    js_key(&j, "scenarios"); js_arr(&j); js_arr_end(&j);
    js_key(&j, "result");
    js_obj(&j);
    js_key(&j, "scenarios"); js_int(&j, 0);
    sim_result none = { 0 };
    tl_json_counts(&j, &none);
    js_obj_end(&j);
    ev_end(&j, NULL, NULL, 0, false);
}

int cmd_run(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(argc, argv, "run", CLI_JSON | CLI_TODAY | CLI_WERROR | CLI_QUIET, &o);
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
    if (ss_open(&s, o.args[0], today, &err) != 0) {
        cli_unreadable(o.args[0], err);
        if (o.json) cr_json_unreadable(cli_name(o.args[0]));
    } else status = cr_file(&s, cli_name(o.args[0]), o.nargs == 2 ? o.args[1] : NULL, &o);
    ss_close(&s);
    free(o.args);
    return status;
}
