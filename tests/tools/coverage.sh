#!/bin/sh
# make coverage: line and branch coverage of grammar/ and interp/.
#
# Builds build/cov/civic and the unit tests with --coverage (-O0), runs the
# whole suite (tests/tools/check.sh) against them, and the allocation-failure
# sweep of tests/tools/faults.sh (the build has -DCIVIC_FAULT_INJECTION, which
# does nothing unless CIVIC_FAIL_AT is set) over several operations, so that
# the out-of-memory paths count as covered only when a test has taken them
# and checked that they end cleanly; then prints with gcovr the
# coverage of every source file of grammar/ and interp/ (the scanner and the
# parser are counted in grammar/lexer.l and grammar/parser.y, through the
# #line directives of the generated C), the lines not covered, and last the
# totals:
#   lines: NN.N% (covered out of total)
#   branches: NN.N% (covered out of total)
# Installs gcovr through apt-get (sudo when not root) when it is missing.
# COVERAGE_MIN_LINES / COVERAGE_MIN_BRANCHES (percent) make it fail below them.
set -u
cd "$(dirname "$0")/../.."
out=build/cov

if ! command -v gcovr >/dev/null 2>&1; then
  echo "civic: installing gcovr"
  if ! command -v apt-get >/dev/null 2>&1; then echo "civic: apt-get not found; please install gcovr" >&2; exit 1; fi
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq || true
  $SUDO apt-get install -y -qq --no-install-recommends gcovr || exit 1
fi

make -s BUILD=$out OPT='-O0 -g --coverage -DCIVIC_FAULT_INJECTION' LDFLAGS=--coverage variant || exit 1
# Counters from an earlier run would add up: start from zero.
find $out -name '*.gcda' -exec rm -f {} +

units=$(ls $out/tests/test_* 2>/dev/null | grep -v '\.gc' || true)
log=$out/check.log
sh tests/tools/check.sh $out/civic $units > "$log" 2>&1
tail -n 1 "$log" | sed 's/^/suite: /'
FAULTS_BIN=$out/civic sh tests/tools/faults.sh check query run test json can deadline explain sim-rels sim-json sim-test > $out/faults.log 2>&1
tail -n 1 $out/faults.log | sed 's/^/allocation failures: /'

filters="--filter grammar/ --filter interp/"
echo
echo "== coverage by file (lines; Missing = lines never run)"
# shellcheck disable=SC2086
gcovr --root . --object-directory $out $filters --txt | sed -n '/^File/,$p'
echo
echo "== branches by file"
# shellcheck disable=SC2086
gcovr --root . --object-directory $out $filters --txt --branches | sed -n '/^File/,$p' | cut -c1-80
echo
# shellcheck disable=SC2086
summary=$(gcovr --root . --object-directory $out $filters --print-summary -o /dev/null)
echo "$summary" | grep -E '^(lines|branches):'
status=0
pct() { echo "$summary" | sed -n "s/^$1: \([0-9.]*\)%.*/\1/p"; }
if [ -n "${COVERAGE_MIN_LINES:-}" ] && awk -v a="$(pct lines)" -v b="$COVERAGE_MIN_LINES" 'BEGIN{exit !(a < b)}'; then
  echo "coverage: lines below $COVERAGE_MIN_LINES%"; status=1
fi
if [ -n "${COVERAGE_MIN_BRANCHES:-}" ] && awk -v a="$(pct branches)" -v b="$COVERAGE_MIN_BRANCHES" 'BEGIN{exit !(a < b)}'; then
  echo "coverage: branches below $COVERAGE_MIN_BRANCHES%"; status=1
fi
exit $status
