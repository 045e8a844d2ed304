# civic test --junit: one testsuite per file (name, tests, failures, errors,
# time), each testcase with name, classname, time, file and line; a failure
# carries the expectation's text; a file that cannot run is an <error>.  The
# XML is validated against the JUnit schema (tests/junit/junit.xsd) with
# xmllint, for the councils' suites, failing scenarios, a file with errors,
# and file and scenario names XML cannot hold as they are.  Every time is 0:
# the same inputs give the same report, byte for byte.

$ d=$(mktemp -d) && civic test --today 2026-11-22 --junit "$d/j.xml" protocols tests/scenarios > /dev/null; echo "exit $?"; xmllint --noout --schema tests/junit/junit.xsd - < "$d/j.xml"; s=$?; rm -rf "$d"; exit $s
exit 0
- validates

$ d=$(mktemp -d) && civic test --junit "$d/j.xml" tests/failing tests/check/unknown-role.civic > /dev/null; echo "exit $?"; cat "$d/j.xml"; xmllint --noout --schema tests/junit/junit.xsd - < "$d/j.xml"; s=$?; rm -rf "$d"; exit $s
exit 1
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="civic" tests="6" failures="4" errors="1" time="0">
  <testsuite name="tests/failing/wrong.civic" tests="5" failures="4" errors="0" skipped="0" time="0">
    <testcase name="passes" classname="tests/failing/wrong.civic" time="0" file="tests/failing/wrong.civic" line="16"/>
    <testcase name="wrong due date over Christmas" classname="tests/failing/wrong.civic" time="0" file="tests/failing/wrong.civic" line="23">
      <failure message="expected [E1] due 2025-12-25, but it is due 2025-12-29" type="expectation">tests/failing/wrong.civic:27: expected [E1] due 2025-12-25, but it is due 2025-12-29
tests/failing/wrong.civic:29: expected [E1] fulfilled, but it was breached
tests/failing/wrong.civic:30: expected no breach, but there was 1
</failure>
    </testcase>
    <testcase name="wrong about a prohibition" classname="tests/failing/wrong.civic" time="0" file="tests/failing/wrong.civic" line="33">
      <failure message="expected no duty of [E2], but 1 arose" type="expectation">tests/failing/wrong.civic:37: expected no duty of [E2], but 1 arose
tests/failing/wrong.civic:38: expected [E2] breached by bob, but nothing under that clause has happened to bob (no duty, no breach)
</failure>
    </testcase>
    <testcase name="wrong about a recommendation" classname="tests/failing/wrong.civic" time="0" file="tests/failing/wrong.civic" line="41">
      <failure message="expected [E3] breached, but it was departed from" type="expectation">tests/failing/wrong.civic:46: expected [E3] breached, but it was departed from
tests/failing/wrong.civic:47: expected no departure, but there was 1
</failure>
    </testcase>
    <testcase name="wrong about a complaint" classname="tests/failing/wrong.civic" time="0" file="tests/failing/wrong.civic" line="50">
      <failure message="expected the complaint to be with the council&apos;s disciplinary procedure, but it is with carol" type="expectation">tests/failing/wrong.civic:55: expected the complaint to be with the council&apos;s disciplinary procedure, but it is with carol
tests/failing/wrong.civic:56: expected a complaint to be resolved, but none is
tests/failing/wrong.civic:57: expected a complaint to have ended, but it is with carol
</failure>
    </testcase>
  </testsuite>
  <testsuite name="tests/check/unknown-role.civic" tests="1" failures="0" errors="1" skipped="0" time="0">
    <testcase name="check" classname="tests/check/unknown-role.civic" time="0" file="tests/check/unknown-role.civic">
      <error message="6 errors in the file; its scenarios were not run" type="file">tests/check/unknown-role.civic:0: 6 errors in the file; its scenarios were not run
</error>
    </testcase>
  </testsuite>
</testsuites>
- validates

$ d=$(mktemp -d) && n=$(printf 'a&b<c>"d\047e\377f') && printf 'use "roles"\n[1.1] Officer must respond to enquiry from Member within 2 working days\nscenario "<&\\"\047> \342\200\224 late" {\n  person alice is Member\n  person bob is Officer\n  2026-01-05 alice sends enquiry to bob\n  expect [1.1] due 2026-01-06\n}\n' > "$d/$n.civic" && civic test --today 2026-11-22 --junit "$d/j.xml" "$d" > /dev/null; echo "exit $?"; sed -E -e 's/ time="[0-9]+\.[0-9]{3}"/ time="T"/g' -e "s|$d|DIR|g" "$d/j.xml"; xmllint --noout --schema tests/junit/junit.xsd - < "$d/j.xml"; s=$?; rm -rf "$d"; exit $s
exit 1
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="civic" tests="1" failures="1" errors="0" time="0">
  <testsuite name="DIR/a&amp;b&lt;c&gt;&quot;d&apos;e?f.civic" tests="1" failures="1" errors="0" skipped="0" time="0">
    <testcase name="&lt;&amp;&quot;&apos;&gt; — late" classname="DIR/a&amp;b&lt;c&gt;&quot;d&apos;e?f.civic" time="0" file="DIR/a&amp;b&lt;c&gt;&quot;d&apos;e?f.civic" line="3">
      <failure message="expected [1.1] due 2026-01-06, but it is due 2026-01-07" type="expectation">DIR/a&amp;b&lt;c&gt;&quot;d&apos;e?f.civic:7: expected [1.1] due 2026-01-06, but it is due 2026-01-07
</failure>
    </testcase>
  </testsuite>
</testsuites>
- validates

$ d=$(mktemp -d) && mkfifo "$d/pipe" && { cat "$d/pipe" & } && civic test --today 2026-11-22 --junit "$d/pipe" tests/scenarios/answers.civic > /dev/null; s=$?; wait; test -p "$d/pipe" && echo "still a pipe"; rm -rf "$d"; exit $s
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="civic" tests="1" failures="0" errors="0" time="0">
  <testsuite name="tests/scenarios/answers.civic" tests="1" failures="0" errors="0" skipped="0" time="0">
    <testcase name="an answer is not a new request" classname="tests/scenarios/answers.civic" time="0" file="tests/scenarios/answers.civic" line="8"/>
  </testsuite>
</testsuites>
still a pipe

$ d=$(mktemp -d) && civic test --junit "$d/a.xml" protocols tests/failing > /dev/null; civic test --junit "$d/b.xml" protocols tests/failing > /dev/null; cmp "$d/a.xml" "$d/b.xml" && echo "the same bytes"; grep -c 'time="0"' "$d/a.xml"; rm -rf "$d"
the same bytes
267

