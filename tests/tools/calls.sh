#!/bin/sh
# No circles: within each of the folders below, no two files call each other,
# directly or around a loop (a file's functions calling another's, read from
# the symbols of the built objects).  Usage: calls.sh OBJDIR (build, build/asan…).
# Last line: "N passed, N failed".
set -u
export LC_ALL=C
objdir=${1:-build}
cd "$(dirname "$0")/../.."
tmp=${TMPDIR:-/tmp}/civic-calls.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0; fail=0
for dir in ${CALLS_DIRS:-grammar/base grammar interp/model interp/query interp/sim interp/render interp/cli}; do
  : > "$tmp/defs"; : > "$tmp/edges"
  for o in "$objdir/$dir"/*.o; do
    [ -f "$o" ] || continue
    f=$(basename "$o" .o)
    nm --defined-only -g "$o" | awk -v f="$f" '$2 ~ /^[TDRB]$/ { print $3, f }' >> "$tmp/defs"
  done
  sort "$tmp/defs" -o "$tmp/defs"
  for o in "$objdir/$dir"/*.o; do
    [ -f "$o" ] || continue
    f=$(basename "$o" .o)
    # every symbol the file uses that another file of the folder defines
    nm -u "$o" | awk '{ print $NF }' | sort -u | join - "$tmp/defs" |
      awk -v f="$f" '$2 != f { print f, $2 }' >> "$tmp/edges"
  done
  if [ ! -s "$tmp/defs" ]; then echo "$dir: no objects in $objdir"; fail=$((fail + 1)); continue; fi
  sort -u "$tmp/edges" -o "$tmp/edges"
  if tsort "$tmp/edges" > /dev/null 2> "$tmp/loop"; then pass=$((pass + 1))
  else echo "$dir: files that call each other in a loop:"; cat "$tmp/loop"; fail=$((fail + 1)); fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
