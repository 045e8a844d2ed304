# civic audit: a council's register (CSV) run through its protocol by a map
# (a register block); fixtures in tests/audit/.  In order: a register under
# Houghton Regis 10.2 (each row its own matter: bob's late answer to E2 does
# not meet E3's duty), --fail-on-breach, duties open as of --today, --csv,
# --json; RFC 4180 (a byte-order mark, CRLF, quoted cells with commas, quotes
# and a line break, headers named otherwise and in another order); every
# kind of bad row (line, the cell at fault, a hint; the rest audited; exit 1);
# declared people ("is person") and roles ("is role") in cells; a register
# without a column the map needs (one error for the file); two registers
# (ids are each register's own); a map written wrong; a protocol that is no
# map; usage errors and unreadable files (exit 2); and exactness: the
# breaches found are the generator's own count of those it made.  Then a
# register on standard input and --today as DD/MM/YYYY; an empty register
# (or a byte-order mark alone); a title above the header (the error says
# where the header seems to be); two columns the map reads as one; a cell
# under no header, a NUL in a name, and one summary line a person however
# the rows spell them; a file with no line breaks (one error, cut); a long
# row's excerpt, a window around the cell; --json for an unreadable file.

$ civic audit --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/enquiries.csv
E2: breach of [10.2], due 2025-12-29 (bob): answered 2025-12-31, 2 working days late
E3: breach of [10.2], due 2025-12-29 (bob): never answered
E5: breach of [10.2], due 2026-01-07 (bob): answered 2026-01-08, 1 working day late
E7: breach of [10.2], due 2026-01-08 (dave): answered 2026-01-23, 11 working days late; acknowledged 2026-01-12, 2 working days late
E8: breach of [10.2], due 2026-01-30 (bob): never answered

Summary
  by clause    duties       met  breached  departed      open
  [10.2]            9         4         5         0         0
  [4.3]             9         7         0         0         2

  by person    duties       met  breached  departed      open
  bob              10         4         4         0         2
  dave              6         5         1         0         0
  erin              2         2         0         0         0

  by month    duties       met  breached  departed      open
  2025-12          6         3         2         0         1
  2026-01         12         8         3         0         1

2 duties still open with no deadline to miss ("in a timely manner"), which cannot be checked
9 rows checked: 5 breaches, 0 departures, 0 rows with errors

$ civic audit --fail-on-breach --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/small.csv
E2: breach of [10.2], due 2025-12-29 (bob): answered 2025-12-31, 2 working days late
E3: breach of [10.2], due 2025-12-29 (bob): never answered
E5: breach of [10.2], due 2026-01-07 (bob): answered 2026-01-08, 1 working day late

Summary
  by clause    duties       met  breached  departed      open
  [10.2]            5         2         3         0         0
  [4.3]             5         4         0         0         1

  by person    duties       met  breached  departed      open
  bob               8         4         3         0         1
  dave              2         2         0         0         0

  by month    duties       met  breached  departed      open
  2025-12          6         3         2         0         1
  2026-01          4         3         1         0         0

1 duty still open with no deadline to miss ("in a timely manner"), which cannot be checked
5 rows checked: 3 breaches, 0 departures, 0 rows with errors
[1]

$ civic audit --today 2026-01-29 protocols/houghton-regis.register.civic tests/audit/enquiries.csv | tail -n 3
1 duty still open as of today: not breached yet
2 duties still open with no deadline to miss ("in a timely manner"), which cannot be checked
9 rows checked: 4 breaches, 0 departures, 0 rows with errors

