# Issue 15: what councils write.  Every new form checks clean; each mistake
# in one is one error, with a hint.

$ civic check --today 2020-01-01 tests/check/councils.civic
tests/check/councils.civic: ok (22 roles, 15 rules, 3 routes, 1 scenario)

$ civic check --today 2026-01-01 tests/check/councils.civic
tests/check/councils.civic:10:3: warning: the protocol's review was due in May 2021 and is overdue as of 2026-01-01 [review-overdue]
   10 |   review   every 2 years           [1.2]
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-01-01'
tests/check/councils.civic: 0 errors, 1 warning

$ civic check --today 2020-01-01 tests/check/councils-errors.civic
tests/check/councils-errors.civic:5:29: error: relation 'line-manager' is already declared on line 4 [duplicate]
    5 | [1.2] relation line-manager "manager" of Clerk is Council
      |                             ^~~~~~~~~
hint: an exception names no display: 'relation line-manager of ManagingDirector is Leader'
tests/check/councils-errors.civic:6:32: error: 'Member' is not a kind of Officer, so this line is no exception to line 4 [bad-relation]
    6 | [1.3] relation line-manager of Member is Officer
      |                                ^~~~~~
hint: an exception is for a kind of Officer, like the most senior of them
tests/check/councils-errors.civic:8:32: error: the line manager of Deputy Town Clerk is already given on line 7 [duplicate]
    8 | [1.4] relation line-manager of DeputyClerk is Leader
      |                                ^~~~~~~~~~~
hint: remove one of them, or give each its own name
tests/check/councils-errors.civic:9:29: error: unknown name 'line-mangaer': not a role or a thing [unknown-name]
    9 | [1.5] Officer should inform line-mangaer
      |                             ^~~~~~~~~~~~
hint: did you mean 'line-manager'?
tests/check/councils-errors.civic:10:17: error: the seniority order goes round in a circle: 'Clerk' ranks above itself [seniority-cycle]
   10 | [1.6] seniority Clerk above DeputyClerk above Clerk
      |                 ^~~~~~~~~~~~~~~~~~~~~~~
hint: each line lists roles from the most senior down; one of these lines has two the wrong way round
tests/check/councils-errors.civic:11:18: error: 'only' goes with 'may' [syntax]
   11 | [1.7] only Clerk must manage Officer
      |                  ^~~~
hint: write 'only Clerk may instruct Officer': the others must not
tests/check/councils-errors.civic:12:7: error: a deed cannot count as itself [bad-counts]
   12 | [1.8] respond to enquiry counts as respond to enquiry
      |       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: name the other duty it discharges: 'respond to enquiry counts as acknowledge enquiry'
tests/check/councils-errors.civic:13:51: error: Civic does not know this timing [bad-duration]
   13 | [1.9] Officer must respond to enquiry from Member by the end of the meeting
      |                                                   ^~~~~~~~~~~~~~~~~~~~~~~~~
hint: write 'by the end of the next working day', 'by the end of the working day' or 'within 2 working days'
tests/check/councils-errors.civic:14:58: error: Civic cannot count this period: give it a number [bad-duration]
   14 | [2.0] Officer must respond to request from Member within the week
      |                                                          ^~~~~~~~
hint: write a number, like 'within 1 week' or 'within 10 working days', or 'by the end of the next working day'
tests/check/councils-errors.civic:15:78: error: a period is counted from the event that starts the duty [bad-duration]
   15 | [2.1] Officer must respond to complaint from Member within 2 working days of the meeting
      |                                                                              ^~~~~~~~~~~
hint: write 'within 2 working days of receipt', or leave 'of …' out: it means the same
tests/check/councils-errors.civic:16:53: error: Civic does not know this timing [bad-duration]
   16 | [2.2] Officer must respond to grievance from Member before the next meeting
      |                                                     ^~~~~~~~~~~~~~~~~~~~~~~
hint: write 'within 2 working days', 'by the end of the next working day', 'within 5 days', 'within 1 month', or 'as soon as possible and at the latest within 10 working days'
tests/check/councils-errors.civic:17:58: error: the target (within 10 working days) is later than the cap (within 1 week) [bad-duration]
   17 | [2.5] Officer must respond to dispute from Member within 10 working days and at the latest within 1 week
      |                                                          ^~~~~~~~~~~~~~~
