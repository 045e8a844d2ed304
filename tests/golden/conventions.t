# Command-line conventions: '-' for standard input wherever a FILE is taken
# (named <stdin> in diagnostics, its relative uses resolved from the current
# directory), read once.

$ civic check --today 2026-11-22 - < tests/check/ok.civic
<stdin>:7:3: warning: the protocol's review was due on 2026-05-19 and is overdue as of 2026-11-22
    7 |   review   every 1 year   [13.1]
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
<stdin>: 0 errors, 1 warning

$ printf 'use "roles"\n[1.1] Member must not instruct Oficer\n' | civic check -
<stdin>:2:32: error: unknown name 'Oficer': not a role or a thing
    2 | [1.1] Member must not instruct Oficer
      |                                ^~~~~~
hint: did you mean 'Officer'?
<stdin>: 1 error, 0 warnings
[1]

$ printf 'use "roles"\n[1.1] Member must not instruct Oficer\n' | civic check --json - 
{
  "kind": "check",
  "files": [
    {
      "file": "<stdin>",
      "read": true,
      "errors": 1,
      "warnings": 0
    }
  ],
  "diagnostics": [
    {
      "file": "<stdin>",
      "line": 2,
      "col": 32,
      "end_col": 38,
      "severity": "error",
      "code": "unknown-name",
      "message": "unknown name 'Oficer': not a role or a thing",
      "hints": [
        "did you mean 'Officer'?"
      ]
    }
  ],
  "ok": false
}
[1]

$ civic query - 'who manages Clerk' < protocols/houghton-regis.civic
The protocol names nobody who manages Town Clerk.

$ d=$(mktemp -d) && sed 's/due 2026-01-09/due 2026-01-12/' tests/scenarios/answers.civic | civic test --junit "$d/j.xml" - tests/scenarios/labels.civic; s=$?; grep -c 'name="&lt;stdin&gt;"' "$d/j.xml"; rm -rf "$d"; exit $s
<stdin>:15: scenario "an answer is not a new request": expected [10.5] due 2026-01-12, but it is due 2026-01-09
1 passed, 1 failed
2
[1]

$ civic run --today 2026-11-22 - < tests/scenarios/answers.civic | tail -n 2
2026-01-09        open       [10.5] still open at the end: alice should respond to request from bob by 2026-01-09
result: 4 of 4 expectations met; 3 opened, 2 fulfilled, 0 breached, 0 departed, 1 still open

$ civic diff --today 2026-11-22 tests/check/ok.civic - < tests/check/ok.civic
no differences in meaning

$ printf 'use "roles"\n[1.1] Member must not instruct Officer\n' | civic diff --today 2026-11-22 --json - tests/check/ok.civic | head -n 4
{
  "kind": "diff",
  "left": "<stdin>",
  "right": "tests/check/ok.civic",

$ d=$(mktemp -d) && printf 'role Alderman is Member\n' > "$d/local.civic" && cd "$d" && printf 'use "roles"\nuse "local"\n[1.1] Alderman must not instruct Officer\n' | civic check --today 2026-11-22 -; s=$?; cd / && rm -rf "$d"; exit $s
<stdin>: ok (22 roles, 1 rule, 0 routes, 0 scenarios)

$ civic check - - < tests/check/ok.civic
civic: standard input ('-') can be named only once
Try 'civic check --help' for more information.
[2]

$ civic diff --against - - < tests/check/ok.civic
civic: standard input ('-') can be named only once
Try 'civic diff --help' for more information.
[2]

$ civic repl - < tests/check/ok.civic
civic: '-' cannot be loaded: standard input is what the REPL reads; pipe the questions instead
Try 'civic repl --help' for more information.
[2]

$ civic check - < /dev/null
<stdin>: ok (0 roles, 0 rules, 0 routes, 0 scenarios)

