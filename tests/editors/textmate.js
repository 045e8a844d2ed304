// The TextMate grammar (editors/vscode/syntaxes/civic.tmLanguage.json), run by
// vscode-textmate over vscode-oniguruma as VS Code runs it, against the five
// councils, their scenario files and the standard library.
//
// Where the files' words fall is worked out independently, by a small scanner
// that follows grammar/lexer.l (comments, strings, clause references, names,
// dates), and the grammar's scopes are checked against it: every line
// tokenizes and every block closes; strings, comments and clause references
// are scoped whole and no token runs past their end; every keyword the lexer
// knows (read from lexer.l itself) is scoped as a keyword; hyphenated names
// are one name, whatever keywords they contain; capitalised names are roles;
// nothing in a file civic accepts is marked invalid.  Then a handful of
// tokens per file, and made-up lines for what the files do not show
// (escapes, unterminated strings and clauses, other alphabets).
//
// Usage: node tests/editors/textmate.js  (from the top of the tree; the npm
// packages from $CIVIC_NODE_MODULES, default build/node_modules, which make
// check installs).  Last line "N passed, N failed".
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const modules = path.resolve(root, process.env.CIVIC_NODE_MODULES || 'build/node_modules');
const GRAMMAR = path.join(root, 'editors/vscode/syntaxes/civic.tmLanguage.json');

let passed = 0, failed = 0;
function report(ok, name, details) {
  if (ok) { passed++; console.log(`ok - ${name}`); return; }
  failed++;
  console.log(`FAIL - ${name}`);
  for (const d of (details || []).slice(0, 8)) console.log(`    ${d}`);
}

// ---- the lexer's view ------------------------------------------------------------------
// Keywords as grammar/lexer.l lists them: lines like  "must"  { return MUST; }
function lexerKeywords() {
  const text = fs.readFileSync(path.join(root, 'grammar/lexer.l'), 'utf8');
  const kws = [];
  for (const m of text.matchAll(/^"([a-z]+)"\s+\{\s*return [A-Z_]+;\s*\}/gm)) kws.push(m[1]);
  return kws;
}
const KEYWORDS = lexerKeywords();
const KEYWORD_SET = new Set(KEYWORDS);

// lexer.l's LETTER is [A-Za-z_\x80-\xff]: any byte of a non-ASCII character.
const L = 'A-Za-z_\\u0080-\\uffff';
const IDENT = new RegExp(`[${L}][${L}0-9]*(?:-[${L}][${L}0-9]*)*`, 'y');
const DATE = /\d{4}-\d{2}-\d{2}/y;
const TIME = /\d{1,2}:\d{2}/y;
const NUMBER = /\d+/y;

function sticky(re, line, i) { re.lastIndex = i; const m = re.exec(line); return m ? m[0] : null; }

// The spans of one line: {kind, start, end, text}, kind one of comment,
// string, clause, keyword, ident, date, time, number.
function scanLine(line) {
  const spans = [];
  let i = 0;
  const add = (kind, end) => { spans.push({ kind, start: i, end, text: line.slice(i, end) }); i = end; };
  while (i < line.length) {
    const c = line[i];
    if (c === '#') { add('comment', line.length); continue; }
    if (c === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === '\\' && j + 1 < line.length ? 2 : 1;
      add(j < line.length ? 'string' : 'unterminated', Math.min(j + 1, line.length));
      continue;
    }
    if (c === '\u201c') {
      const j = line.indexOf('\u201d', i + 1);
      add(j >= 0 ? 'string' : 'unterminated', j >= 0 ? j + 1 : line.length);
      continue;
    }
    if (c === '[') {
      const j = line.indexOf(']', i + 1);
      add(j >= 0 ? 'clause' : 'unterminated', j >= 0 ? j + 1 : line.length);
      continue;
    }
    let m;
    if ((m = sticky(DATE, line, i))) { add('date', i + m.length); continue; }
    if ((m = sticky(TIME, line, i))) { add('time', i + m.length); continue; }
    if ((m = sticky(NUMBER, line, i))) { add('number', i + m.length); continue; }
    if ((m = sticky(IDENT, line, i))) { add(KEYWORD_SET.has(m) ? 'keyword' : 'ident', i + m.length); continue; }
    i++;
  }
  return spans;
}

