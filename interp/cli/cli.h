/* cli — command-line options shared by the commands, and the commands. */
#ifndef CIVIC_CLI_H
#define CIVIC_CLI_H

#include "date.h"
#include "session.h"

#include <stdbool.h>
#include <stdio.h>

enum { CLI_JSON = 1, CLI_TODAY = 2, CLI_JUNIT = 4, CLI_COVER = 8,
       CLI_WERROR = 16,  /* --werror: warnings fail the run */
       CLI_QUIET = 32,   /* -q, --quiet: no summary lines */
       CLI_SELECT = 64 };/* civic test: --filter PATTERN, --list */

typedef struct cli_opts {
    bool json;
    bool has_today;
    dt_day today;
    const char *junit;
    bool coverage;               /* --coverage (CLI_COVER), also set by --min */
    int min;                     /* --min PCT: 0..100, or -1 when not given */
    char **args;
    int nargs;
    bool help;
    bool werror;
    bool quiet;
    const char *filter;      /* --filter PATTERN, or NULL */
    bool list;               /* --list */
} cli_opts;

/* Parses argv[1..] for command `cmd`.  Returns 0, or 2 after printing a
 * usage error to stderr. */
int cli_parse(int argc, char **argv, const char *cmd, unsigned allowed, cli_opts *o);
dt_day cli_today(const cli_opts *o);
void cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "civic: cannot read 'x': No such file or directory" */
void cli_unreadable(const char *path, int err);
/* The name a FILE argument goes by in output: "<stdin>" for "-". */
const char *cli_name(const char *path);
/* The same, to f (a worker's buffer: pool.h). */
void cli_unreadable_to(FILE *f, const char *path, int err);

/* query and run: a loaded file whose answers cannot be trusted — errors, or
 * (--werror) warnings. */
bool cli_unusable(const session *s, const cli_opts *o);
/* Its diagnostics on stderr as check prints them (-q: only its errors, unless
 * --werror made its warnings errors), and under --werror the line saying so:
 * "FILE: 0 errors, 2 warnings (--werror: warnings fail the WHAT)". */
void cli_problems(const char *path, const session *s, const cli_opts *o, const char *what);

/* civic run's work (cmd_test.c), also the REPL's :run after ':json on': the
 * scenarios of a loaded file (all, or the one named want) as text on
 * standard output, or (json not NULL) as the "run" envelope to json.  An
 * unusable file runs none (as JSON, its diagnostics say why).  Returns 0,
 * or 1 when an expectation failed, no scenario is named want, memory ran
 * out or the file is unusable. */
int cr_run_scenarios(const session *s, const char *path, const char *want, dt_day today, bool unusable, FILE *json);

/* Flushes and closes standard output (then standard error).  Returns
 * status, or CLI_WRITE_ERROR after "civic: write error: …" when output was
 * lost. */
enum { CLI_WRITE_ERROR = 2 };
/* Flushes standard output; false when what was written is lost (the REPL
 * stops then: nobody reads its answers). */
bool cli_flush_stdout(void);
int cli_close_stdout(int status);
/* data[0..n) to standard output, flushed; false when it is lost, its errno
 * kept for cli_close_stdout to say (a big write fails in fwrite itself). */
bool cli_write_stdout(const void *data, size_t n);

int cmd_check(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_test(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_repl(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_init(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_audit(int argc, char **argv);
int cmd_lsp(int argc, char **argv);
int cmd_explain(int argc, char **argv);
void cli_help(const char *cmd, FILE *f);
/* The query forms, from their table (q_forms.h), two to a line. */
void cli_forms(FILE *f);

#endif
