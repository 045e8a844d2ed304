#!/bin/sh
# The REPL on a real pseudo-terminal (util-linux `script`): tab completion,
# the continuation prompt of a multi-line definition, Ctrl-C, and history
# saved to $CIVIC_HISTORY and recalled with the Up arrow in a new session.
# Usage: repl_pty.sh CIVIC.   Last line: "N passed, N failed".
set -u
civic=$1
tmp=${TMPDIR:-/tmp}/civic-pty.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0; fail=0
if ! command -v script >/dev/null 2>&1; then
  echo "script(1) is not installed: REPL terminal tests not run"
  echo "0 passed, 0 failed"; exit 0
fi
proto=tests/scenarios/engine.civic
# Each line of the keys file is typed after a pause, as a person would:
# keys typed before the REPL is up would reach the terminal driver first.
type_keys() {
  sleep 0.5
  while IFS= read -r k; do printf '%b' "$k"; sleep 0.3; done < "$1"
  sleep 0.5
}
run() {   # keys-file [history file] -> $tmp/clean
  type_keys "$1" | CIVIC_HISTORY="${2:-$tmp/history}" NO_COLOR=1 TERM=xterm timeout 30 \
    script -qec "$civic repl --today 2026-11-22 $proto" /dev/null > "$tmp/out" 2>&1
  tr -d '\r' < "$tmp/out" > "$tmp/clean"
}
check() {  # description, fixed string expected in the output
  if grep -qF -- "$2" "$tmp/clean"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL repl on a terminal: $1 (no '$2' in the output)"; sed 's/^/  | /' "$tmp/clean" | head -40; fi
}

# 1. completion of a role name, a multi-line definition, Ctrl-C on a line
cat > "$tmp/keys1" <<'KEYS'
can Memb\tinstruct Officer\r
role Auditor "Internal Auditor" is Officer {\r
aka Inspector\r
}\r
duties of Inspec\t\r
this line is cancelled
\003
:quit\r
KEYS
run "$tmp/keys1"
check "tab completes a role" "civic> can Member instruct Officer"
check "the answer cites its clause" "Forbidden, unless approved by Town Clerk. [E3]"
check "continuation prompt" "  ...> aka Inspector"
check "the definition is added" "added: 1 role"
check "an alias defined at the prompt completes" "duties of Inspector"
check "Ctrl-C cancels the line, not the program" ":quit"

# 2. history: saved, then recalled with the Up arrow in a new session
if grep -qF "can Member instruct Officer" "$tmp/history" 2>/dev/null; then pass=$((pass + 1)); else
  fail=$((fail + 1)); echo "FAIL repl on a terminal: history file not written"; fi
cat > "$tmp/keys2" <<'KEYS'
\033[A\033[A\033[A\033[A\033[A\033[A
\r
:quit\r
KEYS
run "$tmp/keys2"
check "Up arrow recalls history from the last session" "Forbidden, unless approved by Town Clerk. [E3]"

# 3. the history file is written as afile.h says: through a link (which
# stays a link), keeping the file's mode; a device is written, not replaced
# (a null device made here: the machine's /dev/null is not put at risk).
ok() { if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL repl on a terminal: history: $*"; fi; }
printf 'roles\n' > "$tmp/real-history" && chmod 600 "$tmp/real-history" && ln -s real-history "$tmp/link-history"
printf 'roles\r\n:quit\r\n' > "$tmp/keys3"
run "$tmp/keys3" "$tmp/link-history"
ok test -L "$tmp/link-history"
ok test "$(stat -c %a "$tmp/real-history")" = 600
ok grep -qx ':quit' "$tmp/real-history"
if mknod "$tmp/null" c 1 3 2>/dev/null; then
  run "$tmp/keys3" "$tmp/null"
  ok test -c "$tmp/null"
else
  echo "note: mknod not permitted here: the history-on-a-device case was not run"
fi

echo "$pass passed, $fail failed"