// ---- the grammar -----------------------------------------------------------------------
async function loadGrammar() {
  const vsctm = require(path.join(modules, 'vscode-textmate'));
  const onig = require(path.join(modules, 'vscode-oniguruma'));
  const wasm = fs.readFileSync(path.join(modules, 'vscode-oniguruma/release/onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new onig.OnigScanner(patterns),
      createOnigString: (s) => new onig.OnigString(s),
    }),
    loadGrammar: async (scope) => scope === 'source.civic'
      ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
  });
  return { vsctm, grammar: await registry.loadGrammar('source.civic') };
}

// Each line's tokens: [{start, end, scopes}], and the depth of the rule
// stack after the last line.
function tokenize(vsctm, grammar, text) {
  let state = vsctm.INITIAL;
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const tokens = lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }));
  });
  return { lines, tokens, depth: state.depth };
}

const has = (t, prefix) => t.scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));
const within = (toks, a, b) => toks.filter((t) => t.end > a && t.start < b);
const show = (line, t) => `'${line.slice(t.start, t.end)}' ${t.scopes.slice(1).join(' ') || '(no scope)'}`;

// ---- what every file must satisfy --------------------------------------------------------
function fileChecks(name, doc) {
  const problems = { tokens: [], strings: [], comments: [], clauses: [], keywords: [], names: [], roles: [], dates: [], invalid: [] };
  doc.lines.forEach((line, n) => {
    const toks = doc.tokens[n];
    const where = `${name}:${n + 1}`;
    let at = 0;
    for (const t of toks) { if (t.start !== at && t.start < line.length) problems.tokens.push(`${where}: gap at ${at}`); at = t.end; }
    if (line.length && at < line.length) problems.tokens.push(`${where}: tokens stop at ${at} of ${line.length}`);
    for (const t of toks) if (t.scopes.some((s) => s.startsWith('invalid.'))) problems.invalid.push(`${where}: ${show(line, t)}`);
    for (const s of scanLine(line)) checkSpan(s, line, toks, where, problems);
  });
  report(Object.values(problems.tokens).length === 0, `${name}: every line tokenizes, start to end`, problems.tokens);
  report(doc.depth === 1, `${name}: every block the grammar opens is closed by the end (depth ${doc.depth})`);
  report(problems.strings.length === 0, `${name}: strings are scoped whole, and no token runs past a string's end`, problems.strings);
  report(problems.comments.length === 0, `${name}: comments are scoped whole`, problems.comments);
  report(problems.clauses.length === 0, `${name}: clause references are scoped whole, and nothing runs past ']'`, problems.clauses);
  report(problems.keywords.length === 0, `${name}: every keyword of lexer.l is scoped as a keyword`, problems.keywords);
  report(problems.names.length === 0, `${name}: a hyphenated name is one token, keywords inside it not scoped`, problems.names);
  report(problems.roles.length === 0, `${name}: capitalised names are roles`, problems.roles);
  report(problems.dates.length === 0, `${name}: dates are dates`, problems.dates);
  report(problems.invalid.length === 0, `${name}: nothing is marked invalid in a file civic accepts`, problems.invalid);
}

// A span whose tokens must all carry `scope`, with a token boundary at its end
// after which the scope stops (unless a span of the same kind follows at once).
function whole(s, line, toks, scope, where, out) {
  const inner = within(toks, s.start, s.end);
  const bad = inner.find((t) => !has(t, scope) && !t.scopes.some((x) => x.includes(scope)));
  if (bad) out.push(`${where}: ${show(line, bad)} inside ${s.kind} '${s.text}'`);
  const over = inner.find((t) => t.end > s.end);
  if (over) out.push(`${where}: ${show(line, over)} runs past the end of '${s.text}'`);
  const next = toks.find((t) => t.start === s.end);
  if (next && s.end < line.length && next.scopes.some((x) => x.includes(scope)) && line[s.end] !== s.text[0])
    out.push(`${where}: ${show(line, next)} still in ${s.kind} after '${s.text}'`);
}

