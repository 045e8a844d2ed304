# civic diff: what changed in meaning between two protocols, and the county
# association's view (--against).  The inputs are in tests/diff/.  Regenerate
# with GOLDEN_UPDATE=1 sh tests/tools/golden.sh ./civic tests/golden/diff.t
# and read every changed line before committing it.

$ civic diff --today 2026-11-22 tests/diff/base.civic tests/diff/base.civic
no differences in meaning

$ civic diff --today 2026-11-22 tests/diff/base.civic tests/diff/layout.civic
no differences in meaning

$ civic diff --today 2026-11-22 tests/diff/base.civic tests/diff/changed.civic
Metadata:
  changed  approved: 2023-05-15 → 2025-06-02
  changed  [1.2] review cycle: every 2 years → every 1 year
  changed  calendar: england-and-wales → scotland
Roles:
  changed  [2.1] Scribe: called "Town Scribe" → called "Town Recorder"; also called Recorder → also called Notary, Recorder
  changed  [2.2] Ombudsman: outside the council → part of the council
  removed  [2.3] Steward, a kind of Officer
  changed  Clerk: manages Officer → manages Officer (except DeputyClerk)
  added    [2.5] Warden "Town Warden", a kind of Officer
Rules:
  removed  [3.2] Chair of the Council may instruct Town Clerk, when "the council has delegated it"
  changed  [3.3] Town Clerk may instruct Officer: overrides [3.1] → overrides nothing
  changed  [4.1] Officer must respond to enquiry from Member: within 2 working days → within 5 working days; otherwise acknowledge enquiry within 2 working days → otherwise acknowledge enquiry within 1 working day
  changed  [4.2] Member should respond to request from Officer: should → must
  changed  [4.3] Officer must not disclose information to the media: towards the media → towards a member of the public
  removed  [4.4] Member may speak to the media
  changed  [4.5] Officer should advise Member "impartially": "impartially" → "impartially and professionally"
  changed  [4.6] Town Scribe must report to Member: when it is about a Member → when it is about an Officer
  changed  [4.7] Officer must investigate complaint from Member: complaint → grievance
  changed  [5.2] Member should not pressure Officer: when "the matter is delegated" → when "the matter is delegated to officers"
  added    [3.2] Mayor may instruct Town Clerk, when "the council has delegated it"
  added    [4.8] Member should train
Routes:
  changed  [6.1] complaint by Member about Officer, step 1: with the help of Town Clerk → with the help of Town Clerk or Deputy Town Clerk
  changed  [6.2] complaint by Member about Officer, step 2: step 2 → step 3; within 10 working days → within 15 working days
  added    [6.5] complaint by Member about Officer, step 5: Standards Committee
  removed  [7] grievance by Officer about Member: 1. Town Clerk; 2. Chair of the Council
  added    [7] grievance by Officer about Town Clerk: 1. Chair of the Council
25 changes: 5 added, 4 removed, 16 changed
[1]

$ civic diff --today 2026-11-22 tests/diff/closures-1.civic tests/diff/closures-2.civic
Metadata:
  changed  calendar: our-offices → our-offices, counting other days: 6 days differ, the first 2026-04-07
1 change: 0 added, 0 removed, 1 changed
[1]

$ civic diff --today 2026-11-22 tests/diff/changed.civic tests/diff/base.civic
Metadata:
  changed  approved: 2025-06-02 → 2023-05-15
  changed  [1.2] review cycle: every 1 year → every 2 years
  changed  calendar: scotland → england-and-wales
Roles:
  changed  [2.1] Scribe: called "Town Recorder" → called "Town Scribe"; also called Notary, Recorder → also called Recorder
  changed  [2.2] Ombudsman: part of the council → outside the council
  removed  [2.5] Warden "Town Warden", a kind of Officer
  changed  Clerk: manages Officer (except DeputyClerk) → manages Officer
  added    [2.3] Steward, a kind of Officer
Rules:
  removed  [3.2] Mayor may instruct Town Clerk, when "the council has delegated it"
  changed  [3.3] Town Clerk may instruct Officer: overrides nothing → overrides [3.1]
  changed  [4.1] Officer must respond to enquiry from Member: within 5 working days → within 2 working days; otherwise acknowledge enquiry within 1 working day → otherwise acknowledge enquiry within 2 working days
  changed  [4.2] Member must respond to request from Officer: must → should
  changed  [4.3] Officer must not disclose information to member of the public: towards a member of the public → towards the media
  changed  [4.5] Officer should advise Member "impartially and professionally": "impartially and professionally" → "impartially"
  changed  [4.6] Town Recorder must report to Member: when it is about an Officer → when it is about a Member
  changed  [4.7] Officer must investigate grievance from Member: grievance → complaint
  removed  [4.8] Member should train
  changed  [5.2] Member should not pressure Officer: when "the matter is delegated to officers" → when "the matter is delegated"
  added    [3.2] Chair of the Council may instruct Town Clerk, when "the council has delegated it"
  added    [4.4] Member may speak to the media
