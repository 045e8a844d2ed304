#!/bin/sh
# Run the examples of a Markdown document:
#   ```civic        a complete file that must check with no errors
#   ```civic-error  a file that must be reported with errors (exit status 1)
#                   (both laid out as `civic fmt` lays them out)
#   ```console      "$ civic …" lines with their exact output, run like a golden test
# Usage: docs.sh CIVIC FILE.md...    Last line: "N passed, N failed".
set -u
civic=$1; shift
tmp=${TMPDIR:-/tmp}/civic-docs.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0; fail=0
for md in "$@"; do
  rm -f "$tmp"/ex*.civic "$tmp"/ex*.kind "$tmp/console.t"
  awk -v dir="$tmp" '
    /^```civic-error[ \t]*$/ { n++; f = dir "/ex" n ".civic"; printf "error\n" > (dir "/ex" n ".kind"); inb = 1; line0 = NR; next }
    /^```civic[ \t]*$/       { n++; f = dir "/ex" n ".civic"; printf "ok\n" > (dir "/ex" n ".kind"); inb = 1; next }
    /^```console[ \t]*$/     { inc = 1; next }
    /^```/                   { if (inb) close(f); inb = 0; if (inc) print "" >> (dir "/console.t"); inc = 0; next }
    inb { print > f }
    inc { print >> (dir "/console.t") }
  ' "$md"
  for ex in "$tmp"/ex*.civic; do
    [ -f "$ex" ] || continue
    kind=$(cat "${ex%.civic}.kind")
    cp "$ex" "$tmp/example.civic"
    ${CIVIC_WRAP:-} "$civic" check --today 2026-11-22 "$tmp/example.civic" > "$tmp/out" 2>&1
    rc=$?
    if { [ "$kind" = ok ] && [ "$rc" -eq 0 ]; } || { [ "$kind" = error ] && [ "$rc" -eq 1 ]; }; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL $md: a \`\`\`civic${kind#ok} example (exit $rc):"
      sed 's/^/    /' "$ex" | head -n 15
      sed 's/^/  | /' "$tmp/out" | head -n 15
    fi
    # and laid out as civic fmt lays it out (one that cannot be read is left to the check above)
    if ${CIVIC_WRAP:-} "$civic" fmt --check "$tmp/example.civic" 2>/dev/null | grep -q ': not formatted$'; then
      fail=$((fail + 1))
      tag=civic; [ "$kind" = error ] && tag=civic-error
      echo "FAIL $md: a \`\`\`$tag example is not formatted (civic fmt):"
      "$civic" fmt "$tmp/example.civic" | diff "$ex" - | sed 's/^/    /' | head -n 20
    else
      pass=$((pass + 1))
    fi
  done
  if [ -s "$tmp/console.t" ]; then
    r=$(sh tests/tools/golden.sh "$civic" "$tmp/console.t")
    echo "$r" | grep -v -E '^[0-9]+ passed, [0-9]+ failed$'
    line=$(echo "$r" | tail -n 1)
    p=${line%% passed*}; f=${line#*passed, }; f=${f%% failed*}
    pass=$((pass + p)); fail=$((fail + f))
  fi
done
echo "$pass passed, $fail failed"
