#!/usr/bin/env python3
"""A scripted client for `civic lsp` (make check): usage client.py CIVIC.

Starts the server as an editor would, drives one session through it, and
checks the content of every reply: initialize and its capabilities; a
protocol with errors opened (the same diagnostics as `civic check --json`,
positions in UTF-16 code units, an error of a used file on its `use` line);
an incremental change that fixes them; hover on a role, a clause and a
deadline; go to definition of a role, a clause and a `use`; completion in
several contexts; document symbols; formatting; a message that is not JSON;
an unknown method; $/cancelRequest; shutdown and exit.  The document holds
non-ASCII text (an emoji is two UTF-16 units, one character, four bytes) in
front of what is asked about, so that a column counted in any other unit
fails.  Standard library only.  Prints one line per failure and last
"N passed, N failed".  CIVIC_WRAP (valgrind …) is put in front of CIVIC.
"""
import json
import os
import selectors
import shlex
import subprocess
import sys
import tempfile

TODAY = "2025-12-23"
TIMEOUT = 60 if os.environ.get("CIVIC_WRAP") else 20

passed = 0
failed = 0


def check(cond, what, detail=None):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what + ("" if detail is None else ": " + repr(detail)[:600]))
    return cond


class Server:
    """civic lsp as a child process, spoken to in JSON-RPC."""

    def __init__(self, civic, env, args=()):
        cmd = shlex.split(os.environ.get("CIVIC_WRAP", "")) + [civic, "lsp", "--today", TODAY] + list(args)
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        self.sel = selectors.DefaultSelector()
        self.sel.register(self.p.stdout, selectors.EVENT_READ)
        self.buf = b""
        self.next_id = 0
        self.notes = []

    def send_raw(self, body):
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def send(self, msg):
        msg = dict(msg, jsonrpc="2.0")
        self.send_raw(json.dumps(msg, ensure_ascii=False).encode("utf-8"))

    def _fill(self):
        if not self.sel.select(TIMEOUT):
            raise TimeoutError("no answer from civic lsp in %d s" % TIMEOUT)
        chunk = os.read(self.p.stdout.fileno(), 65536)
        if not chunk:
            raise EOFError("civic lsp closed its output")
        self.buf += chunk

    def read(self):
        while b"\r\n\r\n" not in self.buf:
            self._fill()
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        length = None
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        assert length is not None, head
        while len(self.buf) < length:
            self._fill()
        body, self.buf = self.buf[:length], self.buf[length:]
        return json.loads(body.decode("utf-8"))

    def request(self, method, params=None):
        self.next_id += 1
        rid = self.next_id
        self.send({"id": rid, "method": method, "params": params})
        return self.reply(rid)

    def reply(self, rid):
        while True:
            m = self.read()
            if "id" in m and "method" not in m:
                check(m["id"] == rid, "replies come in order", (m, rid))
                return m
            self.notes.append(m)

    def notify(self, method, params=None):
        self.send({"method": method, "params": params})

    def note(self, method):
        """The next notification of method (others are kept)."""
        for i, m in enumerate(self.notes):
            if m.get("method") == method:
                return self.notes.pop(i)
        while True:
            m = self.read()
            if m.get("method") == method:
                return m
            self.notes.append(m)

    def diagnostics(self, uri):
        while True:
            m = self.note("textDocument/publishDiagnostics")
            if m["params"]["uri"] == uri:
                return m["params"]["diagnostics"]

    def wait(self):
        self.p.stdin.close()
        return self.p.wait(timeout=TIMEOUT)


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def pos_of(text, needle, nth=0, after=0):
    """The LSP position (UTF-16) of the nth needle in text, plus `after` characters."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    at += after
    line = text.count("\n", 0, at)
    start = text.rfind("\n", 0, at) + 1
    return {"line": line, "character": utf16(text[start:at])}


def doc(uri):
    return {"uri": uri}


# ---- the files ------------------------------------------------------------------------------

PROTOCOL = """\
protocol "Protocole à l’essai 😀" {
  council  "Test Council"
  adopted  2020-01-01
  approved 2025-06-01
  review   annually [13.1]
}

use "roles"
use "local"

