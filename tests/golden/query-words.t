# Questions as a clerk types them (tests/query/words.civic): a modal word for
# 'can', "deals with" for "handles", the same act in other words ("give
# advice" is advise), dates as people write them, role names with "of".

$ civic query tests/query/words.civic 'must Officer respond to enquiry from Member'
Obliged. [W2] Officer must respond to enquiry from Member within 2 working days

$ civic query tests/query/words.civic 'should Member respond to request from Officer'
Recommended. [W6] Member should respond to request from Officer within 3 working days

$ civic query tests/query/words.civic 'May councillors speak to the media?'
Permitted. [W7] Member may speak to the media

$ civic query tests/query/words.civic 'will Member instruct Officer'
Forbidden. [W1] Member must not instruct Officer

$ civic query tests/query/words.civic --json 'shall Member instruct Officer'
{
  "kind": "can",
  "query": "shall Member instruct Officer",
  "role": "Member",
  "action": "instruct",
  "counterpart": "Officer",
  "thing": null,
  "verdict": "forbidden",
  "conditional": false,
  "conflict": false,
  "clauses": [
    "W1"
  ],
  "conditions": [],
  "norms": [
    {
      "clause": "W1",
      "modality": "must not",
      "subject": "Member",
      "action": "instruct",
      "counterpart": "Officer",
      "thing": null,
      "deadline": null,
      "condition": null,
      "text": "Member must not instruct Officer",
      "file": "tests/query/words.civic",
      "line": 16,
      "applies": "always"
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query tests/query/words.civic 'who deals with complaint about Clerk'
A complaint by a Member about a Town Clerk [C]:
  -  [C.1] Town Clerk: skipped — the Town Clerk is the subject of the complaint, and nobody handles a case about themselves
  1. [C.2] Chair of Corporate Services Committee

$ civic query tests/query/words.civic 'who deals complaint about Clerk'
<query>:1:5: error: 'who' is followed by 'handles' or 'manages' here [bad-query]
    1 | who deals complaint about Clerk
      |     ^~~~~
hint: write 'who handles KIND about ROLE' or 'who manages ROLE'
[1]

$ civic query tests/query/words.civic 'duties of Chair of Corporate Services Committee'
Duties of Chair of Corporate Services Committee:
  [W5] Chair of Corporate Services Committee must inform Member of complaint, when it is about a Town Clerk
As Member:
  [W1] Member must not instruct Officer
  [W6] Member should respond to request from Officer within 3 working days
  [W7] Member may speak to the media

$ civic query tests/query/words.civic 'can Chair of Corporate Services Committee inform Member'
Obliged, when it is about a Town Clerk. [W5] Chair of Corporate Services Committee must inform Member of complaint, when it is about a Town Clerk

$ civic query tests/query/words.civic 'who handles complaint about the Chair of Corporate Services Committee'
A complaint by an Officer about a Chair of Corporate Services Committee [D]:
  1. [D.1] Town Clerk
  2. [D.2] Monitoring Officer

$ civic query tests/query/words.civic 'can Chair of a committee instruct Officer'
Forbidden. [W1] Member must not instruct Officer

$ civic query tests/query/words.civic 'can Officer give advice to Member'
Obliged. [W3] Officer must advise Member

$ civic query tests/query/words.civic 'can Officer advise Member'
Obliged. [W3] Officer must advise Member

$ civic query tests/query/words.civic 'can councillors give instructions to officers'
Forbidden. [W1] Member must not instruct Officer

$ civic query tests/query/words.civic 'can Member give an instruction to the Clerk'
Forbidden. [W1] Member must not instruct Officer

$ civic query tests/query/words.civic 'can Officer provide information to Member'
Obliged. [W4] Officer must inform Member

$ civic query tests/query/words.civic 'can Officer inform Member'
Obliged. [W4] Officer must inform Member

$ civic query tests/query/words.civic --json 'can Officer give information to Member'
{
  "kind": "can",
  "query": "can Officer give information to Member",
  "role": "Officer",
  "action": "inform",
  "counterpart": "Member",
  "thing": null,
  "verdict": "obliged",
  "conditional": false,
  "conflict": false,
  "clauses": [
    "W4"
  ],
  "conditions": [],
  "norms": [
    {
      "clause": "W4",
      "modality": "must",
      "subject": "Officer",
      "action": "inform",
      "counterpart": "Member",
      "thing": null,
      "deadline": null,
      "condition": null,
      "text": "Officer must inform Member",
      "file": "tests/query/words.civic",
      "line": 19,
      "applies": "always"
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query tests/query/words.civic 'can Officer comply with request from Member'
Recommended. [W8] Officer should comply request from Member

$ civic query tests/query/words.civic 'can Officer give timescale to Member'
Unregulated: the protocol says nothing about whether an Officer may give a timescale to a Member.

$ civic query tests/query/words.civic 'clauses'
[W1] Member must not instruct Officer
[W2] Officer must respond to enquiry from Member within 2 working days
[W3] Officer must advise Member
[W4] Officer must inform Member
[W5] Chair of Corporate Services Committee must inform Member of complaint, when it is about a Town Clerk
[W6] Member should respond to request from Officer within 3 working days
[W7] Member may speak to the media
[W8] Officer should comply request from Member

$ civic run --today 2026-11-22 tests/query/words.civic
scenario "a Member gives an officer an instruction" (tests/query/words.civic:36)
2026-01-12        event      alice gives an instruction to bob
2026-01-12        breached   [W1] alice did instruct bob, which the protocol forbids
2026-01-12        expect     ok: [W1] breached by alice
result: 1 of 1 expectations met; 0 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open

$ civic query tests/query/words.civic 'deadline W2 from 7 December 2026'
[W2] Officer must respond to enquiry from Member within 2 working days
From Mon 7 Dec 2026: due by the close of Wed 9 Dec 2026 (England and Wales calendar).
Counted in working days from the day after 2026-12-07 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 2nd working day.

$ civic query tests/query/words.civic 'deadline W2 from 7th Dec 2026'
[W2] Officer must respond to enquiry from Member within 2 working days
From Mon 7 Dec 2026: due by the close of Wed 9 Dec 2026 (England and Wales calendar).
Counted in working days from the day after 2026-12-07 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 2nd working day.

$ civic query tests/query/words.civic 'deadline W2 from December 7, 2026'
[W2] Officer must respond to enquiry from Member within 2 working days
From Mon 7 Dec 2026: due by the close of Wed 9 Dec 2026 (England and Wales calendar).
Counted in working days from the day after 2026-12-07 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 2nd working day.

$ civic query tests/query/words.civic 'deadline W2 from 07/12/2026'
[W2] Officer must respond to enquiry from Member within 2 working days
From Mon 7 Dec 2026: due by the close of Wed 9 Dec 2026 (England and Wales calendar).
Counted in working days from the day after 2026-12-07 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 2nd working day.

$ civic query tests/query/words.civic 'working days between 1/12/2026 and 4 January 2027'
21 working days after 2026-12-01 up to and including 2027-01-04 (England and Wales calendar).

$ civic query tests/query/words.civic --json 'deadline W2 from 7 Dec 2026'
{
  "kind": "deadline",
  "query": "deadline W2 from 7 Dec 2026",
  "clause": "W2",
  "from": "2026-12-07",
  "within": "2 working days",
  "due": "2026-12-09",
  "counting": "counted in working days from the day after 2026-12-07 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 2nd working day",
  "calendar": "england-and-wales",
  "rule": "Officer must respond to enquiry from Member within 2 working days",
  "excluded": [],
  "deadlines": [],
  "diagnostics": [],
  "ok": true
}

$ civic query tests/query/words.civic 'deadline W2 from 31/02/2026'
<query>:1:18: error: 31/02/2026 is not a date: that month has no such day [bad-date]
    1 | deadline W2 from 31/02/2026
      |                  ^~~~~~~~~~
hint: February 2026 has 28 days
[1]

$ civic query tests/query/words.civic 'deadline W2 from 31 February 2026'
<query>:1:18: error: 31 February 2026 is not a date: that month has no such day [bad-date]
    1 | deadline W2 from 31 February 2026
      |                  ^~~~~~~~~~~~~~~~
hint: February 2026 has 28 days
[1]

$ civic query tests/query/words.civic 'deadline W2 from 13/13/2026'
<query>:1:18: error: 13/13/2026 is not a date: there is no month 13 [bad-date]
    1 | deadline W2 from 13/13/2026
      |                  ^~~~~~~~~~
hint: write the date as 2025-12-23, 23 December 2025, December 23, 2025 or 23/12/2025 (day first)
[1]

$ civic query --today 2026-11-22 tests/query/words.civic 'deadline W2 from 7 December'
<query>:1:18: error: a date needs its year: '7 December' [bad-date]
    1 | deadline W2 from 7 December
      |                  ^~~~~~~~~~
hint: write it with the year, like '7 December 2026'
[1]

$ civic query tests/query/words.civic 'deadline W2 from 7 Decembr 2026'
<query>:1:18: error: '7' is not a date [bad-date]
    1 | deadline W2 from 7 Decembr 2026
      |                  ^
hint: write the date as 2025-12-23, 23 December 2025, December 23, 2025 or 23/12/2025 (day first)
[1]

$ civic query tests/query/words.civic 'can Chairman of committee instruct Officer'
<query>:1:5: error: unknown role 'Chairman of committee' [unknown-role]
    1 | can Chairman of committee instruct Officer
      |     ^~~~~~~~~~~~~~~~~~~~~
hint: did you mean 'Committee Chairman'?
hint: 'roles' lists the roles of this protocol, with their display names
[1]

$ civic query tests/query/words.civic 'duties of Chair of Corporate Services'
<query>:1:11: error: unknown role 'Chair of Corporate Services' [unknown-role]
    1 | duties of Chair of Corporate Services
      |           ^~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: did you mean 'Chair of Corporate Services Committee'?
hint: 'roles' lists the roles of this protocol, with their display names
[1]

$ civic query tests/query/words.civic 'who handles complaint about Chair of Finance'
<query>:1:29: error: unknown role 'Chair of Finance' [unknown-role]
    1 | who handles complaint about Chair of Finance
      |                             ^~~~~~~~~~~~~~~~
hint: 'roles' lists the roles of this protocol, with their display names
[1]

$ civic query tests/query/words.civic 'can Member phone Officer'
<query>:1:12: error: unknown action 'phone' [unknown-action]
    1 | can Member phone Officer
      |            ^~~~~
hint: the rules on Member towards Officer are about: instruct, respond ('duties of Member' lists them)
hint: if 'phone' means one of these, the protocol can say so: 'ACTION aka phone'
[1]

$ civic query tests/query/words.civic 'can Member phone'
<query>:1:12: error: unknown action 'phone' [unknown-action]
    1 | can Member phone
      |            ^~~~~
hint: the rules on Member are about: instruct, respond, speak ('duties of Member' lists them)
hint: if 'phone' means one of these, the protocol can say so: 'ACTION aka phone'
[1]

$ civic query tests/query/words.civic 'can Member ask Officer'
<query>:1:12: error: unknown action 'ask' [unknown-action]
    1 | can Member ask Officer
      |            ^~~
hint: did you mean 'ask-party-political-work'?
[1]

$ civic test tests/query/modal-expect.civic
1 passed, 0 failed

