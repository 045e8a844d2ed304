# Robustness.  First the limits, each with a clear error: brackets (100 may
# be open at once, the 101st is an error), conditions (100 terms joined with
# "and" are allowed, 101 are not), files (64 MiB is read, a byte more is
# refused, named or used), lines (1 MiB is read, longer is refused), errors (the first 100
# are reported, then a note says the check stopped), and the days deadline
# arithmetic searches for a working day (a calendar closed for twenty years
# has none within the ten years searched: the deadline is reported as
# impossible, at once, and a duty opened then has no due date), and the
# size of a model (10,000 roles, 1,000,000 rules, 50,000,000 comparisons of
# rules on one role and action, 10,000 rules from one
# "can expect" block or one "manages" line, a role a kind of at most 99
# others, 100 people outside scenarios, 10,000 scenarios, 100 calendars):
# checks compare rules pairwise, people outside scenarios are copied into
# each, each calendar keeps a bitmap of two centuries, and all of it must
# stay fast and small on any input.  Big inputs
# are made by the command in a fresh temporary directory, which it removes.
#
# Then the simulator at its edges, with expectations of every kind failing
# (tests/check/robust-sim.civic), and queries of every kind, good and bad,
# in text and JSON, on a protocol with every kind of deadline, condition and
# route step (tests/check/robust-query.civic).  Last, files with mistakes of
# every kind in scenarios, protocol fields, calendars and tokens, each
# reported once with its position (tests/check/robust-*.civic), and bytes
# that are not UTF-8.

$ d=$(mktemp -d) && cd "$d" && { printf 'use "roles"\n[1] Member must not instruct Officer when '; awk 'BEGIN { for (i = 0; i < 100; i++) printf "("; printf "\"x\""; for (i = 0; i < 100; i++) printf ")"; print "" }'; } > ok.civic && civic check ok.civic; s=$?; cd / && rm -rf "$d"; exit $s
ok.civic: ok (21 roles, 1 rule, 0 routes, 0 scenarios)

$ d=$(mktemp -d) && cd "$d" && { printf 'use "roles"\n[1] Member must not instruct Officer when '; awk 'BEGIN { for (i = 0; i < 101; i++) printf "("; printf "\"x\""; for (i = 0; i < 101; i++) printf ")"; print "" }'; } > deep.civic && { civic check deep.civic; echo "[status $?]"; } 2>&1 | cut -c1-100; cd / && rm -rf "$d"
deep.civic:2:143: error: too deeply nested: more than 100 open brackets [too-deep]
    2 | ...((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("x")))))))))))))))))))))))))
      | ...                                                            ^
hint: close some '{' or '(' before opening more
deep.civic: 1 error, 0 warnings
[status 1]

$ d=$(mktemp -d) && cd "$d" && { printf 'use "roles"\n[1] Member must not instruct Officer when "a"'; awk 'BEGIN { for (i = 1; i < 100; i++) printf " and \"a\""; print "" }'; } > ok.civic && civic check ok.civic; s=$?; cd / && rm -rf "$d"; exit $s
ok.civic: ok (21 roles, 1 rule, 0 routes, 0 scenarios)

$ d=$(mktemp -d) && cd "$d" && { printf 'use "roles"\n[1] Member must not instruct Officer when "a"'; awk 'BEGIN { for (i = 1; i < 101; i++) printf " and \"a\""; print "" }'; } > long.civic && { civic check long.civic; echo "[status $?]"; } 2>&1 | cut -c1-104; cd / && rm -rf "$d"
long.civic:2:43: error: this condition is too long: more than 100 conditions joined or nested [too-deep]
    2 | [1] Member must not instruct Officer when "a" and "a" and "a" and "a" and "a" and "a" and "a" an
      |                                           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: split the rule into several rules, each with a shorter condition
long.civic: 1 error, 0 warnings
[status 1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { s = "#"; while (length(s) < 1048575) s = s s; s = substr(s, 1, 1048575); for (i = 0; i < 64; i++) print s }' > exact.civic && wc -c < exact.civic && civic check exact.civic && printf '\n' >> exact.civic && printf 'use "exact"\n' > uses.civic && civic check exact.civic; civic check uses.civic; s=$?; cd / && rm -rf "$d"; exit $s
67108864
exact.civic: ok (0 roles, 0 rules, 0 routes, 0 scenarios)
civic: cannot read 'exact.civic': it is larger than 64 MiB, the most Civic reads
uses.civic:1:5: error: cannot read './exact.civic': File too large [use-unreadable]
    1 | use "exact"
      |     ^~~~~~~
hint: Civic reads files of up to 64 MiB
uses.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { s = "#"; while (length(s) < 1048576) s = s s; s = substr(s, 1, 1048576); print "role A"; print s; print "role B" }' > ok.civic && civic check ok.civic; s=$?; cd / && rm -rf "$d"; exit $s
ok.civic: ok (2 roles, 0 rules, 0 routes, 0 scenarios)

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { s = "#"; while (length(s) < 1048577) s = s s; s = substr(s, 1, 1048577); print "role A"; print s; print "role B" }' > long.civic && civic check long.civic; s=$?; cd / && rm -rf "$d"; exit $s
long.civic:2:1: error: a line of this file is 1048577 bytes long; the limit is 1048576 [line-too-long]
    2 | ########################################################################################################################...
      | ^
hint: is this a Civic file? Civic reads one statement per line
long.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "use \"roles\""; for (i = 1; i <= 150; i++) printf "[%d] Member must not instruct Oficer%d\n", i, i }' > many.civic && { civic check many.civic; echo "[status $?]"; } 2>&1 | tail -n 6; cd / && rm -rf "$d"
  101 | [100] Member must not instruct Oficer100
      |                                ^~~~~~~~~
hint: declare it with 'thing Oficer100' (or 'role Oficer100'), or put free text in quotes
civic: too many errors; stopped after 100
many.civic: 100 errors, 0 warnings
[status 1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "use \"roles\""; for (i = 1; i <= 150; i++) printf "[%d] Member must not instruct Oficer%d\n", i, i }' > many.civic && { civic check --json many.civic > out.json; echo "[status $?]"; } 2>&1 && grep -c '"code": "unknown-name"' out.json; cd / && rm -rf "$d"
civic: too many errors; stopped after 100
[status 1]
100

$ civic query --today 2026-11-22 tests/check/robust-closed-years.civic 'deadline 1 from 2041-03-02'
<query>:1:27: error: no due date can be found: the calendar has no working day within ten years of 2041-03-02 [no-working-day]
    1 | deadline 1 from 2041-03-02
      |                           ^
hint: the calendar's closures leave no working day: check its 'closed' lines
[1]

$ civic query --today 2026-11-22 tests/check/robust-closed-years.civic 'deadline 1 from 2060-12-20'
[1] Officer must respond to enquiry from Member within 2 working days
From Mon 20 Dec 2060: due by the close of Wed 5 Jan 2061 (closed-years calendar).
Counted in working days from the day after 2060-12-20 (the day of the enquiry itself does not count), on the closed-years calendar: due by the close of the 2nd working day.
Not counted: Tue 21 Dec 2060 — Closed for twenty years, Wed 22 Dec 2060 — Closed for twenty years, Thu 23 Dec 2060 — Closed for twenty years, Fri 24 Dec 2060 — Closed for twenty years, Sat 25 Dec 2060 — Closed for twenty years, Sun 26 Dec 2060 — Closed for twenty years, Mon 27 Dec 2060 — Christmas Day, Tue 28 Dec 2060 — Boxing Day, Wed 29 Dec 2060 — Closed for twenty years, Thu 30 Dec 2060 — Closed for twenty years, Fri 31 Dec 2060 — Closed for twenty years, Mon 3 Jan 2061 — New Year's Day.

$ civic run --today 2026-11-22 tests/check/robust-closed-years.civic
scenario "an enquiry in the closed years" (tests/check/robust-closed-years.civic:19)
2041-03-02        event      alice sends enquiry to bob
2041-03-02        opened     [1] bob must respond to enquiry from alice
2041-03-02        expect     ok: [1] open
2045-06-01        expect     ok: [1] open
2045-06-01        open       [1] still open at the end: bob must respond to enquiry from alice
result: 2 of 2 expectations met; 1 opened, 0 fulfilled, 0 breached, 0 departed, 1 still open

$ civic run --today 2026-11-22 tests/check/robust-sim.civic
scenario "every kind of expectation, failing" (tests/check/robust-sim.civic:32)
2025-12-23        event      alice sends enquiry to bob
2025-12-23        opened     [E1] bob must respond to enquiry from alice by 2025-12-29
2025-12-23        expect     FAILED at tests/check/robust-sim.civic:37: expected [E1] due 2025-12-30, but it is due 2025-12-29
2025-12-23        expect     FAILED at tests/check/robust-sim.civic:38: expected [E1] fulfilled, but it is still open, due 2025-12-29
2025-12-23        expect     FAILED at tests/check/robust-sim.civic:39: expected [E1] breached by bob, but it is still open, due 2025-12-29
2025-12-23        expect     FAILED at tests/check/robust-sim.civic:40: expected [E1] departed, but it is still open, due 2025-12-29
2025-12-23        expect     FAILED at tests/check/robust-sim.civic:41: expected [E1] lapsed, but it is still open, due 2025-12-29
2025-12-23        expect     FAILED at tests/check/robust-sim.civic:42: expected no duty of [E1], but 1 arose
2025-12-23        expect     FAILED at tests/check/robust-sim.civic:43: expected [E2] open, but nothing under that clause has happened (no duty, no breach)
2025-12-23        expect     FAILED at tests/check/robust-sim.civic:44: expected [E2] due 2026-01-05, but no duty of [E2] has a due date
2025-12-29        fallback   [E1] bob did not respond by 2025-12-29; the fallback applies: acknowledge enquiry and give timescale by 2025-12-31
2025-12-31        breached   [E1] bob did not respond to enquiry from alice, nor acknowledge enquiry and give timescale by 2025-12-31
2026-01-10        expect     FAILED at tests/check/robust-sim.civic:46: expected [E1] open, but it was breached
2026-01-10        expect     FAILED at tests/check/robust-sim.civic:47: expected no breach, but there was 1
2026-01-10        expect     FAILED at tests/check/robust-sim.civic:48: expected the complaint to reach bob, but no such case was opened
2026-01-10        expect     FAILED at tests/check/robust-sim.civic:49: expected the complaint to be with the parties, informally, but no such case was opened
2026-01-10        expect     FAILED at tests/check/robust-sim.civic:50: expected a complaint to be resolved, but none is
2026-01-10        expect     FAILED at tests/check/robust-sim.civic:51: expected the review not overdue as of 2026-11-22, but it is overdue (due 2026-06-01)
2026-01-10        expect     FAILED at tests/check/robust-sim.civic:52: expected the review due 2027-01-01, but it is due 2026-06-01
result: 0 of 15 expectations met; 1 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open

scenario "departures counted, and failing" (tests/check/robust-sim.civic:55)
2026-03-02        event      alice pressures bob
2026-03-02        departed   [E7] alice did pressure bob, which the protocol discourages (a departure, not a breach)
2026-03-03        event      alice pressures bob
2026-03-03        departed   [E7] alice did pressure bob, which the protocol discourages (a departure, not a breach)
2026-03-03        expect     FAILED at tests/check/robust-sim.civic:60: expected no departure, but there were 2
2026-03-03        expect     FAILED at tests/check/robust-sim.civic:61: expected [E7] departed by bob, but nothing under that clause has happened to bob (no duty, no breach)
result: 0 of 2 expectations met; 0 opened, 0 fulfilled, 0 breached, 2 departed, 0 still open

scenario "an explanation given before the departure" (tests/check/robust-sim.civic:64)
2026-03-02        event      alice explains
2026-03-02        explained  [E7] alice explains: "the matter was urgent"
2026-03-02        event      alice pressures bob
2026-03-02        departed   [E7] alice did pressure bob, which the protocol discourages (a departure, not a breach); reason given: "the matter was urgent"
2026-03-02        expect     ok: [E7] departed by alice
result: 1 of 1 expectations met; 0 opened, 0 fulfilled, 0 breached, 1 departed, 0 still open

scenario "nobody holds the office" (tests/check/robust-sim.civic:72)
2026-03-02        expect     FAILED at tests/check/robust-sim.civic:74: no one holds the office of Town Clerk on 2026-03-02, so no one can act as it
2026-03-03        event      alice sends enquiry to the Town Clerk
2026-03-03        opened     [E1] Town Clerk must respond to enquiry from alice by 2026-03-05
2026-03-03        expect     ok: [E1] open
2026-03-03        open       [E1] still open at the end: Town Clerk must respond to enquiry from alice by 2026-03-05
result: 1 of 2 expectations met; 1 opened, 0 fulfilled, 0 breached, 0 departed, 1 still open

scenario "resolve and escalate with no case" (tests/check/robust-sim.civic:79)
2026-03-02        event      carol resolves complaint
2026-03-02        skipped    carol resolves complaint, but no such case is open
2026-03-02        event      alice escalates complaint
2026-03-02        skipped    alice escalates complaint, but no such case is open
2026-03-02        expect     FAILED at tests/check/robust-sim.civic:84: expected a complaint to be resolved, but none is
result: 0 of 1 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

scenario "no route covers the case" (tests/check/robust-sim.civic:87)
2026-03-02        event      alice raises complaint about bob
2026-03-02        closed     no route in the protocol covers a complaint by alice about bob
2026-03-02        expect     FAILED at tests/check/robust-sim.civic:91: expected the complaint to reach the parties, informally, but no such case was opened
result: 0 of 1 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open

