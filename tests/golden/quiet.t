# -q and --werror on query, run and diff.  query and run: -q leaves a
# file's warnings out when its errors are printed; --werror treats a file
# with warnings as in error (its diagnostics, no answer or timeline, exit 1,
# and a line that says so); with --json, -q changes nothing and --werror
# makes "ok" false.  diff -q: as diff -q, only whether they differ, with the
# same exit status; --against -q: one line per council that departs.

$ civic query --today 2026-11-22 tests/check/ok.civic 'can Member instruct Officer'
Forbidden. [1.1] Member must not instruct Officer

$ civic query -q --today 2026-11-22 tests/check/ok.civic 'can Member instruct Officer'
Forbidden. [1.1] Member must not instruct Officer

$ civic query --werror --today 2026-11-22 tests/check/ok.civic 'can Member instruct Officer'
tests/check/ok.civic:7:3: warning: the protocol's review was due on 2026-05-19 and is overdue as of 2026-11-22 [review-overdue]
    7 |   review   every 1 year   [13.1]
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
tests/check/ok.civic: 0 errors, 1 warning (--werror: warnings fail the query)
[1]

$ civic query --werror --today 2026-01-01 tests/check/ok.civic 'can Member instruct Officer'
Forbidden. [1.1] Member must not instruct Officer

$ civic query --werror -q --today 2026-11-22 tests/check/ok.civic 'can Member instruct Officer'
tests/check/ok.civic:7:3: warning: the protocol's review was due on 2026-05-19 and is overdue as of 2026-11-22 [review-overdue]
    7 |   review   every 1 year   [13.1]
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
tests/check/ok.civic: 0 errors, 1 warning (--werror: warnings fail the query)
[1]

$ civic query --werror --json --today 2026-11-22 tests/check/ok.civic 'can Member instruct Officer' | grep -E '"(kind|severity|code|ok)"'
  "kind": "can",
      "severity": "warning",
      "code": "review-overdue",
      "severity": "warning",
      "code": "review-overdue",
  "ok": false

$ civic query -q --json --today 2026-11-22 tests/check/ok.civic 'can Member instruct Officer' | grep -E '"(kind|ok)"'
  "kind": "can",
  "ok": true

$ printf 'use "roles"\nprotocol "P" {\n  review every 1 year\n  approved 2020-01-01\n}\n[1] Member must not instruct Oficer\n' | civic query --today 2026-11-22 - roles
<stdin>:3:3: warning: the protocol's review was due on 2021-01-01 and is overdue as of 2026-11-22 [review-overdue]
    3 |   review every 1 year
      |   ^~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
<stdin>:6:30: error: unknown name 'Oficer': not a role or a thing [unknown-name]
    6 | [1] Member must not instruct Oficer
      |                              ^~~~~~
hint: did you mean 'Officer'?
[1]

$ printf 'use "roles"\nprotocol "P" {\n  review every 1 year\n  approved 2020-01-01\n}\n[1] Member must not instruct Oficer\n' | civic query -q --today 2026-11-22 - roles
<stdin>:6:30: error: unknown name 'Oficer': not a role or a thing [unknown-name]
    6 | [1] Member must not instruct Oficer
      |                              ^~~~~~
hint: did you mean 'Officer'?
[1]

$ printf 'use "roles"\nprotocol "P" {\n  review every 1 year\n  approved 2020-01-01\n}\n[1] Member must not instruct Oficer\n' | civic query -q --werror --today 2026-11-22 - roles
<stdin>:3:3: warning: the protocol's review was due on 2021-01-01 and is overdue as of 2026-11-22 [review-overdue]
    3 |   review every 1 year
      |   ^~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
<stdin>:6:30: error: unknown name 'Oficer': not a role or a thing [unknown-name]
    6 | [1] Member must not instruct Oficer
      |                              ^~~~~~
hint: did you mean 'Officer'?
<stdin>: 1 error, 1 warning (--werror: warnings fail the query)
[1]

$ civic run --today 2026-11-22 protocols/newent.test.civic | tail -n 1
result: 10 of 10 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run --werror --today 2026-11-22 protocols/newent.test.civic
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
protocols/newent.test.civic: 0 errors, 3 warnings (--werror: warnings fail the run)
[1]

$ civic run --werror -q --today 2026-11-22 protocols/newent.test.civic 2>/dev/null; echo "[status $?]"
[status 1]

$ civic run --werror --json --today 2026-11-22 protocols/newent.test.civic | grep -E '"(kind|entries|ok)"'
  "kind": "run",
  "entries": [],
  "ok": false

$ civic run -q --json --today 2026-11-22 protocols/newent.test.civic | tail -n 2
  "ok": true
}

$ printf 'use "roles"\nprotocol "P" {\n  review every 1 year\n  approved 2020-01-01\n}\nscenario "s" {\n  person alice is Membr\n}\n' | civic run --today 2026-11-22 -
<stdin>:3:3: warning: the protocol's review was due on 2021-01-01 and is overdue as of 2026-11-22 [review-overdue]
    3 |   review every 1 year
      |   ^~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
<stdin>:7:19: error: unknown role 'Membr' [unknown-role]
    7 |   person alice is Membr
      |                   ^~~~~
hint: did you mean 'Member'?
[1]

$ printf 'use "roles"\nprotocol "P" {\n  review every 1 year\n  approved 2020-01-01\n}\nscenario "s" {\n  person alice is Membr\n}\n' | civic run -q --today 2026-11-22 -
<stdin>:7:19: error: unknown role 'Membr' [unknown-role]
    7 |   person alice is Membr
      |                   ^~~~~
hint: did you mean 'Member'?
[1]

$ civic diff --today 2026-11-22 -q tests/diff/base.civic tests/diff/changed.civic
tests/diff/base.civic and tests/diff/changed.civic differ in meaning
[1]

$ civic diff --today 2026-11-22 --quiet tests/diff/base.civic tests/diff/layout.civic

$ civic diff --today 2026-11-22 -q tests/diff/base.civic tests/diff/errors.civic
tests/diff/errors.civic:5:32: error: unknown name 'Oficer': not a role or a thing [unknown-name]
    5 | [1.1] Member must not instruct Oficer
      |                                ^~~~~~
hint: did you mean 'Officer'?
tests/diff/errors.civic: 1 error, 0 warnings
[2]

$ civic diff --today 2026-11-22 -q --json tests/diff/base.civic tests/diff/changed.civic | grep -E '"(kind|ok)"'
  "kind": "diff",
  "ok": false

$ civic diff --today 2026-11-22 -q --against stdlib/model-protocol.civic tests/diff/councils
tests/diff/councils/alpha.civic departs from stdlib/model-protocol.civic
tests/diff/councils/beta.civic departs from stdlib/model-protocol.civic
[1]

$ civic diff --today 2026-11-22 -q --against stdlib/model-protocol.civic tests/diff/councils/gamma.civic

$ civic diff --today 2026-11-22 -q --against stdlib/model-protocol.civic tests/diff/councils/gamma.civic tests/diff/errors.civic
tests/diff/errors.civic:5:32: error: unknown name 'Oficer': not a role or a thing [unknown-name]
    5 | [1.1] Member must not instruct Oficer
      |                                ^~~~~~
hint: did you mean 'Officer'?
tests/diff/errors.civic: 1 error, 0 warnings
[2]

