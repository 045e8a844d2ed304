#!/bin/sh
# make faults: allocation-failure injection.
#
# Builds build/faults/civic with -DCIVIC_FAULT_INJECTION under ASan/LSan and
# UBSan, counts the allocations each operation makes (CIVIC_FAIL_REPORT=1
# prints the count at exit; see grammar/base/fail.c), then runs the operation once
# for every N from 0 to that count with CIVIC_FAIL_AT=N, so that allocation
# number N fails.  Each run must either
#   - succeed (status 0) with exactly the output of the run without failure, or
#   - stop with status 1 or 2 and an "out of memory" message,
# and never crash, abort, leak, hang (20 s) or trip a sanitizer.  An operation
# whose run without failure exits 1 by design (sim-test: scenarios that fail)
# says so in op_status; its runs may also exit 1 with exactly that output.
# Usage: faults.sh [OP...] where OP is check, query, run, scenarios, repl,
# check-json, query-json, councils, audit, audit-json or audit-many (the default: all
# eleven), or test, json, can, deadline, explain, fmt, diff, render, render-html,
# sim-rels, sim-routes, sim-json, sim-test (more operations, see op_cmd).  The REPL reads a script
# of questions and a definition (tests/query/repl-script.txt) on its standard
# input, as a script run from CI would.
# FAULTS_STEP=K tries every Kth N only (quick runs).  Last line: "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
out=build/faults
ops=${*:-check query run scenarios repl check-json query-json councils audit audit-json audit-many}
step=${FAULTS_STEP:-1}
jobs=$(nproc 2>/dev/null || echo 2)

# FAULTS_BIN=path runs an existing binary built with -DCIVIC_FAULT_INJECTION
# instead (coverage.sh uses its --coverage build); results go next to it.
if [ -n "${FAULTS_BIN:-}" ]; then
  bin=$FAULTS_BIN
  out=$(dirname "$bin")
else
  FLAGS='-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -DCIVIC_FAULT_INJECTION'
  [ "${1:-}" = --one ] || make -s BUILD=$out OPT="$FLAGS" LDFLAGS='-fsanitize=address,undefined' $out/civic || exit 1
  bin=$out/civic
fi

# A sanitizer report exits 86, so it cannot pass for civic's own status 1 or 2.
export ASAN_OPTIONS=detect_leaks=1:exitcode=86:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86
export NO_COLOR=1

op_cmd() {   # the command line of an operation
  case $1 in
    check) echo "check --today 2026-11-22 protocols/houghton-regis.civic" ;;
    query) echo "query --today 2026-11-22 protocols/houghton-regis.civic route complaint by Member about Clerk" ;;
    run)   echo "run --today 2026-11-22 protocols/houghton-regis.test.civic" ;;
    # the check of a scenario file: its questions are answered too
    scenarios) echo "check --today 2026-11-22 protocols/houghton-regis.test.civic" ;;
    # questions and a definition at the REPL, from a script on standard input (op_stdin)
    repl) echo "repl --today 2026-11-22 protocols/houghton-regis.civic" ;;
    check-json) echo "check --json --today 2026-11-22 protocols/houghton-regis.civic protocols/houghton-regis.test.civic" ;;
    query-json) echo "query --json --today 2026-11-22 protocols/houghton-regis.civic who handles complaint about Officer" ;;
    # every form of issue 15: relations, seniority, only, deadlines, routes, dates, names, references
    councils) echo "check --today 2026-11-22 tests/check/councils.civic" ;;
    # civic audit: a register with every kind of bad row (exit 1 by design), and one in JSON
    audit)      echo "audit --today 2026-01-10 protocols/houghton-regis.register.civic tests/audit/bad.csv" ;;
    audit-json) echo "audit --json --today 2026-01-10 protocols/houghton-regis.register.civic tests/audit/small.csv" ;;
    # 400 generated rows (tests/tools/gen_register.c --rows 400 --seed 7 --ack --bad 12): the memo's
    # shapes, orders and day tables, the summary's lines, growing
    audit-many) echo "audit --csv --today 2028-01-01 protocols/houghton-regis.register.civic tests/audit/many.csv" ;;
    # more, for coverage.sh and by hand
    test)     echo "test --today 2026-11-22 protocols/houghton-regis.test.civic tests/scenarios/engine.civic" ;;
    json)     echo "run --json --today 2026-11-22 tests/scenarios/engine.civic" ;;
    can)      echo "query --json --today 2026-11-22 protocols/reigate-banstead.civic can Member instruct Officer" ;;
    deadline) echo "query --today 2026-11-22 protocols/houghton-regis.civic deadline 10.2 from 2025-12-23" ;;
    explain)  echo "query --today 2026-11-22 protocols/houghton-regis.civic explain 10.2" ;;
    fmt)      echo "fmt protocols/market-drayton.civic" ;;
    # civic diff: two protocols of the same meaning, every rule, role and route paired
    diff)     echo "diff --today 2026-11-22 tests/diff/base.civic tests/diff/layout.civic" ;;
    render)   echo "render --format md --today 2026-11-22 protocols/houghton-regis.civic" ;;
    render-html) echo "render --today 2026-11-22 protocols/houghton-regis.civic" ;;
    # the simulation of issue 15's forms: relations, and/or, possibly, referrals, references,
    # counts as, targets and caps, seniority; and errors inside scenarios
    sim-rels)   echo "run --today 2026-11-22 tests/scenarios/relations.civic" ;;
    sim-routes) echo "run --json --today 2026-11-22 tests/scenarios/choices.civic" ;;
    sim-json)   echo "run --json --today 2026-11-22 tests/scenarios/matters.civic" ;;
    sim-test)   echo "test --today 2026-11-22 tests/check/scenario-errors-isolated.civic tests/scenarios/seniority.civic tests/scenarios/deadline-forms.civic" ;;
  esac
}