role Caf😀 "Café manager 😀" is Officer aka Barista
action canvass "canvass support"

[10.2] Officer must respond to enquiry from Member within 2 working days
[8.1]  Member must not instruct Officer
[8.2]  Caf😀 must respond to complaint from Membr
[9.1]  Caf😀 manages Officer

route complaint by Member about Officer {
  [12.2] informally
  [12.3] Clerk
}

scenario "an enquiry" {
  person alice is Member
  person bob is Officer
  2025-12-23 alice sends enquiry to bob
  expect [10.2] due 2025-12-29
}
"""

LOCAL = 'role Helper "helper" is Offcer\n'

COMPLETE = """\
use "roles"
[1] Member must respond to enquiry
Member must 
Officer must respond 
[
route 

protocol "p" {
  
}
"""

UNFORMATTED = 'use "roles"\n[8.1]    Member   must not  instruct Officer\n[10.2] Officer must respond to enquiry\n'


def test_lifecycle_errors(s):
    r = s.request("textDocument/hover", {"textDocument": doc("file:///x.civic"), "position": {"line": 0, "character": 0}})
    check(r.get("error", {}).get("code") == -32002, "a request before initialize: ServerNotInitialized", r)


def test_initialize(s):
    r = s.request("initialize", {"processId": None, "rootUri": None,
                                 "capabilities": {"textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}}}})
    caps = r.get("result", {}).get("capabilities", {})
    check(caps.get("textDocumentSync", {}).get("change") == 2, "incremental sync", caps)
    check(caps.get("textDocumentSync", {}).get("openClose") is True, "open and close notifications", caps)
    check(caps.get("positionEncoding") == "utf-16", "positions in UTF-16", caps)
    for p in ("hoverProvider", "definitionProvider", "documentSymbolProvider", "documentFormattingProvider"):
        check(caps.get(p) is True, p, caps)
    check("[" in caps.get("completionProvider", {}).get("triggerCharacters", []), "completion triggered by '['", caps)
    check(r.get("result", {}).get("serverInfo", {}).get("name") == "civic", "serverInfo", r)
    s.notify("initialized", {})


def expected_diagnostics(civic, path):
    """civic check --json's diagnostics for the file, as (line, UTF-16 column, code, message)."""
    out = subprocess.run([civic, "check", "--json", "--today", TODAY, path], capture_output=True, check=False)
    got = []
    for d in json.loads(out.stdout)["diagnostics"]:
        lines = open(os.path.join(os.path.dirname(path), d["file"]), encoding="utf-8").read().split("\n")
        text = lines[d["line"] - 1]
        got.append((d["file"], d["line"] - 1, utf16(text[:d["col"] - 1]), d["code"], d["message"], d["hints"]))
    return got


def test_open(s, civic, dirname, uri):
    s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "civic", "version": 1, "text": PROTOCOL}})
    diags = s.diagnostics(uri)
    want = expected_diagnostics(civic, os.path.join(dirname, "t.civic"))
    check(len(diags) == len(want) == 2, "civic check's diagnostics, as many", (diags, want))
    mine = [w for w in want if os.path.basename(w[0]) == "t.civic"]
    used = [w for w in want if os.path.basename(w[0]) != "t.civic"]
    own = [d for d in diags if d["code"] == "unknown-name"]
    if check(len(own) == 1 and len(mine) == 1, "the document's own error", diags):
        d, w = own[0], mine[0]
        check(d["range"]["start"] == pos_of(PROTOCOL, "Membr"), "its range starts in UTF-16 units", d["range"])
        check(d["range"]["start"] == {"line": w[1], "character": w[2]}, "where civic check puts it", (d, w))
        check(d["range"]["end"] == pos_of(PROTOCOL, "Membr", after=5), "its range ends after the name", d["range"])
        check(d["severity"] == 1 and d["message"].startswith(w[4]), "severity and message", d)
        check("hint: did you mean 'Member'?" in d["message"], "the hint in the message", d)
    far = [d for d in diags if d["code"] == "unknown-role"]
    if check(len(far) == 1 and len(used) == 1, "the used file's error", diags):
        d = far[0]
        check(d["range"]["start"] == pos_of(PROTOCOL, '"local"'), "on the use line", d["range"])
        check("local.civic:1:25" in d["message"] and "Offcer" in d["message"], "saying where it is", d["message"])
        rel = d.get("relatedInformation", [{}])[0].get("location", {})
        check(rel.get("uri", "").endswith("/local.civic") and rel.get("range", {}).get("start") == {"line": 0, "character": 24},
              "related information at the place itself", d)


