#!/bin/sh
# Install the build and test dependencies that are missing, and only those.
# Debian/Ubuntu: flex, bison, GNU readline, cmocka, xmllint (libxml2-utils: the
# JUnit reports are checked well-formed). Uses sudo when not root.
set -e
need=""
command -v flex  >/dev/null 2>&1 || need="$need flex"
command -v bison >/dev/null 2>&1 || need="$need bison"
have_header() { echo "#include <$1>" | ${CC:-cc} -E -x c - >/dev/null 2>&1; }
have_header stdio.h || need="$need build-essential"
if ! echo '#include <stdio.h>
#include <readline/readline.h>' | ${CC:-cc} -E -x c - >/dev/null 2>&1; then need="$need libreadline-dev"; fi
if ! echo '#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>' | ${CC:-cc} -E -x c - >/dev/null 2>&1; then need="$need libcmocka-dev"; fi
command -v xmllint >/dev/null 2>&1 || need="$need libxml2-utils"
[ -z "$need" ] && exit 0
echo "civic: installing missing dependencies:$need"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "civic: apt-get not found; please install:$need" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq --no-install-recommends $need
