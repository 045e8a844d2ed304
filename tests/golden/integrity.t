# Integrity: the exit status is true to what happened, and nothing is
# written but the file named, the way it was asked for.
#
# Write errors: an answer that cannot be written (a full disk; /dev/full
# here) is a failure whatever the command found, said on stderr (exit 2);
# the REPL stops reading then.  A reader that stops early ends civic by
# SIGPIPE (status 141 from the shell), as it does any tool.
#
# civic test passes nothing it could not read: a dangling *.civic link, a
# FIFO named *.civic (never opened: it would wait for a writer), a path
# that does not exist, each is a failure of its own, in the order found (an
# unreadable directory needs an ordinary user: tests/tools/perms.sh).  A
# run that finds no scenario at all says so, and fails: a typo in a CI
# job's path must not pass.  A directory that links back to one being
# searched adds nothing (its files are on the list already) and is no error.
# render --coverage and diff --against find their files the same way
# (files.h): what in a directory cannot be read is said and fails the run;
# render then writes no page.
#
# Writing the JUnit report: a device is written, never replaced (a null
# device made for the test when we may, else /dev/null itself); a symbolic
# link stays a link and its target is replaced (made, when it does not
# exist yet); a report's mode is kept, a new one gets the umask's; a link
# planted where the old code put its temporary file (PATH.tmp.PID, PID being
# civic's, as `exec` keeps the shell's) is not followed; a directory or a
# missing directory is an error.  The report is well-formed XML whatever
# the names of files and scenarios hold: '&', '<', '>', quotes, control
# characters, bytes that are not UTF-8.
#
# `use` reads protocol files only: a file whose name (and, through links,
# whose real name) ends in .civic, or a standard module.  A secret, a
# process's environment, a device, a FIFO, a directory, a file without the
# ending, a .civic link to a secret: each refused at the `use` line, never
# opened, so no line of it is shown.  Files named on the command line must
# be regular files: a FIFO is refused at once (it would wait for a writer),
# and so is a device.
#
# Output is safe for a terminal: a control character is refused inside a
# string (the caret under it); a path given on the command line, a message
# quoting it, is shown with escapes (\x1B), never raw.
#
# The REPL reads a line at a time and keeps none without end: standard
# input from /dev/zero (no line end at all) stops at once with an error; a
# line of more than 64 KiB stops a script there; a definition of more than
# 1 MiB (a brace never closed) is dropped, and reading goes on.
#
# civic check and civic test search the directories they are given for
# *.civic files and run them on every core (CIVIC_JOBS threads, default the
# processors online): the output is the same bytes with 1, 2 or 8 threads,
# text, JSON and JUnit alike.  What a searched directory holds that cannot
# be read is said in its place (exit 2 for check, a failure for test).
#
# Smaller: a role managing itself, or two roles each managing the other, is
# an error; more than 10,000 roles is reported first, before the "unknown
# role" errors it causes (here the stdlib's roles come after the limit).
#
# The calendars cover 1900 to 2200, with the bank holidays complete from
# 1970: a deadline asked from before 1970 is refused (a holiday missing
# would move it); one that would fall past 2200 names that cause, not the
# calendar's closures; a scenario dated before 1970 is warned of, and one
# whose duties could fall due after 2200 is an error rather than a duty
# with no due date.

$ civic query protocols/houghton-regis.civic roles > /dev/full; echo "exit $?"
civic: write error: No space left on device
exit 2

$ civic check --json protocols/houghton-regis.civic > /dev/full; echo "exit $?"
civic: write error: No space left on device
exit 2

$ civic check protocols/newent.civic 2> /dev/null > /dev/full; echo "exit $?"
exit 0

$ civic check --today 2026-01-01 tests/check/ok.civic > /dev/full; echo "exit $?"
civic: write error: No space left on device
exit 2

$ civic test protocols/newent.test.civic > /dev/full; echo "exit $?"
civic: write error: No space left on device
exit 2