function checkSpan(s, line, toks, where, p) {
  const inner = within(toks, s.start, s.end);
  switch (s.kind) {
  case 'string': whole(s, line, toks, 'string.quoted', where, p.strings); break;
  case 'comment': whole(s, line, toks, 'comment.line', where, p.comments); break;
  case 'clause': whole(s, line, toks, 'clause', where, p.clauses); break;
  case 'keyword':
    if (!inner.every((t) => has(t, 'keyword') || has(t, 'storage') ||
                        (s.text === 'may' && t.scopes.includes('meta.block.calendar.civic') && has(t, 'support.constant.date'))))
      p.keywords.push(`${where}: '${s.text}' is ${inner.map((t) => t.scopes.slice(1).join(' ')).join(' | ')}`);
    break;
  case 'ident':
    if (s.text.includes('-') && (inner.length !== 1 || inner.some((t) => has(t, 'keyword'))))
      p.names.push(`${where}: '${s.text}' is ${inner.map((t) => show(line, t)).join(', ')}`);
    if (/^\p{Lu}/u.test(s.text) && !inner.every((t) => has(t, 'entity.name.type.role')))
      p.roles.push(`${where}: '${s.text}' is ${inner.map((t) => t.scopes.slice(1).join(' ')).join(' | ')}`);
    break;
  case 'date':
    if (!inner.every((t) => has(t, 'constant.numeric.date'))) p.dates.push(`${where}: '${s.text}'`);
    break;
  default: break;
  }
}