$ civic audit --csv --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/enquiries.csv
kind,register,line,id,clause,person,month,due,what,duties,met,breached,departed,open
breach,tests/audit/enquiries.csv,3,E2,10.2,bob,2025-12,2025-12-29,"answered 2025-12-31, 2 working days late",,,,,
breach,tests/audit/enquiries.csv,4,E3,10.2,bob,2025-12,2025-12-29,never answered,,,,,
breach,tests/audit/enquiries.csv,6,E5,10.2,bob,2026-01,2026-01-07,"answered 2026-01-08, 1 working day late",,,,,
breach,tests/audit/enquiries.csv,8,E7,10.2,dave,2026-01,2026-01-08,"answered 2026-01-23, 11 working days late; acknowledged 2026-01-12, 2 working days late",,,,,
breach,tests/audit/enquiries.csv,9,E8,10.2,bob,2026-01,2026-01-30,never answered,,,,,
clause,,,,10.2,,,,,9,4,5,0,0
clause,,,,4.3,,,,,9,7,0,0,2
person,,,,,bob,,,,10,4,4,0,2
person,,,,,dave,,,,6,5,1,0,0
person,,,,,erin,,,,2,2,0,0,0
month,,,,,,2025-12,,,6,3,2,0,1
month,,,,,,2026-01,,,12,8,3,0,1
total,,,,,,,,9 rows checked: 5 breaches, 0 departures, 0 rows with errors,,,5,0,2

$ civic audit --json --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/small.csv
{
  "kind": "audit",
  "map": "protocols/houghton-regis.register.civic",
  "register_name": "Members' enquiries",
  "registers": [
    "tests/audit/small.csv"
  ],
  "today": "2026-02-02",
  "findings": [
    {
      "kind": "breach",
      "register": "tests/audit/small.csv",
      "line": 3,
      "id": "E2",
      "clause": "10.2",
      "forbidden": false,
      "due": "2025-12-29",
      "raised": "2025-12-23",
      "person": "bob",
      "what": "answered 2025-12-31, 2 working days late"
    },
    {
      "kind": "breach",
      "register": "tests/audit/small.csv",
      "line": 4,
      "id": "E3",
      "clause": "10.2",
      "forbidden": false,
      "due": "2025-12-29",
      "raised": "2025-12-23",
      "person": "bob",
      "what": "never answered"
    },
    {
      "kind": "breach",
      "register": "tests/audit/small.csv",
      "line": 6,
      "id": "E5",
      "clause": "10.2",
      "forbidden": false,
      "due": "2026-01-07",
      "raised": "2026-01-05",
      "person": "bob",
      "what": "answered 2026-01-08, 1 working day late"
    }
  ],
  "summary": {
    "by_clause": [
      {
        "clause": "10.2",
        "duties": 5,
        "met": 2,
        "breached": 3,
        "departed": 0,
        "open": 0,
        "first_open_due": null
      },
      {
        "clause": "4.3",
        "duties": 5,
        "met": 4,
        "breached": 0,
        "departed": 0,
        "open": 1,
        "first_open_due": null
      }
    ],
    "by_person": [
      {
        "person": "bob",
        "duties": 8,
        "met": 4,
        "breached": 3,
        "departed": 0,
        "open": 1,
        "first_open_due": null
      },
      {
        "person": "dave",
        "duties": 2,
        "met": 2,
        "breached": 0,
        "departed": 0,
        "open": 0,
        "first_open_due": null
      }
    ],
    "by_month": [
      {
        "month": "2025-12",
        "duties": 6,
        "met": 3,
        "breached": 2,
        "departed": 0,
        "open": 1,
        "first_open_due": null
      },
      {
        "month": "2026-01",
        "duties": 4,
        "met": 3,
        "breached": 1,
        "departed": 0,
        "open": 0,
        "first_open_due": null
      }
    ]
  },
  "rows": 5,
  "breaches": 3,
  "departures": 0,
  "open": 1,
  "open_no_deadline": 1,
  "errors": 0,
  "result": "5 rows checked: 3 breaches, 0 departures, 0 rows with errors",
  "diagnostics": [],
  "ok": true
}

$ civic audit --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/quoted.csv
E1: breach of [10.2], due 2025-12-29 (Smith, Jo): answered 2025-12-31, 2 working days late
E2: breach of [10.2], due 2026-01-07 (Smith, Jo): never answered

