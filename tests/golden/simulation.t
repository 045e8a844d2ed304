# The simulation of the constructs of issue 15: relations resolved to the
# people bound that day, and/or, possibly, refer to, target and cap, counts
# as, matter references, seniority that the order cannot settle; and an error
# inside one scenario failing that scenario alone.

$ civic run tests/scenarios/relations.civic "the step goes to the line manager bound that day"
scenario "the step goes to the line manager bound that day" (tests/scenarios/relations.civic:27)
2026-03-02        event      alice raises complaint about bob
2026-03-02        escalated  [C.1] complaint by alice about bob goes to the line manager of bob (carol)
2026-03-02        expect     ok: complaint at carol
2026-03-03        event      carol resolves complaint
2026-03-03        resolved   [C.1] complaint by alice about bob is resolved by carol
2026-04-06        event      alice raises complaint about bob
2026-04-06        escalated  [C.1] complaint by alice about bob goes to the line manager of bob (dave)
2026-04-06        expect     ok: complaint at dave
2026-04-07        event      carol escalates complaint
2026-04-07        skipped    [C.1] complaint by alice about bob is not moved on: carol is neither a party to it nor its handler
2026-04-07        expect     ok: complaint at dave
2026-04-08        event      dave escalates complaint
2026-04-08        escalated  [C.2] complaint by alice about bob goes to the Town Clerk (tc)
2026-04-08        expect     ok: complaint at tc
result: 4 of 4 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run tests/scenarios/relations.civic "nobody bound: the case stays with the relation, unnamed"
scenario "nobody bound: the case stays with the relation, unnamed" (tests/scenarios/relations.civic:46)
2026-03-02        event      alice raises complaint about bob
2026-03-02        escalated  [C.1] complaint by alice about bob goes to the line manager of bob (unnamed: no one is bound to it that day)
2026-03-02        expect     ok: complaint at Officer
2026-03-05        event      alice escalates complaint
2026-03-05        escalated  [C.2] complaint by alice about bob goes to the Town Clerk (tc)
2026-03-05        expect     ok: complaint at tc
result: 2 of 2 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run tests/scenarios/relations.civic "unbound, two holders: with the office, unnamed; any of them may act"
scenario "unbound, two holders: with the office, unnamed; any of them may act" (tests/scenarios/relations.civic:73)
2026-03-02        event      alice raises enquiry-case about bob
2026-03-02        escalated  [H.1] enquiry-case by alice about bob goes to the Head of Service responsible for bob (unnamed: no one is bound to it that day)
2026-03-02        expect     ok: enquiry-case at Head of Service
2026-03-03        event      hal resolves enquiry-case
2026-03-03        resolved   [H.1] enquiry-case by alice about bob is resolved by hal
2026-03-03        expect     ok: enquiry-case resolved
result: 2 of 2 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run protocols/newent.test.civic "27 the Mayor's complaint about the Town Clerk waits for the disciplinary procedure"
scenario "27 the Mayor's complaint about the Town Clerk waits for the disciplinary procedure" (protocols/newent.test.civic:322)
2026-02-02        event      mia raises complaint about carol
2026-02-02        skipped    [27] complaint by mia about carol: the Town Clerk is skipped, because carol is the subject of the complaint and nobody handles their own case
2026-02-02        skipped    [27] complaint by mia about carol: the Mayor is skipped, because mia is the raiser of the complaint and nobody handles their own case
2026-02-02        skipped    [27] complaint by mia about carol: the council's disciplinary procedure is passed over: an optional step (possibly), taken only when someone escalates the case
2026-02-02        skipped    [27] complaint by mia about carol stays open: no step before it could take the case, so it waits for someone to escalate it to the council's disciplinary procedure (possibly), or to resolve it
2026-02-03        event      mia escalates complaint
2026-02-03        escalated  [27] complaint by mia about carol goes to the council's disciplinary procedure
2026-02-03        expect     ok: complaint reaches the council's disciplinary procedure
2026-02-03        expect     ok: complaint at the council's disciplinary procedure
result: 2 of 2 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run --json protocols/newent.test.civic "27 a complaint no one could take is resolved while it waits"
{
  "kind": "run",
  "file": "protocols/newent.test.civic",
  "entries": [
    {
      "scenario": "27 a complaint no one could take is resolved while it waits",
      "date": "2026-02-02",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "mia"
      ],
      "text": "mia raises complaint about carol",
      "file": "protocols/newent.test.civic",
      "line": 337,
      "what": "event",
      "event": {
        "file": "protocols/newent.test.civic",
        "line": 337,
        "actor": "mia",
        "verb": "raises",
        "action": "send",
        "thing": "complaint",
        "target": null,
        "about": "carol"
      }
    },
    {
      "scenario": "27 a complaint no one could take is resolved while it waits",
      "date": "2026-02-02",
      "time": null,
      "kind": "skipped",
      "clause": "27",
      "people": [
        "mia",
        "carol"
      ],
      "text": "[27] complaint by mia about carol: the Town Clerk is skipped, because carol is the subject of the complaint and nobody handles their own case",
      "file": "protocols/newent.civic",
      "line": 189,
      "what": "case-own",
      "case": {
        "kind": "complaint",
        "raiser": "mia",
        "subject": "carol",
        "route": "27",
        "step": 1,
        "handler": {
          "person": null,
          "office": null,
          "procedure": null,
          "informal": false
        },
        "skipped": "Town Clerk",
        "because": "subject",
        "actor": null
      }
    },
    {
      "scenario": "27 a complaint no one could take is resolved while it waits",
      "date": "2026-02-02",
      "time": null,
      "kind": "skipped",
      "clause": "27",
      "people": [
        "mia",
        "carol"
      ],
      "text": "[27] complaint by mia about carol: the Mayor is skipped, because mia is the raiser of the complaint and nobody handles their own case",
      "file": "protocols/newent.civic",
      "line": 189,
      "what": "case-own",
      "case": {
        "kind": "complaint",
        "raiser": "mia",
        "subject": "carol",
        "route": "27",
        "step": 1,
        "handler": {
          "person": null,
          "office": null,
          "procedure": null,
          "informal": false
        },
        "skipped": "Mayor",
        "because": "raiser",
        "actor": null
      }
    },
    {
      "scenario": "27 a complaint no one could take is resolved while it waits",
      "date": "2026-02-02",
      "time": null,
      "kind": "skipped",
      "clause": "27",
      "people": [
        "mia",
        "carol"
      ],
      "text": "[27] complaint by mia about carol: the council's disciplinary procedure is passed over: an optional step (possibly), taken only when someone escalates the case",
      "file": "protocols/newent.civic",
      "line": 190,
      "what": "case-passed-over",
      "case": {
        "kind": "complaint",
        "raiser": "mia",
        "subject": "carol",
        "route": "27",
        "step": 2,
        "handler": {
          "person": null,
          "office": null,
          "procedure": "disciplinary",
          "informal": false
        },
        "skipped": null,
        "because": "optional",
        "actor": null
      }
    },
    {
      "scenario": "27 a complaint no one could take is resolved while it waits",
      "date": "2026-02-02",
      "time": null,
      "kind": "skipped",
      "clause": "27",
      "people": [
        "mia",
        "carol"
      ],
      "text": "[27] complaint by mia about carol stays open: no step before it could take the case, so it waits for someone to escalate it to the council's disciplinary procedure (possibly), or to resolve it",
      "file": "protocols/newent.civic",
      "line": 190,
      "what": "case-waits",
      "case": {
        "kind": "complaint",
        "raiser": "mia",
        "subject": "carol",
        "route": "27",
        "step": 2,
        "handler": {
          "person": null,
          "office": null,
          "procedure": "disciplinary",
          "informal": false
        },
        "skipped": null,
        "because": "optional",
        "actor": null
      }
    },
    {
      "scenario": "27 a complaint no one could take is resolved while it waits",
      "date": "2026-02-09",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "carol"
      ],
      "text": "carol resolves complaint",
      "file": "protocols/newent.test.civic",
      "line": 338,
      "what": "event",
      "event": {
        "file": "protocols/newent.test.civic",
        "line": 338,
        "actor": "carol",
        "verb": "resolves",
        "action": "resolve",
        "thing": "complaint",
        "target": null,
        "about": null
      }
    },
    {
      "scenario": "27 a complaint no one could take is resolved while it waits",
      "date": "2026-02-09",
      "time": null,
      "kind": "resolved",
      "clause": "27",
      "people": [
        "mia",
        "carol"
      ],
      "text": "[27] complaint by mia about carol is resolved by carol",
      "file": "protocols/newent.test.civic",
      "line": 338,
      "what": "case-resolved",
      "event": {
        "file": "protocols/newent.test.civic",
        "line": 338,
        "actor": "carol",
        "verb": "resolves",
        "action": "resolve",
        "thing": "complaint",
        "target": null,
        "about": null
      },
      "case": {
        "kind": "complaint",
        "raiser": "mia",
        "subject": "carol",
        "route": "27",
        "step": 1,
        "handler": {
          "person": null,
          "office": null,
          "procedure": null,
          "informal": false
        },
        "actor": "carol"
      }
    },
    {
      "scenario": "27 a complaint no one could take is resolved while it waits",
      "date": "2026-02-09",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "complaint resolved",
      "ok": true,
      "file": "protocols/newent.test.civic",
      "line": 339,
      "what": "expect",
      "expectation": {
        "expect": "resolved",
        "met": true,
        "expected": {
          "kind": "complaint"
        },
        "found": {}
      }
    }
  ],
  "scenarios": [
    {
      "name": "27 a complaint no one could take is resolved while it waits",
      "line": 334,
      "result": {
        "expectations": 1,
        "met": 1,
        "failed": 0,
        "events": 2,
        "opened": 0,
        "fulfilled": 0,
        "breached": 0,
        "departed": 0,
        "still_open": 0
      }
    }
  ],
  "result": {
    "scenarios": 1,
    "expectations": 1,
    "met": 1,
    "failed": 0,
    "events": 2,
    "opened": 0,
    "fulfilled": 0,
    "breached": 0,
    "departed": 0,
    "still_open": 0
  },
  "diagnostics": [
    {
      "file": "protocols/newent.civic",
      "line": 12,
      "col": 15,
      "end_col": 19,
      "severity": "warning",
      "code": "review-overdue",
      "message": "the protocol's review was due in 2024 and is overdue as of 2026-12-07",
      "hints": [
        "after the council reviews it, record the date: 'reviewed 2026-12-07'"
      ]
    },
    {
      "file": "protocols/newent.civic",
      "line": 57,
      "col": 31,
      "end_col": 38,
      "severity": "warning",
      "code": "vague-deadline",
      "message": "[8] adopts a vague deadline ('timely'): it cannot be checked",
      "hints": [
        "to set a period, write the rule in full with 'within 2 working days' and 'omits [MP-10]'"
      ]
    },
    {
      "file": "protocols/newent.civic",
      "line": 72,
      "col": 29,
      "end_col": 35,
      "severity": "warning",
      "code": "vague-deadline",
      "message": "vague deadline 'timely': it cannot be checked",
      "hints": [
        "write a period, like 'within 2 working days'"
      ]
    }
  ],
  "ok": true
}

