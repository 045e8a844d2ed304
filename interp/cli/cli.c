/* cli — option parsing and help texts. */
#include "cli.h"
#include "suggest.h"
#include "fail.h"
#include "files.h"
#include "session.h"
#include "textout.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void cli_usage_error(const char *cmd, const char *fmt, ...)
{
    /* the message quotes what the user typed: shown safe (textout.h) */
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fputs("civic: ", stderr);
    to_puts(stderr, msg);
    fprintf(stderr, "\nTry 'civic %s%s--help' for more information.\n", cmd ? cmd : "", cmd ? " " : "");
}

void cli_unreadable_to(FILE *f, const char *path, int err)
{
    to_printf(f, "civic: cannot read '%s': %s\n", path, cf_why(err));
}

void cli_unreadable(const char *path, int err) { cli_unreadable_to(stderr, path, err); }

static int cli_write_errno;   /* of the first failed flush, when one was seen */

bool cli_flush_stdout(void)
{
    errno = 0;
    if (fflush(stdout) == 0 && !ferror(stdout)) return true;
    if (!cli_write_errno) cli_write_errno = errno ? errno : EIO;
    return false;
}

int cli_close_stdout(int status)
{
    bool lost = ferror(stdout) != 0;
    /* the errno of a failure seen before is gone, unless a flush kept it; a
     * flush now usually meets the same failure again */
    int err = lost ? (cli_write_errno ? cli_write_errno : EIO) : 0;
    errno = 0;
    if (fflush(stdout) != 0) { lost = true; err = errno ? errno : EIO; }
    if (fclose(stdout) != 0 && !lost) { lost = true; err = errno ? errno : EIO; }
    if (lost) {
        fprintf(stderr, "civic: write error: %s\n", strerror(err));
        status = CLI_WRITE_ERROR;
    }
    /* standard error too: if it is lost, the exit status is all there is to
     * tell.  Flushed, not closed: handlers at exit (the fault-injection
     * build's count of allocations) still write to it. */
    if ((fflush(stderr) != 0 || ferror(stderr)) && status == 0) status = CLI_WRITE_ERROR;
    return status;
}

static int cli_date(const char *cmd, const char *s, dt_day *out)
{
    int r = dt_parse(s, strlen(s), out);
    if (r == 0) return 0;
    if (r == 2) cli_usage_error(cmd, "--today %s: there is no such day", s);
    else if (r == 3) cli_usage_error(cmd, "--today %s: the year is out of range (%d to %d)", s, DT_MIN_YEAR, DT_MAX_YEAR);
    else cli_usage_error(cmd, "--today needs a date as YYYY-MM-DD, not '%s'", s);
    return 2;
}

int cli_parse(int argc, char **argv, const char *cmd, unsigned allowed, cli_opts *o)
{
    memset(o, 0, sizeof *o);
    o->args = fail_calloc((size_t)argc + 1, sizeof *o->args);
    if (!o->args) { fputs("civic: out of memory\n", stderr); return 2; }
    bool options = true;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (options && strcmp(a, "--") == 0) { options = false; continue; }
        if (!options || a[0] != '-' || a[1] == '\0') { o->args[o->nargs++] = a; continue; }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) { o->help = true; continue; }
        if ((allowed & CLI_JSON) && strcmp(a, "--json") == 0) { o->json = true; continue; }
        const char *val = NULL;
        if ((allowed & CLI_TODAY) && strncmp(a, "--today", 7) == 0 && (a[7] == '\0' || a[7] == '=')) {
            val = a[7] == '=' ? a + 8 : (i + 1 < argc ? argv[++i] : NULL);
            if (!val) { cli_usage_error(cmd, "option '--today' needs a date"); return 2; }
            if (cli_date(cmd, val, &o->today)) return 2;
            o->has_today = true;
            continue;
        }
        if ((allowed & CLI_JUNIT) && strncmp(a, "--junit", 7) == 0 && (a[7] == '\0' || a[7] == '=')) {
            val = a[7] == '=' ? a + 8 : (i + 1 < argc ? argv[++i] : NULL);
            if (!val || !*val) { cli_usage_error(cmd, "option '--junit' needs a file name"); return 2; }
            o->junit = val;
            continue;
        }
        /* "did you mean": among the options this command takes */
        const char *opts[] = { (allowed & CLI_JSON) ? "--json" : NULL, (allowed & CLI_TODAY) ? "--today" : NULL,
                               (allowed & CLI_JUNIT) ? "--junit" : NULL, "--help" };
        sg_best b;
        sg_begin(&b, a);
        for (size_t k = 0; k < sizeof opts / sizeof opts[0]; k++) sg_offer(&b, opts[k]);
        if (sg_result(&b)) cli_usage_error(cmd, "unrecognized option '%s'; did you mean '%s'?", a, sg_result(&b));
        else cli_usage_error(cmd, "unrecognized option '%s'", a);
        return 2;
    }
    return 0;
}

