#!/bin/sh
# editors/emacs/civic-mode.el in Emacs: it byte-compiles without a warning;
# every council's file opens in civic-mode and highlights; words get the faces
# they should; indent-region gives back each file's own indentation; civic
# check's output read by M-x compile gives file, line, column and type; Eglot
# is told to start civic lsp.  Usage: emacs.sh CIVIC.  Last line "N passed, N failed".
set -u
civic=${1:-./civic}
cd "$(dirname "$0")/../.."
if ! command -v emacs >/dev/null 2>&1; then
  echo "FAIL - Emacs is installed (make check installs emacs-nox)"
  echo "0 passed, 1 failed"; exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/civic-emacs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0; fail=0
# Compiled in a copy, so that no .elc is left in the tree.
cp editors/emacs/civic-mode.el "$tmp/"
if HOME=$tmp emacs -Q --batch --eval '(setq byte-compile-error-on-warn t)' \
     -f batch-byte-compile "$tmp/civic-mode.el" > "$tmp/compile.log" 2>&1 && [ -f "$tmp/civic-mode.elc" ]; then
  echo "ok - civic-mode.el byte-compiles without a warning"; pass=$((pass + 1))
else
  echo "FAIL - civic-mode.el byte-compiles without a warning"; sed 's/^/    /' "$tmp/compile.log"; fail=$((fail + 1))
fi
"$civic" check --today 2026-01-01 tests/editors/fixtures/mistakes.civic > "$tmp/diagnostics" 2>&1
lib=$tmp/civic-mode.elc; [ -f "$lib" ] || lib=editors/emacs/civic-mode.el
CIVIC_TEST_CORPUS=$(ls protocols/*.civic stdlib/*.civic stdlib/calendars/*.civic | LC_ALL=C sort | tr '\n' ' ') \
CIVIC_TEST_DIAGNOSTICS=$tmp/diagnostics HOME=$tmp \
  emacs -Q --batch -l "$lib" -l tests/editors/emacs_test.el > "$tmp/results" 2> "$tmp/emacs.log"
rc=$?
grep -E '^(ok|FAIL) - ' "$tmp/results"
if ! grep -q '^[0-9]* failed$' "$tmp/results"; then
  echo "FAIL - tests/editors/emacs_test.el ran to the end (emacs exited $rc)"; sed 's/^/    /' "$tmp/emacs.log" | tail -n 20
  fail=$((fail + 1))
fi
pass=$((pass + $(grep -c '^ok - ' "$tmp/results")))
fail=$((fail + $(grep -c '^FAIL - ' "$tmp/results")))
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
