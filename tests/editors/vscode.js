// The VS Code extension (editors/vscode) without VS Code: package.json
// contributes the language, its configuration and the grammar from files
// that exist and agree; language-configuration.json's comment, brackets,
// word pattern and indentation rules do what they say on Civic text; and
// extension.js, run against stand-ins for the vscode and
// vscode-languageclient modules, starts `civic lsp` over stdio with the
// program of the civic.path setting, for civic files, restarts it when the
// setting changes, and stops it on deactivate.
// Usage: node tests/editors/vscode.js.  Last line "N passed, N failed".
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');

const root = path.resolve(__dirname, '..', '..');
const dir = path.join(root, 'editors/vscode');
let passed = 0, failed = 0;
function report(ok, name, detail) {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok' : 'FAIL'} - ${name}${ok || detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
}
function readJson(file) {
  try { return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')); } catch (e) { return { error: String(e.message) }; }
}

// ---- package.json ----------------------------------------------------------------------
const pkg = readJson('package.json');
const lang = ((pkg.contributes || {}).languages || []).find((l) => l.id === 'civic') || {};
const grammar = ((pkg.contributes || {}).grammars || []).find((g) => g.language === 'civic') || {};
const props = (((pkg.contributes || {}).configuration || {}).properties) || {};
report(!pkg.error && pkg.name === 'civic', 'package.json is JSON and names the extension', pkg.error);
report((lang.extensions || []).includes('.civic'), 'the civic language takes *.civic');
report(lang.configuration && fs.existsSync(path.join(dir, lang.configuration)), 'its language configuration exists', lang.configuration);
report(grammar.path && fs.existsSync(path.join(dir, grammar.path)), 'its grammar exists', grammar.path);
const tm = grammar.path ? readJson(grammar.path) : {};
report(grammar.scopeName === 'source.civic' && tm.scopeName === grammar.scopeName, 'the grammar\'s scope name agrees with package.json', tm.scopeName);
report(pkg.main && fs.existsSync(path.join(dir, pkg.main)), 'the main script exists', pkg.main);
report(props['civic.path'] && props['civic.path'].default === 'civic' && props['civic.path'].type === 'string',
  'a setting civic.path, civic by default');
report(/^\^?\d+\.\d+\.\d+$/.test((pkg.dependencies || {})['vscode-languageclient'] || ''), 'vscode-languageclient is a dependency');
report(/^\^1\.\d+\.\d+$/.test((pkg.engines || {}).vscode || ''), 'engines.vscode is set', pkg.engines);
const release = (fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8').match(/^## \[(\d+\.\d+\.\d+)\]/m) || [])[1];
report(pkg.version === release, `the extension's version is the release's (${release})`, pkg.version);

// ---- language-configuration.json ---------------------------------------------------------
const lc = readJson(lang.configuration || 'language-configuration.json');
report(!lc.error && lc.comments && lc.comments.lineComment === '#', 'comments start with #', lc.error || lc.comments);
const pairs = (lc.brackets || []).map((b) => b.join(''));
report(['{}', '[]', '()'].every((b) => pairs.includes(b)), 'brackets: braces, clause brackets, parentheses', pairs);
const closing = (lc.autoClosingPairs || []).map((p) => p.open + p.close);
report(['{}', '""', '\u201c\u201d', '[]'].every((p) => closing.includes(p)), 'quotes (straight and typographic) and brackets close themselves', closing);
let word = null;
try { word = new RegExp(lc.wordPattern, 'g'); } catch (e) { report(false, 'the word pattern compiles', String(e.message)); }
if (word) {
  const words = (s) => s.match(word) || [];
  const got = words('[8.1] LineManager manages Officer except Clerk, england-and-wales 2025-12-23 Ch\u00e2telain');
  report(JSON.stringify(got) === JSON.stringify(['8', '1', 'LineManager', 'manages', 'Officer', 'except', 'Clerk', 'england-and-wales', '2025-12-23', 'Ch\u00e2telain']),
    'a word is a name (hyphens, other alphabets and all) or a date', got);
}
const rules = lc.indentationRules || {};
const inc = new RegExp(rules.increaseIndentPattern || '$^');
const dec = new RegExp(rules.decreaseIndentPattern || '$^');
report(inc.test('scenario "an enquiry over Christmas" {') && inc.test('[12.3] route complaint by Member {  # note') &&
       !inc.test('role X "a { brace" is Officer') && !inc.test('Member must inform Media # {'),
  'a line that opens a block indents the next (not a brace in a string or a comment)');
report(dec.test('  }') && !dec.test('  expect no breach'), 'a closing brace outdents');

// ---- extension.js, against stand-ins ----------------------------------------------------------
const log = [];
let settings = { path: '/opt/civic/bin/civic' };
let configListener = null;
const vscode = {
  workspace: {
    getConfiguration: (section) => ({ get: (key) => (section === 'civic' ? settings[key] : undefined) }),
    createFileSystemWatcher: (glob) => ({ glob }),
    onDidChangeConfiguration: (f) => { configListener = f; return { dispose() {} }; },
  },
  commands: { registerCommand: (name, f) => { log.push(['command', name]); return { dispose() {}, f }; } },
  window: { showErrorMessage: (m) => log.push(['error', m]) },
};
class LanguageClient {
  constructor(id, name, server, client) { Object.assign(this, { id, name, server, client }); log.push(['new', this]); }
  start() { log.push(['start', this.server.command]); return Promise.resolve(); }
  stop() { log.push(['stop', this.server.command]); return Promise.resolve(); }
}
const languageclient = { LanguageClient, TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 } };
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  if (request === 'vscode-languageclient/node') return languageclient;
  return load.call(this, request, parent, isMain);
};