dt_day cli_today(const cli_opts *o)
{
    return o->has_today ? o->today : ss_system_today();
}

static const char *const cli_texts[][2] = {
    { NULL,
      "Usage: civic COMMAND [OPTION]... [ARG]...\n"
      "Check, query and simulate a council's Member/Officer relations protocol\n"
      "written in the Civic language.\n"
      "\n"
      "Commands:\n"
      "  check [--json] [--today D] PATH...    check protocol files; report every problem\n"
      "  query [--json] [--today D] FILE QUERY answer one question about a protocol\n"
      "  test [--junit FILE] [--json] PATH...  run every scenario in files and directories\n"
      "  run [--json] [--today D] FILE [NAME]  simulate scenarios and print the timeline\n"
      "  repl [FILE...]                        ask questions interactively\n"
      "\n"
      "With no command on a terminal, civic starts the REPL.\n"
      "  -h, --help     display this help and exit\n"
      "      --version  output version information and exit\n"
      "\n"
      "'civic COMMAND --help' describes one command.  Queries: 'civic query FILE help'.\n"
      "Environment: CIVIC_STDLIB (extra stdlib directory), CIVIC_HISTORY (REPL history\n"
      "file, default ~/.civic_history), NO_COLOR (no colour), CIVIC_JOBS (threads for\n"
      "check and test over many files).\n" },
    { "check",
      "Usage: civic check [--json] [--today YYYY-MM-DD] PATH...\n"
      "Parse and check each protocol file and everything it uses, and every *.civic\n"
      "file under the directories given.  Problems are\n"
      "printed as FILE:LINE:COL: error|warning: MESSAGE, with the source line, a\n"
      "caret under the problem and hints.\n"
      "\n"
      "  --json     print one JSON array of {file,line,col,end_col,severity,code,\n"
      "             message,hints}\n"
      "  --today D  the date to judge review deadlines by (default: today)\n"
      "\n"
      "Exit status: 0 no errors, 1 errors found, 2 usage error, unreadable file or\n"
      "write error.\n" },
    { "query",
      "Usage: civic query [--json] [--today YYYY-MM-DD] FILE 'QUERY'\n"
      "Answer one query about the protocol in FILE.  Queries:\n"
      "  can ROLE ACTION [ROLE]         expectations of ROLE from ROLE\n"
      "  duties of ROLE                 route KIND by ROLE about ROLE\n"
      "  deadline CLAUSE from DATE      review\n"
      "  explain CLAUSE                 roles | clauses | who manages ROLE\n"
      "  holidays YEAR                  working days between DATE and DATE\n"
      "  help\n"
      "\n"
      "Exit status: 0 answered, 1 bad query, unknown name or errors in FILE, 2 usage.\n" },
    { "test",
      "Usage: civic test [--junit FILE] [--json] [--today YYYY-MM-DD] PATH...\n"
      "Run every scenario in the files given, and in every *.civic file under the\n"
      "directories given.  Prints one line per failure (FILE:LINE: why), and last\n"
      "the line 'N passed, N failed'.\n"
      "\n"
      "  --junit FILE  also write JUnit XML (one testsuite per file)\n"
      "  --json        print the results as JSON instead\n"
      "  --today D     the date review expectations are judged by, when a\n"
      "                scenario sets none (default: today)\n"
      "\n"
      "A file that cannot be read is a failure; a run that finds no scenario fails.\n"
      "\n"
      "Exit status: 0 when something passed and nothing failed, 1 otherwise, 2 usage\n"
      "error or write error.\n" },
    { "run",
      "Usage: civic run [--json] [--today YYYY-MM-DD] FILE [SCENARIO]\n"
      "Simulate the scenarios of FILE (or only the one named) and print each\n"
      "timeline: every obligation opened, fulfilled, breached or departed from,\n"
      "every case and where it went, each citing its clause.\n"
      "\n"
      "Exit status: 0, or 1 when an expectation fails or FILE has errors, 2 usage.\n" },
    { "repl",
      "Usage: civic repl [FILE...]\n"
      "Load the files and read queries and definitions, one per line.  Commands:\n"
      ":load FILE  :reload  :json on|off  :help  :quit.  When standard input is\n"
      "not a terminal, reads it as a script, without prompts.\n" },
};

void cli_help(const char *cmd, FILE *f)
{
    for (size_t i = 0; i < sizeof cli_texts / sizeof cli_texts[0]; i++) {
        const char *name = cli_texts[i][0];
        if ((!cmd && !name) || (cmd && name && strcmp(cmd, name) == 0)) {
            fputs(cli_texts[i][1], f);
            return;
        }
    }
}
