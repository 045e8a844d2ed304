/* cmd_query — `civic query [--json] [--today D] FILE 'QUERY'`. */
#include "cli.h"
#include "fail.h"
#include "query.h"
#include "report.h"
#include "session.h"

#include <stdlib.h>
#include <string.h>

/* Errors as JSON on stdout, so a --json caller always gets JSON. */
static void cq_json_errors(const session *s)
{
    js_out j;
    js_init(&j, stdout);
    js_obj(&j);
    js_key(&j, "kind");
    js_str(&j, "error");
    js_key(&j, "errors");
    js_arr(&j);
    rp_json_items(&s->dg, &s->ld.src, &j);
    js_arr_end(&j);
    js_obj_end(&j);
    js_done(&j);
    rp_notes(&s->dg, stderr);   /* "out of memory", "too many errors": not diagnostics of the file */
}

static char *cq_join(char **args, int n)
{
    size_t len = 1;
    for (int i = 0; i < n; i++) len += strlen(args[i]) + 1;
    char *q = fail_malloc(len);
    if (!q) return NULL;
    q[0] = '\0';
    for (int i = 0; i < n; i++) {
        if (i) strcat(q, " ");
        strcat(q, args[i]);
    }
    return q;
}

int cmd_query(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(argc, argv, "query", CLI_JSON | CLI_TODAY, &o);
    if (rc) { free(o.args); return rc; }
    if (o.help) { cli_help("query", stdout); free(o.args); return 0; }
    if (o.nargs < 2) {
        cli_usage_error("query", o.nargs ? "no query given" : "no file and query given");
        free(o.args);
        return 2;
    }
    char *text = cq_join(o.args + 1, o.nargs - 1);
    session s;
    int err;
    if (!text || ss_open(&s, o.args[0], cli_today(&o), &err) != 0) {
        if (text) cli_unreadable(o.args[0], err);
        else fputs("civic: out of memory\n", stderr);
        if (text) ss_close(&s);
        free(text);
        free(o.args);
        return 2;
    }
    int status = 0;
    if (ss_errors(&s)) {
        /* the answer could be wrong: show what is wrong with the file instead */
        dg_sink only;
        dg_init(&only);
        if (o.json) cq_json_errors(&s);
        else rp_text(&s.dg, &s.ld.src, stderr, rp_use_color(stderr));
        dg_free(&only);
        status = 1;
    } else {
        dg_clear(&s.dg);
        q_ctx q = { &s.m, &s.dg, stdout, o.json, cli_today(&o), false, NULL, NULL };
        if (q_run(&q, text) != 0 || s.dg.errors || s.dg.oom) {
            if (o.json) cq_json_errors(&s);
            else rp_text(&s.dg, &s.ld.src, stderr, rp_use_color(stderr));
            status = 1;
        }
    }
    ss_close(&s);
    free(text);
    free(o.args);
    return status;
}