$ civic run tests/scenarios/relations.civic "an exception says nobody: the step is passed on"
scenario "an exception says nobody: the step is passed on" (tests/scenarios/relations.civic:93)
2026-03-02        event      alice raises complaint about cho
2026-03-02        skipped    [C.1] complaint by alice about cho: the line manager of cho is passed over: the protocol says there is none [R3]
2026-03-02        escalated  [C.2] complaint by alice about cho goes to the Town Clerk (tc)
2026-03-02        expect     ok: complaint at tc
result: 1 of 1 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run tests/scenarios/relations.civic "a rule towards a relation is judged on the person bound"
scenario "a rule towards a relation is judged on the person bound" (tests/scenarios/relations.civic:111)
2026-03-02        event      alice instructs dave about bob
2026-03-02        expect     ok: no breach
2026-03-02        event      alice instructs carol about bob
2026-03-02        breached   [R5] alice did instruct carol about bob, which the protocol forbids
2026-03-02        expect     ok: [R5] breached by alice
2026-03-03        event      dave sends request to bob
2026-03-03        expect     ok: [R6] not opened
2026-03-03        event      carol sends request to bob
2026-03-03        opened     [R6] bob must respond to request from carol by 2026-03-05
2026-03-03        expect     ok: [R6] due 2026-03-05
2026-03-04        event      bob responds to carol
2026-03-04        fulfilled  [R6] bob did respond to request from carol, due 2026-03-05
2026-03-04        expect     ok: [R6] fulfilled by bob
result: 5 of 5 expectations met; 1 opened, 1 fulfilled, 1 breached, 0 departed, 0 still open

