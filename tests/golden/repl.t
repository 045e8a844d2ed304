# civic repl reading a script: the same questions and answers as civic query,
# through the same session; definitions added; JSON in the one envelope.

$ printf 'can Member instruct Officer\nwho manages Scribe\ncan Oficer instruct Member\n[Z1] Member must not bully Officer\ncan Member bully Officer\n' | civic repl --today 2026-11-22 tests/query/protocol.civic
Forbidden. [A1] Member must not instruct Officer
  when the Member is a Chair of the Finance Committee, towards a Town Scribe, when "the committee has delegated it" — permitted: [A7] Chair of the Finance Committee may instruct Town Scribe, when "the committee has delegated it"
Town Warden manages Town Scribe [R3]
Town Clerk manages Officer [R4]
<query>:1:5: error: unknown role 'Oficer' [unknown-role]
    1 | can Oficer instruct Member
      |     ^~~~~~
hint: did you mean 'Officer'?
added: 1 rule
Forbidden. [Z1] Member must not bully Officer
[1]

$ printf ':json on\nworking days between 2025-12-23 and 2026-01-05\ncan Oficer instruct Member\nfrobnicate\n' | civic repl --today 2026-11-22 tests/query/protocol.civic
answers as JSON
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
<repl:1>:1:11: error: unexpected end of line [syntax]
    1 | frobnicate
      |           ^
hint: a rule reads ROLE must|should|may|must not ACTION …, like 'Member must not instruct Officer'
not added: fix the error above and type it again
[1]

$ printf ':help\n' | civic repl
Type a query, or a definition (a role, a rule, a route, a scenario…) to add it.
Queries:
  can ROLE ACTION [ROLE]              duties of ROLE
  expectations of ROLE from ROLE      route KIND by ROLE about ROLE
  who handles KIND about ROLE         deadline CLAUSE from DATE
  review                              explain CLAUSE
  roles | clauses | who manages ROLE  holidays YEAR
  working days between DATE and DATE
Commands:
  :load FILE    load a protocol file        :reload      read the files again
  :run [NAME]   run the scenarios           :today DATE  set today
  :json on|off  answers as JSON             :help        this text
  :use NAME     switch protocols            :protocols   list them (* current)
  :quit         leave (also Ctrl-D)
:load of a file with a protocol block, when the current one has one too,
loads it as a protocol of its own and switches to it (never merged).