hint: a target comes first: 'within 5 working days and at the latest within 10 working days'
tests/check/councils-errors.civic:19:23: error: 'Clerk' is already called "Parish Clerk" (line 18) [duplicate]
   19 | [2.3] Clerk is called "Clerk to the Council"
      |                       ^~~~~~~~~~~~~~~~~~~~~~
hint: a name is given once; add other names with 'aka'
tests/check/councils-errors.civic:20:7: error: unknown name 'Clarke': not a role, action or thing to rename [unknown-name]
   20 | [2.4] Clarke is called "Parish Clerk"
      |       ^~~~~~
hint: did you mean 'Clerk'?
tests/check/councils-errors.civic:23:9: error: unknown relation 'head-of-service' [unknown-relation]
   23 |   [3.1] head-of-service of subject
      |         ^~~~~~~~~~~~~~~
hint: declare it with whose it is and who: 'relation head-of-service of Officer is HeadOfService'
tests/check/councils-errors.civic:24:9: error: unexpected 'send'; expected 'refer' [syntax]
   24 |   [3.2] send to MonitoringOfficer
      |         ^~~~
hint: a referral out of this protocol reads 'refer to MonitoringOfficer', or 'refer to MonitoringOfficer under code-of-conduct-complaint'
tests/check/councils-errors.civic:30:3: error: unknown person 'carol' [unknown-person]
   30 |   carol is line-manager of bob
      |   ^~~~~
hint: declare people first: 'person carol is Officer'
tests/check/councils-errors.civic:31:12: error: unknown relation 'line-mangaer' [unknown-relation]
   31 |   alice is line-mangaer of bob
      |            ^~~~~~~~~~~~
hint: did you mean 'line-manager'?
tests/check/councils-errors.civic:33:30: error: no matter was raised as 'E7' [unknown-ref]
   33 |   2025-01-07 bob responds to E7
      |                              ^~
hint: did you mean 'E1'?
tests/check/councils-errors.civic: 19 errors, 0 warnings
[1]

$ civic check --today 2020-01-01 tests/check/first-hour.civic
tests/check/first-hour.civic:5:1: error: this rule repeats the rule on line 4 with another deadline: within 5 working days here, within 2 working days there [duplicate]
    5 | [10.2] Officer must respond to enquiry from Member within 5 working days
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: a duty has one deadline: remove one rule, or say when each applies with 'when …'
tests/check/first-hour.civic:7:1: error: unknown word 'rout' at the start of a statement [syntax]
    7 | rout complaint by Member about Officer {
      | ^~~~
hint: did you mean 'route'?
tests/check/first-hour.civic:11:1: error: unknown word 'scenaro' at the start of a statement [syntax]
   11 | scenaro "an enquiry" {
      | ^~~~~~~
hint: did you mean 'scenario'?
tests/check/first-hour.civic:15:1: error: unknown word 'protocl' at the start of a statement [syntax]
   15 | protocl "Officer/Member Protocol" {
      | ^~~~~~~
hint: did you mean 'protocol'?
tests/check/first-hour.civic:19:39: error: 'Councillor' is already declared as a role [duplicate]
   19 | role Steward "Steward" is Officer aka Councillor
      |                                       ^~~~~~~~~~
hint: the first declaration is at <stdlib>/roles.civic:12
tests/check/first-hour.civic: 5 errors, 0 warnings
[1]

$ civic check tests/check/use-missing.civic
tests/check/use-missing.civic:1:5: error: no module or file named "role" [use-not-found]
    1 | use "role"
      |     ^~~~~~
hint: did you mean "roles"?
hint: until it is found, names it would declare are not reported as unknown
tests/check/use-missing.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && printf 'use "houghton-regis"\nscenario "s" {\n  person alice is Member\n  person bob is Officer\n  2026-03-02 alice sends enquiry to bob\n  expect [10.2] due 2026-03-04\n}\n' > "$d/s.civic" && civic test "$d/s.civic" 2>&1 | sed "s|$d/||"; rm -rf "$d"
s.civic:1:5: error: no module or file named "houghton-regis" [use-not-found]
    1 | use "houghton-regis"
      |     ^~~~~~~~~~~~~~~~
hint: a path is relative to this file; the standard modules are "roles", "model-protocol" and "calendars/england-and-wales"
hint: until it is found, names it would declare are not reported as unknown
s.civic: 1 error in the file; its scenarios were not run
0 passed, 1 failed
