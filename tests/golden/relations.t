# Relations and their exceptions: who they take in, what they permit, what a
# check says of an exception that leaves out nothing or everything.

$ civic check tests/check/relation-except.civic
tests/check/relation-except.civic:11:36: warning: 'Member' is not a kind of Officer, so 'except Member' leaves nothing out
   11 | [8.4] Chair manages Officer except Member
      |                                    ^~~~~~
hint: name a kind of Officer, or leave 'except Member' out
tests/check/relation-except.civic:13:36: warning: 'except Officer' leaves out every Officer: 'Mayor manages Officer' relates no role
   13 | [8.5] Mayor manages Officer except Officer
      |                                    ^~~~~~~
hint: name a kind of Officer to leave out, like 'except Clerk'
tests/check/relation-except.civic:17:46: warning: 'Member' is not a kind of Officer or Council, so 'except Member' leaves nothing out
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

