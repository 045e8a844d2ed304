#!/bin/sh
# The build's conventions (make check): the version comes from CHANGELOG.md;
# CFLAGS, CPPFLAGS and LDFLAGS reach every compile and link line; an old Bison
# is named before it fails; cmocka is a test dependency only; make install
# PREFIX=… DESTDIR=… installs a binary built for the stdlib path it installs
# to, and make uninstall takes it away.  Usage: build_test.sh CIVIC
# Last line "N passed, N failed".
set -u
civic=${1:-./civic}
cd "$(dirname "$0")/../.."
# Not the outer make's jobserver or command-line variables: each make below
# says what it is given.
unset MAKEFLAGS MFLAGS MAKELEVEL
tmp=$(mktemp -d "${TMPDIR:-/tmp}/civic-build.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0; fail=0
ok()   { pass=$((pass + 1)); echo "ok - $1"; }
bad()  { fail=$((fail + 1)); echo "FAIL - $1"; }
check() { if eval "$2"; then ok "$1"; else bad "$1"; fi; }

# ---- the version ---------------------------------------------------------------------
release=$(sed -n 's/^## \[\([0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*\)\].*/\1/p' CHANGELOG.md | head -n 1)
check "CHANGELOG.md names a released version ($release)" '[ -n "$release" ]'
got=$($civic --version)
check "civic --version prints CHANGELOG.md's latest release ('$got')" '[ "$got" = "civic $release" ]'
check "CHANGELOG.md keeps an Unreleased section above the releases" \
  'sed -n "/^## \[/{p;q;}" CHANGELOG.md | grep -q "^## \[Unreleased\]"'

check "the Emacs mode and the VS Code extension carry that version" \
  'grep -q "^;; Version: $release\$" editors/emacs/civic-mode.el && grep -q "\"version\": \"$release\"" editors/vscode/package.json'

# ---- flags from the command line and the environment -------------------------------------
# A dry run (-n) of a fresh build prints every compile and link line.
flags_ok() {   # file of make -n output: every cc line carries the marks it should
  awk 'function out() { for (i = 1; i < NF; i++) if ($i == "-o") return $(i + 1); return "?" }
       $1 == "cc" {
         if ($0 ~ / -c /) { if ($0 !~ /MARK_CFLAGS/ || $0 !~ /MARK_CPPFLAGS/) { print "  compile of " out() " misses a flag"; bad = 1 } }
         else if ($0 ~ / -o /) { if ($0 !~ /MARK_CFLAGS/ || $0 !~ /MARK_LDFLAGS/) { print "  link of " out() " misses a flag"; bad = 1 } }
         n++ }
       END { if (n < 20) { print "only " n " cc lines"; bad = 1 }; exit bad }' "$1"
}
make -n -B BUILD="$tmp/flags" CC=cc CFLAGS=-DMARK_CFLAGS CPPFLAGS=-DMARK_CPPFLAGS LDFLAGS=-LMARK_LDFLAGS \
  variant "$tmp/flags/bench/bench" > "$tmp/flags.txt" 2>&1
check "CFLAGS, CPPFLAGS, LDFLAGS on the command line reach every compile and link line" 'flags_ok "$tmp/flags.txt"'
CFLAGS=-DMARK_CFLAGS CPPFLAGS=-DMARK_CPPFLAGS LDFLAGS=-LMARK_LDFLAGS \
  make -n -B BUILD="$tmp/flags" CC=cc variant "$tmp/flags/bench/bench" > "$tmp/flags-env.txt" 2>&1
check "CFLAGS, CPPFLAGS, LDFLAGS from the environment reach every compile and link line" 'flags_ok "$tmp/flags-env.txt"'
check "make sanitize adds its flags to LDFLAGS, not instead of them" \
  'make -n sanitize LDFLAGS=-LMARK_LDFLAGS 2>&1 | grep -q "LDFLAGS=.-LMARK_LDFLAGS -fsanitize"'

# ---- which dependencies each target needs ----------------------------------------------
make -n -B BUILD="$tmp/deps" all > "$tmp/make.txt" 2>&1
check "make needs no cmocka (deps.sh build, no -lcmocka)" \
  'grep -q "deps.sh build" "$tmp/make.txt" && ! grep -q "deps.sh test" "$tmp/make.txt" && ! grep -q cmocka "$tmp/make.txt"'
make -n -B BUILD="$tmp/deps" check > "$tmp/check.txt" 2>&1
check "make check installs the test dependencies (deps.sh test)" 'grep -q "deps.sh test" "$tmp/check.txt"'

# ---- Bison too old ---------------------------------------------------------------------
mkdir -p "$tmp/bin"
printf '#!/bin/sh\necho "bison (GNU Bison) 2.3"\n' > "$tmp/bin/bison"
chmod +x "$tmp/bin/bison"
make BUILD="$tmp/oldbison" BISON="$tmp/bin/bison" "$tmp/oldbison/parser.c" > "$tmp/bison.txt" 2>&1
rc=$?
check "an old Bison stops the build (exit $rc)" '[ "$rc" -ne 0 ]'
check "… with a message naming the version needed and where to get it" \
  'grep -q "GNU Bison 2.3; grammar/parser.y needs 3.6 or later" "$tmp/bison.txt" && grep -q "brew --prefix bison" "$tmp/bison.txt"'
check "… before Bison itself runs" '! grep -q "parser.y:" "$tmp/bison.txt"'
check "the Bison on this machine is new enough" 'sh tests/tools/need_bison.sh bison 3.6'

# ---- install and uninstall -------------------------------------------------------------
dest=$tmp/dest
b=$tmp/build
if make -j2 BUILD="$b" OPT=-O0 PREFIX=/opt/civic DESTDIR="$dest" install > "$tmp/install.txt" 2>&1; then
  ok "make install PREFIX=/opt/civic DESTDIR=…"
else
  bad "make install PREFIX=/opt/civic DESTDIR=…"; tail -n 20 "$tmp/install.txt"
fi
inst=$dest/opt/civic/bin/civic
got=$("$inst" --version 2>&1)
check "the installed civic --version ('$got')" '[ "$got" = "civic $release" ]'
check "the installed binary looks for the stdlib in /opt/civic/share/civic/stdlib" \
  'strings "$inst" | grep -qx "/opt/civic/share/civic/stdlib"'
check "… and not in /usr/local" '! strings "$inst" | grep -q "/usr/local/share/civic"'
check "the stdlib is installed" \
  '[ -f "$dest/opt/civic/share/civic/stdlib/roles.civic" ] && [ -f "$dest/opt/civic/share/civic/stdlib/calendars/scotland.civic" ]'
check "the man page is installed with the release's version" \
  'grep -q "\"civic $release\"" "$dest/opt/civic/share/man/man1/civic.1"'
check "… and the stdlib's path under that PREFIX" \
  'grep -q "^.I /opt/civic/share/civic/stdlib\$" "$dest/opt/civic/share/man/man1/civic.1" && ! grep -q /usr/local "$dest/opt/civic/share/man/man1/civic.1"'
check "the installed civic checks a protocol" \
  '"$inst" check --today 2026-01-01 protocols/newent.civic > /dev/null 2>&1'
# Another prefix rebuilds only what names the path or the version, then
# relinks; the same prefix again rebuilds nothing.
sources() { sed -n 's/.* -c -o [^ ]* \([^ ]*\.c\)$/\1/p' "$1" | LC_ALL=C sort | tr '\n' ' '; }
make BUILD="$b" OPT=-O0 PREFIX=/usr/local all > "$tmp/rebuild.txt" 2>&1
got=$(sources "$tmp/rebuild.txt")
check "another PREFIX rebuilds grammar/load.c, which names the stdlib path ($got)" \
  'case " $got" in *" grammar/load.c "*) true ;; *) false ;; esac'
check "… and only what names it or the version" \
  '(for f in $got; do grep -q -E "CIVIC_(STDLIB_DIR|VERSION)" "$f" || exit 1; done)'
check "… and relinks civic" 'grep -q -e "-o $b/civic " "$tmp/rebuild.txt"'
check "… for the stdlib under that PREFIX" 'strings "$b/civic" | grep -qx "/usr/local/share/civic/stdlib"'
make BUILD="$b" OPT=-O0 PREFIX=/usr/local all > "$tmp/again.txt" 2>&1
check "the same PREFIX again rebuilds nothing" '! grep -q -e " -o " "$tmp/again.txt"'
make BUILD="$b" PREFIX=/opt/civic DESTDIR="$dest" uninstall > "$tmp/uninstall.txt" 2>&1
check "make uninstall removes the binary, the man page and the stdlib" \
  '[ ! -e "$inst" ] && [ ! -e "$dest/opt/civic/share/man/man1/civic.1" ] && [ ! -e "$dest/opt/civic/share/civic" ]'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
