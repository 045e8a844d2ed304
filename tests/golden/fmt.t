# civic fmt: the canonical layout (docs/LANGUAGE.md, "Layout and civic fmt").
# tests/fmt/X.in.civic is laid out badly on purpose, and X.out.civic is its
# layout, itself laid out (make check's "formatted" suite checks it is); the
# layout of a layout is the same.  Then --check on files laid out and not,
# several files, standard input (with CRLF line ends and tabs, a byte order
# mark, errors), a file with errors (its diagnostics, as civic check prints
# them; not laid out).  Then -w: through a symbolic link to a file whose mode
# it keeps (the link stays a link); leaving alone a file already laid out (its
# time stays) and one with errors while rewriting another; a directory that
# cannot be written to, and a file that may not be written in a directory
# that may (as nobody when the tests run as root, who may write anywhere).
# Last, the usage errors and --help.  Cases that write make a temporary
# directory, which they remove.

$ for f in tests/fmt/*.in.civic; do civic fmt "$f" | diff -u "${f%.in.civic}.out.civic" - || echo "$f: not as expected"; done

$ for f in tests/fmt/*.in.civic; do civic fmt "$f" | civic fmt - | diff -u "${f%.in.civic}.out.civic" - || echo "$f: a second layout differs"; done

$ civic fmt --check tests/fmt/blocks.out.civic tests/fmt/blocks.in.civic tests/fmt/comments.out.civic tests/fmt/comments.in.civic
tests/fmt/blocks.in.civic: not formatted
tests/fmt/comments.in.civic: not formatted
[1]

$ civic fmt --check tests/fmt/align.out.civic tests/fmt/wrap.out.civic

$ d=$(mktemp -d) && civic fmt tests/fmt/align.out.civic tests/fmt/wrap.out.civic > "$d/both" && cat tests/fmt/align.out.civic tests/fmt/wrap.out.civic | cmp - "$d/both"; s=$?; rm -rf "$d"; exit $s

$ printf 'use "roles"\n[1]   Member must not   instruct Officer ; [2] Member may speak to Media\n' | civic fmt -
use "roles"
[1] Member must not instruct Officer
[2] Member may speak to Media

$ printf 'use "roles"\n' | civic fmt --check -

$ printf 'use  "roles"\n' | civic fmt --check -
<stdin>: not formatted
[1]

$ printf 'use "roles"\r\n\r\n\r\n[1.1]\tMember must not\tinstruct Officer   \r\n  \t\r\n' | civic fmt - | od -An -c
   u   s   e       "   r   o   l   e   s   "  \n  \n   [   1   .
   1   ]       M   e   m   b   e   r       m   u   s   t       n
   o   t       i   n   s   t   r   u   c   t       O   f   f   i
   c   e   r  \n

$ printf '\357\273\277use  "roles"' | civic fmt - | od -An -c
 357 273 277   u   s   e       "   r   o   l   e   s   "  \n

$ printf 'use "roles"\n[1] Member must not instruct Officer when\nrole X is\n' | civic fmt -
<stdin>:3:1: error: unexpected 'role' [syntax]
    3 | role X is
      | ^~~~
hint: a rule reads '[CLAUSE] ROLE must|should|may|must not ACTION [THING] [from|to ROLE] [within N working days]', like '[10.2] Officer must respond to enquiry from Member within 2 working days'
<stdin>: 1 error; not formatted
[1]

$ civic fmt tests/check/unclosed.civic
tests/check/unclosed.civic:6:14: error: unexpected end of file: the '{' on line 4 is never closed [syntax]
    6 |   [9.2] Mayor
      |              ^
hint: add a '}' on a line of its own to end the block
tests/check/unclosed.civic: 1 error; not formatted
[1]

$ d=$(mktemp -d) && cd "$d" && printf 'use  "roles"\n[1]  Member must not instruct Officer\n' > a.civic && chmod 640 a.civic && ln -s a.civic link.civic && civic fmt -w link.civic && cat a.civic && stat -c '%a %F' a.civic && stat -c %F link.civic && ls -A; s=$?; cd / && rm -rf "$d"; exit $s
use "roles"
[1] Member must not instruct Officer
640 regular file
symbolic link
a.civic
link.civic

$ d=$(mktemp -d) && cd "$d" && printf 'use "roles"\n' > ok.civic && printf 'use  "roles"\nrole X is\n' > bad.civic && printf 'use  "roles"\n' > fix.civic && touch -d '2020-01-02 03:04:05' ok.civic bad.civic && civic fmt -w ok.civic bad.civic fix.civic; s=$?; for f in ok.civic bad.civic; do echo "$f $(stat -c %y $f | cut -c1-19)"; done; cat bad.civic fix.civic; ls -A; cd / && rm -rf "$d"; exit $s
bad.civic:2:10: error: unexpected end of line; expected a name [syntax]
    2 | role X is
      |          ^
hint: the line ends before the name it needs
bad.civic: 1 error; not formatted
ok.civic 2020-01-02 03:04:05
bad.civic 2020-01-02 03:04:05
use  "roles"
role X is
use "roles"
bad.civic
fix.civic
ok.civic
[1]

$ d=$(mktemp -d) && chmod 755 "$d" && cd "$d" && mkdir ro && printf 'use  "roles"\n' > ro/a.civic && chmod 555 ro; if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups civic fmt -w ro/a.civic; else civic fmt -w ro/a.civic; fi; s=$?; cat ro/a.civic; ls -A ro; chmod 755 ro; cd / && rm -rf "$d"; exit $s
civic: cannot write 'ro/a.civic': Permission denied
use  "roles"
a.civic
[2]

$ d=$(mktemp -d) && chmod 755 "$d" && cd "$d" && printf 'use  "roles"\n' > a.civic && chmod 444 a.civic; if [ "$(id -u)" = 0 ]; then chown 65534 "$d" a.civic; setpriv --reuid=65534 --regid=65534 --clear-groups civic fmt -w a.civic; else civic fmt -w a.civic; fi; s=$?; cat a.civic; ls -A; cd / && rm -rf "$d"; exit $s
civic: cannot write 'a.civic': Permission denied
use  "roles"
a.civic
[2]

$ { civic fmt tests/fmt/no-such.civic tests/fmt/align.out.civic; echo "exit $?"; } | tail -n 2
civic: cannot read 'tests/fmt/no-such.civic': No such file or directory
[6] Member must not appoint Officer
exit 2

$ civic fmt tests/fmt
civic: cannot read 'tests/fmt': Is a directory
[2]

$ civic fmt
civic: no file to format (name '-' for standard input)
Try 'civic fmt --help' for more information.
[2]

$ civic fmt --check -w tests/fmt/align.out.civic
civic: --check writes nothing: give --check or -w, not both
Try 'civic fmt --help' for more information.
[2]

$ civic fmt -w -
civic: -w rewrites files: standard input ('-') cannot be rewritten
Try 'civic fmt --help' for more information.
[2]

$ civic fmt --chek tests/fmt/align.out.civic
civic: unrecognized option '--chek'; did you mean '--check'?
Try 'civic fmt --help' for more information.
[2]

$ civic fmt --help
Usage: civic fmt [--check] [-w] FILE...
Lay each protocol file out in Civic's one canonical layout: blocks indented
by two spaces, clause labels aligned, one space between words, continuation
lines indented, lines over 100 columns wrapped where a statement may go on,
comments kept where they are.  Only spaces and line breaks change.  FILE '-'
is standard input.  A file with errors is not formatted: its problems are
printed as 'civic check' prints them.

  (none)       print the formatted text to standard output
  -w, --write  rewrite each file in place (atomically; a file already
               formatted is not touched)
  --check      write nothing; print 'FILE: not formatted' for each file
               that is not

Exit status: 0 ok, 1 errors in a file or (--check) a file not formatted,
2 usage error, or a file that cannot be read or written.

$ d=$(mktemp -d) && python3 -c 'print("use \"roles\""); print("role Clerk \"" + "a" * (2 * 1024 * 1024) + "\"")' > "$d/big.civic" && cp "$d/big.civic" "$d/orig" && civic fmt -w "$d/big.civic" 2>&1 | grep -v '^ ' | sed "s|$d|DIR|"; cmp "$d/big.civic" "$d/orig" && echo "as it was"; civic fmt "$d/big.civic" 2>/dev/null | wc -c; rm -rf "$d"
DIR/big.civic:2:1: error: a line of this file is 2097165 bytes long; the limit is 1048576 [line-too-long]
hint: is this a Civic file? Civic reads one statement per line
DIR/big.civic: 1 error; not formatted
as it was
0

