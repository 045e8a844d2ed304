# The command line: usage errors (exit 2), help and version (exit 0).

$ civic check
civic: no file to check
Try 'civic check --help' for more information.
[2]

$ civic check --frobnicate tests/check/ok.civic
civic: unrecognized option '--frobnicate'
Try 'civic check --help' for more information.
[2]

$ civic check --today
civic: option '--today' needs a date
Try 'civic check --help' for more information.
[2]

$ civic check --today 2025-02-30 tests/check/ok.civic
civic: --today 2025-02-30: there is no such day
Try 'civic check --help' for more information.
[2]

$ civic frobnicate
civic: 'frobnicate' is not a command; the commands are check, query, test, run, repl, fmt, diff, init, render, lsp, audit and explain-error
Try 'civic --help' for more information.
[2]

$ civic --frobnicate
civic: unrecognized option '--frobnicate'
Try 'civic --help' for more information.
[2]

$ civic --help
Usage: civic COMMAND [OPTION]... [ARG]...
Check, query and simulate a council's Member/Officer relations protocol
written in the Civic language.

Commands:
  check [--json] [--today D] PATH...    check protocol files; report every problem
  query [--json] [--today D] FILE QUERY answer one question about a protocol
  test [--junit FILE] [--json] PATH...  run every scenario in files and directories
  test --coverage [--min PCT] PATH...   and say which clauses no scenario exercises
  run [--json] [--today D] FILE [NAME]  simulate scenarios and print the timeline
  repl [FILE...]                        ask questions interactively
  fmt [--check] [-w] FILE...            lay files out in the canonical layout
  diff [--json] [--today D] A B         what changed in meaning between two protocols
  diff --against MODEL PATH...          where councils depart from a model protocol
  init [--council NAME] FILE            write a commented starter protocol
  render [--format F] [-o OUT] FILE     publish a protocol as a page (HTML, Markdown)
  lsp [--today D]                       the language server, for editors (stdio)
  audit [--json|--csv] MAP CSV...       run a council's register through its protocol
  explain-error [--json] [CODE]         what a diagnostic code means, with an example

With no command on a terminal, civic starts the REPL.  A FILE (or PATH) of
'-' is standard input, named <stdin> in messages; its relative uses are
found from the current directory.  Problems are printed as
FILE:LINE:COL: error|warning: MESSAGE [CODE]; 'civic explain-error CODE'
says what a code means.
  -h, --help     display this help and exit
      --version  output version information and exit
      --explain CODE  the same as 'civic explain-error CODE'

'civic COMMAND --help' describes one command.  Queries: 'civic query FILE help'.
Environment: CIVIC_STDLIB (extra stdlib directory), CIVIC_HISTORY (REPL history
file, default ~/.civic_history), NO_COLOR (no colour), CIVIC_JOBS (threads for
check and test over many files).

$ civic --version
civic 0.1.0

$ civic check --help
Usage: civic check [--json] [--werror] [-q] [--today YYYY-MM-DD] PATH...
Parse and check each protocol file and everything it uses, and every *.civic
file under the directories given.  Problems are
printed as FILE:LINE:COL: error|warning: MESSAGE [CODE], with the source
line, a caret under the problem and hints (civic explain-error CODE says
more of a code).

  --json     print one JSON envelope: {kind "check", files, diagnostics
             (each {file,line,col,end_col,severity,code,message,hints}), ok}
  --today D  the date to judge review deadlines by (default: today)
  --werror   warnings fail the check too (exit 1; the summary line says so)
  -q, --quiet  no summary lines ('FILE: ok (...)', 'FILE: N errors, ...'):
             only the diagnostics

'civic explain-error CODE' explains a code that --json shows.

Exit status: 0 no errors, 1 errors found (or, with --werror, warnings),
2 usage error, unreadable file or write error.

