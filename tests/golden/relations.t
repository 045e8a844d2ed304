# Relations and their exceptions: who they take in, what they permit, what a
# check says of an exception that leaves out nothing or everything.

$ civic check tests/check/relation-except.civic
tests/check/relation-except.civic:11:36: warning: 'Member' is not a kind of Officer, so 'except Member' leaves nothing out [except-nothing]
   11 | [8.4] Chair manages Officer except Member
      |                                    ^~~~~~
hint: name a kind of Officer, or leave 'except Member' out
tests/check/relation-except.civic:13:36: warning: 'except Officer' leaves out every Officer: 'Mayor manages Officer' relates no role [except-all]
   13 | [8.5] Mayor manages Officer except Officer
      |                                    ^~~~~~~
hint: name a kind of Officer to leave out, like 'except Clerk'
tests/check/relation-except.civic:17:46: warning: 'Member' is not a kind of Officer or Council, so 'except Member' leaves nothing out [except-nothing]
   17 | [8.7] Chair appoints Officer, Council except Member
      |                                              ^~~~~~
hint: name a kind of Officer or Council, or leave 'except Member' out
tests/check/relation-except.civic: 0 errors, 3 warnings

$ civic query tests/check/relation-except.civic 'who manages Officer'
line manager manages Officer except Town Clerk [8.1]
assistant manages Officer except Town Clerk and Deputy Town Clerk
Chair of the Council manages Officer except Member [8.4]
Town Clerk manages Officer [8.3]

$ civic query tests/check/relation-except.civic 'who manages Clerk'
Chair of the Council manages Officer except Member [8.4]

$ civic query tests/check/relation-except.civic 'who manages DeputyClerk'
line manager manages Officer except Town Clerk [8.1]
Chair of the Council manages Officer except Member [8.4]
Town Clerk manages Officer [8.3]

$ civic query tests/check/relation-except.civic 'who manages LineManager'
assistant manages Officer except Town Clerk and Deputy Town Clerk
Chair of the Council manages Officer except Member [8.4]
Town Clerk manages Officer [8.3]

