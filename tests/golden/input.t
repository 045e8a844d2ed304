# civic check on awkward input: files that are not there, directories,
# empty files, line ends, encodings, NUL bytes, deep nesting, huge lines,
# long chains of uses, and the --json form.  Inputs that cannot live in the
# repository (bytes git would mangle, megabytes) are made by the command in
# a fresh temporary directory, which it removes.

$ civic check tests/check/no-such-file.civic
civic: cannot read 'tests/check/no-such-file.civic': No such file or directory
[2]

$ civic check --today 2026-01-01 tests/scenarios
tests/scenarios/answers.civic: ok (21 roles, 4 rules, 0 routes, 1 scenario)
tests/scenarios/choices.civic: ok (21 roles, 0 rules, 5 routes, 8 scenarios)
tests/scenarios/deadline-forms.civic: ok (21 roles, 9 rules, 0 routes, 6 scenarios)
tests/scenarios/engine.civic: ok (22 roles, 7 rules, 2 routes, 22 scenarios)
tests/scenarios/labels.civic: ok (22 roles, 2 rules, 1 route, 1 scenario)
tests/scenarios/matters.civic: ok (21 roles, 2 rules, 0 routes, 5 scenarios)
tests/scenarios/no-route.civic: ok (21 roles, 0 rules, 1 route, 1 scenario)
tests/scenarios/relation-subject.civic: ok (21 roles, 3 rules, 0 routes, 4 scenarios)
tests/scenarios/relations.civic: ok (21 roles, 2 rules, 5 routes, 10 scenarios)
tests/scenarios/seniority.civic: ok (21 roles, 8 rules, 0 routes, 6 scenarios)
tests/scenarios/vacancy.civic: ok (21 roles, 0 rules, 1 route, 2 scenarios)
tests/scenarios/who-resolves.civic: ok (21 roles, 0 rules, 1 route, 3 scenarios)

$ d=$(mktemp -d) && civic check "$d"; s=$?; rm -rf "$d"; exit $s
civic: no *.civic file found in the directories given
[2]

$ civic check --today 2026-11-22 tests/check/no-such-file.civic tests/check/ok.civic
civic: cannot read 'tests/check/no-such-file.civic': No such file or directory
tests/check/ok.civic:7:3: warning: the protocol's review was due on 2026-05-19 and is overdue as of 2026-11-22 [review-overdue]
    7 |   review   every 1 year   [13.1]
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
tests/check/ok.civic: 0 errors, 1 warning
[2]

$ civic check tests/check/empty.civic
tests/check/empty.civic: ok (0 roles, 0 rules, 0 routes, 0 scenarios)

$ d=$(mktemp -d) && cd "$d" && printf 'use "roles"\r\n\r\n[1.1] Member must not instruct Oficer\r\n[1.2] Officer must respond to enquiry from Member within 2 working days\r\n' > crlf.civic && civic check crlf.civic; s=$?; cd / && rm -rf "$d"; exit $s
crlf.civic:3:32: error: unknown name 'Oficer': not a role or a thing [unknown-name]
    3 | [1.1] Member must not instruct Oficer
      |                                ^~~~~~
hint: did you mean 'Officer'?
crlf.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && printf '\357\273\277use "rolez"\n' > bom.civic && civic check bom.civic; s=$?; cd / && rm -rf "$d"; exit $s
bom.civic:1:5: error: no module or file named "rolez" [use-not-found]
    1 | use "rolez"
      |     ^~~~~~~
hint: did you mean "roles"?
hint: until it is found, names it would declare are not reported as unknown
bom.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && printf 'use "roles"\n[1.1]\tMember must not\tinstruct Oficer\n' > tabs.civic && civic check tabs.civic; s=$?; cd / && rm -rf "$d"; exit $s
tabs.civic:2:32: error: unknown name 'Oficer': not a role or a thing [unknown-name]
    2 | [1.1]	Member must not	instruct Oficer
      |      	               	         ^~~~~~
hint: did you mean 'Officer'?
tabs.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && printf 'use "roles"\nrole Bad\377 is Officer\nrole Good "Caf\303" is Officer\n[1.\376] Member must not instruct Officer\n\376\376 Member must not bully Officer\n' > latin1.civic && civic check latin1.civic; s=$?; cd / && rm -rf "$d"; exit $s
latin1.civic:2:6: error: this name is not valid UTF-8 text [bad-utf8]
    2 | role Bad? is Officer
      |      ^~~~
hint: save the file as UTF-8
latin1.civic:3:11: error: this string is not valid UTF-8 text [bad-utf8]
    3 | role Good "Caf?" is Officer
      |           ^~~~~~
hint: save the file as UTF-8
latin1.civic:4:1: error: this clause reference is not valid UTF-8 text [bad-utf8]
    4 | [1.?] Member must not instruct Officer
      | ^~~~~
hint: save the file as UTF-8
latin1.civic:5:1: error: this name is not valid UTF-8 text [bad-utf8]
    5 | ?? Member must not bully Officer
      | ^~
hint: save the file as UTF-8
latin1.civic: 4 errors, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && printf 'use "roles"\n[1.1] Member must not\000 instruct Officer\n[1.2] Member must not bully Oficer\n' > nul.civic && civic check nul.civic; s=$?; cd / && rm -rf "$d"; exit $s
nul.civic:2:22: error: NUL byte in the file [nul-byte]
    2 | [1.1] Member must not? instruct Officer
      |                      ^