Routes:
  changed  [6.1] complaint by Member about Officer, step 1: with the help of Town Clerk or Deputy Town Clerk → with the help of Town Clerk
  changed  [6.3] complaint by Member about Officer, step 2: step 2 → step 3
  changed  [6.2] complaint by Member about Officer, step 3: within 15 working days → within 10 working days
  removed  [6.5] complaint by Member about Officer, step 5: Standards Committee
  removed  [7] grievance by Officer about Town Clerk: 1. Chair of the Council
  added    [7] grievance by Officer about Member: 1. Town Clerk; 2. Chair of the Council
26 changes: 4 added, 5 removed, 17 changed
[1]

$ civic diff --today 2026-11-22 protocols/newent.civic protocols/newent.civic
no differences in meaning

$ civic diff --today 2026-11-22 protocols/newent.civic protocols/wadhurst.civic
Metadata:
  changed  title: "Member/Officer Relations Policy" → "Member / Officer Relations Protocol"
  changed  council: "Newent Town Council & Burial Authority" → "Wadhurst Parish Council"
  removed  adopted 2019-11-25
  removed  reviewed 2022-01-10
  removed  review cycle every year
  removed  next review 2024
Roles:
  removed  [19] RestrictedPostHolder "holder of a politically restricted post", a kind of Officer
  removed  [25] Conciliator "an appropriate third party acting as conciliator", outside the council
  removed  [26] IndependentPerson "independent person (e.g. from the Society of Local Council Clerks)", outside the council
  changed  Member: called "Member" → called "Councillor"
  changed  Clerk: called "Town Clerk" → called "Proper Officer"; also called Parish Clerk, Proper Officer, TownClerk, head of paid service → also called Parish Clerk, Proper Officer, Town Clerk, TownClerk, head of paid service; manages Officer → manages no one
  added    [2.3] CommitteeViceChair "Vice-Chair of a committee or sub-committee", a kind of Member
Relations:
  removed  [13] relation line-manager "line manager", of Officer is Officer, of Clerk is Council, manages Officer