$ civic test --json protocols/newent.test.civic > /dev/full; echo "exit $?"
civic: write error: No space left on device
exit 2

$ civic run protocols/newent.test.civic > /dev/full; echo "exit $?"
civic: write error: No space left on device
exit 2

$ printf 'roles\nroles\n' | civic repl protocols/newent.civic > /dev/full; echo "exit $?"
civic: write error: No space left on device
exit 2

$ civic render --format md protocols/newent.civic > /dev/full; echo "exit $?"
civic: write error: No space left on device
exit 2

$ civic diff protocols/newent.civic protocols/wadhurst.civic > /dev/full; echo "exit $?"
civic: write error: No space left on device
exit 2

$ civic fmt protocols/newent.civic protocols/wadhurst.civic > /dev/full; echo "exit $?"
civic: write error: No space left on device
exit 2

$ d=$(mktemp -d) && awk 'BEGIN { print "use \"roles\""; for (i = 1; i <= 3000; i++) printf "[%d] Member must respond to enquiry in a timely manner\n", i }' > "$d/big.civic" && { civic check --json "$d/big.civic"; echo "exit $?" > "$d/rc"; } | head -n 1; cat "$d/rc"; rm -rf "$d"
{
exit 141

$ d=$(mktemp -d) && cd "$d" && mkdir dir && cp "$OLDPWD/protocols/newent.civic" "$OLDPWD/protocols/newent.test.civic" dir/ && ln -s gone.civic dir/a-dangling.civic && ln -s gone dir/b-dangling-other && mkfifo dir/c-fifo.civic && civic test dir missing.civic dir/c-fifo.civic; s=$?; cd / && rm -rf "$d"; exit $s
dir/a-dangling.civic: cannot read: No such file or directory
dir/c-fifo.civic: cannot read: not a regular file (a FIFO, a device or a socket)
missing.civic: cannot read: No such file or directory
41 passed, 3 failed
[1]

$ d=$(mktemp -d) && civic test "$d"; s=$?; rm -rf "$d"; exit $s
civic: no scenario found in the files and directories given
0 passed, 0 failed
[1]

$ civic test protocols/newent.civic
civic: no scenario found in the files and directories given
0 passed, 0 failed
[1]

$ d=$(mktemp -d) && cd "$d" && mkdir dir && cp "$OLDPWD/protocols/newent.civic" "$OLDPWD/protocols/newent.test.civic" dir/ && ln -s .. dir/up && civic test dir; s=$?; cd / && rm -rf "$d"; exit $s
41 passed, 0 failed

$ d=$(mktemp -d) && { mknod "$d/null" c 1 3 2>/dev/null && dev="$d/null" || dev=/dev/null; } && civic test --junit "$dev" protocols/newent.test.civic; test -c "$dev" && echo "still a character device"; rm -rf "$d"
41 passed, 0 failed
still a character device

$ d=$(mktemp -d) && cd "$d" && echo old > real.xml && ln -s real.xml link.xml && civic test --junit link.xml "$OLDPWD/protocols/newent.test.civic" > /dev/null; test -L link.xml && echo "link.xml is still a link"; grep -c '<testcase' real.xml; cd / && rm -rf "$d"
link.xml is still a link
41

$ d=$(mktemp -d) && cd "$d" && mkdir out && ln -s out/report.xml link.xml && civic test --junit link.xml "$OLDPWD/protocols/newent.test.civic" > /dev/null; test -L link.xml && echo "link.xml is still a link"; grep -c '<testcase' out/report.xml; cd / && rm -rf "$d"
link.xml is still a link
41

$ d=$(mktemp -d) && cd "$d" && touch report.xml && chmod 600 report.xml && civic test --junit report.xml "$OLDPWD/protocols/newent.test.civic" > /dev/null; stat -c %a report.xml; ls; cd / && rm -rf "$d"
600
report.xml

$ d=$(mktemp -d) && cd "$d" && umask 027 && civic test --junit new.xml "$OLDPWD/protocols/newent.test.civic" > /dev/null; stat -c %a new.xml; cd / && rm -rf "$d"
640

$ d=$(mktemp -d) && cd "$d" && echo "not to be touched" > victim && sh -c 'ln -s victim "report.xml.tmp.$$"; exec civic test --junit report.xml "$0/protocols/newent.test.civic" > /dev/null' "$OLDPWD"; cat victim; grep -c '<testcase' report.xml; cd / && rm -rf "$d"
not to be touched
41

$ d=$(mktemp -d) && cd "$d" && mkdir sub && civic test --junit sub "$OLDPWD/protocols/newent.test.civic" > /dev/null; s=$?; cd / && rm -rf "$d"; exit $s
civic: cannot write 'sub': Is a directory
[2]

$ civic test --junit /nonexistent-dir/report.xml protocols/newent.test.civic > /dev/null
civic: cannot write '/nonexistent-dir/report.xml': No such file or directory
[2]

$ d=$(mktemp -d) && odd="$d/$(printf 'a&b<c>"d\047e\001\377')" && mkdir "$odd" && cp tests/failing/wrong.civic "$odd/" && civic test --junit "$d/out.xml" "$d" > /dev/null; echo "exit $?"; xmllint --noout "$d/out.xml" && echo "well-formed"; grep -c '<failure' "$d/out.xml"; grep -o 'testsuite name="[^"]*"' "$d/out.xml" | sed "s|$d|DIR|"; rm -rf "$d"
exit 1
well-formed
4
testsuite name="DIR/a&amp;b&lt;c&gt;&quot;d&apos;e??/wrong.civic"

