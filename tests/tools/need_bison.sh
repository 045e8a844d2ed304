#!/bin/sh
# Usage: need_bison.sh BISON MIN — exits 0 when BISON is GNU Bison MIN (x.y) or
# later; otherwise says which bison was found, what grammar/parser.y needs, and
# how to get one, and exits 1: better than the cryptic errors an old bison
# gives on "%define parse.error custom".
bison=${1:-bison}
min=${2:-3.6}
where=$(command -v "$bison" 2>/dev/null || true)
advice() {
  echo "  Debian/Ubuntu: apt-get install bison (Debian 11 / Ubuntu 21.04 or later)" >&2
  echo "  Fedora:        dnf install bison" >&2
  echo "  macOS:         brew install bison, then put it first on PATH (it is keg-only):" >&2
  echo "                 export PATH=\"\$(brew --prefix bison)/bin:\$PATH\"" >&2
  echo "  or name one:   make BISON=/path/to/bison" >&2
}
if [ -z "$where" ]; then
  echo "civic: bison not found ('$bison'); the grammar needs GNU Bison $min or later" >&2
  advice; exit 1
fi
line=$("$bison" --version 2>/dev/null | head -n 1)
ver=$(printf '%s\n' "$line" | sed -n 's/.*[^0-9.]\([0-9][0-9]*\.[0-9][0-9]*\)\(\.[0-9][0-9]*\)*[^0-9.]*$/\1/p')
case $line in *"GNU Bison"*) ;; *) ver="" ;; esac
if [ -z "$ver" ]; then
  echo "civic: $where is not GNU Bison ('$line'); the grammar needs GNU Bison $min or later" >&2
  advice; exit 1
fi
major=${ver%%.*}; minor=${ver#*.}
want_major=${min%%.*}; want_minor=${min#*.}
if [ "$major" -gt "$want_major" ] || { [ "$major" -eq "$want_major" ] && [ "$minor" -ge "$want_minor" ]; }; then
  exit 0
fi
echo "civic: $where is GNU Bison $ver; grammar/parser.y needs $min or later (for '%define parse.error custom')" >&2
advice
exit 1
