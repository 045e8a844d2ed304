/* cli — option parsing and help texts. */
#include "cli.h"
#include "audit.h"
#include "suggest.h"
#include "fail.h"
#include "files.h"
#include "question.h"
#include "report.h"
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

const char *cli_name(const char *path) { return strcmp(path, "-") == 0 ? SS_STDIN : path; }

void cli_unreadable_to(FILE *f, const char *path, int err)
{
    to_printf(f, "civic: cannot read '%s': %s\n", cli_name(path), cf_why(err));
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

bool cli_write_stdout(const void *data, size_t n)
{
    errno = 0;
    if (n && fwrite(data, 1, n, stdout) != n) {
        if (!cli_write_errno) cli_write_errno = errno ? errno : EIO;
        return false;
    }
    return cli_flush_stdout();
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

/* --today's date: YYYY-MM-DD, or DD/MM/YYYY as a register writes it (day first). */
static int cli_date(const char *cmd, const char *s, dt_day *out)
{
    size_t n = strlen(s);
    int r = dt_parse(s, n, out);
    if (r != 0 && memchr(s, '/', n)) r = au_parse_date(s, n, out);
    if (r == 0) return 0;
    if (r == 2) cli_usage_error(cmd, "--today %s: there is no such day", s);
    else if (r == 3) cli_usage_error(cmd, "--today %s: the year is out of range (%d to %d)", s, DT_MIN_YEAR, DT_MAX_YEAR);
    else cli_usage_error(cmd, "--today needs a date as YYYY-MM-DD or DD/MM/YYYY (the day first), not '%s'", s);
    return 2;
}

/* The options commands share: the bit of `allowed` that admits each, and
 * what a value it takes must be (NULL: it takes none). */
enum { CO_JSON, CO_WERROR, CO_QUIET, CO_LIST, CO_COVERAGE, CO_TODAY, CO_FILTER, CO_JUNIT, CO_MIN, CO_COUNT };
static const struct {
    const char *name, *alias;
    unsigned bit;
    const char *needs;
} cli_optdefs[CO_COUNT] = {
    [CO_JSON] = { "--json", NULL, CLI_JSON, NULL },
    [CO_WERROR] = { "--werror", NULL, CLI_WERROR, NULL },
    [CO_QUIET] = { "--quiet", "-q", CLI_QUIET, NULL },
    [CO_LIST] = { "--list", NULL, CLI_SELECT, NULL },
    [CO_TODAY] = { "--today", NULL, CLI_TODAY, "a date" },
    [CO_FILTER] = { "--filter", NULL, CLI_SELECT, "a pattern: a scenario name, a glob or a clause" },
    [CO_JUNIT] = { "--junit", NULL, CLI_JUNIT, "a file name" },
    [CO_COVERAGE] = { "--coverage", NULL, CLI_COVER, NULL },
    [CO_MIN] = { "--min", NULL, CLI_COVER, "a percentage from 0 to 100" },
};

/* --min PCT: a whole percentage; 0, or 2 after a usage error. */
static int cli_min(const char *cmd, const char *val, cli_opts *o)
{
    char *end = NULL;
    long pct = strtol(val, &end, 10);
    if (!*val || *end || pct < 0 || pct > 100) {
        cli_usage_error(cmd, "option '--min' needs a percentage from 0 to 100, not '%s'", val);
        return 2;
    }
    o->min = (int)pct;
    o->coverage = true;
    return 0;
}

/* Sets what option id says; 0, or 2 after a usage error. */
static int cli_set(const char *cmd, int id, const char *val, cli_opts *o)
{
    switch (id) {
    case CO_JSON: o->json = true; break;
    case CO_WERROR: o->werror = true; break;
    case CO_QUIET: o->quiet = true; break;
    case CO_LIST: o->list = true; break;
    case CO_TODAY:
        if (cli_date(cmd, val, &o->today)) return 2;
        o->has_today = true;
        break;
    case CO_FILTER: o->filter = val; break;
    case CO_COVERAGE: o->coverage = true; break;
    case CO_MIN: return cli_min(cmd, val, o);
    default: o->junit = val; break;
    }
    return 0;
}

/* argv[*i] as one of the options this command takes (its value, as the next
 * argument or after '=', taken too): 1 done, 0 not one of them, 2 usage error. */
static int cli_option(int argc, char **argv, int *i, const char *cmd, unsigned allowed, cli_opts *o)
{
    const char *a = argv[*i];
    for (int k = 0; k < CO_COUNT; k++) {
        size_t n = strlen(cli_optdefs[k].name);
        const char *needs = cli_optdefs[k].needs;
        bool alias = cli_optdefs[k].alias && strcmp(a, cli_optdefs[k].alias) == 0;
        if (!(allowed & cli_optdefs[k].bit)) continue;
        if (!alias && (strncmp(a, cli_optdefs[k].name, n) != 0 || (a[n] != '\0' && !(needs && a[n] == '='))))
            continue;
        const char *val = !needs ? NULL : a[n] == '=' ? a + n + 1 : *i + 1 < argc ? argv[++*i] : NULL;
        if (needs && (!val || (!*val && k != CO_TODAY && k != CO_MIN))) {
            cli_usage_error(cmd, "option '%s' needs %s", cli_optdefs[k].name, needs);
            return 2;
        }
        return cli_set(cmd, k, val, o) ? 2 : 1;
    }
    return 0;
}

/* "unrecognized option", and "did you mean" among the options this command takes. */
static int cli_unknown(const char *cmd, const char *a, unsigned allowed)
{
    sg_best b;
    sg_begin(&b, a);
    for (int k = 0; k < CO_COUNT; k++)
        if (allowed & cli_optdefs[k].bit) sg_offer(&b, cli_optdefs[k].name);
    sg_offer(&b, "--help");
    if (sg_result(&b)) cli_usage_error(cmd, "unrecognized option '%s'; did you mean '%s'?", a, sg_result(&b));
    else cli_usage_error(cmd, "unrecognized option '%s'", a);
    return 2;
}

int cli_parse(int argc, char **argv, const char *cmd, unsigned allowed, cli_opts *o)
{
    memset(o, 0, sizeof *o);
    o->min = -1;
    o->args = fail_calloc((size_t)argc + 1, sizeof *o->args);
    if (!o->args) { fputs("civic: out of memory\n", stderr); return 2; }
    bool options = true;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (options && strcmp(a, "--") == 0) { options = false; continue; }
        if (!options || a[0] != '-' || a[1] == '\0') {
            /* standard input can be read only once */
            for (int k = 0; strcmp(a, "-") == 0 && k < o->nargs; k++)
                if (strcmp(o->args[k], "-") == 0) { cli_usage_error(cmd, "standard input ('-') can be named only once"); return 2; }
            o->args[o->nargs++] = a;
            continue;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) { o->help = true; continue; }
        int r = cli_option(argc, argv, &i, cmd, allowed, o);
        if (r == 0) return cli_unknown(cmd, a, allowed);
        if (r == 2) return 2;
    }
    return 0;
}

bool cli_unusable(const session *s, const cli_opts *o) { return ss_errors(s) || (o->werror && s->dg.warnings); }

void cli_problems(const char *path, const session *s, const cli_opts *o, const char *what)
{
    bool color = rp_use_color(stderr);
    if (o->quiet && !o->werror) rp_text_errors(&s->dg, &s->ld.src, stderr, color);
    else rp_text(&s->dg, &s->ld.src, stderr, color);
    if (!o->werror || !s->dg.warnings) return;
    size_t errors = ss_errors(s);
    to_printf(stderr, "%s: %zu error%s, %zu warning%s (--werror: warnings fail the %s)\n", path, errors,
              errors == 1 ? "" : "s", s->dg.warnings, s->dg.warnings == 1 ? "" : "s", what);
}

dt_day cli_today(const cli_opts *o)
{
    return o->has_today ? o->today : ss_system_today();
}

/* Where a help text lists the query forms (cli_forms). */
#define CLI_FORMS "\001forms\n"

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
      "  test --coverage [--min PCT] PATH...   and say which clauses no scenario exercises\n"
      "  run [--json] [--today D] FILE [NAME]  simulate scenarios and print the timeline\n"
      "  repl [FILE...]                        ask questions interactively\n"
      "  fmt [--check] [-w] FILE...            lay files out in the canonical layout\n"
      "  diff [--json] [--today D] A B         what changed in meaning between two protocols\n"
      "  diff --against MODEL PATH...          where councils depart from a model protocol\n"
      "  init [--council NAME] FILE            write a commented starter protocol\n"
      "  render [--format F] [-o OUT] FILE     publish a protocol as a page (HTML, Markdown)\n"
      "  lsp [--today D]                       the language server, for editors (stdio)\n"
      "  audit [--json|--csv] MAP CSV...       run a council's register through its protocol\n"
      "  explain-error [--json] [CODE]         what a diagnostic code means, with an example\n"
      "\n"
      "With no command on a terminal, civic starts the REPL.  A FILE (or PATH) of\n"
      "'-' is standard input, named <stdin> in messages; its relative uses are\n"
      "found from the current directory.  Problems are printed as\n"
      "FILE:LINE:COL: error|warning: MESSAGE [CODE]; 'civic explain-error CODE'\n"
      "says what a code means.\n"
      "  -h, --help     display this help and exit\n"
      "      --version  output version information and exit\n"
      "      --explain CODE  the same as 'civic explain-error CODE'\n"
      "\n"
      "'civic COMMAND --help' describes one command.  Queries: 'civic query FILE help'.\n"
      "Environment: CIVIC_STDLIB (extra stdlib directory), CIVIC_HISTORY (REPL history\n"
      "file, default ~/.civic_history), NO_COLOR (no colour), CIVIC_JOBS (threads for\n"
      "check and test over many files).\n" },
    { "check",
      "Usage: civic check [--json] [--werror] [-q] [--today YYYY-MM-DD] PATH...\n"
      "Parse and check each protocol file and everything it uses, and every *.civic\n"
      "file under the directories given.  Problems are\n"
      "printed as FILE:LINE:COL: error|warning: MESSAGE [CODE], with the source\n"
      "line, a caret under the problem and hints (civic explain-error CODE says\n"
      "more of a code).\n"
      "\n"
      "  --json     print one JSON envelope: {kind \"check\", files, diagnostics\n"
      "             (each {file,line,col,end_col,severity,code,message,hints}), ok}\n"
      "  --today D  the date to judge review deadlines by (default: today)\n"
      "  --werror   warnings fail the check too (exit 1; the summary line says so)\n"
      "  -q, --quiet  no summary lines ('FILE: ok (...)', 'FILE: N errors, ...'):\n"
      "             only the diagnostics\n"
      "\n"
      "'civic explain-error CODE' explains a code that --json shows.\n"
      "\n"
      "Exit status: 0 no errors, 1 errors found (or, with --werror, warnings),\n"
      "2 usage error, unreadable file or write error.\n" },
    { "query",
      "Usage: civic query [--json] [--werror] [-q] [--today YYYY-MM-DD] FILE 'QUERY'\n"
      "Answer one query about the protocol in FILE.  Queries:\n"
      CLI_FORMS
      "  help\n"
      "\n"
      "  --json     print the answer as JSON (one envelope, docs/JSON.md)\n"
      "  --werror   a FILE with warnings is not answered: its warnings are printed\n"
      "             as errors would be, with a line saying so (exit 1)\n"
      "  -q, --quiet  when FILE has errors, print only those, not its warnings\n"
      "  --today D  the date review and deadline questions are judged by\n"
      "\n"
      "Exit status: 0 answered, 1 bad query, unknown name or errors in FILE (or,\n"
      "with --werror, warnings), 2 usage.\n" },
    { "test",
      "Usage: civic test [--junit FILE] [--json] [--werror] [--filter PATTERN] [--list]\n"
      "                  [--today YYYY-MM-DD] [--coverage] [--min PCT] PATH...\n"
      "Run every scenario in the files given, and in every *.civic file under the\n"
      "directories given.  Prints one line per failure (FILE:LINE: why), and last\n"
      "the line 'N passed, N failed'.\n"
      "\n"
      "  --junit FILE  also write JUnit XML: one testsuite per file, a testcase per\n"
      "                scenario (time, file, line), a failure with the expectation's\n"
      "                text, an error for a file that cannot run\n"
      "  --json        print the results as JSON instead\n"
      "  --werror      a file with warnings fails (once), its scenarios not run\n"
      "  --filter PATTERN  only the scenarios whose name contains PATTERN or\n"
      "                matches it as a glob (* ? [...]), or whose expectations or\n"
      "                events cite it as a clause ('--filter 10.2'); none: exit 1\n"
      "  --list        print each scenario as FILE:LINE: scenario \"NAME\" and, last,\n"
      "                'N scenarios'; run none\n"
      "  --today D     the date review expectations are judged by, when a\n"
      "                scenario sets none (default: today)\n"
      "  --coverage    then, for each protocol tested, the line 'FILE: N of M\n"
      "                clauses exercised (P%)' and each clause no scenario\n"
      "                exercises, with its line and its rule in plain English\n"
      "                (docs/LANGUAGE.md says what counts as exercised)\n"
      "  --min PCT     fail when a protocol has under PCT% of its clauses\n"
      "                exercised (implies --coverage)\n"
      "\n"
      "A file that cannot be read is a failure; a run that finds no scenario fails.\n"
      "\n"
      "Exit status: 0 when something passed and nothing failed, 1 otherwise (or a\n"
      "protocol under --min), 2 usage error or write error.\n" },
    { "run",
      "Usage: civic run [--json] [--werror] [-q] [--today YYYY-MM-DD] FILE [SCENARIO]\n"
      "Simulate the scenarios of FILE (or only the one named) and print each\n"
      "timeline: every obligation opened, fulfilled, breached or departed from,\n"
      "every case and where it went, each citing its clause.\n"
      "\n"
      "  --json     print the timelines as JSON (one envelope, docs/JSON.md)\n"
      "  --werror   a FILE with warnings is not run: its warnings are printed as\n"
      "             errors would be, with a line saying so (exit 1)\n"
      "  -q, --quiet  when FILE has errors, print only those, not its warnings\n"
      "  --today D  the date review expectations are judged by, when a scenario\n"
      "             sets none\n"
      "\n"
      "Exit status: 0, or 1 when an expectation fails or FILE has errors (or, with\n"
      "--werror, warnings), 2 usage.\n" },
    { "diff",
      "Usage: civic diff [--json] [-q] [--today YYYY-MM-DD] A B\n"
      "  or:  civic diff [--json] [-q] [--today YYYY-MM-DD] --against MODEL PATH...\n"
      "Say what changed in meaning between two protocol files: two versions of a\n"
      "council's protocol, or two councils'.  Metadata, roles, rules and routes are\n"
      "compared; rules are matched by meaning (role, action, thing, counterpart),\n"
      "not by clause, so renumbering, layout and comments are no change.  One line\n"
      "per change, citing the clauses of both sides, then a summary line.\n"
      "\n"
      "  --against MODEL  compare each council's file (the files given, and the\n"
      "                   protocols in the directories given) with the model\n"
      "                   protocol MODEL: a table of the model's rules each adopts\n"
      "                   as they are, changes or omits, and the rules it adds;\n"
      "                   then the details, council by council\n"
      "  --json           print the changes as JSON (kind \"diff\" or \"diff-against\")\n"
      "  -q, --quiet      as diff -q: only 'A and B differ in meaning' (nothing\n"
      "                   when they do not); with --against, 'FILE departs from\n"
      "                   MODEL' for each council that does; the exit status is\n"
      "                   the same; --json is not changed by it\n"
      "  --today D        the date review warnings are judged by (default: today)\n"
      "\n"
      "Exit status: 0 the same meaning, 1 differences, 2 usage error, unreadable\n"
      "file, or a file with errors (its diagnostics are printed as check does).\n" },
    { "init",
      "Usage: civic init [--council NAME] [--today YYYY-MM-DD] FILE\n"
      "Write a commented starter protocol to FILE: the protocol block, the shared\n"
      "roles, a rule, a deadline with a fallback, a route and one scenario, which\n"
      "'civic check' and 'civic test' pass.  An existing FILE is never overwritten.\n"
      "\n"
      "  --council NAME  the council's name (default: Anytown Town Council)\n"
      "  --today D       the adoption date to write (default: today)\n"
      "\n"
      "Exit status: 0 written, 1 FILE exists or cannot be written, 2 usage error.\n" },
    { "repl",
      "Usage: civic repl [--json] [--today YYYY-MM-DD] [FILE...]\n"
      "Load the files and read queries and definitions, one per line.  Commands:\n"
      ":load FILE  :reload  :run [NAME]  :today D  :json on|off  :use NAME\n"
      ":protocols  :help  :quit.  ':load' of another council's protocol (a file\n"
      "with a protocol block, when the current one has one too) keeps it apart and\n"
      "switches to it; ':use NAME' switches back, ':protocols' lists them.\n"
      "':json on' (or --json) makes every output on standard output JSON, one\n"
      "envelope a line: answers, definitions (kind \"definition\"), ':load' (kind\n"
      "\"load\"), ':run' (kind \"run\"), ':protocols', a command's message or error\n"
      "(kind \"command\").  --today D: the day to answer as of (also ':today D').\n"
      "When standard input is not a terminal, reads it as a script, without\n"
      "prompts, and exits 1 if any line was in error, a file loaded has errors\n"
      "or a ':run' had failed expectations.  ':load -' is refused.\n" },
    { "fmt",
      "Usage: civic fmt [--check] [-w] FILE...\n"
      "Lay each protocol file out in Civic's one canonical layout: blocks indented\n"
      "by two spaces, clause labels aligned, one space between words, continuation\n"
      "lines indented, lines over 100 columns wrapped where a statement may go on,\n"
      "comments kept where they are.  Only spaces and line breaks change.  FILE '-'\n"
      "is standard input.  A file with errors is not formatted: its problems are\n"
      "printed as 'civic check' prints them.\n"
      "\n"
      "  (none)       print the formatted text to standard output\n"
      "  -w, --write  rewrite each file in place (atomically; a file already\n"
      "               formatted is not touched)\n"
      "  --check      write nothing; print 'FILE: not formatted' for each file\n"
      "               that is not\n"
      "\n"
      "Exit status: 0 ok, 1 errors in a file or (--check) a file not formatted,\n"
      "2 usage error, or a file that cannot be read or written.\n" },
    { "render",
      "Usage: civic render [--format html|md|dot] [-o FILE] [--today YYYY-MM-DD]\n"
      "                    [--coverage PATH]... PROTOCOL\n"
      "Publish the protocol as one page: its status and review as of today, the\n"
      "roles and who manages whom, every clause in the document's order with its\n"
      "rules in plain English (the sentences 'civic query' gives), each deadline\n"
      "with a worked example over the protocol's calendar, and each route for\n"
      "complaints and disputes, step by step, skipped steps and why.  PROTOCOL '-'\n"
      "is standard input.\n"
      "\n"
      "  -f, --format F  html (default): one self-contained page, inline CSS, the\n"
      "                  routes drawn by Graphviz's dot as inline SVG, laid out for\n"
      "                  A4 when printed; md: Markdown for a wiki or GitHub, the\n"
      "                  routes as ordered lists; dot: the diagrams' Graphviz source\n"
      "  -o, --output FILE  write the page to FILE, replacing it at once (its mode\n"
      "                  kept); default: standard output\n"
      "  --today D       the day the review status and the worked examples are\n"
      "                  reckoned from (default: today)\n"
      "  --coverage PATH run the scenarios in PATH (a file, or a directory of\n"
      "                  them; the option again for more) and mark each clause\n"
      "                  as exercised by a scenario or not ('civic test --coverage')\n"
      "\n"
      "Environment: CIVIC_DOT, the Graphviz program to run (default: dot);\n"
      "CIVIC_DOT_TIMEOUT, the seconds one run of it may take (default: 60).\n"
      "Exit status: 0 written, 1 errors in the protocol, 2 usage error, a file that\n"
      "cannot be read or written (-o naming a file read is refused), or dot\n"
      "missing, failing or too slow (no page is written).\n" },
    { "audit",
      "Usage: civic audit [--json|--csv] [--today YYYY-MM-DD] [--fail-on-breach]\n"
      "                   MAP.civic REGISTER.csv...\n"
      "Run a council's register (a CSV file: one enquiry, request or complaint a\n"
      "row) through its protocol, each row a matter of its own.  MAP.civic uses the\n"
      "protocol and says, in a 'register \"NAME\" { ... }' block, how the columns\n"
      "(found by their headers) become events: which is the row's id, who raised\n"
      "what to whom on which date, which dates the acknowledgement, the response.\n"
      "Prints one line per breach or departure (row id, clause, due date, what\n"
      "happened) as rows are read, each bad row as REGISTER:LINE: error: MESSAGE\n"
      "[CODE] with a hint, then a summary by clause, by person and by month, and\n"
      "last the line 'N rows checked: B breaches, D departures, E rows with\n"
      "errors'.\n"
      "\n"
      "  --json            the same as one JSON document (kind \"audit\")\n"
      "  --csv             the same as CSV, one record a finding, to open in a\n"
      "                    spreadsheet\n"
      "  --today D         the day the register was taken: a duty due on or after\n"
      "                    it and not yet done is open, not breached; a date after\n"
      "                    it is an error (default: today)\n"
      "  --fail-on-breach  exit 1 when a breach is found\n"
      "\n"
      "Exit status: 0, or 1 when a row is in error, the map has errors, or\n"
      "--fail-on-breach and a breach is found; 2 usage error or unreadable file.\n" },
    { "lsp",
      "Usage: civic lsp [--today YYYY-MM-DD]\n"
      "Serve the Language Server Protocol on standard input and output, for an\n"
      "editor (VS Code, Neovim, Emacs Eglot; editors/README.md).  It publishes\n"
      "civic check's diagnostics as a document is opened and changed, and answers\n"
      "hover (a role's names, hierarchy and duties; a clause's rules explained; a\n"
      "deadline worked from today), go to definition (roles, actions, things,\n"
      "procedures, relations, clauses, used files), completion, document symbols\n"
      "and formatting (civic fmt).  The standard library's files, embedded in\n"
      "civic, are written to $XDG_CACHE_HOME/civic/ for an editor to open.\n"
      "\n"
      "  --today D  the day deadlines are worked from and reviews judged by\n"
      "             (default: today; a client may send initializationOptions.today)\n"
      "  --stdio    accepted and ignored: standard input and output are the transport\n"
      "\n"
      "Exit status: 0 after 'shutdown' and 'exit', 1 when the input ends or 'exit'\n"
      "comes without a 'shutdown', 2 usage error.\n" },
    { "explain-error",
      "Usage: civic explain-error [--json] [CODE]\n"
      "  or:  civic --explain CODE\n"
      "Explain a diagnostic code, the stable name each diagnostic carries in\n"
      "--json output (\"code\"): what it reports, the hint given when the\n"
      "diagnostic brings none of its own, and an example, a short protocol text\n"
      "with what 'civic check' says of it (checked as of 2026-01-01).  With no\n"
      "CODE, list every code with its description (docs/DIAGNOSTICS.md).\n"
      "\n"
      "  --json     the same as one JSON document (kind \"explain-error\")\n"
      "  --example  print only the example's text, to run through 'civic check -'\n"
      "\n"
      "Exit status: 0, 1 when --example is asked of a code with none, 2 usage\n"
      "error or no such code.\n" },
};

void cli_forms(FILE *f)
{
    char syntax[256], next[256];
    for (size_t i = 0; q_help_group(i, syntax, sizeof syntax); i += 2) {
        if (q_help_group(i + 1, next, sizeof next)) fprintf(f, "  %-36s%s\n", syntax, next);
        else fprintf(f, "  %s\n", syntax);
    }
}

void cli_help(const char *cmd, FILE *f)
{
    for (size_t i = 0; i < sizeof cli_texts / sizeof cli_texts[0]; i++) {
        const char *name = cli_texts[i][0];
        if ((!cmd && !name) || (cmd && name && strcmp(cmd, name) == 0)) {
            /* the query forms, from their table, where the text marks them */
            const char *t = cli_texts[i][1], *forms = strstr(t, CLI_FORMS);
            if (!forms) { fputs(t, f); return; }
            fwrite(t, 1, (size_t)(forms - t), f);
            cli_forms(f);
            fputs(forms + strlen(CLI_FORMS), f);
            return;
        }
    }
}