Rules:
  removed  [8] Officer must comply with code
  removed  [9] Member must not use politically (towards Officer)
  removed  [1] Member should not act overfamiliar Officer
  removed  [1] Officer should not act overfamiliar Member
  removed  [5] Town Clerk must manage Officer
  changed  [5] → [2.1] the Council may instruct Town Clerk "within an agreed job description": towards a Town Clerk → towards an Officer; "within an agreed job description" → no detail
  removed  [4] Officer should treat equally Member
  changed  [7] → [2.4] Officer must advise Member: no detail → "with their own professional views and recommendations, in reports too, favouring no party"
  changed  [7] → [2.4] Officer must inform Member: no detail → "on the council's business"
  removed  [7] Officer may report views on an issue to the Council "of individual Councillors, beside their own recommendation"
  removed  [7] Member should not pressure Officer, when "to change the Officer's professional recommendation"
  removed  [7] Member should not victimise Officer
  removed  [10] Member should respect Officer
  removed  [10] Officer should respect Member
  removed  [12] Member should not air disagreement
  removed  [12] Officer should not air disagreement
  removed  [13] Member must not criticise in public Officer
  removed  [13] Member must not pressure Officer, when "to act against their line manager's instructions"
  removed  [14] Officer must not let opinions sway
  removed  [14] Officer should not campaign
  removed  [14] Member should not ask party political work of Officer
  removed  [14] Officer must not assist politically Member, unless "it goes no further than facts and advice about council business"
  removed  [15] Officer must not advise Member, when "the matter is party political business"
  removed  [16] Member should comply with the Council's rules for committee business
  removed  [16] Officer should comply with the Council's rules for committee business
  removed  [17] Member must not disclose information, when "it is confidential"
  removed  [17] Officer must not disclose information, when "it is confidential"
  removed  [17] Member must not forward information, when "it is confidential"
  removed  [17] Officer must not forward information, when "it is confidential"
  removed  [17] Member must not send information, when "it is confidential"
  removed  [17] Officer must not send information, when "it is confidential"
  removed  [17] Member must not misuse information, when "it is confidential"
  removed  [17] Officer must not misuse information, when "it is confidential"
  removed  [17] Town Clerk must investigate "any breach of confidence, real or suspected"
  removed  [19] holder of a politically restricted post must not take political role
  removed  [21] Officer should respect Member
  removed  [21] Member should respect Officer
  removed  [22] Member should not pressure Officer, when "the matter is delegated to Officers"
  removed  [23] Member should not bring influence Officer, when "the action is unlawful or against the Council's approved procedures"
  removed  [20] Member should send concern about an Officer's political neutrality to Town Clerk, unless it is about a Town Clerk
  removed  [20, 27] Member should send concern about an Officer's political neutrality to Mayor, when it is about a Town Clerk
  removed  [26] Officer may seek support from independent person (e.g. from the Society of Local Council Clerks)
  removed  [27] Member should send complaint to Town Clerk, when it is about an Officer, unless it is about a Town Clerk
  removed  [27] Member may send complaint to Mayor, when it is about an Officer
  removed  [27] Member should send complaint to Mayor, when it is about a Town Clerk
  removed  [8] (model [MP-12]) Officer must not raise personal issues (towards Member)
  added    [2.2] Councillor should not manage Officer "day to day"
  added    [3.2] Councillor must comply "with the council's other policies"
  added    [1.1] Councillor may speak to Officer
  added    [1.1] Officer may speak to Councillor
  added    [2.3] Chair of the Council must respect impartiality Officer
  added    [2.3] Vice-Chair of the Council must respect impartiality Officer
  added    [2.3] Chair of a committee must respect impartiality Officer
  added    [2.3] Vice-Chair of a committee or sub-committee must respect impartiality Officer
  added    [2.3] Chair of the Council must not ask party political work of Officer
  added    [2.3] Vice-Chair of the Council must not ask party political work of Officer
  added    [2.3] Chair of a committee must not ask party political work of Officer
  added    [2.3] Vice-Chair of a committee or sub-committee must not ask party political work of Officer
  added    [2.3] Chair of the Council must not compromise role Officer
  added    [2.3] Vice-Chair of the Council must not compromise role Officer
  added    [2.3] Chair of a committee must not compromise role Officer
  added    [2.3] Vice-Chair of a committee or sub-committee must not compromise role Officer
  added    [2.5] Councillor must respect legal duties Proper Officer
  added    [2.5] Councillor must respect legal duties Responsible Financial Officer
  added    [2.5] Councillor must respect legal duties Officer, when "the officer has responsibilities in law beyond their obligations to the council"
  added    [2.5] Councillor must not obstruct Officer
  added    [4.1] Councillor should not seek advice from Officer, when ("on a personal matter" or "on party political issues")
  added    [4.1] Officer should not favour Councillor
  added    [5.2] Officer may escalate grievance
  added    [5.2] Officer may report complaint to Monitoring Officer "about a councillor, under the Code of Conduct"
  added    [5.2] Officer may escalate complaint to Monitoring Officer
  added    [5.3] Councillor may escalate complaint, when it is about an Officer
  added    [3.1] (model [MP-14]) Officer must inform regularly (towards Councillor)
Routes:
  removed  [20] neutrality-concern by Member about Officer: 1. Town Clerk; 2. Mayor, when it is about a Town Clerk
  changed  [25, 26] → [5.1] grievance by Officer about Member, step 1: with the help of an appropriate third party acting as conciliator or Monitoring Officer or independent person (e.g. from the Society of Local Council Clerks) → with no one's help
  changed  [25] → [5.2] grievance by Officer about Member, step 2: the council's grievance procedure → possibly the council's grievance procedure
  changed  [25, 26] → [5.1] complaint by Officer about Member, step 1: with the help of an appropriate third party acting as conciliator or Monitoring Officer or independent person (e.g. from the Society of Local Council Clerks) → with no one's help
  changed  [25] → [5.2] complaint by Officer about Member, step 2: the council's grievance procedure → possibly referred out of this protocol to the Monitoring Officer, under a Code of Conduct complaint to the Monitoring Officer
  changed  [27] → [5.1] complaint by Member about Officer, step 1: the Town Clerk and/or the Mayor → the parties, informally
92 changes: 28 added, 52 removed, 12 changed
[1]