Summary
  by clause    duties       met  breached  departed      open
  [10.2]            3         1         2         0         0
  [4.3]             3         2         0         0         1

  by person    duties       met  breached  departed      open
  Smith, Jo         4         1         2         0         1
  dave              2         2         0         0         0

  by month    duties       met  breached  departed      open
  2025-12          2         1         1         0         0
  2026-01          4         2         1         0         1

1 duty still open with no deadline to miss ("in a timely manner"), which cannot be checked
3 rows checked: 2 breaches, 0 departures, 0 rows with errors

$ civic audit --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/bad.csv
tests/audit/bad.csv:2:4: error: no such day: '2025-02-30' in 'received' [bad-date]
    2 | B1,2025-02-30,alice,bob,
      |    ^~~~~~~~~~
hint: write dates as YYYY-MM-DD (2025-12-23) or DD/MM/YYYY (23/12/2025); leave the cell empty when it has not happened
tests/audit/bad.csv:3:4: error: '23.12.2025' in 'received' is not a date [bad-date]
    3 | B2,23.12.2025,alice,bob,
      |    ^~~~~~~~~~
hint: write dates as YYYY-MM-DD (2025-12-23) or DD/MM/YYYY (23/12/2025); leave the cell empty when it has not happened
tests/audit/bad.csv:4:20: error: the row has 3 cells: 'officer' is cell 4 [missing-cell]
    4 | B3,2025-03-03,alice
      |                    ^
hint: a row has a cell for every column of the header, empty or not
tests/audit/bad.csv:5:21: error: no name in 'officer' [missing-cell]
    5 | B4,2025-03-03,alice,,2025-03-04
      |                     ^
hint: every row names its people: fill the cell, or remove the row
tests/audit/bad.csv:6:15: error: no name in 'member' [missing-cell]
    6 | B5,2025-03-03,,bob,2025-03-04
      |               ^
hint: every row names its people: fill the cell, or remove the row
tests/audit/bad.csv:7:25: error: 'responded' is 2025-03-01, before 'received' (2025-03-03), when the matter was raised [date-order]
    7 | B6,2025-03-03,alice,bob,2025-03-01
      |                         ^~~~~~~~~~
hint: check both dates: a row's matter is answered after it is raised
tests/audit/bad.csv:8:4: error: no date in 'received' [missing-cell]
    8 | B7,,alice,bob,2025-03-04
      |    ^
hint: every row raises its matter on a day: fill the cell, or remove the row
tests/audit/bad.csv:10:1: error: the id 'B8' is used by an earlier row [duplicate-id]
   10 | B8,2025-03-03,alice,bob,2025-03-05
      | ^~
hint: give each row its own id, or remove the copy
tests/audit/bad.csv:11:1: error: no id in 'id' [missing-cell]
   11 | ,2025-03-03,alice,bob,2025-03-04
      | ^
hint: every row needs its own id
tests/audit/bad.csv:12:25: error: 'responded' is 2031-01-01, after today (2026-02-02) [after-today]
   12 | B9,2025-03-03,alice,bob,2031-01-01
      |                         ^~~~~~~~~~
hint: give the day the register was taken with --today
B10: breach of [10.2], due 2025-03-05 (bob): answered 2025-03-10, 3 working days late
tests/audit/bad.csv:14:37: error: a quoted cell is not closed before the end of the file [bad-quote]
   14 | B11,2025-03-03,alice,bob,"2025-03-04
      |                                     ^
hint: end a quoted cell with a double quote; write a quote inside one as ""

Summary
  by clause    duties       met  breached  departed      open
  [10.2]            2         1         1         0         0
  [4.3]             2         2         0         0         0

  by person    duties       met  breached  departed      open
  bob               4         3         1         0         0

  by month    duties       met  breached  departed      open
  2025-03          4         3         1         0         0

2 rows checked: 1 breaches, 0 departures, 11 rows with errors
[1]

$ civic audit --json --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/bad.csv | grep -c '"kind": "error"'
11

