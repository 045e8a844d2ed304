# Regression tests: every input that once crashed, hung or misbehaved, found
# by the fuzzers (tests/fuzz/), by fault injection (tests/tools/faults.sh) or
# by hand.  Each input is a file in tests/regress/ (its first lines say what
# went wrong), or, when it is too big to keep, made by the command.  Commands
# that once hung run under `timeout`.  The generated ones: 9,000,000 rules
# from one "can expect" block of 300 roles and 300 lines (the checks compared
# them pairwise: hours); a chain of 30,000 roles listed bottom-up (the cycle
# search recursed once per role, and every role kept the list of all those
# above it: 1.8 GB); 30,000 roles under Member (each child was appended by
# copying the list: quadratic memory); 150 people outside 10,000 scenarios
# (copied into each: 15 GB); 9,000 "Clerk manages" lines (the same, 500 MB);
# a chain of 300 calendars each extending the last (every year of every
# calendar computed through the whole chain: 14 seconds).

$ civic check tests/regress/role-cycle-long-name.civic
tests/regress/role-cycle-long-name.civic:4:6: error: cycle in the role hierarchy: A is BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB [role-cycle]
    4 | role BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB...
      |      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: a role cannot be, directly or through others, a kind of itself
tests/regress/role-cycle-long-name.civic: 1 error, 0 warnings
[1]

$ timeout 10 civic check tests/regress/role-lattice.civic
tests/regress/role-lattice.civic: ok (93 roles, 2 rules, 0 routes, 0 scenarios)

$ civic check tests/regress/cond-too-long.civic
tests/regress/cond-too-long.civic:6:43: error: this condition is too long: more than 100 conditions joined or nested [too-deep]
    6 | [1] Member must not instruct Officer when "a" and "a" and "a" and "a" and "a" and "a" and "a" and "a" and "a" and "a" an...
      |                                           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: split the rule into several rules, each with a shorter condition
tests/regress/cond-too-long.civic:7:1123: error: this condition is too long: more than 100 conditions joined or nested [too-deep]
    7 | ... when "b" when "b" when "b" when "b" when "b" when "b" when "b"
      | ...                                                            ^~~
hint: split the rule into several rules, each with a shorter condition
tests/regress/cond-too-long.civic: 2 errors, 0 warnings
[1]

$ civic check tests/regress/event-time-no-action.civic
tests/regress/event-time-no-action.civic:10:3: error: what does alice do? [bad-event]
   10 |   2025-01-06 10:00 alice
      |   ^~~~~~~~~~~~~~~~~~~~~~
hint: an event reads: DATE PERSON ACTION [THING] [to PERSON], like '2025-12-23 alice sends enquiry to bob'
tests/regress/event-time-no-action.civic:11:30: error: a person or role is needed here [unknown-person]
   11 |   expect [10.2] fulfilled by 2025-01-06
      |                              ^~~~~~~~~~
hint: declare the person first, like 'person alice is Member'
tests/regress/event-time-no-action.civic: 2 errors, 0 warnings
[1]

$ civic query protocols/houghton-regis.civic "$(cat tests/regress/query-trailing-article.query)"
<query>:1:24: error: the query ends before naming a role or thing [bad-query]
    1 | can Member instruct the
      |                        ^
hint: ask like 'can Member instruct Officer'
[1]

$ civic query protocols/houghton-regis.civic 'route the'
<query>:1:10: error: the query ends before the kind of case [bad-query]
    1 | route the
      |          ^
hint: write 'route complaint by Member about Officer'
[1]

$ civic query protocols/houghton-regis.civic 'explain clause clause 10.2'
<query>:1:16: error: no rule has clause [clause] [unknown-clause]
    1 | explain clause clause 10.2
      |                ^~~~~~
hint: 'clauses' lists the clauses of this protocol
[1]

$ { civic query protocols/houghton-regis.civic deadline $(awk 'BEGIN { for (i = 0; i < 30000; i++) print "clause" }'); echo "[status $?]"; } 2>&1 | cut -c1-65
<query>:1:17: error: no rule has clause [clause] [unknown-clause]
    1 | deadline clause clause clause clause clause clause clause
      |                 ^~~~~~