$ d=$(mktemp -d) && cd "$d" && printf 'password=hunter2\n' > secret.txt && printf 'password=hunter2\n' > notes && ln -s secret.txt leak.civic && mkfifo pipe.civic && mkdir folder.civic && printf 'use "secret.txt"\nuse "/etc/passwd"\nuse "/proc/self/environ"\nuse "/dev/zero"\nuse "pipe"\nuse "folder.civic"\nuse "notes"\nuse "leak"\nrole Clerk\n' > p.civic && timeout 10 civic check p.civic 2>&1 | sed "s|$(pwd -P)|DIR|"; cd / && rm -rf "$d"
p.civic:1:5: error: './secret.txt' is not a protocol file: its name does not end in '.civic' [use-not-protocol]
    1 | use "secret.txt"
      |     ^~~~~~~~~~~~
hint: 'use' reads Civic files (NAME.civic, written without '.civic') and standard modules such as "roles"
p.civic:2:5: error: '/etc/passwd' is not a protocol file: its name does not end in '.civic' [use-not-protocol]
    2 | use "/etc/passwd"
      |     ^~~~~~~~~~~~~
hint: 'use' reads Civic files (NAME.civic, written without '.civic') and standard modules such as "roles"
p.civic:3:5: error: '/proc/self/environ' is not a protocol file: its name does not end in '.civic' [use-not-protocol]
    3 | use "/proc/self/environ"
      |     ^~~~~~~~~~~~~~~~~~~~
hint: 'use' reads Civic files (NAME.civic, written without '.civic') and standard modules such as "roles"
p.civic:4:5: error: '/dev/zero' is not a regular file, so not a protocol file [use-not-protocol]
    4 | use "/dev/zero"
      |     ^~~~~~~~~~~
hint: 'use' reads Civic files (NAME.civic, written without '.civic') and standard modules such as "roles"
p.civic:5:5: error: './pipe.civic' is not a regular file, so not a protocol file [use-not-protocol]
    5 | use "pipe"
      |     ^~~~~~
hint: 'use' reads Civic files (NAME.civic, written without '.civic') and standard modules such as "roles"
p.civic:6:5: error: './folder.civic' is a directory, not a protocol file [use-not-protocol]
    6 | use "folder.civic"
      |     ^~~~~~~~~~~~~~