scenario "a case that runs out of steps" (tests/check/robust-sim.civic:94)
2026-02-02        event      alice raises complaint about bob
2026-02-02        escalated  [C.1] complaint by alice about bob goes to the parties, to settle informally
2026-02-03        event      alice escalates complaint
2026-02-03        escalated  [C.2] complaint by alice about bob goes to the Town Clerk (carol)
2026-02-03        opened     [E6] carol must acknowledge complaint from alice by 2026-02-04
2026-02-04        event      carol escalates complaint
2026-02-04        escalated  [C.4] complaint by alice about bob goes to the council's disciplinary procedure
2026-02-04        breached   [E6] carol did not acknowledge complaint from alice by 2026-02-04
2026-02-05        event      carol escalates complaint
2026-02-05        closed     complaint by alice about bob: no further step of the route; the case ends
2026-02-06        event      carol escalates complaint
2026-02-06        skipped    carol escalates complaint, but no such case is open
2026-02-06        expect     FAILED at tests/check/robust-sim.civic:103: expected the complaint to be with the council's disciplinary procedure, but it ended with the council's disciplinary procedure
2026-02-06        expect     ok: complaint reaches carol
2026-02-06        expect     FAILED at tests/check/robust-sim.civic:105: expected a complaint to be resolved, but none is
result: 1 of 3 expectations met; 1 opened, 0 fulfilled, 1 breached, 0 departed, 0 still open

scenario "a vague deadline never falls due" (tests/check/robust-sim.civic:108)
2026-03-02        event      alice sends request to bob
2026-03-02        opened     [E8] bob must respond to request from alice
2027-03-02        expect     ok: [E8] open
2027-03-02        expect     FAILED at tests/check/robust-sim.civic:114: expected [E8] due 2027-03-02, but no duty of [E8] has a due date
2027-03-02        open       [E8] still open at the end: bob must respond to request from alice
result: 1 of 2 expectations met; 1 opened, 0 fulfilled, 0 breached, 0 departed, 1 still open

scenario "two enquiries, answered in turn" (tests/check/robust-sim.civic:117)
2026-04-01        event      alice sends enquiry to bob
2026-04-01        opened     [E1] bob must respond to enquiry from alice by 2026-04-07
2026-04-01        event      dan sends enquiry to bob
2026-04-01        opened     [E1] bob must respond to enquiry from dan by 2026-04-07
2026-04-02        event      bob responds to dan
2026-04-02        fulfilled  [E1] bob did respond to enquiry from dan, due 2026-04-07
2026-04-02        expect     ok: [E1] fulfilled by bob
2026-04-02        expect     ok: [E1] open
2026-04-03        event      bob responds to alice
2026-04-03        fulfilled  [E1] bob did respond to enquiry from alice, due 2026-04-07
2026-04-10        expect     ok: no breach
result: 3 of 3 expectations met; 2 opened, 2 fulfilled, 0 breached, 0 departed, 0 still open
[1]

