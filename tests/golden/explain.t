# civic explain-error (and civic --explain): a code's description, its default
# hint, and its example from grammar/base/dg_examples.h with what civic check
# says of it, run there and then; a code without an example says why; an
# unknown code gets the nearest (exit 2); --example prints only the text; with
# no code, every code.  tests/tools/explain.sh runs every example.

$ civic explain-error conflict
conflict: two rules that give opposite answers to the same case

Unless a diagnostic brings its own, its hint is:
  if one rule is an exception to the other, add 'overrides [CLAUSE]' to it

Example, example.civic:
  use "roles"

  [4.1] Member must not instruct Officer
  [4.2] Chair may instruct Officer

'civic check example.civic' says:
  example.civic:4:1: error: [4.2] says Chair of the Council may instruct, but [4.1] says Member must not instruct [conflict]
      4 | [4.2] Chair may instruct Officer
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: if this rule is an exception, add 'overrides [4.1]' to it

$ civic --explain unknown-role
unknown-role: a role that is not declared

Unless a diagnostic brings its own, its hint is:
  declare it with 'role NAME is PARENT', or check the spelling

Example, example.civic:
  scenario "events" {
    person eve is Nobody
  }

'civic check example.civic' says:
  example.civic:2:17: error: unknown role 'Nobody' [unknown-role]
      2 |   person eve is Nobody
        |                 ^~~~~~
  hint: declare it with 'role Nobody is Member' (or Officer), or 'use "roles"' for the shared roles

$ civic explain-error internal
internal: a fault of Civic itself, not of the file

Unless a diagnostic brings its own, its hint is:
  please report this as a bug in Civic

No example: it is a fault of Civic itself, which no file should be able to cause.

$ civic explain-error unknown-rol
civic: no diagnostic code 'unknown-rol'; did you mean 'unknown-role'?
[2]

$ civic --explain xyzzy-plugh
civic: no diagnostic code 'xyzzy-plugh'; 'civic explain-error' lists them
[2]

$ civic explain-error --example role-cycle
role Warden is Steward
role Steward is Warden

$ civic explain-error --example internal
civic: 'internal' has no example: it is a fault of Civic itself, which no file should be able to cause
[1]

$ civic explain-error conflict unknown-role
civic: 'unknown-role': explain one code at a time
Try 'civic explain-error --help' for more information.
[2]

$ civic explain-error --example
civic: --example needs a CODE
Try 'civic explain-error --help' for more information.
[2]

$ civic explain-error --bogus
civic: unrecognized option '--bogus'
Try 'civic explain-error --help' for more information.
[2]