hint: 'use' reads Civic files (NAME.civic, written without '.civic') and standard modules such as "roles"
p.civic:7:5: error: './notes' is not a protocol file: its name does not end in '.civic' [use-not-protocol]
    7 | use "notes"
      |     ^~~~~~~
hint: 'use' reads Civic files (NAME.civic, written without '.civic') and standard modules such as "roles"
p.civic:8:5: error: './leak.civic' leads to 'DIR/secret.txt', which is not a protocol file: its name does not end in '.civic' [use-not-protocol]
    8 | use "leak"
      |     ^~~~~~
hint: 'use' reads Civic files (NAME.civic, written without '.civic') and standard modules such as "roles"
p.civic: 8 errors, 0 warnings

$ d=$(mktemp -d) && mkfifo "$d/f.civic" && timeout 10 civic check "$d/f.civic" 2>&1 | sed "s|$d|DIR|"; rm -rf "$d"
civic: cannot read 'DIR/f.civic': not a regular file (a FIFO, a device or a socket)

$ timeout 10 civic check /dev/zero
civic: cannot read '/dev/zero': not a regular file (a FIFO, a device or a socket)
[2]

$ timeout 10 civic query /dev/null roles
civic: cannot read '/dev/null': not a regular file (a FIFO, a device or a socket)
[2]

$ d=$(mktemp -d) && mkfifo "$d/f.civic" && timeout 10 civic run "$d/f.civic" 2>&1 | sed "s|$d|DIR|"; rm -rf "$d"
civic: cannot read 'DIR/f.civic': not a regular file (a FIFO, a device or a socket)

$ d=$(mktemp -d) && printf 'protocol "P" {\n  council "Evil\033]0;pwned\007 Town"\n  review every 1 year\n  reviewed 2026-01-01\n}\nrole Clerk "The \302\233 Clerk"\nrole Typist "tab\there"\n' > "$d/esc.civic" && civic check "$d/esc.civic" 2>&1 | sed "s|$d|DIR|"; rm -rf "$d"
DIR/esc.civic:2:16: error: a control character (0x1B) inside a string [control-char]
    2 |   council "Evil?]0;pwned? Town"
      |                ^
hint: remove it: a string holds text, and a control character in it could disturb the terminal that shows an answer
DIR/esc.civic:6:17: error: a control character (U+009B) inside a string [control-char]
    6 | role Clerk "The ? Clerk"
      |                 ^
hint: remove it: a string holds text, and a control character in it could disturb the terminal that shows an answer
DIR/esc.civic: 2 errors, 0 warnings

$ civic check "$(printf 'evil\033]0;title\007.civic')"
civic: cannot read 'evil\x1B]0;title\x07.civic': No such file or directory
[2]

$ civic query "$(printf 'evil\033[2J.civic')" roles
civic: cannot read 'evil\x1B[2J.civic': No such file or directory
[2]

$ civic "$(printf 'chec\033[2Jk')"
civic: 'chec\x1B[2Jk' is not a command; the commands are check, query, test, run, repl, fmt, diff, init, render, lsp, audit and explain-error
Try 'civic --help' for more information.
[2]

$ timeout 10 civic repl < /dev/zero
civic: line 1 of the input is longer than 64 KiB; reading stopped there
[1]

$ awk 'BEGIN { print "holidays 2026"; s = "x"; while (length(s) < 70000) s = s s; print s; print "roles" }' | timeout 10 civic repl 2>&1 | tail -n 2
  Mon 28 Dec 2026  Boxing Day (substitute day)
civic: line 2 of the input is longer than 64 KiB; reading stopped there

$ { echo 'role X {'; yes 'aka Y' | head -n 200000; echo '}'; echo 'roles'; } | timeout 20 civic repl 2>&1 | head -n 2
civic: this definition is longer than 1024 KiB; it was not added
<repl:2>:1:1: error: unexpected 'aka' [syntax]

