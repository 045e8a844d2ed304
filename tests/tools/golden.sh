#!/bin/sh
# Golden end-to-end tests, cram style.  A .t file holds cases:
#
#   $ civic check tests/check/unknown-role.civic
#   tests/check/unknown-role.civic:3:32: error: unknown role 'Oficer'
#   ...
#   [1]
#
# Each "$ " line is a shell command run from the repository root with
# `civic` on the PATH; the lines up to the next "$ " (or a blank line
# followed by "$ ", or end of file) are its expected output, stdout and
# stderr together, then "[N]" when the exit status N is not 0.
# Lines starting with "#" before a command are comments.
# Usage: golden.sh CIVIC FILE.t...    Last line: "N passed, N failed".
# GOLDEN_UPDATE=1 rewrites the expected output instead of comparing.
set -u
civic=$1; shift
tmp=${TMPDIR:-/tmp}/civic-golden.$$
mkdir -p "$tmp/bin"
trap 'rm -rf "$tmp"' EXIT INT TERM
abs=$(cd "$(dirname "$civic")" && pwd)/$(basename "$civic")
cat > "$tmp/bin/civic" <<EOS
#!/bin/sh
exec ${CIVIC_WRAP:-} "$abs" "\$@"
EOS
chmod +x "$tmp/bin/civic"
pass=0; fail=0
for t in "$@"; do
  awk -v dir="$tmp" '
    function flush() { if (n > 0) { close(cmdf); close(expf) } }
    /^\$ / { flush(); n++; cmdf = dir "/case" n ".cmd"; expf = dir "/case" n ".exp";
             printf "%s\n", substr($0, 3) > cmdf; printf "" > expf; next }
    n == 0 { next }
    { print > expf }
    END { flush(); print n > (dir "/count") }
  ' "$t"
  count=$(cat "$tmp/count")
  i=1
  out_t="$tmp/updated.t"; : > "$out_t"
  while [ "$i" -le "$count" ]; do
    cmd=$(cat "$tmp/case$i.cmd")
    # expected output: drop trailing blank lines (they separate cases)
    awk 'BEGIN{n=0} {l[++n]=$0} END{while (n>0 && l[n]=="") n--; for(i=1;i<=n;i++) print l[i]}' "$tmp/case$i.exp" > "$tmp/exp"
    PATH="$tmp/bin:$PATH" NO_COLOR=1 CIVIC_HISTORY=/dev/null sh -c "$cmd" > "$tmp/out" 2>&1 < /dev/null
    rc=$?
    [ "$rc" -ne 0 ] && echo "[$rc]" >> "$tmp/out"
    if [ -n "${GOLDEN_UPDATE:-}" ]; then
      printf '$ %s\n' "$cmd" >> "$out_t"; cat "$tmp/out" >> "$out_t"; echo >> "$out_t"
    fi
    if cmp -s "$tmp/exp" "$tmp/out"; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL $t: \$ $cmd"
      diff -u "$tmp/exp" "$tmp/out" | sed -n '3,60p'
    fi
    i=$((i + 1))
  done
  if [ -n "${GOLDEN_UPDATE:-}" ]; then
    # keep the file's leading comment block
    awk '/^\$ /{exit} {print}' "$t" > "$tmp/head"
    cat "$tmp/head" "$out_t" > "$t"
  fi
done
echo "$pass passed, $fail failed"