$ civic diff --json --today 2026-11-22 tests/diff/v1.civic tests/diff/v2.civic
{
  "kind": "diff",
  "left": "tests/diff/v1.civic",
  "right": "tests/diff/v2.civic",
  "changes": [
    {
      "what": "rule",
      "change": "changed",
      "subject": "Officer must respond to enquiry from Member",
      "left": {
        "clause": "10.2",
        "file": "tests/diff/v1.civic",
        "line": 9,
        "text": "Officer must respond to enquiry from Member within 2 working days"
      },
      "right": {
        "clause": "11.2",
        "file": "tests/diff/v2.civic",
        "line": 10,
        "text": "Officer must respond to enquiry from Member within 5 working days"
      },
      "fields": [
        {
          "field": "deadline",
          "left": "within 2 working days",
          "right": "within 5 working days"
        }
      ]
    },
    {
      "what": "rule",
      "change": "added",
      "subject": "Member should respond to request from Officer",
      "left": null,
      "right": {
        "clause": "11.4",
        "file": "tests/diff/v2.civic",
        "line": 12,
        "text": "Member should respond to request from Officer within 3 working days"
      },
      "fields": []
    }
  ],
  "summary": {
    "changes": 2,
    "added": 1,
    "removed": 0,
    "changed": 1
  },
  "diagnostics": [],
  "ok": false
}
[1]

$ civic diff --json --today 2026-11-22 tests/diff/v1.civic tests/diff/v1.civic
{
  "kind": "diff",
  "left": "tests/diff/v1.civic",
  "right": "tests/diff/v1.civic",
  "changes": [],
  "summary": {
    "changes": 0,
    "added": 0,
    "removed": 0,
    "changed": 0
  },
  "diagnostics": [],
  "ok": true
}

$ civic diff --today 2026-11-22 tests/diff/v1.civic tests/diff/errors.civic
tests/diff/errors.civic:5:32: error: unknown name 'Oficer': not a role or a thing [unknown-name]
    5 | [1.1] Member must not instruct Oficer
      |                                ^~~~~~
hint: did you mean 'Officer'?
tests/diff/errors.civic: 1 error, 0 warnings
[2]

$ civic diff --json --today 2026-11-22 tests/diff/errors.civic tests/diff/v1.civic
{
  "kind": "diff",
  "left": "tests/diff/errors.civic",
  "right": "tests/diff/v1.civic",
  "changes": [],
  "summary": null,
  "diagnostics": [
    {
      "file": "tests/diff/errors.civic",
      "line": 5,
      "col": 32,
      "end_col": 38,
      "severity": "error",
      "code": "unknown-name",
      "message": "unknown name 'Oficer': not a role or a thing",
      "hints": [
        "did you mean 'Officer'?"
      ]
    }
  ],
  "ok": false
}
[2]

$ civic diff --today 2026-11-22 tests/diff/v1.civic tests/diff/no-such-file.civic
civic: cannot read 'tests/diff/no-such-file.civic': No such file or directory
[2]

$ civic diff --today 2026-11-22 tests/diff tests/diff/v1.civic
civic: cannot read 'tests/diff': Is a directory
[2]

$ civic diff tests/diff/v1.civic
civic: two files to compare are needed
Try 'civic diff --help' for more information.
[2]

$ civic diff tests/diff/v1.civic tests/diff/v2.civic tests/diff/base.civic
civic: only two files can be compared (or use --against MODEL PATH...)
Try 'civic diff --help' for more information.
[2]

$ civic diff --agianst stdlib/model-protocol.civic protocols
civic: unrecognized option '--agianst'; did you mean '--against'?
Try 'civic diff --help' for more information.
[2]

$ civic diff --against
civic: option '--against' needs the model protocol's file
Try 'civic diff --help' for more information.
[2]

$ civic diff --against stdlib/model-protocol.civic
civic: no council file or directory to compare with the model
Try 'civic diff --help' for more information.
[2]

$ civic diff --today 2026-11-22 --against stdlib/model-protocol.civic tests/diff/councils
Against the model protocol stdlib/model-protocol.civic (23 rules in 16 clauses):

file                              as is  changed  omitted  added  uncited  council
tests/diff/councils/alpha.civic      22        0        1      1        1  Alpha Parish Council
tests/diff/councils/beta.civic       22        1        0      0        0  Beta Town Council
tests/diff/councils/gamma.civic      23        0        0      0       16  Gamma Parish Council

Councils by clause of the model:

clause   rules   as is  changed  omitted  uncited
[MP-1]       2       3        0        0        1
[MP-2]       1       3        0        0        1
[MP-3]       1       3        0        0        1
[MP-4]       2       3        0        0        1
[MP-5]       2       3        0        0        1
[MP-6]       2       3        0        0        1
[MP-7]       2       3        0        0        1
[MP-8]       1       3        0        0        1
[MP-9]       2       3        0        0        1
[MP-10]      1       2        1        0        1
[MP-11]      1       3        0        0        1
[MP-12]      1       2        0        1        1
[MP-13]      2       3        0        0        1
[MP-14]      1       3        0        0        1
[MP-15]      1       3        0        0        1
[MP-16]      1       3        0        0        2

tests/diff/councils/alpha.civic (Alpha Parish Council):
  omitted  [MP-12] Officer must not raise personal issues (towards Member)
  added    [5] Officer must respond to enquiry from Member within 3 working days
  uncited  in force, but adopted by no clause of the council's: [MP-16]

tests/diff/councils/beta.civic (Beta Town Council):
  changed  [MP-10] → [2.10] Officer must respond to enquiry (towards Member): timely (no period) → within 2 working days

tests/diff/councils/gamma.civic (Gamma Parish Council):
  has every rule of the model as it is, and no other
  uncited  in force, but adopted by no clause of the council's: [MP-1], [MP-2], [MP-3], [MP-4], [MP-5], [MP-6], [MP-7], [MP-8], [MP-9], [MP-10], [MP-11], [MP-12], [MP-13], [MP-14], [MP-15], [MP-16]

3 councils: 1 as the model, 2 departing from it, 0 with errors
[1]

$ civic diff --json --today 2026-11-22 --against stdlib/model-protocol.civic tests/diff/councils/beta.civic tests/diff/councils/gamma.civic tests/diff/no-such-file.civic
civic: cannot read 'tests/diff/no-such-file.civic': No such file or directory
{
  "kind": "diff-against",
  "model": {
    "file": "stdlib/model-protocol.civic",
    "rules": 23,
    "clauses": 16
  },
  "councils": [
    {
      "file": "tests/diff/councils/beta.civic",
      "council": "Beta Town Council",
      "read": true,
      "compared": true,
      "as_is": 22,
      "changed": 1,
      "omitted": 0,
      "added": 0,
      "uncited": [],
      "changes": [
        {
          "what": "rule",
          "change": "changed",
          "subject": "Officer must respond to enquiry (towards Member)",
          "left": {
            "clause": "MP-10",
            "file": "stdlib/model-protocol.civic",
            "line": 58,
            "text": "Officer must respond to enquiry (towards Member) (timely)"
          },
          "right": {
            "clause": "2.10",
            "file": "tests/diff/councils/beta.civic",
            "line": 15,
            "text": "Officer must respond to enquiry from Member within 2 working days"
          },
          "fields": [
            {
              "field": "deadline",
              "left": "timely (no period)",
              "right": "within 2 working days"
            }
          ]
        }
      ]
    },
    {
      "file": "tests/diff/councils/gamma.civic",
      "council": "Gamma Parish Council",
      "read": true,
      "compared": true,
      "as_is": 23,
      "changed": 0,
      "omitted": 0,
      "added": 0,
      "uncited": [
        "MP-1",
        "MP-2",
        "MP-3",
        "MP-4",
        "MP-5",
        "MP-6",
        "MP-7",
        "MP-8",
        "MP-9",
        "MP-10",
        "MP-11",
        "MP-12",
        "MP-13",
        "MP-14",
        "MP-15",
        "MP-16"
      ],
      "changes": []
    },
    {
      "file": "tests/diff/no-such-file.civic",
      "council": null,
      "read": false,
      "compared": false
    }
  ],
  "clauses": [
    {
      "clause": "MP-1",
      "rules": 2,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-2",
      "rules": 1,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-3",
      "rules": 1,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-4",
      "rules": 2,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-5",
      "rules": 2,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-6",
      "rules": 2,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-7",
      "rules": 2,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-8",
      "rules": 1,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-9",
      "rules": 2,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-10",
      "rules": 1,
      "as_is": 1,
      "changed": 1,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-11",
      "rules": 1,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-12",
      "rules": 1,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-13",
      "rules": 2,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-14",
      "rules": 1,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-15",
      "rules": 1,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    },
    {
      "clause": "MP-16",
      "rules": 1,
      "as_is": 2,
      "changed": 0,
      "omitted": 0,
      "uncited": 1
    }
  ],
  "summary": {
    "councils": 3,
    "as_model": 1,
    "departing": 1,
    "errors": 1
  },
  "diagnostics": [],
  "ok": false
}
[2]

