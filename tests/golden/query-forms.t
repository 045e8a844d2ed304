# The answers to the forms councils write (tests/query/forms.civic): relations,
# seniority and 'depends', only, target and cap, counts as, and/or, possibly,
# referrals out, dates as written, a council's own names and parents.

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Clerk instruct Officer'
Permitted: a Parish Clerk ranks above an Officer [S1]. [S2] Officer may instruct Officer, when the Officer is junior to them
  not here: the rule holds unless the Officer is junior to them — forbidden: [S2] Officer must not instruct Officer, unless the Officer is junior to them (only as [S2] says)

$ civic query --today 2026-11-22 tests/query/forms.civic 'can DeputyClerk instruct RFO'
Depends on how a Deputy Town Clerk and a Responsible Financial Officer rank: the order of seniority puts neither above the other. [S2] Officer must not instruct Officer, unless the Officer is junior to them (only as [S2] says)
  when the Officer is junior to them — permitted: [S2] Officer may instruct Officer, when the Officer is junior to them

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Officer instruct Officer'
Depends on which of the two is the more senior: the order of seniority ranks every Officer alike. [S2] Officer must not instruct Officer, unless the Officer is junior to them (only as [S2] says)
  when the Officer is junior to them — permitted: [S2] Officer may instruct Officer, when the Officer is junior to them

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Member appoint Officer'
Forbidden. [S3] Member must not appoint Officer (only the Parish Clerk may, [S3])

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Clerk appoint Officer'
Permitted. [S3] only Parish Clerk may appoint Officer
  not here: the rule holds except for a Parish Clerk — forbidden: [S3] Officer must not appoint Officer, except for a Parish Clerk (only the Parish Clerk may, [S3])

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Mayor chair meeting'
Permitted. [S4] Member with a special responsibility may chair meeting

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Clerk inform Member of complaint'
Recommended. [D5] Officer should inform Member of complaint

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Member act-as Clerk'
Depends on whether a Parish Clerk is what [D7] means by "a witness" (the rule names no role). [D7] Member may act as "a witness"

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Member act-as'
Permitted. [D7] Member may act as "a witness"

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Officer inform line-manager'
Recommended. [L3] Officer should inform their line manager "of a close personal relationship with a Member"

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Officer inform their line manager'
Recommended. [L3] Officer should inform their line manager "of a close personal relationship with a Member"

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Officer inform Officer'
Recommended, when the Officer is their line manager. [L3] Officer should inform their line manager "of a close personal relationship with a Member"

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Member report complaint to line-manager of Officer'
Permitted. [L4] Member may report complaint to the line manager of the Officer it is about

$ civic query --today 2026-11-22 tests/query/forms.civic 'can Clerk inform head-of-service'
<query>:1:18: error: a Parish Clerk has no 'head-of-service' [L2] [bad-query]
    1 | can Clerk inform head-of-service
      |                  ^~~~~~~~~~~~~~~
hint: name whose it is, like 'head-of-service of Officer'
[1]

$ civic query --today 2026-11-22 tests/query/forms.civic 'deadline D1 from 2025-12-23'
[D1] Officer must respond to enquiry from Member as soon as possible, and at the latest within 10 working days
From Tue 23 Dec 2025: due by the close of Fri 9 Jan 2026 at the latest (England and Wales calendar); sooner if possible.
Counted in working days from the day after 2025-12-23 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 10th working day.
Not counted: Thu 25 Dec 2025 — Christmas Day, Fri 26 Dec 2025 — Boxing Day, Thu 1 Jan 2026 — New Year's Day.

$ civic query --today 2026-11-22 tests/query/forms.civic 'deadline D2 from 2025-12-23'
[D2] Officer must acknowledge complaint from Member within 5 working days if possible, and at the latest within 10 working days
From Tue 23 Dec 2025: due by the close of Fri 9 Jan 2026 at the latest (England and Wales calendar); sooner if possible: within 5 working days, by the close of Fri 2 Jan 2026.
Counted in working days from the day after 2025-12-23 (the day of the complaint itself does not count), on the England and Wales calendar: due by the close of the 10th working day.
Not counted: Thu 25 Dec 2025 — Christmas Day, Fri 26 Dec 2025 — Boxing Day, Thu 1 Jan 2026 — New Year's Day.

