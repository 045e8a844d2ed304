#!/bin/sh
# The folders' order (docs/ARCHITECTURE.md), lowest first.  A file may include
# a header of its own folder or of a folder before it, never one after: data
# flows one way, text -> tokens -> AST -> model -> answers -> renderers ->
# commands.  Prints one line per include that reaches up, then the tally.
set -u
layers="grammar/base grammar interp/model interp/query interp/sim interp/audit interp/render interp/cli"
rank() {   # the rank of folder $1, or nothing
  i=0
  for l in $layers; do [ "$l" = "$1" ] && { echo $i; return; }; i=$((i + 1)); done
}
where() {  # the folder holding header $1, or nothing (system or generated)
  for l in $layers; do [ -f "$l/$1" ] && { echo "$l"; return; }; done
}
pass=0; fail=0
for dir in $layers; do
  r=$(rank "$dir")
  for f in "$dir"/*.[chly]; do
    [ -f "$f" ] || continue
    for h in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f"); do
      d=$(where "$h")
      [ -n "$d" ] || continue
      if [ "$(rank "$d")" -gt "$r" ]; then
        echo "$f: includes $d/$h, a folder above its own ($dir)"
        fail=$((fail + 1))
      else
        pass=$((pass + 1))
      fi
    done
  done
done
# every source file is in one of the folders
for f in $(find grammar interp -name '*.[chly]' | LC_ALL=C sort); do
  case " $layers " in *" $(dirname "$f") "*) ;; *) echo "$f: not in a folder of the pipeline"; fail=$((fail + 1)) ;; esac
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