$ d=$(mktemp -d) && for j in 1 2 8; do CIVIC_JOBS=$j civic check --today 2026-01-01 protocols tests/check tests/scenarios > "$d/text$j" 2>&1; echo "exit $?" >> "$d/text$j"; CIVIC_JOBS=$j civic check --json --today 2026-01-01 protocols tests/check tests/scenarios > "$d/json$j" 2>&1; echo "exit $?" >> "$d/json$j"; done; cmp "$d/text1" "$d/text2" && cmp "$d/text1" "$d/text8" && cmp "$d/json1" "$d/json2" && cmp "$d/json1" "$d/json8" && echo "the same with 1, 2 and 8 threads"; tail -n 1 "$d/text1"; grep -c '"file"' "$d/json1"; rm -rf "$d"
the same with 1, 2 and 8 threads
exit 1
457

$ d=$(mktemp -d) && for j in 1 2 8; do CIVIC_JOBS=$j civic test --today 2026-01-01 --junit "$d/junit$j" protocols tests/scenarios tests/failing > "$d/text$j" 2>&1; echo "exit $?" >> "$d/text$j"; CIVIC_JOBS=$j civic test --json --today 2026-01-01 protocols tests/scenarios tests/failing > "$d/json$j" 2>&1; done; cmp "$d/text1" "$d/text2" && cmp "$d/text1" "$d/text8" && cmp "$d/json1" "$d/json2" && cmp "$d/json1" "$d/json8" && cmp "$d/junit1" "$d/junit2" && cmp "$d/junit1" "$d/junit8" && echo "the same with 1, 2 and 8 threads"; tail -n 2 "$d/text1"; rm -rf "$d"
the same with 1, 2 and 8 threads
319 passed, 4 failed
exit 1

$ d=$(mktemp -d) && cd "$d" && mkdir dir && cp "$OLDPWD/protocols/newent.civic" dir/ && ln -s gone.civic dir/a-dangling.civic && mkfifo dir/b-fifo.civic && touch dir/notes.txt && civic check --today 2026-01-01 dir; s=$?; cd / && rm -rf "$d"; exit $s
civic: cannot read 'dir/a-dangling.civic': No such file or directory
civic: cannot read 'dir/b-fifo.civic': not a regular file (a FIFO, a device or a socket)
dir/newent.civic:12:15: warning: the protocol's review was due in 2024 and is overdue as of 2026-01-01 [review-overdue]
   12 |   next review 2024
      |               ^~~~
hint: after the council reviews it, record the date: 'reviewed 2026-01-01'
dir/newent.civic:57:31: warning: [8] adopts a vague deadline ('timely'): it cannot be checked [vague-deadline]
   57 | [8]    adopts [MP-2], [MP-3], [MP-10], [MP-11], [MP-12], [MP-16]
      |                               ^~~~~~~
hint: to set a period, write the rule in full with 'within 2 working days' and 'omits [MP-10]'
dir/newent.civic:72:29: warning: vague deadline 'timely': it cannot be checked [vague-deadline]
   72 |   respond to complaint in a timely manner
      |                             ^~~~~~
hint: write a period, like 'within 2 working days'
dir/newent.civic: 0 errors, 3 warnings
[2]

$ printf 'use "roles"\nrole Boss is Officer\nBoss manages Boss\nrole Head is Officer manages Deputy\nrole Deputy is Officer manages Head\nClerk manages Officer\n' > /tmp/civic-manage.$$.civic && civic check --today 2026-01-01 /tmp/civic-manage.$$.civic 2>&1 | sed "s|/tmp/civic-manage.[0-9]*.civic|FILE|"; rm -f /tmp/civic-manage.$$.civic
FILE:3:1: error: 'Boss manages Boss': a role cannot manage itself [self-manage]
    3 | Boss manages Boss
      | ^~~~~~~~~~~~~~~~~
