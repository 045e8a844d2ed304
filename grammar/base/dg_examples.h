/* dg_examples — an example for each diagnostic code of dg_codes.h.
 *
 *   X(code, example)
 *
 *   code     a code of dg_codes.h, in its order (every code, once)
 *   example  a short protocol text that `civic check` reports the code for,
 *            or "no example: WHY" where none can be written
 *
 * `civic explain-error CODE` shows the example and what `civic check` says
 * of it; tests/tools/explain.sh checks that each example still gives its
 * code, and that only the entries saying "no example: " give none.
 * Most examples are cut from the fixtures in tests/check/.
 */
#ifndef CIVIC_DG_EXAMPLES_H
#define CIVIC_DG_EXAMPLES_H

#define DG_EXAMPLES(X) \
    X("adopt-clause", "adopts [MP-1]\n") \
    X("adopted-twice", "use \"roles\"\nuse \"model-protocol\"\n\n[4.4] adopts [MP-3]\n[4.5] adopts [MP-3]\n") \
    X("after-today", "no example: civic audit reports it, for a register's row or header, not civic check") \
    X("bad-char", "use \"roles\"\nrole Verger 'Verger' is Officer\n") \
    X("bad-clause", "use \"roles\"\n[10.[3]] Member must not pressure Officer\n") \
    X("bad-counts", "use \"roles\"\n[1.8] respond to enquiry counts as respond to enquiry\n") \
    X("bad-date", "calendar offices \"Town Council offices\" extends england-and-wales {\n  holiday \"A\" on 31 february\n}\n") \
    X("bad-duration", "use \"roles\"\n[1.9] Officer must respond to enquiry from Member by the end of the meeting\n") \
    X("bad-event", "use \"roles\"\n\nscenario \"events\" {\n  person alice is Member\n  person bob is Officer\n  2026-01-06 alice sends enquiry and request to bob\n}\n") \
    X("bad-expect", "use \"roles\"\n\nscenario \"expectations\" {\n  person alice is Member\n  expect review soon\n}\n") \
    X("bad-register", "no example: civic audit reports it, as it reads a map's register block, not civic check") \
    X("bad-meta", "protocol \"Officer/Member Protocol\" {\n  council\n}\n") \
    X("bad-month", "calendar offices \"Town Council offices\" extends england-and-wales {\n  holiday \"B\" on 1 smarch\n}\n") \
    X("bad-nth", "calendar offices \"Town Council offices\" extends england-and-wales {\n  holiday \"D\" on sixth monday of may\n}\n") \
    X("bad-number", "use \"roles\"\n[6.11] Officer must forward complaint from Member within 2days\n") \
    X("bad-offset", "calendar offices \"Town Council offices\" extends england-and-wales {\n  holiday \"E\" on easter + 400\n}\n") \
    X("bad-query", "no example: civic query and the REPL report it, for a question typed there, not civic check") \
    X("bad-question", "scenario \"a question that cannot be answered\" {\n  expect \"can Membr instruct Officer\" forbidden\n}\n") \
    X("bad-quote", "no example: civic audit reports it, for a register's row or header, not civic check") \
    X("bad-range", "calendar offices \"Town Council offices\" extends england-and-wales {\n  closed \"F\" from 2026-08-07 to 2026-08-03\n}\n") \
    X("bad-relation", "use \"roles\"\n\n[1.1] relation line-manager \"line manager\" of Officer is Clerk\n[1.2] relation line-manager of Clerk is nobody\n[1.3] relation line-manager of Member is Officer\n") \
    X("bad-scenario", "scenario \"settings\" {\n  today tomorrow\n}\n") \
    X("bad-step", "use \"roles\"\nroute complaint by Member about Officer [7] {\n  [7.9] disciplinary or Clerk\n}\n") \
    X("bad-substitute", "calendar offices \"Town Council offices\" extends england-and-wales {\n  holiday \"H\" on easter substitute\n}\n") \
    X("bad-time", "use \"roles\"\nscenario \"dates and times\" {\n  person alice is Member\n  person bob is Officer\n  2026-01-05 25:00 alice sends enquiry to bob\n}\n") \
    X("bad-utf8", "role Cl\xe9""rk\n") \
    X("bad-weekday", "calendar offices \"Town Council offices\" extends england-and-wales {\n  holiday \"C\" on first funday of may\n}\n") \
    X("bad-year", "calendar offices \"Town Council offices\" extends england-and-wales {\n  holiday \"I\" on 1 january from 2030 until 2020\n}\n") \
    X("calendar-cycle", "calendar north extends south {\n}\ncalendar south extends north {\n}\n") \
    X("calendar-range", "use \"roles\"\n\nscenario \"before the bank holidays\" {\n  person alice is Member\n  person bob is Officer\n  1965-01-05 alice sends enquiry to bob\n}\n") \
    X("check-limit", "no example: it needs more rules on one role and action than fit in a short example") \
    X("conflict", "use \"roles\"\n\n[4.1] Member must not instruct Officer\n[4.2] Chair may instruct Officer\n") \
    X("control-char", "use \"roles\"\n\n[1.1] Member must speak to Media when \"asked\x01""\"\n") \
    X("dangling-prep", "use \"roles\"\n[2.5] Officer must respond to\n") \
    X("date-order", "use \"roles\"\n\nscenario \"out of order\" {\n  person alice is Member\n  person bob is Officer\n  2026-01-06 alice sends enquiry to bob\n  2026-01-05 alice sends request to bob\n}\n") \
    X("duplicate", "thing petition\nthing petition\n") \
    X("duplicate-column", "no example: civic audit reports it, for a register's row or header, not civic check") \
    X("duplicate-id", "no example: civic audit reports it, for a register's row or header, not civic check") \
    X("empty-block", "Member can expect from Officer {\n}\n") \
    X("empty-clause", "use \"roles\"\n[] Member must not bully Officer\n") \
    X("empty-register", "no example: civic audit reports it, for a register's row or header, not civic check") \
    X("empty-route", "use \"roles\"\nroute grievance by Officer about Member {\n}\n") \
    X("except-all", "use \"roles\"\n[8.5] Mayor manages Officer except Officer\n") \
    X("except-nothing", "use \"roles\"\n[8.4] Chair manages Officer except Member\n") \
    X("extra-cell", "no example: civic audit reports it, for a register's row or header, not civic check") \
    X("internal", "no example: it is a fault of Civic itself, which no file should be able to cause") \
    X("line-too-long", "no example: it needs a line longer than an example can show") \
    X("long-record", "no example: civic audit reports it, for a register's row or header, not civic check") \
    X("meta-date", "protocol \"Officer/Member Protocol\" {\n  council  \"Testbury Town Council\"\n  adopted  2025-05-19\n  approved 2015-03-02\n  review   every 1 year\n}\n") \
    X("misplaced-clause", "[8.3] scenario \"clause before a scenario\" {\n}\n") \
    X("missing-cell", "no example: civic audit reports it, for a register's row or header, not civic check") \
    X("missing-column", "no example: civic audit reports it, for a register's row or header, not civic check") \
    X("no-calendar", "no example: civic query and the REPL report it, for a question about dates, not civic check") \
    X("no-clause", "use \"roles\"\nMember must not instruct Officer\n") \
    X("no-deadline", "no example: civic query and the REPL report it, for a question about a deadline, not civic check") \
    X("no-review", "protocol \"Officer/Member Protocol\" {\n  council  \"Testbury Town Council\"\n  adopted  2020-01-15\n}\n") \
    X("no-trigger", "use \"roles\"\n[6.4] Officer must give advice within 5 working days\n") \
    X("no-working-day", "no example: civic query reports it, when a calendar's closures leave no working day in reach of a due date") \
    X("no-working-days", "calendar never {\n  weekend monday, tuesday, wednesday, thursday, friday, saturday, sunday\n}\n") \
    X("not-a-role", "use \"roles\"\nrole Steward is enquiry\n") \
    X("not-an-action", "use \"roles\"\n[2.6] Officer must respond to enquiry and Clerk\n") \
    X("nul-byte", "no example: a NUL byte cannot be shown in an example's text") \
    X("only-everyone", "no example: no short example has been found yet") \
    X("override-nothing", "use \"roles\"\n\n[5.3] Chair may instruct Clerk overrides [5.4]\n[5.4] Member must not bully Officer\n") \
    X("person-clash", "scenario \"people\" {\n  person a is Member\n}\n") \
    X("relation-no-top", "use \"roles\"\n\nrelation line-manager \"line manager\" of Officer is Officer\n") \
    X("repl-command", "no example: the REPL reports it, for a command typed there, not civic check") \
    X("review-overdue", "use \"roles\"\nprotocol \"Member/Officer Protocol\" {\n  council  \"Anytown Parish Council\"\n  adopted  May 2019\n  approved unknown\n  updated  2022-12\n  overseen by StandardsCommittee   [1.1]\n  review   every 2 years           [1.2]\n}\n") \
    X("role-cycle", "role Warden is Steward\nrole Steward is Warden\n") \
    X("route-cycle", "use \"roles\"\n\nroute complaint by Member about Officer [7] {\n  [7.1] Clerk\n  [7.2] HeadOfService\n  [7.3] Clerk\n}\n") \
    X("self-manage", "role Clerk\n[1.1] Clerk manages Clerk\n") \
    X("seniority-cycle", "use \"roles\"\n[1.6] seniority Clerk above DeputyClerk above Clerk\n") \
    X("seniority-unknown", "use \"roles\"\n\n[1.1] Member must not instruct junior Officer\n") \
    X("syntax", "calendar offices \"Town Council offices\" extends england-and-wales {\n  holiday \"K\" on christmas\n}\n") \
    X("too-deep", "no example: it needs brackets nested deeper than an example can show") \
    X("too-many", "no example: it needs more roles, rules or items than fit in a short example") \
    X("two-counterparts", "use \"roles\"\n[2.3] Officer must respond to Member about Chair\n") \
    X("two-things", "use \"roles\"\n[2.4] Officer must respond to enquiry about complaint\n") \
    X("unexpected-action", "use \"roles\"\n[2.2] Officer must respond to enquiry from Member promptly reply\n") \
    X("unknown-action", "use \"roles\"\n[1] Member, Officer, Clerk must frobnicate Media\n") \
    X("unknown-column", "no example: civic audit reports it, as it reads a map's register block, not civic check") \
    X("unknown-calendar", "protocol \"P\" {\n  council \"Testbury Town Council\"\n  adopted 2025-05-19\n  review every 1 year\n  calendar englund-and-wales\n}\n") \
    X("unknown-clause", "[4.3] adopts [MP-2], [MP-99]\n") \
    X("unknown-fact", "use \"roles\"\n\n[6.1] Officer must not inform Media when \"it is marked RESTRICTED\"\n\nscenario \"facts\" {\n  person bob is Officer\n  person pat is Media\n  2026-03-02 bob informs pat where \"it is restricted\"\n}\n") \
    X("unknown-field", "protocol \"Officer/Member Protocol\" {\n  calender england-and-wales\n}\n") \
    X("unknown-handler", "use \"roles\"\nroute complaint by Member about Officer [7] {\n  [7.6] Clerc\n}\n") \
    X("unknown-name", "use \"roles\"\n[1.5] Officer should inform line-mangaer\n") \
    X("unknown-person", "use \"roles\"\nscenario \"references and relations\" {\n  person alice is Member\n  person bob is Officer\n  carol is line-manager of bob\n}\n") \
    X("unknown-procedure", "use \"roles\"\n\nroute complaint about Member {\n  [12.1] Clerk\n  [12.2] refer to MonitoringOfficer under standards-hearing\n}\n") \
    X("unknown-ref", "use \"roles\"\nscenario \"references and relations\" {\n  person alice is Member\n  person bob is Officer\n  2025-01-07 bob responds to E7\n}\n") \
    X("unknown-relation", "use \"roles\"\nroute complaint by Member about Officer [3.1] {\n  [3.1] head-of-service of subject\n}\n") \
    X("unknown-role", "scenario \"events\" {\n  person eve is Nobody\n}\n") \
    X("unknown-scenario", "no example: civic run reports it, for the scenario name given, not civic check") \
    X("unknown-thing", "use \"roles\"\nroute compliment by Member about Officer {\n  Clerk\n}\n") \
    X("unreachable-step", "use \"roles\"\nroute complaint by Member about Officer [7] {\n  [7.3] when about Member: Mayor\n}\n") \
    X("unreadable", "no example: a command reports it for a file it cannot read (with --json, in the envelope's diagnostics)") \
    X("unterminated-clause", "[10.1 Member must not instruct Officer\n") \
    X("unterminated-string", "role Scribe \"Town Scribe is Officer\n") \
    X("use-cycle", "no example: it needs two files that use each other, and an example is one text") \
    X("use-depth", "no example: it needs many files that use each other, and an example is one text") \
    X("use-empty", "use \"\"\n") \
    X("use-not-found", "use \"role\"\n") \
    X("use-not-protocol", "use \"/\"\n") \
    X("use-unreadable", "no example: it needs a file on disk that cannot be read, and an example is one text") \
    X("vague-deadline", "use \"roles\"\n[6.1] Officer must respond to enquiry from Member within a reasonable time\n") \
    X("vague-review", "protocol \"P\" {\n  council \"Testbury Town Council\"\n  adopted 2025-05-19\n  review when needed\n}\n") \
    X("wrong-kind", "use \"roles\"\n[2.7] Officer must enquiry Member\n")

#endif
