/* dg_codes — the one table of diagnostic codes.
 *
 *   X(code, description, hint)
 *
 *   code         the stable machine name a diagnostic carries ("unknown-role"):
 *                in --json output, and what scripts match on
 *   description  what it reports, in one line (docs/DIAGNOSTICS.md lists them)
 *   hint         the hint shown when a diagnostic brings none of its own
 *
 * Every code a report in grammar/ or interp/ uses is here, and
 * docs/DIAGNOSTICS.md lists exactly these: tests/tools/codes.sh checks both.
 * Keep the lines sorted by code, one a line.
 */
#ifndef CIVIC_DG_CODES_H
#define CIVIC_DG_CODES_H

#define DG_CODES(X) \
    X("adopt-clause", "an 'adopts' line without this protocol's own clause", "write this protocol's clause first, like '[4.3] adopts [MP-1], [MP-2]'") \
    X("adopted-twice", "a model clause adopted by two clauses", "adopt each model clause once: remove one of the two") \
    X("after-today", "a register row's date after the day the register was taken (civic audit's --today)", "give the day the register was taken with --today") \
    X("bad-char", "a character that has no place in the language", "remove it, or put the text in double quotes") \
    X("bad-clause", "a clause reference that cannot be read", "write a clause reference like [8.1] or [If things go wrong/councillors]") \
    X("bad-counts", "a 'counts as' line that cannot stand", "write 'ACTION [THING] counts as ACTION [THING]', two different deeds") \
    X("bad-date", "a date that is not a day of the calendar", "write dates as YYYY-MM-DD (2025-12-23) or DD/MM/YYYY (23/12/2025)") \
    X("bad-duration", "a period that is not one Civic counts", "write a period like 'within 2 working days', 'within 5 days', 'within 48 hours' or 'within 2 weeks'") \
    X("bad-event", "a scenario event that cannot be read", "an event reads DATE PERSON ACTION [THING] [to PERSON] [about PERSON], like '2025-12-23 alice sends enquiry to bob'") \
    X("bad-expect", "a scenario expectation that cannot be read", "an expectation reads like 'expect [10.2] due 2025-12-29', 'expect [10.2] breached by bob', 'expect complaint reaches Clerk' or 'expect no breach'") \
    X("bad-register", "a line of a register block (civic audit's map) that cannot be read", "a register block has column lines, NAME \"HEADER\" [is ROLE], and event lines, on COLUMN WHO ACTION [THING] [to WHO] (docs/LANGUAGE.md, Registers)") \
    X("bad-meta", "a field of the protocol block written wrongly", "see 'The protocol block' in docs/LANGUAGE.md for the fields and how each is written") \
    X("bad-month", "a month that is not one", "write the month's name: january, february, … december") \
    X("bad-nth", "an ordinal that is not first to fifth or last", "write first, second, third, fourth, fifth or last") \
    X("bad-number", "a number that is not a whole number on its own", "write a whole number, like 2") \
    X("bad-offset", "a holiday too far from Easter", "Easter-relative days are written like 'on easter - 2' (Good Friday), within 100 days of Easter") \
    X("bad-query", "a query that is not one of the forms", "type 'help' for the forms of question") \
    X("bad-question", "a scenario's question that cannot be answered", "ask it at the REPL to see why, and fix the expectation's string") \
    X("bad-quote", "a quoted cell of a register not closed before the end of the file", "end a quoted cell with a double quote; write a quote inside one as \"\"") \
    X("bad-range", "a range whose end comes before its start", "write the earlier date first") \
    X("bad-relation", "a relation used or declared wrongly", "declare it with 'relation NAME \"display\" of ROLE is ROLE', and use it where a role goes") \
    X("bad-scenario", "a scenario line that cannot be read", "a scenario line is 'person NAME is ROLE', a dated event, or 'expect …'") \
    X("bad-step", "a route step written wrongly", "give the procedure a step of its own") \
    X("bad-substitute", "a substitute day on a holiday without a fixed date", "write 'substitute' only after 'on DAY MONTH', like 'on 25 december substitute'") \
    X("bad-time", "a time of day that is not one", "write times as HH:MM, like 09:30") \
    X("bad-utf8", "text that is not valid UTF-8", "save the file as UTF-8") \
    X("bad-weekday", "a day of the week that is not one", "write a day of the week: monday, tuesday, … sunday") \
    X("bad-year", "a year out of the range Civic handles", "write a year from 1900 to 2200, the earlier first") \
    X("calendar-cycle", "calendars that extend each other in a circle", "remove one 'extends' from the cycle") \
    X("calendar-range", "a date outside the years a calendar counts working days in", "Civic's calendars cover 1900 to 2200, with the bank holidays complete from 1970") \
    X("check-limit", "more rules on one role and action than the checks compare", "write the rules once for a role that covers the others") \
    X("conflict", "two rules that give opposite answers to the same case", "if one rule is an exception to the other, add 'overrides [CLAUSE]' to it") \
    X("control-char", "a control character inside a string", "remove it: a string holds text, and a control character could disturb a terminal") \
    X("dangling-prep", "a preposition with nothing after it", "name the role or thing after it, or remove it") \
    X("date-order", "dates out of order: a scenario's events, or a register row answered before it was raised", "list events in date order") \
    X("duplicate", "something declared or stated twice", "remove one of them, or give each its own name") \
    X("duplicate-column", "a register with two columns of the same header, one the map reads", "give each column of the register its own header") \
    X("duplicate-id", "a register row with the id of an earlier row", "give each row its own id, or remove the copy") \
    X("empty-block", "a block with nothing in it", "write one item per line inside the braces") \
    X("empty-clause", "an empty clause reference", "write the clause number between the brackets, like [8.1]") \
    X("empty-register", "a register with nothing in it: no header, no rows", "give the register's header on its first line, then a row per matter") \
    X("empty-route", "a route without steps", "add the steps, one a line, like '[12.3] Clerk'") \
    X("except-all", "an 'except' that leaves out every role of a relation", "remove the 'except', or the relation") \
    X("except-nothing", "an 'except' that leaves out nothing", "name a kind of the related role after 'except', or remove it") \
    X("extra-cell", "a register row with a cell under no header", "give the column a header, or remove the cell") \
    X("internal", "a fault of Civic itself, not of the file", "please report this as a bug in Civic") \
    X("line-too-long", "a line longer than Civic reads", "break the line into shorter lines") \
    X("long-record", "a register record longer than 1 MiB: not a CSV file of rows", "a register is a CSV file, a row per line") \
    X("meta-date", "a date of the protocol block that cannot be right: adopted after today, approved or reviewed before adoption", "check the dates of the protocol block against the document") \
    X("misplaced-clause", "a clause label that is not at the start of its line", "put the clause at the start of the line, like '[8.1] Member must not instruct Officer'") \
    X("missing-cell", "a register row without a cell it needs: a date, a name, an id, or a cell for every column", "fill the cell, or remove the row") \
    X("missing-column", "a register without a column its map needs", "add a header to the map, or mark the column optional") \
    X("no-calendar", "a question about dates, for a protocol without a calendar", "declare 'calendar england-and-wales' (or another) in the protocol block") \
    X("no-clause", "a rule that cites no clause", "put the clause of the protocol at the start of the rule, like '[8.1] …'") \
    X("no-deadline", "a deadline asked of a clause that sets no period", "'explain CLAUSE' shows what the clause says") \
    X("no-review", "a protocol without a review cycle", "add 'review every 1 year' (or the cycle the council adopted) to the protocol block") \
    X("no-trigger", "a deadline with nothing to start its clock", "say what starts the clock: a rule on an action 'to' or 'from' a role, like 'respond to enquiry from Member'") \
    X("no-working-day", "a due date that cannot be found: no working day in reach", "the calendar's closures leave no working day: check its 'closed' lines") \
    X("no-working-days", "a calendar with no working days at all", "leave some days of the week and of the year as working days") \
    X("not-a-role", "a name of another kind where a role is needed", "use a role here: 'roles' at the REPL lists them") \
    X("not-an-action", "a role where an action is needed", "put the action after the modal word, like 'Member must not instruct Officer'") \
    X("nul-byte", "a NUL byte in the file, or in a register's cell", "save the file as plain UTF-8 text") \
    X("only-everyone", "an 'only' rule that leaves no role out", "name the roles that alone may act, like 'only Clerk may manage Officer'") \
    X("override-nothing", "an 'overrides' that overrides no rule", "name the clause of the rule this one is an exception to, or remove 'overrides'") \
    X("person-clash", "a person named like a role, action or thing", "give the person another name, like alice or bob") \
    X("relation-no-top", "a relation whose chain has no top", "give the most senior an exception: 'relation NAME of ROLE is nobody' (or the role above)") \
    X("repl-command", "a REPL command that cannot be carried out", "type :help for the commands and what each takes") \
    X("review-overdue", "a protocol whose review is overdue", "review the protocol and record it with 'reviewed DATE' in the protocol block") \
    X("role-cycle", "roles that are kinds of each other in a circle", "a role is a kind of the roles above it only: remove one 'is' from the cycle") \
    X("route-cycle", "a route that sends a case back to an earlier handler", "a case moves forward through the steps; remove the repeated step") \
    X("self-manage", "a role that manages itself, or two roles that manage each other", "management runs one way: name the role that manages this one") \
    X("seniority-cycle", "a seniority order that goes round in a circle", "order the roles from the most senior down, each once: 'seniority Clerk above DeputyClerk above Officer'") \
    X("seniority-unknown", "a junior or senior rule whose roles no seniority line places", "add a 'seniority … above …' line that places the roles") \
    X("syntax", "a statement that does not follow the grammar", "see docs/LANGUAGE.md for the form of each statement") \
    X("too-deep", "brackets nested too deeply", "split the statement, or close some brackets") \
    X("too-many", "more roles, rules or items than Civic holds", "split the file, or write the rules once for a role that covers the others") \
    X("two-counterparts", "a rule towards two roles", "write a rule for each role") \
    X("two-things", "a rule about two things", "write a rule for each thing") \
    X("unexpected-action", "a rule with a second action", "write a rule for each action") \
    X("unknown-action", "an action that is not declared", "declare it with 'action NAME', or check the spelling") \
    X("unknown-column", "a register block's name that is no column of it", "declare the column first, like 'officer \"officer\" is Officer'") \
    X("unknown-calendar", "a calendar that is not defined", "use england-and-wales, scotland or northern-ireland, or a calendar defined in the file") \
    X("unknown-clause", "a clause that nothing in the protocol cites", "check the clause number: 'clauses' at the REPL lists them") \
    X("unknown-fact", "a fact a scenario event states (after where) that no condition reads", "write the fact as a condition of a rule on the action is written (civic check lists them), or leave it out") \
    X("unknown-field", "a field the protocol block does not have", "protocol fields are council, adopted, approved, reviewed, review, next review and calendar") \
    X("unknown-handler", "a route step's handler that is neither a role nor a procedure", "declare it with 'role NAME' or 'procedure NAME', or check the spelling") \
    X("unknown-name", "a name that is neither a role nor a thing", "declare it with 'role NAME' or 'thing NAME', or check the spelling") \
    X("unknown-person", "a person a scenario does not name", "declare the person first, like 'person alice is Member'") \
    X("unknown-procedure", "a procedure that is not declared", "declare it with 'procedure NAME', or check the spelling") \
    X("unknown-ref", "a matter reference never raised", "give the reference where the matter is raised, like 'alice sends enquiry E1 to bob'") \
    X("unknown-relation", "a relation that is not declared", "declare it with 'relation NAME \"display\" of ROLE is ROLE', or check the spelling") \
    X("unknown-role", "a role that is not declared", "declare it with 'role NAME is PARENT', or check the spelling") \
    X("unknown-scenario", "a scenario name that no scenario of the file has", "'civic test --list FILE' lists the scenarios") \
    X("unknown-thing", "a thing (a kind of case) that is not declared", "declare it with 'thing NAME', or check the spelling") \
    X("unreachable-step", "a route step whose condition can never hold", "check the step's condition against the route's 'by' and 'about'") \
    X("unreadable", "a file that cannot be read: missing, a directory, not allowed", "check the path, and that you may read the file") \
    X("unterminated-clause", "a clause reference without its ']'", "end the clause reference with ']' on the same line") \
    X("unterminated-string", "a string without its closing quote", "end the string with '\"' on the same line") \
    X("use-cycle", "files that use each other in a circle", "remove one of the 'use' lines of the cycle") \
    X("use-depth", "'use' nested too deeply", "use fewer levels of files that use other files") \
    X("use-empty", "a 'use' without a name", "name the file, like 'use \"roles\"'") \
    X("use-not-found", "a 'use' of a module or file that does not exist", "'use' names a file beside this one, without '.civic', or a standard module such as \"roles\"") \
    X("use-not-protocol", "a 'use' of something that is neither a Civic file nor a standard module", "'use' reads Civic files (NAME.civic) and standard modules such as \"roles\"") \
    X("use-unreadable", "a file a 'use' names that cannot be read", "check that the file exists and can be read") \
    X("vague-deadline", "a deadline that is not a fixed period", "write a period, like 'within 2 working days'") \
    X("vague-review", "a review cycle that sets no date", "write 'review every 1 year' (or the cycle the council adopted)") \
    X("wrong-kind", "a name of the wrong kind for its place", "use a name of the kind this place needs: 'roles' at the REPL lists the roles")

#endif