$ civic query --json tests/check/relation-except.civic 'who manages Officer'
{
  "kind": "who-manages",
  "query": "who manages Officer",
  "role": "Officer",
  "managers": [
    {
      "role": "LineManager",
      "name": "line manager",
      "clause": "8.1",
      "except": [
        "Clerk"
      ]
    },
    {
      "role": "Assistant",
      "name": "assistant",
      "clause": null,
      "except": [
        "Clerk",
        "DeputyClerk"
      ]
    },
    {
      "role": "Chair",
      "name": "Chair of the Council",
      "clause": "8.4",
      "except": [
        "Member"
      ]
    },
    {
      "role": "Clerk",
      "name": "Town Clerk",
      "clause": "8.3"
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query tests/check/relation-except.civic 'can LineManager manage Clerk'
Unregulated: the protocol says nothing about whether a line manager may manage a Town Clerk.
  not here: the rule holds except for a Town Clerk — permitted: [8.1] line manager may manage Officer, except for a Town Clerk

$ civic query tests/check/relation-except.civic 'can LineManager manage DeputyClerk'
Permitted. [8.1] line manager may manage Officer, except for a Town Clerk

$ civic query tests/check/relation-except.civic 'can Council appoint RFO'
Unregulated: the protocol says nothing about whether the Council may appoint a Responsible Financial Officer.
  not here: the rule holds except for a Town Clerk or a Responsible Financial Officer — permitted: [8.2] the Council may appoint Officer, except for a Town Clerk or a Responsible Financial Officer

$ civic query tests/check/relation-except.civic 'can Council appoint DeputyClerk'
Permitted. [8.2] the Council may appoint Officer, except for a Town Clerk or a Responsible Financial Officer

$ civic query tests/check/relation-except.civic 'explain 8.2'
[8.2] the Council may appoint Officer, except for a Town Clerk or a Responsible Financial Officer
  tests/check/relation-except.civic:8: [8.2] Council appoints Officer except Clerk, RFO
  This is a permission: it may be done, and need not be.

$ civic query protocols/houghton-regis.civic 'who manages Officer'
Town Clerk manages Officer [8.1]
The manager of the Officer [8.1]; for the Town Clerk: nobody [8.1]

$ civic query protocols/houghton-regis.civic 'who manages Clerk'
The manager of the Town Clerk: nobody [8.1]

$ civic check tests/check/relation-subject.civic
tests/check/relation-subject.civic:10:5: error: unknown relation 'line-manger' [unknown-relation]
   10 | [4] line-manger of Officer must inform MonitoringOfficer
      |     ^~~~~~~~~~~
hint: did you mean 'line-manager'?
tests/check/relation-subject.civic:11:5: error: the line manager is of Officer, not of Member [bad-relation]
   11 | [5] line-manager of Member must inform MonitoringOfficer
      |     ^~~~~~~~~~~~
hint: name whose it is: 'line-manager of Officer'
tests/check/relation-subject.civic:12:5: error: the protocol says a Member who belongs to no group has no group leader [3]: the rule would bind no one [bad-relation]
   12 | [6] group-leader of IndependentMember should inform Member
      |     ^~~~~~~~~~~~
hint: name a role that has one: 'group-leader of Member'
tests/check/relation-subject.civic: 3 errors, 0 warnings
[1]

$ civic query tests/scenarios/relation-subject.civic 'explain S3'
[S3] the line manager of the Officer must respond to complaint from Member within 5 working days
  tests/scenarios/relation-subject.civic:13: [S3] line-manager of Officer must respond to complaint from Member within 5 working days
  This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends a complaint to the line manager of the Officer. It is due by the close of the 5th working day after that day, which does not count (weekends and bank holidays are not working days).

$ civic query tests/scenarios/relation-subject.civic 'can Officer respond to complaint from Member'
Obliged, when the Officer is the line manager of the Officer concerned. [S3] the line manager of the Officer must respond to complaint from Member within 5 working days

$ civic query tests/scenarios/relation-subject.civic 'duties of Officer' --json
{
  "kind": "duties",
  "query": "duties of Officer",
  "role": "Officer",
  "norms": [
    {
      "clause": "S3",
      "modality": "must",
      "subject": "Officer",
      "subject_relation": "line-manager",
      "subject_of": "Officer",
      "action": "respond",
      "counterpart": "Member",
      "thing": "complaint",
      "deadline": "5 working days",
      "condition": null,
      "text": "the line manager of the Officer must respond to complaint from Member within 5 working days",
      "file": "tests/scenarios/relation-subject.civic",
      "line": 13
    },
    {
      "clause": "S4",
      "modality": "should",
      "subject": "Officer",
      "subject_relation": "line-manager",
      "subject_of": "Officer",
      "action": "meet",
      "counterpart": "Officer",
      "thing": null,
      "deadline": null,
      "condition": null,
      "text": "the line manager of the Officer should meet Officer",
      "file": "tests/scenarios/relation-subject.civic",
      "line": 14
    },
    {
      "clause": "S5",
      "modality": "must not",
      "subject": "Officer",
      "subject_relation": "line-manager",
      "subject_of": "Officer",
      "action": "instruct",
      "counterpart": "Officer",
      "thing": null,
      "deadline": null,
      "condition": null,
      "text": "the line manager of the Officer must not instruct Officer \"to withhold the complaint\"",
      "file": "tests/scenarios/relation-subject.civic",
      "line": 48
    }
  ],
  "count": 3,
  "diagnostics": [],
  "ok": true
}

$ civic run tests/scenarios/relation-subject.civic "sent to the office: the person bound owes it"
scenario "sent to the office: the person bound owes it" (tests/scenarios/relation-subject.civic:30)
2026-03-02        event      alice sends complaint to bob about bob
2026-03-02        opened     [S3] carol (the line manager of bob) must respond to complaint from alice by 2026-03-09
2026-03-02        closed     no route in the protocol covers a complaint by alice about bob
2026-03-02        expect     ok: [S3] due 2026-03-09
2026-03-09        breached   [S3] carol (the line manager of bob) did not respond to complaint from alice by 2026-03-09
2026-03-10        expect     ok: [S3] breached by carol
result: 2 of 2 expectations met; 1 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open

$ civic run tests/scenarios/relation-subject.civic "nobody bound: the office owes it, unbound"
scenario "nobody bound: the office owes it, unbound" (tests/scenarios/relation-subject.civic:41)
2026-03-02        event      alice sends complaint to bob about bob
2026-03-02        opened     [S3] the line manager of bob (unbound: nobody holds it that day) must respond to complaint from alice by 2026-03-09
2026-03-02        closed     no route in the protocol covers a complaint by alice about bob
2026-03-02        expect     ok: [S3] due 2026-03-09
2026-03-02        open       [S3] still open at the end: the line manager of bob (unbound: nobody holds it that day) must respond to complaint from alice by 2026-03-09
result: 1 of 1 expectations met; 1 opened, 0 fulfilled, 0 breached, 0 departed, 1 still open

$ civic run tests/scenarios/relation-subject.civic "a prohibition binds only the one who is the relation"
scenario "a prohibition binds only the one who is the relation" (tests/scenarios/relation-subject.civic:50)
2026-03-02        event      dave instructs bob
2026-03-02        expect     ok: no breach
2026-03-03        event      carol instructs bob
2026-03-03        breached   [S5] carol did instruct bob, which the protocol forbids
2026-03-03        expect     ok: [S5] breached by carol
result: 2 of 2 expectations met; 0 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open

$ civic query --today 2026-12-06 protocols/houghton-regis.civic 'can Member report Officer'
Permitted, when the Officer is the manager of the Officer it is about. [8.4] Member may report to the manager of the Officer it is about "the Officer's actions"

