#!/bin/sh
# civic audit finds exactly the breaches the generator made: builds
# tests/tools/gen_register.c, writes registers of N rows (with and without
# acknowledgements, with bad rows), audits each and compares the last line
# with the generator's own count.  Prints one line per register; exit 1 on
# a difference.  Usage: exact.sh [N]   (tests/golden/audit.t)
set -u
n=${1:-20000}
tmp=${TMPDIR:-/tmp}/civic-exact.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
${CC:-cc} -O2 -o "$tmp/gen" tests/tools/gen_register.c || exit 2
status=0
for opts in "--seed 1" "--seed 2 --ack" "--seed 3 --ack --bad 97"; do
  # shellcheck disable=SC2086
  "$tmp/gen" --rows "$n" $opts > "$tmp/r.csv" 2> "$tmp/truth" || exit 2
  set -- $(cat "$tmp/truth")   # rows N breaches B bad E
  want="$2 rows checked: $4 breaches, 0 departures, $6 rows with errors"
  got=$(civic audit --today 2028-01-01 protocols/houghton-regis.register.civic "$tmp/r.csv" 2>/dev/null | tail -n 1)
  if [ "$got" = "$want" ]; then echo "ok ($opts): $got"
  else echo "DIFFERENT ($opts): civic says '$got', the generator '$want'"; status=1; fi
done
exit $status
