# civic check: every diagnostic, with its caret, hints and exit status.
# The inputs are in tests/check/; each names the codes it shows.  Regenerate
# with GOLDEN_UPDATE=1 sh tests/tools/golden.sh ./civic tests/golden/check.t
# and read every changed line before committing it.

$ civic check --today 2026-11-22 tests/check/unknown-role.civic
tests/check/unknown-role.civic:4:30: error: unknown role 'Oficer' [unknown-role]
    4 | role Scribe "Town Scribe" is Oficer
      |                              ^~~~~~
hint: did you mean 'Officer'?
tests/check/unknown-role.civic:5:16: error: unknown role 'Widget' [unknown-role]
    5 | role Helper is Widget
      |                ^~~~~~
hint: declare it with 'role Widget is Member' (or Officer), or 'use "roles"' for the shared roles
tests/check/unknown-role.civic:6:17: error: 'enquiry' is a thing, not a role [not-a-role]
    6 | role Steward is enquiry
      |                 ^~~~~~~
hint: use a role here: 'roles' at the REPL lists them
tests/check/unknown-role.civic:7:7: error: unknown role 'Councilor' [unknown-role]
    7 | [1.1] Councilor must not instruct Officer
      |       ^~~~~~~~~
hint: did you mean 'Councillor'?
tests/check/unknown-role.civic:8:51: error: unknown role 'Clerc' [unknown-role]
    8 | [1.2] Member must not instruct Officer when about Clerc
      |                                                   ^~~~~