$ civic run tests/scenarios/choices.civic "and/or: with both until one acts"
scenario "and/or: with both until one acts" (tests/scenarios/choices.civic:24)
2026-02-02        event      alice raises complaint about bob
2026-02-02        escalated  [12.2] complaint by alice about bob goes to the Town Clerk (tc) and/or the Chair of the Council (mayor); it is with each of them until one acts
2026-02-02        expect     ok: complaint at tc
2026-02-02        expect     ok: complaint at mayor
2026-02-03        event      mayor resolves complaint
2026-02-03        resolved   [12.2] complaint by alice about bob is resolved by mayor
2026-02-03        expect     ok: complaint resolved
result: 3 of 3 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run tests/scenarios/choices.civic "possibly: a time limit passing does not reach it, only an escalation"
scenario "possibly: a time limit passing does not reach it, only an escalation" (tests/scenarios/choices.civic:55)
2026-02-02        event      alice raises complaint about bob
2026-02-02        escalated  [12.2] complaint by alice about bob goes to the Town Clerk (tc) and/or the Chair of the Council (mayor); it is with each of them until one acts
2026-02-09        escalated  [12.2] complaint by alice about bob: the step's time limit passed on 2026-02-09
2026-02-09        skipped    [12.3] complaint by alice about bob: the Council is passed over: an optional step (possibly), taken only when someone escalates the case
2026-02-09        closed     complaint by alice about bob: no further step of the route; the case ends
2026-02-16        expect     ok: complaint ended
result: 1 of 1 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run tests/scenarios/choices.civic "referred out: the case ends there"
scenario "referred out: the case ends there" (tests/scenarios/choices.civic:66)
2026-02-02        event      olly raises complaint about alice
2026-02-02        closed     [5.2] complaint by olly about alice is referred to the Monitoring Officer (mo), under a Code of Conduct complaint to the Monitoring Officer; it leaves this protocol
2026-02-02        expect     ok: complaint referred
2026-02-02        expect     ok: complaint ended
2026-02-02        expect     ok: complaint at mo
2026-02-02        expect     ok: complaint reaches a Code of Conduct complaint to the Monitoring Officer
2026-02-03        event      olly escalates complaint
2026-02-03        skipped    olly escalates complaint, but no such case is open
2026-02-03        expect     ok: complaint referred
result: 5 of 5 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run --json tests/scenarios/choices.civic "referred out: the case ends there"
{
  "kind": "run",
  "file": "tests/scenarios/choices.civic",
  "entries": [
    {
      "scenario": "referred out: the case ends there",
      "date": "2026-02-02",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "olly"
      ],
      "text": "olly raises complaint about alice",
      "file": "tests/scenarios/choices.civic",
      "line": 70,
      "what": "event",
      "event": {
        "file": "tests/scenarios/choices.civic",
        "line": 70,
        "actor": "olly",
        "verb": "raises",
        "action": "send",
        "thing": "complaint",
        "target": null,
        "about": "alice"
      }
    },
    {
      "scenario": "referred out: the case ends there",
      "date": "2026-02-02",
      "time": null,
      "kind": "closed",
      "clause": "5.2",
      "people": [
        "olly",
        "alice"
      ],
      "text": "[5.2] complaint by olly about alice is referred to the Monitoring Officer (mo), under a Code of Conduct complaint to the Monitoring Officer; it leaves this protocol",
      "file": "tests/scenarios/choices.civic",
      "line": 21,
      "what": "case-referred",
      "case": {
        "kind": "complaint",
        "raiser": "olly",
        "subject": "alice",
        "route": "5",
        "step": 1,
        "handler": {
          "person": "mo",
          "office": "Monitoring Officer",
          "procedure": null,
          "informal": false
        },
        "actor": null,
        "under": "code-of-conduct-complaint"
      }
    },
    {
      "scenario": "referred out: the case ends there",
      "date": "2026-02-02",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "complaint referred",
      "ok": true,
      "file": "tests/scenarios/choices.civic",
      "line": 71,
      "what": "expect",
      "expectation": {
        "expect": "referred",
        "met": true,
        "expected": {
          "kind": "complaint"
        },
        "found": {}
      }
    },
    {
      "scenario": "referred out: the case ends there",
      "date": "2026-02-02",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "complaint ended",
      "ok": true,
      "file": "tests/scenarios/choices.civic",
      "line": 72,
      "what": "expect",
      "expectation": {
        "expect": "ended",
        "met": true,
        "expected": {
          "kind": "complaint"
        },
        "found": {}
      }
    },
    {
      "scenario": "referred out: the case ends there",
      "date": "2026-02-02",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "complaint at mo",
      "ok": true,
      "file": "tests/scenarios/choices.civic",
      "line": 73,
      "what": "expect",
      "expectation": {
        "expect": "at",
        "met": true,
        "expected": {
          "kind": "complaint",
          "handler_person": "mo"
        },
        "found": {}
      }
    },
    {
      "scenario": "referred out: the case ends there",
      "date": "2026-02-02",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "complaint reaches a Code of Conduct complaint to the Monitoring Officer",
      "ok": true,
      "file": "tests/scenarios/choices.civic",
      "line": 74,
      "what": "expect",
      "expectation": {
        "expect": "reaches",
        "met": true,
        "expected": {
          "kind": "complaint",
          "handler_procedure": "code-of-conduct-complaint"
        },
        "found": {}
      }
    },
    {
      "scenario": "referred out: the case ends there",
      "date": "2026-02-03",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "olly"
      ],
      "text": "olly escalates complaint",
      "file": "tests/scenarios/choices.civic",
      "line": 75,
      "what": "event",
      "event": {
        "file": "tests/scenarios/choices.civic",
        "line": 75,
        "actor": "olly",
        "verb": "escalates",
        "action": "escalate",
        "thing": "complaint",
        "target": null,
        "about": null
      }
    },
    {
      "scenario": "referred out: the case ends there",
      "date": "2026-02-03",
      "time": null,
      "kind": "skipped",
      "clause": null,
      "people": [
        "olly"
      ],
      "text": "olly escalates complaint, but no such case is open",
      "file": "tests/scenarios/choices.civic",
      "line": 75,
      "what": "case-none-open",
      "event": {
        "file": "tests/scenarios/choices.civic",
        "line": 75,
        "actor": "olly",
        "verb": "escalates",
        "action": "escalate",
        "thing": "complaint",
        "target": null,
        "about": null
      },
      "case": {
        "kind": "complaint",
        "raiser": null,
        "subject": null,
        "route": null,
        "step": null,
        "handler": {
          "person": null,
          "office": null,
          "procedure": null,
          "informal": false
        },
        "actor": "olly"
      }
    },
    {
      "scenario": "referred out: the case ends there",
      "date": "2026-02-03",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "complaint referred",
      "ok": true,
      "file": "tests/scenarios/choices.civic",
      "line": 76,
      "what": "expect",
      "expectation": {
        "expect": "referred",
        "met": true,
        "expected": {
          "kind": "complaint"
        },
        "found": {}
      }
    }
  ],
  "scenarios": [
    {
      "name": "referred out: the case ends there",
      "line": 66,
      "result": {
        "expectations": 5,
        "met": 5,
        "failed": 0,
        "events": 2,
        "opened": 0,
        "fulfilled": 0,
        "breached": 0,
        "departed": 0,
        "still_open": 0
      }
    }
  ],
  "result": {
    "scenarios": 1,
    "expectations": 5,
    "met": 5,
    "failed": 0,
    "events": 2,
    "opened": 0,
    "fulfilled": 0,
    "breached": 0,
    "departed": 0,
    "still_open": 0
  },
  "diagnostics": [],
  "ok": true
}