def test_change(s, uri):
    fixed = PROTOCOL.replace("from Membr", "from Member").replace('use "local"\n', "")
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
        {"range": {"start": pos_of(PROTOCOL, "Membr", after=4), "end": pos_of(PROTOCOL, "Membr", after=4)}, "text": "e"},
        {"range": {"start": pos_of(PROTOCOL, 'use "local"'), "end": pos_of(PROTOCOL, "role Caf")}, "text": "\n"},
    ]})
    diags = s.diagnostics(uri)
    check(diags == [], "no diagnostics once fixed", diags)
    # the server's text is the client's: formatting it changes nothing but the layout
    return fixed.replace('use "roles"\n\n\nrole', 'use "roles"\n\nrole')


def hover(s, uri, pos):
    r = s.request("textDocument/hover", {"textDocument": doc(uri), "position": pos})
    res = r.get("result") or {}
    return res.get("contents", {}).get("value", ""), res


def test_hover(s, uri, text):
    v, res = hover(s, uri, pos_of(text, "Caf😀 must", after=4))
    check("Café manager 😀" in v and "Officer" in v and "Barista" in v, "hover on a role: names and parent", v)
    check("Duties of Café manager" in v and "[8.2]" in v and "[10.2]" in v, "hover on a role: its duties", v)
    check(res.get("range", {}).get("start") == pos_of(text, "Caf😀 must"), "hover range in UTF-16", res.get("range"))
    v, _ = hover(s, uri, pos_of(text, "[10.2] Officer", after=2))
    check("[10.2]" in v and "obligation" in v and "2 working days" in v, "hover on a clause: explain", v)
    v, _ = hover(s, uri, pos_of(text, "2 working days"))
    check("Mon 29 Dec 2025" in v and "Christmas Day" in v, "hover on a deadline: worked from --today", v)
    v, _ = hover(s, uri, pos_of(text, "respond to enquiry"))
    check("action" in v and "respond" in v, "hover on an action", v)
    v, _ = hover(s, uri, pos_of(text, "sends enquiry", after=1))
    check("action send" in v, "hover on an event's verb: its action", v)
    v, res = hover(s, uri, {"line": 6, "character": 0})
    check(res == {}, "hover on nothing: null", res)


def definition(s, uri, pos):
    r = s.request("textDocument/definition", {"textDocument": doc(uri), "position": pos})
    return r.get("result") or []


def line_at(location):
    path = location["uri"][len("file://"):]
    lines = open(path, encoding="utf-8").read().split("\n")
    return lines[location["range"]["start"]["line"]]


def test_definition(s, uri, text, cache):
    locs = definition(s, uri, pos_of(text, "Officer must respond", after=3))
    if check(len(locs) == 1, "definition of a stdlib role: one place", locs):
        check(locs[0]["uri"].startswith("file://" + cache), "in the cache of the stdlib", locs[0]["uri"])
        check("role Officer" in line_at(locs[0]), "at its declaration", line_at(locs[0]))
    locs = definition(s, uri, pos_of(text, "Caf😀 must", after=2))
    if check(len(locs) == 1 and locs[0]["uri"] == uri, "definition of the document's role", locs):
        check(locs[0]["range"]["start"] == pos_of(text, "Caf😀 \"Café"), "in UTF-16 units", locs[0]["range"])
    locs = definition(s, uri, pos_of(text, '"roles"', after=2))
    if check(len(locs) == 1 and locs[0]["uri"].endswith("/roles.civic"), "definition of a use: the stdlib file", locs):
        path = locs[0]["uri"][len("file://"):]
        here = os.path.dirname(os.path.abspath(__file__))
        stdlib = open(os.path.join(here, "..", "..", "stdlib", "roles.civic"), encoding="utf-8").read()
        check(open(path, encoding="utf-8").read() == stdlib, "the cached file is the stdlib's", path)
    locs = definition(s, uri, pos_of(text, "manages Officer", after=2))
    check(len(locs) == 1 and locs[0]["range"]["start"]["line"] == pos_of(text, "manages Officer")["line"],
          "definition of a relation: where it is stated", locs)
    locs = definition(s, uri, pos_of(text, "alice sends", after=1))
    check(len(locs) == 1 and locs[0]["range"]["start"] == pos_of(text, "alice is Member"), "definition of a person", locs)
    locs = definition(s, uri, pos_of(text, "[10.2] Officer", after=1))
    check(len(locs) == 1 and locs[0]["range"]["start"] == pos_of(text, "[10.2] Officer"), "definition of a clause", locs)


