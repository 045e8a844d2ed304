/* cmd_diff — shared by cmd_diff.c (two files), cmd_diff_against.c (the
 * model protocol against councils' files) and cmd_diff_base.c (which defines
 * what both use) only. */
#ifndef CIVIC_CMD_DIFF_H
#define CIVIC_CMD_DIFF_H

#include "cli.h"
#include "session.h"

/* Opens a file to compare.  Returns 0, or 2 when it cannot be read (said
 * on stderr) or has errors (its diagnostics printed as `civic check` does,
 * unless json). */
int cd_open(session *s, const char *path, dt_day today, bool json, bool color);
/* A file's diagnostics and its "N errors, N warnings" line, on stderr. */
void cd_print_problems(const char *path, const session *s, bool color);
/* Says "out of memory"; returns 2. */
int cd_oom(void);
/* status, or 2 when standard output could not be written. */
int cd_finish(int status);
/* `civic diff --against MODEL PATH…` */
int cd_against(const cli_opts *o, const char *model);

#endif
