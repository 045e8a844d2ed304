#!/bin/sh
# The query forms against their one table (interp/query/q_forms.h): the man
# page, LANGUAGE.md's list of queries, `civic query --help`, the REPL's
# :help and the `help` query name every form of the table, and the man page
# and LANGUAGE.md no other.  Usage: forms.sh CIVIC.  Last line: "N passed, N failed".
set -u
civic=$1
cd "$(dirname "$0")/../.."
tmp=${TMPDIR:-/tmp}/civic-forms.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "$1"; fail=$((fail + 1)); }

# the table's syntaxes, in order: the fifth argument of each X(...)
perl -0 -ne 'while (/\bX\(\s*\w+,\s*"[^"]*",\s*(?:NULL|"[^"]*"),\s*(?:NULL|"[^"]*"),\s*"([^"]*)"/g) { print "$1\n" }' \
  interp/query/q_forms.h > "$tmp/table"
[ -s "$tmp/table" ] || bad "no forms read from interp/query/q_forms.h"

# docs/civic.1: "Answer one query: A; B; …; Z." — the table's, in order
sed -n '/^Answer one query: /,/\.$/p' docs/civic.1 | tr '\n' ' ' | sed 's/^Answer one query: //; s/\. *$//' |
  sed 's/; /\n/g' > "$tmp/man"
echo >> "$tmp/man"
if cmp -s "$tmp/table" "$tmp/man"; then ok; else bad "docs/civic.1 lists other query forms than the table (< table, > man):"; diff "$tmp/table" "$tmp/man"; fi

# docs/LANGUAGE.md: the first column of the table under "## Queries"
awk '/^## Queries/ { on = 1; next } on && /^## / { exit } on && /^\| `/ { print }' docs/LANGUAGE.md |
  sed 's/^| \([^|]*\) |.*/\1/' | grep -o '`[^`]*`' | tr -d '`' > "$tmp/lang"
if cmp -s "$tmp/table" "$tmp/lang"; then ok; else bad "docs/LANGUAGE.md lists other query forms than the table (< table, > LANGUAGE.md):"; diff "$tmp/table" "$tmp/lang"; fi

# the help texts: each names every form (the REPL's and `help` leave out `help` itself)
"$civic" query --help > "$tmp/qhelp" 2>&1
printf ':help\n' | "$civic" repl > "$tmp/rhelp" 2>&1
"$civic" query tests/query/protocol.civic help > "$tmp/help" 2>&1
while IFS= read -r f; do
  for h in qhelp rhelp help; do
    [ "$f" = help ] && [ "$h" != qhelp ] && continue   # `help` lists the others
    if grep -qF -- "$f" "$tmp/$h"; then ok; else bad "'$f' is missing from $h"; fi
  done
done < "$tmp/table"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
