# civic query: every query form, text and --json, on tests/query/protocol.civic.
# Dates were worked out by hand from the England and Wales bank holidays.

$ civic query tests/query/protocol.civic 'can Member instruct Officer'
Forbidden. [A1] Member must not instruct Officer
  when the Member is a Chair of the Finance Committee, towards a Town Scribe, when "the committee has delegated it" — permitted: [A7] Chair of the Finance Committee may instruct Town Scribe, when "the committee has delegated it"

$ civic query tests/query/protocol.civic 'can Officer respond to enquiry from Member'
Obliged. [A2] Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days

$ civic query tests/query/protocol.civic 'can Member respond to request'
Recommended. [A3] Member should respond to request from Officer within 3 working days

$ civic query tests/query/protocol.civic 'can Member pressure Officer'
Discouraged. [A5] Member should not pressure Officer

$ civic query tests/query/protocol.civic 'can Member speak to Media'
Permitted. [A4] Member may speak to the media

$ civic query tests/query/protocol.civic 'can Officer disclose information to Media'
Forbidden. [A6] Officer must not disclose information to the media

$ civic query tests/query/protocol.civic 'can Officer bully Member'
Unregulated: the protocol says nothing about whether an Officer may bully a Member.

$ civic query tests/query/protocol.civic 'can Scribe report to Member'
Obliged, when it is about a Member. [A8] Town Scribe must report to Member, when it is about a Member

$ civic query tests/query/protocol.civic 'can ChairFinance instruct Scribe'
Forbidden. [A1] Member must not instruct Officer
  when "the committee has delegated it" — permitted: [A7] Chair of the Finance Committee may instruct Town Scribe, when "the committee has delegated it"

$ civic query tests/query/protocol.civic 'can Member disclose information to Media'
Permitted. [A9] Member may disclose information to the media

$ civic query tests/query/protocol.civic 'can Member disclose advice to the media'
Forbidden. [A10] Member must not disclose advice to the media

$ civic query tests/query/protocol.civic 'can Clerk give advice'
Unregulated: the protocol says nothing about whether a Town Clerk may advise.

$ civic query tests/query/protocol.civic 'can councillors instruct officers'
Forbidden. [A1] Member must not instruct Officer
  when the Member is a Chair of the Finance Committee, towards a Town Scribe, when "the committee has delegated it" — permitted: [A7] Chair of the Finance Committee may instruct Town Scribe, when "the committee has delegated it"

$ civic query tests/query/protocol.civic 'can Cllr instruct "Town Scribe"'
Forbidden. [A1] Member must not instruct Officer
  when the Member is a Chair of the Finance Committee, when "the committee has delegated it" — permitted: [A7] Chair of the Finance Committee may instruct Town Scribe, when "the committee has delegated it"

$ civic query tests/query/protocol.civic 'can Member instruct the minute taker'
Forbidden. [A1] Member must not instruct Officer
  when the Member is a Chair of the Finance Committee, when "the committee has delegated it" — permitted: [A7] Chair of the Finance Committee may instruct Town Scribe, when "the committee has delegated it"

$ civic query tests/query/protocol.civic 'can CommitteeChair instruct Scribe'
Forbidden. [A1] Member must not instruct Officer
  when the Chair of a committee is a Chair of the Finance Committee, when "the committee has delegated it" — permitted: [A7] Chair of the Finance Committee may instruct Town Scribe, when "the committee has delegated it"

$ civic query tests/query/protocol.civic 'can Warden manage Scribe'
Permitted. [R3] Town Warden may manage Town Scribe

$ civic query tests/query/protocol.civic 'duties of Scribe'
Duties of Town Scribe:
  [A8] Town Scribe must report to Member, when it is about a Member
As Officer:
  [A2] Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days
  [A6] Officer must not disclose information to the media
  [A11] Officer must investigate complaint from Member (promptly)

$ civic query tests/query/protocol.civic 'duties of Mayor'
Duties of Mayor:
As Member:
  [A1] Member must not instruct Officer
  [A3] Member should respond to request from Officer within 3 working days
  [A4] Member may speak to the media
  [A5] Member should not pressure Officer
  [A9] Member may disclose information to the media
  [A10] Member must not disclose advice to the media

