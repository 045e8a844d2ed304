#!/bin/sh
# The examples of `civic explain-error` (grammar/base/dg_examples.h): each
# code of grammar/base/dg_codes.h has exactly one entry, in the table's
# order; each example, run through `civic check -`, gives its code; and only
# the entries that say "no example: " have none; and every code the golden
# tests show in text output is one it knows.  Last line: "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
civic=${1:-./civic}
tmp=${TMPDIR:-/tmp}/civic-explain.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM

sed -n 's/^ *X("\([a-z0-9-]*\)", ".*/\1/p' grammar/base/dg_codes.h > "$tmp/codes"
sed -n 's/^ *X("\([a-z0-9-]*\)", .*/\1/p' grammar/base/dg_examples.h > "$tmp/entries"
sed -n 's/^ *X("\([a-z0-9-]*\)", "no example: .*/\1/p' grammar/base/dg_examples.h > "$tmp/none"
pass=0; fail=0
if cmp -s "$tmp/codes" "$tmp/entries"; then pass=$((pass + 1))
else echo "grammar/base/dg_examples.h does not have one entry per code of dg_codes.h, in its order (< codes, > examples):"; diff "$tmp/codes" "$tmp/entries"; fail=$((fail + 1)); fi

for c in $(cat "$tmp/codes"); do
  if grep -qx -- "$c" "$tmp/none"; then
    # an exception: it says why, and the command says so too
    if "$civic" explain-error --example "$c" > /dev/null 2> "$tmp/err" && [ $? -eq 0 ]; then
      echo "$c: listed with no example, but --example printed one"; fail=$((fail + 1))
    elif grep -q "has no example: " "$tmp/err"; then pass=$((pass + 1))
    else echo "$c: no example, and not said: $(cat "$tmp/err")"; fail=$((fail + 1)); fi
    continue
  fi
  if ! "$civic" explain-error --example "$c" > "$tmp/ex" 2> "$tmp/err"; then
    echo "$c: civic explain-error --example failed: $(cat "$tmp/err")"; fail=$((fail + 1)); continue
  fi
  "$civic" check --json --today 2026-01-01 - < "$tmp/ex" > "$tmp/out" 2> /dev/null
  if grep -q "\"code\": *\"$c\"" "$tmp/out"; then pass=$((pass + 1))
  else echo "$c: its example no longer gives it; civic check gives: $(grep -o '"code": *"[a-z0-9-]*"' "$tmp/out" | tr '\n' ' ')"; fail=$((fail + 1)); fi
done
# the text form runs the example too, and shows the code's diagnostic
if "$civic" explain-error unknown-role | grep -q "^  example.civic:[0-9]*:[0-9]*: error: unknown role"; then pass=$((pass + 1))
else echo "civic explain-error unknown-role does not show the example's diagnostic"; fail=$((fail + 1)); fi
# every code shown in text output, at the end of a diagnostic's first line
# ("FILE:LINE:COL: error: MESSAGE [CODE]", civic audit's "REGISTER:LINE: …"
# too), as the golden tests record it, is one explain-error explains
grep -hE '^[^ $#].*:[0-9]+(:[0-9]+)?: (error|warning): .* \[[a-z0-9-]+\]$' tests/golden/*.t |
  sed -E 's/.*\[([a-z0-9-]+)\]$/\1/' | LC_ALL=C sort -u > "$tmp/shown"
if [ "$(wc -l < "$tmp/shown")" -lt 50 ]; then
  echo "only $(wc -l < "$tmp/shown") codes shown in tests/golden/*.t: are codes still shown in text output?"; fail=$((fail + 1))
fi
for c in $(cat "$tmp/shown"); do
  if grep -qx -- "$c" "$tmp/codes" && "$civic" explain-error "$c" > /dev/null 2>&1; then pass=$((pass + 1))
  else echo "[$c] is shown in tests/golden/ but civic explain-error does not know it"; fail=$((fail + 1)); fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