$ civic diff --today 2026-11-22 --against stdlib/model-protocol.civic tests/diff/councils/gamma.civic tests/diff/errors.civic tests/diff/no-such-file.civic
tests/diff/errors.civic:5:32: error: unknown name 'Oficer': not a role or a thing [unknown-name]
    5 | [1.1] Member must not instruct Oficer
      |                                ^~~~~~
hint: did you mean 'Officer'?
tests/diff/errors.civic: 1 error, 0 warnings
civic: cannot read 'tests/diff/no-such-file.civic': No such file or directory
Against the model protocol stdlib/model-protocol.civic (23 rules in 16 clauses):

file                              as is  changed  omitted  added  uncited  council
tests/diff/councils/gamma.civic      23        0        0      0       16  Gamma Parish Council
tests/diff/errors.civic               -        -        -      -        -  (not compared: errors)
tests/diff/no-such-file.civic         -        -        -      -        -  (not compared: cannot be read)

Councils by clause of the model:

clause   rules   as is  changed  omitted  uncited
[MP-1]       2       1        0        0        1
[MP-2]       1       1        0        0        1
[MP-3]       1       1        0        0        1
[MP-4]       2       1        0        0        1
[MP-5]       2       1        0        0        1
[MP-6]       2       1        0        0        1
[MP-7]       2       1        0        0        1
[MP-8]       1       1        0        0        1
[MP-9]       2       1        0        0        1
[MP-10]      1       1        0        0        1
[MP-11]      1       1        0        0        1
[MP-12]      1       1        0        0        1
[MP-13]      2       1        0        0        1
[MP-14]      1       1        0        0        1
[MP-15]      1       1        0        0        1
[MP-16]      1       1        0        0        1

tests/diff/councils/gamma.civic (Gamma Parish Council):
  has every rule of the model as it is, and no other
  uncited  in force, but adopted by no clause of the council's: [MP-1], [MP-2], [MP-3], [MP-4], [MP-5], [MP-6], [MP-7], [MP-8], [MP-9], [MP-10], [MP-11], [MP-12], [MP-13], [MP-14], [MP-15], [MP-16]

3 councils: 1 as the model, 0 departing from it, 2 with errors
[2]

$ civic diff --today 2026-11-22 --against tests/diff/errors.civic tests/diff/councils
tests/diff/errors.civic:5:32: error: unknown name 'Oficer': not a role or a thing [unknown-name]
    5 | [1.1] Member must not instruct Oficer
      |                                ^~~~~~
hint: did you mean 'Officer'?
tests/diff/errors.civic: 1 error, 0 warnings
[2]

$ civic diff --json --against tests/diff/no-such-file.civic tests/diff/councils
civic: cannot read 'tests/diff/no-such-file.civic': No such file or directory
{
  "kind": "diff-against",
  "diagnostics": [],
  "ok": false
}
[2]

$ civic diff --help
Usage: civic diff [--json] [-q] [--today YYYY-MM-DD] A B
  or:  civic diff [--json] [-q] [--today YYYY-MM-DD] --against MODEL PATH...
Say what changed in meaning between two protocol files: two versions of a
council's protocol, or two councils'.  Metadata, roles, rules and routes are
compared; rules are matched by meaning (role, action, thing, counterpart),
not by clause, so renumbering, layout and comments are no change.  One line
per change, citing the clauses of both sides, then a summary line.

  --against MODEL  compare each council's file (the files given, and the
                   protocols in the directories given) with the model
                   protocol MODEL: a table of the model's rules each adopts
                   as they are, changes or omits, and the rules it adds;
                   then the details, council by council
  --json           print the changes as JSON (kind "diff" or "diff-against")
  -q, --quiet      as diff -q: only 'A and B differ in meaning' (nothing
                   when they do not); with --against, 'FILE departs from
                   MODEL' for each council that does; the exit status is
                   the same; --json is not changed by it
  --today D        the date review warnings are judged by (default: today)

Exit status: 0 the same meaning, 1 differences, 2 usage error, unreadable
file, or a file with errors (its diagnostics are printed as check does).

