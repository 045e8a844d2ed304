#!/bin/sh
# make bench: performance figures, one line per figure with its target beside
# it, then the same lines again as a summary.  It prints; it never fails on a
# timing (only when something cannot run at all).
#
# Usage: bench.sh CIVIC BENCH_BINARY WORKDIR
#   CIVIC         the civic binary (./civic)
#   BENCH_BINARY  tests/bench/bench.c built against the library objects (-O2, no sanitizers)
#   WORKDIR       where the generated inputs go (build/bench/); never committed
#
# Every input is generated here, in C, by the bench binary itself (no Python):
#   big.civic          ~12 MB: 2,300 roles, 1,100 actions/things, 100,000 rules of every
#                      modality, 3,200 routes with conditional steps
#   sim-10k.civic      1,000 rules and one scenario of 10,000 events, few duties open at a time
#   sim-1m.civic       the same mix, 1,000,000 events
#   sim-1m-open.civic  1,000,000 events, a quarter of them reports whose duty is almost never met
#   batch/             a national batch: 10,000 council protocols, each with its scenario
#                      file, variants of the five in protocols/ (bench gen-batch)
#   register-N.csv     civic audit's registers of N rows (tests/tools/gen_register.c, built by
#                      the Makefile beside bench), N from 10,000 to 10,000,000 (~50 bytes a row)
# BENCH_QUICK=1 leaves out the 1,000,000-event runs and the 10,000,000-row register.
# BENCH_ONLY="5 6" runs only the sections named (by number): 7 is civic audit's.
set -eu
civic=${1:-./civic}
bench=${2:-build/bench/bench}
work=${3:-build/bench}
mkdir -p "$work"
log="$work/bench.log"
: > "$log"

out() { printf '%s\n' "$*" | tee -a "$log"; }
run() { "$@" 2>&1 | tee -a "$log"; }
want() { [ -z "${BENCH_ONLY:-}" ] && return 0; case " $BENCH_ONLY " in *" $1 "*) return 0;; esac; return 1; }
hr() { out "-----------------------------------------------------------------------------------------------"; }

out "civic benchmarks: $(uname -sm), $(nproc 2>/dev/null || echo '?') CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
out "Times are the best of several runs; other work on the machine makes them slower, never faster."
hr

if want 1 || want 4; then
out "1. Parse + check of a synthetic protocol"
run "$bench" gen-protocol "$work/big.civic" 100000
run "$bench" parse "$work/big.civic"
hr
fi

seed=protocols/houghton-regis.civic
[ -f "$seed" ] || seed=tests/scenarios/engine.civic
if want 2; then
out "2. civic check of one council's protocol, as a user runs it"
set -- $("$bench" exec-median 50 "$civic" check "$seed")
out "civic check $(basename "$seed")  $(printf '%8.2f' "$1") ms   target < 5 ms   (median of 50 runs; fastest $2 ms, slowest $3 ms; exit status $4)"
hr
fi

if want 3; then
out "3. Deadlines"
run "$bench" deadlines
hr
fi

if want 4; then
out "4. Queries on the 100,000-rule protocol (after loading; output to /dev/null; mean of 1,000 runs)"
run "$bench" query "$work/big.civic"
hr
fi

if want 4; then
out "4b. The REPL's memory: questions of every form typed at civic repl (a script on a pipe)"
run "$bench" repl-rss "$civic" "$seed"
hr
fi

if want 5; then
out "5. Simulation: 1,000 rules; members send enquiries, requests, applications and reports, officers"
out "   answer (some late, some after the fallback), instructions, pressure, disclosures, complaints raised,"
out "   escalated and resolved, expectations sprinkled"
run "$bench" gen-scenario "$work/sim-10k.civic" 10000 low
run "$bench" sim "$work/sim-10k.civic"
if [ "${BENCH_QUICK:-0}" = 1 ]; then
  out "(BENCH_QUICK=1: the 1,000,000-event runs are left out)"
else
  run "$bench" gen-scenario "$work/sim-1m.civic" 1000000 low
  run "$bench" sim "$work/sim-1m.civic"
  run "$bench" gen-scenario "$work/sim-1m-open.civic" 1000000 high
  run "$bench" sim "$work/sim-1m-open.civic"
fi
hr
fi

