# civic run and civic test: timelines (text and --json) of scenarios of
# tests/scenarios/engine.civic, and a file of scenarios written to fail
# (tests/failing/wrong.civic), with JUnit XML.

$ civic run tests/scenarios/engine.civic "late over Christmas: fallback not done"
scenario "late over Christmas: fallback not done" (tests/scenarios/engine.civic:49)
2025-12-23        event      alice sends enquiry to bob
2025-12-23        opened     [E1] bob must respond to enquiry from alice by 2025-12-29
2025-12-29        fallback   [E1] bob did not respond by 2025-12-29; the fallback applies: acknowledge enquiry and give timescale by 2025-12-31
2025-12-30        expect     ok: [E1] lapsed
2025-12-30        expect     ok: [E1] open
2025-12-30        expect     ok: [E1] due 2025-12-31
2025-12-31        breached   [E1] bob did not respond to enquiry from alice, nor acknowledge enquiry and give timescale by 2025-12-31
2026-01-02        expect     ok: [E1] breached
result: 4 of 4 expectations met; 1 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open

$ civic run tests/scenarios/engine.civic "a recommendation missed is a departure, with its reason"
scenario "a recommendation missed is a departure, with its reason" (tests/scenarios/engine.civic:83)
2026-05-01        event      bob sends request to alice
2026-05-01        opened     [E2] alice should respond to request from bob by 2026-05-07
2026-05-01        expect     ok: [E2] due 2026-05-07
2026-05-07        event      alice explains
2026-05-07        explained  [E2] alice explains: "on leave"
2026-05-07        departed   [E2] alice did not respond to request from bob by 2026-05-07 (a recommendation: a departure, not a breach)
2026-05-08        expect     ok: [E2] departed by alice
2026-05-08        expect     ok: no breach
result: 3 of 3 expectations met; 1 opened, 0 fulfilled, 0 breached, 1 departed, 0 still open

$ civic run tests/scenarios/engine.civic "complaint about the Clerk skips the Clerk"
scenario "complaint about the Clerk skips the Clerk" (tests/scenarios/engine.civic:154)
2026-02-02        event      alice raises complaint about carol
2026-02-02        escalated  [C.1] complaint by alice about carol goes to the parties, to settle informally
2026-02-03        event      alice escalates complaint
2026-02-03        skipped    [C.2] complaint by alice about carol: the Town Clerk is skipped, because carol is the subject of the complaint and nobody handles their own case
2026-02-03        escalated  [C.3] complaint by alice about carol goes to the Chair of Corporate Services Committee (cara)
2026-02-03        expect     ok: complaint reaches cara
2026-02-03        expect     ok: complaint reaches Chair of Corporate Services Committee
result: 2 of 2 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run tests/scenarios/engine.civic "an acting Clerk handles the case"
scenario "an acting Clerk handles the case" (tests/scenarios/engine.civic:183)
2026-02-02        event      alice raises complaint about bob
2026-02-02        escalated  [C.1] complaint by alice about bob goes to the parties, to settle informally
2026-02-03        event      alice escalates complaint
2026-02-03        escalated  [C.2] complaint by alice about bob goes to the Town Clerk (dave)
2026-02-03        opened     [E6] dave must acknowledge complaint from alice by 2026-02-04
2026-02-03        expect     ok: complaint at dave
2026-02-03        open       [E6] still open at the end: dave must acknowledge complaint from alice by 2026-02-04
result: 1 of 1 expectations met; 1 opened, 0 fulfilled, 0 breached, 0 departed, 1 still open