hint: name the role that manages it, like 'Council manages Boss'
FILE:5:6: error: 'Deputy manages Head', but line 4 says 'Head manages Deputy': each would manage the other [self-manage]
    5 | role Deputy is Officer manages Head
      |      ^~~~~~
hint: management runs one way: remove one of the two
FILE: 2 errors, 0 warnings

$ d=$(mktemp -d) && cd "$d" && awk 'BEGIN { print "use \"roles\""; for (i = 0; i < 10005; i++) printf "role R%d is Officer\n", i }' > many.civic && civic check many.civic 2>&1 | head -n 9; cd / && rm -rf "$d"
many.civic:10002:6: error: more than 10000 roles: this one and those after it are not read [too-many]
10002 | role R10000 is Officer
      |      ^~~~~~
hint: split the file, or write the rules once for a role that covers the others
hint: a name of a role not read is unknown wherever it is used: fix this first
many.civic:2:12: error: unknown role 'Officer' [unknown-role]
    2 | role R0 is Officer
      |            ^~~~~~~
hint: 'Officer' is a role of the standard library: add 'use "roles"' at the top of the file

$ civic query protocols/houghton-regis.civic 'deadline 10.2 from 1965-03-01'
<query>:1:20: error: no deadline is worked out from before 1970: the calendars' bank holidays are incomplete there [calendar-range]
    1 | deadline 10.2 from 1965-03-01
      |                    ^~~~~~~~~~
hint: the standard calendars hold the bank holidays from 1970 on; count the days by hand against the holidays of the time
[1]

$ civic query protocols/houghton-regis.civic 'deadline 10.2 from 1970-01-01'
[10.2] Officer must respond to enquiry from Member within 2 working days, otherwise acknowledge enquiry and give timescale within 2 working days
From Thu 1 Jan 1970: due by the close of Mon 5 Jan 1970 (England and Wales calendar).
Counted in working days from the day after 1970-01-01 (the day of the enquiry itself does not count), on the England and Wales calendar: due by the close of the 2nd working day.
Otherwise (acknowledge enquiry and give timescale): by the close of Mon 5 Jan 1970.

$ civic query protocols/houghton-regis.civic 'deadline 10.2 from 2200-12-30'
<query>:1:30: error: no due date can be found: it would fall after 2200-12-31, past the last year Civic's calendars cover [calendar-range]
    1 | deadline 10.2 from 2200-12-30
      |                              ^
hint: Civic's calendars cover 1900 to 2200, with the bank holidays complete from 1970
[1]

$ civic query --json protocols/houghton-regis.civic 'deadline 10.2 from 2200-12-30'
{
  "kind": "deadline",
  "query": "deadline 10.2 from 2200-12-30",
  "errors": [
    {
      "file": "<query>",
      "line": 1,
      "col": 30,
      "end_col": 31,
      "severity": "error",
      "code": "calendar-range",
      "message": "no due date can be found: it would fall after 2200-12-31, past the last year Civic's calendars cover",
      "hints": [
        "Civic's calendars cover 1900 to 2200, with the bank holidays complete from 1970"
      ]
    }
  ],
  "diagnostics": [
    {
      "file": "<query>",
      "line": 1,
      "col": 30,
      "end_col": 31,
      "severity": "error",
      "code": "calendar-range",
      "message": "no due date can be found: it would fall after 2200-12-31, past the last year Civic's calendars cover",
      "hints": [
        "Civic's calendars cover 1900 to 2200, with the bank holidays complete from 1970"
      ]
    }
  ],
  "ok": false
}
[1]

