# What the third user trial found, each fixed (the files are in tests/trial3/):
# f1, a quoted display name or alias where the event says whom it is to names
# that person or role, and one that names no one is an error with the nearest;
# f2, a fact matches a condition whole, in any case, the timeline's event line
# shows the facts, and one that no condition reads is warned of (civic check;
# civic test shows it after the scenario's failures); f8, "and" joins two acts
# of one event line, each with its verb, as a register's line may (two things
# of one act stay an error); dates DD/MM/YYYY, day first, as queries and
# registers read them, any other form an error naming the two; a person's
# roles and who has a case read as a query reads a role (display name or
# alias in quotes, a name in any case) when that names one role only; f7, a
# complaint the route takes to its handler opens the duties its arrival starts
# (as one sent to them does), and an event prints in the order written;
# "complains to carol" delivers a complaint as "sends complaint to carol" does;
# the timeline's sentences read as English (an action of several words around
# whom it is to, the office the actor holds, a fallback's condition).

$ civic test tests/trial3/target-display.civic
3 passed, 0 failed

$ civic test tests/trial3/target-unknown.civic
tests/trial3/target-unknown.civic:7:30: error: no person or role is called "Town Clerck" [unknown-person]
    7 |   2026-03-02 alice instructs "Town Clerck"
      |                              ^~~~~~~~~~~~~
hint: did you mean "Town Clerk"?
hint: a quoted text before 'where' names who the event is to or about; a fact comes after it: 'where "Town Clerck"'
tests/trial3/target-unknown.civic:7: scenario "a misspelt display name": error: no person or role is called "Town Clerck" (hint: did you mean "Town Clerk"?)
0 passed, 1 failed
[1]

$ civic run tests/trial3/facts.civic
scenario "the condition's words, in other capitals" (tests/trial3/facts.civic:4)
2026-03-02        event      bob debates-politics where "At A Committee Meeting"
2026-03-02        breached   [T3] bob did debate politics, which the protocol forbids
2026-03-02        expect     ok: [T3] breached by bob
result: 1 of 1 expectations met; 0 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open

scenario "restricted information to the press" (tests/trial3/facts.civic:10)
2026-03-02        event      alice forwards information to pat where "it is marked restricted"
2026-03-02        breached   [T4] alice did forward information to pat, which the protocol forbids
2026-03-02        expect     ok: [T4] breached by alice
result: 1 of 1 expectations met; 0 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open

$ civic check tests/trial3/facts-unknown.civic
tests/trial3/facts-unknown.civic:6:41: warning: no condition of a rule on 'debate-politics' reads "at a meeting of the committee": the fact changes nothing [unknown-fact]
    6 |   2026-03-02 bob debates-politics where "at a meeting of the committee"
      |                                         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: the conditions of the rules on 'debate-politics': "at a formal meeting", "at a committee meeting"
hint: a fact is matched as the condition is written, whole, in any case
tests/trial3/facts-unknown.civic:13:47: warning: no condition of a rule on 'send' reads "it is urgent": the fact changes nothing [unknown-fact]
   13 |   2026-03-02 alice sends enquiry to bob where "it is urgent"
      |                                               ^~~~~~~~~~~~~~
hint: no rule on 'send' has a condition: leave the fact out, or give a rule 'when "…"'
hint: a fact is matched as the condition is written, whole, in any case
tests/trial3/facts-unknown.civic: 0 errors, 2 warnings

$ civic test tests/trial3/facts-unknown.civic
tests/trial3/facts-unknown.civic:7: scenario "a fact in other words": expected [T3] breached by bob, but nothing under that clause has happened to bob (no duty, no breach)
tests/trial3/facts-unknown.civic:6: scenario "a fact in other words": warning: no condition of a rule on 'debate-politics' reads "at a meeting of the committee": the fact changes nothing (hint: the conditions of the rules on 'debate-politics': "at a formal meeting", "at a committee meeting")
1 passed, 1 failed
[1]

$ civic run --json tests/trial3/facts.civic | grep -A 2 '"facts"'
        "facts": [
          "At A Committee Meeting"
        ]
--
        "facts": [
          "At A Committee Meeting"
        ]
--
        "facts": [
          "it is marked restricted"
        ]
--
        "facts": [
          "it is marked restricted"
        ]

$ civic run tests/trial3/and-acts.civic
scenario "acknowledged with a timescale, in the document's words" (tests/trial3/and-acts.civic:4)
2026-04-02        event      alice sends enquiry to bob
2026-04-02        opened     [T2] bob must respond to enquiry from alice by 2026-04-08
2026-04-07        event      bob acknowledges enquiry to alice
2026-04-07        event      bob gives timescale to alice
2026-04-07        fallback   [T2] bob did the fallback (acknowledge enquiry and give timescale); if bob does not respond by 2026-04-08, that meets the duty
2026-04-07        expect     ok: no breach
2026-04-07        expect     ok: [T2] open
2026-04-07        open       [T2] still open at the end: bob must respond to enquiry from alice by 2026-04-08
result: 2 of 2 expectations met; 1 opened, 0 fulfilled, 0 breached, 0 departed, 1 still open

