/* cmd_diff — `civic diff [--json] [-q] [--today D] A B` and the county
 * association's view, `civic diff [--json] [-q] [--today D] --against MODEL
 * PATH…` (cmd_diff_against.c).  Exit status as diff(1): 0 the same meaning,
 * 1 differences, 2 trouble (usage, an unreadable file, errors in a file,
 * out of memory, a write error); -q as diff -q: only whether they differ. */
#include "cli.h"
#include "cmd_diff.h"
#include "diff_render.h"
#include "envelope.h"
#include "report.h"
#include "suggest.h"
#include "textout.h"

#include <stdlib.h>
#include <string.h>

/* ---- options ---------------------------------------------------------------------- */

/* A mistyped "--against" ("--agianst"): said here, as the shared parser
 * does not know the option. */
static bool cd_near_against(const char *a)
{
    if (a[0] != '-' || a[1] != '-' || strncmp(a, "--today", 7) == 0 || !strcmp(a, "--json") || !strcmp(a, "--help") ||
        !strcmp(a, "--quiet"))
        return false;
    sg_best b;
    sg_begin(&b, a);
    sg_offer(&b, "--against");
    return sg_result(&b) != NULL;
}

/* Takes "--against MODEL" (or "--against=MODEL") out of argv before the
 * shared parser sees it; *model is NULL when absent.  Returns 0, or 2
 * after a usage error. */
static int cd_against_opt(int *argc, char **argv, const char **model)
{
    *model = NULL;
    int k = 1;
    bool options = true;
    for (int i = 1; i < *argc; i++) {
        char *a = argv[i];
        if (options && strcmp(a, "--") == 0) options = false;
        if (options && strncmp(a, "--against", 9) == 0 && (a[9] == '\0' || a[9] == '=')) {
            const char *v = a[9] == '=' ? a + 10 : i + 1 < *argc ? argv[++i] : NULL;
            if (!v || !*v) { cli_usage_error("diff", "option '--against' needs the model protocol's file"); return 2; }
            *model = v;
            continue;
        }
        if (options && cd_near_against(a)) {
            cli_usage_error("diff", "unrecognized option '%s'; did you mean '--against'?", a);
            return 2;
        }
        argv[k++] = a;
    }
    *argc = k;
    return 0;
}

/* ---- A B -------------------------------------------------------------------------- */

static void cd_json(const char *pa, const char *pb, const session *ss, const df_result *r, int status)
{
    js_out j;
    js_init(&j, stdout);
    ev_begin(&j, "diff");
    js_key(&j, "left"); js_str(&j, pa);
    js_key(&j, "right"); js_str(&j, pb);
    if (r) {
        rdf_json(&j, r);
    } else {
        js_key(&j, "changes"); js_arr(&j); js_arr_end(&j);
        js_key(&j, "summary"); js_null(&j);
    }
    /* the diagnostics of a file with errors: what text output prints */
    const dg_sink *dg[2];
    const src_set *src[2];
    size_t n = 0;
    for (int i = 0; i < 2; i++)
        if (ss[i].built && ss_errors(&ss[i])) {
            dg[n] = &ss[i].dg;
            src[n] = &ss[i].ld.src;
            n++;
            rp_notes(&ss[i].dg, stderr);   /* out of memory is said, not only an "ok": false */
        }
    ev_end(&j, dg, src, n, status == 0);
}

static int cd_two(const cli_opts *o)
{
    dt_day today = cli_today(o);
    bool color = rp_use_color(stderr);
    session ss[2];
    memset(ss, 0, sizeof ss);
    int status = 0;
    for (int i = 0; i < 2; i++)
        if (cd_open(&ss[i], o->args[i], today, o->json, color)) status = 2;
    df_result r;
    bool compared = false;
    if (status == 0) {
        compared = true;
        if (!df_compare(&r, &ss[0].m, &ss[1].m)) {
            status = cd_oom();
        } else {
            status = r.added + r.removed + r.changed ? 1 : 0;
        }
    }
    if (o->json) cd_json(cli_name(o->args[0]), cli_name(o->args[1]), ss, status == 2 ? NULL : &r, status);
    else if (o->quiet && status == 1) to_printf(stdout, "%s and %s differ in meaning\n", cli_name(o->args[0]), cli_name(o->args[1]));
    else if (!o->quiet && status != 2 && rdf_text(stdout, &r) != 0) status = cd_oom();
    if (compared) df_free(&r);
    for (int i = 0; i < 2; i++) ss_close(&ss[i]);
    return cd_finish(status);
}

int cmd_diff(int argc, char **argv)
{
    const char *model;
    if (cd_against_opt(&argc, argv, &model)) return 2;
    cli_opts o;
    int rc = cli_parse(argc, argv, "diff", CLI_JSON | CLI_TODAY | CLI_QUIET, &o);
    if (rc) { free(o.args); return rc; }
    if (o.help) { cli_help("diff", stdout); free(o.args); return 0; }
    if (model && o.nargs == 0) {
        cli_usage_error("diff", "no council file or directory to compare with the model");
        rc = 2;
    } else if (model) {
        bool twice = false;   /* standard input can be read only once */
        for (int i = 0; i < o.nargs && strcmp(model, "-") == 0; i++) twice |= strcmp(o.args[i], "-") == 0;
        if (twice) cli_usage_error("diff", "standard input ('-') can be named only once");
        rc = twice ? 2 : cd_against(&o, model);
    } else if (o.nargs != 2) {
        cli_usage_error("diff", o.nargs < 2 ? "two files to compare are needed"
                                            : "only two files can be compared (or use --against MODEL PATH...)");
        rc = 2;
    } else {
        rc = cd_two(&o);
    }
    free(o.args);
    return rc;
}