hint: did you mean 'Clerk'?
tests/check/unknown-role.civic:9:33: error: unknown role 'Treasurer' [unknown-role]
    9 | route complaint by Member about Treasurer {
      |                                 ^~~~~~~~~
hint: declare it with 'role Treasurer is Member' (or Officer), or 'use "roles"' for the shared roles
tests/check/unknown-role.civic: 6 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/names.civic
tests/check/names.civic:6:32: error: unknown name 'Oficer': not a role or a thing [unknown-name]
    6 | [2.1] Member must not instruct Oficer
      |                                ^~~~~~
hint: did you mean 'Officer'?
tests/check/names.civic:7:60: error: 'reply' is an action; one rule has one action [unexpected-action]
    7 | [2.2] Officer must respond to enquiry from Member promptly reply
      |                                                            ^~~~~
hint: join two actions with 'and': 'acknowledge enquiry and give timescale'
tests/check/names.civic:8:44: error: this rule already names 'Member'; a rule is towards one role [two-counterparts]
    8 | [2.3] Officer must respond to Member about Chair
      |                                            ^~~~~
hint: write one rule per role, or name a role both are, like 'Officer'
tests/check/names.civic:9:45: error: this rule already names the thing 'enquiry' [two-things]
    9 | [2.4] Officer must respond to enquiry about complaint
      |                                             ^~~~~~~~~
hint: a rule concerns one thing; join two actions with 'and' if you need both
tests/check/names.civic:10:20: error: 'to' at the end of the rule needs a role or thing after it [dangling-prep]
   10 | [2.5] Officer must respond to
      |                    ^~~~~~~~~~
hint: name the role or thing after it, or remove it
tests/check/names.civic:11:43: error: 'Clerk' is a role, but an action is needed here [not-an-action]
   11 | [2.6] Officer must respond to enquiry and Clerk
      |                                           ^~~~~
hint: a rule reads ROLE must ACTION …, like 'Officer must respond to enquiry from Member'
tests/check/names.civic:12:20: error: 'enquiry' is a thing, not an action [wrong-kind]
   12 | [2.7] Officer must enquiry Member
      |                    ^~~~~~~
hint: use a name of the kind this place needs: 'roles' at the REPL lists the roles
tests/check/names.civic:13:20: error: unknown action 'respondd' [unknown-action]
   13 | [2.8] Officer must respondd to enquiry from Member
      |                    ^~~~~~~~
hint: did you mean 'respond'?
tests/check/names.civic:14:31: error: unknown name 'widget': not a role or a thing [unknown-name]
   14 | [2.9] Officer must respond to widget
      |                               ^~~~~~
hint: declare it with 'thing widget' (or 'role widget'), or put free text in quotes
tests/check/names.civic:15:7: error: unknown kind of matter 'compliment' [unknown-thing]
   15 | route compliment by Member about Officer {
      |       ^~~~~~~~~~
hint: did you mean 'complaint'?
hint: the kinds declared are complaint, grievance, dispute; declare another with 'kind compliment'
tests/check/names.civic:18:7: error: 'instruct' is an action, not a kind of matter (such as complaint) [wrong-kind]
   18 | route instruct by Member about Officer {
      |       ^~~~~~~~
hint: use a name of the kind this place needs: 'roles' at the REPL lists the roles
tests/check/names.civic: 11 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/duplicate.civic
tests/check/duplicate.civic:10:1: error: a file has one protocol block [duplicate]
   10 | protocol "Second" {
      | ^~~~~~~~~~~~~~~~~~~
hint: merge the two blocks
tests/check/duplicate.civic:14:6: error: 'Clerk' is already declared as a role [duplicate]
   14 | role Clerk "Town Clerk" is Officer
      |      ^~~~~
hint: the first declaration is at <stdlib>/roles.civic:28
tests/check/duplicate.civic:16:6: error: 'Scribe' is already declared as a role [duplicate]
   16 | role Scribe is Member
      |      ^~~~~~
hint: the first declaration is at tests/check/duplicate.civic:15
tests/check/duplicate.civic:17:7: error: 'enquiry' is already declared as a thing [duplicate]
   17 | thing enquiry
      |       ^~~~~~~
hint: the first declaration is at <stdlib>/roles.civic:90
tests/check/duplicate.civic:20:1: error: this rule repeats the rule on line 19 [duplicate]
   20 | [3.1] Member must not instruct Officer
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: remove one of them
tests/check/duplicate.civic:25:7: error: a route for this complaint is already defined on line 22 [duplicate]
   25 | route complaint by Member about Officer {
      |       ^~~~~~~~~
hint: put all the steps in one route, with 'when …' on the steps that differ
tests/check/duplicate.civic:30:8: error: person 'alice' is already declared [duplicate]
   30 | person alice is Officer
      |        ^~~~~
hint: remove one of them, or give each its own name
tests/check/duplicate.civic:34:3: error: the weekend is already set for this calendar [duplicate]
   34 |   weekend sunday
      |   ^~~~~~~
hint: list every weekend day on one line: 'weekend saturday, sunday'
tests/check/duplicate.civic:36:10: error: calendar 'offices' is already defined [duplicate]
   36 | calendar offices {
      |          ^~~~~~~
hint: remove one of them, or give each its own name
tests/check/duplicate.civic:42:10: error: person 'bob' is already declared [duplicate]
   42 |   person bob is Member
      |          ^~~
hint: remove one of them, or give each its own name
tests/check/duplicate.civic:44:10: error: scenario "twice" is already defined [duplicate]
   44 | scenario "twice" {
      |          ^~~~~~~
hint: give each scenario its own name
tests/check/duplicate.civic: 11 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/role-cycle.civic
tests/check/role-cycle.civic:6:6: error: cycle in the role hierarchy: Warden is Steward is Verger is Warden [role-cycle]
    6 | role Verger is Warden
      |      ^~~~~~
hint: a role cannot be, directly or through others, a kind of itself
tests/check/role-cycle.civic:7:6: error: role 'Sexton' cannot be a kind of itself [role-cycle]
    7 | role Sexton is Sexton
      |      ^~~~~~
hint: a role is a kind of the roles above it only: remove one 'is' from the cycle
tests/check/role-cycle.civic: 2 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/conflict.civic
tests/check/conflict.civic:7:1: error: [4.2] says Chair of the Council may instruct, but [4.1] says Member must not instruct [conflict]
    7 | [4.2] Chair may instruct Officer
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: if this rule is an exception, add 'overrides [4.1]' to it
tests/check/conflict.civic:18:1: error: [4.13] says Town Clerk must not respond, but [4.12] says Officer must respond [conflict]
   18 | [4.13] Clerk must not respond to enquiry from Member
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: if this rule is an exception, add 'overrides [4.12]' to it
tests/check/conflict.civic: 2 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/override.civic
tests/check/override.civic:5:1: error: [5.2] says Mayor may instruct, but [5.1] says Member must not instruct [conflict]
    5 | [5.2] Mayor may instruct Clerk overrides [5.11]
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: if this rule is an exception, add 'overrides [5.1]' to it
tests/check/override.civic:5:42: error: no rule has clause [5.11] to override [unknown-clause]
    5 | [5.2] Mayor may instruct Clerk overrides [5.11]
      |                                          ^~~~~~
hint: did you mean [5.1]?
tests/check/override.civic:6:1: error: [5.3] says Chair of the Council may instruct, but [5.1] says Member must not instruct [conflict]
    6 | [5.3] Chair may instruct Clerk overrides [5.4]
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: if this rule is an exception, add 'overrides [5.1]' to it
tests/check/override.civic:6:42: warning: [5.4] has no rule about 'instruct', so this overrides nothing [override-nothing]
    6 | [5.3] Chair may instruct Clerk overrides [5.4]
      |                                          ^~~~~
hint: name the clause of the rule this one is an exception to, or remove 'overrides'
tests/check/override.civic:8:1: error: [5.5] says Leader of the Council may instruct, but [5.1] says Member must not instruct [conflict]
    8 | [5.5] Leader may instruct Clerk overrides [5.99]
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: if this rule is an exception, add 'overrides [5.1]' to it
tests/check/override.civic:8:43: error: no rule has clause [5.99] to override [unknown-clause]
    8 | [5.5] Leader may instruct Clerk overrides [5.99]
      |                                           ^~~~~~
hint: did you mean [5.1]?
tests/check/override.civic: 5 errors, 1 warning
[1]

$ civic check --today 2026-11-22 tests/check/deadlines.civic
tests/check/deadlines.civic:4:58: warning: vague deadline 'a reasonable time': it cannot be checked [vague-deadline]
    4 | [6.1] Officer must respond to enquiry from Member within a reasonable time
      |                                                          ^~~~~~~~~~~~~~~~~
hint: write a period, like 'within 2 working days'
tests/check/deadlines.civic:5:51: warning: vague deadline 'promptly': it cannot be checked [vague-deadline]
    5 | [6.2] Officer must respond to request from Member promptly
      |                                                   ^~~~~~~~
hint: write a period, like 'within 2 working days'
tests/check/deadlines.civic:6:54: warning: vague deadline 'as soon as possible': it cannot be checked [vague-deadline]
    6 | [6.3] Officer must investigate complaint from Member as soon as possible
      |                                                      ^~~~~~~~~~~~~~~~~~~
hint: write a period, like 'within 2 working days'
tests/check/deadlines.civic:7:39: warning: nothing starts the clock for this deadline [no-trigger]
    7 | [6.4] Officer must give advice within 5 working days
      |                                       ^~~~~~~~~~~~~~
hint: name what the duty answers, like 'respond to enquiry from Member within 2 working days'
tests/check/deadlines.civic:8:61: error: unknown unit of time 'fortnights' [bad-duration]
    8 | [6.5] Officer must acknowledge enquiry from Member within 2 fortnights
      |                                                             ^~~~~~~~~~
hint: use working days, days, hours, weeks or months, like 'within 2 working days'
tests/check/deadlines.civic:9:61: error: 'working' what? [bad-duration]
    9 | [6.6] Officer must acknowledge request from Member within 2 working
      |                                                             ^~~~~~~
hint: write 'within 2 working days'
tests/check/deadlines.civic:10:71: error: only days can be working days [bad-duration]
   10 | [6.7] Officer must acknowledge complaint from Member within 2 working weeks
      |                                                                       ^~~~~
hint: write 'within 2 working days'
tests/check/deadlines.civic:11:62: error: unknown kind of day 'lunar' [bad-duration]
   11 | [6.8] Officer must respond to complaint from Member within 2 lunar days
      |                                                              ^~~~~
hint: write 'within 2 working days' or 'within 10 days'
tests/check/deadlines.civic:12:59: error: a deadline of 9999 days is too long [bad-duration]
   12 | [6.9] Officer must comply with request from Member within 9999 days
      |                                                           ^~~~~~~~~
hint: deadlines are limited to about ten years
tests/check/deadlines.civic:13:63: error: write the number in figures [bad-duration]
   13 | [6.10] Officer must comply with instruction from Clerk within two working days
      |                                                               ^~~
hint: write 'within 2 working days'
tests/check/deadlines.civic:14:58: error: a number cannot run into a word: '2days' [bad-number]
   14 | [6.11] Officer must forward complaint from Member within 2days
      |                                                          ^~~~~
hint: put a space between the number and the word
tests/check/deadlines.civic: 7 errors, 4 warnings
[1]

$ civic check --today 2026-11-22 tests/check/routes.civic
tests/check/routes.civic:8:3: error: this step can never be reached: its condition cannot hold on a complaint by Member about Officer [unreachable-step]
    8 |   [7.3] when about Member: Mayor
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: check the role in 'when about …', or move the step to the route it belongs to
tests/check/routes.civic:9:3: error: this step can never be reached: its condition cannot hold on a complaint by Member about Officer [unreachable-step]
    9 |   [7.4] HeadOfService unless about Officer
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: check the role in 'when about …', or move the step to the route it belongs to
tests/check/routes.civic:10:3: error: this step sends the case back to Town Clerk, who had it on line 7 [route-cycle]
   10 |   [7.5] Clerk
      |   ^~~~~~~~~~~
hint: a case moves forward through the steps; remove the repeated step
tests/check/routes.civic:11:9: error: unknown role or procedure 'Clerc' [unknown-handler]
   11 |   [7.6] Clerc
      |         ^~~~~
hint: did you mean 'Clerk'?
tests/check/routes.civic:12:9: error: unknown role or procedure 'Treasurer' [unknown-handler]
   12 |   [7.7] Treasurer
      |         ^~~~~~~~~
hint: a step names the role that handles the case, or a procedure declared with 'procedure Treasurer'
tests/check/routes.civic:13:9: error: unknown role or procedure 'Treasurer' [unknown-handler]
   13 |   [7.8] Treasurer
      |         ^~~~~~~~~
hint: a step names the role that handles the case, or a procedure declared with 'procedure Treasurer'
tests/check/routes.civic:14:25: error: a procedure cannot have alternative handlers [bad-step]
   14 |   [7.9] disciplinary or Clerk
      |                         ^~~~~
hint: write the procedure as a step of its own
tests/check/routes.civic:16:7: error: this route has no steps [empty-route]
   16 | route grievance by Officer about Member {
      |       ^~~~~~~~~
hint: list who handles the case, one step per line, like '[12.3] Clerk'
tests/check/routes.civic: 8 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/review-overdue.civic
tests/check/review-overdue.civic:8:3: warning: the protocol's review was due on 2025-03-26 and is overdue as of 2026-11-22 [review-overdue]
    8 |   review   every 1 year   [13.1]
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
tests/check/review-overdue.civic: 0 errors, 1 warning

$ civic check --today 2026-11-22 tests/check/review-stated.civic
tests/check/review-stated.civic:7:15: warning: the protocol's review was due in 2024 and is overdue as of 2026-11-22 [review-overdue]
    7 |   next review 2024
      |               ^~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
tests/check/review-stated.civic: 0 errors, 1 warning

$ civic check --today 2026-11-22 tests/check/vague-review.civic
tests/check/vague-review.civic:7:3: warning: review 'from time to time' sets no date, so overdue reviews cannot be found [vague-review]
    7 |   review   from time to time   [1.1.3]
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: write 'review every 1 year' (or every 2 years)
tests/check/vague-review.civic: 0 errors, 1 warning

$ civic check --today 2026-11-22 tests/check/no-review.civic
tests/check/no-review.civic:4:1: warning: this protocol sets no review cycle, so an overdue review cannot be found [no-review]
    4 | protocol "Officer/Member Protocol" {
      | ^~~~~~~~
hint: add 'review every 1 year' (or the cycle the council adopted) to the protocol block
tests/check/no-review.civic: 0 errors, 1 warning

$ civic check --today 2026-11-22 tests/check/meta.civic
tests/check/meta.civic:5:3: error: 'council' needs a name in quotes [bad-meta]
    5 |   council  Testbury
      |   ^~~~~~~~~~~~~~~~~
hint: write 'council "Houghton Regis Town Council"'
tests/check/meta.civic:6:12: error: 'adopted' needs a date [bad-meta]
    6 |   adopted  soon
      |            ^~~~
hint: write 'adopted 2015-09-28', 'adopted 2019-05' (a month), 'adopted 2019' or 'adopted unknown'
tests/check/meta.civic:7:23: error: unexpected word after the date of 'approved' [bad-meta]
    7 |   approved 2018-03-26 later
      |                       ^~~~~
hint: a note goes in quotes: 'approved 2016-12-01 "deferred"'
tests/check/meta.civic:9:18: error: a review cycle is a number of years or months [bad-meta]
    9 |   review   every fortnight
      |                  ^~~~~~~~~
hint: write 'review every 1 year' or 'review every 6 months'
tests/check/meta.civic:10:19: error: 'next review' needs a date or a year [bad-meta]
   10 |   next     review sometime
      |                   ^~~~~~~~
hint: write 'next review 2024' or 'next review 2024-01-10'
tests/check/meta.civic:11:12: error: unknown calendar 'england-and-wale' [unknown-calendar]
   11 |   calendar england-and-wale
      |            ^~~~~~~~~~~~~~~~
hint: did you mean 'england-and-wales'?
tests/check/meta.civic:12:3: error: unknown protocol field 'calender' [unknown-field]
   12 |   calender england-and-wales
      |   ^~~~~~~~
hint: did you mean 'calendar'?
tests/check/meta.civic:13:3: error: unknown protocol field 'chair' [unknown-field]
   13 |   chair    "Mayor"
      |   ^~~~~
hint: the fields are council, adopted, approved, reviewed, updated, review, next review, overseen by and calendar
tests/check/meta.civic: 8 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/meta-empty.civic
tests/check/meta-empty.civic:5:3: error: 'council' needs a name in quotes [bad-meta]
    5 |   council
      |   ^~~~~~~
hint: write 'council "Houghton Regis Town Council"'
tests/check/meta-empty.civic:6:3: error: 'review' needs a cycle [bad-meta]
    6 |   review
      |   ^~~~~~
hint: write 'review every 1 year', 'review annually' or 'review from time to time'
tests/check/meta-empty.civic:7:3: error: 'calendar' needs the name of one calendar [bad-meta]
    7 |   calendar
      |   ^~~~~~~~
hint: write 'calendar england-and-wales'
tests/check/meta-empty.civic: 3 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/calendar.civic
tests/check/calendar.civic:3:49: error: unknown calendar 'englund-and-wales' [unknown-calendar]
    3 | calendar offices "Town Council offices" extends englund-and-wales {
      |                                                 ^~~~~~~~~~~~~~~~~
hint: did you mean 'england-and-wales'?
tests/check/calendar.civic:4:3: error: February has no day 31 [bad-date]
    4 |   holiday "A" on 31 february
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~
hint: February has 29 days
tests/check/calendar.civic:5:20: error: 'smarch' is not a month [bad-month]
    5 |   holiday "B" on 1 smarch
      |                    ^~~~~~
hint: did you mean 'March'?
tests/check/calendar.civic:6:24: error: 'funday' is not a day of the week [bad-weekday]
    6 |   holiday "C" on first funday of may
      |                        ^~~~~~
hint: did you mean 'Sunday'?
tests/check/calendar.civic:7:18: error: 'sixth' should be first, second, third, fourth, fifth or last [bad-nth]
    7 |   holiday "D" on sixth monday of may
      |                  ^~~~~
hint: write first, second, third, fourth, fifth or last
tests/check/calendar.civic:8:3: error: 400 days from Easter is too far [bad-offset]
    8 |   holiday "E" on easter + 400
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: Easter-relative days are written like 'on easter - 2' (Good Friday), within 100 days of Easter
tests/check/calendar.civic:9:3: error: this closure ends before it begins [bad-range]
    9 |   closed "F" from 2026-08-07 to 2026-08-03
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: write the earlier date first: 'from 2026-08-03 to 2026-08-07'
tests/check/calendar.civic:10:3: error: a closure of 517 days is too long [bad-range]
   10 |   closed "G" from 2026-01-01 to 2027-06-01
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: closures are limited to a year; is one of the dates mistyped?
tests/check/calendar.civic:11:3: error: only a fixed date can have a substitute day [bad-substitute]
   11 |   holiday "H" on easter substitute
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: 'substitute' moves a holiday on a weekend to the next weekday, for dates like '25 december'
tests/check/calendar.civic:12:3: error: this holiday runs from 2030 until 2020: the years are the wrong way round [bad-year]
   12 |   holiday "I" on 1 january from 2030 until 2020
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: write a year from 1900 to 2200, the earlier first
tests/check/calendar.civic:13:3: error: year 3000 is out of range [bad-year]
   13 |   holiday "J" on 1 january from 3000
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: Civic handles years from 1900 to 2200
tests/check/calendar.civic:14:18: error: unexpected 'christmas'; expected 'easter' [syntax]
   14 |   holiday "K" on christmas
      |                  ^~~~~~~~~
hint: write 'on easter', 'on easter + 1' or 'on easter - 2'
tests/check/calendar.civic:15:18: error: unexpected 'christmas'; expected 'easter' [syntax]
   15 |   holiday "L" on christmas + 1
      |                  ^~~~~~~~~
hint: only Easter can be offset: 'on easter + 1'
tests/check/calendar.civic:16:21: error: 'sundae' is not a day of the week [bad-weekday]
   16 |   weekend saturday, sundae
      |                     ^~~~~~
hint: did you mean 'Sunday'?
tests/check/calendar.civic: 14 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/calendar-cycle.civic
tests/check/calendar-cycle.civic:2:10: error: calendar 'north' extends itself, directly or through others [calendar-cycle]
    2 | calendar north extends south {
      |          ^~~~~
hint: remove one 'extends' from the cycle
tests/check/calendar-cycle.civic:9:3: error: a calendar whose weekend is every day has no working days [no-working-days]
    9 |   weekend monday, tuesday, wednesday, thursday, friday, saturday, sunday
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: leave some days of the week and of the year as working days
tests/check/calendar-cycle.civic: 2 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/adopts.civic
tests/check/adopts.civic:5:1: error: 'adopts' needs this protocol's own clause before it [adopt-clause]
    5 | adopts [MP-1]
      | ^~~~~~~~~~~~~
hint: write '[4.3] adopts [MP-2]'
tests/check/adopts.civic:6:22: error: no rule has clause [MP-99] [unknown-clause]
    6 | [4.3] adopts [MP-2], [MP-99]
      |                      ^~~~~~~
hint: did you mean [MP-9]?
tests/check/adopts.civic:7:7: error: no rule has clause [MP-98] [unknown-clause]
    7 | omits [MP-98]
      |       ^~~~~~~
hint: did you mean [MP-8]?
tests/check/adopts.civic:9:14: error: [MP-3] is already adopted as [4.4] [adopted-twice]
    9 | [4.5] adopts [MP-3]
      |              ^~~~~~
hint: a rule is cited by one clause: adopt it once, as '[4.4, 4.5] adopts [MP-3]'
tests/check/adopts.civic: 4 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/scenario.civic
tests/check/scenario.civic:7:8: error: 'Member' is already the name of a role, action or thing [person-clash]
    7 | person Member is Officer
      |        ^~~~~~
hint: give people lower-case first names, like 'alice'
tests/check/scenario.civic:8:17: error: this office ends before it begins [bad-range]
    8 | person carol is Clerk from 2026-03-01 until 2026-01-01
      |                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: write the earlier date first
tests/check/scenario.civic:13:17: error: unknown role 'Oficer' [unknown-role]
   13 |   person zed is Oficer
      |                 ^~~~~~
hint: did you mean 'Officer'?
tests/check/scenario.civic:14:9: error: 'today' needs a date [bad-scenario]
   14 |   today tomorrow
      |         ^~~~~~~~
hint: write 'today 2026-11-22'
tests/check/scenario.civic:15:24: error: unknown thing 'compliment' [unknown-thing]
   15 |   escalate breaches as compliment
      |                        ^~~~~~~~~~
hint: did you mean 'complaint'?
tests/check/scenario.civic:16:3: error: write 'escalate breaches as complaint' [bad-scenario]
   16 |   escalate everything
      |   ^~~~~~~~
hint: a scenario line is 'person NAME is ROLE', a dated event, or 'expect …'
tests/check/scenario.civic:17:14: error: unknown person or role 'alcie' [unknown-person]
   17 |   2026-01-05 alcie sends enquiry to bob
      |              ^~~~~
hint: did you mean 'alice'?
tests/check/scenario.civic:18:20: error: unknown action 'sendz' [unknown-action]
   18 |   2026-01-05 alice sendz enquiry to bob
      |                    ^~~~~
hint: did you mean 'sends'?
tests/check/scenario.civic:19:3: error: what does alice do? [bad-event]
   19 |   2026-01-05 alice
      |   ^~~~~~~~~~~~~~~~
hint: an event reads: DATE PERSON ACTION [THING] [to PERSON], like '2025-12-23 alice sends enquiry to bob'
tests/check/scenario.civic:20:44: error: this event already names who it is to [bad-event]
   20 |   2026-01-05 alice sends enquiry to bob to alice
      |                                            ^~~~~
hint: an event reads DATE PERSON ACTION [THING] [to PERSON] [about PERSON], like '2025-12-23 alice sends enquiry to bob'
tests/check/scenario.civic:21:40: error: name the person the event is about, not the role [bad-event]
   21 |   2026-01-05 alice sends enquiry about Officer
      |                                        ^~~~~~~
hint: declare them with 'person NAME is Officer'
tests/check/scenario.civic:22:34: error: this event already concerns 'enquiry' [bad-event]
   22 |   2026-01-05 alice sends enquiry complaint to bob
      |                                  ^~~~~~~~~
hint: an event reads DATE PERSON ACTION [THING] [to PERSON] [about PERSON], like '2025-12-23 alice sends enquiry to bob'
tests/check/scenario.civic:23:44: error: unexpected date in this event [bad-event]
   23 |   2026-01-05 alice sends enquiry to bob on 2026-01-06
      |                                            ^~~~~~~~~~
hint: an event reads: DATE PERSON ACTION [THING] [to PERSON] [about PERSON]
tests/check/scenario.civic:24:37: error: unknown person or role 'bbo' [unknown-person]
   24 |   2026-01-05 alice sends enquiry to bbo
      |                                     ^~~
hint: did you mean 'bob'?
tests/check/scenario.civic:25:14: error: an event begins with who acts: '2025-12-23 alice sends enquiry to bob' [bad-event]
   25 |   2026-01-06 "alice" sends enquiry to bob
      |              ^~~~~~~
hint: an event reads DATE PERSON ACTION [THING] [to PERSON] [about PERSON], like '2025-12-23 alice sends enquiry to bob'
tests/check/scenario.civic:26:3: error: this event comes before the one on line 25 [date-order]
   26 |   2026-01-04 alice sends enquiry to bob
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: list events in date order
tests/check/scenario.civic:27:10: error: no rule has clause [E9] [unknown-clause]
   27 |   expect [E9] open
      |          ^~~~
hint: did you mean [E1]?
tests/check/scenario.civic:28:15: error: what should be true of [E1]? [bad-expect]
   28 |   expect [E1] opne
      |               ^~~~
hint: did you mean 'open'?
tests/check/scenario.civic:29:15: error: what should be true of [E1]? [bad-expect]
   29 |   expect [E1] frobbed
      |               ^~~~~~~
hint: write due DATE, open, fulfilled, breached, departed or lapsed
tests/check/scenario.civic:30:32: error: unexpected words at the end of this expectation [bad-expect]
   30 |   expect [E1] fulfilled by bob quickly
      |                                ^~~~~~~
hint: expectations read: 'expect [10.2] due 2025-12-29', 'expect [10.2] fulfilled', 'expect no breach', 'expect complaint reaches Clerk', 'expect complaint resolved', 'expect "can Member instruct Officer" forbidden'
tests/check/scenario.civic:31:28: error: unknown person or role 'zoe' [unknown-person]
   31 |   expect [E1] fulfilled by zoe
      |                            ^~~
hint: declare people at the top of the scenario: 'person zoe is Member'
tests/check/scenario.civic:32:17: error: write 'expect review overdue', 'expect review not overdue' or 'expect review due DATE' [bad-expect]
   32 |   expect review sometime
      |                 ^~~~~~~~
hint: an expectation reads like 'expect [10.2] due 2025-12-29', 'expect [10.2] breached by bob', 'expect complaint reaches Clerk' or 'expect no breach'
tests/check/scenario.civic:33:10: error: cannot read this expectation [bad-expect]
   33 |   expect no idea
      |          ^~
hint: expectations read: 'expect [10.2] due 2025-12-29', 'expect [10.2] fulfilled', 'expect no breach', 'expect complaint reaches Clerk', 'expect complaint resolved', 'expect "can Member instruct Officer" forbidden'
tests/check/scenario.civic:34:28: error: unknown person or role 'Clerc' [unknown-person]
   34 |   expect complaint reaches Clerc
      |                            ^~~~~
hint: did you mean 'Clerk'?
tests/check/scenario.civic: 24 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/syntax.civic
tests/check/syntax.civic:4:15: error: unexpected 'respond' [syntax]
    4 | [8.1] Officer respond to enquiry from Member
      |               ^~~~~~~
hint: a rule reads ROLE must|should|may|must not ACTION …, like 'Member must not instruct Officer'
tests/check/syntax.civic:5:14: error: unexpected 'Must' [syntax]
    5 | [8.2] Member Must not instruct Officer
      |              ^~~~
hint: keywords are written in lower case: 'must'
tests/check/syntax.civic:6:6: error: unexpected '"Town Scribe"'; expected a name [syntax]
    6 | role "Town Scribe" is Officer
      |      ^~~~~~~~~~~~~
hint: names are written without quotes here
tests/check/syntax.civic:7:1: error: a clause reference cannot come before this statement [misplaced-clause]
    7 | [8.3] scenario "clause before a scenario" {
      | ^~~~~
hint: clause references go before rules, roles, actions and routes
tests/check/syntax.civic:10:44: error: a fallback cannot have its own condition [syntax]
   10 |         otherwise acknowledge enquiry when "busy"
      |                                            ^~~~~~
hint: put 'when …' before 'otherwise'
tests/check/syntax.civic:11:31: error: unexpected 'actin'; expected 'acting' [syntax]
   11 | person dave is Officer, Clerk actin from 2026-03-01
      |                               ^~~~~
hint: write 'acting' after the role for an acting holder
tests/check/syntax.civic:12:1: warning: this list of expectations is empty [empty-block]
   12 | Member can expect from Officer {
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: write one expectation per line inside the braces
tests/check/syntax.civic:15:26: error: unexpected 'Mayor'; expected 'and', 'or' or ':' [syntax]
   15 |   [8.5] when about Clerk Mayor
      |                          ^~~~~
hint: a step reads like '[12.3] Clerk', '[12.2] informally with Clerk', '[12.3] ChairCorporateServices when about Clerk', '[12.3] Clerk and/or Chair', 'possibly Council', 'refer to MonitoringOfficer' or '[1.11.5] procedure disciplinary'
tests/check/syntax.civic:17:40: error: unexpected ')' [syntax]
   17 | [8.6] Member must not instruct Officer )
      |                                        ^
hint: there is no '(' for this ')' to close
tests/check/syntax.civic: 8 errors, 1 warning
[1]

$ civic check --today 2026-11-22 tests/check/unclosed.civic
tests/check/unclosed.civic:6:14: error: unexpected end of file: the '{' on line 4 is never closed [syntax]
    6 |   [9.2] Mayor
      |              ^
hint: add a '}' on a line of its own to end the block
tests/check/unclosed.civic: 1 error, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/lexical.civic
tests/check/lexical.civic:5:13: error: this string is not closed [unterminated-string]
    5 | role Scribe "Town Scribe is Officer
      |             ^~~~~~~~~~~~~~~~~~~~~~~
hint: a string ends with " on the same line
tests/check/lexical.civic:6:1: error: this clause reference is not closed [unterminated-clause]
    6 | [10.1 Member must not instruct Officer
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: a clause reference is written on one line, like [10.2]
tests/check/lexical.civic:7:1: error: empty clause reference [empty-clause]
    7 | [] Member must not bully Officer
      | ^~
hint: write the clause number, like [10.2], or leave the brackets out
tests/check/lexical.civic:8:1: error: a clause reference cannot contain '[' [bad-clause]
    8 | [10.[3]] Member must not pressure Officer
      | ^~~~~~~
hint: write one clause reference, like [10.2]
tests/check/lexical.civic:9:13: error: strings are written in double quotes, not single quotes [bad-char]
    9 | role Verger 'Verger' is Officer
      |             ^~~~~~~~
hint: write "Verger"
tests/check/lexical.civic:10:24: error: unexpected character '@' [bad-char]
   10 | role Sexton is Officer @
      |                        ^
hint: remove it, or put the text in double quotes
tests/check/lexical.civic:11:59: error: number too large [bad-number]
   11 | [10.4] Officer must respond to enquiry from Member within 100000000000 days
      |                                                           ^~~~~~~~~~~~
hint: numbers in Civic stay below 100,000,000
tests/check/lexical.civic:16:3: error: 2025-02-30 is not a date: that month has no such day [bad-date]
   16 |   2025-02-30 alice sends enquiry to bob
      |   ^~~~~~~~~~
hint: February 2025 has 28 days
tests/check/lexical.civic:17:3: error: 2025-13-01 is not a date: there is no month 13 [bad-date]
   17 |   2025-13-01 alice sends enquiry to bob
      |   ^~~~~~~~~~
hint: write dates as YYYY-MM-DD (2025-12-23) or DD/MM/YYYY (23/12/2025)
tests/check/lexical.civic:18:3: error: year out of range in 1899-12-31 [bad-date]
   18 |   1899-12-31 alice sends enquiry to bob
      |   ^~~~~~~~~~
hint: Civic handles dates from 1900 to 2200
tests/check/lexical.civic:19:14: error: 25:00 is not a time of day [bad-time]
   19 |   2026-01-05 25:00 alice sends enquiry to bob
      |              ^~~~~
hint: write times as HH:MM on the 24-hour clock, like 14:30
tests/check/lexical.civic: 11 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/recovery.civic
tests/check/recovery.civic:6:20: error: unexpected 'must'; expected a name or 'not' [syntax]
    6 | [11.1] Member must must instruct Officer
      |                    ^~~~
hint: a rule reads '[CLAUSE] ROLE must|should|may|must not ACTION [THING] [from|to ROLE] [within N working days]', like '[10.2] Officer must respond to enquiry from Member within 2 working days'
tests/check/recovery.civic:9:16: error: unexpected '"Penman"'; expected end of line or ',' [syntax]
    9 |   aka "Writer" "Penman"
      |                ^~~~~~~~
hint: inside a role's braces, write 'manages ROLE' or 'appoints ROLE'
tests/check/recovery.civic:14:16: error: unexpected 'Mayor' [syntax]
   14 |   [11.5] Clerk Mayor
      |                ^~~~~
hint: a step reads like '[12.3] Clerk', '[12.2] informally with Clerk', '[12.3] ChairCorporateServices when about Clerk', '[12.3] Clerk and/or Chair', 'possibly Council', 'refer to MonitoringOfficer' or '[1.11.5] procedure disciplinary'
tests/check/recovery.civic:17:1: error: [11.4] says Chair of the Council may instruct, but [11.2] says Member must not instruct [conflict]
   17 | [11.4] Chair may instruct Officer
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: if this rule is an exception, add 'overrides [11.2]' to it
tests/check/recovery.civic:20:14: error: unexpected 'Officer'; expected a string or 'is' [syntax]
   20 |   person bob Officer
      |              ^~~~~~~
hint: a scenario line reads like 'person alice is Member', '2025-12-23 alice sends enquiry to bob' or 'expect [10.2] due 2025-12-29'
tests/check/recovery.civic:23:38: error: unexpected ')' [syntax]
   23 | [11.7] Member should respect Officer )
      |                                      ^
hint: there is no '(' for this ')' to close
tests/check/recovery.civic: 6 errors, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/use.civic
tests/check/use.civic:3:5: error: no module or file named "rolez" [use-not-found]
    3 | use "rolez"
      |     ^~~~~~~
hint: did you mean "roles"?
hint: until it is found, names it would declare are not reported as unknown
tests/check/use.civic:4:5: error: 'use' needs the name of a module or file [use-empty]
    4 | use ""
      |     ^~
hint: write 'use "roles"' for the shared vocabulary
tests/check/use.civic:5:5: error: no module or file named "./nothere.civic" [use-not-found]
    5 | use "./nothere.civic"
      |     ^~~~~~~~~~~~~~~~~
hint: a path is relative to this file; the standard modules are "roles", "model-protocol" and "calendars/england-and-wales"
tests/check/use.civic:6:5: error: no module or file named "zzzzzzzz" [use-not-found]
    6 | use "zzzzzzzz"
      |     ^~~~~~~~~~
hint: a path is relative to this file; the standard modules are "roles", "model-protocol" and "calendars/england-and-wales"
tests/check/use.civic:7:5: error: '/' is a directory, not a protocol file [use-not-protocol]
    7 | use "/"
      |     ^~~
hint: 'use' reads Civic files (NAME.civic, written without '.civic') and standard modules such as "roles"
tests/check/use.civic: 5 errors, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && printf 'use "roles"\n[1] Member must not instruct Officer\n' > council.civic && mkdir sub && printf 'use "%s/council"\nscenario "by an absolute path" {\n  expect "can Member instruct Officer" forbidden\n}\n' "$(pwd -P)" > sub/t.civic && civic test sub/t.civic; printf 'use "%s/nothere"\n' "$(pwd -P)" > sub/u.civic && civic check sub/u.civic 2>&1 | head -1 | sed "s|$(pwd -P)|DIR|"; cd / && rm -rf "$d"
1 passed, 0 failed
sub/u.civic:1:5: error: no module or file named "DIR/nothere" [use-not-found]

$ civic check --today 2026-11-22 tests/check/utf8-role.civic
tests/check/utf8-role.civic:6:33: error: unknown name 'Gwënneth': not a role or a thing [unknown-name]
    6 | [12.1] Member must not instruct Gwënneth
      |                                 ^~~~~~~~
hint: did you mean 'Gwëneth'?
tests/check/utf8-role.civic: 1 error, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/ok.civic
tests/check/ok.civic:7:3: warning: the protocol's review was due on 2026-05-19 and is overdue as of 2026-11-22 [review-overdue]
    7 |   review   every 1 year   [13.1]
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
tests/check/ok.civic: 0 errors, 1 warning

$ civic check --today 2026-11-22 tests/check/use-cycle-a.civic
tests/check/use-cycle-b.civic:2:5: error: 'use' cycle: "use-cycle-a" is already being loaded [use-cycle]
    2 | use "use-cycle-a"
      |     ^~~~~~~~~~~~~
hint: "use-cycle-a" uses this file, directly or through others; remove one of the uses
tests/check/use-cycle-a.civic: 1 error, 0 warnings
[1]

$ civic check --today 2026-11-22 tests/check/no-clause.civic
tests/check/no-clause.civic:4:1: warning: this rule cites no clause of the protocol [no-clause]
    4 | Member must not instruct Officer
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: put the clause number in brackets before it, like '[8.1] Member must not instruct'
tests/check/no-clause.civic: 0 errors, 1 warning

$ civic check --today 2026-11-22 tests/check/action-and-thing.civic
tests/check/action-and-thing.civic: ok (21 roles, 12 rules, 0 routes, 0 scenarios)

$ civic query --today 2026-11-22 tests/check/action-and-thing.civic 'can Officer record report'
Obliged. [12] Officer must record written report

$ civic check --today 2026-11-22 tests/check/person-article.civic
tests/check/person-article.civic:5:10: error: 'a' cannot name a person: events read it as a word of their own [person-clash]
    5 |   person a is Member
      |          ^
hint: give people first names, like 'alice'
tests/check/person-article.civic:6:10: error: 'the' cannot name a person: events read it as a word of their own [person-clash]
    6 |   person the is Officer
      |          ^~~
hint: give people first names, like 'alice'
tests/check/person-article.civic:7:10: error: 'where' cannot name a person: events read it as a word of their own [person-clash]
    7 |   person where is Officer
      |          ^~~~~
hint: give people first names, like 'alice'
tests/check/person-article.civic: 3 errors, 0 warnings
[1]


$ civic check --today 2026-01-01 protocols 2>&1 | grep -c 'newent.civic:57:31'; civic check --json --today 2026-01-01 protocols | grep -c '"line": 57,'; civic check --today 2026-01-01 protocols/newent.test.civic 2>&1 | grep -c 'newent.civic:57:31'
1
1
1