$ civic diff tests/diff/forms-1.civic tests/diff/forms-2.civic
Rules:
  changed  [D1] Officer must respond to enquiry from Member: within 10 working days → as soon as possible, and at the latest within 10 working days
  changed  [D2] Officer must acknowledge complaint from Member: within 10 working days → within 5 working days if possible, and at the latest within 10 working days
  changed  [D3] Officer should inform Officer "of a close personal relationship with a Member": towards an Officer → towards their line manager
  changed  [S3] Town Clerk may appoint Officer: not 'only' → only the roles named may
  added    [S3] the Council must not appoint Officer (only the Town Clerk may, [S3])
  added    [S3] Member must not appoint Officer (only the Town Clerk may, [S3])
  added    [S3] Officer must not appoint Officer, except for a Town Clerk (only the Town Clerk may, [S3])
Routes:
  changed  [C.1] → [C.2] complaint by Member about Officer, step 1: Town Clerk → the Town Clerk and/or the Chair of the Council
  removed  [C.2] complaint by Member about Officer, step 2: Chair of the Council
  changed  [C.3] complaint by Member about Officer, step 3: the Council → possibly the Council
  added    [C.1] complaint by Member about Officer, step 1: the line manager of the one it is about
  changed  [M.1] complaint by anyone about Member, step 1: Monitoring Officer → referred out of this protocol to the Monitoring Officer, under a Code of Conduct complaint to the Monitoring Officer
12 changes: 4 added, 1 removed, 7 changed
[1]