$ civic run tests/scenarios/deadline-forms.civic "a target missed is no breach: only the cap is"
scenario "a target missed is no breach: only the cap is" (tests/scenarios/deadline-forms.civic:60)
2025-12-23        event      alice sends memo to bob
2025-12-23        opened     [F6] bob must respond to memo from alice as soon as possible, and at the latest by 2026-01-09
2025-12-23        event      alice sends reminder to bob
2025-12-23        opened     [F7] bob must respond to reminder from alice by 2026-01-02 if possible, and at the latest by 2026-01-09
2026-01-05        expect     ok: [F6] open
2026-01-05        expect     ok: [F7] open
2026-01-05        expect     ok: no breach
2026-01-07        event      bob responds to alice
2026-01-07        fulfilled  [F6] bob did respond to memo from alice, due 2026-01-09
2026-01-07        expect     ok: [F6] fulfilled
2026-01-07        expect     ok: [F7] open
2026-01-07        event      bob responds to alice
2026-01-07        fulfilled  [F7] bob did respond to reminder from alice, due 2026-01-09 (after its target, 2026-01-02)
2026-01-07        expect     ok: [F7] fulfilled
2026-01-07        expect     ok: no breach
result: 7 of 7 expectations met; 2 opened, 2 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run tests/scenarios/deadline-forms.civic "past the cap is a breach"
scenario "past the cap is a breach" (tests/scenarios/deadline-forms.civic:78)
2025-12-23        event      alice sends memo to bob
2025-12-23        opened     [F6] bob must respond to memo from alice as soon as possible, and at the latest by 2026-01-09
2026-01-09        expect     ok: [F6] open
2026-01-09        breached   [F6] bob did not respond to memo from alice by 2026-01-09, the latest date allowed (it was to be done as soon as possible)
2026-01-10        expect     ok: [F6] breached by bob
result: 2 of 2 expectations met; 1 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open

$ civic run --json tests/scenarios/deadline-forms.civic "past the cap is a breach"
{
  "kind": "run",
  "file": "tests/scenarios/deadline-forms.civic",
  "entries": [
    {
      "scenario": "past the cap is a breach",
      "date": "2025-12-23",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "alice",
        "bob"
      ],
      "text": "alice sends memo to bob",
      "file": "tests/scenarios/deadline-forms.civic",
      "line": 81,
      "what": "event",
      "event": {
        "file": "tests/scenarios/deadline-forms.civic",
        "line": 81,
        "actor": "alice",
        "verb": "sends",
        "action": "send",
        "thing": "memo",
        "target": "bob",
        "about": null
      }
    },
    {
      "scenario": "past the cap is a breach",
      "date": "2025-12-23",
      "time": null,
      "kind": "opened",
      "clause": "F6",
      "people": [
        "bob",
        "alice"
      ],
      "text": "[F6] bob must respond to memo from alice as soon as possible, and at the latest by 2026-01-09",
      "file": "tests/scenarios/deadline-forms.civic",
      "line": 81,
      "what": "opened",
      "event": {
        "file": "tests/scenarios/deadline-forms.civic",
        "line": 81,
        "actor": null,
        "verb": "sends",
        "action": "send",
        "thing": "memo",
        "target": null,
        "about": null
      },
      "duty": {
        "clause": "F6",
        "modality": "must",
        "file": "tests/scenarios/deadline-forms.civic",
        "line": 18,
        "owner": "bob",
        "office": null,
        "counterpart": "alice",
        "opened": "2025-12-23",
        "due": "2026-01-09",
        "fallback_due": null,
        "fallback_applies": false,
        "done_by": null,
        "as_soon_as_possible": true
      }
    },
    {
      "scenario": "past the cap is a breach",
      "date": "2026-01-09",
      "time": null,
      "kind": "expectation",
      "clause": "F6",
      "people": [],
      "text": "[F6] open",
      "ok": true,
      "file": "tests/scenarios/deadline-forms.civic",
      "line": 83,
      "what": "expect",
      "expectation": {
        "expect": "state",
        "met": true,
        "expected": {
          "clause": "F6",
          "state": "open"
        },
        "found": {
          "state": "open",
          "due": "2026-01-09"
        }
      }
    },
    {
      "scenario": "past the cap is a breach",
      "date": "2026-01-09",
      "time": null,
      "kind": "breached",
      "clause": "F6",
      "people": [
        "bob",
        "alice"
      ],
      "text": "[F6] bob did not respond to memo from alice by 2026-01-09, the latest date allowed (it was to be done as soon as possible)",
      "file": "tests/scenarios/deadline-forms.civic",
      "line": 18,
      "what": "missed",
      "duty": {
        "clause": "F6",
        "modality": "must",
        "file": "tests/scenarios/deadline-forms.civic",
        "line": 18,
        "owner": "bob",
        "office": null,
        "counterpart": "alice",
        "opened": "2025-12-23",
        "due": "2026-01-09",
        "fallback_due": null,
        "fallback_applies": false,
        "done_by": null,
        "as_soon_as_possible": true
      }
    },
    {
      "scenario": "past the cap is a breach",
      "date": "2026-01-10",
      "time": null,
      "kind": "expectation",
      "clause": "F6",
      "people": [
        "bob"
      ],
      "text": "[F6] breached by bob",
      "ok": true,
      "file": "tests/scenarios/deadline-forms.civic",
      "line": 85,
      "what": "expect",
      "expectation": {
        "expect": "state",
        "met": true,
        "expected": {
          "clause": "F6",
          "state": "breached",
          "person": "bob"
        },
        "found": {
          "state": "breached"
        }
      }
    }
  ],
  "scenarios": [
    {
      "name": "past the cap is a breach",
      "line": 78,
      "result": {
        "expectations": 2,
        "met": 2,
        "failed": 0,
        "events": 3,
        "opened": 1,
        "fulfilled": 0,
        "breached": 1,
        "departed": 0,
        "still_open": 0
      }
    }
  ],
  "result": {
    "scenarios": 1,
    "expectations": 2,
    "met": 2,
    "failed": 0,
    "events": 3,
    "opened": 1,
    "fulfilled": 0,
    "breached": 1,
    "departed": 0,
    "still_open": 0
  },
  "diagnostics": [],
  "ok": true
}

