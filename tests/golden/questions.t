# expect "can ROLE ACTION [ROLE]" VERDICT: checked by civic check, answered by
# civic run and civic test.

$ civic check --today 2026-11-22 tests/check/scenario-questions.civic
tests/check/scenario-questions.civic:10:15: error: this question cannot be answered: unknown role 'Membr' [bad-question]
   10 |   expect "can Membr instruct Officer" forbidden
      |               ^~~~~
hint: did you mean 'Member'?
tests/check/scenario-questions.civic:11:10: error: only a 'can' question has a verdict to expect [bad-expect]
   11 |   expect "who manages Clerk" nobody
      |          ^~~~~~~~~~~~~~~~~~~
hint: write like 'expect "can Member instruct Officer" forbidden'
tests/check/scenario-questions.civic:12:40: error: 'forbiden' is not a verdict [bad-expect]
   12 |   expect "can Member instruct Officer" forbiden
      |                                        ^~~~~~~~
hint: did you mean 'forbidden'?
tests/check/scenario-questions.civic:13:3: error: what should the answer be? [bad-expect]
   13 |   expect "can Member instruct Officer"
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: write obliged, forbidden, recommended, discouraged, permitted or unregulated after the question
tests/check/scenario-questions.civic:14:22: error: this question cannot be answered: unknown action 'fly' [bad-question]
   14 |   expect "can Member fly Officer" unregulated
      |                      ^~~
hint: the rules on Member towards Officer are about: instruct ('duties of Member' lists them)
hint: if 'fly' means one of these, the protocol can say so: 'ACTION aka fly'
tests/check/scenario-questions.civic: 5 errors, 0 warnings
[1]

$ civic run --today 2026-11-22 tests/check/scenario-questions-run.civic
scenario "questions" (tests/check/scenario-questions-run.civic:7)
2026-01-05        expect     ok: 'can LineManager manage DeputyClerk': permitted [8.1]
2026-01-05        expect     FAILED at tests/check/scenario-questions-run.civic:10: expected 'can Member instruct Officer' to be permitted, but it is forbidden [8.2]
result: 1 of 2 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open
[1]

$ civic test --today 2026-11-22 tests/check/scenario-questions-run.civic
tests/check/scenario-questions-run.civic:10: scenario "questions": expected 'can Member instruct Officer' to be permitted, but it is forbidden [8.2]
0 passed, 1 failed
[1]

$ civic run --json --today 2026-11-22 tests/check/scenario-questions-run.civic
{
  "kind": "run",
  "file": "tests/check/scenario-questions-run.civic",
  "entries": [
    {
      "scenario": "questions",
      "date": "2026-01-05",
      "time": null,
      "kind": "expectation",
      "clause": "8.1",
      "people": [],
      "text": "'can LineManager manage DeputyClerk': permitted [8.1]",
      "ok": true,
      "file": "tests/check/scenario-questions-run.civic",
      "line": 8,
      "what": "expect",
      "expectation": {
        "expect": "verdict",
        "met": true,
        "expected": {
          "question": "can LineManager manage DeputyClerk",
          "verdict": "permitted"
        },
        "found": {
          "answered": true,
          "verdict": "permitted",
          "clause": "8.1"
        }
      }
    },
    {
      "scenario": "questions",
      "date": "2026-01-05",
      "time": null,
      "kind": "expectation",
      "clause": "8.2",
      "people": [],
      "text": "expected 'can Member instruct Officer' to be permitted, but it is forbidden [8.2]",
      "ok": false,
      "file": "tests/check/scenario-questions-run.civic",
      "line": 10,
      "what": "expect",
      "expectation": {
        "expect": "verdict",
        "met": false,
        "expected": {
          "question": "can Member instruct Officer",
          "verdict": "permitted"
        },
        "found": {
          "answered": true,
          "verdict": "forbidden",
          "clause": "8.2"
        }
      }
    }
  ],
  "scenarios": [
    {
      "name": "questions",
      "line": 7,
      "result": {
        "expectations": 2,
        "met": 1,
        "failed": 1,
        "events": 1,
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
    "expectations": 2,
    "met": 1,
    "failed": 1,
    "events": 1,
    "opened": 0,
    "fulfilled": 0,
    "breached": 0,
    "departed": 0,
    "still_open": 0
  },
  "diagnostics": [],
  "ok": false
}
[1]

