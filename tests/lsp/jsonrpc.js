// civic lsp spoken to by VS Code's own JSON-RPC library: vscode-jsonrpc 8.2.0,
// the version vscode-languageclient 9 (editors/vscode's client) is built on,
// from build/node_modules.  Its reader and writer frame the messages as VS
// Code does; a session (initialize, a document with non-ASCII text and an
// error opened, its diagnostics, a hover, a change, completion, shutdown,
// exit) must go through it and end with status 0.  tests/lsp/client.py
// checks the content of every reply; this checks that a real client reads
// them.  Usage: node tests/lsp/jsonrpc.js CIVIC.  Last line "N passed, N failed".
'use strict';
const path = require('path');
const { spawn } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
let passed = 0, failed = 0;
function report(ok, name, detail) {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok' : 'FAIL'} - ${name}${ok || detail === undefined ? '' : `: ${JSON.stringify(detail).slice(0, 600)}`}`);
}

let rpc;
try {
  rpc = require(path.join(root, 'build/node_modules/vscode-jsonrpc/node'));
} catch (e) {
  report(false, 'vscode-jsonrpc is installed in build/node_modules (make check installs it)', String(e.message));
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(1);
}

const text = 'use "roles"\n\nrole Café "Café manager 😀" is Officer\n[1] Café must respond to enquiry from Membr\n';
const uri = 'file:///nonexistent/café.civic';

function withTimeout(p, what) {
  return Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error(`${what}: no answer in 20 s`)), 20000))]);
}

async function session(civic) {
  const child = spawn(civic, ['lsp', '--stdio', '--today', '2025-12-23'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((ok) => child.on('exit', (code) => ok(code)));
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const diagnostics = [];
  let onDiagnostics = null;
  conn.onNotification('textDocument/publishDiagnostics', (p) => { diagnostics.push(p); if (onDiagnostics) onDiagnostics(); });
  conn.listen();
  const nextDiagnostics = () => new Promise((ok) => {
    if (diagnostics.length) { ok(diagnostics.shift()); return; }
    onDiagnostics = () => { onDiagnostics = null; ok(diagnostics.shift()); };
  });

  const init = await withTimeout(conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }), 'initialize');
  report(init.capabilities && init.capabilities.textDocumentSync.change === 2, 'initialize: incremental sync', init);
  report(init.capabilities.hoverProvider === true, 'initialize: hover');
  await conn.sendNotification('initialized', {});

  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'civic', version: 1, text } });
  let d = await withTimeout(nextDiagnostics(), 'diagnostics');
  const err = (d.diagnostics || [])[0] || {};
  // "[1] Café must respond to enquiry from " is 38 UTF-16 units (é is one)
  report(d.uri === uri && d.diagnostics.length === 1 && err.code === 'unknown-name' &&
         err.range.start.line === 3 && err.range.start.character === 38, 'the error, where it is', d);

  const hover = await withTimeout(conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } }), 'hover');
  report(hover && /Café manager 😀/.test(hover.contents.value) && hover.contents.kind === 'plaintext',
         'a hover read back in UTF-8, in plain text for a client that asks for no Markdown', hover);

  await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 3, character: 42 }, end: { line: 3, character: 42 } }, text: 'e' }] });
  d = await withTimeout(nextDiagnostics(), 'diagnostics after the change');
  report(d.diagnostics.length === 0 && d.version === 2, 'fixed by an incremental change', d);

  const items = await withTimeout(conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 14 } }), 'completion');
  report(items && items.items.some((i) => i.label === 'respond'), 'completion after a modality', items && items.items.length);

  let rejected = null;
  try { await conn.sendRequest('civic/none', {}); } catch (e) { rejected = e; }
  report(rejected && rejected.code === rpc.ErrorCodes.MethodNotFound, 'an unknown method rejected with MethodNotFound', rejected);

  await withTimeout(conn.sendRequest('shutdown'), 'shutdown');
  await conn.sendNotification('exit');
  const code = await withTimeout(exited, 'exit');
  report(code === 0, 'exit after shutdown: status 0', code);
  conn.dispose();
}

session(path.resolve(process.argv[2] || './civic'))
  .catch((e) => report(false, 'the session went through', String(e && e.stack || e)))
  .finally(() => { console.log(`${passed} passed, ${failed} failed`); process.exit(failed ? 1 : 0); });