$ civic explain-error bad-event | tail -n 4
  example.civic:6:34: error: unexpected 'and' in this event [bad-event]
      6 |   2026-01-06 alice sends enquiry and request to bob
        |                                  ^~~
  hint: an event is one act on one thing; 'and' may join two acts, each with its verb: 'bob acknowledges enquiry and gives timescale to alice'

$ civic test tests/trial3/dates.civic
1 passed, 0 failed

$ civic check tests/trial3/dates-bad.civic
tests/trial3/dates-bad.civic:7:3: error: '23-12-2025' is not a date Civic reads [bad-date]
    7 |   23-12-2025 alice sends enquiry to bob
      |   ^~~~~~~~~~
hint: write dates as YYYY-MM-DD (2025-12-23) or DD/MM/YYYY (23/12/2025)
tests/trial3/dates-bad.civic:8:3: error: '2025-12-3' is not a date Civic reads [bad-date]
    8 |   2025-12-3 alice sends enquiry to bob
      |   ^~~~~~~~~
hint: write dates as YYYY-MM-DD (2025-12-23) or DD/MM/YYYY (23/12/2025)
tests/trial3/dates-bad.civic:9:3: error: '23/12/25' is not a date Civic reads [bad-date]
    9 |   23/12/25 alice sends enquiry to bob
      |   ^~~~~~~~
hint: write dates as YYYY-MM-DD (2025-12-23) or DD/MM/YYYY (23/12/2025)
tests/trial3/dates-bad.civic:10:3: error: 12/23/2025 is not a date: there is no month 23 (the day comes first) [bad-date]
   10 |   12/23/2025 alice sends enquiry to bob
      |   ^~~~~~~~~~
hint: write dates as YYYY-MM-DD (2025-12-23) or DD/MM/YYYY (23/12/2025)
tests/trial3/dates-bad.civic: 4 errors, 0 warnings
[1]

$ civic test tests/trial3/person-roles.civic
1 passed, 0 failed

$ civic check tests/trial3/person-roles-bad.civic
tests/trial3/person-roles-bad.civic:5:19: error: unknown role 'Town Clerck' [unknown-role]
    5 |   person carol is "Town Clerck"
      |                   ^~~~~~~~~~~~~
hint: did you mean 'TownClerk'?
tests/trial3/person-roles-bad.civic:7:17: error: 'REVIEWER' names two roles: Scrutineer (Scrutiny Officer) and Auditor (Internal Auditor) [unknown-role]
    7 |   person ann is REVIEWER
      |                 ^~~~~~~~
hint: write the role's own name, like 'Scrutineer'
tests/trial3/person-roles-bad.civic:8:23: error: no person or role is called "Town Clerck" [unknown-person]
    8 |   expect complaint at "Town Clerck"
      |                       ^~~~~~~~~~~~~
hint: did you mean "Town Clerk"?
tests/trial3/person-roles-bad.civic: 3 errors, 0 warnings
[1]

$ civic run tests/trial3/complaint-reaches.civic
scenario "the Clerk keeps the Member informed once the complaint reaches them" (tests/trial3/complaint-reaches.civic:5)
2026-03-02        event      alice raises complaint about bob
2026-03-02        escalated  [C.1] complaint by alice about bob goes to the parties, to settle informally
2026-03-02        expect     ok: [T5] not opened
2026-03-03        event      alice escalates complaint
2026-03-03        escalated  [C.2] complaint by alice about bob goes to the Town Clerk (carol)
2026-03-03        opened     [T5] carol must inform of complaint from alice
2026-03-03        opened     [T6] carol must respond to complaint from alice by 2026-03-17
2026-03-03        expect     ok: [T5] open
2026-03-04        event      carol informs alice of complaint
2026-03-04        fulfilled  [T5] carol did inform of complaint from alice
2026-03-04        expect     ok: [T5] fulfilled by carol
2026-03-04        open       [T6] still open at the end: carol must respond to complaint from alice by 2026-03-17
result: 3 of 3 expectations met; 2 opened, 1 fulfilled, 0 breached, 0 departed, 1 still open

$ civic test tests/trial3/complains.civic
1 passed, 0 failed

$ civic run tests/trial3/timeline-words.civic
scenario "sentences of the timeline" (tests/trial3/timeline-words.civic:5)
2026-03-02        event      alice asks-party-political-work olly
2026-03-02        breached   [T7] alice did ask olly party political work, which the protocol forbids
2026-03-02        event      alice acts-as the Town Clerk
2026-03-02        breached   [T8] alice did act as the Town Clerk, which the protocol forbids
2026-03-02        event      alice sends enquiry to olly
2026-03-02        opened     [T2] olly must respond to enquiry from alice by 2026-03-04
2026-03-04        event      olly acknowledges enquiry to alice
2026-03-04        event      olly gives timescale to alice
2026-03-04        fallback   [T2] olly did the fallback (acknowledge enquiry and give timescale); if olly does not respond by 2026-03-04, that meets the duty
2026-03-04        expect     ok: [T7] breached by alice
2026-03-04        expect     ok: [T8] breached by alice
2026-03-04        open       [T2] still open at the end: olly must respond to enquiry from alice by 2026-03-04
result: 2 of 2 expectations met; 1 opened, 0 fulfilled, 2 breached, 0 departed, 1 still open