$ civic query --today 2026-11-22 tests/query/forms.civic 'route complaint by Member about Officer'
A complaint by a Member about an Officer [C]:
  1. [C.1] the parties, informally (with the help of Parish Clerk)
  2. [C.2] the Head of Service responsible for the Officer complained about
  3. [C.3] Parish Clerk and/or Chair of the Council
  4. [C.4] the Council (possibly)

$ civic query --today 2026-11-22 tests/query/forms.civic 'route complaint by Member about Clerk'
A complaint by a Member about a Parish Clerk [C]:
  1. [C.1] the parties, informally
  -  [C.2] the Head of Service responsible for the Parish Clerk complained about: skipped — a Parish Clerk has no 'head-of-service' [L2]
  2. [C.3] Chair of the Council (the Parish Clerk is the subject of the complaint, and nobody handles a case about themselves; so the Chair of the Council)
  3. [C.4] the Council (possibly)

$ civic query --today 2026-11-22 tests/query/forms.civic 'route complaint about Member'
A complaint about a Member [M]:
  1. [M.1] referred out of this protocol to the Monitoring Officer, under a Code of Conduct complaint to the Monitoring Officer

$ civic query --today 2026-11-22 tests/query/forms.civic 'route grievance by Officer about Member'
A grievance by an Officer about a Member [G]:
  1. [G.1] Parish Clerk
  2. [G.2] the council's grievance procedure and/or referred out of this protocol to the Monitoring Officer

$ civic query --today 2026-11-22 tests/query/forms.civic 'who manages Officer'
The line manager of the Officer [L1]; for the Parish Clerk: the Council [L1]

$ civic query --today 2026-11-22 tests/query/forms.civic 'who manages Clerk'
The line manager of the Parish Clerk: the Council [L1]

$ civic query --today 2026-11-22 tests/query/forms.civic 'review'
Forms test protocol — Formsbury Town Council
  adopted        May 2019
  last approved  not stated
  last reviewed  June 2025
  last updated   December 2022
  overseen by    the Standards Committee [F1]
  review cycle   every 2 years [F1]
  next review    2027-06-30 (reviewed every 2 years from June 2025)
Not overdue as of 2026-11-22.

$ civic query --today 2026-11-22 tests/query/forms.civic 'explain D4'
[D4] to respond to enquiry counts as to acknowledge enquiry: doing it meets the duty to acknowledge enquiry ([D3]) as well as its own ([D1]); a duty already breached stays breached
  tests/query/forms.civic:41: [D4] respond to enquiry counts as acknowledge enquiry

$ civic query --today 2026-11-22 tests/query/forms.civic 'explain L1'
[L1] the line manager of an Officer is an Officer (a relation of the people in a case)
  tests/query/forms.civic:25: [L1] relation line-manager "line manager" of Officer is Officer
[L1] the line manager of a Parish Clerk is the Council (an exception)
  tests/query/forms.civic:26: [L1] relation line-manager of Clerk is Council
[L1] the line manager manages the one they are line manager of ('who manages Officer' lists it)
  tests/query/forms.civic:27: [L1] line-manager manages Officer

$ civic query --today 2026-11-22 tests/query/forms.civic 'explain S3'
[S3] only Parish Clerk may appoint Officer
  tests/query/forms.civic:33: [S3] only Clerk may appoint Officer
  This is a permission: it may be done, and need not be.
[S3] the Council must not appoint Officer (only the Parish Clerk may, [S3])
  tests/query/forms.civic:33: [S3] only Clerk may appoint Officer
  This is a prohibition: doing it is a breach of the protocol.
[S3] Member must not appoint Officer (only the Parish Clerk may, [S3])
  tests/query/forms.civic:33: [S3] only Clerk may appoint Officer
  This is a prohibition: doing it is a breach of the protocol.