$ civic query tests/query/protocol.civic 'expectations of Member from Officer'
What Member can expect from Officer:
  [A2] Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days
  [A11] Officer must investigate complaint from Member (promptly)

$ civic query tests/query/protocol.civic 'expectations of Media from Member'
What the media can expect from Member:
  [A4] Member may speak to the media
  [A9] Member may disclose information to the media
  [A10] Member must not disclose advice to the media

$ civic query tests/query/protocol.civic 'expectations of Public from Officer'
What member of the public can expect from Officer:
The protocol sets out nothing that member of the public can expect from Officer.

$ civic query tests/query/protocol.civic 'route complaint by Member about Officer'
A complaint by a Member about an Officer [C]:
  1. [C.1] the parties, informally (with the help of Town Clerk or Deputy Town Clerk)
  2. [C.2] Town Clerk, within 10 working days
  -  [C.3] Chair of the Finance Committee: skipped — applies only when it is about a Town Clerk
  3. [C.4] the council's disciplinary procedure

$ civic query tests/query/protocol.civic 'route complaint by Member about Clerk'
A complaint by a Member about a Town Clerk [C]:
  1. [C.1] the parties, informally (with the help of Deputy Town Clerk)
  -  [C.2] Town Clerk: skipped — the Town Clerk is the subject of the complaint, and nobody handles a case about themselves
  2. [C.3] Chair of the Finance Committee
  3. [C.4] the council's disciplinary procedure

$ civic query tests/query/protocol.civic 'route complaint by Clerk about Member'
A complaint by a Town Clerk about a Member [D]:
  1. [D.1] Mayor (the Town Clerk raised the complaint, and nobody handles their own case; so the Mayor)
  2. [D.2] Monitoring Officer

$ civic query tests/query/protocol.civic 'route complaint by Member about Recorder'
A complaint by a Member about a Town Scribe [C]:
  1. [C.1] the parties, informally (with the help of Town Clerk or Deputy Town Clerk)
  2. [C.2] Town Clerk, within 10 working days
  -  [C.3] Chair of the Finance Committee: skipped — applies only when it is about a Town Clerk
  3. [C.4] the council's disciplinary procedure

$ civic query tests/query/protocol.civic 'route grievance by Clerk about Scribe'
A grievance by a Town Clerk about a Town Scribe [G]:
  -  [G.1] Town Clerk: skipped — the Town Clerk raised the grievance, and nobody handles their own case
  1. [G.2] Town Warden, within 15 working days

$ civic query tests/query/protocol.civic 'route grievance by Member about Officer'
A grievance by a Member about an Officer: no route in this protocol covers it.

$ civic query tests/query/protocol.civic 'who handles complaint about Clerk'
A complaint by a Member about a Town Clerk [C]:
  1. [C.1] the parties, informally (with the help of Deputy Town Clerk)
  -  [C.2] Town Clerk: skipped — the Town Clerk is the subject of the complaint, and nobody handles a case about themselves
  2. [C.3] Chair of the Finance Committee
  3. [C.4] the council's disciplinary procedure

$ civic query tests/query/protocol.civic 'deadline A2 from 2025-12-23'
[A2] Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days
From Tue 23 Dec 2025: due by the close of Mon 29 Dec 2025 (England and Wales calendar).
Counted in working days from the day after 2025-12-23 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 2nd working day.
Not counted: Thu 25 Dec 2025 — Christmas Day, Fri 26 Dec 2025 — Boxing Day.
Otherwise (acknowledge enquiry and give timescale): by the close of Fri 2 Jan 2026.

$ civic query tests/query/protocol.civic 'deadline [A2] from 2026-04-02'
[A2] Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days
From Thu 2 Apr 2026: due by the close of Wed 8 Apr 2026 (England and Wales calendar).
Counted in working days from the day after 2026-04-02 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 2nd working day.
Not counted: Fri 3 Apr 2026 — Good Friday, Mon 6 Apr 2026 — Easter Monday.
Otherwise (acknowledge enquiry and give timescale): by the close of Mon 13 Apr 2026.

$ civic query tests/query/protocol.civic 'deadline A2 from 2027-12-24'
[A2] Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days
From Fri 24 Dec 2027: due by the close of Thu 30 Dec 2027 (England and Wales calendar).
Counted in working days from the day after 2027-12-24 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 2nd working day.
Not counted: Mon 27 Dec 2027 — Christmas Day, Tue 28 Dec 2027 — Boxing Day.
Otherwise (acknowledge enquiry and give timescale): by the close of Wed 5 Jan 2028.