$ civic run tests/scenarios/matters.civic "a late answer to a breached enquiry is not credited to the next"
scenario "a late answer to a breached enquiry is not credited to the next" (tests/scenarios/matters.civic:11)
2026-01-05        event      alice sends enquiry E1 to bob
2026-01-05        opened     [10.1] bob must acknowledge enquiry from alice (E1) by 2026-01-07
2026-01-05        opened     [10.2] bob must respond to enquiry from alice (E1) by 2026-01-19
2026-01-07        breached   [10.1] bob did not acknowledge enquiry from alice (E1) by 2026-01-07
2026-01-12        event      alice sends enquiry E2 to bob
2026-01-12        opened     [10.1] bob must acknowledge enquiry from alice (E2) by 2026-01-14
2026-01-12        opened     [10.2] bob must respond to enquiry from alice (E2) by 2026-01-26
2026-01-14        breached   [10.1] bob did not acknowledge enquiry from alice (E2) by 2026-01-14
2026-01-19        breached   [10.2] bob did not respond to enquiry from alice (E1) by 2026-01-19
2026-01-20        event      bob responds, answering E1
2026-01-20        expect     ok: E1 breached
2026-01-20        expect     ok: E2 open
2026-01-26        breached   [10.2] bob did not respond to enquiry from alice (E2) by 2026-01-26
2026-02-02        expect     ok: E2 breached
result: 3 of 3 expectations met; 4 opened, 0 fulfilled, 4 breached, 0 departed, 0 still open

$ civic run tests/scenarios/matters.civic "without a reference, a deed meets the oldest duty still open"
scenario "without a reference, a deed meets the oldest duty still open" (tests/scenarios/matters.civic:25)
2026-01-05        event      alice sends enquiry to bob
2026-01-05        opened     [10.1] bob must acknowledge enquiry from alice by 2026-01-07
2026-01-05        opened     [10.2] bob must respond to enquiry from alice by 2026-01-19
2026-01-07        breached   [10.1] bob did not acknowledge enquiry from alice by 2026-01-07
2026-01-12        event      alice sends enquiry to bob
2026-01-12        opened     [10.1] bob must acknowledge enquiry from alice by 2026-01-14
2026-01-12        opened     [10.2] bob must respond to enquiry from alice by 2026-01-26
2026-01-12        expect     ok: [10.2] due 2026-01-19
2026-01-14        breached   [10.1] bob did not acknowledge enquiry from alice by 2026-01-14
2026-01-19        breached   [10.2] bob did not respond to enquiry from alice by 2026-01-19
2026-01-20        event      bob responds to alice
2026-01-20        fulfilled  [10.2] bob did respond to enquiry from alice, due 2026-01-26
2026-01-20        expect     ok: [10.2] breached
2026-01-20        expect     ok: [10.2] fulfilled
result: 3 of 3 expectations met; 4 opened, 1 fulfilled, 3 breached, 0 departed, 0 still open