$ printf 'use "roles"\n[1] Officer must respond to enquiry from Member within 2 working days\nscenario "late" {\n  person alice is Member\n  person bob is Officer\n  2200-12-30 alice sends enquiry to bob\n}\nscenario "early" {\n  person alice is Member\n  person bob is Officer\n  1965-12-30 alice sends enquiry to bob\n  1965-12-31 alice sends enquiry to bob\n}\n' > /tmp/civic-dates.$$.civic && civic test --today 2026-01-01 /tmp/civic-dates.$$.civic 2>&1 | sed "s|/tmp/civic-dates.[0-9]*.civic|FILE|"; rm -f /tmp/civic-dates.$$.civic
FILE:6:3: error: a duty opened on 2200-12-30 could fall due after 2200-12-31, past the last year Civic's calendars cover [calendar-range]
    6 |   2200-12-30 alice sends enquiry to bob
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: date the scenario's events earlier
FILE:11:3: warning: this event is dated 1965-12-30, before 1970: the calendars' bank holidays are incomplete there, so a due date may be wrong [calendar-range]
   11 |   1965-12-30 alice sends enquiry to bob
      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
hint: the standard calendars hold the bank holidays from 1970 on
FILE:6: scenario "late": error: a duty opened on 2200-12-30 could fall due after 2200-12-31, past the last year Civic's calendars cover (hint: date the scenario's events earlier)
1 passed, 1 failed

$ d=$(mktemp -d) && f="$d/$(printf 'evil\033[2J').civic" && printf 'use "roles"\nscenario "quiet" {\n  person alice is Member\n  2026-01-05 nothing\n}\n' > "$f" && civic run --today 2026-01-01 "$f" 2>&1 | sed "s|$d|DIR|"; civic run --today 2026-01-01 "$f" nosuch 2>&1 | sed "s|$d|DIR|"; rm -rf "$d"
scenario "quiet" (DIR/evil\x1B[2J.civic:2)
result: 0 of 0 expectations met; 0 opened, 0 fulfilled, 0 breached, 0 departed, 0 still open
civic: DIR/evil\x1B[2J.civic has no scenario named "nosuch"
  "quiet"

$ d=$(mktemp -d) && cd "$d" && mkdir dir && cp "$OLDPWD/protocols/newent.civic" "$OLDPWD/protocols/newent.test.civic" dir/ && ln -s gone.civic dir/a-dangling.civic && mkfifo dir/c-fifo.civic && civic render --today 2026-12-06 -f md --coverage dir -o page.md dir/newent.civic; s=$?; ls; cd / && rm -rf "$d"; exit $s
civic: cannot read 'dir/a-dangling.civic': No such file or directory
civic: cannot read 'dir/c-fifo.civic': not a regular file (a FIFO, a device or a socket)
dir
[2]

$ d=$(mktemp -d) && cd "$d" && mkdir dir && cp "$OLDPWD/protocols/newent.civic" dir/ && cp dir/newent.civic dir/other.civic && ln -s gone.civic dir/a-dangling.civic && mkfifo dir/c-fifo.civic && civic diff --today 2026-12-06 --against dir/newent.civic dir | tail -n 1; civic diff --today 2026-12-06 --against dir/newent.civic dir > /dev/null 2>&1; s=$?; cd / && rm -rf "$d"; exit $s
civic: cannot read 'dir/a-dangling.civic': No such file or directory
civic: cannot read 'dir/c-fifo.civic': not a regular file (a FIFO, a device or a socket)
3 councils: 1 as the model, 0 departing from it, 2 with errors
[2]

$ for j in abc 0 -1; do CIVIC_JOBS=$j civic check --today 2026-01-01 tests/check/ok.civic 2>&1 | sed 's/using [0-9]*$/using N/'; done
civic: warning: CIVIC_JOBS='abc' is not a number of threads from 1 to 8; using N
tests/check/ok.civic: ok (21 roles, 2 rules, 0 routes, 0 scenarios)
civic: warning: CIVIC_JOBS='0' is not a number of threads from 1 to 8; using N
tests/check/ok.civic: ok (21 roles, 2 rules, 0 routes, 0 scenarios)
civic: warning: CIVIC_JOBS='-1' is not a number of threads from 1 to 8; using N
tests/check/ok.civic: ok (21 roles, 2 rules, 0 routes, 0 scenarios)

