#!/bin/sh
# What an ordinary user cannot read, civic test must not pass: an unreadable
# subdirectory holding a failing scenario, an unreadable directory named on
# the command line, an unreadable scenario file.  Root reads everything, so
# as root these run as `nobody` (runuser); when neither works they are
# skipped, with a message.  Usage: perms.sh CIVIC.  Last line "N passed, N failed".
set -u
civic=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
pass=0; fail=0
as_user() {
  if [ "$(id -u)" != 0 ]; then "$@"
  else runuser -u nobody -- "$@"; fi
}
if [ "$(id -u)" = 0 ] && ! runuser -u nobody -- true 2>/dev/null; then
  echo "perms: skipped: running as root and 'runuser -u nobody' does not work here"
  echo "0 passed, 0 failed"; exit 0
fi
if ! as_user "$civic" --version > /dev/null 2>&1; then
  echo "perms: skipped: the ordinary user cannot run $civic"
  echo "0 passed, 0 failed"; exit 0
fi
d=$(mktemp -d); trap 'chmod -R u+rwx "$d"; rm -rf "$d"' EXIT INT TERM
chmod 755 "$d"
mkdir "$d/suite" "$d/suite/sub" "$d/closed"
cp protocols/newent.civic protocols/newent.test.civic "$d/suite/"
cp tests/failing/wrong.civic "$d/suite/sub/"
cp protocols/newent.civic "$d/suite/secret.civic"
chmod 000 "$d/suite/sub" "$d/closed" "$d/suite/secret.civic"
chmod -R go+rX "$d/suite" 2>/dev/null; chmod 000 "$d/suite/sub" "$d/suite/secret.civic"

check() {   # name, expected output (with the exit status last), command...
  name=$1; want=$2; shift 2
  got=$(cd "$d" && as_user "$@" 2>&1; echo "[exit $?]")
  if [ "$got" = "$want" ]; then pass=$((pass + 1))
  else fail=$((fail + 1)); echo "FAIL perms: $name"; echo "--- want"; echo "$want"; echo "--- got"; echo "$got"; fi
}

check "unreadable subdirectory" "suite/secret.civic: cannot read: Permission denied
suite/sub: cannot read: Permission denied
41 passed, 2 failed
[exit 1]" "$civic" test suite

check "unreadable directory named" "closed: cannot read: Permission denied
0 passed, 1 failed
[exit 1]" "$civic" test closed

check "unreadable file named" "civic: cannot read 'suite/secret.civic': Permission denied
[exit 2]" "$civic" check suite/secret.civic

echo "$pass passed, $fail failed"
