#!/bin/sh
# The diagnostic codes against their one table (grammar/base/dg_codes.h):
# every code a report in grammar/ or interp/ uses is in the table, every code
# of the table is used, and docs/DIAGNOSTICS.md lists exactly the table's
# codes with its descriptions.  Last line: "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
tmp=${TMPDIR:-/tmp}/civic-codes.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM

# the table: code<TAB>description, from its X("code", "description", "hint") lines
sed -n 's/^ *X("\([a-z0-9-]*\)", "\(\([^"\\]\|\\.\)*\)",.*/\1\t\2/p' grammar/base/dg_codes.h | LC_ALL=C sort > "$tmp/table"

# the codes used: the code argument of every dg_report (3rd), q_error (3rd),
# MD_ERR and MD_WARN (2nd) and au_row_error (4th: civic audit's bad rows,
# shown with their code as the others are) call; a call whose code is not a
# literal is listed as "?" unless it is one of the wrappers themselves
perl -e '
  local $/;
  my %pos = (dg_report => 2, q_error => 2, MD_ERR => 1, MD_WARN => 1, au_row_error => 3);
  for my $f (@ARGV) {
    open my $h, "<", $f or die "$f: $!"; my $s = <$h>;
    $s =~ s{/\*.*?\*/}{}gs;
    while ($s =~ /\b(dg_report|q_error|MD_ERR|MD_WARN|au_row_error)\s*\(/g) {
      my ($fn, $at) = ($1, pos($s));
      my ($depth, $arg, $str) = (0, "", 0); my @args;
      for (my $i = $at; $i < length $s; $i++) {
        my $c = substr($s, $i, 1);
        if ($str) { $arg .= $c; if ($c eq "\\") { $arg .= substr($s, ++$i, 1); } elsif ($c eq "\"") { $str = 0; } next; }
        if ($c eq "\"") { $str = 1; $arg .= $c; next; }
        if ($c eq "(") { $depth++; } elsif ($c eq ")") { last if $depth == 0; $depth--; }
        if ($c eq "," && $depth == 0) { push @args, $arg; $arg = ""; next; }
        $arg .= $c;
      }
      push @args, $arg;
      my $code = $args[$pos{$fn}] // "";
      my @lits = $code =~ /"([a-z0-9-]+)"/g;
      if (@lits) { print "$_\t$f\n" for @lits; }
      elsif ($code !~ /^\s*(const char \*)?\s*(code|d->code)\s*$/) { print "?\t$f: $fn($code…)\n"; }
    }
  }' $(find grammar interp -name '*.[chly]' | LC_ALL=C sort) > "$tmp/used"

pass=0; fail=0
cut -f1 "$tmp/table" > "$tmp/codes"
for c in $(cut -f1 "$tmp/used" | LC_ALL=C sort -u); do
  if [ "$c" = "?" ]; then
    grep '^?' "$tmp/used" | sed 's/^?\t/a report whose code is not a literal: /'; fail=$((fail + 1))
  elif grep -qx -- "$c" "$tmp/codes"; then pass=$((pass + 1))
  else echo "code '$c' ($(grep "^$c	" "$tmp/used" | head -1 | cut -f2)) is not in grammar/base/dg_codes.h"; fail=$((fail + 1)); fi
done
for c in $(cat "$tmp/codes"); do
  if cut -f1 "$tmp/used" | grep -qx -- "$c"; then pass=$((pass + 1))
  else echo "code '$c' of grammar/base/dg_codes.h is reported nowhere: remove it"; fail=$((fail + 1)); fi
done

# docs/DIAGNOSTICS.md: its rows "| `code` | description |", the table's exactly
sed -n 's/^| `\([a-z0-9-]*\)` | \(.*\) |$/\1\t\2/p' docs/DIAGNOSTICS.md | LC_ALL=C sort > "$tmp/doc"
if cmp -s "$tmp/table" "$tmp/doc"; then pass=$((pass + 1))
else echo "docs/DIAGNOSTICS.md does not list the codes of grammar/base/dg_codes.h (< table, > doc):"; diff "$tmp/table" "$tmp/doc"; fail=$((fail + 1)); fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