$ civic run --json --today 2026-11-22 tests/check/robust-sim.civic "a case that runs out of steps"
{
  "kind": "run",
  "file": "tests/check/robust-sim.civic",
  "entries": [
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-02",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "alice"
      ],
      "text": "alice raises complaint about bob",
      "file": "tests/check/robust-sim.civic",
      "line": 98,
      "what": "event",
      "event": {
        "file": "tests/check/robust-sim.civic",
        "line": 98,
        "actor": "alice",
        "verb": "raises",
        "action": "send",
        "thing": "complaint",
        "target": null,
        "about": "bob"
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-02",
      "time": null,
      "kind": "escalated",
      "clause": "C.1",
      "people": [
        "alice",
        "bob"
      ],
      "text": "[C.1] complaint by alice about bob goes to the parties, to settle informally",
      "file": "tests/check/robust-sim.civic",
      "line": 26,
      "what": "case-to",
      "case": {
        "kind": "complaint",
        "raiser": "alice",
        "subject": "bob",
        "route": "C",
        "step": 1,
        "handler": {
          "person": null,
          "office": null,
          "procedure": null,
          "informal": true
        },
        "actor": null
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-03",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "alice"
      ],
      "text": "alice escalates complaint",
      "file": "tests/check/robust-sim.civic",
      "line": 99,
      "what": "event",
      "event": {
        "file": "tests/check/robust-sim.civic",
        "line": 99,
        "actor": "alice",
        "verb": "escalates",
        "action": "escalate",
        "thing": "complaint",
        "target": null,
        "about": null
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-03",
      "time": null,
      "kind": "escalated",
      "clause": "C.2",
      "people": [
        "alice",
        "carol"
      ],
      "text": "[C.2] complaint by alice about bob goes to the Town Clerk (carol)",
      "file": "tests/check/robust-sim.civic",
      "line": 27,
      "what": "case-to",
      "case": {
        "kind": "complaint",
        "raiser": "alice",
        "subject": "bob",
        "route": "C",
        "step": 2,
        "handler": {
          "person": "carol",
          "office": "Town Clerk",
          "procedure": null,
          "informal": false
        },
        "actor": null
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-03",
      "time": null,
      "kind": "opened",
      "clause": "E6",
      "people": [
        "carol",
        "alice"
      ],
      "text": "[E6] carol must acknowledge complaint from alice by 2026-02-04",
      "file": "tests/check/robust-sim.civic",
      "line": 99,
      "what": "opened",
      "event": {
        "file": "tests/check/robust-sim.civic",
        "line": 99,
        "actor": null,
        "verb": "escalates",
        "action": "escalate",
        "thing": "complaint",
        "target": null,
        "about": "bob"
      },
      "duty": {
        "clause": "E6",
        "modality": "must",
        "file": "tests/check/robust-sim.civic",
        "line": 21,
        "owner": "carol",
        "office": null,
        "counterpart": "alice",
        "opened": "2026-02-03",
        "due": "2026-02-04",
        "fallback_due": null,
        "fallback_applies": false,
        "done_by": null
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-04",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "carol"
      ],
      "text": "carol escalates complaint",
      "file": "tests/check/robust-sim.civic",
      "line": 100,
      "what": "event",
      "event": {
        "file": "tests/check/robust-sim.civic",
        "line": 100,
        "actor": "carol",
        "verb": "escalates",
        "action": "escalate",
        "thing": "complaint",
        "target": null,
        "about": null
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-04",
      "time": null,
      "kind": "escalated",
      "clause": "C.4",
      "people": [
        "alice",
        "bob"
      ],
      "text": "[C.4] complaint by alice about bob goes to the council's disciplinary procedure",
      "file": "tests/check/robust-sim.civic",
      "line": 29,
      "what": "case-to",
      "case": {
        "kind": "complaint",
        "raiser": "alice",
        "subject": "bob",
        "route": "C",
        "step": 4,
        "handler": {
          "person": null,
          "office": null,
          "procedure": "disciplinary",
          "informal": false
        },
        "actor": null
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-04",
      "time": null,
      "kind": "breached",
      "clause": "E6",
      "people": [
        "carol",
        "alice"
      ],
      "text": "[E6] carol did not acknowledge complaint from alice by 2026-02-04",
      "file": "tests/check/robust-sim.civic",
      "line": 21,
      "what": "missed",
      "duty": {
        "clause": "E6",
        "modality": "must",
        "file": "tests/check/robust-sim.civic",
        "line": 21,
        "owner": "carol",
        "office": null,
        "counterpart": "alice",
        "opened": "2026-02-03",
        "due": "2026-02-04",
        "fallback_due": null,
        "fallback_applies": false,
        "done_by": null
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-05",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "carol"
      ],
      "text": "carol escalates complaint",
      "file": "tests/check/robust-sim.civic",
      "line": 101,
      "what": "event",
      "event": {
        "file": "tests/check/robust-sim.civic",
        "line": 101,
        "actor": "carol",
        "verb": "escalates",
        "action": "escalate",
        "thing": "complaint",
        "target": null,
        "about": null
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-05",
      "time": null,
      "kind": "closed",
      "clause": "C",
      "people": [
        "alice",
        "bob"
      ],
      "text": "complaint by alice about bob: no further step of the route; the case ends",
      "file": "tests/check/robust-sim.civic",
      "line": 25,
      "what": "case-ends",
      "case": {
        "kind": "complaint",
        "raiser": "alice",
        "subject": "bob",
        "route": "C",
        "step": null,
        "handler": {
          "person": null,
          "office": null,
          "procedure": "disciplinary",
          "informal": false
        },
        "actor": null
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-06",
      "time": null,
      "kind": "event",
      "clause": null,
      "people": [
        "carol"
      ],
      "text": "carol escalates complaint",
      "file": "tests/check/robust-sim.civic",
      "line": 102,
      "what": "event",
      "event": {
        "file": "tests/check/robust-sim.civic",
        "line": 102,
        "actor": "carol",
        "verb": "escalates",
        "action": "escalate",
        "thing": "complaint",
        "target": null,
        "about": null
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-06",
      "time": null,
      "kind": "skipped",
      "clause": null,
      "people": [
        "carol"
      ],
      "text": "carol escalates complaint, but no such case is open",
      "file": "tests/check/robust-sim.civic",
      "line": 102,
      "what": "case-none-open",
      "event": {
        "file": "tests/check/robust-sim.civic",
        "line": 102,
        "actor": "carol",
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
        "actor": "carol"
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-06",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "expected the complaint to be with the council's disciplinary procedure, but it ended with the council's disciplinary procedure",
      "ok": false,
      "file": "tests/check/robust-sim.civic",
      "line": 103,
      "what": "expect",
      "expectation": {
        "expect": "at",
        "met": false,
        "expected": {
          "kind": "complaint",
          "handler_procedure": "disciplinary"
        },
        "found": {
          "where": "ended",
          "person": null,
          "office": null,
          "procedure": "disciplinary"
        }
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-06",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "complaint reaches carol",
      "ok": true,
      "file": "tests/check/robust-sim.civic",
      "line": 104,
      "what": "expect",
      "expectation": {
        "expect": "reaches",
        "met": true,
        "expected": {
          "kind": "complaint",
          "handler_person": "carol"
        },
        "found": {}
      }
    },
    {
      "scenario": "a case that runs out of steps",
      "date": "2026-02-06",
      "time": null,
      "kind": "expectation",
      "clause": null,
      "people": [],
      "text": "expected a complaint to be resolved, but none is",
      "ok": false,
      "file": "tests/check/robust-sim.civic",
      "line": 105,
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
  ],
  "scenarios": [
    {
      "name": "a case that runs out of steps",
      "line": 94,
      "result": {
        "expectations": 3,
        "met": 1,
        "failed": 2,
        "events": 5,
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
    "expectations": 3,
    "met": 1,
    "failed": 2,
    "events": 5,
    "opened": 1,
    "fulfilled": 0,
    "breached": 1,
    "departed": 0,
    "still_open": 0
  },
  "diagnostics": [
    {
      "file": "tests/check/robust-sim.civic",
      "line": 11,
      "col": 3,
      "end_col": 31,
      "severity": "warning",
      "code": "review-overdue",
      "message": "the protocol's review was due on 2026-06-01 and is overdue as of 2026-11-22",
      "hints": [
        "after the council reviews it, record the date: 'reviewed 2026-11-22'"
      ]
    },
    {
      "file": "tests/check/robust-sim.civic",
      "line": 23,
      "col": 50,
      "end_col": 58,
      "severity": "warning",
      "code": "vague-deadline",
      "message": "vague deadline 'promptly': it cannot be checked",
      "hints": [
        "write a period, like 'within 2 working days'"
      ]
    }
  ],
  "ok": false
}
[1]

$ civic run --today 2026-11-22 tests/check/robust-sim.civic "no such scenario"
civic: tests/check/robust-sim.civic has no scenario named "no such scenario"
  "every kind of expectation, failing"
  "departures counted, and failing"
  "an explanation given before the departure"
  "nobody holds the office"
  "resolve and escalate with no case"
  "no route covers the case"
  "a case that runs out of steps"
  "a vague deadline never falls due"
  "two enquiries, answered in turn"
[1]

$ civic test --today 2026-11-22 tests/check/robust-sim.civic
tests/check/robust-sim.civic:37: scenario "every kind of expectation, failing": expected [E1] due 2025-12-30, but it is due 2025-12-29
tests/check/robust-sim.civic:38: scenario "every kind of expectation, failing": expected [E1] fulfilled, but it is still open, due 2025-12-29
tests/check/robust-sim.civic:39: scenario "every kind of expectation, failing": expected [E1] breached by bob, but it is still open, due 2025-12-29
tests/check/robust-sim.civic:40: scenario "every kind of expectation, failing": expected [E1] departed, but it is still open, due 2025-12-29
tests/check/robust-sim.civic:41: scenario "every kind of expectation, failing": expected [E1] lapsed, but it is still open, due 2025-12-29
tests/check/robust-sim.civic:42: scenario "every kind of expectation, failing": expected no duty of [E1], but 1 arose
tests/check/robust-sim.civic:43: scenario "every kind of expectation, failing": expected [E2] open, but nothing under that clause has happened (no duty, no breach)
tests/check/robust-sim.civic:44: scenario "every kind of expectation, failing": expected [E2] due 2026-01-05, but no duty of [E2] has a due date
tests/check/robust-sim.civic:46: scenario "every kind of expectation, failing": expected [E1] open, but it was breached
tests/check/robust-sim.civic:47: scenario "every kind of expectation, failing": expected no breach, but there was 1
tests/check/robust-sim.civic:48: scenario "every kind of expectation, failing": expected the complaint to reach bob, but no such case was opened
tests/check/robust-sim.civic:49: scenario "every kind of expectation, failing": expected the complaint to be with the parties, informally, but no such case was opened
tests/check/robust-sim.civic:50: scenario "every kind of expectation, failing": expected a complaint to be resolved, but none is
tests/check/robust-sim.civic:51: scenario "every kind of expectation, failing": expected the review not overdue as of 2026-11-22, but it is overdue (due 2026-06-01)
tests/check/robust-sim.civic:52: scenario "every kind of expectation, failing": expected the review due 2027-01-01, but it is due 2026-06-01
tests/check/robust-sim.civic:60: scenario "departures counted, and failing": expected no departure, but there were 2
tests/check/robust-sim.civic:61: scenario "departures counted, and failing": expected [E7] departed by bob, but nothing under that clause has happened to bob (no duty, no breach)
tests/check/robust-sim.civic:74: scenario "nobody holds the office": no one holds the office of Town Clerk on 2026-03-02, so no one can act as it
tests/check/robust-sim.civic:84: scenario "resolve and escalate with no case": expected a complaint to be resolved, but none is
tests/check/robust-sim.civic:91: scenario "no route covers the case": expected the complaint to reach the parties, informally, but no such case was opened
tests/check/robust-sim.civic:103: scenario "a case that runs out of steps": expected the complaint to be with the council's disciplinary procedure, but it ended with the council's disciplinary procedure
tests/check/robust-sim.civic:105: scenario "a case that runs out of steps": expected a complaint to be resolved, but none is
tests/check/robust-sim.civic:114: scenario "a vague deadline never falls due": expected [E8] due 2027-03-02, but no duty of [E8] has a due date
2 passed, 7 failed
[1]

$ civic test --json --today 2026-11-22 tests/check/robust-sim.civic | grep -E '"(name|passed|message)"' | sed -n 1,40p
          "name": "every kind of expectation, failing",
          "passed": false,
              "message": "expected [E1] due 2025-12-30, but it is due 2025-12-29",
              "message": "expected [E1] fulfilled, but it is still open, due 2025-12-29",
              "message": "expected [E1] breached by bob, but it is still open, due 2025-12-29",
              "message": "expected [E1] departed, but it is still open, due 2025-12-29",
              "message": "expected [E1] lapsed, but it is still open, due 2025-12-29",
              "message": "expected no duty of [E1], but 1 arose",
              "message": "expected [E2] open, but nothing under that clause has happened (no duty, no breach)",
              "message": "expected [E2] due 2026-01-05, but no duty of [E2] has a due date",
              "message": "expected [E1] open, but it was breached",
              "message": "expected no breach, but there was 1",
              "message": "expected the complaint to reach bob, but no such case was opened",
              "message": "expected the complaint to be with the parties, informally, but no such case was opened",
              "message": "expected a complaint to be resolved, but none is",
              "message": "expected the review not overdue as of 2026-11-22, but it is overdue (due 2026-06-01)",
              "message": "expected the review due 2027-01-01, but it is due 2026-06-01",
          "name": "departures counted, and failing",
          "passed": false,
              "message": "expected no departure, but there were 2",
              "message": "expected [E7] departed by bob, but nothing under that clause has happened to bob (no duty, no breach)",
          "name": "an explanation given before the departure",
          "passed": true,
          "name": "nobody holds the office",
          "passed": false,
              "message": "no one holds the office of Town Clerk on 2026-03-02, so no one can act as it",
          "name": "resolve and escalate with no case",
          "passed": false,
              "message": "expected a complaint to be resolved, but none is",
          "name": "no route covers the case",
          "passed": false,
              "message": "expected the complaint to reach the parties, informally, but no such case was opened",
          "name": "a case that runs out of steps",
          "passed": false,
              "message": "expected the complaint to be with the council's disciplinary procedure, but it ended with the council's disciplinary procedure",
              "message": "expected a complaint to be resolved, but none is",
          "name": "a vague deadline never falls due",
          "passed": false,
              "message": "expected [E8] due 2027-03-02, but no duty of [E8] has a due date",
          "name": "two enquiries, answered in turn",

$ d=$(mktemp -d) && civic test --junit "$d/out.xml" --today 2026-11-22 tests/check/robust-sim.civic > /dev/null; s=$?; grep -c '<failure' "$d/out.xml"; rm -rf "$d"; exit $s
7
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Member instruct Officer'
Forbidden, unless (approved by Town Clerk or it is about a Town Clerk). [Q.8] Member must not instruct Officer, unless (approved by Town Clerk or it is about a Town Clerk)
  towards a Town Clerk, when "urgent" and it is by a Chair of the Council — permitted: [Q.7] Member may instruct Town Clerk, when "urgent" and it is by a Chair of the Council

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Member instruct Clerk'
Forbidden, unless (approved by Town Clerk or it is about a Town Clerk). [Q.8] Member must not instruct Officer, unless (approved by Town Clerk or it is about a Town Clerk)
  when "urgent" and it is by a Chair of the Council — permitted: [Q.7] Member may instruct Town Clerk, when "urgent" and it is by a Chair of the Council

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can a Chair instruct the Town Clerk?'
Forbidden, unless (approved by Town Clerk or it is about a Town Clerk). [Q.8] Member must not instruct Officer, unless (approved by Town Clerk or it is about a Town Clerk)
  when "urgent" and it is by a Chair of the Council — permitted: [Q.7] Member may instruct Town Clerk, when "urgent" and it is by a Chair of the Council

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Chair2 disclose information to Media'
Discouraged. [Q.9] Member should not disclose information to the media "marked confidential"
  unless "embargoed" — permitted: [Q.10] Chair of Finance may disclose information to the media, unless "embargoed"

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Member disclose information to Media'
Discouraged. [Q.9] Member should not disclose information to the media "marked confidential"
  when the Member is a Chair of Finance, unless "embargoed" — permitted: [Q.10] Chair of Finance may disclose information to the media, unless "embargoed"

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Officer appoint Member'
Unregulated: the protocol says nothing about whether an Officer may appoint a Member.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Member instruct Officer about enquiry'
Forbidden, unless (approved by Town Clerk or it is about a Town Clerk). [Q.8] Member must not instruct Officer, unless (approved by Town Clerk or it is about a Town Clerk)
  towards a Town Clerk, when "urgent" and it is by a Chair of the Council — permitted: [Q.7] Member may instruct Town Clerk, when "urgent" and it is by a Chair of the Council

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Member instruct Officer Clerk'
<query>:1:29: error: the query already names the role 'Officer' [bad-query]
    1 | can Member instruct Officer Clerk
      |                             ^~~~~
hint: ask about one role and one thing at a time
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Member instruct Officer Nobody'
<query>:1:29: error: unknown role or thing 'Nobody' [unknown-name]
    1 | can Member instruct Officer Nobody
      |                             ^~~~~~
hint: ask like 'can Member instruct Officer'
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Member instruct Officer Oficer'
<query>:1:29: error: unknown role or thing 'Oficer' [unknown-name]
    1 | can Member instruct Officer Oficer
      |                             ^~~~~~
hint: did you mean 'Officer'?
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Member instruct for'
Forbidden, unless (approved by Town Clerk or it is about a Town Clerk). [Q.8] Member must not instruct Officer, unless (approved by Town Clerk or it is about a Town Clerk)
  when "urgent" and it is by a Chair of the Council — permitted: [Q.7] Member may instruct Town Clerk, when "urgent" and it is by a Chair of the Council

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Nobody instruct Officer'
<query>:1:5: error: unknown role 'Nobody' [unknown-role]
    1 | can Nobody instruct Officer
      |     ^~~~~~
hint: 'roles' lists the roles of this protocol
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Member frobnicate Officer'
<query>:1:12: error: unknown action 'frobnicate' [unknown-action]
    1 | can Member frobnicate Officer
      |            ^~~~~~~~~~
hint: the rules on Member towards Officer are about: instruct ('duties of Member' lists them)
hint: if 'frobnicate' means one of these, the protocol can say so: 'ACTION aka frobnicate'
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Member'
<query>:1:11: error: the query ends before the action [bad-query]
    1 | can Member
      |           ^
hint: ask like 'can Member instruct Officer'
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can'
<query>:1:4: error: the query ends before naming who acts [bad-query]
    1 | can
      |    ^
hint: name a role, like Member, Officer or Clerk ('roles' lists them)
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'may "Town Clerk" instruct "Committee Secretary"'
Unregulated: the protocol says nothing about whether a Town Clerk may instruct a Committee Secretary.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'duties of Secretary'
Duties of Committee Secretary:
  [Q.12] Committee Secretary must inform Member within 2 working days
  (role declaration) Committee Secretary may manage Deputy Town Clerk
As Officer:
  [Q.1] Officer must respond to enquiry from Member within 1 working day
  [Q.2] Officer must respond to request from Member within 3 working days, otherwise acknowledge request within 4 working days
  [Q.3] Officer should advise Member within 2 weeks
  [Q.5] Officer must send report to Member within 1 month
  [Q.6] Officer must forward information to Member within 10 days
  [Q.11] Officer must respond to enquiry from Member (as soon as possible)
  [Q.13] Officer must acknowledge enquiry and respond to enquiry from Member within 3 working days

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'obligations for Member'
Duties of Member:
  [Q.7] Member may instruct Town Clerk, when "urgent" and it is by a Chair of the Council
  [Q.8] Member must not instruct Officer, unless (approved by Town Clerk or it is about a Town Clerk)
  [Q.9] Member should not disclose information to the media "marked confidential"

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'duties of Member extra'
<query>:1:18: error: unexpected 'extra' at the end of the query [bad-query]
    1 | duties of Member extra
      |                  ^~~~~
hint: type 'help' for the forms of question
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'expectations of Member from Officer'
What Member can expect from Officer:
  [Q.1] Officer must respond to enquiry from Member within 1 working day
  [Q.2] Officer must respond to request from Member within 3 working days, otherwise acknowledge request within 4 working days
  [Q.3] Officer should advise Member within 2 weeks
  [Q.5] Officer must send report to Member within 1 month
  [Q.6] Officer must forward information to Member within 10 days
  [Q.11] Officer must respond to enquiry from Member (as soon as possible)
  [Q.13] Officer must acknowledge enquiry and respond to enquiry from Member within 3 working days

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'expectations for Media from Member'
What the media can expect from Member:
  [Q.9] Member should not disclose information to the media "marked confidential"

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'expectations of Member Officer'
<query>:1:24: error: write 'expectations of Member from ROLE' [bad-query]
    1 | expectations of Member Officer
      |                        ^~~~~~~
hint: type 'help' for the forms of question
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain Q.2'
[Q.2] Officer must respond to request from Member within 3 working days, otherwise acknowledge request within 4 working days
  tests/check/robust-query.civic:24: [Q.2] Officer must respond to request from Member within 3 working days
                                             otherwise acknowledge request within 4 working days
  This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends a request to an Officer. It is due by the close of the 3rd working day after that day, which does not count (weekends and bank holidays are not working days). If it cannot be met in time, Officer must instead acknowledge request within 4 working days; doing so in time meets the duty.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain [Q.3]'
[Q.3] Officer should advise Member within 2 weeks
  tests/check/robust-query.civic:26: [Q.3] Officer should give advice to Member within 2 weeks
  This is a recommendation: not doing it is a departure, to be explained, not a breach. It is due by the close of the 2nd week after that day, which does not count.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain Q.4'
[Q.4] Town Clerk must acknowledge complaint from Member within 36 hours
  tests/check/robust-query.civic:27: [Q.4] Clerk must acknowledge complaint from Member within 36 hours
  This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends a complaint to a Town Clerk. It is due by the close of the 36th hour after that day, which does not count.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain Q.5'
[Q.5] Officer must send report to Member within 1 month
  tests/check/robust-query.civic:28: [Q.5] Officer must send report to Member within 1 month
  This is an obligation: not doing it (in time) is a breach of the protocol. It is due by the close of the 1st month after that day, which does not count.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain Q.6'
[Q.6] Officer must forward information to Member within 10 days
  tests/check/robust-query.civic:29: [Q.6] Officer must forward information to Member within 10 days
  This is an obligation: not doing it (in time) is a breach of the protocol. It is due by the close of the 10th day after that day, which does not count.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain Q.7'
[Q.7] Member may instruct Town Clerk, when "urgent" and it is by a Chair of the Council
  tests/check/robust-query.civic:30: [Q.7] Member may instruct Clerk when "urgent" and by Chair
  This is a permission: it may be done, and need not be.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain Q.8'
[Q.8] Member must not instruct Officer, unless (approved by Town Clerk or it is about a Town Clerk)
  tests/check/robust-query.civic:31: [Q.8] Member must not instruct Officer unless approved by Clerk or about Clerk
  This is a prohibition: doing it is a breach of the protocol.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain Q.10'
[Q.10] Chair of Finance may disclose information to the media, unless "embargoed"
  tests/check/robust-query.civic:33: [Q.10] Chair2 may disclose information to Media when not "embargoed" overrides [Q.9]
  This is a permission: it may be done, and need not be.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain Q.11'
[Q.11] Officer must respond to enquiry from Member (as soon as possible)
  tests/check/robust-query.civic:34: [Q.11] Officer must respond to enquiry from Member as soon as possible
  This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends an enquiry to an Officer. Its timing ('as soon as possible') is vague, so it cannot be checked against a date.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain Q.13'
[Q.13] Officer must acknowledge enquiry and respond to enquiry from Member within 3 working days
  tests/check/robust-query.civic:36: [Q.13] Officer must acknowledge enquiry and respond to enquiry from Member within 3 working days
  This is an obligation: not doing it (in time) is a breach of the protocol. It is due by the close of the 3rd working day after that day, which does not count (weekends and bank holidays are not working days).

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain RC.1'
[RC.1] step 1 of the route for a complaint by Member about Officer [RC]: the parties try to settle it informally

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain RC'
[RC.1] step 1 of the route for a complaint by Member about Officer [RC]: the parties try to settle it informally
[RC.2] step 2 of the route for a complaint by Member about Officer [RC]: the Town Clerk handles it, when "serious"
[RC.3] step 3 of the route for a complaint by Member about Officer [RC]: the Chair of Finance handles it, when it is about a Town Clerk
[RC.4] step 4 of the route for a complaint by Member about Officer [RC]: the council's disciplinary procedure

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain Q.99'
<query>:1:9: error: no rule has clause [Q.99] [unknown-clause]
    1 | explain Q.99
      |         ^~~~
hint: did you mean [Q.9]?
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'explain'
<query>:1:8: error: the query ends before the clause [bad-query]
    1 | explain
      |        ^
hint: write the clause like 10.2 or [10.2]
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.1 from 2025-12-23'
[Q.1] Officer must respond to enquiry from Member within 1 working day
From Tue 23 Dec 2025: due by the close of Wed 24 Dec 2025 (England and Wales calendar).
Counted in working days from the day after 2025-12-23 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 1st working day.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.2 after 2025-12-23'
[Q.2] Officer must respond to request from Member within 3 working days, otherwise acknowledge request within 4 working days
From Tue 23 Dec 2025: due by the close of Tue 30 Dec 2025 (England and Wales calendar).
Counted in working days from the day after 2025-12-23 (the day of the request itself does not count), on the England and Wales calendar: due by the close of the 3rd working day.
Not counted: Thu 25 Dec 2025 — Christmas Day, Fri 26 Dec 2025 — Boxing Day.
Otherwise (acknowledge request): by the close of Wed 31 Dec 2025.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.3 on 2025-12-23'
[Q.3] Officer should advise Member within 2 weeks
From Tue 23 Dec 2025: due by the close of Tue 6 Jan 2026.
Counted in calendar days from the day after 2025-12-23 (that day itself does not count), weekends and holidays included.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.4 from 2025-12-23'
[Q.4] Town Clerk must acknowledge complaint from Member within 36 hours
From Tue 23 Dec 2025: due by the close of Thu 25 Dec 2025.
Counted in hours from the time on 2025-12-23 (from midnight when no time is given), due by the close of the day the period reaches.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.5 from 2026-01-31'
[Q.5] Officer must send report to Member within 1 month
From Sat 31 Jan 2026: due by the close of Sat 28 Feb 2026.
Counted in calendar months from 2026-01-31: due by the close of the same day of the month 1 month on (or that month's last day).

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.6 from 2026-12-24'
[Q.6] Officer must forward information to Member within 10 days
From Thu 24 Dec 2026: due by the close of Sun 3 Jan 2027.
Counted in calendar days from the day after 2026-12-24 (that day itself does not count), weekends and holidays included.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.11 from 2025-12-23'
[Q.11] Officer must respond to enquiry from Member (as soon as possible)
No due date: 'as soon as possible' is not a fixed period.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.7 from 2025-12-23'
<query>:1:10: error: clause [Q.7] sets no deadline [no-deadline]
    1 | deadline Q.7 from 2025-12-23
      |          ^~~
hint: 'explain Q.7' shows what the clause says
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.1 until 2025-12-23'
<query>:1:14: error: write 'deadline Q.1 from DATE' [bad-query]
    1 | deadline Q.1 until 2025-12-23
      |              ^~~~~
hint: type 'help' for the forms of question
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.1 from 2025-02-30'
<query>:1:19: error: 2025-02-30 is not a date: that month has no such day [bad-date]
    1 | deadline Q.1 from 2025-02-30
      |                   ^~~~~~~~~~
hint: February 2025 has 28 days
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.1 from 2025-13-01'
<query>:1:19: error: 2025-13-01 is not a date: there is no month 13 [bad-date]
    1 | deadline Q.1 from 2025-13-01
      |                   ^~~~~~~~~~
hint: write the date as 2025-12-23, 23 December 2025, December 23, 2025 or 23/12/2025 (day first)
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.1 from 1800-01-01'
<query>:1:19: error: year out of range in 1800-01-01 [bad-date]
    1 | deadline Q.1 from 1800-01-01
      |                   ^~~~~~~~~~
hint: write the date as 2025-12-23, 23 December 2025, December 23, 2025 or 23/12/2025 (day first)
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.1 from tomorrow'
<query>:1:19: error: 'tomorrow' is not a date [bad-date]
    1 | deadline Q.1 from tomorrow
      |                   ^~~~~~~~
hint: write the date as 2025-12-23, 23 December 2025, December 23, 2025 or 23/12/2025 (day first)
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.1 from'
<query>:1:18: error: the query ends before the date [bad-query]
    1 | deadline Q.1 from
      |                  ^
hint: write the date as 2025-12-23, 23 December 2025, December 23, 2025 or 23/12/2025 (day first)
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.1 from 2025-12-23 please'
<query>:1:30: error: unexpected 'please' at the end of the query [bad-query]
    1 | deadline Q.1 from 2025-12-23 please
      |                              ^~~~~~
hint: type 'help' for the forms of question
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'route complaint by Member about Officer'
A complaint by a Member about an Officer [RC]:
  1. [RC.1] the parties, informally (with the help of Town Clerk, Deputy Town Clerk or Committee Secretary), within 5 working days
  2. [RC.2] Town Clerk, within 10 working days (only when "serious")
  -  [RC.3] Chair of Finance: skipped — applies only when it is about a Town Clerk
  3. [RC.4] the council's disciplinary procedure

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'route complaint by Member about Clerk'
A complaint by a Member about a Town Clerk [RC]:
  1. [RC.1] the parties, informally (with the help of Deputy Town Clerk or Committee Secretary), within 5 working days
  -  [RC.2] Town Clerk: skipped — the Town Clerk is the subject of the complaint, and nobody handles a case about themselves
  2. [RC.3] Chair of Finance
  3. [RC.4] the council's disciplinary procedure

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'route complaint from Councillor against Secretary'
A complaint by a Member about a Committee Secretary [RC]:
  1. [RC.1] the parties, informally (with the help of Town Clerk or Deputy Town Clerk), within 5 working days
  2. [RC.2] Town Clerk, within 10 working days (only when "serious")
  -  [RC.3] Chair of Finance: skipped — applies only when it is about a Town Clerk
  3. [RC.4] the council's disciplinary procedure

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'route complaint about Member'
A complaint about a Member [RM]:
  1. [RM.1] Monitoring Officer

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'route complaint by Officer about Officer'
A complaint by an Officer about an Officer: no route in this protocol covers it.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'route complaint'
A complaint: no route in this protocol covers it.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'who handles complaint about Officer'
A complaint by a Member about an Officer [RC]:
  1. [RC.1] the parties, informally (with the help of Town Clerk, Deputy Town Clerk or Committee Secretary), within 5 working days
  2. [RC.2] Town Clerk, within 10 working days (only when "serious")
  -  [RC.3] Chair of Finance: skipped — applies only when it is about a Town Clerk
  3. [RC.4] the council's disciplinary procedure

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'route complaint by Member whatever'
<query>:1:27: error: unexpected 'whatever' [bad-query]
    1 | route complaint by Member whatever
      |                           ^~~~~~~~
hint: write 'route complaint by ROLE about ROLE'
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'route grievance by Member'
A grievance by a Member: no route in this protocol covers it.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'route complaint by'
<query>:1:19: error: the query ends before naming who raises it [bad-query]
    1 | route complaint by
      |                   ^
hint: name a role, like Member, Officer or Clerk ('roles' lists them)
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'review'
Robustness: queries — Test Town Council
  adopted        2020-01-15
  last approved  2021-02-01
  last reviewed  2024-06-01
  review cycle   every 18 months [R.1]
  next review    2025-12-01 (reviewed every 18 months from 2024-06-01)
Overdue: the review was due on 2025-12-01; today is 2026-11-22.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'review now'
<query>:1:8: error: unexpected 'now' at the end of the query [bad-query]
    1 | review now
      |        ^~~
hint: type 'help' for the forms of question
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'roles'
Chair2                   Chair of Finance — is CommitteeChair
Secretary                Committee Secretary — is Officer
Council                  the Council
Member                   Member
Chair                    Chair of the Council — is Member
ViceChair                Vice-Chair of the Council — is Member
Mayor                    Mayor — is Chair
DeputyMayor              Deputy Mayor — is ViceChair
CommitteeChair           Chair of a committee — is Member
Leader                   Leader of the Council — is Member
GroupLeader              Leader of a political group — is Member
ExecutiveMember          Executive Member — is Member
Officer                  Officer
Clerk                    Town Clerk — is Officer
DeputyClerk              Deputy Town Clerk — is Officer
RFO                      Responsible Financial Officer — is Officer
HeadOfService            Head of Service — is Officer
ChiefOfficer             Chief Officer — is Officer
ManagingDirector         Managing Director — is ChiefOfficer
MonitoringOfficer        Monitoring Officer (outside the council)
StandardsCommittee       Standards Committee (outside the council)
Public                   member of the public (outside the council)
Media                    the media (outside the council)

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'clauses'
[Q.1] Officer must respond to enquiry from Member within 1 working day
[Q.2] Officer must respond to request from Member within 3 working days, otherwise acknowledge request within 4 working days
[Q.3] Officer should advise Member within 2 weeks
[Q.4] Town Clerk must acknowledge complaint from Member within 36 hours
[Q.5] Officer must send report to Member within 1 month
[Q.6] Officer must forward information to Member within 10 days
[Q.7] Member may instruct Town Clerk, when "urgent" and it is by a Chair of the Council
[Q.8] Member must not instruct Officer, unless (approved by Town Clerk or it is about a Town Clerk)
[Q.9] Member should not disclose information to the media "marked confidential"
[Q.10] Chair of Finance may disclose information to the media, unless "embargoed"
[Q.11] Officer must respond to enquiry from Member (as soon as possible)
[Q.12] Committee Secretary must inform Member within 2 working days
[Q.13] Officer must acknowledge enquiry and respond to enquiry from Member within 3 working days
[-] Committee Secretary may manage Deputy Town Clerk

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'who manages DeputyClerk'
Committee Secretary manages Deputy Town Clerk
Town Clerk manages Officer

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'who manages Member'
The protocol names nobody who manages Member.

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'holidays 2026'
Holidays in 2026 (England and Wales):
  Thu 1 Jan 2026   New Year's Day
  Fri 3 Apr 2026   Good Friday
  Mon 6 Apr 2026   Easter Monday
  Mon 4 May 2026   Early May bank holiday
  Mon 25 May 2026  Spring bank holiday
  Mon 31 Aug 2026  Summer bank holiday
  Fri 25 Dec 2026  Christmas Day
  Mon 28 Dec 2026  Boxing Day (substitute day)

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'holidays 1850'
<query>:1:10: error: year 1850 is out of range [bad-year]
    1 | holidays 1850
      |          ^~~~
hint: Civic handles years from 1900 to 2200
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'holidays next'
<query>:1:10: error: write 'holidays YEAR', like 'holidays 2026' [bad-query]
    1 | holidays next
      |          ^~~~
hint: type 'help' for the forms of question
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'working days between 2025-12-20 and 2026-01-05'
8 working days after 2025-12-20 up to and including 2026-01-05 (England and Wales calendar).

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'working days between 2026-01-05 and 2025-12-20'
<query>:1:37: error: the second date is before the first [bad-range]
    1 | working days between 2026-01-05 and 2025-12-20
      |                                     ^~~~~~~~~~
hint: write the earlier date first: 'working days between DATE and LATER-DATE'
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'working days between 2025-12-20 2026-01-05'
<query>:1:33: error: write 'working days between DATE and DATE' [bad-query]
    1 | working days between 2025-12-20 2026-01-05
      |                                 ^~~~~~~~~~
hint: type 'help' for the forms of question
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'working days from 2025-12-20'
<query>:1:9: error: write 'working days between DATE and DATE' [bad-query]
    1 | working days from 2025-12-20
      |         ^~~~
hint: type 'help' for the forms of question
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'help'
can ROLE ACTION [ROLE]             obliged, forbidden, recommended, discouraged, permitted or unregulated (also asked with must, should, may)
duties of ROLE                     every rule binding the role, inherited ones too
expectations of ROLE from ROLE     what the first can expect of the second
route KIND by ROLE about ROLE      who handles a complaint, grievance or dispute, step by step
who handles KIND about ROLE        the same, for a case raised by anyone
deadline CLAUSE from DATE          the due date under the protocol's calendar (DATE: 2026-12-07, 7 December 2026 or 07/12/2026)
review                             last approval, next review, overdue or not
explain CLAUSE                     the rules of a clause, their source and meaning
roles | clauses | who manages ROLE lists
holidays YEAR                      the calendar's holidays
working days between DATE and DATE count working days

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'help me'
<query>:1:6: error: unexpected 'me' at the end of the query [bad-query]
    1 | help me
      |      ^~
hint: type 'help' for the forms of question
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'hlep'
<query>:1:1: error: unknown query 'hlep' [bad-query]
    1 | hlep
      | ^~~~
hint: did you mean 'help'?
hint: 'help' lists the queries
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic '"Officer"'
<query>:1:1: error: unknown query 'Officer' [bad-query]
    1 | "Officer"
      | ^~~~~~~~~
hint: 'help' lists the queries
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic '[ Q.1 ]'
<query>:1:1: error: unknown query 'Q.1' [bad-query]
    1 | [ Q.1 ]
      | ^~~~~~~
hint: 'help' lists the queries
[1]

$ civic query --today 2026-11-22 tests/check/robust-query.civic 'can Member instruct Officer?!'
Forbidden, unless (approved by Town Clerk or it is about a Town Clerk). [Q.8] Member must not instruct Officer, unless (approved by Town Clerk or it is about a Town Clerk)
  towards a Town Clerk, when "urgent" and it is by a Chair of the Council — permitted: [Q.7] Member may instruct Town Clerk, when "urgent" and it is by a Chair of the Council

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'can Member instruct Clerk'
{
  "kind": "can",
  "query": "can Member instruct Clerk",
  "role": "Member",
  "action": "instruct",
  "counterpart": "Clerk",
  "thing": null,
  "verdict": "forbidden",
  "conditional": true,
  "conflict": false,
  "clauses": [
    "Q.8",
    "Q.7"
  ],
  "conditions": [
    "when \"urgent\" and it is by a Chair of the Council",
    "unless (approved by Town Clerk or it is about a Town Clerk)"
  ],
  "norms": [
    {
      "clause": "Q.7",
      "modality": "may",
      "subject": "Member",
      "action": "instruct",
      "counterpart": "Clerk",
      "thing": null,
      "deadline": null,
      "condition": "when \"urgent\" and it is by a Chair of the Council",
      "text": "Member may instruct Town Clerk, when \"urgent\" and it is by a Chair of the Council",
      "file": "tests/check/robust-query.civic",
      "line": 30,
      "applies": "when \"urgent\" and it is by a Chair of the Council"
    },
    {
      "clause": "Q.8",
      "modality": "must not",
      "subject": "Member",
      "action": "instruct",
      "counterpart": "Officer",
      "thing": null,
      "deadline": null,
      "condition": "unless (approved by Town Clerk or it is about a Town Clerk)",
      "text": "Member must not instruct Officer, unless (approved by Town Clerk or it is about a Town Clerk)",
      "file": "tests/check/robust-query.civic",
      "line": 31,
      "applies": "unless (approved by Town Clerk or it is about a Town Clerk)"
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'can Chair2 disclose information to Media'
{
  "kind": "can",
  "query": "can Chair2 disclose information to Media",
  "role": "Chair2",
  "action": "disclose",
  "counterpart": "Media",
  "thing": "information",
  "verdict": "discouraged",
  "conditional": false,
  "conflict": false,
  "clauses": [
    "Q.9",
    "Q.10"
  ],
  "conditions": [
    "unless \"embargoed\""
  ],
  "norms": [
    {
      "clause": "Q.10",
      "modality": "may",
      "subject": "Chair2",
      "action": "disclose",
      "counterpart": "Media",
      "thing": "information",
      "deadline": null,
      "condition": "unless \"embargoed\"",
      "text": "Chair of Finance may disclose information to the media, unless \"embargoed\"",
      "file": "tests/check/robust-query.civic",
      "line": 33,
      "applies": "unless \"embargoed\""
    },
    {
      "clause": "Q.9",
      "modality": "should not",
      "subject": "Member",
      "action": "disclose",
      "counterpart": "Media",
      "thing": "information",
      "deadline": null,
      "condition": null,
      "text": "Member should not disclose information to the media \"marked confidential\"",
      "file": "tests/check/robust-query.civic",
      "line": 32,
      "applies": "always"
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'can Officer appoint Member'
{
  "kind": "can",
  "query": "can Officer appoint Member",
  "role": "Officer",
  "action": "appoint",
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

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'duties of Secretary'
{
  "kind": "duties",
  "query": "duties of Secretary",
  "role": "Secretary",
  "norms": [
    {
      "clause": "Q.12",
      "modality": "must",
      "subject": "Secretary",
      "action": "inform",
      "counterpart": "Member",
      "thing": null,
      "deadline": "2 working days",
      "condition": null,
      "text": "Committee Secretary must inform Member within 2 working days",
      "file": "tests/check/robust-query.civic",
      "line": 35
    },
    {
      "clause": null,
      "modality": "may",
      "subject": "Secretary",
      "action": "manage",
      "counterpart": "DeputyClerk",
      "thing": null,
      "deadline": null,
      "condition": null,
      "text": "Committee Secretary may manage Deputy Town Clerk",
      "file": "tests/check/robust-query.civic",
      "line": 16
    },
    {
      "clause": "Q.1",
      "modality": "must",
      "subject": "Officer",
      "action": "respond",
      "counterpart": "Member",
      "thing": "enquiry",
      "deadline": "1 working day",
      "condition": null,
      "text": "Officer must respond to enquiry from Member within 1 working day",
      "file": "tests/check/robust-query.civic",
      "line": 23
    },
    {
      "clause": "Q.2",
      "modality": "must",
      "subject": "Officer",
      "action": "respond",
      "counterpart": "Member",
      "thing": "request",
      "deadline": "3 working days",
      "condition": null,
      "otherwise": "acknowledge request",
      "text": "Officer must respond to request from Member within 3 working days, otherwise acknowledge request within 4 working days",
      "file": "tests/check/robust-query.civic",
      "line": 24
    },
    {
      "clause": "Q.3",
      "modality": "should",
      "subject": "Officer",
      "action": "advise",
      "counterpart": "Member",
      "thing": null,
      "deadline": "2 weeks",
      "condition": null,
      "text": "Officer should advise Member within 2 weeks",
      "file": "tests/check/robust-query.civic",
      "line": 26
    },
    {
      "clause": "Q.5",
      "modality": "must",
      "subject": "Officer",
      "action": "send",
      "counterpart": "Member",
      "thing": "report",
      "deadline": "1 month",
      "condition": null,
      "text": "Officer must send report to Member within 1 month",
      "file": "tests/check/robust-query.civic",
      "line": 28
    },
    {
      "clause": "Q.6",
      "modality": "must",
      "subject": "Officer",
      "action": "forward",
      "counterpart": "Member",
      "thing": "information",
      "deadline": "10 days",
      "condition": null,
      "text": "Officer must forward information to Member within 10 days",
      "file": "tests/check/robust-query.civic",
      "line": 29
    },
    {
      "clause": "Q.11",
      "modality": "must",
      "subject": "Officer",
      "action": "respond",
      "counterpart": "Member",
      "thing": "enquiry",
      "deadline": "as soon as possible",
      "condition": null,
      "text": "Officer must respond to enquiry from Member (as soon as possible)",
      "file": "tests/check/robust-query.civic",
      "line": 34
    },
    {
      "clause": "Q.13",
      "modality": "must",
      "subject": "Officer",
      "action": "acknowledge",
      "actions": [
        "acknowledge",
        "respond"
      ],
      "counterpart": "Member",
      "thing": "enquiry",
      "deadline": "3 working days",
      "condition": null,
      "text": "Officer must acknowledge enquiry and respond to enquiry from Member within 3 working days",
      "file": "tests/check/robust-query.civic",
      "line": 36
    }
  ],
  "count": 9,
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'expectations of Member from Officer'
{
  "kind": "expectations",
  "query": "expectations of Member from Officer",
  "of": "Member",
  "from": "Officer",
  "norms": [
    {
      "clause": "Q.1",
      "modality": "must",
      "subject": "Officer",
      "action": "respond",
      "counterpart": "Member",
      "thing": "enquiry",
      "deadline": "1 working day",
      "condition": null,
      "text": "Officer must respond to enquiry from Member within 1 working day",
      "file": "tests/check/robust-query.civic",
      "line": 23
    },
    {
      "clause": "Q.2",
      "modality": "must",
      "subject": "Officer",
      "action": "respond",
      "counterpart": "Member",
      "thing": "request",
      "deadline": "3 working days",
      "condition": null,
      "otherwise": "acknowledge request",
      "text": "Officer must respond to request from Member within 3 working days, otherwise acknowledge request within 4 working days",
      "file": "tests/check/robust-query.civic",
      "line": 24
    },
    {
      "clause": "Q.3",
      "modality": "should",
      "subject": "Officer",
      "action": "advise",
      "counterpart": "Member",
      "thing": null,
      "deadline": "2 weeks",
      "condition": null,
      "text": "Officer should advise Member within 2 weeks",
      "file": "tests/check/robust-query.civic",
      "line": 26
    },
    {
      "clause": "Q.5",
      "modality": "must",
      "subject": "Officer",
      "action": "send",
      "counterpart": "Member",
      "thing": "report",
      "deadline": "1 month",
      "condition": null,
      "text": "Officer must send report to Member within 1 month",
      "file": "tests/check/robust-query.civic",
      "line": 28
    },
    {
      "clause": "Q.6",
      "modality": "must",
      "subject": "Officer",
      "action": "forward",
      "counterpart": "Member",
      "thing": "information",
      "deadline": "10 days",
      "condition": null,
      "text": "Officer must forward information to Member within 10 days",
      "file": "tests/check/robust-query.civic",
      "line": 29
    },
    {
      "clause": "Q.11",
      "modality": "must",
      "subject": "Officer",
      "action": "respond",
      "counterpart": "Member",
      "thing": "enquiry",
      "deadline": "as soon as possible",
      "condition": null,
      "text": "Officer must respond to enquiry from Member (as soon as possible)",
      "file": "tests/check/robust-query.civic",
      "line": 34
    },
    {
      "clause": "Q.13",
      "modality": "must",
      "subject": "Officer",
      "action": "acknowledge",
      "actions": [
        "acknowledge",
        "respond"
      ],
      "counterpart": "Member",
      "thing": "enquiry",
      "deadline": "3 working days",
      "condition": null,
      "text": "Officer must acknowledge enquiry and respond to enquiry from Member within 3 working days",
      "file": "tests/check/robust-query.civic",
      "line": 36
    }
  ],
  "count": 7,
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'explain Q.2'
{
  "kind": "explain",
  "query": "explain Q.2",
  "clause": "Q.2",
  "norms": [
    {
      "clause": "Q.2",
      "modality": "must",
      "action": "respond",
      "text": "Officer must respond to request from Member within 3 working days, otherwise acknowledge request within 4 working days",
      "meaning": "This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends a request to an Officer. It is due by the close of the 3rd working day after that day, which does not count (weekends and bank holidays are not working days). If it cannot be met in time, Officer must instead acknowledge request within 4 working days; doing so in time meets the duty.",
      "file": "tests/check/robust-query.civic",
      "line": 24,
      "source": "[Q.2] Officer must respond to request from Member within 3 working days\n        otherwise acknowledge request within 4 working days"
    }
  ],
  "steps": [],
  "definitions": [],
  "lines": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'explain RC.2'
{
  "kind": "explain",
  "query": "explain RC.2",
  "clause": "RC.2",
  "norms": [],
  "steps": [
    {
      "clause": "RC.2",
      "route": "complaint by Member about Officer",
      "route_clause": "RC",
      "step": 2,
      "meaning": "the Town Clerk handles it",
      "condition": "when \"serious\""
    }
  ],
  "definitions": [],
  "lines": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.2 from 2025-12-23'
{
  "kind": "deadline",
  "query": "deadline Q.2 from 2025-12-23",
  "clause": "Q.2",
  "from": "2025-12-23",
  "within": "3 working days",
  "due": "2025-12-30",
  "otherwise_due": "2025-12-31",
  "counting": "counted in working days from the day after 2025-12-23 (the day of the request itself does not count), on the England and Wales calendar: due by the close of the 3rd working day",
  "calendar": "england-and-wales",
  "rule": "Officer must respond to request from Member within 3 working days, otherwise acknowledge request within 4 working days",
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

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'deadline Q.11 from 2025-12-23'
{
  "kind": "deadline",
  "query": "deadline Q.11 from 2025-12-23",
  "clause": "Q.11",
  "from": "2025-12-23",
  "within": "as soon as possible",
  "due": null,
  "calendar": "england-and-wales",
  "rule": "Officer must respond to enquiry from Member (as soon as possible)",
  "excluded": [],
  "deadlines": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'route complaint by Member about Clerk'
{
  "kind": "route",
  "query": "route complaint by Member about Clerk",
  "case": "complaint",
  "by": "Member",
  "about": "Clerk",
  "route_clause": "RC",
  "route": "complaint by Member about Officer",
  "steps": [
    {
      "clause": "RC.1",
      "handler": "informal",
      "handler_name": "the parties, informally (with the help of Deputy Town Clerk or Committee Secretary)",
      "kind": "informal",
      "within": "5 working days",
      "condition": null,
      "note": null
    },
    {
      "clause": "RC.3",
      "handler": "Chair2",
      "handler_name": "Chair of Finance",
      "kind": "role",
      "within": null,
      "condition": "when it is about a Town Clerk",
      "note": null
    },
    {
      "clause": "RC.4",
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
      "clause": "RC.2",
      "handler": "Clerk",
      "handler_name": "Town Clerk",
      "kind": "role",
      "within": "10 working days",
      "condition": "when \"serious\"",
      "reason": "the Town Clerk is the subject of the complaint, and nobody handles a case about themselves"
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'route complaint by Officer about Officer'
{
  "kind": "route",
  "query": "route complaint by Officer about Officer",
  "case": "complaint",
  "by": "Officer",
  "about": "Officer",
  "route_clause": null,
  "route": null,
  "steps": [],
  "skipped": [],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'review'
{
  "kind": "review",
  "query": "review",
  "council": "Test Town Council",
  "adopted": "2020-01-15",
  "last_approved": "2021-02-01",
  "last_reviewed": "2024-06-01",
  "cycle": "every 18 months",
  "clause": "R.1",
  "next_due": "2025-12-01",
  "overdue": true,
  "today": "2026-11-22",
  "basis": "reviewed every 18 months from 2024-06-01",
  "as_written": {
    "adopted": "2020-01-15",
    "last_approved": "2021-02-01",
    "last_reviewed": "2024-06-01",
    "updated": null
  },
  "unknown": [],
  "overseen_by": null,
  "overseen_by_clause": null,
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'roles'
{
  "kind": "roles",
  "query": "roles",
  "roles": [
    {
      "role": "Chair2",
      "name": "Chair of Finance",
      "is": [
        "CommitteeChair"
      ],
      "aka": [
        "FinanceChair"
      ],
      "external": false
    },
    {
      "role": "Secretary",
      "name": "Committee Secretary",
      "is": [
        "Officer"
      ],
      "aka": [],
      "external": false
    },
    {
      "role": "Council",
      "name": "the Council",
      "is": [],
      "aka": [
        "Town Council",
        "Parish Council",
        "Borough Council"
      ],
      "external": false
    },
    {
      "role": "Member",
      "name": "Member",
      "is": [],
      "aka": [
        "Councillor",
        "Cllr",
        "elected Member",
        "co-opted Member"
      ],
      "external": false
    },
    {
      "role": "Chair",
      "name": "Chair of the Council",
      "is": [
        "Member"
      ],
      "aka": [
        "Chairman",
        "Chairperson"
      ],
      "external": false
    },
    {
      "role": "ViceChair",
      "name": "Vice-Chair of the Council",
      "is": [
        "Member"
      ],
      "aka": [
        "Vice-Chairman",
        "Vice Chair",
        "Vice-Chair"
      ],
      "external": false
    },
    {
      "role": "Mayor",
      "name": "Mayor",
      "is": [
        "Chair"
      ],
      "aka": [
        "Town Mayor"
      ],
      "external": false
    },
    {
      "role": "DeputyMayor",
      "name": "Deputy Mayor",
      "is": [
        "ViceChair"
      ],
      "aka": [],
      "external": false
    },
    {
      "role": "CommitteeChair",
      "name": "Chair of a committee",
      "is": [
        "Member"
      ],
      "aka": [
        "Committee Chairman",
        "Committee Chair"
      ],
      "external": false
    },
    {
      "role": "Leader",
      "name": "Leader of the Council",
      "is": [
        "Member"
      ],
      "aka": [],
      "external": false
    },
    {
      "role": "GroupLeader",
      "name": "Leader of a political group",
      "is": [
        "Member"
      ],
      "aka": [],
      "external": false
    },
    {
      "role": "ExecutiveMember",
      "name": "Executive Member",
      "is": [
        "Member"
      ],
      "aka": [
        "Portfolio Holder",
        "Cabinet Member"
      ],
      "external": false
    },
    {
      "role": "Officer",
      "name": "Officer",
      "is": [],
      "aka": [
        "Employee",
        "member of staff",
        "staff",
        "Consultant",
        "agency staff"
      ],
      "external": false
    },
    {
      "role": "Clerk",
      "name": "Town Clerk",
      "is": [
        "Officer"
      ],
      "aka": [
        "Proper Officer",
        "Parish Clerk",
        "head of paid service",
        "TownClerk"
      ],
      "external": false
    },
    {
      "role": "DeputyClerk",
      "name": "Deputy Town Clerk",
      "is": [
        "Officer"
      ],
      "aka": [
        "Deputy Clerk"
      ],
      "external": false
    },
    {
      "role": "RFO",
      "name": "Responsible Financial Officer",
      "is": [
        "Officer"
      ],
      "aka": [
        "Responsible Finance Officer"
      ],
      "external": false
    },
    {
      "role": "HeadOfService",
      "name": "Head of Service",
      "is": [
        "Officer"
      ],
      "aka": [
        "Heads of Service"
      ],
      "external": false
    },
    {
      "role": "ChiefOfficer",
      "name": "Chief Officer",
      "is": [
        "Officer"
      ],
      "aka": [
        "member of the Management Team",
        "Management Team",
        "Director"
      ],
      "external": false
    },
    {
      "role": "ManagingDirector",
      "name": "Managing Director",
      "is": [
        "ChiefOfficer"
      ],
      "aka": [
        "Chief Executive"
      ],
      "external": false
    },
    {
      "role": "MonitoringOfficer",
      "name": "Monitoring Officer",
      "is": [],
      "aka": [
        "the district's Monitoring Officer"
      ],
      "external": true
    },
    {
      "role": "StandardsCommittee",
      "name": "Standards Committee",
      "is": [],
      "aka": [],
      "external": true
    },
    {
      "role": "Public",
      "name": "member of the public",
      "is": [],
      "aka": [
        "Resident",
        "Constituent",
        "the public",
        "Complainant"
      ],
      "external": true
    },
    {
      "role": "Media",
      "name": "the media",
      "is": [],
      "aka": [
        "Press",
        "Journalist"
      ],
      "external": true
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'clauses'
{
  "kind": "clauses",
  "query": "clauses",
  "clauses": [
    {
      "clause": "Q.1",
      "rules": 1,
      "first": "Officer must respond to enquiry from Member within 1 working day"
    },
    {
      "clause": "Q.2",
      "rules": 1,
      "first": "Officer must respond to request from Member within 3 working days, otherwise acknowledge request within 4 working days"
    },
    {
      "clause": "Q.3",
      "rules": 1,
      "first": "Officer should advise Member within 2 weeks"
    },
    {
      "clause": "Q.4",
      "rules": 1,
      "first": "Town Clerk must acknowledge complaint from Member within 36 hours"
    },
    {
      "clause": "Q.5",
      "rules": 1,
      "first": "Officer must send report to Member within 1 month"
    },
    {
      "clause": "Q.6",
      "rules": 1,
      "first": "Officer must forward information to Member within 10 days"
    },
    {
      "clause": "Q.7",
      "rules": 1,
      "first": "Member may instruct Town Clerk, when \"urgent\" and it is by a Chair of the Council"
    },
    {
      "clause": "Q.8",
      "rules": 1,
      "first": "Member must not instruct Officer, unless (approved by Town Clerk or it is about a Town Clerk)"
    },
    {
      "clause": "Q.9",
      "rules": 1,
      "first": "Member should not disclose information to the media \"marked confidential\""
    },
    {
      "clause": "Q.10",
      "rules": 1,
      "first": "Chair of Finance may disclose information to the media, unless \"embargoed\""
    },
    {
      "clause": "Q.11",
      "rules": 1,
      "first": "Officer must respond to enquiry from Member (as soon as possible)"
    },
    {
      "clause": "Q.12",
      "rules": 1,
      "first": "Committee Secretary must inform Member within 2 working days"
    },
    {
      "clause": "Q.13",
      "rules": 1,
      "first": "Officer must acknowledge enquiry and respond to enquiry from Member within 3 working days"
    },
    {
      "clause": null,
      "rules": 0,
      "first": "Committee Secretary may manage Deputy Town Clerk"
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'who manages DeputyClerk'
{
  "kind": "who-manages",
  "query": "who manages DeputyClerk",
  "role": "DeputyClerk",
  "managers": [
    {
      "role": "Secretary",
      "name": "Committee Secretary",
      "clause": null
    },
    {
      "role": "Clerk",
      "name": "Town Clerk",
      "clause": null
    }
  ],
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'holidays 2026'
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

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'working days between 2025-12-20 and 2026-01-05'
{
  "kind": "working-days",
  "query": "working days between 2025-12-20 and 2026-01-05",
  "from": "2025-12-20",
  "to": "2026-01-05",
  "calendar": "england-and-wales",
  "working_days": 8,
  "diagnostics": [],
  "ok": true
}

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'help'
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

$ civic query --json --today 2026-11-22 tests/check/robust-query.civic 'can Member frobnicate'
{
  "kind": "can",
  "query": "can Member frobnicate",
  "errors": [
    {
      "file": "<query>",
      "line": 1,
      "col": 12,
      "end_col": 22,
      "severity": "error",
      "code": "unknown-action",
      "message": "unknown action 'frobnicate'",
      "hints": [
        "the rules on Member are about: instruct, disclose ('duties of Member' lists them)",
        "if 'frobnicate' means one of these, the protocol can say so: 'ACTION aka frobnicate'"
      ]
    }
  ],
  "diagnostics": [
    {
      "file": "<query>",
      "line": 1,
      "col": 12,
      "end_col": 22,
      "severity": "error",
      "code": "unknown-action",
      "message": "unknown action 'frobnicate'",
      "hints": [
        "the rules on Member are about: instruct, disclose ('duties of Member' lists them)",
        "if 'frobnicate' means one of these, the protocol can say so: 'ACTION aka frobnicate'"
      ]
    }
  ],
  "ok": false
}
[1]

$ civic check --today 2026-11-22 tests/check/robust-scenario-errors.civic
tests/check/robust-scenario-errors.civic:8:8: error: person 'zoe' is already declared [duplicate]
    8 | person zoe is Member
      |        ^~~
hint: remove one of them, or give each its own name
tests/check/robust-scenario-errors.civic:9:8: error: 'respond' is already the name of a role, action or thing [person-clash]
    9 | person respond is Member
      |        ^~~~~~~
hint: give people lower-case first names, like 'alice'
tests/check/robust-scenario-errors.civic:14:10: error: person 'alice' is already declared [duplicate]
   14 |   person alice is Officer
      |          ^~~~~
hint: remove one of them, or give each its own name
tests/check/robust-scenario-errors.civic:15:10: error: 'instruct' is already the name of a role, action or thing [person-clash]
   15 |   person instruct is Member
      |          ^~~~~~~~
hint: give people lower-case first names, like 'alice'
tests/check/robust-scenario-errors.civic:16:17: error: unknown role 'Nobody' [unknown-role]
   16 |   person eve is Nobody
      |                 ^~~~~~
hint: declare it with 'role Nobody is Member' (or Officer), or 'use "roles"' for the shared roles
tests/check/robust-scenario-errors.civic:17:17: error: this office ends before it begins [bad-range]
   17 |   person fay is Member from 2026-02-01 until 2026-01-01
      |                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: write the earlier date first
tests/check/robust-scenario-errors.civic:19:3: error: this event comes before the one on line 18 [date-order]
   19 |   2026-01-05 09:00 alice sends enquiry to bob
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: list events in date order
tests/check/robust-scenario-errors.civic:20:3: error: this event comes before the one on line 18 [date-order]
   20 |   2026-01-04 alice sends enquiry to bob
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: list events in date order
tests/check/robust-scenario-errors.civic:21:34: error: unexpected 'and' in this event [bad-event]
   21 |   2026-01-06 alice sends enquiry and request to bob
      |                                  ^~~
hint: an event is one act on one thing; 'and' may join two acts, each with its verb: 'bob acknowledges enquiry and gives timescale to alice'
tests/check/robust-scenario-errors.civic:22:44: error: this event already names who it is to [bad-event]
   22 |   2026-01-06 alice sends enquiry to bob to bob
      |                                            ^~~
hint: an event reads DATE PERSON ACTION [THING] [to PERSON] [about PERSON], like '2025-12-23 alice sends enquiry to bob'
tests/check/robust-scenario-errors.civic:23:34: error: this event already concerns 'enquiry' [bad-event]
   23 |   2026-01-06 alice sends enquiry request to bob
      |                                  ^~~~~~~
hint: an event reads DATE PERSON ACTION [THING] [to PERSON] [about PERSON], like '2025-12-23 alice sends enquiry to bob'
tests/check/robust-scenario-errors.civic:24:40: error: name the person the event is about, not the role [bad-event]
   24 |   2026-01-06 alice sends enquiry about Officer
      |                                        ^~~~~~~
hint: declare them with 'person NAME is Officer'
tests/check/robust-scenario-errors.civic:25:41: error: unexpected number in this event [bad-event]
   25 |   2026-01-06 alice sends enquiry to bob 3
      |                                         ^
hint: an event reads: DATE PERSON ACTION [THING] [to PERSON] [about PERSON]
tests/check/robust-scenario-errors.civic:26:37: error: unexpected date in this event [bad-event]
   26 |   2026-01-06 alice sends enquiry on 2026-01-06
      |                                     ^~~~~~~~~~
hint: an event reads: DATE PERSON ACTION [THING] [to PERSON] [about PERSON]
tests/check/robust-scenario-errors.civic:27:20: error: unknown action 'frobnicates' [unknown-action]
   27 |   2026-01-06 alice frobnicates
      |                    ^~~~~~~~~~~
hint: declare it with 'action frobnicates'
tests/check/robust-scenario-errors.civic:28:20: error: unknown action 'respnds' [unknown-action]
   28 |   2026-01-06 alice respnds to bob
      |                    ^~~~~~~
hint: did you mean 'responds'?
tests/check/robust-scenario-errors.civic:29:14: error: an event begins with who acts: '2025-12-23 alice sends enquiry to bob' [bad-event]
   29 |   2026-01-06 "alice" sends enquiry
      |              ^~~~~~~
hint: an event reads DATE PERSON ACTION [THING] [to PERSON] [about PERSON], like '2025-12-23 alice sends enquiry to bob'
tests/check/robust-scenario-errors.civic:30:14: error: unknown person or role 'nobody' [unknown-person]
   30 |   2026-01-06 nobody sends enquiry
      |              ^~~~~~
hint: declare people at the top of the scenario: 'person nobody is Member'
tests/check/robust-scenario-errors.civic:31:20: error: what does alice do? [bad-event]
   31 |   2026-01-06 alice 3
      |                    ^
hint: an event reads: DATE PERSON ACTION [THING] [to PERSON], like '2025-12-23 alice sends enquiry to bob'
tests/check/robust-scenario-errors.civic:32:40: warning: no condition of a rule on 'send' reads "urgent": the fact changes nothing [unknown-fact]
   32 |   2026-01-06 alice sends enquiry where "urgent", "serious" because "asked"
      |                                        ^~~~~~~~
hint: no rule on 'send' has a condition: leave the fact out, or give a rule 'when "…"'
hint: a fact is matched as the condition is written, whole, in any case
tests/check/robust-scenario-errors.civic:32:50: warning: no condition of a rule on 'send' reads "serious": the fact changes nothing [unknown-fact]
   32 |   2026-01-06 alice sends enquiry where "urgent", "serious" because "asked"
      |                                                  ^~~~~~~~~
hint: no rule on 'send' has a condition: leave the fact out, or give a rule 'when "…"'
hint: a fact is matched as the condition is written, whole, in any case
tests/check/robust-scenario-errors.civic:40:10: error: no rule has clause [E9] [unknown-clause]
   40 |   expect [E9] open
      |          ^~~~
hint: did you mean [E1]?
tests/check/robust-scenario-errors.civic:41:10: error: no rule has clause [E] [unknown-clause]
   41 |   expect [E] open
      |          ^~~
hint: did you mean [E1]?
tests/check/robust-scenario-errors.civic:42:15: error: what should be true of [E1]? [bad-expect]
   42 |   expect [E1] due tomorrow
      |               ^~~
hint: did you mean 'due'?
tests/check/robust-scenario-errors.civic:44:15: error: what should be true of [E1]? [bad-expect]
   44 |   expect [E1] not
      |               ^~~
hint: write due DATE, open, fulfilled, breached, departed or lapsed
tests/check/robust-scenario-errors.civic:45:25: error: unexpected words at the end of this expectation [bad-expect]
   45 |   expect [E1] fulfilled by
      |                         ^~
hint: expectations read: 'expect [10.2] due 2025-12-29', 'expect [10.2] fulfilled', 'expect no breach', 'expect complaint reaches Clerk', 'expect complaint resolved', 'expect "can Member instruct Officer" forbidden'
tests/check/robust-scenario-errors.civic:46:28: error: unknown person or role 'carol' [unknown-person]
   46 |   expect [E1] fulfilled by carol
      |                            ^~~~~
hint: declare people at the top of the scenario: 'person carol is Member'
tests/check/robust-scenario-errors.civic:47:34: error: unexpected words at the end of this expectation [bad-expect]
   47 |   expect [E1] fulfilled by alice now
      |                                  ^~~
hint: expectations read: 'expect [10.2] due 2025-12-29', 'expect [10.2] fulfilled', 'expect no breach', 'expect complaint reaches Clerk', 'expect complaint resolved', 'expect "can Member instruct Officer" forbidden'
tests/check/robust-scenario-errors.civic:48:15: error: what should be true of [E1]? [bad-expect]
   48 |   expect [E1] fulfiled
      |               ^~~~~~~~
hint: did you mean 'fulfilled'?
tests/check/robust-scenario-errors.civic:49:15: error: what should be true of [E1]? [bad-expect]
   49 |   expect [E1] sideways
      |               ^~~~~~~~
hint: write due DATE, open, fulfilled, breached, departed or lapsed
tests/check/robust-scenario-errors.civic:50:15: error: what should be true of [E1]? [bad-expect]
   50 |   expect [E1] 3
      |               ^
hint: write due DATE, open, fulfilled, breached, departed or lapsed
tests/check/robust-scenario-errors.civic:51:3: error: what should be true of [E1]? [bad-expect]
   51 |   expect [E1]
      |   ^~~~~~~~~~~
hint: write due DATE, open, fulfilled, breached, departed or lapsed
tests/check/robust-scenario-errors.civic:55:17: error: write 'expect review overdue', 'expect review not overdue' or 'expect review due DATE' [bad-expect]
   55 |   expect review soon
      |                 ^~~~
hint: an expectation reads like 'expect [10.2] due 2025-12-29', 'expect [10.2] breached by bob', 'expect complaint reaches Clerk' or 'expect no breach'
tests/check/robust-scenario-errors.civic:56:10: error: write 'expect review overdue', 'expect review not overdue' or 'expect review due DATE' [bad-expect]
   56 |   expect review
      |          ^~~~~~
hint: an expectation reads like 'expect [10.2] due 2025-12-29', 'expect [10.2] breached by bob', 'expect complaint reaches Clerk' or 'expect no breach'
tests/check/robust-scenario-errors.civic:59:22: error: unexpected words at the end of this expectation [bad-expect]
   59 |   expect no breaches please
      |                      ^~~~~~
hint: write 'expect no breach' or 'expect no breach by PERSON'
tests/check/robust-scenario-errors.civic:60:10: error: cannot read this expectation [bad-expect]
   60 |   expect no joy
      |          ^~
hint: expectations read: 'expect [10.2] due 2025-12-29', 'expect [10.2] fulfilled', 'expect no breach', 'expect complaint reaches Clerk', 'expect complaint resolved', 'expect "can Member instruct Officer" forbidden'
tests/check/robust-scenario-errors.civic:65:28: error: unknown person or role 'carol' [unknown-person]
   65 |   expect complaint reaches carol
      |                            ^~~~~
hint: declare people at the top of the scenario: 'person carol is Member'
tests/check/robust-scenario-errors.civic:66:28: error: name who should have the case: a person, a role or a procedure [bad-expect]
   66 |   expect complaint reaches 3
      |                            ^
hint: write 'expect complaint reaches Clerk' or 'expect complaint at informal'
tests/check/robust-scenario-errors.civic:70:10: error: cannot read this expectation [bad-expect]
   70 |   expect complaint resolved now
      |          ^~~~~~~~~
hint: expectations read: 'expect [10.2] due 2025-12-29', 'expect [10.2] fulfilled', 'expect no breach', 'expect complaint reaches Clerk', 'expect complaint resolved', 'expect "can Member instruct Officer" forbidden'
tests/check/robust-scenario-errors.civic:71:10: error: cannot read this expectation [bad-expect]
   71 |   expect complaint
      |          ^~~~~~~~~
hint: expectations read: 'expect [10.2] due 2025-12-29', 'expect [10.2] fulfilled', 'expect no breach', 'expect complaint reaches Clerk', 'expect complaint resolved', 'expect "can Member instruct Officer" forbidden'
tests/check/robust-scenario-errors.civic:72:10: error: cannot read this expectation [bad-expect]
   72 |   expect enquiry flies
      |          ^~~~~~~
hint: expectations read: 'expect [10.2] due 2025-12-29', 'expect [10.2] fulfilled', 'expect no breach', 'expect complaint reaches Clerk', 'expect complaint resolved', 'expect "can Member instruct Officer" forbidden'
tests/check/robust-scenario-errors.civic:73:10: error: cannot read this expectation [bad-expect]
   73 |   expect 2026-01-01
      |          ^~~~~~~~~~
hint: expectations read: 'expect [10.2] due 2025-12-29', 'expect [10.2] fulfilled', 'expect no breach', 'expect complaint reaches Clerk', 'expect complaint resolved', 'expect "can Member instruct Officer" forbidden'
tests/check/robust-scenario-errors.civic:74:3: error: cannot read this expectation [bad-expect]
   74 |   expect
      |   ^~~~~~
hint: expectations read: 'expect [10.2] due 2025-12-29', 'expect [10.2] fulfilled', 'expect no breach', 'expect complaint reaches Clerk', 'expect complaint resolved', 'expect "can Member instruct Officer" forbidden'
tests/check/robust-scenario-errors.civic:79:9: error: 'today' needs a date [bad-scenario]
   79 |   today tomorrow
      |         ^~~~~~~~
hint: write 'today 2026-11-22'
tests/check/robust-scenario-errors.civic:80:3: error: 'today' needs a date [bad-scenario]
   80 |   today
      |   ^~~~~
hint: write 'today 2026-11-22'
tests/check/robust-scenario-errors.civic:82:24: error: unknown thing 'nonsense' [unknown-thing]
   82 |   escalate breaches as nonsense
      |                        ^~~~~~~~
hint: declare it with 'thing nonsense'
tests/check/robust-scenario-errors.civic:83:3: error: write 'escalate breaches as complaint' [bad-scenario]
   83 |   escalate everything
      |   ^~~~~~~~
hint: a scenario line is 'person NAME is ROLE', a dated event, or 'expect …'
tests/check/robust-scenario-errors.civic:84:3: error: cannot read this line of the scenario [bad-scenario]
   84 |   tomorrow 2026-01-01
      |   ^~~~~~~~
hint: a scenario line is 'person NAME is ROLE', a dated event like '2025-12-23 alice sends enquiry to bob', or 'expect …'
tests/check/robust-scenario-errors.civic:87:10: error: scenario "events" is already defined [duplicate]
   87 | scenario "events" {
      |          ^~~~~~~~
hint: give each scenario its own name
tests/check/robust-scenario-errors.civic: 47 errors, 2 warnings
[1]

$ civic check --today 2026-11-22 tests/check/robust-meta.civic
tests/check/robust-meta.civic:5:3: error: 'council' needs a name in quotes [bad-meta]
    5 |   council
      |   ^~~~~~~
hint: write 'council "Houghton Regis Town Council"'
tests/check/robust-meta.civic:6:3: error: 'council' needs a name in quotes [bad-meta]
    6 |   council "A" "B"
      |   ^~~~~~~~~~~~~~~
hint: write 'council "Houghton Regis Town Council"'
tests/check/robust-meta.civic:8:3: error: 'adopted' needs a date [bad-meta]
    8 |   adopted
      |   ^~~~~~~
hint: write 'adopted 2015-09-28', 'adopted 2019-05' (a month), 'adopted 2019' or 'adopted unknown'
tests/check/robust-meta.civic:9:11: error: 'adopted' needs a date [bad-meta]
    9 |   adopted soon
      |           ^~~~
hint: write 'adopted 2015-09-28', 'adopted 2019-05' (a month), 'adopted 2019' or 'adopted unknown'
tests/check/robust-meta.civic:10:36: error: unexpected word after the date of 'adopted' [bad-meta]
   10 |   adopted 2020-01-01 [1.1] "first" later
      |                                    ^~~~~
hint: a note goes in quotes: 'adopted 2016-12-01 "deferred"'
tests/check/robust-meta.civic:15:3: error: 'review' needs a cycle [bad-meta]
   15 |   review
      |   ^~~~~~
hint: write 'review every 1 year', 'review annually' or 'review from time to time'
tests/check/robust-meta.civic:17:3: error: the protocol's 'review' is already given [duplicate]
   17 |   review biennially
      |   ^~~~~~
hint: the first is on line 16: keep one (the last is the one read)
tests/check/robust-meta.civic:18:10: error: a review cycle is a number of years or months [bad-meta]
   18 |   review every
      |          ^~~~~
hint: write 'review every 1 year' or 'review every 6 months'
tests/check/robust-meta.civic:19:16: error: a review cycle is at least 1 year [bad-meta]
   19 |   review every 0 years
      |                ^
hint: write 'review every 1 year' or 'review every 6 months'
tests/check/robust-meta.civic:20:20: error: a review cycle is a number of years or months [bad-meta]
   20 |   review every 200 years
      |                    ^~~~~
hint: write 'review every 1 year' or 'review every 6 months'
tests/check/robust-meta.civic:21:18: error: a review cycle is a number of years or months [bad-meta]
   21 |   review every 6 fortnights
      |                  ^~~~~~~~~~
hint: write 'review every 1 year' or 'review every 6 months'
tests/check/robust-meta.civic:22:3: error: the protocol's 'review' is already given [duplicate]
   22 |   review periodically
      |   ^~~~~~
hint: the first is on line 16: keep one (the last is the one read)
tests/check/robust-meta.civic:23:3: error: the protocol's 'review' is already given [duplicate]
   23 |   review as required
      |   ^~~~~~
hint: the first is on line 16: keep one (the last is the one read)
tests/check/robust-meta.civic:24:3: error: the protocol's 'review' is already given [duplicate]
   24 |   review when needed
      |   ^~~~~~
hint: the first is on line 16: keep one (the last is the one read)
tests/check/robust-meta.civic:25:3: error: the protocol's 'review' is already given [duplicate]
   25 |   review occasionally
      |   ^~~~~~
hint: the first is on line 16: keep one (the last is the one read)
tests/check/robust-meta.civic:26:3: warning: review 'as required' sets no date, so overdue reviews cannot be found [vague-review]
   26 |   review sometimes
      |   ^~~~~~~~~~~~~~~~
hint: write 'review every 1 year' (or every 2 years)
tests/check/robust-meta.civic:26:10: error: unknown review cycle [bad-meta]
   26 |   review sometimes
      |          ^~~~~~~~~
hint: write 'review every 1 year', 'review annually' or 'review from time to time'
tests/check/robust-meta.civic:28:3: error: the protocol's 'next' is already given [duplicate]
   28 |   next 2024-05-01
      |   ^~~~
hint: the first is on line 27: keep one (the last is the one read)
tests/check/robust-meta.civic:29:15: error: 'next review' needs a date or a year [bad-meta]
   29 |   next review 1800
      |               ^~~~
hint: write 'next review 2024' or 'next review 2024-01-10'
tests/check/robust-meta.civic:30:3: error: 'next review' needs a date or a year [bad-meta]
   30 |   next
      |   ^~~~
hint: write 'next review 2024' or 'next review 2024-01-10'
tests/check/robust-meta.civic:30:3: warning: the protocol's review was due on 2024-05-01 and is overdue as of 2026-11-22 [review-overdue]
   30 |   next
      |   ^~~~
hint: after the council reviews it, record the date: 'reviewed 2026-11-22'
tests/check/robust-meta.civic:31:3: error: 'calendar' needs the name of one calendar [bad-meta]
   31 |   calendar
      |   ^~~~~~~~
hint: write 'calendar england-and-wales'
tests/check/robust-meta.civic:32:3: error: 'calendar' needs the name of one calendar [bad-meta]
   32 |   calendar england-and-wales scotland
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: write 'calendar england-and-wales'
tests/check/robust-meta.civic:33:12: error: unknown calendar 'englund-and-wales' [unknown-calendar]
   33 |   calendar englund-and-wales
      |            ^~~~~~~~~~~~~~~~~
hint: did you mean 'england-and-wales'?
tests/check/robust-meta.civic:34:12: error: unknown calendar 'xyzzy-plugh-frobnicate' [unknown-calendar]
   34 |   calendar xyzzy-plugh-frobnicate
      |            ^~~~~~~~~~~~~~~~~~~~~~
hint: the standard calendars are england-and-wales, scotland and northern-ireland
tests/check/robust-meta.civic:35:3: error: unknown protocol field 'frequency' [unknown-field]
   35 |   frequency weekly
      |   ^~~~~~~~~
hint: the fields are council, adopted, approved, reviewed, updated, review, next review, overseen by and calendar
tests/check/robust-meta.civic:36:3: error: unknown protocol field 'councl' [unknown-field]
   36 |   councl "A"
      |   ^~~~~~
hint: did you mean 'council'?
tests/check/robust-meta.civic:39:1: error: a file has one protocol block [duplicate]
   39 | protocol "Second" {
      | ^~~~~~~~~~~~~~~~~~~
hint: merge the two blocks
tests/check/robust-meta.civic:44:3: error: the weekend is already set for this calendar [duplicate]
   44 |   weekend sunday
      |   ^~~~~~~
hint: list every weekend day on one line: 'weekend saturday, sunday'
tests/check/robust-meta.civic:45:28: error: 'smarch' is not a month [bad-month]
   45 |   holiday "Bad month" on 1 smarch
      |                            ^~~~~~
hint: did you mean 'March'?
tests/check/robust-meta.civic:46:3: error: February has no day 31 [bad-date]
   46 |   holiday "Bad day" on 31 february
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: February has 29 days
tests/check/robust-meta.civic:47:3: error: January has no day 0 [bad-date]
   47 |   holiday "Zero day" on 0 january
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: January has 31 days
tests/check/robust-meta.civic:48:3: error: 400 days from Easter is too far [bad-offset]
   48 |   holiday "Far Easter" on easter + 400
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: Easter-relative days are written like 'on easter - 2' (Good Friday), within 100 days of Easter
tests/check/robust-meta.civic:50:27: error: unexpected 'passover'; expected 'easter' [syntax]
   50 |   holiday "Not Easter" on passover + 1
      |                           ^~~~~~~~
hint: only Easter can be offset: 'on easter + 1'
tests/check/robust-meta.civic:51:20: error: 'sixth' should be first, second, third, fourth, fifth or last [bad-nth]
   51 |   holiday "Nth" on sixth monday of may
      |                    ^~~~~
hint: write first, second, third, fourth, fifth or last
tests/check/robust-meta.civic:52:34: error: 'funday' is not a day of the week [bad-weekday]
   52 |   holiday "Bad weekday" on first funday of may
      |                                  ^~~~~~
hint: did you mean 'Sunday'?
tests/check/robust-meta.civic:53:36: error: 'xq' is not a day of the week [bad-weekday]
   53 |   holiday "Bad weekday 2" on first xq of may
      |                                    ^~
hint: write a day of the week: monday, tuesday, … sunday
tests/check/robust-meta.civic:54:3: error: June has no day 31 [bad-date]
   54 |   holiday "Range" from 1 may to 31 june
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: June has 30 days
tests/check/robust-meta.civic:55:3: error: this closure ends before it begins [bad-range]
   55 |   holiday "Dates" from 2026-05-02 to 2026-05-01
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: write the earlier date first: 'from 2026-05-01 to 2026-05-02'
tests/check/robust-meta.civic:56:3: error: a closure of 517 days is too long [bad-range]
   56 |   holiday "Long dates" from 2026-01-01 to 2027-06-01
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: closures are limited to a year; is one of the dates mistyped?
tests/check/robust-meta.civic:57:3: error: this holiday runs from 2030 until 2020: the years are the wrong way round [bad-year]
   57 |   holiday "Years" on 1 may from 2030 until 2020
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: write a year from 1900 to 2200, the earlier first
tests/check/robust-meta.civic:58:3: error: year 1800 is out of range [bad-year]
   58 |   holiday "Old" on 1 may from 1800
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: Civic handles years from 1900 to 2200
tests/check/robust-meta.civic:59:3: error: year 3000 is out of range [bad-year]
   59 |   holiday "New" on 1 may until 3000
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: Civic handles years from 1900 to 2200
tests/check/robust-meta.civic:60:36: error: year 1800 is out of range [bad-year]
   60 |   holiday "Except" on 2 may except 1800, 2026
      |                                    ^~~~
hint: Civic handles years from 1900 to 2200
tests/check/robust-meta.civic:61:3: error: only a fixed date can have a substitute day [bad-substitute]
   61 |   closed "Sub range" from 1 june to 2 june substitute
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: 'substitute' moves a holiday on a weekend to the next weekday, for dates like '25 december'
tests/check/robust-meta.civic:63:3: error: only a fixed date can have a substitute day [bad-substitute]
   63 |   holiday "Sub nth" on first monday of june substitute
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: 'substitute' moves a holiday on a weekend to the next weekday, for dates like '25 december'
tests/check/robust-meta.civic:66:10: error: calendar 'odd' is already defined [duplicate]
   66 | calendar odd {
      |          ^~~
hint: remove one of them, or give each its own name
tests/check/robust-meta.civic:69:31: error: unknown calendar 'nowhere' [unknown-calendar]
   69 | calendar none-weekend extends nowhere {
      |                               ^~~~~~~
hint: the standard calendars are england-and-wales, scotland and northern-ireland
tests/check/robust-meta.civic:74:3: error: a calendar whose weekend is every day has no working days [no-working-days]
   74 |   weekend monday, tuesday, wednesday, thursday, friday, saturday, sunday
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: leave some days of the week and of the year as working days
tests/check/robust-meta.civic:77:10: error: calendar 'loop-a' extends itself, directly or through others [calendar-cycle]
   77 | calendar loop-a extends loop-b {
      |          ^~~~~~
hint: remove one 'extends' from the cycle
tests/check/robust-meta.civic: 48 errors, 2 warnings
[1]

$ civic check --today 2026-11-22 tests/check/robust-lexical.civic
tests/check/robust-lexical.civic:6:88: error: strings are written in double quotes, not single quotes [bad-char]
    6 | role Ünïcödé "Officer of 🏛 the \"Civic\" Hall \\ annex" is Officer aka “Hall Officer”, '𝒪fficer'
      |                                                                                        ^~~~~~~~~
hint: write "𝒪fficer"
tests/check/robust-lexical.civic:9:1: error: empty clause reference [empty-clause]
    9 | [] Member must not bully Officer
      | ^~
hint: write the clause number, like [10.2], or leave the brackets out
tests/check/robust-lexical.civic:10:1: error: this clause reference is not closed [unterminated-clause]
   10 | [1.3 Member must not pressure Officer
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: a clause reference is written on one line, like [10.2]
tests/check/robust-lexical.civic:11:1: error: a clause reference cannot contain '[' [bad-clause]
   11 | [1.[4]] Member must not pressure Officer
      | ^~~~~~
hint: write one clause reference, like [10.2]
tests/check/robust-lexical.civic:12:23: error: a number cannot run into a word: '2pressure' [bad-number]
   12 | [1.5] Member must not 2pressure Officer
      |                       ^~~~~~~~~
hint: put a space between the number and the word
tests/check/robust-lexical.civic:13:40: error: unexpected character '@' [bad-char]
   13 | [1.6] Member must not pressure Officer @ once
      |                                        ^
hint: remove it, or put the text in double quotes
tests/check/robust-lexical.civic:13:42: error: unknown name 'once': not a role or a thing [unknown-name]
   13 | [1.6] Member must not pressure Officer @ once
      |                                          ^~~~
hint: declare it with 'thing once' (or 'role once'), or put free text in quotes
tests/check/robust-lexical.civic:14:40: error: unexpected ` [bad-char]
   14 | [1.7] Member must not pressure Officer ` backtick
      |                                        ^
hint: strings are written in double quotes: "Town Clerk"
tests/check/robust-lexical.civic:14:42: error: unknown name 'backtick': not a role or a thing [unknown-name]
   14 | [1.7] Member must not pressure Officer ` backtick
      |                                          ^~~~~~~~
hint: declare it with 'thing backtick' (or 'role backtick'), or put free text in quotes
tests/check/robust-lexical.civic:15:40: error: unexpected character '$' [bad-char]
   15 | [1.8] Member must not pressure Officer $ dollar
      |                                        ^
hint: remove it, or put the text in double quotes
tests/check/robust-lexical.civic:15:42: error: unknown name 'dollar': not a role or a thing [unknown-name]
   15 | [1.8] Member must not pressure Officer $ dollar
      |                                          ^~~~~~
hint: declare it with 'thing dollar' (or 'role dollar'), or put free text in quotes
tests/check/robust-lexical.civic:16:40: error: number too large [bad-number]
   16 | [1.9] Member must not pressure Officer 123456789012 times
      |                                        ^~~~~~~~~~~~
hint: numbers in Civic stay below 100,000,000
tests/check/robust-lexical.civic:17:58: error: a deadline of 99999 days is too long [bad-duration]
   17 | [2.0] Officer must respond to enquiry from Member within 99999 days
      |                                                          ^~~~~~~~~~
hint: deadlines are limited to about ten years
tests/check/robust-lexical.civic:18:58: error: a deadline of 100000 hours is too long [bad-duration]
   18 | [2.1] Officer must respond to enquiry from Member within 100000 hours
      |                                                          ^~~~~~~~~~~~
hint: deadlines are limited to about ten years
tests/check/robust-lexical.civic:19:68: error: only days can be working days [bad-duration]
   19 | [2.2] Officer must respond to enquiry from Member within 2 working weeks
      |                                                                    ^~~~~
hint: write 'within 2 working days'
tests/check/robust-lexical.civic:20:60: error: unknown unit of time 'fortnights' [bad-duration]
   20 | [2.3] Officer must respond to enquiry from Member within 2 fortnights
      |                                                            ^~~~~~~~~~
hint: use working days, days, hours, weeks or months, like 'within 2 working days'
tests/check/robust-lexical.civic:21:60: error: 'working' what? [bad-duration]
   21 | [2.4] Officer must respond to enquiry from Member within 2 working
      |                                                            ^~~~~~~
hint: write 'within 2 working days'
tests/check/robust-lexical.civic:22:60: error: unknown kind of day 'lunar' [bad-duration]
   22 | [2.5] Officer must respond to enquiry from Member within 2 lunar days
      |                                                            ^~~~~
hint: write 'within 2 working days' or 'within 10 days'
tests/check/robust-lexical.civic:23:58: error: write the number in figures [bad-duration]
   23 | [2.6] Officer must respond to enquiry from Member within two working days
      |                                                          ^~~
hint: write 'within 2 working days'
tests/check/robust-lexical.civic:24:60: error: unexpected 'calendar'; expected a name [syntax]
   24 | [2.7] Officer must respond to enquiry from Member within 2 calendar days
      |                                                            ^~~~~~~~
hint: a rule reads '[CLAUSE] ROLE must|should|may|must not ACTION [THING] [from|to ROLE] [within N working days]', like '[10.2] Officer must respond to enquiry from Member within 2 working days'
tests/check/robust-lexical.civic:29:14: error: 25:00 is not a time of day [bad-time]
   29 |   2026-01-05 25:00 alice sends enquiry to bob
      |              ^~~~~
hint: write times as HH:MM on the 24-hour clock, like 14:30
tests/check/robust-lexical.civic:30:14: error: 09:61 is not a time of day [bad-time]
   30 |   2026-01-05 09:61 alice sends enquiry to bob
      |              ^~~~~
hint: write times as HH:MM on the 24-hour clock, like 14:30
tests/check/robust-lexical.civic:32:3: error: 2026-13-01 is not a date: there is no month 13 [bad-date]
   32 |   2026-13-01 alice sends enquiry to bob
      |   ^~~~~~~~~~
hint: write dates as YYYY-MM-DD (2025-12-23) or DD/MM/YYYY (23/12/2025)
tests/check/robust-lexical.civic:32:3: error: this event comes before the one on line 31 [date-order]
   32 |   2026-13-01 alice sends enquiry to bob
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: list events in date order
tests/check/robust-lexical.civic:33:3: error: year out of range in 1066-10-14 [bad-date]
   33 |   1066-10-14 alice sends enquiry to bob
      |   ^~~~~~~~~~
hint: Civic handles dates from 1900 to 2200
tests/check/robust-lexical.civic:33:3: error: this event comes before the one on line 31 [date-order]
   33 |   1066-10-14 alice sends enquiry to bob
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: list events in date order
tests/check/robust-lexical.civic: 26 errors, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && printf 'use "roles"\nrole Bad\355\240\200 is Officer\nrole Bad2 "\360\220\200" is Officer\nrole Bad3 "\300\200" is Officer\nrole Good "\360\237\217\233" is Officer\n\002 Member must not bully Officer\n' > bytes.civic && civic check bytes.civic; s=$?; cd / && rm -rf "$d"; exit $s
bytes.civic:2:6: error: this name is not valid UTF-8 text [bad-utf8]
    2 | role Bad? is Officer
      |      ^~~~
hint: save the file as UTF-8
bytes.civic:3:11: error: this string is not valid UTF-8 text [bad-utf8]
    3 | role Bad2 "???" is Officer
      |           ^~~
hint: save the file as UTF-8
bytes.civic:4:11: error: this string is not valid UTF-8 text [bad-utf8]
    4 | role Bad3 "?" is Officer
      |           ^~~
hint: save the file as UTF-8
bytes.civic:6:1: error: unexpected control character 0x02 [bad-char]
    6 | ? Member must not bully Officer
      | ^
hint: remove it, or put the text in double quotes
bytes.civic:6:3: warning: this rule cites no clause of the protocol [no-clause]
    6 | ? Member must not bully Officer
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: put the clause number in brackets before it, like '[8.1] Member must not bully'
bytes.civic: 4 errors, 1 warning
[1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { for (i = 0; i <= 10000; i++) printf "role R%d\n", i }' > roles.civic && civic check roles.civic; s=$?; cd / && rm -rf "$d"; exit $s
roles.civic:10001:6: error: more than 10000 roles: this one and those after it are not read [too-many]
10001 | role R10000
      |      ^~~~~~
hint: split the file, or write the rules once for a role that covers the others
hint: a name of a role not read is unknown wherever it is used: fix this first
roles.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "use \"roles\""; for (i = 1; i <= 12000; i++) printf "[%d] Member %s instruct Officer when \"c%d\"\n", i, (i % 2 ? "may" : "must not"), i }' > rules.civic && civic check rules.civic; s=$?; cd / && rm -rf "$d"; exit $s
rules.civic:10002:1: warning: too many rules on the same role and action to compare them all: conflicts from this rule on are not looked for [check-limit]
10002 | [10001] Member may instruct Officer when "c10001"
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: split the rules among more specific roles or actions
rules.civic: 0 errors, 1 warning

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "use \"roles\""; for (i = 0; i < 101; i++) printf "role R%d is Member\n", i; printf "R0"; for (i = 1; i < 101; i++) printf ", R%d", i; print " can expect from Officer {"; for (i = 0; i < 100; i++) printf "  respond to enquiry within 2 working days when \"c%d\"\n", i; print "}" }' > block.civic && { civic check block.civic; echo "[status $?]"; } 2>&1 | cut -c1-125; cd / && rm -rf "$d"
block.civic:103:1: error: this block would make 10100 rules (101 roles, 100 expectations each); the limit is 10000 [too-many]
  103 | R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19, R20, R21, R22, R23, R24, R2
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: name a role that all of them are, like 'Member can expect from Officer'
block.civic: 1 error, 0 warnings
[status 1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "role R0"; for (i = 1; i <= 101; i++) printf "role R%d is R%d\n", i, i - 1 }' > chain.civic && civic check chain.civic; s=$?; cd / && rm -rf "$d"; exit $s
chain.civic:101:6: error: role 'R100' is a kind of more than 99 other roles [too-deep]
  101 | role R100 is R99
      |      ^~~~
hint: a role hierarchy is a few levels deep: Mayor is Chair, Chair is Member
chain.civic:102:6: error: role 'R101' is a kind of more than 99 other roles [too-deep]
  102 | role R101 is R100
      |      ^~~~
hint: a role hierarchy is a few levels deep: Mayor is Chair, Chair is Member
chain.civic: 2 errors, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "use \"roles\""; for (i = 0; i <= 100; i++) printf "person p%d is Member\n", i }' > people.civic && civic check people.civic; s=$?; cd / && rm -rf "$d"; exit $s
people.civic:102:8: error: more than 100 people declared outside scenarios [too-many]
  102 | person p100 is Member
      |        ^~~~
hint: declare people inside the scenarios they act in
people.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { for (i = 0; i <= 10000; i++) printf "scenario \"s%d\" {\n}\n", i }' > scenarios.civic && civic check scenarios.civic; s=$?; cd / && rm -rf "$d"; exit $s
scenarios.civic:20001:10: error: more than 10000 scenarios: this one and those after it are not read [too-many]
20001 | scenario "s10000" {
      |          ^~~~~~~~
hint: split the scenarios into several files
scenarios.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { for (i = 0; i <= 100; i++) printf "calendar c%d {\n}\n", i }' > calendars.civic && civic check calendars.civic; s=$?; cd / && rm -rf "$d"; exit $s
calendars.civic:201:10: error: more than 100 calendars: this one and those after it are not read [too-many]
  201 | calendar c100 {
      |          ^~~~
hint: split the file, or write the rules once for a role that covers the others
calendars.civic: 1 error, 0 warnings
[1]

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { for (i = 0; i < 101; i++) printf "role A%d\nrole B%d\n", i, i; printf "A0"; for (i = 1; i < 101; i++) printf ", A%d", i; printf " manages B0"; for (i = 1; i < 100; i++) printf ", B%d", i; print "" }' > relations.civic && { civic check relations.civic; echo "[status $?]"; } 2>&1 | cut -c1-107; cd / && rm -rf "$d"
relations.civic:203:1: error: this line relates 101 roles to 100: more than 10000 relations [too-many]
  203 | A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20, A21,
      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: split the file, or write the rules once for a role that covers the others
relations.civic: 1 error, 0 warnings
[status 1]