$ civic query tests/query/protocol.civic 'deadline A3 from 2026-05-01'
[A3] Member should respond to request from Officer within 3 working days
From Fri 1 May 2026: due by the close of Thu 7 May 2026 (England and Wales calendar).
Counted in working days from the day after 2026-05-01 (the day of the request itself does not count), on the England and Wales calendar: due by the close of the 3rd working day.
Not counted: Mon 4 May 2026 — Early May bank holiday.

$ civic query tests/query/protocol.civic 'deadline A12 from 2026-01-30'
[A12] Town Clerk must acknowledge complaint from Member within 5 days
From Fri 30 Jan 2026: due by the close of Wed 4 Feb 2026.
Counted in calendar days from the day after 2026-01-30 (the day of the complaint itself does not count), weekends and holidays included.

$ civic query tests/query/protocol.civic 'deadline A11 from 2026-01-05'
[A11] Officer must investigate complaint from Member (promptly)
No due date: 'promptly' is not a fixed period.

$ civic query tests/query/protocol.civic 'explain A2'
[A2] Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days
  tests/query/protocol.civic:22: [A2]  Officer must respond to enquiry from Member within 2 working days
                                         otherwise acknowledge enquiry and give timescale within 5 working days
  This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends an enquiry to an Officer. It is due by the close of the 2nd working day after that day, which does not count (weekends and bank holidays are not working days). If it cannot be met in time, Officer must instead acknowledge enquiry and give timescale within 5 working days; doing so in time meets the duty.

$ civic query tests/query/protocol.civic 'explain A7'
[A7] Chair of the Finance Committee may instruct Town Scribe, when "the committee has delegated it"
  tests/query/protocol.civic:29: [A7]  ChairFinance may instruct Scribe when "the committee has delegated it" overrides [A1]
  This is a permission: it may be done, and need not be.

$ civic query tests/query/protocol.civic 'explain C.3'
[C.3] step 3 of the route for a complaint by Member about Officer [C]: the Chair of the Finance Committee handles it, when it is about a Town Clerk

$ civic query tests/query/protocol.civic 'roles'
Scribe                   Town Scribe — is Officer
ChairFinance             Chair of the Finance Committee — is CommitteeChair
Warden                   Town Warden — is Officer
Council                  the Council
Member                   Member
Chair                    Chair of the Council — is Member
ViceChair                Vice-Chair of the Council — is Member
Mayor                    Mayor — is Chair
DeputyMayor              Deputy Mayor — is ViceChair
CommitteeChair           Chair of a committee — is Member
Leader                   Leader of the Council — is Member
GroupLeader              Leader of a political group — is Member
ExecutiveMember          Executive Member — is Member
Officer                  Officer
Clerk                    Town Clerk — is Officer
DeputyClerk              Deputy Town Clerk — is Officer
RFO                      Responsible Financial Officer — is Officer
HeadOfService            Head of Service — is Officer
ChiefOfficer             Chief Officer — is Officer
ManagingDirector         Managing Director — is ChiefOfficer
MonitoringOfficer        Monitoring Officer (outside the council)
StandardsCommittee       Standards Committee (outside the council)
Public                   member of the public (outside the council)
Media                    the media (outside the council)

$ civic query tests/query/protocol.civic 'clauses'
[A1] Member must not instruct Officer
[A2] Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days
[A3] Member should respond to request from Officer within 3 working days
[A4] Member may speak to the media
[A5] Member should not pressure Officer
[A6] Officer must not disclose information to the media
[A7] Chair of the Finance Committee may instruct Town Scribe, when "the committee has delegated it"
[A8] Town Scribe must report to Member, when it is about a Member
[A9] Member may disclose information to the media
[A10] Member must not disclose advice to the media
[A11] Officer must investigate complaint from Member (promptly)
[A12] Town Clerk must acknowledge complaint from Member within 5 days
[R3] Town Warden may manage Town Scribe
[R4] Town Clerk may manage Officer

$ civic query tests/query/protocol.civic 'who manages Scribe'
Town Warden manages Town Scribe [R3]
Town Clerk manages Officer [R4]