if want 6; then
out "6. A national batch: 10,000 council protocols (variants of the five in protocols/: council names,"
out "   dates, clause numbers, a few rules added), each with its scenario file, whose expectations all hold;"
out "   civic check and civic test over the whole directory, on every core and on one (CIVIC_JOBS=1)"
rm -rf "$work/batch"
run "$bench" gen-batch "$work/batch" 10000 houghton-regis market-drayton newent reigate-banstead wadhurst
nfiles=$(ls "$work/batch" | wc -l)
cores=$(nproc 2>/dev/null || echo '?')
best() {   # best of 3: "ms exit cpu-ms"
  set -- $("$bench" exec-median 3 "$@"); echo "$2 $4 $5"
}
set -- $(best sh -c 'i=0; while [ $i -lt 10000 ]; do /bin/true; i=$((i + 1)); done')
out "floor: /bin/true x 10,000             $(printf '%8.0f' "$1") ms   (CPU $(printf '%.0f' "$3") ms)"
set -- $(best sh -c "cat '$work'/batch/*.civic > /dev/null")
out "floor: cat of the $nfiles files       $(printf '%8.0f' "$1") ms   (CPU $(printf '%.0f' "$3") ms)"
for cmd in check test; do
  set -- $(best "$civic" $cmd "$work/batch")
  out "civic $cmd batch ($cores threads)      $(printf '%8.0f' "$1") ms   target < 10000 ms   (best of 3; CPU $(printf '%.0f' "$3") ms; exit status $2)"
  set -- $(best env CIVIC_JOBS=1 "$civic" $cmd "$work/batch")
  out "civic $cmd batch (1 thread)        $(printf '%8.0f' "$1") ms   target < 10000 ms   (best of 3; CPU $(printf '%.0f' "$3") ms; exit status $2)"
done
hr
fi

if want 7; then
out "7. civic audit: a register of Members' enquiries under Houghton Regis 10.2"
out "   (protocols/houghton-regis.register.civic), end to end: process start, load, read the CSV, simulate"
out "   each row, report (output to /dev/null). The floor: a hand-written C loop that does only this check"
out "   (tests/bench/audit_floor.c: reads the CSV, counts 2 working days on the England and Wales calendar,"
out "   counts breaches), timed the same way. Median of 11 runs."
gen=$(dirname "$bench")/gen_register
floor=$(dirname "$bench")/audit_floor
map=protocols/houghton-regis.register.civic
today=2028-01-01
register() {   # register-N.csv and its truth ("rows N breaches B bad 0"), made once; a failed
  # generation leaves nothing behind, so the next run makes it again
  [ -s "$work/register-$1.truth" ] && [ -s "$work/register-$1.csv" ] && return 0
  if ! "$gen" --rows "$1" > "$work/register-$1.csv" 2> "$work/register-$1.truth.tmp"; then
    rm -f "$work/register-$1.csv" "$work/register-$1.truth.tmp"
    out "bench: $gen could not make a register of $1 rows"; exit 2
  fi
  mv "$work/register-$1.truth.tmp" "$work/register-$1.truth"
}
register 100000
set -- $("$bench" exec-median 11 "$civic" audit --today $today "$map" "$work/register-100000.csv")
c=$1 ccpu=$5
set -- $("$bench" exec-median 11 "$floor" "$work/register-100000.csv" $today)
f=$1 fcpu=$5
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }
out "civic audit, 100,000 rows  $(printf '%8.2f' "$c") ms   target <= 80 ms; floor (hand-written C) $(printf '%.2f' "$f") ms, ratio $(ratio "$c" "$f") x   target <= 3 x   (CPU of the fastest run: $ccpu ms, floor $fcpu ms, ratio $(ratio "$ccpu" "$fcpu") x)"
set -- $(cat "$work/register-100000.truth")
truth=$4
found=$("$civic" audit --today $today "$map" "$work/register-100000.csv" 2>/dev/null | tail -n 1)
fl=$("$floor" "$work/register-100000.csv" $today)
out "civic audit, 100,000 rows: '$found'; the generator made $truth breaches; the floor counts '$fl'   target: the same count"
sizes="10000 100000 1000000 10000000"
[ "${BENCH_QUICK:-0}" = 1 ] && sizes="10000 100000 1000000" && out "(BENCH_QUICK=1: the 10,000,000-row register is left out)"
for n in $sizes; do
  register "$n"
  set -- $("$bench" exec-rss "$civic" audit --today $today "$map" "$work/register-$n.csv")
  ms=$1 kb=$2
  # the time: the median of 3 runs up to 1,000,000 rows; the one run above beyond
  [ "$n" -le 1000000 ] && set -- $("$bench" exec-median 3 "$civic" audit --today $today "$map" "$work/register-$n.csv") && ms=$1
  line=$(printf 'civic audit, %10s rows  %10.1f ms  %6.3f us a row  peak RSS %6.2f MiB' "$n" "$ms" \
    "$(awk -v t="$ms" -v n="$n" 'BEGIN { printf "%.3f", t * 1000 / n }')" "$(awk -v k="$kb" 'BEGIN { printf "%.2f", k / 1024 }')")
  case $n in
    1000000|10000000) out "$line   target: linear; <= 64 MiB" ;;
    *) out "$line   (linear: the time a row the same at every size)" ;;
  esac
done
hr
fi

out "Summary (one line per figure; the full log is $log)"
grep -E 'target' "$log" | grep -v '^bench:' | sed -e 's/^ *//' -e 's/   (.*//'
