# civic test --coverage: which clauses of each protocol the scenarios exercise
# (fixtures in tests/coverage/; docs/LANGUAGE.md says what counts).

# One file of scenarios: the protocol it uses, 7 of its 11 checkable clauses
# ([1] declares a role only and is not counted).
$ civic test --coverage tests/coverage/town.test.civic
tests/coverage/town.civic: 7 of 11 clauses exercised (63%)
  [5] line 19: Member should not pressure Officer
  [7] line 21: Officer must acknowledge complaint from Member within 5 working days
  [8] line 22: Officer must not disclose information to the media
  [9.2] line 26: step 2 of the route for a complaint by Member about Officer: the Chair of the Council
7 passed, 0 failed

$ civic test --coverage tests/coverage/town.test.civic tests/coverage/more.test.civic
tests/coverage/town.civic: 8 of 11 clauses exercised (72%)
  [7] line 21: Officer must acknowledge complaint from Member within 5 working days
  [8] line 22: Officer must not disclose information to the media
  [9.2] line 26: step 2 of the route for a complaint by Member about Officer: the Chair of the Council
8 passed, 0 failed

$ civic test --coverage tests/coverage/
tests/coverage/failing.test.civic:8: scenario "a disclosure, expected wrongly": expected no breach, but there was 1
tests/coverage/town.civic: 9 of 11 clauses exercised (81%)
  [7] line 21: Officer must acknowledge complaint from Member within 5 working days
  [9.2] line 26: step 2 of the route for a complaint by Member about Officer: the Chair of the Council
8 passed, 1 failed
[1]

$ civic test --min 60 tests/coverage/town.test.civic | tail -n 2
  [9.2] line 26: step 2 of the route for a complaint by Member about Officer: the Chair of the Council
7 passed, 0 failed

$ civic test --coverage --min=90 tests/coverage/town.test.civic
tests/coverage/town.civic: 7 of 11 clauses exercised (63%)
  [5] line 19: Member should not pressure Officer
  [7] line 21: Officer must acknowledge complaint from Member within 5 working days
  [8] line 22: Officer must not disclose information to the media
  [9.2] line 26: step 2 of the route for a complaint by Member about Officer: the Chair of the Council
tests/coverage/town.civic: 63% of its clauses exercised, under the minimum of 90%
7 passed, 0 failed
[1]

$ civic test --min 101 tests/coverage/town.test.civic
civic: option '--min' needs a percentage from 0 to 100, not '101'
Try 'civic test --help' for more information.
[2]

$ civic test --min tests/coverage/town.test.civic
civic: option '--min' needs a percentage from 0 to 100, not 'tests/coverage/town.test.civic'
Try 'civic test --help' for more information.
[2]

$ civic test --coverag tests/coverage/town.test.civic
civic: unrecognized option '--coverag'; did you mean '--coverage'?
Try 'civic test --help' for more information.
[2]

$ civic test --coverage tests/coverage/town.civic
civic: no scenario found in the files and directories given
tests/coverage/town.civic: 0 of 11 clauses exercised (0%)
  [R] line 9: the protocol is reviewed every 2 years
  [2] line 16: Officer must respond to enquiry from Member within 2 working days
  [3] line 17: Member should respond to request from Officer within 3 working days
  [4] line 18: Member must not instruct Officer
  [5] line 19: Member should not pressure Officer
  [6] line 20: Town Clerk may instruct Officer
  [7] line 21: Officer must acknowledge complaint from Member within 5 working days
  [8] line 22: Officer must not disclose information to the media
  [9] line 24: the route for a complaint by Member about Officer
  [9.1] line 25: step 1 of the route for a complaint by Member about Officer: the Town Clerk
  [9.2] line 26: step 2 of the route for a complaint by Member about Officer: the Chair of the Council
0 passed, 0 failed
[1]

$ civic test --coverage tests/check/unknown-role.civic | tail -n 1
0 passed, 1 failed