$ civic query tests/query/protocol.civic 'who manages Mayor'
The protocol names nobody who manages Mayor.

$ civic query tests/query/protocol.civic 'holidays 2026'
Holidays in 2026 (England and Wales):
  Thu 1 Jan 2026   New Year's Day
  Fri 3 Apr 2026   Good Friday
  Mon 6 Apr 2026   Easter Monday
  Mon 4 May 2026   Early May bank holiday
  Mon 25 May 2026  Spring bank holiday
  Mon 31 Aug 2026  Summer bank holiday
  Fri 25 Dec 2026  Christmas Day
  Mon 28 Dec 2026  Boxing Day (substitute day)

$ civic query tests/query/protocol.civic 'holidays 2027'
Holidays in 2027 (England and Wales):
  Fri 1 Jan 2027   New Year's Day
  Fri 26 Mar 2027  Good Friday
  Mon 29 Mar 2027  Easter Monday
  Mon 3 May 2027   Early May bank holiday
  Mon 31 May 2027  Spring bank holiday
  Mon 30 Aug 2027  Summer bank holiday
  Mon 27 Dec 2027  Christmas Day (substitute day)
  Tue 28 Dec 2027  Boxing Day (substitute day)

$ civic query tests/query/protocol.civic 'working days between 2025-12-23 and 2026-01-05'
6 working days after 2025-12-23 up to and including 2026-01-05 (England and Wales calendar).

$ civic query tests/query/protocol.civic 'help'
can ROLE ACTION [ROLE]             obliged, forbidden, recommended, discouraged, permitted or unregulated (also asked with must, should, may)
duties of ROLE                     every rule binding the role, inherited ones too
expectations of ROLE from ROLE     what the first can expect of the second
route KIND by ROLE about ROLE      who handles a complaint, grievance or dispute, step by step
who handles KIND about ROLE        the same, for a case raised by anyone
deadline CLAUSE from DATE          the due date under the protocol's calendar (DATE: 2026-12-07, 7 December 2026 or 07/12/2026)
review                             last approval, next review, overdue or not
explain CLAUSE                     the rules of a clause, their source and meaning
roles | clauses | who manages ROLE lists
holidays YEAR                      the calendar's holidays
working days between DATE and DATE count working days

$ civic query --today 2026-11-22 tests/query/protocol.civic review
Query test protocol — Testbury Town Council
  adopted        2019-05-20
  last approved  2023-05-15
  review cycle   every 2 years [Q1]
  next review    2025-05-15 (reviewed every 2 years from 2023-05-15)
Overdue: the review was due on 2025-05-15; today is 2026-11-22.

$ civic query --today 2025-01-01 tests/query/protocol.civic review
Query test protocol — Testbury Town Council
  adopted        2019-05-20
  last approved  2023-05-15
  review cycle   every 2 years [Q1]
  next review    2025-05-15 (reviewed every 2 years from 2023-05-15)
Not overdue as of 2025-01-01.

$ civic query tests/query/protocol.civic 'can Oficer instruct Member'
<query>:1:5: error: unknown role 'Oficer' [unknown-role]
    1 | can Oficer instruct Member
      |     ^~~~~~
hint: did you mean 'Officer'?
[1]

$ civic query tests/query/protocol.civic 'can Member instrukt Officer'
<query>:1:12: error: unknown action 'instrukt' [unknown-action]
    1 | can Member instrukt Officer
      |            ^~~~~~~~
hint: did you mean 'instruct'?
[1]

$ civic query tests/query/protocol.civic 'can Member instruct Zebra'
<query>:1:21: error: unknown role or thing 'Zebra' [unknown-name]
    1 | can Member instruct Zebra
      |                     ^~~~~
hint: ask like 'can Member instruct Officer'
[1]

$ civic query tests/query/protocol.civic 'cna Member instruct Officer'
<query>:1:1: error: unknown query 'cna' [bad-query]
    1 | cna Member instruct Officer
      | ^~~
hint: did you mean 'can'?
hint: 'help' lists the queries
[1]

$ civic query tests/query/protocol.civic 'frobnicate Member'
<query>:1:1: error: unknown query 'frobnicate' [bad-query]
    1 | frobnicate Member
      | ^~~~~~~~~~
hint: 'help' lists the queries
[1]

$ civic query tests/query/protocol.civic ''
<query>:1:1: error: empty query [bad-query]
    1 | 
      | ^
