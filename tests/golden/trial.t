# Diagnostics a council clerk met in a user trial: misspelt keywords, text
# pasted from a word processor, old Mac line endings, the standard roles
# without 'use "roles"', very long names, fields given twice, dates that
# cannot be right.  Regenerate with
# GOLDEN_UPDATE=1 sh tests/tools/golden.sh ./civic tests/golden/trial.t
# and read every changed line before committing it.

$ civic check --today 2026-11-22 tests/check/typos.civic
tests/check/typos.civic:4:14: error: unexpected 'mustt' [syntax]
    4 | [1.1] Member mustt not instruct Officer
      |              ^~~~~
hint: did you mean 'must'?
tests/check/typos.civic:5:14: error: unexpected 'shuold' [syntax]
    5 | [1.2] Member shuold respond to enquiry
      |              ^~~~~~
hint: did you mean 'should'?
tests/check/typos.civic:6:40: error: unknown word 'otherwse' before a second rule [syntax]
    6 | [1.3] Member must not instruct Officer otherwse Officer must respond to enquiry
      |                                        ^~~~~~~~
hint: did you mean 'otherwise'? A fallback reads '… otherwise ROLE must …'
tests/check/typos.civic:7:40: error: unknown name 'whn': not a role or a thing [unknown-name]
    7 | [1.4] Member must not instruct Officer whn about Clerk
      |                                        ^~~
hint: did you mean 'when'?
tests/check/typos.civic:7:50: error: this rule already names 'Officer'; a rule is towards one role [two-counterparts]
    7 | [1.4] Member must not instruct Officer whn about Clerk
      |                                                  ^~~~~
hint: write one rule per role, or name a role both are, like 'Officer'
tests/check/typos.civic:8:19: error: unknown action 'nto' [unknown-action]
    8 | [1.5] Member must nto instruct Officer
      |                   ^~~
hint: did you mean 'not'?
tests/check/typos.civic:8:23: error: 'instruct' is an action; one rule has one action [unexpected-action]
    8 | [1.5] Member must nto instruct Officer
      |                       ^~~~~~~~
hint: join two actions with 'and': 'acknowledge enquiry and give timescale'
tests/check/typos.civic:9:60: error: unknown kind of day 'workng' [bad-duration]
    9 | [1.6] Officer must respond to enquiry from Member within 2 workng days
      |                                                            ^~~~~~
hint: did you mean 'working'?
tests/check/typos.civic:10:39: error: unknown name 'form': not a role or a thing [unknown-name]
   10 | [1.7] Officer must respond to enquiry form Member
      |                                       ^~~~
hint: did you mean 'from'?
tests/check/typos.civic:11:13: error: unexpected 'si' [syntax]
   11 | role Scribe si Officer
      |             ^~
hint: did you mean 'is'?
tests/check/typos.civic:12:39: error: unknown name 'once': not a role or a thing [unknown-name]
   12 | [1.8] Officer must respond to enquiry once
      |                                       ^~~~
hint: declare it with 'thing once' (or 'role once'), or put free text in quotes
tests/check/typos.civic: 11 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/pasted.civic
tests/check/pasted.civic:5:13: warning: a non-breaking space (U+00A0), read as a space [bad-char]
    5 | [1.1] Member must not instruct Officer
      |             ^
hint: replace it with an ordinary space (and any others in the file: this warning is given once); word processors put them in
tests/check/pasted.civic:8:13: error: strings are written in double quotes, not curly single quotes (U+2018, U+2019) [bad-char]
    8 | role Verger ‘Verger’ is Officer
      |             ^~~~~~~~
hint: write "Verger" with straight double quotes
tests/check/pasted.civic:9:22: error: a zero-width space (U+200B), an invisible character [bad-char]
    9 | [1.3] Member must not​ bully Officer
      |                      ^
hint: delete it (put the cursor just after it and press Backspace): it often comes with text pasted from a word processor
tests/check/pasted.civic:10:40: error: an em dash (U+2014) [bad-char]
   10 | [1.4] Member must not pressure Officer — ever
      |                                        ^
hint: write a hyphen '-' in a name (a word processor turns hyphens into dashes), or a word
tests/check/pasted.civic:10:42: error: unknown name 'ever': not a role or a thing [unknown-name]
   10 | [1.4] Member must not pressure Officer — ever
      |                                          ^~~~