$ civic explain-error
adopt-clause         an 'adopts' line without this protocol's own clause
adopted-twice        a model clause adopted by two clauses
after-today          a register row's date after the day the register was taken (civic audit's --today)
bad-char             a character that has no place in the language
bad-clause           a clause reference that cannot be read
bad-counts           a 'counts as' line that cannot stand
bad-date             a date that is not a day of the calendar
bad-duration         a period that is not one Civic counts
bad-event            a scenario event that cannot be read
bad-expect           a scenario expectation that cannot be read
bad-register         a line of a register block (civic audit's map) that cannot be read
bad-meta             a field of the protocol block written wrongly
bad-month            a month that is not one
bad-nth              an ordinal that is not first to fifth or last
bad-number           a number that is not a whole number on its own
bad-offset           a holiday too far from Easter
bad-query            a query that is not one of the forms
bad-question         a scenario's question that cannot be answered
bad-quote            a quoted cell of a register not closed before the end of the file
bad-range            a range whose end comes before its start
bad-relation         a relation used or declared wrongly
bad-scenario         a scenario line that cannot be read
bad-step             a route step written wrongly
bad-substitute       a substitute day on a holiday without a fixed date
bad-time             a time of day that is not one
bad-utf8             text that is not valid UTF-8
bad-weekday          a day of the week that is not one
bad-year             a year out of the range Civic handles
calendar-cycle       calendars that extend each other in a circle
calendar-range       a date outside the years a calendar counts working days in
check-limit          more rules on one role and action than the checks compare
conflict             two rules that give opposite answers to the same case
control-char         a control character inside a string
dangling-prep        a preposition with nothing after it
date-order           dates out of order: a scenario's events, or a register row answered before it was raised
duplicate            something declared or stated twice
duplicate-column     a register with two columns of the same header, one the map reads
duplicate-id         a register row with the id of an earlier row
empty-block          a block with nothing in it
empty-clause         an empty clause reference
empty-register       a register with nothing in it: no header, no rows
empty-route          a route without steps
except-all           an 'except' that leaves out every role of a relation
except-nothing       an 'except' that leaves out nothing
extra-cell           a register row with a cell under no header
internal             a fault of Civic itself, not of the file
line-too-long        a line longer than Civic reads
long-record          a register record longer than 1 MiB: not a CSV file of rows
meta-date            a date of the protocol block that cannot be right: adopted after today, approved or reviewed before adoption
misplaced-clause     a clause label that is not at the start of its line
missing-cell         a register row without a cell it needs: a date, a name, an id, or a cell for every column
missing-column       a register without a column its map needs
no-calendar          a question about dates, for a protocol without a calendar
no-clause            a rule that cites no clause
no-deadline          a deadline asked of a clause that sets no period
no-review            a protocol without a review cycle
no-trigger           a deadline with nothing to start its clock
no-working-day       a due date that cannot be found: no working day in reach
no-working-days      a calendar with no working days at all
not-a-role           a name of another kind where a role is needed
not-an-action        a role where an action is needed
nul-byte             a NUL byte in the file, or in a register's cell
only-everyone        an 'only' rule that leaves no role out
override-nothing     an 'overrides' that overrides no rule
person-clash         a person named like a role, action or thing
relation-no-top      a relation whose chain has no top
repl-command         a REPL command that cannot be carried out
review-overdue       a protocol whose review is overdue
role-cycle           roles that are kinds of each other in a circle
route-cycle          a route that sends a case back to an earlier handler
self-manage          a role that manages itself, or two roles that manage each other
seniority-cycle      a seniority order that goes round in a circle
seniority-unknown    a junior or senior rule whose roles no seniority line places
syntax               a statement that does not follow the grammar
too-deep             brackets nested too deeply
too-many             more roles, rules or items than Civic holds
two-counterparts     a rule towards two roles
two-things           a rule about two things
unexpected-action    a rule with a second action
unknown-action       an action that is not declared
unknown-column       a register block's name that is no column of it
unknown-calendar     a calendar that is not defined
unknown-clause       a clause that nothing in the protocol cites
unknown-fact         a fact a scenario event states (after where) that no condition reads
unknown-field        a field the protocol block does not have
unknown-handler      a route step's handler that is neither a role nor a procedure
unknown-name         a name that is neither a role nor a thing
unknown-person       a person a scenario does not name
unknown-procedure    a procedure that is not declared
unknown-ref          a matter reference never raised
unknown-relation     a relation that is not declared
unknown-role         a role that is not declared
unknown-scenario     a scenario name that no scenario of the file has
unknown-thing        a thing (a kind of case) that is not declared
unreachable-step     a route step whose condition can never hold
unreadable           a file that cannot be read: missing, a directory, not allowed
unterminated-clause  a clause reference without its ']'
unterminated-string  a string without its closing quote
use-cycle            files that use each other in a circle
use-depth            'use' nested too deeply
use-empty            a 'use' without a name
use-not-found        a 'use' of a module or file that does not exist
use-not-protocol     a 'use' of something that is neither a Civic file nor a standard module
use-unreadable       a file a 'use' names that cannot be read
vague-deadline       a deadline that is not a fixed period
vague-review         a review cycle that sets no date
wrong-kind           a name of the wrong kind for its place

'civic explain-error CODE' explains one.

$ civic explain-error --json --example unknown-role
civic: --example prints the example's text alone: give --json or --example, not both
Try 'civic explain-error --help' for more information.
[2]