hint: 'help' lists the queries
[1]

$ civic query tests/query/protocol.civic 'can'
<query>:1:4: error: the query ends before naming who acts [bad-query]
    1 | can
      |    ^
hint: name a role, like Member, Officer or Clerk ('roles' lists them)
[1]

$ civic query tests/query/protocol.civic 'duties of'
<query>:1:10: error: the query ends before naming the role [bad-query]
    1 | duties of
      |          ^
hint: name a role, like Member, Officer or Clerk ('roles' lists them)
[1]

$ civic query tests/query/protocol.civic 'expectations of Member'
<query>:1:23: error: write 'expectations of Member from ROLE' [bad-query]
    1 | expectations of Member
      |                       ^
hint: type 'help' for the forms of question
[1]

$ civic query tests/query/protocol.civic 'route compliant by Member about Officer'
<query>:1:7: error: unknown kind of case 'compliant' [unknown-thing]
    1 | route compliant by Member about Officer
      |       ^~~~~~~~~
hint: did you mean 'complaint'?
[1]

$ civic query tests/query/protocol.civic 'route complaint to Member'
<query>:1:17: error: unexpected 'to' [bad-query]
    1 | route complaint to Member
      |                 ^~
hint: write 'route complaint by ROLE about ROLE'
[1]

$ civic query tests/query/protocol.civic 'route complaint by Member about'
<query>:1:32: error: the query ends before naming whom it is about [bad-query]
    1 | route complaint by Member about
      |                                ^
hint: name a role, like Member, Officer or Clerk ('roles' lists them)
[1]

$ civic query tests/query/protocol.civic 'deadline A2'
<query>:1:12: error: write 'deadline A2 from DATE' [bad-query]
    1 | deadline A2
      |            ^
hint: type 'help' for the forms of question
[1]

$ civic query tests/query/protocol.civic 'deadline A2 from'
<query>:1:17: error: the query ends before the date [bad-query]
    1 | deadline A2 from
      |                 ^
hint: write the date as 2025-12-23, 23 December 2025, December 23, 2025 or 23/12/2025 (day first)
[1]

$ civic query tests/query/protocol.civic 'deadline A2 from 2025-02-30'
<query>:1:18: error: 2025-02-30 is not a date: that month has no such day [bad-date]
    1 | deadline A2 from 2025-02-30
      |                  ^~~~~~~~~~
hint: February 2025 has 28 days
[1]

$ civic query tests/query/protocol.civic 'deadline A2 from 2025-13-01'
<query>:1:18: error: 2025-13-01 is not a date: there is no month 13 [bad-date]
    1 | deadline A2 from 2025-13-01
      |                  ^~~~~~~~~~
hint: write the date as 2025-12-23, 23 December 2025, December 23, 2025 or 23/12/2025 (day first)
[1]

$ civic query tests/query/protocol.civic 'deadline A2 from tomorrow'
<query>:1:18: error: 'tomorrow' is not a date [bad-date]
    1 | deadline A2 from tomorrow
      |                  ^~~~~~~~
hint: write the date as 2025-12-23, 23 December 2025, December 23, 2025 or 23/12/2025 (day first)
[1]

$ civic query tests/query/protocol.civic 'deadline A1 from 2026-01-05'
<query>:1:10: error: clause [A1] sets no deadline [no-deadline]
    1 | deadline A1 from 2026-01-05
      |          ^~
hint: 'explain A1' shows what the clause says
[1]

$ civic query tests/query/protocol.civic 'deadline A22 from 2026-01-01'
<query>:1:10: error: no rule has clause [A22] [unknown-clause]
    1 | deadline A22 from 2026-01-01
      |          ^~~
hint: did you mean [A2]?
[1]

$ civic query tests/query/protocol.civic 'explain Z9'
<query>:1:9: error: no rule has clause [Z9] [unknown-clause]
    1 | explain Z9
      |         ^~
hint: did you mean [A9]?
[1]

$ civic query tests/query/protocol.civic 'holidays'
<query>:1:9: error: write 'holidays YEAR', like 'holidays 2026' [bad-query]
    1 | holidays
      |         ^
hint: type 'help' for the forms of question
[1]

