#!/bin/sh
# The repository's Civic files stay laid out as `civic fmt` lays them out:
# `civic fmt --check` over each (one test per file).  Not the fixtures of
# tests/check, tests/regress and tests/fmt/*.in.civic: they are laid out as
# they are on purpose (a diagnostic's line and column, a crash found so, a
# layout to mend).  Usage: formatted.sh CIVIC    Last line: "N passed, N failed".
set -u
civic=$1
pass=0; fail=0
for f in $(find protocols stdlib tests/scenarios tests/query tests/failing tests/coverage -name '*.civic'; find tests/fmt -name '*.out.civic') ; do
  if out=$(${CIVIC_WRAP:-} "$civic" fmt --check "$f" 2>&1); then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "$out" | head -n 5
    echo "   (lay it out with: civic fmt -w $f)"
  fi
done
echo "$pass passed, $fail failed"