op_status() {   # the exit status of an operation's run without failure
  case $1 in
    # civic test of a file with failing scenarios (the others must still run)
    sim-test) echo 1 ;;
    audit|audit-many) echo 1 ;;   # rows in error
    *) echo 0 ;;
  esac
}

op_stdin() {   # what an operation reads on its standard input
  case $1 in
    repl) echo tests/query/repl-script.txt ;;
    *) echo /dev/null ;;
  esac
}

# One run: faults.sh --one OP N.  Writes $out/res/OP.N = "ok" or the reason.
if [ "${1:-}" = --one ]; then
  op=$2; n=$3
  d=$out/res
  # shellcheck disable=SC2046
  CIVIC_FAIL_AT=$n timeout 20 $bin $(op_cmd "$op") < "$(op_stdin "$op")" > "$d/$op.$n.out" 2> "$d/$op.$n.err"
  rc=$?
  why=ok
  want=$(op_status "$op")
  if [ "$rc" -eq "$want" ] && cmp -s "$d/$op.$n.out" "$d/$op.ref"; then rc=ok; fi
  case $rc in
    ok) ;;
    0) cmp -s "$d/$op.$n.out" "$d/$op.ref" || why="exit 0 but the output differs from the run without failure" ;;
    1|2) grep -q "out of memory" "$d/$op.$n.out" "$d/$op.$n.err" || why="exit $rc without an 'out of memory' message" ;;
    124) why="hang (killed after 20 s)" ;;
    86) why="sanitizer report" ;;
    *) why="exit $rc (crash or abort)" ;;
  esac
  echo "$why" > "$d/$op.$n"
  [ "$why" = ok ] && rm -f "$d/$op.$n.out" "$d/$op.$n.err"
  exit 0
fi

rm -rf $out/res
mkdir -p $out/res
pass=0; fail=0
for op in $ops; do
  # The reference run: no failure; it must succeed, and it says how many allocations there are.
  # shellcheck disable=SC2046
  CIVIC_FAIL_REPORT=1 $bin $(op_cmd "$op") < "$(op_stdin "$op")" > $out/res/$op.ref 2> $out/res/$op.referr
  rc=$?
  count=$(sed -n 's/^civic: \([0-9]*\) allocations$/\1/p' $out/res/$op.referr | tail -n 1)
  if [ "$rc" -ne "$(op_status "$op")" ] || [ -z "$count" ]; then
    echo "== $op: the run without failure did not succeed (exit $rc)"; head -n 20 $out/res/$op.referr
    fail=$((fail + 1)); continue
  fi
  seq 0 "$step" "$count" | xargs -P "$jobs" -I{} sh "$0" --one "$op" {}
  p=0; f=0
  for r in $out/res/$op.[0-9]*; do
    case $r in *.out|*.err) continue ;; esac
    if [ "$(cat "$r")" = ok ]; then p=$((p + 1)); else
      f=$((f + 1))
      n=${r##*.}
      echo "FAIL $op CIVIC_FAIL_AT=$n: $(cat "$r")"
      head -n 8 "$r.err" 2>/dev/null | sed 's/^/    /'
    fi
  done
  echo "== $op ($(op_cmd "$op" | cut -d' ' -f1-4)...): $count allocations; $p passed, $f failed"
  pass=$((pass + p)); fail=$((fail + f))
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
