# Command-line conventions: '-' for standard input wherever a FILE is taken
# (named <stdin> in diagnostics, its relative uses resolved from the current
# directory), read once.  --werror: warnings fail the run; -q: no summary
# lines.

$ civic check --today 2026-11-22 - < tests/check/ok.civic
<stdin>:7:3: warning: the protocol's review was due on 2026-05-19 and is overdue as of 2026-11-22 [review-overdue]
    7 |   review   every 1 year   [13.1]
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
<stdin>: 0 errors, 1 warning

$ printf 'use "roles"\n[1.1] Member must not instruct Oficer\n' | civic check -
<stdin>:2:32: error: unknown name 'Oficer': not a role or a thing [unknown-name]
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
The manager of the Town Clerk: nobody [8.1]

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

$ civic check --werror --today 2026-11-22 tests/check/ok.civic
tests/check/ok.civic:7:3: warning: the protocol's review was due on 2026-05-19 and is overdue as of 2026-11-22 [review-overdue]
    7 |   review   every 1 year   [13.1]
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
tests/check/ok.civic: 0 errors, 1 warning (--werror: warnings fail the check)
[1]

$ civic check --werror --today 2026-01-01 tests/check/ok.civic
tests/check/ok.civic: ok (21 roles, 2 rules, 0 routes, 0 scenarios)

$ civic check -q --today 2026-11-22 tests/check/ok.civic tests/check/empty.civic
tests/check/ok.civic:7:3: warning: the protocol's review was due on 2026-05-19 and is overdue as of 2026-11-22 [review-overdue]
    7 |   review   every 1 year   [13.1]
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'

$ civic check --quiet --werror --json --today 2026-11-22 tests/check/ok.civic | grep '"ok"'
  "ok": false

$ civic test --werror --today 2026-11-22 tests/scenarios/answers.civic protocols/newent.test.civic
protocols/newent.civic:12:15: warning: the protocol's review was due in 2024 and is overdue as of 2026-11-22 [review-overdue]
   12 |   next review 2024
      |               ^~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
protocols/newent.civic:57:31: warning: [8] adopts a vague deadline ('timely'): it cannot be checked [vague-deadline]
   57 | [8]    adopts [MP-2], [MP-3], [MP-10], [MP-11], [MP-12], [MP-16]
      |                               ^~~~~~~
hint: to set a period, write the rule in full with 'within 2 working days' and 'omits [MP-10]'
protocols/newent.civic:72:29: warning: vague deadline 'timely': it cannot be checked [vague-deadline]
   72 |   respond to complaint in a timely manner
      |                             ^~~~~~
hint: write a period, like 'within 2 working days'
protocols/newent.test.civic: 3 warnings in the file (--werror); its scenarios were not run
1 passed, 1 failed
[1]

$ civic check --wror tests/check/ok.civic
civic: unrecognized option '--wror'; did you mean '--werror'?
Try 'civic check --help' for more information.
[2]

$ civic init -q tests/check/ok.civic
civic: unrecognized option '-q'
Try 'civic init --help' for more information.
[2]

$ civic test --list tests/scenarios/answers.civic tests/scenarios/vacancy.civic
tests/scenarios/answers.civic:8: scenario "an answer is not a new request"
tests/scenarios/vacancy.civic:6: scenario "vacancy"
tests/scenarios/vacancy.civic:13: scenario "both in post"
3 scenarios

$ civic test --today 2026-11-22 --filter '[10.2]' protocols tests/scenarios
17 passed, 0 failed

$ civic test --today 2026-11-22 --list --filter '*Easter*' protocols
protocols/houghton-regis.test.civic:37: scenario "10.2 answered on the last day, across Easter"
protocols/houghton-regis.test.civic:109: scenario "10.2 fallback: nothing at all, across Easter"
protocols/houghton-regis.test.civic:141: scenario "10.5 late over Easter is a departure, not a breach"
protocols/market-drayton.test.civic:32: scenario "an enquiry answered after Easter meets both duties"
protocols/reigate-banstead.test.civic:35: scenario "an enquiry answered after Easter: the officer's timely response (1.4.2, MP-10)"
5 scenarios

