# civic query --json: every query form as JSON, and the keys DESIGN.md
# promises checked by tests/query/keys.sh.

$ sh tests/query/keys.sh
ok can: verdict clauses
ok duties: role norms.clause norms.modality norms.action
ok expectations: norms norms.clause norms.modality norms.action
ok route: steps.clause steps.handler steps.handler_name
ok deadline: clause due
ok review: next_due overdue
ok explain: clause norms norms.clause norms.modality norms.action

$ civic query --json tests/query/protocol.civic 'can Member instruct Officer'
{
  "kind": "can",
  "query": "can Member instruct Officer",
  "role": "Member",
  "action": "instruct",
  "counterpart": "Officer",
  "thing": null,
  "verdict": "forbidden",
  "conditional": false,
  "conflict": false,
  "clauses": [
    "A1",
    "A7"
  ],
  "conditions": [
    "when the Member is a Chair of the Finance Committee, towards a Town Scribe, when \"the committee has delegated it\""
  ],
  "norms": [
    {
      "clause": "A1",
      "modality": "must not",
      "subject": "Member",
      "action": "instruct",
      "counterpart": "Officer",
      "thing": null,
      "deadline": null,
      "condition": null,
      "text": "Member must not instruct Officer",
      "file": "tests/query/protocol.civic",
      "line": 21,
      "applies": "always"
    },
    {
      "clause": "A7",
      "modality": "may",
      "subject": "ChairFinance",
      "action": "instruct",
      "counterpart": "Scribe",
      "thing": null,
      "deadline": null,
      "condition": "when \"the committee has delegated it\"",
      "text": "Chair of the Finance Committee may instruct Town Scribe, when \"the committee has delegated it\"",
      "file": "tests/query/protocol.civic",
      "line": 29,
      "applies": "when the Member is a Chair of the Finance Committee, towards a Town Scribe, when \"the committee has delegated it\""
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'can Scribe report to Member'
{
  "kind": "can",
  "query": "can Scribe report to Member",
  "role": "Scribe",
  "action": "report",
  "counterpart": "Member",
  "thing": null,
  "verdict": "obliged",
  "conditional": true,
  "conflict": false,
  "clauses": [
    "A8"
  ],
  "conditions": [
    "when it is about a Member"
  ],
  "norms": [
    {
      "clause": "A8",
      "modality": "must",
      "subject": "Scribe",
      "action": "report",
      "counterpart": "Member",
      "thing": null,
      "deadline": null,
      "condition": "when it is about a Member",
      "text": "Town Scribe must report to Member, when it is about a Member",
      "file": "tests/query/protocol.civic",
      "line": 30,
      "applies": "when it is about a Member"
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'can Officer bully Member'
{
  "kind": "can",
  "query": "can Officer bully Member",
  "role": "Officer",
  "action": "bully",
  "counterpart": "Member",
  "thing": null,
  "verdict": "unregulated",
  "conditional": false,
  "conflict": false,
  "clauses": [],
  "conditions": [],
  "norms": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'duties of Scribe'
{
  "kind": "duties",
  "query": "duties of Scribe",
  "role": "Scribe",
  "norms": [
    {
      "clause": "A8",
      "modality": "must",
      "subject": "Scribe",
      "action": "report",
      "counterpart": "Member",
      "thing": null,
      "deadline": null,
      "condition": "when it is about a Member",
      "text": "Town Scribe must report to Member, when it is about a Member",
      "file": "tests/query/protocol.civic",
      "line": 30
    },
    {
      "clause": "A2",
      "modality": "must",
      "subject": "Officer",
      "action": "respond",
      "counterpart": "Member",
      "thing": "enquiry",
      "deadline": "2 working days",
      "condition": null,
      "otherwise": "acknowledge enquiry and give timescale",
      "text": "Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days",
      "file": "tests/query/protocol.civic",
      "line": 22
    },
    {
      "clause": "A6",
      "modality": "must not",
      "subject": "Officer",
      "action": "disclose",
      "counterpart": "Media",
      "thing": "information",
      "deadline": null,
      "condition": null,
      "text": "Officer must not disclose information to the media",
      "file": "tests/query/protocol.civic",
      "line": 27
    },
    {
      "clause": "A11",
      "modality": "must",
      "subject": "Officer",
      "action": "investigate",
      "counterpart": "Member",
      "thing": "complaint",
      "deadline": "promptly",
      "condition": null,
      "text": "Officer must investigate complaint from Member (promptly)",
      "file": "tests/query/protocol.civic",
      "line": 36
    }
  ],
  "count": 4,
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'expectations of Member from Officer'
{
  "kind": "expectations",
  "query": "expectations of Member from Officer",
  "of": "Member",
  "from": "Officer",
  "norms": [
    {
      "clause": "A2",
      "modality": "must",
      "subject": "Officer",
      "action": "respond",
      "counterpart": "Member",
      "thing": "enquiry",
      "deadline": "2 working days",
      "condition": null,
      "otherwise": "acknowledge enquiry and give timescale",
      "text": "Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days",
      "file": "tests/query/protocol.civic",
      "line": 22
    },
    {
      "clause": "A11",
      "modality": "must",
      "subject": "Officer",
      "action": "investigate",
      "counterpart": "Member",
      "thing": "complaint",
      "deadline": "promptly",
      "condition": null,
      "text": "Officer must investigate complaint from Member (promptly)",
      "file": "tests/query/protocol.civic",
      "line": 36
    }
  ],
  "count": 2,
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'route complaint by Member about Clerk'
{
  "kind": "route",
  "query": "route complaint by Member about Clerk",
  "case": "complaint",
  "by": "Member",
  "about": "Clerk",
  "route_clause": "C",
  "route": "complaint by Member about Officer",
  "steps": [
    {
      "clause": "C.1",
      "handler": "informal",
      "handler_name": "the parties, informally (with the help of Deputy Town Clerk)",
      "kind": "informal",
      "within": null,
      "condition": null,
      "note": null
    },
    {
      "clause": "C.3",
      "handler": "ChairFinance",
      "handler_name": "Chair of the Finance Committee",
      "kind": "role",
      "within": null,
      "condition": "when it is about a Town Clerk",
      "note": null
    },
    {
      "clause": "C.4",
      "handler": "disciplinary",
      "handler_name": "the council's disciplinary procedure",
      "kind": "procedure",
      "within": null,
      "condition": null,
      "note": null
    }
  ],
  "skipped": [
    {
      "clause": "C.2",
      "handler": "Clerk",
      "handler_name": "Town Clerk",
      "kind": "role",
      "within": "10 working days",
      "condition": null,
      "reason": "the Town Clerk is the subject of the complaint, and nobody handles a case about themselves"
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'route complaint by Clerk about Member'
{
  "kind": "route",
  "query": "route complaint by Clerk about Member",
  "case": "complaint",
  "by": "Clerk",
  "about": "Member",
  "route_clause": "D",
  "route": "complaint by Officer about Member",
  "steps": [
    {
      "clause": "D.1",
      "handler": "Mayor",
      "handler_name": "Mayor",
      "alternatives": [
        "Clerk",
        "Mayor"
      ],
      "kind": "role",
      "within": null,
      "condition": null,
      "note": "the Town Clerk raised the complaint, and nobody handles their own case; so the Mayor"
    },
    {
      "clause": "D.2",
      "handler": "MonitoringOfficer",
      "handler_name": "Monitoring Officer",
      "kind": "role",
      "within": null,
      "condition": "unless it is about a Mayor",
      "note": null
    }
  ],
  "skipped": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'route grievance by Member about Officer'
{
  "kind": "route",
  "query": "route grievance by Member about Officer",
  "case": "grievance",
  "by": "Member",
  "about": "Officer",
  "route_clause": null,
  "route": null,
  "steps": [],
  "skipped": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'who handles complaint about Officer'
{
  "kind": "route",
  "query": "who handles complaint about Officer",
  "case": "complaint",
  "by": "Member",
  "about": "Officer",
  "route_clause": "C",
  "route": "complaint by Member about Officer",
  "steps": [
    {
      "clause": "C.1",
      "handler": "informal",
      "handler_name": "the parties, informally (with the help of Town Clerk or Deputy Town Clerk)",
      "kind": "informal",
      "within": null,
      "condition": null,
      "note": null
    },
    {
      "clause": "C.2",
      "handler": "Clerk",
      "handler_name": "Town Clerk",
      "kind": "role",
      "within": "10 working days",
      "condition": null,
      "note": null
    },
    {
      "clause": "C.4",
      "handler": "disciplinary",
      "handler_name": "the council's disciplinary procedure",
      "kind": "procedure",
      "within": null,
      "condition": null,
      "note": null
    }
  ],
  "skipped": [
    {
      "clause": "C.3",
      "handler": "ChairFinance",
      "handler_name": "Chair of the Finance Committee",
      "kind": "role",
      "within": null,
      "condition": "when it is about a Town Clerk",
      "reason": "applies only when it is about a Town Clerk"
    }
  ],
  "routes": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'deadline A2 from 2025-12-23'
{
  "kind": "deadline",
  "query": "deadline A2 from 2025-12-23",
  "clause": "A2",
  "from": "2025-12-23",
  "within": "2 working days",
  "due": "2025-12-29",
  "otherwise_due": "2026-01-02",
  "counting": "counted in working days from the day after 2025-12-23 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 2nd working day",
  "calendar": "england-and-wales",
  "rule": "Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days",
  "excluded": [
    {
      "date": "2025-12-25",
      "name": "Christmas Day"
    },
    {
      "date": "2025-12-26",
      "name": "Boxing Day"
    }
  ],
  "deadlines": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'deadline A11 from 2026-01-05'
{
  "kind": "deadline",
  "query": "deadline A11 from 2026-01-05",
  "clause": "A11",
  "from": "2026-01-05",
  "within": "promptly",
  "due": null,
  "calendar": "england-and-wales",
  "rule": "Officer must investigate complaint from Member (promptly)",
  "excluded": [],
  "deadlines": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'explain A2'
{
  "kind": "explain",
  "query": "explain A2",
  "clause": "A2",
  "norms": [
    {
      "clause": "A2",
      "modality": "must",
      "action": "respond",
      "text": "Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days",
      "meaning": "This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends an enquiry to an Officer. It is due by the close of the 2nd working day after that day, which does not count (weekends and bank holidays are not working days). If it cannot be met in time, Officer must instead acknowledge enquiry and give timescale within 5 working days; doing so in time meets the duty.",
      "file": "tests/query/protocol.civic",
      "line": 22,
      "source": "[A2]  Officer must respond to enquiry from Member within 2 working days\n        otherwise acknowledge enquiry and give timescale within 5 working days"
    }
  ],
  "steps": [],
  "definitions": [],
  "lines": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'explain C.3'
{
  "kind": "explain",
  "query": "explain C.3",
  "clause": "C.3",
  "norms": [],
  "steps": [
    {
      "clause": "C.3",
      "route": "complaint by Member about Officer",
      "route_clause": "C",
      "step": 3,
      "meaning": "the Chair of the Finance Committee handles it",
      "condition": "when it is about a Town Clerk"
    }
  ],
  "definitions": [],
  "lines": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'clauses'
{
  "kind": "clauses",
  "query": "clauses",
  "clauses": [
    {
      "clause": "A1",
      "rules": 1,
      "first": "Member must not instruct Officer"
    },
    {
      "clause": "A2",
      "rules": 1,
      "first": "Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 5 working days"
    },
    {
      "clause": "A3",
      "rules": 1,
      "first": "Member should respond to request from Officer within 3 working days"
    },
    {
      "clause": "A4",
      "rules": 1,
      "first": "Member may speak to the media"
    },
    {
      "clause": "A5",
      "rules": 1,
      "first": "Member should not pressure Officer"
    },
    {
      "clause": "A6",
      "rules": 1,
      "first": "Officer must not disclose information to the media"
    },
    {
      "clause": "A7",
      "rules": 1,
      "first": "Chair of the Finance Committee may instruct Town Scribe, when \"the committee has delegated it\""
    },
    {
      "clause": "A8",
      "rules": 1,
      "first": "Town Scribe must report to Member, when it is about a Member"
    },
    {
      "clause": "A9",
      "rules": 1,
      "first": "Member may disclose information to the media"
    },
    {
      "clause": "A10",
      "rules": 1,
      "first": "Member must not disclose advice to the media"
    },
    {
      "clause": "A11",
      "rules": 1,
      "first": "Officer must investigate complaint from Member (promptly)"
    },
    {
      "clause": "A12",
      "rules": 1,
      "first": "Town Clerk must acknowledge complaint from Member within 5 days"
    },
    {
      "clause": "R3",
      "rules": 1,
      "first": "Town Warden may manage Town Scribe"
    },
    {
      "clause": "R4",
      "rules": 1,
      "first": "Town Clerk may manage Officer"
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'who manages Scribe'
{
  "kind": "who-manages",
  "query": "who manages Scribe",
  "role": "Scribe",
  "managers": [
    {
      "role": "Warden",
      "name": "Town Warden",
      "clause": "R3"
    },
    {
      "role": "Clerk",
      "name": "Town Clerk",
      "clause": "R4"
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'holidays 2026'
{
  "kind": "holidays",
  "query": "holidays 2026",
  "calendar": "england-and-wales",
  "year": 2026,
  "holidays": [
    {
      "date": "2026-01-01",
      "name": "New Year's Day",
      "closure": false,
      "substitute": false
    },
    {
      "date": "2026-04-03",
      "name": "Good Friday",
      "closure": false,
      "substitute": false
    },
    {
      "date": "2026-04-06",
      "name": "Easter Monday",
      "closure": false,
      "substitute": false
    },
    {
      "date": "2026-05-04",
      "name": "Early May bank holiday",
      "closure": false,
      "substitute": false
    },
    {
      "date": "2026-05-25",
      "name": "Spring bank holiday",
      "closure": false,
      "substitute": false
    },
    {
      "date": "2026-08-31",
      "name": "Summer bank holiday",
      "closure": false,
      "substitute": false
    },
    {
      "date": "2026-12-25",
      "name": "Christmas Day",
      "closure": false,
      "substitute": false
    },
    {
      "date": "2026-12-28",
      "name": "Boxing Day",
      "closure": false,
      "substitute": true
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'working days between 2025-12-23 and 2026-01-05'
{
  "kind": "working-days",
  "query": "working days between 2025-12-23 and 2026-01-05",
  "from": "2025-12-23",
  "to": "2026-01-05",
  "calendar": "england-and-wales",
  "working_days": 6,
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'help'
{
  "kind": "help",
  "query": "help",
  "queries": [
    "can ROLE ACTION [ROLE]             obliged, forbidden, recommended, discouraged, permitted or unregulated (also asked with must, should, may)",
    "duties of ROLE                     every rule binding the role, inherited ones too",
    "expectations of ROLE from ROLE     what the first can expect of the second",
    "route KIND by ROLE about ROLE      who handles a complaint, grievance or dispute, step by step",
    "who handles KIND about ROLE        the same, for a case raised by anyone",
    "deadline CLAUSE from DATE          the due date under the protocol's calendar (DATE: 2026-12-07, 7 December 2026 or 07/12/2026)",
    "review                             last approval, next review, overdue or not",
    "explain CLAUSE                     the rules of a clause, their source and meaning",
    "roles | clauses | who manages ROLE lists",
    "holidays YEAR                      the calendar's holidays",
    "working days between DATE and DATE count working days"
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic 'can Oficer instruct Member'
{
  "kind": "can",
  "query": "can Oficer instruct Member",
  "errors": [
    {
      "file": "<query>",
      "line": 1,
      "col": 5,
      "end_col": 11,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Oficer'",
      "hints": [
        "did you mean 'Officer'?"
      ]
    }
  ],
  "diagnostics": [
    {
      "file": "<query>",
      "line": 1,
      "col": 5,
      "end_col": 11,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Oficer'",
      "hints": [
        "did you mean 'Officer'?"
      ]
    }
  ],
  "ok": false
}
[1]

$ civic query --json --today 2026-11-22 tests/query/protocol.civic review
{
  "kind": "review",
  "query": "review",
  "council": "Testbury Town Council",
  "adopted": "2019-05-20",
  "last_approved": "2023-05-15",
  "last_reviewed": null,
  "cycle": "every 2 years",
  "clause": "Q1",
  "next_due": "2025-05-15",
  "overdue": true,
  "today": "2026-11-22",
  "basis": "reviewed every 2 years from 2023-05-15",
  "as_written": {
    "adopted": "2019-05-20",
    "last_approved": "2023-05-15",
    "last_reviewed": null,
    "updated": null
  },
  "unknown": [],
  "overseen_by": null,
  "overseen_by_clause": null,
  "diagnostics": [],
  "ok": true
}

$ civic query --json tests/query/protocol.civic roles | sed -n 1,20p
{
  "kind": "roles",
  "query": "roles",
  "roles": [
    {
      "role": "Scribe",
      "name": "Town Scribe",
      "is": [
        "Officer"
      ],
      "aka": [
        "Recorder",
        "minute taker"
      ],
      "external": false
    },
    {
      "role": "ChairFinance",
      "name": "Chair of the Finance Committee",
      "is": [

$ civic query --json tests/check/conflict.civic 'can Chair instruct Officer'
{
  "kind": "can",
  "query": "can Chair instruct Officer",
  "errors": [
    {
      "file": "tests/check/conflict.civic",
      "line": 7,
      "col": 1,
      "end_col": 33,
      "severity": "error",
      "code": "conflict",
      "message": "[4.2] says Chair of the Council may instruct, but [4.1] says Member must not instruct",
      "hints": [
        "if this rule is an exception, add 'overrides [4.1]' to it"
      ]
    },
    {
      "file": "tests/check/conflict.civic",
      "line": 18,
      "col": 1,
      "end_col": 53,
      "severity": "error",
      "code": "conflict",
      "message": "[4.13] says Town Clerk must not respond, but [4.12] says Officer must respond",
      "hints": [
        "if this rule is an exception, add 'overrides [4.12]' to it"
      ]
    }
  ],
  "diagnostics": [
    {
      "file": "tests/check/conflict.civic",
      "line": 7,
      "col": 1,
      "end_col": 33,
      "severity": "error",
      "code": "conflict",
      "message": "[4.2] says Chair of the Council may instruct, but [4.1] says Member must not instruct",
      "hints": [
        "if this rule is an exception, add 'overrides [4.1]' to it"
      ]
    },
    {
      "file": "tests/check/conflict.civic",
      "line": 18,
      "col": 1,
      "end_col": 53,
      "severity": "error",
      "code": "conflict",
      "message": "[4.13] says Town Clerk must not respond, but [4.12] says Officer must respond",
      "hints": [
        "if this rule is an exception, add 'overrides [4.12]' to it"
      ]
    }
  ],
  "ok": false
}
[1]

$ civic query --json tests/query/raisers.civic 'who handles complaint about Officer'
{
  "kind": "route",
  "query": "who handles complaint about Officer",
  "case": "complaint",
  "by": "Member",
  "about": "Officer",
  "route_clause": "M",
  "route": "complaint by Member about Officer",
  "steps": [
    {
      "clause": "M.1",
      "handler": "Clerk",
      "handler_name": "Town Clerk",
      "kind": "role",
      "within": null,
      "condition": null,
      "note": null
    }
  ],
  "skipped": [],
  "routes": [
    {
      "case": "complaint",
      "by": "Public",
      "about": "Officer",
      "route_clause": "P",
      "route": "complaint by Public about Officer",
      "steps": [
        {
          "clause": "P.1",
          "handler": "informal",
          "handler_name": "the parties, informally",
          "kind": "informal",
          "within": null,
          "condition": null,
          "note": null
        },
        {
          "clause": "P.2",
          "handler": "Clerk",
          "handler_name": "Town Clerk",
          "kind": "role",
          "within": "20 working days",
          "condition": null,
          "note": null
        }
      ],
      "skipped": []
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-12-06 protocols/houghton-regis.civic "can Member recruit Officer" | sed -n '/"clauses"/,/]/p'
  "clauses": [
    "2.1",
    "8.3",
    "8.2"
  ],

