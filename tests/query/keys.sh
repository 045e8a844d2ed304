#!/bin/sh
# The --json keys DESIGN.md promises for each query ("the minimum --json
# prints"), checked on tests/query/protocol.civic.  Run from the repository
# root with civic on the PATH (tests/golden/query-json.t does).  Prints one
# line per query: "ok KIND: KEYS", or what is missing.
#
# A key is top-level ("verdict") or in every object of a list ("norms.clause");
# the JSON is pretty-printed two spaces a level, which is how nesting is told.
f=tests/query/protocol.civic

check() {   # kind, query, keys...
  kind=$1 q=$2; shift 2
  out=$(civic query --json --today 2026-11-22 "$f" "$q"); rc=$?
  if [ "$rc" -ne 0 ]; then echo "FAILED ($rc): $q"; return; fi
  bad=""
  printf '%s\n' "$out" | grep -q "^  \"kind\": \"$kind\",\$" || bad="$bad kind:\"$kind\""
  for k in "$@"; do
    case $k in
    *.*)
      list=${k%%.*} key=${k#*.}
      n=$(printf '%s\n' "$out" | awk -v l="$list" -v k="$key" '
            $0 ~ "^  \"" l "\": \\[" { inl = 1; next }
            inl && /^  \]/ { inl = 0 }
            inl && /^    \{/ { objs++ }
            inl && $0 ~ "^      \"" k "\": " { keys++ }
            END { print (objs > 0 && objs == keys) ? "ok" : objs + 0 " objects, " keys + 0 " keys" }')
      [ "$n" = ok ] || bad="$bad $k ($n)" ;;
    *)
      printf '%s\n' "$out" | grep -q "^  \"$k\": " || bad="$bad $k" ;;
    esac
  done
  if [ -z "$bad" ]; then echo "ok $kind: $*"; else echo "MISSING in '$q':$bad"; fi
}

check can 'can Member instruct Officer' verdict clauses
check duties 'duties of Scribe' role norms.clause norms.modality norms.action
check expectations 'expectations of Member from Officer' norms norms.clause norms.modality norms.action
check route 'route complaint by Member about Clerk' steps.clause steps.handler steps.handler_name
check deadline 'deadline A2 from 2025-12-23' clause due
check review 'review' next_due overdue
check explain 'explain A2' clause norms norms.clause norms.modality norms.action