$ civic test --today 2026-11-22 --filter 'vacan' --json tests/scenarios | grep -c '"name"'
1

$ civic test --today 2026-11-22 --filter 'no such scenario' tests/scenarios
civic: no scenario matches --filter 'no such scenario' (by name, glob or clause)
0 passed, 0 failed
[1]

$ civic test --list --junit out.xml tests/scenarios
civic: --list names the scenarios without running them: it takes no --junit
Try 'civic test --help' for more information.
[2]

$ civic test --filter
civic: option '--filter' needs a pattern: a scenario name, a glob or a clause
Try 'civic test --help' for more information.
[2]

$ printf ':protocols\ncan Member instruct Officer\n:load protocols/wadhurst.civic\n:protocols\ncan Member instruct Officer\n:load protocols/newent.civic\n:use hough\ncan Member instruct Officer\n[Z1] Member must not bully Officer\n:use wad\ncan Member bully Officer\n:load protocols/houghton-regis.civic\ncan Member bully Officer\n:protocols\n' | civic repl --today 2026-11-22 protocols/houghton-regis.civic
* houghton-regis       Houghton Regis Town Council (protocols/houghton-regis.civic)
Forbidden. [8.1] Member must not instruct Officer
loaded protocols/wadhurst.civic as protocol 'wadhurst' (Wadhurst Parish Council): 22 roles, 53 rules, 3 routes, 0 scenarios; ':use houghton-regis' goes back
  houghton-regis       Houghton Regis Town Council (protocols/houghton-regis.civic)
* wadhurst             Wadhurst Parish Council (protocols/wadhurst.civic)
Discouraged. [2.2] (model [MP-9]) Councillor should not instruct Officer
loaded protocols/newent.civic as protocol 'newent' (Newent Town Council & Burial Authority): 24 roles, 69 rules, 4 routes, 0 scenarios; ':use wadhurst' goes back
using houghton-regis (Houghton Regis Town Council)
Forbidden. [8.1] Member must not instruct Officer
added: 1 rule
using wadhurst (Wadhurst Parish Council)
Forbidden. [3.2] (model [MP-6]) Councillor must not bully (towards Officer)
using houghton-regis (Houghton Regis Town Council)
Forbidden. [4.3] (model [MP-6]) Member must not bully (towards Officer)
  always — forbidden: [Z1] Member must not bully Officer
* houghton-regis       Houghton Regis Town Council (protocols/houghton-regis.civic)
  wadhurst             Wadhurst Parish Council (protocols/wadhurst.civic)
  newent               Newent Town Council & Burial Authority (protocols/newent.civic)

$ printf ':use nowhere\n:use\ncan Member instruct Officer\n' | civic repl --today 2026-11-22 protocols/houghton-regis.civic
no protocol named 'nowhere'; ':protocols' lists them
write ':use NAME'; ':protocols' lists the protocols loaded
Forbidden. [8.1] Member must not instruct Officer
[1]

$ printf ':bogus\n' | civic repl --today 2026-11-22
unknown command ':bogus'; :help lists them
[1]

$ printf ':json maybe\n' | civic repl --today 2026-11-22
write ':json on' or ':json off'
[1]

$ printf ':today tomorrow\n' | civic repl --today 2026-11-22
write ':today YYYY-MM-DD'
[1]

$ printf ':run "no such"\n' | civic repl --today 2026-11-22 tests/scenarios/answers.civic
no scenario named "no such"
[1]

$ printf ':load\n' | civic repl --today 2026-11-22
write ':load FILE'
[1]

$ printf ':load tests/check/no-such.civic\n' | civic repl --today 2026-11-22 protocols/wadhurst.civic
civic: cannot read 'tests/check/no-such.civic': No such file or directory
[1]

$ printf 'roles\n:protocols\n' | civic repl --today 2026-11-22 | tail -n 1
* prompt               (no protocol block)

$ printf ':json on\ncan Member instruct Officer\n' | civic repl --today 2026-11-22 protocols/wadhurst.civic | grep '"kind":"can"' | grep -c '"ok":true'
1