hint: 'clauses' lists the clauses of this protocol
[status 1]

$ { civic query protocols/houghton-regis.civic "can \"$(awk 'BEGIN { for (i = 0; i < 30000; i++) printf "the "; }')Town Clerk\" instruct Officer"; echo "[status $?]"; } 2>&1 | cut -c1-60
<query>:1:5: error: unknown role 'the the the the the the th
    1 | can "the the the the the the the the the the the the
      |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: 'roles' lists the roles of this protocol
[status 1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "use \"roles\""; for (i = 0; i < 300; i++) printf "role R%d is Member\n", i; printf "R0"; for (i = 1; i < 300; i++) printf ", R%d", i; print " can expect from Officer {"; for (i = 0; i < 300; i++) printf "  respond to enquiry within 2 working days when \"c%d\"\n", i; print "}" }' > block.civic && { timeout 20 civic check block.civic; echo "[status $?]"; } 2>&1 | cut -c1-100; cd / && rm -rf "$d"
block.civic:302:1: error: this block would make 90000 rules (300 roles, 300 expectations each); the 
  302 | R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19, R2
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: name a role that all of them are, like 'Member can expect from Officer'
block.civic: 1 error, 0 warnings
[status 1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { for (i = 30000; i > 0; i--) printf "role R%d is R%d\n", i, i - 1; print "role R0" }' > chain.civic && { timeout 20 civic check chain.civic; echo "[status $?]"; } 2>&1 | tail -n 3; cd / && rm -rf "$d"
civic: too many errors; stopped after 100
chain.civic: 100 errors, 0 warnings
[status 1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "use \"roles\""; for (i = 0; i < 30000; i++) printf "role R%d is Member\n", i }' > kids.civic && { timeout 20 civic check kids.civic; echo "[status $?]"; } 2>&1 | tail -n 2; cd / && rm -rf "$d"
kids.civic: 100 errors, 0 warnings
[status 1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "use \"roles\""; for (i = 0; i < 150; i++) printf "person p%d is Member\n", i; for (i = 0; i < 10000; i++) printf "scenario \"s%d\" {\n}\n", i }' > people.civic && { timeout 20 civic check people.civic; echo "[status $?]"; } 2>&1 | tail -n 3; cd / && rm -rf "$d"
hint: declare people inside the scenarios they act in
people.civic: 1 error, 0 warnings
[status 1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "use \"roles\""; for (i = 0; i < 9000; i++) printf "role R%d is Officer\nClerk manages R%d\n", i, i }' > manages.civic && { timeout 20 civic check manages.civic; echo "[status $?]"; } 2>&1 | tail -n 2; cd / && rm -rf "$d"
manages.civic: ok (9021 roles, 9000 rules, 0 routes, 0 scenarios)
[status 0]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "use \"roles\""; print "protocol \"p\" {\n  calendar c299\n}"; print "calendar c0 extends england-and-wales {\n}"; for (i = 1; i < 300; i++) printf "calendar c%d extends c%d {\n  holiday \"h%d\" on 1 may\n}\n", i, i - 1, i }' > calendars.civic && { timeout 20 civic check --today 2026-11-22 calendars.civic; echo "[status $?]"; } 2>&1 | grep -v '^ ' | head -n 4; cd / && rm -rf "$d"
calendars.civic:2:1: warning: this protocol sets no review cycle, so an overdue review cannot be found [no-review]
hint: add 'review every 1 year' (or the cycle the council adopted) to the protocol block
calendars.civic:3:12: error: unknown calendar 'c299' [unknown-calendar]
hint: did you mean 'c29'?

$ civic query --today 2026-11-22 tests/regress/review-every-12-months.civic review
Review in months — Test Town Council
  adopted        2024-01-01
  review cycle   every 12 months [R]
  next review    2025-01-01 (reviewed every 12 months from 2024-01-01)
Overdue: the review was due on 2025-01-01; today is 2026-11-22.