hint: is this a text file? Civic reads UTF-8 text
nul.civic:3:29: error: unknown name 'Oficer': not a role or a thing [unknown-name]
    3 | [1.2] Member must not bully Oficer
      |                             ^~~~~~
hint: did you mean 'Officer'?
nul.civic: 2 errors, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && { printf 'use "roles"\n[1.1] Member must not instruct Officer when '; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "("; printf "\"x\""; for (i = 0; i < 100000; i++) printf ")"; print "" }'; } > deep.civic && civic check deep.civic; s=$?; cd / && rm -rf "$d"; exit $s
deep.civic:2:145: error: too deeply nested: more than 100 open brackets [too-deep]
    2 | ...((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((...
      | ...                                                            ^
hint: close some '{' or '(' before opening more
deep.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && { printf 'use "roles"\n[1.1] Member must not instruct Officer when '; awk 'BEGIN { for (i = 0; i < 20000; i++) printf "not "; print "\"x\"" }'; } > nots.civic && civic check nots.civic; s=$?; cd / && rm -rf "$d"; exit $s
nots.civic:2:40009: error: memory exhausted: this statement is too long or too deeply nested [too-deep]
    2 | ...not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not ...
      | ...                                                            ^~~
hint: split the statement, or close some brackets
nots.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "use \"roles\""; s = "x"; while (length(s) < 8388608) s = s s; print s substr(s, 1, 2097152) }' > long.civic && wc -c < long.civic && civic check long.civic; s=$?; cd / && rm -rf "$d"; exit $s
10485773
long.civic:2:1: error: a line of this file is 10485760 bytes long; the limit is 1048576 [line-too-long]
    2 | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
      | ^
hint: is this a Civic file? Civic reads one statement per line
long.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && for i in $(seq 1 40); do printf 'use "f%d"\n' $((i + 1)) > f$i.civic; done && : > f41.civic && civic check f1.civic; s=$?; cd / && rm -rf "$d"; exit $s
./f33.civic:1:5: error: 'use' nested more than 32 files deep [use-depth]
    1 | use "f34"
      |     ^~~~~
hint: use fewer levels of files that use other files
f1.civic: 1 error, 0 warnings
[1]

$ civic check --json --today 2026-11-22 tests/check/unknown-role.civic tests/check/ok.civic
{
  "kind": "check",
  "files": [
    {
      "file": "tests/check/unknown-role.civic",
      "read": true,
      "errors": 6,
      "warnings": 0
    },
    {
      "file": "tests/check/ok.civic",
      "read": true,
      "errors": 0,
      "warnings": 1
    }
  ],
  "diagnostics": [
    {
      "file": "tests/check/unknown-role.civic",
      "line": 4,
      "col": 30,
      "end_col": 36,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Oficer'",
      "hints": [
        "did you mean 'Officer'?"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 5,
      "col": 16,
      "end_col": 22,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Widget'",
      "hints": [
        "declare it with 'role Widget is Member' (or Officer), or 'use \"roles\"' for the shared roles"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 6,
      "col": 17,
      "end_col": 24,
      "severity": "error",
      "code": "not-a-role",
      "message": "'enquiry' is a thing, not a role",
      "hints": [
        "use a role here: 'roles' at the REPL lists them"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 7,
      "col": 7,
      "end_col": 16,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Councilor'",
      "hints": [
        "did you mean 'Councillor'?"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 8,
      "col": 51,
      "end_col": 56,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Clerc'",
      "hints": [
        "did you mean 'Clerk'?"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 9,
      "col": 33,
      "end_col": 42,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Treasurer'",
      "hints": [
        "declare it with 'role Treasurer is Member' (or Officer), or 'use \"roles\"' for the shared roles"
      ]
    },
    {
      "file": "tests/check/ok.civic",
      "line": 7,
      "col": 3,
      "end_col": 33,
      "severity": "warning",
      "code": "review-overdue",
      "message": "the protocol's review was due on 2026-05-19 and is overdue as of 2026-11-22",
      "hints": [
        "after the council reviews it, record the date: 'reviewed 2026-11-22'"
      ]
    }
  ],
  "ok": false
}
[1]

$ civic check --json tests/check/no-such-file.civic tests/check/empty.civic
civic: cannot read 'tests/check/no-such-file.civic': No such file or directory
{
  "kind": "check",
  "files": [
    {
      "file": "tests/check/no-such-file.civic",
      "read": false
    },
    {
      "file": "tests/check/empty.civic",
      "read": true,
      "errors": 0,
      "warnings": 0
    }
  ],
  "diagnostics": [],
  "ok": false
}
[2]

$ civic check --json tests/check/utf8-role.civic
{
  "kind": "check",
  "files": [
    {
      "file": "tests/check/utf8-role.civic",
      "read": true,
      "errors": 1,
      "warnings": 0
    }
  ],
  "diagnostics": [
    {
      "file": "tests/check/utf8-role.civic",
      "line": 6,
      "col": 33,
      "end_col": 41,
      "severity": "error",
      "code": "unknown-name",
      "message": "unknown name 'Gw\u00ebnneth': not a role or a thing",
      "hints": [
        "did you mean 'Gw\u00ebneth'?"
      ]
    }
  ],
  "ok": false
}
[1]