$ civic diff --json tests/diff/forms-1.civic tests/diff/forms-2.civic
{
  "kind": "diff",
  "left": "tests/diff/forms-1.civic",
  "right": "tests/diff/forms-2.civic",
  "changes": [
    {
      "what": "rule",
      "change": "changed",
      "subject": "Officer must respond to enquiry from Member",
      "left": {
        "clause": "D1",
        "file": "tests/diff/forms-1.civic",
        "line": 7,
        "text": "Officer must respond to enquiry from Member within 10 working days"
      },
      "right": {
        "clause": "D1",
        "file": "tests/diff/forms-2.civic",
        "line": 7,
        "text": "Officer must respond to enquiry from Member as soon as possible, and at the latest within 10 working days"
      },
      "fields": [
        {
          "field": "deadline",
          "left": "within 10 working days",
          "right": "as soon as possible, and at the latest within 10 working days"
        }
      ]
    },
    {
      "what": "rule",
      "change": "changed",
      "subject": "Officer must acknowledge complaint from Member",
      "left": {
        "clause": "D2",
        "file": "tests/diff/forms-1.civic",
        "line": 8,
        "text": "Officer must acknowledge complaint from Member within 10 working days"
      },
      "right": {
        "clause": "D2",
        "file": "tests/diff/forms-2.civic",
        "line": 9,
        "text": "Officer must acknowledge complaint from Member within 5 working days if possible, and at the latest within 10 working days"
      },
      "fields": [
        {
          "field": "deadline",
          "left": "within 10 working days",
          "right": "within 5 working days if possible, and at the latest within 10 working days"
        }
      ]
    },
    {
      "what": "rule",
      "change": "changed",
      "subject": "Officer should inform Officer \"of a close personal relationship with a Member\"",
      "left": {
        "clause": "D3",
        "file": "tests/diff/forms-1.civic",
        "line": 9,
        "text": "Officer should inform Officer \"of a close personal relationship with a Member\""
      },
      "right": {
        "clause": "D3",
        "file": "tests/diff/forms-2.civic",
        "line": 11,
        "text": "Officer should inform their line manager \"of a close personal relationship with a Member\""
      },
      "fields": [
        {
          "field": "counterpart",
          "left": "towards an Officer",
          "right": "towards their line manager"
        }
      ]
    },
    {
      "what": "rule",
      "change": "changed",
      "subject": "Town Clerk may appoint Officer",
      "left": {
        "clause": "S3",
        "file": "tests/diff/forms-1.civic",
        "line": 10,
        "text": "Town Clerk may appoint Officer"
      },
      "right": {
        "clause": "S3",
        "file": "tests/diff/forms-2.civic",
        "line": 12,
        "text": "only Town Clerk may appoint Officer"
      },
      "fields": [
        {
          "field": "only",
          "left": "not 'only'",
          "right": "only the roles named may"
        }
      ]
    },
    {
      "what": "rule",
      "change": "added",
      "subject": "the Council must not appoint Officer",
      "left": null,
      "right": {
        "clause": "S3",
        "file": "tests/diff/forms-2.civic",
        "line": 12,
        "text": "the Council must not appoint Officer (only the Town Clerk may, [S3])"
      },
      "fields": []
    },
    {
      "what": "rule",
      "change": "added",
      "subject": "Member must not appoint Officer",
      "left": null,
      "right": {
        "clause": "S3",
        "file": "tests/diff/forms-2.civic",
        "line": 12,
        "text": "Member must not appoint Officer (only the Town Clerk may, [S3])"
      },
      "fields": []
    },
    {
      "what": "rule",
      "change": "added",
      "subject": "Officer must not appoint Officer",
      "left": null,
      "right": {
        "clause": "S3",
        "file": "tests/diff/forms-2.civic",
        "line": 12,
        "text": "Officer must not appoint Officer, except for a Town Clerk (only the Town Clerk may, [S3])"
      },
      "fields": []
    },
    {
      "what": "step",
      "change": "changed",
      "subject": "complaint by Member about Officer, step 1",
      "left": {
        "clause": "C.1",
        "file": "tests/diff/forms-1.civic",
        "line": 13,
        "text": "Town Clerk"
      },
      "right": {
        "clause": "C.2",
        "file": "tests/diff/forms-2.civic",
        "line": 16,
        "text": "the Town Clerk and/or the Chair of the Council"
      },
      "fields": [
        {
          "field": "handler",
          "left": "Town Clerk",
          "right": "the Town Clerk and/or the Chair of the Council"
        }
      ]
    },
    {
      "what": "step",
      "change": "removed",
      "subject": "complaint by Member about Officer, step 2",
      "left": {
        "clause": "C.2",
        "file": "tests/diff/forms-1.civic",
        "line": 14,
        "text": "Chair of the Council"
      },
      "right": null,
      "fields": []
    },
    {
      "what": "step",
      "change": "changed",
      "subject": "complaint by Member about Officer, step 3",
      "left": {
        "clause": "C.3",
        "file": "tests/diff/forms-1.civic",
        "line": 15,
        "text": "the Council"
      },
      "right": {
        "clause": "C.3",
        "file": "tests/diff/forms-2.civic",
        "line": 17,
        "text": "possibly the Council"
      },
      "fields": [
        {
          "field": "handler",
          "left": "the Council",
          "right": "possibly the Council"
        }
      ]
    },
    {
      "what": "step",
      "change": "added",
      "subject": "complaint by Member about Officer, step 1",
      "left": null,
      "right": {
        "clause": "C.1",
        "file": "tests/diff/forms-2.civic",
        "line": 15,
        "text": "the line manager of the one it is about"
      },
      "fields": []
    },
    {
      "what": "step",
      "change": "changed",
      "subject": "complaint by anyone about Member, step 1",
      "left": {
        "clause": "M.1",
        "file": "tests/diff/forms-1.civic",
        "line": 19,
        "text": "Monitoring Officer"
      },
      "right": {
        "clause": "M.1",
        "file": "tests/diff/forms-2.civic",
        "line": 21,
        "text": "referred out of this protocol to the Monitoring Officer, under a Code of Conduct complaint to the Monitoring Officer"
      },
      "fields": [
        {
          "field": "handler",
          "left": "Monitoring Officer",
          "right": "referred out of this protocol to the Monitoring Officer, under a Code of Conduct complaint to the Monitoring Officer"
        }
      ]
    }
  ],
  "summary": {
    "changes": 12,
    "added": 4,
    "removed": 1,
    "changed": 7
  },
  "diagnostics": [],
  "ok": false
}
[1]

$ civic diff --today 2026-12-06 tests/diff/decls-a.civic tests/diff/decls-b.civic
Relations:
  changed  [1] line-manager: "line manager" → "manager"; of Officer is Officer, of ManagingDirector is nobody → of Officer is Officer
  added    [4] relation mentor, of Member is Member
Seniority:
  removed  [2] Town Clerk ranks above Deputy Town Clerk
  added    [2] Town Clerk ranks above Responsible Financial Officer
Counts as:
  removed  [3] respond to enquiry counts as acknowledge enquiry
5 changes: 2 added, 2 removed, 1 changed
[1]

$ civic diff --json --today 2026-12-06 tests/diff/decls-a.civic tests/diff/decls-b.civic | grep -E '"what"|"subject"|"field"'
      "what": "relation",
      "subject": "line-manager",
          "field": "display name",
          "field": "holders",
      "what": "relation",
      "subject": "mentor",
      "what": "seniority",
      "subject": "Clerk above DeputyClerk",
      "what": "seniority",
      "subject": "Clerk above RFO",
      "what": "counts-as",
      "subject": "respond to enquiry counts as acknowledge enquiry",

