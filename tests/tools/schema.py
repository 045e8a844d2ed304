#!/usr/bin/env python3
"""The --json output of civic check and of every query form, on the five
councils in protocols/ (and the files of tests/check); of civic run and civic
test, on the councils' scenarios and the files of tests/scenarios, tests/failing
and tests/check; of civic diff, on pairs of tests/diff and of councils; and of
civic diff --against, on the model protocol and the councils (and
tests/diff/councils); of query and run with --werror; and of the REPL's
envelopes after ':json on' (definitions, :load, answers, :run, commands) -- validated
against docs/json-schema.json.
Usage: schema.py CIVIC.  Last line: "N passed, N failed".

Debian's python3-jsonschema does the validating (tests/tools/deps.sh installs
it): a full validator of the standard, rather than a subset of our own."""
import glob
import json
import subprocess
import sys

import jsonschema

civic = sys.argv[1]
schema = json.load(open("docs/json-schema.json"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
passed = failed = 0


def run(*args):
    r = subprocess.run([civic, *args], capture_output=True, text=True)
    return r.returncode, r.stdout


def check(what, out, want_ok=None):
    """Validate one document; want_ok: the 'ok' the exit status implies."""
    global passed, failed
    try:
        doc = json.loads(out)
    except ValueError as e:
        print(f"{what}: not JSON ({e}):\n{out[:400]}")
        failed += 1
        return None
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    if errors:
        print(f"{what}: does not match docs/json-schema.json:")
        for e in errors[:5]:
            print(f"  at {'/'.join(map(str, e.path)) or '(top)'}: {e.message[:300]}")
        failed += 1
    elif want_ok is not None and doc.get("ok") != want_ok:
        print(f"{what}: ok is {doc.get('ok')}, but the exit status says {want_ok}")
        failed += 1
    else:
        passed += 1
    return doc


def query(path, q):
    rc, out = run("query", "--json", "--today", "2026-11-22", path, q)
    return check(f"query {path} '{q}'", out, rc == 0)


councils = sorted(p for p in glob.glob("protocols/*.civic") if not p.endswith(".test.civic"))
for path in councils:
    rc, out = run("check", "--json", "--today", "2026-11-22", path, path[:-6] + ".test.civic")
    check(f"check {path}", out, rc == 0)
    for q in ["can Member instruct Officer", "can Officer disclose information to Media", "duties of Member",
              "expectations of Member from Officer", "route complaint by Member about Officer",
              "route complaint by Member about Clerk", "who handles complaint about Officer", "review",
              "roles", "clauses", "who manages Officer", "holidays 2026",
              "working days between 2025-12-23 and 2026-01-05", "help",
              "can Oficer instruct Member", "frobnicate", "deadline 99.99 from today", ""]:
        query(path, q)
    # every clause: explained, and its deadline asked for (answered or refused, as JSON either way)
    clauses = query(path, "clauses") or {}
    for c in (clauses.get("clauses") or [])[:40]:
        if c["clause"]:
            query(path, f"explain [{c['clause']}]")
            query(path, f"deadline [{c['clause']}] from 2025-12-23")
for path in sorted(glob.glob("tests/check/*.civic")):
    rc, out = run("check", "--json", "--today", "2026-11-22", path)
    check(f"check {path}", out, rc == 0)
    query(path, "can Member instruct Officer")
# the answers to the forms councils write (tests/query/forms.civic): relations,
# seniority and "depends", only, target and cap, counts as, and/or, possibly,
# referrals out, dates as written, overseen by
for q in ["can DeputyClerk instruct RFO", "can Member appoint Officer", "can Officer inform line-manager",
          "can Member act-as Clerk", "deadline D1 from 2025-12-23", "deadline D2 from 2025-12-23",
          "route complaint by Member about Officer", "route complaint by Member about Clerk",
          "route complaint about Member", "route grievance by Officer about Member", "who manages Officer",
          "review", "explain D4", "explain L1", "explain S3", "explain F1"]:
    query("tests/query/forms.civic", q)


# run and test: every scenario file, its timeline and its results (files
# with errors too, and a scenario not in the file; a file named that cannot
# be read is a usage error, exit status 2, with no JSON)
def run_test(path):
    rc, out = run("run", "--json", "--today", "2026-11-22", path)
    check(f"run {path}", out, rc == 0)
    rc, out = run("test", "--json", "--today", "2026-11-22", path)
    check(f"test {path}", out, rc == 0)


scenario_files = sorted(glob.glob("protocols/*.test.civic") + glob.glob("tests/scenarios/*.civic") +
                        glob.glob("tests/failing/*.civic") + glob.glob("tests/check/*.civic") +
                        glob.glob("tests/diff/councils/*.test.civic"))
for path in scenario_files:
    run_test(path)
rc, out = run("run", "--json", "--today", "2026-11-22", "tests/scenarios/engine.civic", "no such scenario")
check("run tests/scenarios/engine.civic 'no such scenario'", out, rc == 0)
rc, out = run("test", "--json", "--today", "2026-11-22", "protocols", "tests/scenarios", "tests/failing")
check("test protocols tests/scenarios tests/failing", out, rc == 0)
# test --coverage: every protocol's clauses, with --min (met and not) and a file with errors
for args in [["protocols", "tests/scenarios"], ["--min", "95", "protocols", "tests/coverage", "tests/check/unknown-role.civic"]]:
    rc, out = run("test", "--json", "--coverage", "--today", "2026-11-22", *args)
    check("test --coverage " + " ".join(args), out, rc == 0)

# diff: two versions, two councils, a file with errors, one that cannot be read
pairs = [("tests/diff/v1.civic", "tests/diff/v2.civic"), ("tests/diff/forms-1.civic", "tests/diff/forms-2.civic"), ("tests/diff/base.civic", "tests/diff/changed.civic"),
         ("tests/diff/base.civic", "tests/diff/layout.civic"),
         ("tests/diff/closures-1.civic", "tests/diff/closures-2.civic"),
         ("tests/diff/base.civic", "tests/diff/errors.civic"), ("tests/diff/v1.civic", "tests/no-such-file.civic")]
pairs += [(a, b) for a, b in zip(councils, councils[1:])]
for a, b in pairs:
    rc, out = run("diff", "--json", "--today", "2026-11-22", a, b)
    check(f"diff {a} {b}", out, rc == 0)

# diff --against: the model protocol against the councils, a directory, a
# file with errors, one that cannot be read; a model that cannot be read
model = "stdlib/model-protocol.civic"
for paths in [councils, ["tests/diff/councils"], ["protocols", "tests/diff/errors.civic", "tests/no-such-file.civic"]]:
    rc, out = run("diff", "--json", "--today", "2026-11-22", "--against", model, *paths)
    check(f"diff --against {model} {' '.join(paths)}", out, rc == 0)
rc, out = run("diff", "--json", "--today", "2026-11-22", "--against", "tests/no-such-file.civic", "protocols")
check("diff --against tests/no-such-file.civic protocols", out, rc == 0)
rc, out = run("diff", "--json", "--today", "2026-11-22", "--against", "tests/diff/errors.civic", "protocols")
check("diff --against tests/diff/errors.civic protocols", out, rc == 0)
# audit: registers good and bad, a map written wrong, a protocol that is no map
for reg_map, regs in [("protocols/houghton-regis.register.civic", ["tests/audit/enquiries.csv"]),
                      ("protocols/houghton-regis.register.civic", ["tests/audit/bad.csv", "tests/audit/quoted.csv"]),
                      ("protocols/houghton-regis.register.civic", ["tests/audit/no-officer.csv"]),
                      ("tests/audit/named.register.civic", ["tests/audit/named.csv"]),
                      ("tests/audit/bad-map.civic", ["tests/audit/small.csv"]),
                      ("protocols/houghton-regis.civic", ["tests/audit/small.csv"])]:
    rc, out = run("audit", "--json", "--today", "2026-02-02", reg_map, *regs)
    check(f"audit {reg_map} {' '.join(regs)}", out, rc == 0)
# explain-error: the list, a code with an example, a code without one
rc, out = run("explain-error", "--json")
check("explain-error", out, rc == 0)
for code in ["unknown-role", "internal"]:
    rc, out = run("explain-error", "--json", code)
    check(f"explain-error {code}", out, rc == 0)
# --werror: a file with warnings, as JSON ("ok": false)
rc, out = run("query", "--json", "--werror", "--today", "2026-11-22", "protocols/newent.civic", "roles")
check("query --werror protocols/newent.civic roles", out, rc == 0)
rc, out = run("run", "--json", "--werror", "--today", "2026-11-22", "protocols/newent.test.civic")
check("run --werror protocols/newent.test.civic", out, rc == 0)

# a file that cannot be read: the envelope still, ok false (exit 2); a
# scenario name no scenario has, in the diagnostics
for cmd in (["query", "--json", "tests/no-such-file.civic", "roles"], ["run", "--json", "tests/no-such-file.civic"],
            ["query", "--json", "tests", "roles"], ["run", "--json", "tests"],
            ["run", "--json", "protocols/houghton-regis.test.civic", "10.2 LATE over christmas"]):
    rc, out = run(*cmd)
    check(" ".join(cmd), out, rc == 0)



# the REPL after ':json on': one document a line, whatever printed it: an
# envelope for each definition (added, with a warning, refused), each :load
# (a file, another council's protocol, a file with errors, one that cannot be
# read), each answer, :run, :protocols, and each command's message or error
def repl_docs(script):
    r = subprocess.run([civic, "repl", "--today", "2026-11-22"], input=script, capture_output=True, text=True)
    return r.stdout.splitlines()


script = (":json on\nrole Mayor is Member\nMayor must respond to enquiry in a timely manner\nfrobnicate\n"
          ":load protocols/newent.civic\n:load protocols/wadhurst.civic\n:load tests/diff/errors.civic\n"
          ":load tests/no-such-file.civic\ncan Member instruct Officer\n:load tests/failing/wrong.civic\n"
          ":run\n:run nosuch\n:protocols\n:today 2026-02-30\n:bogus\n:help\n")
docs = repl_docs(script)
kinds = [json.loads(d)["kind"] for d in docs]
want = (["command"] + ["definition"] * 3 + ["load"] * 4 + ["can", "load", "run", "run", "protocols"]
        + ["command"] * 3)
if kinds != want:
    print(f"repl :json on: the documents are {kinds}")
    failed += 1
for i, d in enumerate(docs):
    check(f"repl :json on, document {i + 1}", d)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