$ civic run --json --today 2026-12-06 tests/scenarios/engine.civic "answered in time"
{
  "kind": "run",
  "file": "tests/scenarios/engine.civic",
  "entries": [
    {
      "scenario": "answered in time",
      "date": "2025-12-23",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "alice",
        "bob"
      ],
      "text": "alice sends enquiry to bob",
      "file": "tests/scenarios/engine.civic",
      "line": 41,
      "what": "event",
      "event": {
        "file": "tests/scenarios/engine.civic",
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
      "scenario": "answered in time",
      "date": "2025-12-23",
      "time": null,
      "kind": "opened",
      "clause": "E1",
      "people": [
        "bob",
        "alice"
      ],
      "text": "[E1] bob must respond to enquiry from alice by 2025-12-29",
      "file": "tests/scenarios/engine.civic",
      "line": 41,
      "what": "opened",
      "event": {
        "file": "tests/scenarios/engine.civic",
        "line": 41,
        "actor": null,
        "verb": "sends",
        "action": "send",
        "thing": "enquiry",
        "target": null,
        "about": null
      },
      "duty": {
        "clause": "E1",
        "modality": "must",
        "file": "tests/scenarios/engine.civic",
        "line": 17,
        "owner": "bob",
        "office": null,
        "counterpart": "alice",
        "opened": "2025-12-23",
        "due": "2025-12-29",
        "fallback_due": "2025-12-31",
        "fallback_applies": false,
        "done_by": null
      }
    },
    {
      "scenario": "answered in time",
      "date": "2025-12-23",
      "time": null,
      "kind": "expectation",
      "clause": "E1",
      "people": [],
      "text": "[E1] open",
      "ok": true,
      "file": "tests/scenarios/engine.civic",
      "line": 42,
      "what": "expect",
      "expectation": {
        "expect": "state",
        "met": true,
        "expected": {
          "clause": "E1",
          "state": "open"
        },
        "found": {
          "state": "open",
          "due": "2025-12-29"
        }
      }
    },
    {
      "scenario": "answered in time",
      "date": "2025-12-23",
      "time": null,
      "kind": "expectation",
      "clause": "E1",
      "people": [],
      "text": "[E1] due 2025-12-29",
      "ok": true,
      "file": "tests/scenarios/engine.civic",
      "line": 43,
      "what": "expect",
      "expectation": {
        "expect": "due",
        "met": true,
        "expected": {
          "clause": "E1",
          "date": "2025-12-29"
        },
        "found": {
          "due": "2025-12-29"
        }
      }
    },
    {
      "scenario": "answered in time",
      "date": "2025-12-29",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "bob",
        "alice"
      ],
      "text": "bob responds to alice",
      "file": "tests/scenarios/engine.civic",
      "line": 44,
      "what": "event",
      "event": {
        "file": "tests/scenarios/engine.civic",
        "line": 44,
        "actor": "bob",
        "verb": "responds",
        "action": "respond",
        "thing": null,
        "target": "alice",
        "about": null
      }
    },
    {
      "scenario": "answered in time",
      "date": "2025-12-29",
      "time": null,
      "kind": "fulfilled",
      "clause": "E1",
      "people": [
        "bob",
        "alice"
      ],
      "text": "[E1] bob did respond to enquiry from alice, due 2025-12-29",
      "file": "tests/scenarios/engine.civic",
      "line": 44,
      "what": "met",
      "event": {
        "file": "tests/scenarios/engine.civic",
        "line": 44,
        "actor": "bob",
        "verb": "responds",
        "action": "respond",
        "thing": null,
        "target": null,
        "about": null
      },
      "duty": {
        "clause": "E1",
        "modality": "must",
        "file": "tests/scenarios/engine.civic",
        "line": 17,
        "owner": "bob",
        "office": null,
        "counterpart": "alice",
        "opened": "2025-12-23",
        "due": "2025-12-29",
        "fallback_due": "2025-12-31",
        "fallback_applies": false,
        "done_by": "bob"
      }
    },
    {
      "scenario": "answered in time",
      "date": "2025-12-29",
      "time": null,
      "kind": "expectation",
      "clause": "E1",
      "people": [
        "bob"
      ],
      "text": "[E1] fulfilled by bob",
      "ok": true,
      "file": "tests/scenarios/engine.civic",
      "line": 45,
      "what": "expect",
      "expectation": {
        "expect": "state",
        "met": true,
        "expected": {
          "clause": "E1",
          "state": "fulfilled",
          "person": "bob"
        },
        "found": {
          "state": "fulfilled"
        }
      }
    },
    {
      "scenario": "answered in time",
      "date": "2025-12-29",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "no breach",
      "ok": true,
      "file": "tests/scenarios/engine.civic",
      "line": 46,
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
      "name": "answered in time",
      "line": 38,
      "result": {
        "expectations": 4,
        "met": 4,
        "failed": 0,
        "events": 2,
        "opened": 1,
        "fulfilled": 1,
        "breached": 0,
        "departed": 0,
        "still_open": 0
      }
    }
  ],
  "result": {
    "scenarios": 1,
    "expectations": 4,
    "met": 4,
    "failed": 0,
    "events": 2,
    "opened": 1,
    "fulfilled": 1,
    "breached": 0,
    "departed": 0,
    "still_open": 0
  },
  "diagnostics": [
    {
      "file": "tests/scenarios/engine.civic",
      "line": 11,
      "col": 3,
      "end_col": 29,
      "severity": "warning",
      "code": "review-overdue",
      "message": "the protocol's review was due on 2026-06-01 and is overdue as of 2026-12-06",
      "hints": [
        "after the council reviews it, record the date: 'reviewed 2026-12-06'"
      ]
    }
  ],
  "ok": true
}