def labels(s, uri, pos):
    r = s.request("textDocument/completion", {"textDocument": doc(uri), "position": pos})
    res = r.get("result") or {}
    items = res.get("items", res) if isinstance(res, dict) else res
    return {i["label"]: i for i in items}


def test_completion(s):
    uri = "file:///nonexistent/complete.civic"
    s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "civic", "version": 1, "text": COMPLETE}})
    s.diagnostics(uri)
    got = labels(s, uri, pos_of(COMPLETE, "Member must \n", after=12))
    check("respond" in got and "instruct" in got and "Member" not in got, "after a modality: actions", sorted(got)[:20])
    got = labels(s, uri, pos_of(COMPLETE, "Officer must respond \n", after=21))
    check("enquiry" in got and "complaint" in got and "respond" not in got, "after an action: things", sorted(got)[:20])
    got = labels(s, uri, pos_of(COMPLETE, "[\n", after=1))
    check("1" in got and got["1"]["textEdit"]["newText"] == "1]", "inside '[': clause labels", got)
    got = labels(s, uri, pos_of(COMPLETE, "route \n", after=6))
    check("complaint" in got and "grievance" in got, "after route: kinds", sorted(got)[:20])
    got = labels(s, uri, {"line": 6, "character": 0})
    check("role" in got and "scenario" in got and "Clerk" in got, "at a statement's start: keywords and roles", sorted(got)[:30])
    check(got.get("Clerk", {}).get("detail") == "Town Clerk", "a role's display name as detail", got.get("Clerk"))
    got = labels(s, uri, {"line": 8, "character": 2})
    check("council" in got and "adopted" in got and "role" not in got, "in a protocol block: its fields", sorted(got))
    s.notify("textDocument/didClose", {"textDocument": doc(uri)})
    check(s.diagnostics(uri) == [], "closing takes the diagnostics away")


def test_symbols(s, uri):
    r = s.request("textDocument/documentSymbol", {"textDocument": doc(uri)})
    syms = r.get("result") or []
    names = [x["name"] for x in syms]
    check(names[:2] == ["Protocole à l’essai 😀", "Caf😀"], "the protocol block, then the role", names)
    clause = [x for x in syms if x["name"] == "[10.2]"]
    if check(len(clause) == 1, "a clause", names):
        kids = clause[0].get("children", [])
        check(len(kids) == 1 and kids[0]["name"].startswith("Officer must respond"), "with its rule", kids)
    check(any(x["name"].startswith("route complaint") and len(x.get("children", [])) == 2 for x in syms),
          "a route with its steps", names)
    check("an enquiry" in names, "a scenario", names)
    check(any(x["name"] == "canvass" and x["kind"] == 12 and x.get("detail") == "canvass support" for x in syms),
          "an action, with its display name", names)
    starts = [(x["range"]["start"]["line"], x["range"]["start"]["character"]) for x in syms]
    check(starts == sorted(starts), "in the document's order", starts)