$ civic query --help
Usage: civic query [--json] [--werror] [-q] [--today YYYY-MM-DD] FILE 'QUERY'
Answer one query about the protocol in FILE.  Queries:
  can ROLE ACTION [ROLE]              duties of ROLE
  expectations of ROLE from ROLE      route KIND by ROLE about ROLE
  who handles KIND about ROLE         deadline CLAUSE from DATE
  review                              explain CLAUSE
  roles | clauses | who manages ROLE  holidays YEAR
  working days between DATE and DATE
  help

  --json     print the answer as JSON (one envelope, docs/JSON.md)
  --werror   a FILE with warnings is not answered: its warnings are printed
             as errors would be, with a line saying so (exit 1)
  -q, --quiet  when FILE has errors, print only those, not its warnings
  --today D  the date review and deadline questions are judged by

Exit status: 0 answered, 1 bad query, unknown name or errors in FILE (or,
with --werror, warnings), 2 usage.

$ civic test --help
Usage: civic test [--junit FILE] [--json] [--werror] [--filter PATTERN] [--list]
                  [--today YYYY-MM-DD] [--coverage] [--min PCT] PATH...
Run every scenario in the files given, and in every *.civic file under the
directories given.  Prints one line per failure (FILE:LINE: why), and last
the line 'N passed, N failed'.

  --junit FILE  also write JUnit XML: one testsuite per file, a testcase per
                scenario (time, file, line), a failure with the expectation's
                text, an error for a file that cannot run
  --json        print the results as JSON instead
  --werror      a file with warnings fails (once), its scenarios not run
  --filter PATTERN  only the scenarios whose name contains PATTERN or
                matches it as a glob (* ? [...]), or whose expectations or
                events cite it as a clause ('--filter 10.2'); none: exit 1
  --list        print each scenario as FILE:LINE: scenario "NAME" and, last,
                'N scenarios'; run none
  --today D     the date review expectations are judged by, when a
                scenario sets none (default: today)
  --coverage    then, for each protocol tested, the line 'FILE: N of M
                clauses exercised (P%)' and each clause no scenario
                exercises, with its line and its rule in plain English
                (docs/LANGUAGE.md says what counts as exercised)
  --min PCT     fail when a protocol has under PCT% of its clauses
                exercised (implies --coverage)

A file that cannot be read is a failure; a run that finds no scenario fails.

Exit status: 0 when something passed and nothing failed, 1 otherwise (or a
protocol under --min), 2 usage error or write error.

$ civic run --help
Usage: civic run [--json] [--werror] [-q] [--today YYYY-MM-DD] FILE [SCENARIO]
Simulate the scenarios of FILE (or only the one named) and print each
timeline: every obligation opened, fulfilled, breached or departed from,
every case and where it went, each citing its clause.

  --json     print the timelines as JSON (one envelope, docs/JSON.md)
  --werror   a FILE with warnings is not run: its warnings are printed as
             errors would be, with a line saying so (exit 1)
  -q, --quiet  when FILE has errors, print only those, not its warnings
  --today D  the date review expectations are judged by, when a scenario
             sets none

Exit status: 0, or 1 when an expectation fails or FILE has errors (or, with
--werror, warnings), 2 usage.

$ civic query tests/check/ok.civic
civic: no query given
Try 'civic query --help' for more information.
[2]

$ civic query
civic: no file and query given
Try 'civic query --help' for more information.
[2]

$ civic run
civic: no file to run
Try 'civic run --help' for more information.
[2]

$ civic test
civic: no file or directory to test
Try 'civic test --help' for more information.
[2]

$ civic test --junit
civic: option '--junit' needs a file name
Try 'civic test --help' for more information.
[2]

$ civic chek protocols/houghton-regis.civic
civic: 'chek' is not a command; did you mean 'check'?
Try 'civic --help' for more information.
[2]

$ civic check --jsn protocols/houghton-regis.civic
civic: unrecognized option '--jsn'; did you mean '--json'?
Try 'civic check --help' for more information.
[2]

$ civic test --junt out.xml protocols
civic: unrecognized option '--junt'; did you mean '--junit'?
Try 'civic test --help' for more information.
[2]

$ civic --hlep
civic: unrecognized option '--hlep'; did you mean '--help'?
Try 'civic --help' for more information.
[2]

