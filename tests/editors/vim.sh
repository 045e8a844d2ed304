#!/bin/sh
# The Vim files (editors/vim) in Vim itself: each council's file loads with
# the syntax, ftplugin, indent and compiler files and no error; words get the
# highlight groups they should; the errorformat turns civic check's real
# output into quickfix entries (file, line, column, message and hint, type);
# = gives back each file's own indentation.  Usage: vim.sh CIVIC
# Last line "N passed, N failed".
set -u
civic=${1:-./civic}
cd "$(dirname "$0")/../.."
if ! vim --version 2>/dev/null | grep -q '+eval' || ! vim --version | grep -q '+syntax'; then
  echo "FAIL - Vim with +eval and +syntax is installed (make check installs it)"
  echo "0 passed, 1 failed"; exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/civic-vim.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
corpus=$(ls protocols/*.civic stdlib/*.civic stdlib/calendars/*.civic | LC_ALL=C sort)
vimlist=$(for f in $corpus; do printf "'%s'," "$f"; done)
civic_abs=$(cd "$(dirname "$civic")" && pwd)/$(basename "$civic")
"$civic" check --today 2026-01-01 tests/editors/fixtures/mistakes.civic > "$tmp/diagnostics" 2>&1
HOME=$tmp vim -Nu NONE -i NONE -es \
  -c "let g:out = '$tmp/results' | let g:corpus = [$vimlist] | let g:civic = '$civic_abs' | let g:diagnostics = readfile('$tmp/diagnostics')" \
  -S tests/editors/vim_test.vim < /dev/null > "$tmp/vim.log" 2>&1
rc=$?
if [ ! -f "$tmp/results" ]; then
  echo "FAIL - tests/editors/vim_test.vim ran to the end (vim exited $rc)"; cat "$tmp/vim.log"
  echo "0 passed, 1 failed"; exit 1
fi
cat "$tmp/results"
pass=$(grep -c '^ok - ' "$tmp/results")
fail=$(grep -c '^FAIL - ' "$tmp/results")
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
