/* cmd_check — `civic check [--json] [--today D] FILE…`. */
#include "cli.h"
#include "report.h"
#include "session.h"

#include <stdlib.h>

static void cc_summary(const char *path, const session *s)
{
    const md_model *m = &s->m;
    if (s->dg.errors || s->dg.warnings) {
        fprintf(stderr, "%s: %zu error%s, %zu warning%s\n", path, s->dg.errors, s->dg.errors == 1 ? "" : "s",
                s->dg.warnings, s->dg.warnings == 1 ? "" : "s");
        return;
    }
#define CC_N(n, what) (n), what, (n) == 1 ? "" : "s"
    printf("%s: ok (%zu %s%s, %zu %s%s, %zu %s%s, %zu %s%s)\n", path, CC_N(m->nroles, "role"), CC_N(m->nnorms, "rule"),
           CC_N(m->nroutes, "route"), CC_N(m->nscens, "scenario"));
#undef CC_N
}

int cmd_check(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(argc, argv, "check", CLI_JSON | CLI_TODAY, &o);
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
    if (o.json) js_arr(&j);
    bool color = rp_use_color(stderr);
    int status = 0;
    for (int i = 0; i < o.nargs; i++) {
        session s;
        int err;
        if (ss_open(&s, o.args[i], today, &err) != 0) {
            cli_unreadable(o.args[i], err);
            ss_close(&s);
            status = 2;
            continue;
        }
        if (o.json) rp_json_items(&s.dg, &s.ld.src, &j);
        else {
            rp_text(&s.dg, &s.ld.src, stderr, color);
            cc_summary(o.args[i], &s);
        }
        if (o.json) rp_notes(&s.dg, stderr);
        if (ss_errors(&s) && status == 0) status = 1;
        ss_close(&s);
    }
    if (o.json) {
        js_arr_end(&j);
        js_done(&j);
    }
    free(o.args);
    return status;
}
