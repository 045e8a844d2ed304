# Regression tests: every input that once crashed, hung or misbehaved, found
# by the fuzzers (tests/fuzz/), by fault injection (tests/tools/faults.sh) or
# by hand.  Each input is a file in tests/regress/ (its first lines say what
# went wrong), or, when it is too big to keep, made by the command.  Commands
# that once hung run under `timeout`.

$ civic check tests/regress/role-cycle-long-name.civic
tests/regress/role-cycle-long-name.civic:4:6: error: cycle in the role hierarchy: A is BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
    4 | role BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB...
      |      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: a role cannot be, directly or through others, a kind of itself
tests/regress/role-cycle-long-name.civic: 1 error, 0 warnings
[1]

$ timeout 10 civic check tests/regress/role-lattice.civic
tests/regress/role-lattice.civic: ok (93 roles, 2 rules, 0 routes, 0 scenarios)

$ civic check tests/regress/cond-too-long.civic
tests/regress/cond-too-long.civic:6:43: error: this condition is too long: more than 100 conditions joined or nested
    6 | [1] Member must not instruct Officer when "a" and "a" and "a" and "a" and "a" and "a" and "a" and "a" and "a" and "a" an...
      |                                           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: split the rule into several rules, each with a shorter condition
tests/regress/cond-too-long.civic:7:1123: error: this condition is too long: more than 100 conditions joined or nested
    7 | ... when "b" when "b" when "b" when "b" when "b" when "b" when "b"
      | ...                                                            ^~~
hint: split the rule into several rules, each with a shorter condition
tests/regress/cond-too-long.civic: 2 errors, 0 warnings
[1]

$ civic check tests/regress/event-time-no-action.civic
tests/regress/event-time-no-action.civic:10:3: error: what does alice do?
   10 |   2025-01-06 10:00 alice
      |   ^~~~~~~~~~~~~~~~~~~~~~
hint: an event reads: DATE PERSON ACTION [THING] [to PERSON], like '2025-12-23 alice sends enquiry to bob'
tests/regress/event-time-no-action.civic:11:30: error: a person or role is needed here
   11 |   expect [10.2] fulfilled by 2025-01-06
      |                              ^~~~~~~~~~
tests/regress/event-time-no-action.civic: 2 errors, 0 warnings
[1]

$ civic query protocols/houghton-regis.civic "$(cat tests/regress/query-trailing-article.query)"
<query>:1:24: error: the query ends before naming a role or thing
    1 | can Member instruct the
      |                        ^
hint: ask like 'can Member instruct Officer'
[1]

$ civic query protocols/houghton-regis.civic 'route the'
<query>:1:10: error: the query ends before the kind of case
    1 | route the
      |          ^
hint: write 'route complaint by Member about Officer'
[1]

$ civic query protocols/houghton-regis.civic 'explain clause clause 10.2'
<query>:1:16: error: no rule has clause [clause]
    1 | explain clause clause 10.2
      |                ^~~~~~
hint: 'clauses' lists the clauses of this protocol
[1]

$ { civic query protocols/houghton-regis.civic deadline $(awk 'BEGIN { for (i = 0; i < 30000; i++) print "clause" }'); echo "[status $?]"; } 2>&1 | cut -c1-60
<query>:1:17: error: no rule has clause [clause]
    1 | deadline clause clause clause clause clause clause c
      |                 ^~~~~~
hint: 'clauses' lists the clauses of this protocol
[status 1]

$ { civic query protocols/houghton-regis.civic "can \"$(awk 'BEGIN { for (i = 0; i < 30000; i++) printf "the "; }')Town Clerk\" instruct Officer"; echo "[status $?]"; } 2>&1 | cut -c1-60
<query>:1:5: error: unknown role 'the the the the the the th
    1 | can "the the the the the the the the the the the the
      |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: 'roles' lists the roles of this protocol
[status 1]

