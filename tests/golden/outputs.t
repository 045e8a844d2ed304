# Outputs: a command never writes over a file it read.  render -o, test
# --junit (and init, the REPL's history) refuse, exit 2, when the output is
# (device and inode, links followed) one of the files read: each file named,
# every file `use`d, a standard input redirected from a file.  Nothing is
# written then, and the file read is as it was.  fmt -w rewrites in place by
# design.

$ d=$(mktemp -d) && cp protocols/newent.civic protocols/newent.test.civic "$d" && cd "$d" && cp newent.civic orig && civic render --format md -o newent.civic newent.civic; s=$?; cmp newent.civic orig && echo "as it was"; ls; cd / && rm -rf "$d"; exit $s
civic: cannot write 'newent.civic': it is one of the files this command read, and would be lost
as it was
newent.civic
newent.test.civic
orig
[2]

$ d=$(mktemp -d) && cp protocols/newent.civic protocols/newent.test.civic "$d" && cd "$d" && cp newent.civic orig && ln -s newent.civic page.md && civic render --format md -o page.md newent.civic; s=$?; cmp newent.civic orig && echo "as it was"; cd / && rm -rf "$d"; exit $s
civic: cannot write 'page.md': it is one of the files this command read, and would be lost
as it was
[2]

$ d=$(mktemp -d) && cp protocols/newent.civic protocols/newent.test.civic "$d" && cd "$d" && cp newent.civic orig && civic render --format md -o newent.civic - < newent.civic; s=$?; cmp newent.civic orig && echo "as it was"; cd / && rm -rf "$d"; exit $s
civic: cannot write 'newent.civic': it is one of the files this command read, and would be lost
as it was
[2]

$ d=$(mktemp -d) && cp protocols/newent.civic protocols/newent.test.civic "$d" && cd "$d" && cp newent.civic orig && civic test --junit newent.civic newent.test.civic; s=$?; cmp newent.civic orig && echo "as it was"; cd / && rm -rf "$d"; exit $s
civic: cannot write 'newent.civic': it is one of the files this command read, and would be lost
41 passed, 0 failed
as it was
[2]

$ d=$(mktemp -d) && cp protocols/newent.civic protocols/newent.test.civic "$d" && cd "$d" && cp newent.test.civic orig && civic test --junit newent.test.civic newent.test.civic; s=$?; cmp newent.test.civic orig && echo "as it was"; cd / && rm -rf "$d"; exit $s
civic: cannot write 'newent.test.civic': it is one of the files this command read, and would be lost
41 passed, 0 failed
as it was
[2]

$ d=$(mktemp -d) && cp protocols/newent.civic protocols/newent.test.civic "$d" && cd "$d" && civic render --format md -o page.md newent.civic; s=$?; head -n 1 page.md; cd / && rm -rf "$d"; exit $s
# Member/Officer Relations Policy

$ d=$(mktemp -d) && cp protocols/newent.civic "$d" && cd "$d" && civic fmt -w newent.civic; s=$?; civic check --today 2026-01-01 newent.civic 2>&1 | tail -n 1; cd / && rm -rf "$d"; exit $s
newent.civic: 0 errors, 3 warnings