def test_formatting(s, civic, dirname, uri, text):
    r = s.request("textDocument/formatting", {"textDocument": doc(uri), "options": {"tabSize": 2, "insertSpaces": True}})
    check(r.get("result") == [], "a document laid out already: no edits", r)
    u2 = "file://" + dirname + "/unformatted.civic"
    s.notify("textDocument/didOpen", {"textDocument": {"uri": u2, "languageId": "civic", "version": 1, "text": UNFORMATTED}})
    s.diagnostics(u2)
    r = s.request("textDocument/formatting", {"textDocument": doc(u2), "options": {"tabSize": 2, "insertSpaces": True}})
    edits = r.get("result") or []
    want = subprocess.run([civic, "fmt", "-"], input=UNFORMATTED.encode(), capture_output=True, check=True).stdout.decode()
    if check(len(edits) == 1, "one edit", edits):
        check(edits[0]["newText"] == want, "civic fmt's text", (edits[0]["newText"], want))
        check(edits[0]["range"] == {"start": {"line": 0, "character": 0}, "end": {"line": 3, "character": 0}},
              "over the whole document", edits[0]["range"])
    bad = UNFORMATTED + "[9]  Member must\n"
    s.notify("textDocument/didChange", {"textDocument": {"uri": u2, "version": 2}, "contentChanges": [{"text": bad}]})
    check(len(s.diagnostics(u2)) > 0, "a whole-text change: diagnostics")
    r = s.request("textDocument/formatting", {"textDocument": doc(u2), "options": {"tabSize": 2, "insertSpaces": True}})
    check(r.get("result") == [], "a document with errors is not formatted", r)


def test_bad_messages(s):
    s.send_raw(b"{this is not json")
    r = s.read()
    check(r.get("id", "missing") is None and r.get("error", {}).get("code") == -32700, "not JSON: ParseError", r)
    s.send_raw(b'"a string"')
    r = s.read()
    check(r.get("error", {}).get("code") == -32600, "not an object: InvalidRequest", r)
    s.notify("$/cancelRequest", {"id": 1})
    s.notify("$/somethingNew", {})
    r = s.request("civic/noSuchMethod", {})
    check(r.get("error", {}).get("code") == -32601, "unknown method: MethodNotFound (cancel and $/ ignored)", r)
    r = s.request("textDocument/hover", {"textDocument": doc("file:///not/open.civic"), "position": {"line": 0, "character": 0}})
    check(r.get("error", {}).get("code") == -32602, "a document not open: InvalidParams", r)
    r = s.request("textDocument/hover", {"textDocument": doc("file:///not/open.civic")})
    check("error" in r, "a request without its position", r)


def test_shutdown(s):
    r = s.request("shutdown")
    check("result" in r and r["result"] is None, "shutdown: null", r)
    r = s.request("textDocument/hover", {"textDocument": doc("file:///x.civic"), "position": {"line": 0, "character": 0}})
    check(r.get("error", {}).get("code") == -32600, "after shutdown: InvalidRequest", r)
    s.notify("exit")
    check(s.wait() == 0, "exit after shutdown: 0")


def main():
    civic = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        dirname = os.path.realpath(tmp)
        cache = os.path.join(dirname, "cache")
        env = dict(os.environ, XDG_CACHE_HOME=cache)
        env.pop("CIVIC_STDLIB", None)
        with open(os.path.join(dirname, "t.civic"), "w", encoding="utf-8") as f:
            f.write(PROTOCOL)
        with open(os.path.join(dirname, "local.civic"), "w", encoding="utf-8") as f:
            f.write(LOCAL)
        uri = "file://" + dirname + "/t.civic"
        s = Server(civic, env)
        try:
            test_lifecycle_errors(s)
            test_initialize(s)
            test_open(s, civic, dirname, uri)
            text = test_change(s, uri)
            test_hover(s, uri, text)
            test_definition(s, uri, text, cache)
            test_completion(s)
            test_symbols(s, uri)
            test_formatting(s, civic, dirname, uri, text)
            test_bad_messages(s)
            test_shutdown(s)
        except (TimeoutError, EOFError, OSError, ValueError, KeyError) as e:
            check(False, "the session went on to its end", e)
            s.p.kill()
        # without shutdown, exit is 1; the end of input without either is 1 too
        s = Server(civic, env)
        s.request("initialize", {"capabilities": {}})
        s.notify("exit")
        check(s.wait() == 1, "exit without shutdown: 1")
        s = Server(civic, env)
        check(s.wait() == 1, "the input ends without exit: 1")
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
