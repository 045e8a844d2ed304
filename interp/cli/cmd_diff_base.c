/* cmd_diff_base — what `civic diff A B` (cmd_diff.c) and `civic diff
 * --against` (cmd_diff_against.c) share: loading a protocol to compare, its
 * problems, the end of the command.  Both use it; it uses neither, so the
 * two commands do not call each other. */
#include "cli.h"
#include "cmd_diff.h"
#include "report.h"

#include <stdio.h>

void cd_print_problems(const char *path, const session *s, bool color)
{
    rp_text(&s->dg, &s->ld.src, stderr, color);   /* and its notes: out of memory, too many errors */
    fprintf(stderr, "%s: %zu error%s, %zu warning%s\n", path, ss_errors(s), ss_errors(s) == 1 ? "" : "s", s->dg.warnings,
            s->dg.warnings == 1 ? "" : "s");
}

int cd_open(session *s, const char *path, dt_day today, bool json, bool color)
{
    int err;
    if (ss_open(s, path, today, &err) != 0) {
        cli_unreadable(path, err);
        return 2;
    }
    if (!ss_errors(s)) return 0;
    if (!json) cd_print_problems(cli_name(path), s, color);
    return 2;
}

int cd_oom(void)
{
    fputs("civic: out of memory\n", stderr);
    return 2;
}

int cd_finish(int status)
{
    /* a failed write is said once, with its errno, by cli_close_stdout */
    if (!cli_flush_stdout()) return 2;
    return status;
}
