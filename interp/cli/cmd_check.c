/* cmd_check — `civic check [--json] [--werror] [-q] [--today D] FILE…`. */
#include "cli.h"
#include "envelope.h"
#include "report.h"
#include "session.h"

#include <stdlib.h>

/* Does the file fail the check: errors, or (--werror) warnings? */
static bool cc_fails(const session *s, bool werror) { return ss_errors(s) || (werror && s->dg.warnings); }

static void cc_summary(const char *path, const session *s, bool werror)
{
    const md_model *m = &s->m;
    if (s->dg.errors || s->dg.warnings) {
        fprintf(stderr, "%s: %zu error%s, %zu warning%s%s\n", path, s->dg.errors, s->dg.errors == 1 ? "" : "s",
                s->dg.warnings, s->dg.warnings == 1 ? "" : "s",
                werror && s->dg.warnings ? " (--werror: warnings fail the check)" : "");
        return;
    }
#define CC_N(n, what) (n), what, (n) == 1 ? "" : "s"
    printf("%s: ok (%zu %s%s, %zu %s%s, %zu %s%s, %zu %s%s)\n", path, CC_N(m->nroles, "role"), CC_N(m->nnorms, "rule"),
           CC_N(m->nroutes, "route"), CC_N(m->nscens, "scenario"));
#undef CC_N
}

/* "files": one object per file named: its counts, or that it could not be read. */
static void cc_json_file(js_out *j, const char *path, const session *s)
{
    js_obj(j);
    js_key(j, "file"); js_str(j, path);
    js_key(j, "read"); js_bool(j, s != NULL);
    if (s) {
        js_key(j, "errors"); js_int(j, (long)ss_errors(s));
        js_key(j, "warnings"); js_int(j, (long)s->dg.warnings);
    }
    js_obj_end(j);
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
    dt_day today = cli_today(&o);
    js_out j;
    js_init(&j, stdout);
    if (o.json) {
        ev_begin(&j, "check");
        js_key(&j, "files");
        js_arr(&j);
    }
    bool color = rp_use_color(stderr);
    int status = 0;
    /* with --json, every file's diagnostics go at the end of the envelope:
     * the sessions stay open until then */
    session *ss = calloc((size_t)o.nargs, sizeof *ss);
    if (!ss) { fprintf(stderr, "civic: out of memory\n"); free(o.args); return 1; }
    for (int i = 0; i < o.nargs; i++) {
        int err;
        bool read = ss_open(&ss[i], o.args[i], today, &err) == 0;
        if (!read) {
            cli_unreadable(o.args[i], err);
            status = 2;
        } else if (!o.json) {
            rp_text(&ss[i].dg, &ss[i].ld.src, stderr, color);
            if (!o.quiet) cc_summary(cli_name(o.args[i]), &ss[i], o.werror);
        }
        if (read && cc_fails(&ss[i], o.werror) && status == 0) status = 1;
        if (o.json) cc_json_file(&j, cli_name(o.args[i]), read ? &ss[i] : NULL);
        if (o.json) rp_notes(&ss[i].dg, stderr);
        if (!o.json) ss_close(&ss[i]);
    }
    if (o.json) {
        js_arr_end(&j);
        const dg_sink **dg = calloc((size_t)o.nargs, sizeof *dg);
        const src_set **src = calloc((size_t)o.nargs, sizeof *src);
        size_t n = 0;
        for (int i = 0; dg && src && i < o.nargs; i++)
            if (ss[i].built) { dg[n] = &ss[i].dg; src[n] = &ss[i].ld.src; n++; }
        ev_end(&j, dg, src, n, status == 0);
        free(dg);
        free(src);
        for (int i = 0; i < o.nargs; i++) ss_close(&ss[i]);
    }
    free(ss);
    free(o.args);
    return status;
}