$ civic test --coverage --json --min 90 tests/coverage/town.test.civic tests/coverage/more.test.civic
tests/coverage/town.civic: 72% of its clauses exercised, under the minimum of 90%
{
  "kind": "test",
  "files": [
    {
      "file": "tests/coverage/town.test.civic",
      "scenarios": [
        {
          "name": "an enquiry answered: [2] opened and ended",
          "line": 5,
          "passed": true,
          "failures": []
        },
        {
          "name": "a request still open: [3] opened and checked",
          "line": 13,
          "passed": true,
          "failures": []
        },
        {
          "name": "an instruction: [4] broken",
          "line": 20,
          "passed": true,
          "failures": []
        },
        {
          "name": "no pressure and no disclosure: [5] and [8] are not exercised",
          "line": 27,
          "passed": true,
          "failures": []
        },
        {
          "name": "a question: [6] decides it",
          "line": 36,
          "passed": true,
          "failures": []
        },
        {
          "name": "a complaint to the Clerk: [9] and [9.1] reached; [7] opened, never looked at",
          "line": 40,
          "passed": true,
          "failures": []
        },
        {
          "name": "the review: [R]",
          "line": 49,
          "passed": true,
          "failures": []
        }
      ]
    },
    {
      "file": "tests/coverage/more.test.civic",
      "scenarios": [
        {
          "name": "pressure: [5] departed from",
          "line": 5,
          "passed": true,
          "failures": []
        }
      ]
    }
  ],
  "passed": 8,
  "failed": 0,
  "coverage": [
    {
      "file": "tests/coverage/town.civic",
      "exercised": 8,
      "total": 11,
      "percent": 72,
      "meets_min": false,
      "clauses": [
        {
          "clause": "R",
          "line": 9,
          "text": "the protocol is reviewed every 2 years",
          "rules": 0,
          "steps": 0,
          "review": true,
          "exercised": true,
          "how": "review",
          "by": {
            "scenario": "the review: [R]",
            "file": "tests/coverage/town.test.civic",
            "line": 49
          }
        },
        {
          "clause": "2",
          "line": 16,
          "text": "Officer must respond to enquiry from Member within 2 working days",
          "rules": 1,
          "steps": 0,
          "review": false,
          "exercised": true,
          "how": "ended",
          "by": {
            "scenario": "an enquiry answered: [2] opened and ended",
            "file": "tests/coverage/town.test.civic",
            "line": 5
          }
        },
        {
          "clause": "3",
          "line": 17,
          "text": "Member should respond to request from Officer within 3 working days",
          "rules": 1,
          "steps": 0,
          "review": false,
          "exercised": true,
          "how": "checked",
          "by": {
            "scenario": "a request still open: [3] opened and checked",
            "file": "tests/coverage/town.test.civic",
            "line": 13
          }
        },
        {
          "clause": "4",
          "line": 18,
          "text": "Member must not instruct Officer",
          "rules": 1,
          "steps": 0,
          "review": false,
          "exercised": true,
          "how": "broken",
          "by": {
            "scenario": "an instruction: [4] broken",
            "file": "tests/coverage/town.test.civic",
            "line": 20
          }
        },
        {
          "clause": "5",
          "line": 19,
          "text": "Member should not pressure Officer",
          "rules": 1,
          "steps": 0,
          "review": false,
          "exercised": true,
          "how": "broken",
          "by": {
            "scenario": "pressure: [5] departed from",
            "file": "tests/coverage/more.test.civic",
            "line": 5
          }
        },
        {
          "clause": "6",
          "line": 20,
          "text": "Town Clerk may instruct Officer",
          "rules": 1,
          "steps": 0,
          "review": false,
          "exercised": true,
          "how": "asked",
          "by": {
            "scenario": "a question: [6] decides it",
            "file": "tests/coverage/town.test.civic",
            "line": 36
          }
        },
        {
          "clause": "7",
          "line": 21,
          "text": "Officer must acknowledge complaint from Member within 5 working days",
          "rules": 1,
          "steps": 0,
          "review": false,
          "exercised": false,
          "how": "untouched",
          "by": null
        },
        {
          "clause": "8",
          "line": 22,
          "text": "Officer must not disclose information to the media",
          "rules": 1,
          "steps": 0,
          "review": false,
          "exercised": false,
          "how": "untouched",
          "by": null
        },
        {
          "clause": "9",
          "line": 24,
          "text": "the route for a complaint by Member about Officer",
          "rules": 0,
          "steps": 1,
          "review": false,
          "exercised": true,
          "how": "step",
          "by": {
            "scenario": "a complaint to the Clerk: [9] and [9.1] reached; [7] opened, never looked at",
            "file": "tests/coverage/town.test.civic",
            "line": 40
          }
        },
        {
          "clause": "9.1",
          "line": 25,
          "text": "step 1 of the route for a complaint by Member about Officer: the Town Clerk",
          "rules": 0,
          "steps": 1,
          "review": false,
          "exercised": true,
          "how": "step",
          "by": {
            "scenario": "a complaint to the Clerk: [9] and [9.1] reached; [7] opened, never looked at",
            "file": "tests/coverage/town.test.civic",
            "line": 40
          }
        },
        {
          "clause": "9.2",
          "line": 26,
          "text": "step 2 of the route for a complaint by Member about Officer: the Chair of the Council",
          "rules": 0,
          "steps": 1,
          "review": false,
          "exercised": false,
          "how": "untouched",
          "by": null
        }
      ]
    }
  ],
  "diagnostics": [],
  "ok": false
}
[1]

$ civic test --json tests/coverage/more.test.civic | grep -c '"coverage"'
0
[1]

$ civic render --format md --coverage tests/coverage/town.test.civic tests/coverage/town.civic | grep -E '^### |scenario exercises|Exercised by'
### \[1\]
### \[2\]
*Exercised by a scenario.*
### \[3\]
*Exercised by a scenario.*
### \[4\]
*Exercised by a scenario.*
### \[5\]
*No scenario exercises it.*
### \[6\]
*Exercised by a scenario.*
### \[7\]
*No scenario exercises it.*
### \[8\]
*No scenario exercises it.*
### \[9\]
*Exercised by a scenario.*
### \[9.1\]
*Exercised by a scenario.*
### \[9.2\]
*No scenario exercises it.*
### \[R\]
*Exercised by a scenario.*
### Deadline of [\[2\]](#2)
### Deadline of [\[3\]](#3)
### Deadline of [\[7\]](#7)
### A complaint by a Member about an Officer [\[9\]](#9)

$ civic render --format md --coverage tests/coverage/more.test.civic --coverage tests/coverage/town.test.civic tests/coverage/town.civic | grep -c 'No scenario exercises it'
3

$ civic render --coverage protocols/newent.test.civic tests/coverage/town.civic
civic: no scenario in the paths given to --coverage tests tests/coverage/town.civic
hint: name the files of scenarios that 'use' it, or a directory holding them
[2]

$ civic render --coverage tests/coverage/nowhere tests/coverage/town.civic
civic: cannot read 'tests/coverage/nowhere': No such file or directory
[2]

$ civic render --coverage tests/coverage/town.test.civic - < tests/coverage/town.civic
civic: --coverage marks a protocol file's clauses, not standard input's
Try 'civic render --help' for more information.
[2]