$ civic run tests/scenarios/matters.civic "a response counts as the acknowledgement"
scenario "a response counts as the acknowledgement" (tests/scenarios/matters.civic:54)
2026-01-05        event      alice sends enquiry to bob
2026-01-05        opened     [10.1] bob must acknowledge enquiry from alice by 2026-01-07
2026-01-05        opened     [10.2] bob must respond to enquiry from alice by 2026-01-19
2026-01-06        event      bob responds to alice
2026-01-06        fulfilled  [10.2] bob did respond to enquiry from alice, due 2026-01-19
2026-01-06        fulfilled  [10.1] bob did acknowledge enquiry from alice, due 2026-01-07 (respond to enquiry counts as acknowledge enquiry [10.3])
2026-01-06        expect     ok: [10.1] fulfilled by bob
2026-01-06        expect     ok: [10.2] fulfilled by bob
2026-01-06        expect     ok: no breach
result: 3 of 3 expectations met; 2 opened, 2 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run --json tests/scenarios/matters.civic "two enquiries kept apart"
{
  "kind": "run",
  "file": "tests/scenarios/matters.civic",
  "entries": [
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-05",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "alice",
        "bob"
      ],
      "text": "alice sends enquiry E1 to bob",
      "file": "tests/scenarios/matters.civic",
      "line": 41,
      "what": "event",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 41,
        "actor": "alice",
        "verb": "sends",
        "action": "send",
        "thing": "enquiry",
        "target": "bob",
        "about": null
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-05",
      "time": null,
      "kind": "opened",
      "clause": "10.1",
      "people": [
        "bob",
        "alice"
      ],
      "text": "[10.1] bob must acknowledge enquiry from alice (E1) by 2026-01-07",
      "file": "tests/scenarios/matters.civic",
      "line": 41,
      "what": "opened",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 41,
        "actor": null,
        "verb": "sends",
        "action": "send",
        "thing": "enquiry",
        "target": null,
        "about": null
      },
      "duty": {
        "clause": "10.1",
        "modality": "must",
        "file": "tests/scenarios/matters.civic",
        "line": 7,
        "owner": "bob",
        "office": null,
        "counterpart": "alice",
        "opened": "2026-01-05",
        "due": "2026-01-07",
        "fallback_due": null,
        "fallback_applies": false,
        "done_by": null,
        "ref": "E1"
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-05",
      "time": null,
      "kind": "opened",
      "clause": "10.2",
      "people": [
        "bob",
        "alice"
      ],
      "text": "[10.2] bob must respond to enquiry from alice (E1) by 2026-01-19",
      "file": "tests/scenarios/matters.civic",
      "line": 41,
      "what": "opened",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 41,
        "actor": null,
        "verb": "sends",
        "action": "send",
        "thing": "enquiry",
        "target": null,
        "about": null
      },
      "duty": {
        "clause": "10.2",
        "modality": "must",
        "file": "tests/scenarios/matters.civic",
        "line": 8,
        "owner": "bob",
        "office": null,
        "counterpart": "alice",
        "opened": "2026-01-05",
        "due": "2026-01-19",
        "fallback_due": null,
        "fallback_applies": false,
        "done_by": null,
        "ref": "E1"
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-06",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "alice",
        "bob"
      ],
      "text": "alice sends enquiry E2 to bob",
      "file": "tests/scenarios/matters.civic",
      "line": 42,
      "what": "event",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 42,
        "actor": "alice",
        "verb": "sends",
        "action": "send",
        "thing": "enquiry",
        "target": "bob",
        "about": null
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-06",
      "time": null,
      "kind": "opened",
      "clause": "10.1",
      "people": [
        "bob",
        "alice"
      ],
      "text": "[10.1] bob must acknowledge enquiry from alice (E2) by 2026-01-08",
      "file": "tests/scenarios/matters.civic",
      "line": 42,
      "what": "opened",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 42,
        "actor": null,
        "verb": "sends",
        "action": "send",
        "thing": "enquiry",
        "target": null,
        "about": null
      },
      "duty": {
        "clause": "10.1",
        "modality": "must",
        "file": "tests/scenarios/matters.civic",
        "line": 7,
        "owner": "bob",
        "office": null,
        "counterpart": "alice",
        "opened": "2026-01-06",
        "due": "2026-01-08",
        "fallback_due": null,
        "fallback_applies": false,
        "done_by": null,
        "ref": "E2"
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-06",
      "time": null,
      "kind": "opened",
      "clause": "10.2",
      "people": [
        "bob",
        "alice"
      ],
      "text": "[10.2] bob must respond to enquiry from alice (E2) by 2026-01-20",
      "file": "tests/scenarios/matters.civic",
      "line": 42,
      "what": "opened",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 42,
        "actor": null,
        "verb": "sends",
        "action": "send",
        "thing": "enquiry",
        "target": null,
        "about": null
      },
      "duty": {
        "clause": "10.2",
        "modality": "must",
        "file": "tests/scenarios/matters.civic",
        "line": 8,
        "owner": "bob",
        "office": null,
        "counterpart": "alice",
        "opened": "2026-01-06",
        "due": "2026-01-20",
        "fallback_due": null,
        "fallback_applies": false,
        "done_by": null,
        "ref": "E2"
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-06",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "bob"
      ],
      "text": "bob responds, answering E2",
      "file": "tests/scenarios/matters.civic",
      "line": 43,
      "what": "event",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 43,
        "actor": "bob",
        "verb": "responds",
        "action": "respond",
        "thing": null,
        "target": null,
        "about": null
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-06",
      "time": null,
      "kind": "fulfilled",
      "clause": "10.2",
      "people": [
        "bob",
        "alice"
      ],
      "text": "[10.2] bob did respond to enquiry from alice (E2), due 2026-01-20",
      "file": "tests/scenarios/matters.civic",
      "line": 43,
      "what": "met",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 43,
        "actor": "bob",
        "verb": "responds",
        "action": "respond",
        "thing": null,
        "target": null,
        "about": null
      },
      "duty": {
        "clause": "10.2",
        "modality": "must",
        "file": "tests/scenarios/matters.civic",
        "line": 8,
        "owner": "bob",
        "office": null,
        "counterpart": "alice",
        "opened": "2026-01-06",
        "due": "2026-01-20",
        "fallback_due": null,
        "fallback_applies": false,
        "done_by": "bob",
        "ref": "E2"
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-06",
      "time": null,
      "kind": "fulfilled",
      "clause": "10.1",
      "people": [
        "bob",
        "alice"
      ],
      "text": "[10.1] bob did acknowledge enquiry from alice (E2), due 2026-01-08 (respond to enquiry counts as acknowledge enquiry [10.3])",
      "file": "tests/scenarios/matters.civic",
      "line": 43,
      "what": "met-as",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 43,
        "actor": "bob",
        "verb": "responds",
        "action": "respond",
        "thing": null,
        "target": null,
        "about": null
      },
      "duty": {
        "clause": "10.1",
        "modality": "must",
        "file": "tests/scenarios/matters.civic",
        "line": 7,
        "owner": "bob",
        "office": null,
        "counterpart": "alice",
        "opened": "2026-01-06",
        "due": "2026-01-08",
        "fallback_due": null,
        "fallback_applies": false,
        "done_by": "bob",
        "ref": "E2",
        "counts_as": {
          "clause": "10.3",
          "deed": "respond",
          "as": "acknowledge"
        }
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-06",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "E2 fulfilled",
      "ok": true,
      "file": "tests/scenarios/matters.civic",
      "line": 44,
      "what": "expect",
      "expectation": {
        "expect": "ref-state",
        "met": true,
        "expected": {
          "ref": "E2",
          "state": "fulfilled"
        },
        "found": {
          "state": "fulfilled"
        }
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-06",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "E1 open",
      "ok": true,
      "file": "tests/scenarios/matters.civic",
      "line": 45,
      "what": "expect",
      "expectation": {
        "expect": "ref-state",
        "met": true,
        "expected": {
          "ref": "E1",
          "state": "open"
        },
        "found": {
          "state": "open",
          "due": "2026-01-07"
        }
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-07",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "bob"
      ],
      "text": "bob acknowledges, answering E1",
      "file": "tests/scenarios/matters.civic",
      "line": 46,
      "what": "event",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 46,
        "actor": "bob",
        "verb": "acknowledges",
        "action": "acknowledge",
        "thing": null,
        "target": null,
        "about": null
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-07",
      "time": null,
      "kind": "fulfilled",
      "clause": "10.1",
      "people": [
        "bob",
        "alice"
      ],
      "text": "[10.1] bob did acknowledge enquiry from alice (E1), due 2026-01-07",
      "file": "tests/scenarios/matters.civic",
      "line": 46,
      "what": "met",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 46,
        "actor": "bob",
        "verb": "acknowledges",
        "action": "acknowledge",
        "thing": null,
        "target": null,
        "about": null
      },
      "duty": {
        "clause": "10.1",
        "modality": "must",
        "file": "tests/scenarios/matters.civic",
        "line": 7,
        "owner": "bob",
        "office": null,
        "counterpart": "alice",
        "opened": "2026-01-05",
        "due": "2026-01-07",
        "fallback_due": null,
        "fallback_applies": false,
        "done_by": "bob",
        "ref": "E1"
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-07",
      "time": null,
      "kind": "expectation",
      "clause": "10.1",
      "people": [
        "bob"
      ],
      "text": "[10.1] fulfilled by bob",
      "ok": true,
      "file": "tests/scenarios/matters.civic",
      "line": 47,
      "what": "expect",
      "expectation": {
        "expect": "state",
        "met": true,
        "expected": {
          "clause": "10.1",
          "state": "fulfilled",
          "person": "bob"
        },
        "found": {
          "state": "fulfilled"
        }
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-07",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "E1 open",
      "ok": true,
      "file": "tests/scenarios/matters.civic",
      "line": 48,
      "what": "expect",
      "expectation": {
        "expect": "ref-state",
        "met": true,
        "expected": {
          "ref": "E1",
          "state": "open"
        },
        "found": {
          "state": "open",
          "due": "2026-01-19"
        }
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-19",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "bob"
      ],
      "text": "bob responds, answering E1",
      "file": "tests/scenarios/matters.civic",
      "line": 49,
      "what": "event",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 49,
        "actor": "bob",
        "verb": "responds",
        "action": "respond",
        "thing": null,
        "target": null,
        "about": null
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-19",
      "time": null,
      "kind": "fulfilled",
      "clause": "10.2",
      "people": [
        "bob",
        "alice"
      ],
      "text": "[10.2] bob did respond to enquiry from alice (E1), due 2026-01-19",
      "file": "tests/scenarios/matters.civic",
      "line": 49,
      "what": "met",
      "event": {
        "file": "tests/scenarios/matters.civic",
        "line": 49,
        "actor": "bob",
        "verb": "responds",
        "action": "respond",
        "thing": null,
        "target": null,
        "about": null
      },
      "duty": {
        "clause": "10.2",
        "modality": "must",
        "file": "tests/scenarios/matters.civic",
        "line": 8,
        "owner": "bob",
        "office": null,
        "counterpart": "alice",
        "opened": "2026-01-05",
        "due": "2026-01-19",
        "fallback_due": null,
        "fallback_applies": false,
        "done_by": "bob",
        "ref": "E1"
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-19",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "E1 fulfilled",
      "ok": true,
      "file": "tests/scenarios/matters.civic",
      "line": 50,
      "what": "expect",
      "expectation": {
        "expect": "ref-state",
        "met": true,
        "expected": {
          "ref": "E1",
          "state": "fulfilled"
        },
        "found": {
          "state": "fulfilled"
        }
      }
    },
    {
      "scenario": "two enquiries kept apart",
      "date": "2026-01-19",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "no breach",
      "ok": true,
      "file": "tests/scenarios/matters.civic",
      "line": 51,
      "what": "expect",
      "expectation": {
        "expect": "no-breach",
        "met": true,
        "expected": {},
        "found": {
          "count": 0
        }
      }
    }
  ],
  "scenarios": [
    {
      "name": "two enquiries kept apart",
      "line": 38,
      "result": {
        "expectations": 6,
        "met": 6,
        "failed": 0,
        "events": 5,
        "opened": 4,
        "fulfilled": 4,
        "breached": 0,
        "departed": 0,
        "still_open": 0
      }
    }
  ],
  "result": {
    "scenarios": 1,
    "expectations": 6,
    "met": 6,
    "failed": 0,
    "events": 5,
    "opened": 4,
    "fulfilled": 4,
    "breached": 0,
    "departed": 0,
    "still_open": 0
  },
  "diagnostics": [],
  "ok": true
}

$ civic run tests/scenarios/seniority.civic "two people the order does not rank: it depends, and is no breach"
scenario "two people the order does not rank: it depends, and is no breach" (tests/scenarios/seniority.civic:40)
2026-03-02        event      dep instructs rfo
2026-03-02        skipped    [2] dep did instruct rfo: whether [2] forbids it depends on their seniority, which the protocol's order does not settle
2026-03-02        expect     ok: no breach
result: 1 of 1 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic test tests/check/scenario-errors-isolated.civic
tests/check/scenario-errors-isolated.civic:19:30: error: no matter was raised as 'E2' [unknown-ref]
   19 |   2025-01-07 bob responds to E2
      |                              ^~
hint: did you mean 'E1'?
tests/check/scenario-errors-isolated.civic:24:15: error: this question cannot be answered: unknown role 'Membr' [bad-question]
   24 |   expect "can Membr instruct Officer" forbidden
      |               ^~~~~
hint: did you mean 'Member'?
tests/check/scenario-errors-isolated.civic:19: scenario "a bad reference": error: no matter was raised as 'E2' (hint: did you mean 'E1'?)
tests/check/scenario-errors-isolated.civic:24: scenario "a question that cannot be answered": error: this question cannot be answered: unknown role 'Membr' (hint: did you mean 'Member'?)
1 passed, 2 failed
[1]

$ civic test --json tests/check/scenario-errors-isolated.civic
{
  "kind": "test",
  "files": [
    {
      "file": "tests/check/scenario-errors-isolated.civic",
      "scenarios": [
        {
          "name": "passes",
          "line": 7,
          "passed": true,
          "failures": []
        },
        {
          "name": "a bad reference",
          "line": 15,
          "passed": false,
          "failures": [
            {
              "line": 19,
              "message": "error: no matter was raised as 'E2' (hint: did you mean 'E1'?)"
            }
          ]
        },
        {
          "name": "a question that cannot be answered",
          "line": 23,
          "passed": false,
          "failures": [
            {
              "line": 24,
              "message": "error: this question cannot be answered: unknown role 'Membr' (hint: did you mean 'Member'?)"
            }
          ]
        }
      ]
    }
  ],
  "passed": 1,
  "failed": 2,
  "diagnostics": [],
  "ok": false
}
[1]

$ civic check tests/check/choices-too-many.civic
tests/check/choices-too-many.civic:7:10: error: this step gives the case to 9 offices at once: more than 8 [too-many]
    7 |   [12.3] Clerk and/or DeputyClerk and/or RFO and/or HeadOfService and/or ChiefOfficer and/or Chair and/or ViceChair and/...
      |          ^~~~~
hint: name fewer with 'and/or', or a role that covers them
tests/check/choices-too-many.civic: 1 error, 0 warnings
[1]

$ civic run tests/scenarios/choices.civic "possibly informally: passed over when the case is raised"
scenario "possibly informally: passed over when the case is raised" (tests/scenarios/choices.civic:120)
2026-02-02        event      alice raises objection about bob
2026-02-02        skipped    [15.1] objection by alice about bob: the informal step is passed over: an optional step (possibly), taken only when someone escalates the case
2026-02-02        escalated  [15.2] objection by alice about bob goes to the Town Clerk (tc)
2026-02-02        expect     ok: objection at tc
result: 1 of 1 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run tests/scenarios/relations.civic "a relation or an office: the office when nobody is the relation"
scenario "a relation or an office: the office when nobody is the relation" (tests/scenarios/relations.civic:142)
2026-03-02        event      alice raises concern about bob
2026-03-02        skipped    [D.1] concern by alice about bob: the line manager of bob is passed over: nobody holds that relation on 2026-03-02
2026-03-02        escalated  [D.1] concern by alice about bob goes to the Town Clerk (tc)
2026-03-02        expect     ok: concern at tc
2026-04-01        event      alice raises concern about bob
2026-04-01        escalated  [D.1] concern by alice about bob goes to the line manager of bob (carol)
2026-04-01        expect     ok: concern at carol
result: 2 of 2 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run --json tests/scenarios/relations.civic "a relation and/or an office: with both"
{
  "kind": "run",
  "file": "tests/scenarios/relations.civic",
  "entries": [
    {
      "scenario": "a relation and/or an office: with both",
      "date": "2026-03-02",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "alice"
      ],
      "text": "alice raises issue about bob",
      "file": "tests/scenarios/relations.civic",
      "line": 160,
      "what": "event",
      "event": {
        "file": "tests/scenarios/relations.civic",
        "line": 160,
        "actor": "alice",
        "verb": "raises",
        "action": "send",
        "thing": "issue",
        "target": null,
        "about": "bob"
      }
    },
    {
      "scenario": "a relation and/or an office: with both",
      "date": "2026-03-02",
      "time": null,
      "kind": "escalated",
      "clause": "E.1",
      "people": [
        "alice",
        "carol",
        "tc"
      ],
      "text": "[E.1] issue by alice about bob goes to the line manager of bob (carol) and/or the Town Clerk (tc); it is with each of them until one acts",
      "file": "tests/scenarios/relations.civic",
      "line": 139,
      "what": "case-to",
      "case": {
        "kind": "issue",
        "raiser": "alice",
        "subject": "bob",
        "route": "E",
        "step": 1,
        "handler": {
          "person": "carol",
          "office": "Officer",
          "procedure": null,
          "informal": false
        },
        "actor": null,
        "relation": {
          "name": "line-manager",
          "of": "bob"
        },
        "also": [
          {
            "person": "tc",
            "office": "Town Clerk"
          }
        ]
      }
    },
    {
      "scenario": "a relation and/or an office: with both",
      "date": "2026-03-02",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "issue at carol",
      "ok": true,
      "file": "tests/scenarios/relations.civic",
      "line": 161,
      "what": "expect",
      "expectation": {
        "expect": "at",
        "met": true,
        "expected": {
          "kind": "issue",
          "handler_person": "carol"
        },
        "found": {}
      }
    },
    {
      "scenario": "a relation and/or an office: with both",
      "date": "2026-03-02",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "issue at tc",
      "ok": true,
      "file": "tests/scenarios/relations.civic",
      "line": 162,
      "what": "expect",
      "expectation": {
        "expect": "at",
        "met": true,
        "expected": {
          "kind": "issue",
          "handler_person": "tc"
        },
        "found": {}
      }
    },
    {
      "scenario": "a relation and/or an office: with both",
      "date": "2026-03-03",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "tc"
      ],
      "text": "tc resolves issue",
      "file": "tests/scenarios/relations.civic",
      "line": 163,
      "what": "event",
      "event": {
        "file": "tests/scenarios/relations.civic",
        "line": 163,
        "actor": "tc",
        "verb": "resolves",
        "action": "resolve",
        "thing": "issue",
        "target": null,
        "about": null
      }
    },
    {
      "scenario": "a relation and/or an office: with both",
      "date": "2026-03-03",
      "time": null,
      "kind": "resolved",
      "clause": "E.1",
      "people": [
        "alice",
        "bob"
      ],
      "text": "[E.1] issue by alice about bob is resolved by tc",
      "file": "tests/scenarios/relations.civic",
      "line": 163,
      "what": "case-resolved",
      "event": {
        "file": "tests/scenarios/relations.civic",
        "line": 163,
        "actor": "tc",
        "verb": "resolves",
        "action": "resolve",
        "thing": "issue",
        "target": null,
        "about": null
      },
      "case": {
        "kind": "issue",
        "raiser": "alice",
        "subject": "bob",
        "route": "E",
        "step": 1,
        "handler": {
          "person": "carol",
          "office": "Officer",
          "procedure": null,
          "informal": false
        },
        "actor": "tc",
        "relation": {
          "name": "line-manager",
          "of": "bob"
        },
        "also": [
          {
            "person": "tc",
            "office": "Town Clerk"
          }
        ]
      }
    },
    {
      "scenario": "a relation and/or an office: with both",
      "date": "2026-03-03",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "issue resolved",
      "ok": true,
      "file": "tests/scenarios/relations.civic",
      "line": 164,
      "what": "expect",
      "expectation": {
        "expect": "resolved",
        "met": true,
        "expected": {
          "kind": "issue"
        },
        "found": {}
      }
    }
  ],
  "scenarios": [
    {
      "name": "a relation and/or an office: with both",
      "line": 154,
      "result": {
        "expectations": 3,
        "met": 3,
        "failed": 0,
        "events": 2,
        "opened": 0,
        "fulfilled": 0,
        "breached": 0,
        "departed": 0,
        "still_open": 0
      }
    }
  ],
  "result": {
    "scenarios": 1,
    "expectations": 3,
    "met": 3,
    "failed": 0,
    "events": 2,
    "opened": 0,
    "fulfilled": 0,
    "breached": 0,
    "departed": 0,
    "still_open": 0
  },
  "diagnostics": [],
  "ok": true
}

