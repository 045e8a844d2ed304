#!/bin/sh
# make check: every suite, then the total.  Usage: check.sh CIVIC UNIT_BINARY...
# Each suite's last line is "N passed, N failed"; the last line of all is the sum.
set -u
civic=$1; shift
total_pass=0; total_fail=0
log=${TMPDIR:-/tmp}/civic-check.$$
trap 'rm -f "$log"' EXIT INT TERM

tally() {   # name, then the output in $log
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
  if [ -z "$line" ]; then
    echo "== $1: no result line (crashed?)"; tail -n 20 "$log"
    total_fail=$((total_fail + 1)); return
  fi
  p=${line%% passed*}; f=${line#*passed, }; f=${f%% failed*}
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
  if [ "$f" -ne 0 ]; then echo "== $1: $line"; grep -v -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 80
  else echo "== $1: $line"; fi
}

# 1. cmocka unit tests: each binary prints [  PASSED  ] / [  FAILED  ] counts.
for t in "$@"; do
  ${CIVIC_WRAP:-} "$t" > "$log" 2>&1
  rc=$?
  p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
  f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
  p=${p:-0}; f=${f:-0}
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  echo "$p passed, $f failed" >> "$log"
  tally "unit $(basename "$t")"
done

# 2. golden end-to-end tests.
sh tests/tools/golden.sh "$civic" tests/golden/*.t > "$log" 2>&1
tally "golden"

# 2b. the same with every file scanned on a thread of its own (scan_thread.h),
# which only files of 1 MiB and more are otherwise: the output must not change.
CIVIC_SCAN_THREAD_MIN=0 sh tests/tools/golden.sh "$civic" tests/golden/*.t > "$log" 2>&1
tally "golden, scanner on its own thread"

# 3. the examples in docs/LANGUAGE.md and README.md (its tour is a cram block).
sh tests/tools/docs.sh "$civic" docs/LANGUAGE.md README.md > "$log" 2>&1
tally "docs"

# 4. scenarios: the councils' suites and the engine's own.
${CIVIC_WRAP:-} "$civic" test protocols tests/scenarios > "$log" 2>&1
tally "scenarios"

# 4b. what an ordinary user cannot read is not passed (runs as nobody under root).
sh tests/tools/perms.sh "$civic" > "$log" 2>&1
tally "unreadable files (ordinary user)"

# 5. the folders' order: no file includes a header of a folder above its own.
sh tests/tools/layers.sh > "$log" 2>&1
tally "layers"

# 6. the REPL on a pseudo-terminal: completion, history, multi-line, Ctrl-C.
sh tests/tools/repl_pty.sh "$civic" > "$log" 2>&1
tally "repl (terminal)"

echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
