# What the third user trial found, each fixed (tests/trial3/ holds the files).

# f1: a quoted display name or alias in the event's "to" place names whom it
# is to, as a name does; one that names no one is an error, with the nearest.
$ civic test tests/trial3/target-display.civic
3 passed, 0 failed

$ civic test tests/trial3/target-unknown.civic
tests/trial3/target-unknown.civic:7:30: error: no person or role is called "Town Clerck" [unknown-person]
    7 |   2026-03-02 alice instructs "Town Clerck"
      |                              ^~~~~~~~~~~~~
hint: did you mean "Town Clerk"?
hint: a quoted text before 'where' names who the event is to or about; a fact comes after it: 'where "Town Clerck"'
tests/trial3/target-unknown.civic:7: scenario "a misspelt display name": error: no person or role is called "Town Clerck" (hint: did you mean "Town Clerk"?)
0 passed, 1 failed
[1]