$ civic audit --today 2026-02-02 tests/audit/named.register.civic tests/audit/named.csv
tests/audit/named.csv:3:15: error: unknown person 'alyce' in 'from' [unknown-person]
    3 | N2,2026-01-05,alyce,Officer,2026-01-06
      |               ^~~~~
hint: did you mean 'alice'?
tests/audit/named.csv:4:21: error: unknown role 'Oficer' in 'to' [unknown-role]
    4 | N3,2026-01-05,carol,Oficer,2026-01-09
      |                     ^~~~~~
hint: did you mean 'Officer'?
N4: breach of [10.2], due 2026-01-07 (Clerk): never answered

Summary
  by clause    duties       met  breached  departed      open
  [10.2]            2         1         1         0         0
  [4.3]             2         1         0         0         1

  by person    duties       met  breached  departed      open
  Clerk             2         0         1         0         1
  Officer           2         2         0         0         0

  by month    duties       met  breached  departed      open
  2026-01          4         2         1         0         1

1 duty still open with no deadline to miss ("in a timely manner"), which cannot be checked
2 rows checked: 1 breaches, 0 departures, 2 rows with errors
[1]

$ civic audit --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/no-officer.csv
tests/audit/no-officer.csv:1:29: error: the register has no column 'officer': no row of it is audited [missing-column]
    1 | id,received,member,responded
      |                             ^