$ civic query tests/query/protocol.civic 'holidays 1800'
<query>:1:10: error: year 1800 is out of range [bad-year]
    1 | holidays 1800
      |          ^~~~
hint: Civic handles years from 1900 to 2200
[1]

$ civic query tests/query/protocol.civic 'help me'
<query>:1:6: error: unexpected 'me' at the end of the query [bad-query]
    1 | help me
      |      ^~
hint: type 'help' for the forms of question
[1]

$ civic query tests/check/conflict.civic 'can Chair instruct Officer'
tests/check/conflict.civic:7:1: error: [4.2] says Chair of the Council may instruct, but [4.1] says Member must not instruct [conflict]
    7 | [4.2] Chair may instruct Officer
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: if this rule is an exception, add 'overrides [4.1]' to it
tests/check/conflict.civic:18:1: error: [4.13] says Town Clerk must not respond, but [4.12] says Officer must respond [conflict]
   18 | [4.13] Clerk must not respond to enquiry from Member
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: if this rule is an exception, add 'overrides [4.12]' to it
[1]

$ civic query tests/check/no-such-file.civic roles
civic: cannot read 'tests/check/no-such-file.civic': No such file or directory
[2]

$ civic query --today 2026-12-23 protocols/houghton-regis.civic 'deadline 10.2 from today'
[10.2] Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 2 working days
From Wed 23 Dec 2026: due by the close of Tue 29 Dec 2026 (England and Wales calendar).
Counted in working days from the day after 2026-12-23 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 2nd working day.
Not counted: Fri 25 Dec 2026 — Christmas Day, Mon 28 Dec 2026 — Boxing Day.
Otherwise (acknowledge enquiry and give timescale): by the close of Tue 29 Dec 2026.

$ civic query tests/query/three-deadlines.civic 'deadline 7 from 2026-04-01'
[7] Officer must respond to enquiry from Member within 2 working days
From Wed 1 Apr 2026: due by the close of Tue 7 Apr 2026 (England and Wales calendar).
Counted in working days from the day after 2026-04-01 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 2nd working day.
Not counted: Fri 3 Apr 2026 — Good Friday, Mon 6 Apr 2026 — Easter Monday.

[7] Member should respond to request from Officer within 5 working days
From Wed 1 Apr 2026: due by the close of Fri 10 Apr 2026 (England and Wales calendar).
Counted in working days from the day after 2026-04-01 (the day of the request itself does not count), on the England and Wales calendar: due by the close of the 5th working day.
Not counted: Fri 3 Apr 2026 — Good Friday, Mon 6 Apr 2026 — Easter Monday.

[7] Member should respond to enquiry from Officer (promptly)
No due date: 'promptly' is not a fixed period.

$ civic query tests/query/conditions.civic 'can Member comment HeadOfService'
Permitted. [2] Member may comment Head of Service
  not here: the rule holds unless it is addressed to a Head of Service — discouraged: [1] Member should not comment Officer, unless it is addressed to a Head of Service

$ civic query tests/query/conditions.civic 'can Member comment Officer'
Discouraged, unless it is addressed to a Head of Service. [1] Member should not comment Officer, unless it is addressed to a Head of Service
  towards a Head of Service — permitted: [2] Member may comment Head of Service

$ civic query tests/query/conditions.civic 'can Officer manage Clerk'
Unregulated: the protocol says nothing about whether an Officer may manage a Town Clerk.
  not here: the rule holds unless it is addressed to a Town Clerk — permitted: [3] Officer may manage Officer, unless it is addressed to a Town Clerk

$ civic query tests/query/conditions.civic 'can Officer manage DeputyClerk'
Permitted. [3] Officer may manage Officer, unless it is addressed to a Town Clerk

$ civic query tests/query/conditions.civic 'can Chair instruct Officer'
Unregulated: the protocol says nothing about whether a Chair of the Council may instruct an Officer.
  not here: the rule holds unless it is by a Chair of the Council — forbidden: [4] Member must not instruct Officer, unless it is by a Chair of the Council

$ civic query tests/query/conditions.civic 'can Member instruct Officer'
Forbidden, unless it is by a Chair of the Council. [4] Member must not instruct Officer, unless it is by a Chair of the Council

$ civic query tests/query/protocol.civic 'can Officers respond to enquiries from Members'
Obliged. [A2] Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days

