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

# 3. the examples in docs/LANGUAGE.md, docs/COOKBOOK.md and README.md (its tour is a cram block).
sh tests/tools/docs.sh "$civic" docs/LANGUAGE.md docs/COOKBOOK.md README.md > "$log" 2>&1
tally "docs"

# 3b. the repository's Civic files are laid out as civic fmt lays them out.
sh tests/tools/formatted.sh "$civic" > "$log" 2>&1
tally "formatted (civic fmt --check)"

# 4. scenarios: the engine's own, then the councils' suites, where every council
# must have at least 90% of its clauses exercised (civic test --min; issue 17).
# --min's failure is the exit status with every scenario passed: counted as one.
${CIVIC_WRAP:-} "$civic" test tests/scenarios > "$log" 2>&1
tally "scenarios"
rc=0
${CIVIC_WRAP:-} "$civic" test --min 90 protocols > "$log" 2>&1 || rc=$?
if [ "$rc" -ne 0 ] && tail -n 1 "$log" | grep -q ' 0 failed$'; then echo "0 passed, 1 failed" >> "$log"; fi
tally "councils' scenarios, each with 90% of its clauses exercised"

# 4b. what an ordinary user cannot read is not passed (runs as nobody under root).
sh tests/tools/perms.sh "$civic" > "$log" 2>&1
tally "unreadable files (ordinary user)"

# 5. the folders' order: no file includes a header of a folder above its own.
sh tests/tools/layers.sh > "$log" 2>&1
tally "layers"

# 5a. no circles: no two files of interp/query/ or interp/render/ call each other
# (from the symbols of the objects the binary was built from).
objdir=$(dirname "$civic"); [ "$objdir" = . ] && objdir=build
sh tests/tools/calls.sh "$objdir" > "$log" 2>&1
tally "calls"

# 5b. the lists made from one table each: the query forms (q_forms.h) in the
# docs and help texts, the diagnostic codes (dg_codes.h) in the sources and docs.
sh tests/tools/forms.sh "$civic" > "$log" 2>&1
tally "query forms"
sh tests/tools/codes.sh > "$log" 2>&1
tally "diagnostic codes"
sh tests/tools/explain.sh "$civic" > "$log" 2>&1
tally "explain-error examples"

# 5c. the --json output of check, every query form, run, test, diff and diff --against
#     against docs/json-schema.json.
# (a python3 that has jsonschema: the one on PATH, else Debian's, where deps.sh installs it)
py=python3
$py -c 'import jsonschema' >/dev/null 2>&1 || py=/usr/bin/python3
$py tests/tools/schema.py "$civic" > "$log" 2>&1
tally "JSON schema"

# 6. the REPL on a pseudo-terminal: completion, history, multi-line, Ctrl-C.
sh tests/tools/repl_pty.sh "$civic" > "$log" 2>&1
tally "repl (terminal)"

# 7. the build's conventions: version from CHANGELOG.md, flags, Bison, install.
sh tests/tools/build_test.sh "$civic" > "$log" 2>&1
tally "build and install"

# 7b. civic render's pages in a real browser: headless Chromium (playwright-core
# in build/node_modules) loads each council's page; screenshots in build/render/.
if command -v node >/dev/null 2>&1; then node tests/tools/browser.js "$civic" > "$log" 2>&1
else printf 'node not found (make check installs Node.js)\n0 passed, 1 failed\n' > "$log"; fi
tally "render in a browser (Chromium)"

# 8. the editor files (editors/): the TextMate grammar over the councils and
# the stdlib (npm packages in build/node_modules), Vim, Emacs, VS Code.
if command -v node >/dev/null 2>&1; then node tests/editors/textmate.js > "$log" 2>&1
else printf 'node not found (make check installs Node.js)\n0 passed, 1 failed\n' > "$log"; fi
tally "editors: TextMate grammar"
sh tests/editors/vim.sh "$civic" > "$log" 2>&1
tally "editors: Vim"
sh tests/editors/emacs.sh "$civic" > "$log" 2>&1
tally "editors: Emacs"
if command -v node >/dev/null 2>&1; then node tests/editors/vscode.js > "$log" 2>&1
else printf 'node not found (make check installs Node.js)\n0 passed, 1 failed\n' > "$log"; fi
tally "editors: VS Code extension"

# 9. the language server, driven by a scripted client (Python 3, standard library),
# and spoken to by vscode-jsonrpc (npm packages in build/node_modules).
if command -v python3 >/dev/null 2>&1; then python3 tests/lsp/client.py "$civic" > "$log" 2>&1
else printf 'python3 not found\n0 passed, 1 failed\n' > "$log"; fi
tally "language server (civic lsp)"
if command -v node >/dev/null 2>&1; then node tests/lsp/jsonrpc.js "$civic" > "$log" 2>&1
else printf 'node not found (make check installs Node.js)\n0 passed, 1 failed\n' > "$log"; fi
tally "language server: VS Code's JSON-RPC library"

echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