[S3] Officer must not appoint Officer, except for a Parish Clerk (only the Parish Clerk may, [S3])
  tests/query/forms.civic:33: [S3] only Clerk may appoint Officer
  This is a prohibition: doing it is a breach of the protocol.

$ civic query --today 2026-11-22 tests/query/forms.civic 'explain F1'
[F1] the protocol is reviewed every 2 years; the next review is due by 2027-06-30 ('review' says more)
[F1] the protocol is overseen by the Standards Committee
  tests/query/forms.civic:14:   overseen by StandardsCommittee [F1]

$ civic query --today 2026-11-22 tests/query/forms.civic 'explain D6'
[D6] Member must not instruct Officer, when it is about a Parish Clerk
  tests/query/forms.civic:43: [D6] Member must not instruct Officer
                                     when about Clerk
  This is a prohibition: doing it is a breach of the protocol.

$ civic query --json --today 2026-11-22 tests/query/forms.civic 'can Member act-as Clerk'
{
  "kind": "can",
  "query": "can Member act-as Clerk",
  "role": "Member",
  "action": "act-as",
  "counterpart": "Clerk",
  "thing": null,
  "verdict": "depends",
  "conditional": true,
  "conflict": false,
  "depends_on": "whether a Parish Clerk is what [D7] means by \"a witness\" (the rule names no role)",
  "clauses": [
    "D7"
  ],
  "conditions": [
    "if a Parish Clerk is what the rule means by \"a witness\""
  ],
  "norms": [
    {
      "clause": "D7",
      "modality": "may",
      "subject": "Member",
      "action": "act-as",
      "counterpart": null,
      "thing": null,
      "deadline": null,
      "condition": null,
      "text": "Member may act as \"a witness\"",
      "file": "tests/query/forms.civic",
      "line": 45,
      "applies": "if a Parish Clerk is what the rule means by \"a witness\""
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/query/forms.civic 'can Officer inform line-manager'
{
  "kind": "can",
  "query": "can Officer inform line-manager",
  "role": "Officer",
  "action": "inform",
  "counterpart": "Officer",
  "thing": null,
  "verdict": "recommended",
  "conditional": false,
  "conflict": false,
  "counterpart_relation": "line-manager",
  "clauses": [
    "L3"
  ],
  "conditions": [],
  "norms": [
    {
      "clause": "L3",
      "modality": "should",
      "subject": "Officer",
      "action": "inform",
      "counterpart": "Officer",
      "thing": null,
      "deadline": null,
      "condition": null,
      "text": "Officer should inform their line manager \"of a close personal relationship with a Member\"",
      "file": "tests/query/forms.civic",
      "line": 63,
      "applies": "always"
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/query/forms.civic 'route grievance by Officer about Member'
{
  "kind": "route",
  "query": "route grievance by Officer about Member",
  "case": "grievance",
  "by": "Officer",
  "about": "Member",
  "route_clause": "G",
  "route": "grievance by Officer about Member",
  "steps": [
    {
      "clause": "G.1",
      "handler": "Clerk",
      "handler_name": "Parish Clerk",
      "kind": "role",
      "within": null,
      "condition": null,
      "note": null
    },
    {
      "clause": "G.2",
      "handler": "MonitoringOfficer",
      "handler_name": "the council's grievance procedure and/or referred out of this protocol to the Monitoring Officer",
      "alternatives": [
        "grievance-procedure",
        "MonitoringOfficer"
      ],
      "kind": "role",
      "within": null,
      "condition": null,
      "note": null,
      "choice": true,
      "referral": true,
      "under": null
    }
  ],
  "skipped": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/query/forms.civic 'deadline D2 from 2025-12-23'
{
  "kind": "deadline",
  "query": "deadline D2 from 2025-12-23",
  "clause": "D2",
  "from": "2025-12-23",
  "within": "10 working days",
  "due": "2026-01-09",
  "sooner_if_possible": true,
  "target": "within 5 working days",
  "target_due": "2026-01-02",
  "counting": "counted in working days from the day after 2025-12-23 (the day of the complaint itself does not count), on the England and Wales calendar: due by the close of the 10th working day",
  "calendar": "england-and-wales",
  "rule": "Officer must acknowledge complaint from Member within 5 working days if possible, and at the latest within 10 working days",
  "excluded": [
    {
      "date": "2025-12-25",
      "name": "Christmas Day"
    },
    {
      "date": "2025-12-26",
      "name": "Boxing Day"
    },
    {
      "date": "2026-01-01",
      "name": "New Year's Day"
    }
  ],
  "deadlines": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/query/forms.civic 'who manages Officer'
{
  "kind": "who-manages",
  "query": "who manages Officer",
  "role": "Officer",
  "managers": [
    {
      "role": "Officer",
      "name": "the line manager of the Officer",
      "clause": "L1",
      "relation": "line-manager",
      "exceptions": [
        {
          "of": "Clerk",
          "is": "Council",
          "clause": "L1"
        }
      ]
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/query/forms.civic 'review'
{
  "kind": "review",
  "query": "review",
  "council": "Formsbury Town Council",
  "adopted": "2019-05-31",
  "last_approved": null,
  "last_reviewed": "2025-06-30",
  "cycle": "every 2 years",
  "clause": "F1",
  "next_due": "2027-06-30",
  "overdue": false,
  "today": "2026-11-22",
  "basis": "reviewed every 2 years from June 2025",
  "as_written": {
    "adopted": "May 2019",
    "last_approved": "not stated",
    "last_reviewed": "June 2025",
    "updated": "December 2022"
  },
  "unknown": [
    "approved"
  ],
  "overseen_by": "StandardsCommittee",
  "overseen_by_clause": "F1",
  "diagnostics": [],
  "ok": true
}

$ civic check --today 2026-11-22 tests/query/forms.civic
tests/query/forms.civic: ok (22 roles, 15 rules, 3 routes, 0 scenarios)

$ civic check tests/check/forms-errors.civic
tests/check/forms-errors.civic:4:33: error: unknown action 'frobnicate' [unknown-action]
    4 | [1] Member, Officer, Clerk must frobnicate Media
      |                                 ^~~~~~~~~~
hint: declare it with 'action frobnicate'
tests/check/forms-errors.civic:5:45: warning: this gives every Officer a line manager who is an Officer too, the most senior included [relation-no-top]
    5 | [2] relation line-manager "line manager" of Officer is
      |                                             ^~~~~~~
hint: say whose is not: 'relation line-manager of ROLE is nobody' (or the role they answer to), for the most senior Officer
tests/check/forms-errors.civic:7:45: warning: this gives every Member a group leader who is a Member too, the most senior included [relation-no-top]
    7 | [3] relation group-leader "group leader" of Member is Member
      |                                             ^~~~~~
hint: say whose is not: 'relation group-leader of ROLE is nobody' (or the role they answer to), for the most senior Member
tests/check/forms-errors.civic:9:17: error: the 'head-of-service' is of Officer, not of Member [bad-relation]
    9 | [5] Member must inform head-of-service of complaint
      |                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: name whose it is: 'head-of-service of Officer'
tests/check/forms-errors.civic: 2 errors, 2 warnings
[1]

$ civic query tests/query/kinds.civic 'route concern by Member about Clerk'
A concern by a Member about a Town Clerk [12]:
  -  [12.1] Town Clerk: skipped — the Town Clerk is the subject of the concern, and nobody handles a case about themselves
  1. [12.2] Chair of the Council

$ civic query tests/query/kinds.civic 'explain 12.1'
[12.1] step 1 of the route for a complaint by Member about Officer [12]: the Town Clerk handles it
[12.1] step 1 of the route for a concern by Member about Officer [12]: the Town Clerk handles it

$ civic query tests/query/kinds.civic 'who handles grievance about Officer'
A grievance about an Officer: no route in this protocol covers it.