$ civic query tests/query/protocol.civic 'can Officer seek support from Member'
Unregulated: the protocol says nothing about whether an Officer may seek support from a Member.

$ civic query tests/query/raisers.civic 'who handles complaint about Officer'
A complaint by a Member about an Officer [M]:
  1. [M.1] Town Clerk

A complaint by a member of the public about an Officer [P]:
  1. [P.1] the parties, informally
  2. [P.2] Town Clerk, within 20 working days

$ civic query tests/query/raisers.civic 'route complaint by Public about Clerk'
A complaint by a member of the public about a Town Clerk [P]:
  1. [P.1] the parties, informally
  -  [P.2] Town Clerk: skipped — the Town Clerk is the subject of the complaint, and nobody handles a case about themselves
No formal step applies: if it is not settled informally, the protocol names no one else to take it.

$ civic query tests/query/protocol.civic 'route complaint by Mayor about Clerk'
A complaint by a Mayor about a Town Clerk [C]:
  1. [C.1] the parties, informally (with the help of Deputy Town Clerk)
  -  [C.2] Town Clerk: skipped — the Town Clerk is the subject of the complaint, and nobody handles a case about themselves
  2. [C.3] Chair of the Finance Committee
  3. [C.4] the council's disciplinary procedure

$ civic query protocols/houghton-regis.civic 'explain [4.3] (model [MP-6])'
[4.3] (model [MP-6]) Member must not bully (towards Officer)
  <stdlib>/model-protocol.civic:81:   [MP-6]  not bully
  This is a prohibition: doing it is a breach of the protocol.
[4.3] (model [MP-6]) Member must not pressure (towards Officer)
  <stdlib>/model-protocol.civic:83:   [MP-6]  not pressure
  This is a prohibition: doing it is a breach of the protocol.

$ civic query --today 2026-12-02 tests/scenarios/labels.civic 'explain 3.1'
[2.4, 3.1] Officer must respond to enquiry from Member within 2 working days
  tests/scenarios/labels.civic:12: [2.4, 3.1] Officer must respond to enquiry from Member within 2 working days
  This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends an enquiry to an Officer. It is due by the close of the 2nd working day after that day, which does not count (weekends and bank holidays are not working days).

$ civic query --today 2026-12-02 tests/scenarios/labels.civic 'explain Section two/5.7'
[Section two/3, 5.7] Member should not instruct Officer
  tests/scenarios/labels.civic:13: [Section two/3, 5.7] Member should not instruct Officer
  This is discouraged: doing it is a departure, to be explained, not a breach.

$ civic query --today 2026-12-02 tests/scenarios/labels.civic 'explain Section two/7'
[Section two/6, 7] step 1 of the route for a complaint by Member about Officer [Section two/6]: the parties try to settle it informally
[Section two/7] step 2 of the route for a complaint by Member about Officer [Section two/6]: the Town Clerk handles it

$ civic query --today 2026-12-02 tests/scenarios/labels.civic 'explain [Section two/10]'
[Section two/10] the protocol is reviewed every 1 year ('review' says more)

$ civic query --today 2026-12-02 tests/scenarios/labels.civic 'explain Section two/8'
[Section two/8] the role Scribe (Town Scribe)
  tests/scenarios/labels.civic:14: [Section two/8] role Scribe "Town Scribe" is Officer

$ civic query --today 2026-12-02 tests/query/protocol.civic 'explain Q1'
[Q1] the protocol is reviewed every 2 years; the next review is due by 2025-05-15, and is overdue ('review' says more)

$ civic query --today 2026-12-02 tests/query/protocol.civic 'explain R1'
[R1] the role Scribe (Town Scribe)
  tests/query/protocol.civic:15: [R1] role Scribe "Town Scribe" is Officer aka Recorder, "minute taker"

$ civic query --json --today 2026-12-02 tests/query/protocol.civic 'explain R1'
{
  "kind": "explain",
  "query": "explain R1",
  "clause": "R1",
  "norms": [],
  "steps": [],
  "definitions": [
    {
      "role": "Scribe",
      "name": "Town Scribe",
      "file": "tests/query/protocol.civic",
      "line": 15,
      "source": "[R1] role Scribe \"Town Scribe\" is Officer aka Recorder, \"minute taker\""
    }
  ],
  "lines": [],
  "diagnostics": [],
  "ok": true
}

