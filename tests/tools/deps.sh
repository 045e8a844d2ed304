#!/bin/sh
# Install the build and test dependencies that are missing, and only those.
# Usage: deps.sh [build|test].  build (make): flex, bison, GNU readline, and
# Jansson (the JSON library civic lsp reads JSON-RPC with).
# test (make check) adds cmocka, Node.js and npm, Vim with +eval and +syntax,
# and Emacs (editors/, tests/editors/), python3-jsonschema (make check
# validates the --json output against docs/json-schema.json), Graphviz (civic
# render runs dot to draw route diagrams) and Chromium (the pages of civic
# render are checked in a real browser), xmllint (libxml2-utils: the JUnit
# reports of civic test are checked well-formed).
# Debian/Ubuntu; uses sudo when not root.
# The header checks honour CPPFLAGS (e.g. Homebrew's readline on macOS).
set -e
what=${1:-build}
need=""
command -v flex  >/dev/null 2>&1 || need="$need flex"
command -v bison >/dev/null 2>&1 || need="$need bison"
have_header() { echo "#include <$1>" | ${CC:-cc} ${CPPFLAGS:-} -E -x c - >/dev/null 2>&1; }
have_header stdio.h || need="$need build-essential"
if ! echo '#include <stdio.h>
#include <readline/readline.h>' | ${CC:-cc} ${CPPFLAGS:-} -E -x c - >/dev/null 2>&1; then need="$need libreadline-dev"; fi
have_header jansson.h || need="$need libjansson-dev"
if [ "$what" = test ]; then
if ! echo '#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>' | ${CC:-cc} ${CPPFLAGS:-} -E -x c - >/dev/null 2>&1; then need="$need libcmocka-dev"; fi
command -v node >/dev/null 2>&1 || need="$need nodejs"
command -v npm  >/dev/null 2>&1 || need="$need npm"
# vim-tiny also answers to "vim" but has neither +eval nor +syntax.
vim --version 2>/dev/null | grep -q '+eval' && vim --version | grep -q '+syntax' || need="$need vim"
command -v emacs >/dev/null 2>&1 || need="$need emacs-nox"
# Debian's python3 (/usr/bin) is where python3-jsonschema goes; a python3 earlier on PATH may have its own
python3 -c 'import jsonschema' >/dev/null 2>&1 || /usr/bin/python3 -c 'import jsonschema' >/dev/null 2>&1 ||
  need="$need python3-jsonschema"
# civic render draws its route diagrams with Graphviz's dot, and its pages are
# checked in Debian's Chromium (tests/tools/browser.js)
command -v dot >/dev/null 2>&1 || need="$need graphviz"
[ -x /usr/bin/chromium ] || need="$need chromium"
# the JUnit reports of civic test are checked well-formed
command -v xmllint >/dev/null 2>&1 || need="$need libxml2-utils"
fi
[ -z "$need" ] && exit 0
echo "civic: installing missing dependencies:$need"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "civic: apt-get not found; please install (Debian's names):$need" >&2
  echo "civic: README.md, 'Set up', gives the names on Fedora (dnf) and macOS (Homebrew)" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq --no-install-recommends $need
