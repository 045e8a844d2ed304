#!/bin/sh
# make fuzz: build the libFuzzer harnesses in build/fuzz/ and run each for
# FUZZ_SECONDS seconds (default 60) with -timeout=1 -rss_limit_mb=1024.
#
#   fuzz_check  parse and check a protocol (the input is the file)
#   fuzz_query  one query against the loaded real protocols
#   fuzz_run    a protocol with scenarios, every scenario simulated
#   fuzz_audit  a register through a map (civic audit), with the memo and
#               without it: the two outputs must be the same
#
# The seed corpora are copied at run time from protocols/, stdlib/ and
# tests/ (queries are taken from the golden tests and the docs) into
# build/fuzz/seeds/; what libFuzzer finds is kept in build/fuzz/corpus/ for
# the next run.  Crashes, leaks, timeouts and OOMs go to build/fuzz/artifacts/
# and make the script fail.  FUZZ_HARNESSES="check query" runs only those;
# FUZZ_ONLY_BUILD=1 builds without running.  Installs clang and
# libclang-rt-14-dev through apt-get (sudo when not root) when missing.
set -u
cd "$(dirname "$0")/../.."
root=$(pwd)
secs=${FUZZ_SECONDS:-60}
harnesses=${FUZZ_HARNESSES:-check query run audit}
out=build/fuzz

# ---- clang with libFuzzer ----------------------------------------------------------
have_fuzzer() {
  command -v clang >/dev/null 2>&1 || return 1
  t=${TMPDIR:-/tmp}/civic-fuzz-probe.$$
  printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' > "$t.c"
  clang -fsanitize=fuzzer,address,undefined "$t.c" -o "$t" >/dev/null 2>&1
  r=$?
  rm -f "$t" "$t.c"
  return $r
}
if ! have_fuzzer; then
  need=""
  command -v clang >/dev/null 2>&1 || need="clang"
  need="$need libclang-rt-14-dev"
  echo "civic: installing for the fuzzers: $need"
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "civic: apt-get not found; please install: $need" >&2
    exit 1
  fi
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq || true
  $SUDO apt-get install -y -qq --no-install-recommends $need || exit 1
  have_fuzzer || { echo "civic: clang cannot build a libFuzzer binary" >&2; exit 1; }
fi

# ---- build ------------------------------------------------------------------------------
SAN='-fsanitize=fuzzer-no-link,address,undefined'
FLAGS="-O1 -g -fno-omit-frame-pointer -fno-sanitize-recover=all"
make -s BUILD=$out CC=clang OPT="$FLAGS $SAN" LDFLAGS="$SAN" GEN_EXTRA=-fno-sanitize-coverage=trace-cmp $out/civic || exit 1
objs="$out/parser.o $out/lexer.o $out/stdlib_embed.o"
layers="grammar/base grammar interp/model interp/query interp/sim interp/audit interp/render interp/cli"
incs=""
for d in $layers; do incs="$incs -I$d"; done
for c in $(for d in $layers; do ls $d/*.c; done); do
  case $c in interp/cli/main.c) continue ;; esac
  objs="$objs $out/${c%.c}.o"
done
for h in check query run audit; do
  src=tests/fuzz/fuzz_$h.c
  bin=$out/fuzz_$h
  if [ ! -x "$bin" ] || [ -n "$(find $src tests/fuzz/fuzz_common.h $objs -newer "$bin" 2>/dev/null | head -n 1)" ]; then
    clang -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $FLAGS -fsanitize=fuzzer,address,undefined \
      -I$out $incs -DCIVIC_FUZZ_ROOT="\"$root\"" -o "$bin" "$src" $objs -lreadline -ljansson -lm -pthread || exit 1
  fi
done
[ -n "${FUZZ_ONLY_BUILD:-}" ] && exit 0

# ---- seed corpora ---------------------------------------------------------------------------
rm -rf $out/seeds
mkdir -p $out/seeds/check $out/seeds/query $out/seeds/run $out/seeds/audit $out/artifacts \
         $out/corpus/check $out/corpus/query $out/corpus/run $out/corpus/audit
n=0
for f in $(find protocols stdlib tests -name '*.civic' | LC_ALL=C sort) $(find tests/regress -type f 2>/dev/null | LC_ALL=C sort); do
  n=$((n + 1))
  cp "$f" $out/seeds/check/seed$n
  cp "$f" $out/seeds/run/seed$n
done
# Registers: the golden tests' (every kind of bad row), and a generated one (a realistic mix).
for f in tests/audit/*.csv; do cp "$f" $out/seeds/audit/$(basename "$f"); done
if [ -x build/bench/gen_register ] || make -s build/bench/gen_register >/dev/null 2>&1; then
  build/bench/gen_register --rows 300 --bad 20 > $out/seeds/audit/generated.csv 2>/dev/null || rm -f $out/seeds/audit/generated.csv
fi
# Queries: from the golden tests and the docs ("civic query [OPTS] FILE 'QUERY'"), and a few more.
{
  cat tests/golden/*.t README.md docs/*.md 2>/dev/null | sed -n "s/.*civic query .* '\([^']*\)'.*/\1/p"
  for f in tests/regress/*.query; do [ -f "$f" ] && { cat "$f"; echo; }; done
  printf '%s\n' help roles clauses review 'can Member instruct Officer' 'can a Councillor instruct the Town Clerk?' \
    'duties of Clerk' 'expectations of Member from Officer' 'route complaint by Member about Clerk' \
    'who handles complaint about Officer' 'deadline 10.2 from 2025-12-23' 'explain [8.1]' 'explain clause 10.2' \
    'who manages Officer' 'holidays 2026' 'working days between 2025-12-20 and 2026-01-05' 'can "Town Clerk" give advice'
} | LC_ALL=C sort -u | {
  i=0
  while IFS= read -r q; do i=$((i + 1)); printf '%s' "$q" > $out/seeds/query/q$i; done
}

# ---- run ----------------------------------------------------------------------------------------
status=0
total=0
for h in $harnesses; do
  log=$out/fuzz_$h.log
  echo "== fuzz_$h: $secs s"
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
    $out/fuzz_$h -max_total_time="$secs" -timeout=1 -rss_limit_mb=1024 -print_final_stats=1 \
      -dict=tests/fuzz/civic.dict -artifact_prefix=$out/artifacts/$h- \
      $out/corpus/$h $out/seeds/$h > "$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  execs=${execs:-0}
  total=$((total + execs))
  if [ "$rc" -ne 0 ]; then
    status=1
    echo "fuzz_$h: FAILED (exit $rc) after $execs executions; see $log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|artifact_prefix|Test unit written|Base64)' "$log" | head -n 12
  else
    echo "fuzz_$h: $execs executions, no crash, leak, timeout or OOM; corpus $(ls $out/corpus/$h | wc -l) inputs"
  fi
done
echo "fuzz: $total executions in all"
exit $status
