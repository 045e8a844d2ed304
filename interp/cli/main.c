/* main — `civic COMMAND …`: dispatch to the commands in cmd_*.c. */
#include "cli.h"
#include "parse.h"
#include "suggest.h"
#include "textout.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct {
    const char *name;
    int (*fn)(int, char **);
} main_cmds[] = {
    { "check", cmd_check }, { "query", cmd_query }, { "test", cmd_test },
    { "run", cmd_run }, { "repl", cmd_repl }, { "fmt", cmd_fmt }, { "diff", cmd_diff }, { "init", cmd_init },
    { "render", cmd_render },
    { "lsp", cmd_lsp }, { "audit", cmd_audit }, { "explain-error", cmd_explain },
};

static int main_dispatch(int argc, char **argv);

/* What every command ends with, as coreutils' close_stdout: an answer that
 * did not reach its file (a full disk, /dev/full, a closed pipe when SIGPIPE
 * is ignored) is a failure, said on stderr, whatever the command found.
 * SIGPIPE itself keeps its default: a reader that goes away ends us. */
int main(int argc, char **argv)
{
    int status = main_dispatch(argc, argv);
    return cli_close_stdout(status);
}

static int main_dispatch(int argc, char **argv)
{
    if (argc < 2) {
        if (isatty(0) && isatty(1)) return cmd_repl(1, argv);
        cli_help(NULL, stderr);
        return 2;
    }
    const char *c = argv[1];
    if (strcmp(c, "--help") == 0 || strcmp(c, "-h") == 0 || strcmp(c, "help") == 0) {
        cli_help(NULL, stdout);
        return 0;
    }
    if (strcmp(c, "--version") == 0 || strcmp(c, "-V") == 0) {
        printf("civic %s\n", CIVIC_VERSION);
        return 0;
    }
    /* rustc's spelling: civic --explain CODE */
    if (strcmp(c, "--explain") == 0) return cmd_explain(argc - 1, argv + 1);
    for (size_t i = 0; i < sizeof main_cmds / sizeof main_cmds[0]; i++)
        if (strcmp(c, main_cmds[i].name) == 0) return main_cmds[i].fn(argc - 1, argv + 1);
    /* "did you mean": an option among the options, a command among the commands */
    bool option = c[0] == '-';
    sg_best b;
    sg_begin(&b, c);
    if (option) {
        sg_offer(&b, "--help");
        sg_offer(&b, "--version");
        sg_offer(&b, "--explain");
    } else {
        for (size_t i = 0; i < sizeof main_cmds / sizeof main_cmds[0]; i++) sg_offer(&b, main_cmds[i].name);
    }
    const char *near = sg_result(&b);
    if (option && near) cli_usage_error(NULL, "unrecognized option '%s'; did you mean '%s'?", c, near);
    else if (option) cli_usage_error(NULL, "unrecognized option '%s'", c);
    else if (near) cli_usage_error(NULL, "'%s' is not a command; did you mean '%s'?", c, near);
    else cli_usage_error(NULL, "'%s' is not a command; the commands are check, query, test, run, repl, fmt, diff, init, render, lsp, audit and explain-error", c);
    return 2;
}