(async () => {
  const ext = require(path.join(dir, pkg.main || 'extension.js'));
  const context = { subscriptions: [] };
  await ext.activate(context);
  const made = log.filter((e) => e[0] === 'new').map((e) => e[1]);
  const c = made[0] || { server: {}, client: {} };
  report(made.length === 1 && c.id === 'civic', 'activate makes one language client, civic', made.length);
  report(c.server.command === '/opt/civic/bin/civic' && JSON.stringify(c.server.args) === '["lsp"]' &&
         c.server.transport === languageclient.TransportKind.stdio, 'it runs civic.path with lsp, over stdio', c.server);
  const sel = (c.client.documentSelector || []).map((d) => `${d.scheme}:${d.language}`);
  report(sel.includes('file:civic'), 'for civic files', sel);
  report(log.some((e) => e[0] === 'start' && e[1] === '/opt/civic/bin/civic'), 'and starts it');
  report(log.some((e) => e[0] === 'command' && e[1] === 'civic.restartServer') && context.subscriptions.length >= 2,
    'a restart command and a settings listener are registered for disposal');
  settings = { path: '/usr/bin/civic' };
  if (configListener) await configListener({ affectsConfiguration: (s) => s === 'civic.path' });
  await new Promise((r) => setTimeout(r, 10));
  report(log.some((e) => e[0] === 'stop' && e[1] === '/opt/civic/bin/civic') &&
         log.some((e) => e[0] === 'start' && e[1] === '/usr/bin/civic'), 'a new civic.path restarts the server with it');
  const before = log.length;
  if (configListener) await configListener({ affectsConfiguration: () => false });
  report(log.length === before, 'other settings leave it running');
  await ext.deactivate();
  report(log[log.length - 1][0] === 'stop' && log[log.length - 1][1] === '/usr/bin/civic', 'deactivate stops it');
  LanguageClient.prototype.start = function () { return Promise.reject(new Error('spawn civic ENOENT')); };
  await ext.activate({ subscriptions: [] });
  const err = log.filter((e) => e[0] === 'error').map((e) => e[1]);
  report(err.length === 1 && /civic\.path/.test(err[0]), 'a civic that cannot be run is said so, with the setting to change', err);
})().catch((e) => report(false, 'the extension ran against the stand-ins', String(e.stack || e))).finally(() => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
});
