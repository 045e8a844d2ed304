# civic init: a commented starter protocol that check and test pass clean;
# it never overwrites a file (exit 1); usage errors exit 2.

$ civic init --council "Anytown Town Council" --today 2026-11-22 -
# The Member/Officer protocol of Anytown Town Council, as a starter written by
# `civic init`.  Replace the examples with what your protocol says, each rule
# after the number of its clause in [brackets].  `civic check FILE` finds
# mistakes and says what to write instead; `civic test FILE` runs the
# scenario at the end.  The forms are described in docs/LANGUAGE.md, with
# recipes for what councils write in docs/COOKBOOK.md.

protocol "Member/Officer Protocol" {
  council  "Anytown Town Council"
  adopted  2026-11-22             # when the council adopted it (2019-05 for a month)
  review   every 1 year   [1.1]   # how often the council reviews it
  calendar england-and-wales      # deadlines count working days on this calendar
}

# The shared roles, actions and things: Member (Councillor), Officer, Clerk
# (Town Clerk), Chair, …; respond, instruct, …; enquiry, complaint, ….
use "roles"

# A rule: [CLAUSE] ROLE must|should|may|must not ACTION …
[2.1] Member must not instruct Officer

# A deadline with a fallback: a full answer within two working days (the day
# the enquiry arrives does not count), or else an acknowledgement saying when
# the answer will come.
[3.1] Officer must respond to enquiry from Member within 2 working days
        otherwise acknowledge enquiry and give timescale within 2 working days

# Where a complaint goes, step by step.  Nobody handles a case about
# themselves: a complaint about the Clerk goes past the Clerk to the Chair.
route complaint by Member about Officer [4.1] {
  [4.1] informally with Clerk
  [4.2] Clerk
  [4.2] Chair when about Clerk
}

# A scenario is a test: people, dated events, and what should then be true.
scenario "an enquiry answered in time" {
  person alice is Member
  person bob is Officer
  2025-12-23 alice sends enquiry to bob
  expect [3.1] due 2025-12-29
  2025-12-24 bob responds to alice
  expect [3.1] fulfilled by bob
  expect no breach
}

$ d=$(mktemp -d) && cd "$d" && civic init --today 2026-11-22 p.civic && civic check --today 2026-11-22 p.civic && civic test p.civic; s=$?; cd / && rm -rf "$d"; exit $s
wrote p.civic: a starter protocol for Anytown Town Council; next, 'civic check p.civic' and 'civic test p.civic'
p.civic: ok (21 roles, 2 rules, 1 route, 1 scenario)
1 passed, 0 failed

$ d=$(mktemp -d) && cd "$d" && civic init --council 'St Mary "the Less" Parish Council' --today 2026-11-22 p.civic >/dev/null && civic check --today 2026-11-22 p.civic && grep '^  council' p.civic; s=$?; cd / && rm -rf "$d"; exit $s
p.civic: ok (21 roles, 2 rules, 1 route, 1 scenario)
  council  "St Mary \"the Less\" Parish Council"

$ d=$(mktemp -d) && cd "$d" && echo '# mine' > p.civic && civic init p.civic; s=$?; cat p.civic; cd / && rm -rf "$d"; exit $s
civic: 'p.civic' already exists; civic init never overwrites a file
# mine
[1]

$ civic init
civic: no file to write
Try 'civic init --help' for more information.
[2]

$ civic init --council
civic: option '--council' needs a value
Try 'civic init --help' for more information.
[2]

$ civic init --councl x p.civic
civic: unrecognized option '--councl'; did you mean '--council'?
Try 'civic init --help' for more information.
[2]

$ civic init a.civic b.civic
civic: one file at a time: 'a.civic' and 'b.civic'
Try 'civic init --help' for more information.
[2]

$ civic init --today 2026-02-30 p.civic
civic: --today needs a date as YYYY-MM-DD, not '2026-02-30'
Try 'civic init --help' for more information.
[2]

$ civic init --council "$(printf 'two\nlines')" p.civic
civic: --council needs a name on one line
Try 'civic init --help' for more information.
[2]