$ civic run --json --today 2026-12-06 tests/scenarios/engine.civic "a prohibition broken"
{
  "kind": "run",
  "file": "tests/scenarios/engine.civic",
  "entries": [
    {
      "scenario": "a prohibition broken",
      "date": "2026-03-02",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "alice",
        "bob"
      ],
      "text": "alice instructs bob",
      "file": "tests/scenarios/engine.civic",
      "line": 97,
      "what": "event",
      "event": {
        "file": "tests/scenarios/engine.civic",
        "line": 97,
        "actor": "alice",
        "verb": "instructs",
        "action": "instruct",
        "thing": null,
        "target": "bob",
        "about": null
      }
    },
    {
      "scenario": "a prohibition broken",
      "date": "2026-03-02",
      "time": null,
      "kind": "breached",
      "clause": "E3",
      "people": [
        "alice",
        "bob"
      ],
      "text": "[E3] alice did instruct bob, which the protocol forbids",
      "file": "tests/scenarios/engine.civic",
      "line": 97,
      "what": "forbidden-act",
      "event": {
        "file": "tests/scenarios/engine.civic",
        "line": 97,
        "actor": "alice",
        "verb": "instructs",
        "action": "instruct",
        "thing": null,
        "target": "bob",
        "about": null
      },
      "duty": {
        "clause": "E3",
        "modality": "must not",
        "file": "tests/scenarios/engine.civic",
        "line": 20
      }
    },
    {
      "scenario": "a prohibition broken",
      "date": "2026-03-02",
      "time": null,
      "kind": "expectation",
      "clause": "E3",
      "people": [
        "alice"
      ],
      "text": "[E3] breached by alice",
      "ok": true,
      "file": "tests/scenarios/engine.civic",
      "line": 98,
      "what": "expect",
      "expectation": {
        "expect": "state",
        "met": true,
        "expected": {
          "clause": "E3",
          "state": "breached",
          "person": "alice"
        },
        "found": {
          "state": "breached"
        }
      }
    }
  ],
  "scenarios": [
    {
      "name": "a prohibition broken",
      "line": 94,
      "result": {
        "expectations": 1,
        "met": 1,
        "failed": 0,
        "events": 1,
        "opened": 0,
        "fulfilled": 0,
        "breached": 1,
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
    "events": 1,
    "opened": 0,
    "fulfilled": 0,
    "breached": 1,
    "departed": 0,
    "still_open": 0
  },
  "diagnostics": [
    {
      "file": "tests/scenarios/engine.civic",
      "line": 11,
      "col": 3,
      "end_col": 29,
      "severity": "warning",
      "code": "review-overdue",
      "message": "the protocol's review was due on 2026-06-01 and is overdue as of 2026-12-06",
      "hints": [
        "after the council reviews it, record the date: 'reviewed 2026-12-06'"
      ]
    }
  ],
  "ok": true
}

$ civic run tests/scenarios/engine.civic "no such scenario"
civic: tests/scenarios/engine.civic has no scenario named "no such scenario"
  "answered in time"
  "late over Christmas: fallback not done"
  "fallback done before the first deadline"
  "fallback done in the fallback window"
  "a recommendation missed is a departure, with its reason"
  "a prohibition broken"
  "the exception holds: approved by the Clerk"
  "an override that holds"
  "should not: a departure"
  "deadline in hours"
  "complaint about an officer"
  "complaint route, step by step"
  "complaint about the Clerk skips the Clerk"
  "a step's time limit passes"
  "the raiser is skipped"
  "an acting Clerk handles the case"
  "duties follow the office"
  "breaches escalate as complaints"
  "review"
  "nothing arises without its thing"
  "a response meets the oldest duty first"
  "times of day start again each day"
[1]

$ civic run tests/failing/wrong.civic "wrong about a prohibition"
scenario "wrong about a prohibition" (tests/failing/wrong.civic:33)
2026-03-02        event      alice instructs bob
2026-03-02        breached   [E2] alice did instruct bob, which the protocol forbids
2026-03-02        expect     FAILED at tests/failing/wrong.civic:37: expected no duty of [E2], but 1 arose
2026-03-02        expect     FAILED at tests/failing/wrong.civic:38: expected [E2] breached by bob, but nothing under that clause has happened to bob (no duty, no breach)
result: 0 of 2 expectations met; 0 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open
[1]

$ civic test tests/failing
tests/failing/wrong.civic:27: scenario "wrong due date over Christmas": expected [E1] due 2025-12-25, but it is due 2025-12-29
tests/failing/wrong.civic:29: scenario "wrong due date over Christmas": expected [E1] fulfilled, but it was breached
tests/failing/wrong.civic:30: scenario "wrong due date over Christmas": expected no breach, but there was 1
tests/failing/wrong.civic:37: scenario "wrong about a prohibition": expected no duty of [E2], but 1 arose
tests/failing/wrong.civic:38: scenario "wrong about a prohibition": expected [E2] breached by bob, but nothing under that clause has happened to bob (no duty, no breach)
tests/failing/wrong.civic:46: scenario "wrong about a recommendation": expected [E3] breached, but it was departed from
tests/failing/wrong.civic:47: scenario "wrong about a recommendation": expected no departure, but there was 1
tests/failing/wrong.civic:55: scenario "wrong about a complaint": expected the complaint to be with the council's disciplinary procedure, but it is with carol
tests/failing/wrong.civic:56: scenario "wrong about a complaint": expected a complaint to be resolved, but none is
tests/failing/wrong.civic:57: scenario "wrong about a complaint": expected a complaint to have ended, but it is with carol
1 passed, 4 failed
[1]

$ civic test tests/failing ./tests/failing/wrong.civic
tests/failing/wrong.civic:27: scenario "wrong due date over Christmas": expected [E1] due 2025-12-25, but it is due 2025-12-29
tests/failing/wrong.civic:29: scenario "wrong due date over Christmas": expected [E1] fulfilled, but it was breached
tests/failing/wrong.civic:30: scenario "wrong due date over Christmas": expected no breach, but there was 1
tests/failing/wrong.civic:37: scenario "wrong about a prohibition": expected no duty of [E2], but 1 arose
tests/failing/wrong.civic:38: scenario "wrong about a prohibition": expected [E2] breached by bob, but nothing under that clause has happened to bob (no duty, no breach)
tests/failing/wrong.civic:46: scenario "wrong about a recommendation": expected [E3] breached, but it was departed from
tests/failing/wrong.civic:47: scenario "wrong about a recommendation": expected no departure, but there was 1
tests/failing/wrong.civic:55: scenario "wrong about a complaint": expected the complaint to be with the council's disciplinary procedure, but it is with carol
tests/failing/wrong.civic:56: scenario "wrong about a complaint": expected a complaint to be resolved, but none is
tests/failing/wrong.civic:57: scenario "wrong about a complaint": expected a complaint to have ended, but it is with carol
1 passed, 4 failed
[1]

$ civic test --json tests/failing/wrong.civic
{
  "kind": "test",
  "files": [
    {
      "file": "tests/failing/wrong.civic",
      "scenarios": [
        {
          "name": "passes",
          "line": 16,
          "passed": true,
          "failures": []
        },
        {
          "name": "wrong due date over Christmas",
          "line": 23,
          "passed": false,
          "failures": [
            {
              "line": 27,
              "message": "expected [E1] due 2025-12-25, but it is due 2025-12-29",
              "entry": {
                "scenario": "wrong due date over Christmas",
                "date": "2025-12-23",
                "time": null,
                "kind": "expectation",
                "clause": "E1",
                "people": [],
                "text": "expected [E1] due 2025-12-25, but it is due 2025-12-29",
                "ok": false,
                "file": "tests/failing/wrong.civic",
                "line": 27,
                "what": "expect",
                "expectation": {
                  "expect": "due",
                  "met": false,
                  "expected": {
                    "clause": "E1",
                    "date": "2025-12-25"
                  },
                  "found": {
                    "due": "2025-12-29"
                  }
                }
              }
            },
            {
              "line": 29,
              "message": "expected [E1] fulfilled, but it was breached",
              "entry": {
                "scenario": "wrong due date over Christmas",
                "date": "2025-12-30",
                "time": null,
                "kind": "expectation",
                "clause": "E1",
                "people": [],
                "text": "expected [E1] fulfilled, but it was breached",
                "ok": false,
                "file": "tests/failing/wrong.civic",
                "line": 29,
                "what": "expect",
                "expectation": {
                  "expect": "state",
                  "met": false,
                  "expected": {
                    "clause": "E1",
                    "state": "fulfilled"
                  },
                  "found": {
                    "state": "breached"
                  }
                }
              }
            },
            {
              "line": 30,
              "message": "expected no breach, but there was 1",
              "entry": {
                "scenario": "wrong due date over Christmas",
                "date": "2025-12-30",
                "time": null,
                "kind": "expectation",
                "clause": null,
                "people": [],
                "text": "expected no breach, but there was 1",
                "ok": false,
                "file": "tests/failing/wrong.civic",
                "line": 30,
                "what": "expect",
                "expectation": {
                  "expect": "no-breach",
                  "met": false,
                  "expected": {},
                  "found": {
                    "count": 1
                  }
                }
              }
            }
          ]
        },
        {
          "name": "wrong about a prohibition",
          "line": 33,
          "passed": false,
          "failures": [
            {
              "line": 37,
              "message": "expected no duty of [E2], but 1 arose",
              "entry": {
                "scenario": "wrong about a prohibition",
                "date": "2026-03-02",
                "time": null,
                "kind": "expectation",
                "clause": "E2",
                "people": [],
                "text": "expected no duty of [E2], but 1 arose",
                "ok": false,
                "file": "tests/failing/wrong.civic",
                "line": 37,
                "what": "expect",
                "expectation": {
                  "expect": "not-opened",
                  "met": false,
                  "expected": {
                    "clause": "E2"
                  },
                  "found": {
                    "count": 1
                  }
                }
              }
            },
            {
              "line": 38,
              "message": "expected [E2] breached by bob, but nothing under that clause has happened to bob (no duty, no breach)",
              "entry": {
                "scenario": "wrong about a prohibition",
                "date": "2026-03-02",
                "time": null,
                "kind": "expectation",
                "clause": "E2",
                "people": [
                  "bob"
                ],
                "text": "expected [E2] breached by bob, but nothing under that clause has happened to bob (no duty, no breach)",
                "ok": false,
                "file": "tests/failing/wrong.civic",
                "line": 38,
                "what": "expect",
                "expectation": {
                  "expect": "state",
                  "met": false,
                  "expected": {
                    "clause": "E2",
                    "state": "breached",
                    "person": "bob"
                  },
                  "found": {
                    "state": "nothing"
                  }
                }
              }
            }
          ]
        },
        {
          "name": "wrong about a recommendation",
          "line": 41,
          "passed": false,
          "failures": [
            {
              "line": 46,
              "message": "expected [E3] breached, but it was departed from",
              "entry": {
                "scenario": "wrong about a recommendation",
                "date": "2026-05-08",
                "time": null,
                "kind": "expectation",
                "clause": "E3",
                "people": [],
                "text": "expected [E3] breached, but it was departed from",
                "ok": false,
                "file": "tests/failing/wrong.civic",
                "line": 46,
                "what": "expect",
                "expectation": {
                  "expect": "state",
                  "met": false,
                  "expected": {
                    "clause": "E3",
                    "state": "breached"
                  },
                  "found": {
                    "state": "departed"
                  }
                }
              }
            },
            {
              "line": 47,
              "message": "expected no departure, but there was 1",
              "entry": {
                "scenario": "wrong about a recommendation",
                "date": "2026-05-08",
                "time": null,
                "kind": "expectation",
                "clause": null,
                "people": [],
                "text": "expected no departure, but there was 1",
                "ok": false,
                "file": "tests/failing/wrong.civic",
                "line": 47,
                "what": "expect",
                "expectation": {
                  "expect": "no-departure",
                  "met": false,
                  "expected": {},
                  "found": {
                    "count": 1
                  }
                }
              }
            }
          ]
        },
        {
          "name": "wrong about a complaint",
          "line": 50,
          "passed": false,
          "failures": [
            {
              "line": 55,
              "message": "expected the complaint to be with the council's disciplinary procedure, but it is with carol",
              "entry": {
                "scenario": "wrong about a complaint",
                "date": "2026-02-02",
                "time": null,
                "kind": "expectation",
                "clause": null,
                "people": [],
                "text": "expected the complaint to be with the council's disciplinary procedure, but it is with carol",
                "ok": false,
                "file": "tests/failing/wrong.civic",
                "line": 55,
                "what": "expect",
                "expectation": {
                  "expect": "at",
                  "met": false,
                  "expected": {
                    "kind": "complaint",
                    "handler_procedure": "disciplinary"
                  },
                  "found": {
                    "where": "with",
                    "person": "carol",
                    "office": null,
                    "procedure": null
                  }
                }
              }
            },
            {
              "line": 56,
              "message": "expected a complaint to be resolved, but none is",
              "entry": {
                "scenario": "wrong about a complaint",
                "date": "2026-02-02",
                "time": null,
                "kind": "expectation",
                "clause": null,
                "people": [],
                "text": "expected a complaint to be resolved, but none is",
                "ok": false,
                "file": "tests/failing/wrong.civic",
                "line": 56,
                "what": "expect",
                "expectation": {
                  "expect": "resolved",
                  "met": false,
                  "expected": {
                    "kind": "complaint"
                  },
                  "found": {}
                }
              }
            },
            {
              "line": 57,
              "message": "expected a complaint to have ended, but it is with carol",
              "entry": {
                "scenario": "wrong about a complaint",
                "date": "2026-02-02",
                "time": null,
                "kind": "expectation",
                "clause": null,
                "people": [],
                "text": "expected a complaint to have ended, but it is with carol",
                "ok": false,
                "file": "tests/failing/wrong.civic",
                "line": 57,
                "what": "expect",
                "expectation": {
                  "expect": "ended",
                  "met": false,
                  "expected": {
                    "kind": "complaint"
                  },
                  "found": {
                    "where": "with",
                    "person": "carol",
                    "office": null,
                    "procedure": null
                  }
                }
              }
            }
          ]
        }
      ]
    }
  ],
  "passed": 1,
  "failed": 4,
  "diagnostics": [],
  "ok": false
}
[1]

$ civic test tests/check/names.civic
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
tests/check/names.civic: 11 errors in the file; its scenarios were not run
0 passed, 1 failed
[1]

$ civic test tests/failing/no-such-file.civic
tests/failing/no-such-file.civic: cannot read: No such file or directory
0 passed, 1 failed
[1]

$ d=$(mktemp -d) && civic test --junit "$d/out.xml" tests/failing > /dev/null; echo "exit $?"; cat "$d/out.xml"; if command -v xmllint > /dev/null; then xmllint --noout "$d/out.xml"; fi; s=$?; rm -rf "$d"; exit $s
exit 1
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="civic" tests="5" failures="4" errors="0" time="0">
  <testsuite name="tests/failing/wrong.civic" tests="5" failures="4" errors="0" skipped="0" time="0">
    <testcase name="passes" classname="tests/failing/wrong.civic" time="0" file="tests/failing/wrong.civic" line="16"/>
    <testcase name="wrong due date over Christmas" classname="tests/failing/wrong.civic" time="0" file="tests/failing/wrong.civic" line="23">
      <failure message="expected [E1] due 2025-12-25, but it is due 2025-12-29" type="expectation">tests/failing/wrong.civic:27: expected [E1] due 2025-12-25, but it is due 2025-12-29
tests/failing/wrong.civic:29: expected [E1] fulfilled, but it was breached
tests/failing/wrong.civic:30: expected no breach, but there was 1
</failure>
    </testcase>
    <testcase name="wrong about a prohibition" classname="tests/failing/wrong.civic" time="0" file="tests/failing/wrong.civic" line="33">
      <failure message="expected no duty of [E2], but 1 arose" type="expectation">tests/failing/wrong.civic:37: expected no duty of [E2], but 1 arose
tests/failing/wrong.civic:38: expected [E2] breached by bob, but nothing under that clause has happened to bob (no duty, no breach)
</failure>
    </testcase>
    <testcase name="wrong about a recommendation" classname="tests/failing/wrong.civic" time="0" file="tests/failing/wrong.civic" line="41">
      <failure message="expected [E3] breached, but it was departed from" type="expectation">tests/failing/wrong.civic:46: expected [E3] breached, but it was departed from
tests/failing/wrong.civic:47: expected no departure, but there was 1
</failure>
    </testcase>
    <testcase name="wrong about a complaint" classname="tests/failing/wrong.civic" time="0" file="tests/failing/wrong.civic" line="50">
      <failure message="expected the complaint to be with the council&apos;s disciplinary procedure, but it is with carol" type="expectation">tests/failing/wrong.civic:55: expected the complaint to be with the council&apos;s disciplinary procedure, but it is with carol
tests/failing/wrong.civic:56: expected a complaint to be resolved, but none is
tests/failing/wrong.civic:57: expected a complaint to have ended, but it is with carol
</failure>
    </testcase>
  </testsuite>
</testsuites>

$ civic test --junit /no/such/dir/out.xml tests/failing
civic: cannot write '/no/such/dir/out.xml': No such file or directory
tests/failing/wrong.civic:27: scenario "wrong due date over Christmas": expected [E1] due 2025-12-25, but it is due 2025-12-29
tests/failing/wrong.civic:29: scenario "wrong due date over Christmas": expected [E1] fulfilled, but it was breached
tests/failing/wrong.civic:30: scenario "wrong due date over Christmas": expected no breach, but there was 1
tests/failing/wrong.civic:37: scenario "wrong about a prohibition": expected no duty of [E2], but 1 arose
tests/failing/wrong.civic:38: scenario "wrong about a prohibition": expected [E2] breached by bob, but nothing under that clause has happened to bob (no duty, no breach)
tests/failing/wrong.civic:46: scenario "wrong about a recommendation": expected [E3] breached, but it was departed from
tests/failing/wrong.civic:47: scenario "wrong about a recommendation": expected no departure, but there was 1
tests/failing/wrong.civic:55: scenario "wrong about a complaint": expected the complaint to be with the council's disciplinary procedure, but it is with carol
tests/failing/wrong.civic:56: scenario "wrong about a complaint": expected a complaint to be resolved, but none is
tests/failing/wrong.civic:57: scenario "wrong about a complaint": expected a complaint to have ended, but it is with carol
1 passed, 4 failed
[2]

$ civic run tests/scenarios/no-route.civic
scenario "no route covers it" (tests/scenarios/no-route.civic:6)
2026-01-05        event      bob raises grievance about alice
2026-01-05        closed     no route in the protocol covers a grievance by bob about alice
2026-01-06        event      bob raises complaint about alice
2026-01-06        closed     no route in the protocol covers a complaint by bob about alice
result: 0 of 0 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

$ civic run --json tests/check/unknown-role.civic
{
  "kind": "run",
  "file": "tests/check/unknown-role.civic",
  "entries": [],
  "scenarios": [],
  "result": {
    "scenarios": 0,
    "expectations": 0,
    "met": 0,
    "failed": 0,
    "events": 0,
    "opened": 0,
    "fulfilled": 0,
    "breached": 0,
    "departed": 0,
    "still_open": 0
  },
  "diagnostics": [
    {
      "file": "tests/check/unknown-role.civic",
      "line": 4,
      "col": 30,
      "end_col": 36,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Oficer'",
      "hints": [
        "did you mean 'Officer'?"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 5,
      "col": 16,
      "end_col": 22,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Widget'",
      "hints": [
        "declare it with 'role Widget is Member' (or Officer), or 'use \"roles\"' for the shared roles"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 6,
      "col": 17,
      "end_col": 24,
      "severity": "error",
      "code": "not-a-role",
      "message": "'enquiry' is a thing, not a role",
      "hints": [
        "use a role here: 'roles' at the REPL lists them"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 7,
      "col": 7,
      "end_col": 16,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Councilor'",
      "hints": [
        "did you mean 'Councillor'?"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 8,
      "col": 51,
      "end_col": 56,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Clerc'",
      "hints": [
        "did you mean 'Clerk'?"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 9,
      "col": 33,
      "end_col": 42,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Treasurer'",
      "hints": [
        "declare it with 'role Treasurer is Member' (or Officer), or 'use \"roles\"' for the shared roles"
      ]
    }
  ],
  "ok": false
}
[1]

$ civic test --json tests/check/unknown-role.civic
{
  "kind": "test",
  "files": [
    {
      "file": "tests/check/unknown-role.civic",
      "scenarios": [
        {
          "name": "check",
          "line": 0,
          "passed": false,
          "failures": [
            {
              "line": 0,
              "message": "6 errors in the file; its scenarios were not run"
            }
          ]
        }
      ]
    }
  ],
  "passed": 0,
  "failed": 1,
  "diagnostics": [
    {
      "file": "tests/check/unknown-role.civic",
      "line": 4,
      "col": 30,
      "end_col": 36,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Oficer'",
      "hints": [
        "did you mean 'Officer'?"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 5,
      "col": 16,
      "end_col": 22,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Widget'",
      "hints": [
        "declare it with 'role Widget is Member' (or Officer), or 'use \"roles\"' for the shared roles"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 6,
      "col": 17,
      "end_col": 24,
      "severity": "error",
      "code": "not-a-role",
      "message": "'enquiry' is a thing, not a role",
      "hints": [
        "use a role here: 'roles' at the REPL lists them"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 7,
      "col": 7,
      "end_col": 16,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Councilor'",
      "hints": [
        "did you mean 'Councillor'?"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 8,
      "col": 51,
      "end_col": 56,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Clerc'",
      "hints": [
        "did you mean 'Clerk'?"
      ]
    },
    {
      "file": "tests/check/unknown-role.civic",
      "line": 9,
      "col": 33,
      "end_col": 42,
      "severity": "error",
      "code": "unknown-role",
      "message": "unknown role 'Treasurer'",
      "hints": [
        "declare it with 'role Treasurer is Member' (or Officer), or 'use \"roles\"' for the shared roles"
      ]
    }
  ],
  "ok": false
}
[1]

$ civic run protocols/houghton-regis.test.civic '10.2 LATE over christmas'
civic: protocols/houghton-regis.test.civic has no scenario named "10.2 LATE over christmas"
hint: did you mean "10.2 late over Christmas"?
[1]

$ civic run --json --today 2026-01-01 protocols/houghton-regis.test.civic '10.2 LATE over christmas' 2>/dev/null | python3 -c 'import sys, json; d = json.load(sys.stdin); print(d["ok"], [(x["code"], x["message"], x["hints"]) for x in d["diagnostics"] if x["severity"] == "error"])'
False [('unknown-scenario', 'protocols/houghton-regis.test.civic has no scenario named "10.2 LATE over christmas"', ['did you mean "10.2 late over Christmas"?'])]

$ civic run --json tests/no-such-file.civic; echo "exit $?"
civic: cannot read 'tests/no-such-file.civic': No such file or directory
{
  "kind": "run",
  "file": "tests/no-such-file.civic",
  "entries": [],
  "scenarios": [],
  "result": {
    "scenarios": 0,
    "expectations": 0,
    "met": 0,
    "failed": 0,
    "events": 0,
    "opened": 0,
    "fulfilled": 0,
    "breached": 0,
    "departed": 0,
    "still_open": 0
  },
  "diagnostics": [],
  "ok": false
}
exit 2

$ civic run --json tests/scenarios; echo "exit $?"
civic: cannot read 'tests/scenarios': Is a directory
{
  "kind": "run",
  "file": "tests/scenarios",
  "entries": [],
  "scenarios": [],
  "result": {
    "scenarios": 0,
    "expectations": 0,
    "met": 0,
    "failed": 0,
    "events": 0,
    "opened": 0,
    "fulfilled": 0,
    "breached": 0,
    "departed": 0,
    "still_open": 0
  },
  "diagnostics": [],
  "ok": false
}
exit 2

$ civic query --json tests/no-such-file.civic can Member instruct Officer; echo "exit $?"
civic: cannot read 'tests/no-such-file.civic': No such file or directory
{
  "kind": "can",
  "query": "can Member instruct Officer",
  "errors": [],
  "diagnostics": [],
  "ok": false
}
exit 2

$ civic query --json tests/scenarios roles; echo "exit $?"
civic: cannot read 'tests/scenarios': Is a directory
{
  "kind": "roles",
  "query": "roles",
  "errors": [],
  "diagnostics": [],
  "ok": false
}
exit 2