hint: declare it with 'thing ever' (or 'role ever'), or put free text in quotes
tests/check/pasted.civic:11:13: error: an opening curly quote (U+201C) with no partner on this line [bad-char]
   11 | role Sexton “Sexton is Officer
      |             ^
hint: strings are written in straight double quotes, on one line: "Town Clerk"
tests/check/pasted.civic:12:23: error: an en dash (U+2013) [bad-char]
   12 | role Beadle is Officer–Clerk
      |                       ^
hint: write a hyphen '-' in a name (a word processor turns hyphens into dashes), or a word
tests/check/pasted.civic: 6 errors, 1 warning
[1]

$ civic check --today 2026-11-22 tests/check/cr-lines.civic
tests/check/cr-lines.civic:1:12: error: this file ends its lines with CR alone (old Mac line endings) [bad-char]
    1 | use "roles"??[1.1] Member must not instruct Officer
      |            ^
hint: save it with LF or CRLF line endings (an editor's line-ending setting: 'Unix' or 'Windows')
tests/check/cr-lines.civic: 1 error, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/no-roles.civic
tests/check/no-roles.civic:5:3: warning: the protocol's review was due on 2026-05-19 and is overdue as of 2026-11-22 [review-overdue]
    5 |   review   every 1 year
      |   ^~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
tests/check/no-roles.civic:8:16: error: unknown role 'Officer' [unknown-role]
    8 | role Scribe is Officer
      |                ^~~~~~~
hint: 'Officer' is a role of the standard library: add 'use "roles"' at the top of the file
tests/check/no-roles.civic:9:7: error: unknown role 'Member' [unknown-role]
    9 | [1.1] Member must not instruct Scribe
      |       ^~~~~~
hint: 'Member' is a role of the standard library: add 'use "roles"' at the top of the file
tests/check/no-roles.civic:9:23: error: unknown action 'instruct' [unknown-action]
    9 | [1.1] Member must not instruct Scribe
      |                       ^~~~~~~~
hint: declare it with 'action instruct'
tests/check/no-roles.civic:10:7: error: unknown role 'Clerk' [unknown-role]
   10 | [1.2] Clerk must respond to enquiry from Councillor
      |       ^~~~~
hint: 'Clerk' is a role of the standard library: add 'use "roles"' at the top of the file
tests/check/no-roles.civic:10:18: error: unknown action 'respond' [unknown-action]
   10 | [1.2] Clerk must respond to enquiry from Councillor
      |                  ^~~~~~~
hint: declare it with 'action respond'
tests/check/no-roles.civic:10:29: error: unknown name 'enquiry': not a role or a thing [unknown-name]
   10 | [1.2] Clerk must respond to enquiry from Councillor
      |                             ^~~~~~~
hint: declare it with 'thing enquiry' (or 'role enquiry'), or put free text in quotes
tests/check/no-roles.civic:10:42: error: unknown name 'Councillor': not a role or a thing [unknown-name]
   10 | [1.2] Clerk must respond to enquiry from Councillor
      |                                          ^~~~~~~~~~
hint: 'Councillor' is a role of the standard library: add 'use "roles"' at the top of the file
tests/check/no-roles.civic: 7 errors, 1 warning
[1]

$ civic query tests/check/own-roles.civic 'can Member record minutes'
<query>:1:5: error: unknown role 'Member' [unknown-role]
    1 | can Member record minutes
      |     ^~~~~~
hint: 'Member' is a role of the standard library: add 'use "roles"' at the top of the protocol's file
[1]

$ civic check --today 2026-11-22 tests/check/meta-dates.civic
tests/check/meta-dates.civic:7:3: error: the protocol's 'council' is already given [duplicate]
    7 |   council  "Testbury Parish Council"
      |   ^~~~~~~
hint: the first is on line 6: keep one (the last is the one read)
tests/check/meta-dates.civic:9:12: warning: the protocol was approved on 2015-03-02, before it was adopted (2025-05-19) [meta-date]
    9 |   approved 2015-03-02
      |            ^~~~~~~~~~
hint: check the two dates: a protocol is approved or reviewed after its adoption
tests/check/meta-dates.civic:10:12: warning: the protocol was reviewed on 2024-01-01, before it was adopted (2025-05-19) [meta-date]
   10 |   reviewed 2024-01-01
      |            ^~~~~~~~~~
hint: check the two dates: a protocol is approved or reviewed after its adoption
tests/check/meta-dates.civic:12:3: warning: the protocol's review was due on 2026-05-19 and is overdue as of 2026-11-22 [review-overdue]
   12 |   review   every 0 years
      |   ^~~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
tests/check/meta-dates.civic:12:18: error: a review cycle is at least 1 year [bad-meta]
   12 |   review   every 0 years
      |                  ^
hint: write 'review every 1 year' or 'review every 6 months'
tests/check/meta-dates.civic:14:3: error: the protocol's 'calendar' is already given [duplicate]
   14 |   calendar scotland
      |   ^~~~~~~~
hint: the first is on line 13: keep one (the last is the one read)
tests/check/meta-dates.civic:21:3: error: this scenario's 'today' is already set [duplicate]
   21 |   today 2026-01-06
      |   ^~~~~
hint: the first is on line 20: keep one
tests/check/meta-dates.civic:24:15: error: this question cannot be answered: unknown role 'Membr' [bad-question]
   24 |   expect "can Membr instruct Officer" forbidden
      |               ^~~~~
hint: did you mean 'Member'?
tests/check/meta-dates.civic: 5 errors, 3 warnings
[1]

$ civic check --today 2025-01-01 tests/check/ok.civic
tests/check/ok.civic:6:12: warning: the protocol's adoption date, 2025-05-19, is after today (2025-01-01) [meta-date]
    6 |   adopted  2025-05-19
      |            ^~~~~~~~~~
hint: check the date; a check of a protocol not yet in force can be run on a later day with --today
tests/check/ok.civic: 0 errors, 1 warning

$ civic query tests/check/within-zero.civic 'explain 1.2'
[1.2] Officer must acknowledge enquiry from Member within 0 working days
  tests/check/within-zero.civic:5: [1.2] Officer must acknowledge enquiry from Member within 0 working days
  This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends an enquiry to an Officer. It is due by the close of that day if it is a working day, else by the close of the next working day (weekends and bank holidays are not working days).

$ civic query tests/check/within-zero.civic 'explain 1.3'
[1.3] Officer must respond to enquiry from Member within 0 days
  tests/check/within-zero.civic:6: [1.3] Officer must respond to enquiry from Member within 0 days
  This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends an enquiry to an Officer. It is due by the close of that day.

$ d=$(mktemp -d) && mkdir "$d/d.civic" && printf 'use "d"\n' > "$d/use-dir.civic" && cd "$d" && civic check use-dir.civic; s=$?; rm -rf "$d"; exit $s
use-dir.civic:1:5: error: "d" is a directory here (d.civic), not a protocol file [use-not-protocol]
    1 | use "d"
      |     ^~~
hint: 'use' reads a Civic file: name one inside it, like 'use "d.civic/FILE"'
use-dir.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && awk 'BEGIN { printf "use \"roles\"\n[1.1] Member must not instruct "; for (i = 0; i < 50000; i++) printf "Abcdefghij"; print "" }' > "$d/long.civic" && cd "$d" && civic check long.civic | awk '{ print length($0) < 300 ? $0 : "(" length($0) " characters)" }'; rm -rf "$d"
long.civic:2:32: error: unknown name 'AbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghij…': not a role or a thing [unknown-name]
    2 | [1.1] Member must not instruct AbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghi...
      |                                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: declare it with 'thing AbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcd…' (or 'role AbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcdefghijAbcde…'), or put free text in quotes
long.civic: 1 error, 0 warnings

$ d=$(mktemp -d) && printf 'use "roles"\n[1.1]\302\240Member\302\240must not instruct Officer  # a\302\240note\n' > "$d/nbsp.civic" && civic fmt "$d/nbsp.civic" | od -c | sed -n '1,8p'; rm -rf "$d"
0000000   u   s   e       "   r   o   l   e   s   "  \n   [   1   .   1
0000020   ]       M   e   m   b   e   r       m   u   s   t       n   o
0000040   t       i   n   s   t   r   u   c   t       O   f   f   i   c
0000060   e   r           #       a 302 240   n   o   t   e  \n
0000076

