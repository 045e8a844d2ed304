/* cmd_query — `civic query [--json] [--werror] [-q] [--today D] FILE 'QUERY'`. */
#include "answer_render.h"
#include "cli.h"
#include "fail.h"
#include "report.h"
#include "session.h"

#include <stdlib.h>
#include <string.h>

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

/* What keeps the question from being answered: the query's errors.  With
 * --json, as the envelope on stdout (ok: false), so that a --json caller
 * always gets JSON; "out of memory" and "too many errors" are not
 * diagnostics of a file, and go to stderr as well. */
static void cq_errors(bool json, const char *text, const dg_sink *dg, const src_set *src)
{
    if (!json) {
        rp_text(dg, src, stderr, rp_use_color(stderr));
        return;
    }
    an_json_error(stdout, text, &dg, &src, 1);
    rp_notes(dg, stderr);
}

/* The file's errors (or, with --werror, its warnings): text as cli_problems
 * prints them, or the envelope with them as the errors. */
static void cq_file_errors(const cli_opts *o, const char *text, const session *s)
{
    if (o->json) cq_errors(true, text, &s->dg, &s->ld.src);
    else cli_problems(cli_name(o->args[0]), s, o, "query");
}

/* Answers text from the session's model; 0, or 1 when it cannot be. */
static int cq_answer(const session *s, const char *text, dt_day today, bool json)
{
    ss_query q;
    ss_query_init(&q);
    int status = ss_ask(s, &q, text, today);
    if (status != 0) cq_errors(json, text, &q.dg, &q.src);
    else if (json) an_json(stdout, &q.answer);
    else an_text(stdout, &q.answer);
    ss_query_free(&q);
    return status;
}

int cmd_query(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(argc, argv, "query", CLI_JSON | CLI_TODAY | CLI_WERROR | CLI_QUIET, &o);
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
        /* --json: the envelope still, empty and ok false, as check --json gives it */
        if (text && o.json) an_json_error(stdout, text, NULL, NULL, 0);
        if (text) ss_close(&s);
        free(text);
        free(o.args);
        return 2;
    }
    int status;
    if (cli_unusable(&s, &o)) {
        /* the answer could be wrong: show what is wrong with the file instead */
        cq_file_errors(&o, text, &s);
        status = 1;
    } else {
        status = cq_answer(&s, text, cli_today(&o), o.json);
    }
    ss_close(&s);
    free(text);
    free(o.args);
    return status;
}