hint: the map (Members' enquiries) reads 'officer' under the header 'officer'; add a header to the map, or mark the column optional
0 rows checked: 0 breaches, 0 departures, 0 rows with errors
[1]

$ civic audit --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/small.csv tests/audit/enquiries.csv | tail -n 1
14 rows checked: 8 breaches, 0 departures, 0 rows with errors

$ civic audit --today 2026-02-02 tests/audit/bad-map.civic tests/audit/small.csv
tests/audit/bad-map.civic:7:22: error: unknown role 'Memebr' [unknown-role]
    7 |   member "member" is Memebr
      |                      ^~~~~~
hint: did you mean 'Member'?
tests/audit/bad-map.civic:9:3: error: the column 'officer' is declared twice [bad-register]
    9 |   officer "officer again"
      |   ^~~~~~~
hint: a register block has column lines, NAME "HEADER" [is ROLE], and event lines, on COLUMN WHO ACTION [THING] [to WHO] (docs/LANGUAGE.md, Registers)
tests/audit/bad-map.civic:11:6: error: no column 'recieved' is declared [unknown-column]
   11 |   on recieved member sends enquiry to officer
      |      ^~~~~~~~
hint: did you mean 'received'?
tests/audit/bad-map.civic:12:16: error: 'oficer' is neither a column of people nor a role [unknown-column]
   12 |   on responded oficer responds to enquiry
      |                ^~~~~~
hint: did you mean 'officer'?
tests/audit/bad-map.civic:13:24: error: unknown action 'anwsers' [unknown-action]
   13 |   on responded officer anwsers enquiry
      |                        ^~~~~~~
hint: declare it with 'action NAME', or check the spelling
[1]

$ civic audit --json --today 2026-02-02 tests/audit/bad-map.civic tests/audit/small.csv | grep -E '"(kind|ok)"'
  "kind": "audit",
  "ok": false

$ civic audit --today 2026-02-02 protocols/houghton-regis.civic tests/audit/small.csv
protocols/houghton-regis.civic:11:3: warning: the protocol's review was due on 2019-03-26 and is overdue as of 2026-02-02 [review-overdue]
   11 |   review   annually [13.1]
      |   ^~~~~~~~~~~~~~~~~~~~~~~~
hint: after the council reviews it, record the date: 'reviewed 2026-02-02'
protocols/houghton-regis.civic:64:14: warning: [4.3] adopts a vague deadline ('timely'): it cannot be checked [vague-deadline]
   64 | [4.3] adopts [MP-10], [MP-11], [MP-12], [MP-13], [MP-14], [MP-15], [MP-16]
      |              ^~~~~~~
hint: to set a period, write the rule in full with 'within 2 working days' and 'omits [MP-10]'
protocols/houghton-regis.civic:67:29: warning: vague deadline 'timely': it cannot be checked [vague-deadline]
   67 |   respond to complaint in a timely manner
      |                             ^~~~~~
hint: write a period, like 'within 2 working days'
protocols/houghton-regis.civic:1:1: error: protocols/houghton-regis.civic has no register block [bad-register]
    1 | # Houghton Regis Town Council — Officer/Member Protocol, in Civic.
      | ^
hint: civic audit MAP.civic REGISTER.csv: MAP.civic uses the protocol and says, in a 'register "NAME" { … }' block, how the register's columns become events (docs/LANGUAGE.md, "Registers")
[1]

$ civic audit protocols/houghton-regis.register.civic
civic: no register to audit: give one or more CSV files after the map
Try 'civic audit --help' for more information.
[2]

$ civic audit --json --csv protocols/houghton-regis.register.civic tests/audit/small.csv
civic: --json and --csv: give one of them
Try 'civic audit --help' for more information.
[2]

$ civic audit protocols/houghton-regis.register.civic tests/audit/no-such.csv
civic: cannot read 'tests/audit/no-such.csv': No such file or directory
[2]

$ civic audit protocols/houghton-regis.register.civic tests/audit
civic: cannot read 'tests/audit': Is a directory
[2]

$ sh tests/audit/exact.sh 5000
ok (--seed 1): 5000 rows checked: 1423 breaches, 0 departures, 0 rows with errors
ok (--seed 2 --ack): 5000 rows checked: 1512 breaches, 0 departures, 0 rows with errors
ok (--seed 3 --ack --bad 97): 4949 rows checked: 1491 breaches, 0 departures, 51 rows with errors

$ d=$(mktemp -d) && cd "$d" && printf 'use "roles"\n[1] Member must not instruct Officer\n\nregister "instructions" {\n  id "id"\n  given "given"\n  member "member" is Member\n  officer "officer" is Officer\n\n  on given member gives an instruction to officer\n}\n' > map.civic && printf 'id,given,member,officer\nI1,2026-01-12,alice,bob\n' > reg.csv && civic audit --today 2026-11-22 map.civic reg.csv | head -1; cd / && rm -rf "$d"
I1: breach of [1], on 2026-01-12 (alice): instructed 2026-01-12, which the rule forbids

$ civic audit --today 02/02/2026 protocols/houghton-regis.register.civic - < tests/audit/small.csv | tail -n 1
5 rows checked: 3 breaches, 0 departures, 0 rows with errors

$ d=$(mktemp -d) && : > "$d/empty.csv" && printf '\357\273\277' > "$d/bom.csv" && civic audit --today 2026-02-02 protocols/houghton-regis.register.civic "$d/empty.csv" "$d/bom.csv" 2>&1 | sed "s|$d/||"; rm -rf "$d"
empty.csv:1: error: the register is empty: no header and no rows [empty-register]
    1 | 
hint: give the register's header on its first line, then a row per matter
bom.csv:1: error: the register is empty: no header and no rows [empty-register]
    1 | 
hint: give the register's header on its first line, then a row per matter
0 rows checked: 0 breaches, 0 departures, 0 rows with errors

$ civic audit --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/title.csv
tests/audit/title.csv:1:28: error: the register has no column 'id', 'received', 'member', 'officer' or 'responded': no row of it is audited [missing-column]
    1 | Members' enquiries 2025,,,,
      |                            ^
hint: the map (Members' enquiries) reads 'id' under the header 'id', 'ref' or 'reference'; 'received' under the header 'received' or 'date received'; 'member' under the header 'member' or 'councillor'; 'officer' under the header 'officer'; 'responded' under the header 'responded', 'date responded' or 'answered'; the header seems to be on line 3: remove the lines above it
0 rows checked: 0 breaches, 0 departures, 0 rows with errors
[1]

$ civic audit --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/twin.csv
tests/audit/twin.csv:1:38: error: the register has two columns the map reads as 'id' (cells 1 and 6): no row of it is audited [duplicate-column]
    1 | id,received,member,officer,responded,Ref
      |                                      ^~~
hint: give each column of the register its own header
0 rows checked: 0 breaches, 0 departures, 0 rows with errors
[1]

$ civic audit --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/cells.csv
E1: breach of [10.2], due 2025-12-29 (bob): never answered
tests/audit/cells.csv:3:26: error: the row has 6 cells and the header 5: cell 6 is under no header [extra-cell]
    3 | E2,2025-12-23,alice,bob,,x
      |                          ^
hint: give the column a header, or remove the cell
tests/audit/cells.csv:4:15: error: a NUL byte in 'member' [nul-byte]
    4 | E3,2025-12-23,al\x00ice,bob,
      |               ^~~~~~
hint: remove the NUL byte (a register saved by a program as text has none)
E4: breach of [10.2], due 2025-12-29 (BOB): never answered
E6: breach of [10.2], due 2025-12-29 (bob brown): never answered
E7: breach of [10.2], due 2025-12-29 (Bob  Brown): never answered

Summary
  by clause    duties       met  breached  departed      open
  [10.2]            5         1         4         0         0
  [4.3]             5         1         0         0         4

  by person    duties       met  breached  departed      open
  bob               6         2         2         0         2
  bob brown         4         0         2         0         2

  by month    duties       met  breached  departed      open
  2025-12         10         2         4         0         4

4 duties still open with no deadline to miss ("in a timely manner"), which cannot be checked
5 rows checked: 4 breaches, 0 departures, 2 rows with errors
[1]

$ d=$(mktemp -d) && head -c 1100000 /dev/zero | tr '\0' 'a' > "$d/long.csv" && civic audit --today 2026-02-02 protocols/houghton-regis.register.civic "$d/long.csv" 2>&1 | sed "s|$d/||"; rm -rf "$d"
long.csv:1: error: a record longer than 1 MiB: no more of the register is read [long-record]
    1 | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...
hint: a register is a CSV file, a row per line: is this one?
0 rows checked: 0 breaches, 0 departures, 0 rows with errors

$ d=$(mktemp -d) && { echo 'id,received,member,officer,responded'; printf 'E1,2025-12-23,%0300d,bob,2025-13-01\n' 0; } > "$d/r.csv" && civic audit --today 2026-02-02 protocols/houghton-regis.register.civic "$d/r.csv" 2>&1 | sed "s|$d/||" | head -n 4; rm -rf "$d"
r.csv:2:320: error: no such day: '2025-13-01' in 'responded' [bad-date]
    2 | ...0000000000000000000000000000000000000000000000000000000,bob,2025-13-01
      | ...                                                            ^~~~~~~~~~
hint: write dates as YYYY-MM-DD (2025-12-23) or DD/MM/YYYY (23/12/2025); leave the cell empty when it has not happened

$ civic audit --json --today 2026-02-02 protocols/houghton-regis.register.civic tests/audit/no-such.csv
civic: cannot read 'tests/audit/no-such.csv': No such file or directory
{
  "kind": "audit",
  "map": "protocols/houghton-regis.register.civic",
  "register_name": null,
  "registers": [
    "tests/audit/no-such.csv"
  ],
  "today": "2026-02-02",
  "findings": [],
  "summary": {
    "by_clause": [],
    "by_person": [],
    "by_month": []
  },
  "rows": 0,
  "breaches": 0,
  "departures": 0,
  "open": 0,
  "open_no_deadline": 0,
  "errors": 0,
  "result": "0 rows checked: 0 breaches, 0 departures, 0 rows with errors",
  "diagnostics": [
    {
      "file": null,
      "line": 0,
      "col": 0,
      "end_col": 0,
      "severity": "error",
      "code": "unreadable",
      "message": "cannot read 'tests/audit/no-such.csv': No such file or directory",
      "hints": [
        "check the path, and that you may read the file"
      ]
    }
  ],
  "ok": false
}
[2]