$ civic run tests/scenarios/seniority.civic "instructions judged on the ranks held that day"
scenario "instructions judged on the ranks held that day" (tests/scenarios/seniority.civic:12)
2026-03-02        event      tc instructs dep
2026-03-02        event      dep instructs olly
2026-03-02        expect     ok: no breach
2026-03-03        event      olly instructs dep
2026-03-03        breached   [2] olly did instruct dep, which the protocol forbids: it is permitted only when the Officer is junior to them
2026-03-03        expect     ok: [2] breached by olly
2026-03-03        expect     ok: no breach by dep
result: 3 of 3 expectations met; 0 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open

$ civic run tests/scenarios/seniority.civic "only the Clerk may manage officers"
scenario "only the Clerk may manage officers" (tests/scenarios/seniority.civic:47)
2026-03-02        event      tc manages olly
2026-03-02        expect     ok: no breach
2026-03-03        event      dep manages olly
2026-03-03        breached   [8.1] dep did manage olly, which the protocol forbids: only the Town Clerk may
2026-03-03        expect     ok: [8.1] breached by dep
2026-03-03        expect     ok: 'can DeputyClerk manage Officer': forbidden [8.1]
result: 3 of 3 expectations met; 0 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open

$ civic run tests/scenarios/seniority.civic "members may appoint only the Clerk"
scenario "members may appoint only the Clerk" (tests/scenarios/seniority.civic:61)
2026-03-02        event      alice appoints tc
2026-03-02        expect     ok: no breach
2026-03-03        event      alice appoints dep
2026-03-03        breached   [9] alice did appoint dep, which the protocol forbids: it is permitted only towards the Town Clerk
2026-03-03        expect     ok: [9] breached by alice
result: 2 of 2 expectations met; 0 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open