// ---- a handful of tokens per file ------------------------------------------------------------
// In the first line matching `line`, the text `text` (the n-th occurrence, default
// the first) is one token with `scope` (or, with several: true, every token of it has it,
// and they end with it unless runs: true).
const SPOT = {
  'protocols/houghton-regis.civic': [
    { line: /^\[10\.2\] Officer must respond/, text: '[10.2]', scope: 'entity.name.section.clause.civic', several: true },
    { line: /^\[10\.2\] Officer must respond/, text: 'must', scope: 'keyword.other.modality.obligation.civic' },
    { line: /^\[10\.2\] Officer must respond/, text: 'Officer', scope: 'entity.name.type.role.civic' },
    { line: /^\[10\.2\] Officer must respond/, text: '2 working days', scope: 'constant.other.duration.civic', several: true },
    { line: /^\s+otherwise acknowledge/, text: 'otherwise', scope: 'keyword.control.conditional.civic' },
    { line: /^\[8\.1\] Member must not manage/, text: 'must not', scope: 'keyword.other.modality.prohibition.civic' },
    { line: /^\[8\.1\] Member cannot instruct/, text: 'cannot', scope: 'keyword.other.modality.prohibition.civic' },
    { line: /^\[4\.3\] adopts \[MP-1\]/, text: '[MP-1]', scope: 'constant.other.reference.clause.civic', several: true },
    { line: /^\[4\.3\] adopts \[MP-1\]/, text: 'adopts', scope: 'keyword.other.civic' },
    { line: /^\s+review\s+annually/, text: 'review', scope: 'support.type.property-name.civic' },
    { line: /^\s+adopted\s+2015-09-28/, text: '2015-09-28', scope: 'constant.numeric.date.civic' },
    { line: /^\s+calendar england-and-wales/, text: 'england-and-wales', scope: 'entity.name.namespace.calendar.civic' },
    { line: /^protocol "/, text: '"Officer/Member Protocol"', scope: 'string.quoted.double.civic', several: true },
    { line: /^# Houghton Regis/, text: '# Houghton Regis', scope: 'comment.line.number-sign.civic', several: true, runs: true },
    { line: /^\s+overseen by Council/, text: 'overseen', scope: 'support.type.property-name.civic' },
    { line: /^\[8\.1\] relation manager of Clerk is nobody/, text: 'nobody', scope: 'keyword.other.civic' },
    { line: /^\s+\[12\.3\] refer to MonitoringOfficer/, text: 'refer', scope: 'keyword.other.civic' },
  ],
  'protocols/houghton-regis.test.civic': [
    { line: /^\s+expect \[10\.2\] due 2025-12-29/, text: 'expect', scope: 'keyword.other.expect.civic' },
    { line: /^\s+expect \[10\.2\] due 2025-12-29/, text: 'due', scope: 'constant.language.verdict.civic' },
    { line: /^\s+expect \[10\.2\] due 2025-12-29/, text: '2025-12-29', scope: 'constant.numeric.date.civic' },
    { line: /^\s+2025-12-29 nothing/, text: 'nothing', scope: 'keyword.other.civic' },
    { line: /^\s+2025-12-23 alice sends enquiry/, text: 'alice', scope: 'variable.other.person.civic' },
    { line: /^\s+person bob is Officer/, text: 'person', scope: 'storage.type.person.civic' },
    { line: /^\s+expect no breach/, text: 'breach', scope: 'constant.language.verdict.civic' },
  ],
  'protocols/market-drayton.civic': [
    { line: /^\[General principles\/3\] Clerk manages Officer/, text: '[General principles/3]', scope: 'entity.name.section.clause.civic', several: true },
    { line: /^\[General principles\/3\] Clerk manages Officer/, text: 'manages', scope: 'keyword.other.relation.civic' },
    { line: /^action act-overfamiliar/, text: 'act-overfamiliar', scope: 'entity.name.function.action.civic' },
    { line: /^\[If things go wrong\/officers\/2\] role/, text: 'external', scope: 'storage.modifier.civic' },
    { line: /^\s+adopted\s+unknown/, text: 'unknown', scope: 'keyword.other.civic' },
    { line: /^\[General principles\/3\] Clerk is called/, text: 'called', scope: 'keyword.other.civic' },
    { line: /refer to PrincipalMonitoringOfficer under/, text: 'under', scope: 'keyword.other.civic' },
  ],
  'protocols/market-drayton.test.civic': [
    { line: /^\s+expect \S+ breached by/, text: 'breached', scope: 'constant.language.verdict.civic' },
    { line: /^scenario "/, text: 'scenario', scope: 'storage.type.civic' },
  ],
  'protocols/newent.civic': [
    { line: /^\s+\[27\] Clerk and\/or Mayor/, text: 'and/or', scope: 'keyword.operator.logical.civic' },
    { line: /^\s+next review 2024/, text: 'next review', scope: 'support.type.property-name.civic' },
    { line: /^\[1\] Member should not act-overfamiliar/, text: 'should not', scope: 'keyword.other.modality.discouragement.civic' },
    { line: /^\[8\] Member can expect from Officer/, text: 'can', scope: 'keyword.other.civic' },
    { line: /^\[8\] Member can expect from Officer/, text: 'expect', scope: 'keyword.other.civic' },
    { line: /^\[8, 9\] adopts/, text: '[8, 9]', scope: 'entity.name.section.clause.civic', several: true },
    { line: /^omits \[MP-14\]/, text: 'omits', scope: 'keyword.other.civic' },
  ],
  'protocols/newent.test.civic': [
    { line: /^\s+expect \[\d+\] (departed|breached)/, text: 'expect', scope: 'keyword.other.expect.civic' },
  ],
  'protocols/reigate-banstead.civic': [
    { line: /^\s+review\s+from time to time/, text: 'from', scope: 'keyword.operator.preposition.civic' },
    { line: /^route complaint by Member about Officer \[1\.11\.2\] \{/, text: '{', scope: 'punctuation.section.block.begin.civic' },
    { line: /^\[1\.11\.1\] GroupLeader aka "Group Leader"/, text: 'aka', scope: 'storage.modifier.civic' },
    { line: /^\[1\.3\.12\] relation line-manager "line manager" of Officer is Officer/, text: 'relation', scope: 'storage.type.civic' },
    { line: /^\s+\[1\.11\.5\] possibly procedure disciplinary/, text: 'possibly', scope: 'keyword.other.civic' },
    { line: /^action comply-with-constitution/, text: 'comply-with-constitution', scope: 'entity.name.function.action.civic' },
  ],
  'protocols/reigate-banstead.test.civic': [
    { line: /^\s+person \w+ is /, text: 'is', scope: 'storage.modifier.civic' },
  ],
  'protocols/wadhurst.civic': [
    { line: /^\[2\.5\] Member must respect-legal-duties RFO/, text: 'RFO', scope: 'entity.name.type.role.civic' },
    { line: /^\s+\[5\.2\] possibly procedure grievance-procedure/, text: 'grievance-procedure', scope: 'entity.name.type.procedure.civic' },
    { line: /^\s+\[5\.1\] informally/, text: 'informally', scope: 'keyword.other.civic' },
    { line: /"on a personal matter" or "on party political issues"/, text: 'or', scope: 'keyword.operator.logical.civic' },
  ],
  'protocols/wadhurst.test.civic': [
    { line: /^\s+expect \w+ at /, text: 'at', scope: 'keyword.other.civic' },
  ],
  'stdlib/calendars/england-and-wales.civic': [
    { line: /^calendar england-and-wales/, text: 'england-and-wales', scope: 'entity.name.namespace.calendar.civic' },
    { line: /"Early May bank holiday" on first monday of may/, text: 'may', scope: 'support.constant.date.civic' },
    { line: /"Good Friday" on easter - 2/, text: 'easter', scope: 'support.constant.date.civic' },
    { line: /"Christmas Day" on 25 december substitute/, text: 'substitute', scope: 'storage.modifier.civic' },
    { line: /^\s+weekend saturday, sunday/, text: 'weekend', scope: 'storage.type.civic' },
  ],
  'stdlib/model-protocol.civic': [
    { line: /^\s+\[MP-1\]\s+work-in-partnership/, text: '[MP-1]', scope: 'entity.name.section.clause.civic', several: true },
    { line: /^\s+\[MP-1\]\s+work-in-partnership/, text: 'work-in-partnership', scope: 'variable.other.name.civic' },
    { line: /^Member can expect from Officer \{/, text: 'from', scope: 'keyword.operator.preposition.civic' },
  ],
  'stdlib/calendars/scotland.civic': [
    { line: /"New Year's Day" on 1 january substitute except 2023/, text: 'except', scope: 'keyword.control.conditional.civic' },
    { line: /"New Year's Day" on 1 january substitute except 2023/, text: '2023', scope: 'constant.numeric.integer.civic' },
  ],
  'stdlib/calendars/northern-ireland.civic': [
    { line: /"St Patrick's Day" on 17 march/, text: 'march', scope: 'support.constant.date.civic' },
    { line: /"St Patrick's Day" on 17 march/, text: '"St Patrick\'s Day"', scope: 'string.quoted.double.civic', several: true },
  ],
  'stdlib/roles.civic': [
    { line: /^role Member\b/, text: 'Member', scope: 'entity.name.type.role.civic' },
  ],
};

function spot(name, doc, c) {
  const n = doc.lines.findIndex((l) => c.line.test(l));
  if (n < 0) return [`no line matches ${c.line}`];
  const line = doc.lines[n];
  let at = -1;
  for (let k = 0; k <= (c.n || 0); k++) at = line.indexOf(c.text, at + 1);
  if (at < 0) return [`'${c.text}' not in line ${n + 1}`];
  const toks = within(doc.tokens[n], at, at + c.text.length);
  const single = toks.length === 1 && toks[0].start === at && toks[0].end === at + c.text.length;
  const bad = [];
  if (!c.several && !single) bad.push(`line ${n + 1}: '${c.text}' is ${toks.length} tokens: ${toks.map((t) => show(line, t)).join(', ')}`);
  for (const t of toks) if (!t.scopes.includes(c.scope)) bad.push(`line ${n + 1}: ${show(line, t)}`);
  if (c.several && !c.runs && (toks[0].start !== at || toks[toks.length - 1].end !== at + c.text.length))
    bad.push(`line ${n + 1}: the tokens of '${c.text}' run past it`);
  return bad;
}

// ---- made-up lines: what the files do not show ------------------------------------------------
function madeUp(vsctm, grammar) {
  const one = (text) => tokenize(vsctm, grammar, text);
  const scopeOf = (doc, n, text) => {
    const at = doc.lines[n].indexOf(text);
    return within(doc.tokens[n], at, at + text.length).map((t) => t.scopes.slice(1).join(' '));
  };
  const cases = [];
  const expect = (name, text, n, part, scope, opts = {}) => {
    const doc = one(text);
    const got = scopeOf(doc, n, part);
    const ok = got.length > 0 && got.every((s) => s.split(' ').includes(scope)) && (!opts.single || got.length === 1);
    cases.push([ok, name, ok ? [] : [`'${part}': ${got.join(' | ') || 'not found'}`]]);
  };
  expect('an escaped quote stays inside its string', 'Member must inform Officer "a \\"quoted\\" word" # note', 0, '\\"', 'constant.character.escape.civic');
  expect('… and the string ends at its own quote', 'Member must inform Officer "a \\"quoted\\" word" # note', 0, '# note', 'comment.line.number-sign.civic');
  expect('an unterminated string is marked invalid', 'role Clerk2 "Town Clerk', 0, '"Town Clerk', 'invalid.illegal.unterminated-string.civic');
  expect('… and the next line is read afresh', 'role Clerk2 "Town Clerk\nMember must not instruct Officer', 1, 'must not', 'keyword.other.modality.prohibition.civic', { single: true });
  expect('a typographic string', 'role Clerk3 \u201cTown Clerk\u201d is Officer', 0, '\u201cTown Clerk\u201d', 'string.quoted.other.typographic.civic');
  expect('… ends at its closing quote', 'role Clerk3 \u201cTown Clerk\u201d is Officer', 0, 'Officer', 'entity.name.type.role.civic', { single: true });
  expect('an unterminated clause is marked invalid', '[10.2 Officer must respond', 0, '[10.2 Officer must respond', 'invalid.illegal.unterminated-clause.civic');
  expect("a single-quoted string is marked invalid (civic: strings are in double quotes)", "role X 'Clerk'", 0, "'Clerk'", 'invalid.illegal.single-quoted-string.civic');
  expect('must  not, spaced out, is one prohibition', 'Member must  not instruct Officer', 0, 'must  not', 'keyword.other.modality.prohibition.civic', { single: true });
  expect('will not is a prohibition', 'Officer will not disclose information', 0, 'will not', 'keyword.other.modality.prohibition.civic', { single: true });
  expect('shall is an obligation', 'Officer shall disclose information', 0, 'shall', 'keyword.other.modality.obligation.civic', { single: true });
  expect('may is a permission outside a calendar', 'Member may speak to Media', 0, 'may', 'keyword.other.modality.permission.civic', { single: true });
  expect('a role in another alphabet', '[1] \u00c9lu must respond to enquiry', 0, '\u00c9lu', 'entity.name.type.role.civic', { single: true });
  expect('a name with non-ASCII letters and a keyword inside is one name', 'Member must caf\u00e9-and-shop', 0, 'caf\u00e9-and-shop', 'variable.other.name.civic', { single: true });
  expect('a time in an event', '2025-12-23 10:15 alice sends enquiry to bob', 0, '10:15', 'constant.numeric.time.civic', { single: true });
  expect('a capitalised actor of an event is a role (the office)', '2025-12-23 Clerk responds to alice', 0, 'Clerk', 'entity.name.type.role.civic', { single: true });
  expect('within 1 working day, singular', 'Officer must respond to enquiry within 1 working day', 0, 'working day', 'keyword.other.unit.civic', { single: true });
  expect('a calendar named in the protocol block', 'protocol "P" {\n  calendar scotland\n}', 1, 'scotland', 'entity.name.namespace.calendar.civic', { single: true });
  expect('the protocol block closes at its brace', 'protocol "P" {\n  council "C"\n}\nMember must not instruct Officer', 3, 'Member', 'entity.name.type.role.civic', { single: true });
  // Every keyword of lexer.l, alone between two names, is a keyword.
  const missing = [];
  for (const kw of KEYWORDS) {
    const doc = one(`x ${kw} y`);
    const toks = within(doc.tokens[0], 2, 2 + kw.length);
    if (!toks.length || !toks.every((t) => has(t, 'keyword') || has(t, 'storage'))) missing.push(`'${kw}': ${toks.map((t) => t.scopes.slice(1).join(' ')).join(' | ')}`);
  }
  cases.push([KEYWORDS.length >= 45 && missing.length === 0, `each of lexer.l's ${KEYWORDS.length} keywords, on its own, is a keyword`, missing]);
  for (const [ok, name, details] of cases) report(ok, `made up: ${name}`, details);
}

// ---- run --------------------------------------------------------------------------------------
function corpus() {
  const files = [];
  for (const f of fs.readdirSync(path.join(root, 'protocols')).sort()) if (f.endsWith('.civic')) files.push(`protocols/${f}`);
  const walk = (dir) => {
    for (const f of fs.readdirSync(path.join(root, dir)).sort()) {
      const p = `${dir}/${f}`;
      if (fs.statSync(path.join(root, p)).isDirectory()) walk(p);
      else if (f.endsWith('.civic')) files.push(p);
    }
  };
  walk('stdlib');
  return files;
}

async function main() {
  let vsctm, grammar;
  try {
    ({ vsctm, grammar } = await loadGrammar());
  } catch (e) {
    report(false, `the grammar loads with vscode-textmate from ${modules} (make check installs it)`, [String(e.message || e)]);
    return;
  }
  report(grammar && JSON.parse(fs.readFileSync(GRAMMAR, 'utf8')).scopeName === 'source.civic', 'the grammar loads, as source.civic');
  const files = corpus();
  report(files.filter((f) => f.startsWith('protocols/') && !f.endsWith('.register.civic')).length === 10 && files.length >= 15,
    `the corpus: the five councils, their scenarios, civic audit's maps and the stdlib (${files.length} files)`);
  for (const f of files) {
    const doc = tokenize(vsctm, grammar, fs.readFileSync(path.join(root, f), 'utf8'));
    fileChecks(f, doc);
    for (const c of SPOT[f] || []) {
      const bad = spot(f, doc, c);
      report(bad.length === 0, `${f}: '${c.text}' is ${c.scope}`, bad);
    }
  }
  for (const f of Object.keys(SPOT)) if (!files.includes(f)) report(false, `${f} is in the corpus`);
  madeUp(vsctm, grammar);
}

main().catch((e) => report(false, 'the test ran to the end', [String(e.stack || e)])).finally(() => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
});
