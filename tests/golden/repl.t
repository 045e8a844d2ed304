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
{"kind":"command","command":":json","message":"answers as JSON","diagnostics":[],"ok":true}
{"kind":"working-days","query":"working days between 2025-12-23 and 2026-01-05","from":"2025-12-23","to":"2026-01-05","calendar":"england-and-wales","working_days":6,"diagnostics":[],"ok":true}
{"kind":"can","query":"can Oficer instruct Member","errors":[{"file":"<query>","line":1,"col":5,"end_col":11,"severity":"error","code":"unknown-role","message":"unknown role 'Oficer'","hints":["did you mean 'Officer'?"]}],"diagnostics":[{"file":"<query>","line":1,"col":5,"end_col":11,"severity":"error","code":"unknown-role","message":"unknown role 'Oficer'","hints":["did you mean 'Officer'?"]}],"ok":false}
{"kind":"definition","entry":"<repl:1>","added":null,"diagnostics":[{"file":"<repl:1>","line":1,"col":11,"end_col":12,"severity":"error","code":"syntax","message":"unexpected end of line","hints":["a rule reads ROLE must|should|may|must not ACTION \u2026, like 'Member must not instruct Officer'"]}],"ok":false}
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
  :json on|off  answers, definitions and    :help        this text
                :load as JSON envelopes
  :use NAME     switch protocols            :protocols   list them (* current)
  :quit         leave (also Ctrl-D)
:load of a file with a protocol block, when the current one has one too,
loads it as a protocol of its own and switches to it (never merged).

$ printf ':json on\n[Z2] Member may instruct Officer\nrole Deputy is Officer\n:load tests/diff/errors.civic\n:load tests/no-such-file.civic\n' | civic repl --today 2026-11-22 tests/query/protocol.civic
{"kind":"command","command":":json","message":"answers as JSON","diagnostics":[],"ok":true}
{"kind":"definition","entry":"<repl:1>","added":null,"diagnostics":[{"file":"<repl:1>","line":1,"col":1,"end_col":33,"severity":"error","code":"conflict","message":"[Z2] says Member may instruct, but [A1] says Member must not instruct","hints":["if this rule is an exception, add 'overrides [A1]' to it"]}],"ok":false}
{"kind":"definition","entry":"<repl:1>","added":{"roles":1,"terms":0,"rules":0,"routes":0,"scenarios":0},"diagnostics":[],"ok":true}
{"kind":"load","file":"tests/diff/errors.civic","read":true,"protocol":"protocol","roles":25,"rules":14,"routes":3,"scenarios":0,"diagnostics":[{"file":"tests/query/protocol.civic","line":10,"col":3,"end_col":30,"severity":"warning","code":"review-overdue","message":"the protocol's review was due on 2025-05-15 and is overdue as of 2026-11-22","hints":["after the council reviews it, record the date: 'reviewed 2026-11-22'"]},{"file":"tests/query/protocol.civic","line":36,"col":54,"end_col":62,"severity":"warning","code":"vague-deadline","message":"vague deadline 'promptly': it cannot be checked","hints":["write a period, like 'within 2 working days'"]},{"file":"tests/diff/errors.civic","line":5,"col":32,"end_col":38,"severity":"error","code":"unknown-name","message":"unknown name 'Oficer': not a role or a thing","hints":["did you mean 'Officer'?"]}],"ok":false}
civic: cannot read 'tests/no-such-file.civic': No such file or directory
{"kind":"load","file":"tests/no-such-file.civic","read":false,"protocol":null,"diagnostics":[],"ok":false}
[1]

$ printf ':json on\n:load protocols/wadhurst.civic\n' | civic repl --today 2026-11-22 protocols/newent.civic
{"kind":"command","command":":json","message":"answers as JSON","diagnostics":[],"ok":true}
{"kind":"load","file":"protocols/wadhurst.civic","read":true,"protocol":"wadhurst","roles":22,"rules":53,"routes":3,"scenarios":0,"diagnostics":[],"ok":true}

$ printf ':json on\n:reload\n:json off\n:reload\n' | civic repl --today 2026-12-06 tests/render/small.civic
{"kind":"command","command":":json","message":"answers as JSON","diagnostics":[],"ok":true}
{"kind":"load","file":"tests/render/small.civic","read":true,"protocol":"small","roles":22,"rules":6,"routes":2,"scenarios":0,"diagnostics":[],"ok":true}
answers as text
reloaded: 22 roles, 6 rules, 2 routes

$ civic repl tests/diff/errors.civic < /dev/null > /dev/null 2>&1; echo "exit $?"
exit 1

$ printf ':load tests/diff/errors.civic\n' | civic repl > /dev/null 2>&1; echo "exit $?"
exit 1

$ printf ':load tests/failing/wrong.civic\n:run passes\n' | civic repl --today 2026-01-01 > /dev/null 2>&1; echo "exit $?"
exit 0

$ printf ':load tests/failing/wrong.civic\n:run\n' | civic repl --today 2026-01-01 > /dev/null 2>&1; echo "exit $?"
exit 1

$ printf ':json on\n:load tests/failing/wrong.civic\n:run\n' | civic repl --today 2026-01-01 2>/dev/null | tail -n 1 | grep -o '"ok":[a-z]*}$'; printf ':json on\n:load tests/diff/errors.civic\n' | civic repl 2>/dev/null | tail -n 1 | grep -o '"ok":[a-z]*}$'
"ok":false}
"ok":false}

$ printf ':load -\nrole Greeter is Officer\n:quit\n' | civic repl
'-' cannot be loaded: standard input is what the REPL reads
added: 1 role
[1]

$ printf ':json on\n:load tests/failing/wrong.civic\n:run passes\n:protocols\n:use wrong\n:today 2026-01-05\n:help\n:bogus\n:quit now\ncan Member instruct Officer\n:reload\n:json off\n' | civic repl 2>/dev/null | python3 -c 'import sys, json; print(" ".join(json.loads(l)["kind"] if l.startswith("{") else "text: " + l.strip() for l in sys.stdin))'
command load run protocols command command command command command can load text: answers as text

$ printf ':lod tests/failing/wrong.civic\n:quit now\n:today 2026-02-30\n:today 2026-2-3\n:run "no such"\n:run "Passes"\n:protocols now\n' | civic repl --today 2026-01-01 tests/failing/wrong.civic
unknown command ':lod'; did you mean ':load'?
':quit' takes nothing after it, not 'now'
there is no such day as 2026-02-30
write ':today YYYY-MM-DD'
no scenario named "no such"
no scenario named "Passes"; did you mean "passes"?
':protocols' takes nothing after it, not 'now'
[1]

$ printf 'can Member\000 instruct Officer\ncan Member instruct Officer\n' | civic repl tests/failing/wrong.civic 2>&1 | head -n 2; printf 'can Member\000 instruct Officer\n' | civic repl > /dev/null; echo "exit $?"
line 1 of the input has a NUL byte; it was not read
Forbidden. [E2] Member must not instruct Officer
line 1 of the input has a NUL byte; it was not read
exit 1

