#!/usr/bin/env node
// civic render in a real browser (make check): each council's page, and a
// page of hostile text, loaded from file:// in headless Chromium (Debian's
// chromium, driven by playwright-core from build/node_modules).  For each
// page: no console error, page error or failed request; lang="en-GB"; one
// h1 and no heading that skips a level; every clause that `civic query
// FILE clauses --json` lists has its section; one diagram (an <svg> with a
// role, a title and a description) per route of the file; every in-page
// link lands; ids unique and valid names; no script; text contrast at
// least 4.5:1.
// A full-page screenshot and an A4 PDF of each are kept in build/render/
// for a person to look at.
// Usage: node tests/tools/browser.js CIVIC [FILE.civic...]
// Last line: "N passed, N failed".
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const civic = path.resolve(process.argv[2] || './civic');
const root = path.resolve(__dirname, '..', '..');
const out = path.join(root, 'build', 'render');
const today = '2026-12-06';
let files = process.argv.slice(3);
if (!files.length) {
  files = fs.readdirSync(path.join(root, 'protocols'))
    .filter((f) => f.endsWith('.civic') && !f.endsWith('.test.civic'))
    .sort().map((f) => path.join('protocols', f));
  files.push('tests/render/hostile.civic');
}

let pass = 0, fail = 0;
function check(ok, what) {
  if (ok) pass++;
  else { fail++; console.log('FAIL ' + what); }
}
function finish() {
  console.log(`${pass} passed, ${fail} failed`);
  process.exit(fail ? 1 : 0);
}

let chromium;
try {
  ({ chromium } = require(path.join(root, 'build', 'node_modules', 'playwright-core')));
} catch (e) {
  console.log('FAIL playwright-core is not in build/node_modules (make check installs it with npm)');
  fail++;
  finish();
}
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(browserPath)) {
  console.log(`FAIL ${browserPath} not found (make check installs Debian's chromium)`);
  fail++;
  finish();
}

// A control character as the page shows it (page_buf.c, as textout.c):
// \x1B for C0 and DEL, \u0085 for C1.
function shown(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => {
    const c = ch.charCodeAt(0);
    return c >= 0x80 ? '\\u' + c.toString(16).toUpperCase().padStart(4, '0')
      : '\\x' + c.toString(16).toUpperCase().padStart(2, '0');
  });
}

// What the page is checked against, from civic itself and the file.
function expected(file) {
  const q = JSON.parse(execFileSync(civic, ['query', '--json', '--today', today, file, 'clauses']).toString());
  const clauses = q.clauses.map((c) => c.clause).filter((c) => c !== null).map(shown);
  const routes = (fs.readFileSync(path.join(root, file), 'utf8').match(/^route /gm) || []).length;
  return { clauses, routes };
}

// Everything the page's DOM says of itself, read in the page.
function survey() {
  const lum = (rgb) => {
    const v = rgb.map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  };
  const parse = (s) => (s.match(/[\d.]+/g) || []).map(Number);
  const background = (el) => {
    for (; el; el = el.parentElement) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const low = [];
  for (const el of document.querySelectorAll('h1,h2,h3,h4,p,li,dt,dd,a,figcaption,code,span')) {
    if (!el.textContent.trim()) continue;
    const fg = parse(getComputedStyle(el).color).slice(0, 3), bg = background(el);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < 4.5) low.push(`${el.tagName} "${el.textContent.trim().slice(0, 40)}" ${ratio.toFixed(2)}`);
  }
  const levels = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1]));
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  const links = [...document.querySelectorAll('a[href^="#"]')].map((a) => decodeURIComponent(a.getAttribute('href').slice(1)));
  const routes = [...document.querySelectorAll('section.route')].map((s) => {
    const svg = s.querySelector('figure svg');
    if (!svg) return { svg: false };
    const lb = (svg.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id));
    return {
      svg: true, role: svg.getAttribute('role'),
      title: svg.querySelector(':scope > title') ? svg.querySelector(':scope > title').textContent : '',
      desc: svg.querySelector(':scope > desc') ? svg.querySelector(':scope > desc').textContent : '',
      labelled: lb.length === 2 && lb.every((e) => e && e.textContent.trim()),
      nodes: svg.querySelectorAll('g.node').length,
    };
  });
  return {
    lang: document.documentElement.lang,
    title: document.title,
    levels, ids, links, routes, low,
    clauses: [...document.querySelectorAll('section.clause[data-clause]')].map((s) => s.dataset.clause),
    scripts: document.querySelectorAll('script').length,
    pwned: window.pwned === undefined ? null : String(window.pwned),
    text: document.body.innerText,
  };
}

function headingsInOrder(levels) {
  if (levels.filter((l) => l === 1).length !== 1 || levels[0] !== 1) return false;
  for (let i = 1; i < levels.length; i++) if (levels[i] > levels[i - 1] + 1) return false;
  return true;
}

async function checkPage(context, file) {
  const name = path.basename(file, '.civic');
  const html = path.join(out, name + '.html');
  let want;
  try {
    execFileSync(civic, ['render', '--today', today, '-o', html, file], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    want = expected(file);
  } catch (e) {
    check(false, `${file}: civic render or query failed`);
    return;
  }
  const page = await context.newPage();
  const trouble = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') trouble.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => trouble.push('page error: ' + e.message));
  page.on('requestfailed', (r) => trouble.push('request failed: ' + r.url()));
  page.on('request', (r) => { if (!r.url().startsWith('file://')) trouble.push('request outside the page: ' + r.url()); });
  await page.goto('file://' + html, { waitUntil: 'load' });
  const s = await page.evaluate(survey);
  check(trouble.length === 0, `${file}: ${trouble.join('; ')}`);
  check(s.lang === 'en-GB', `${file}: lang is '${s.lang}'`);
  check(headingsInOrder(s.levels), `${file}: headings out of order: ${s.levels.join(' ')}`);
  const missing = want.clauses.filter((c) => !s.clauses.includes(c));
  check(missing.length === 0, `${file}: clauses missing from the page: ${missing.join(', ')}`);
  check(want.clauses.length > 0 || file.includes('hostile'), `${file}: civic query lists no clause`);
  check(s.routes.length === want.routes, `${file}: ${s.routes.length} route sections for ${want.routes} routes`);
  s.routes.forEach((r, i) => check(r.svg && r.role === 'img' && r.title && r.desc && r.labelled && r.nodes > 1,
    `${file}: route ${i + 1}'s diagram: ${JSON.stringify(r)}`));
  const badIds = s.ids.filter((id) => !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id));
  check(badIds.length === 0, `${file}: ids that are not names: ${badIds.slice(0, 5).join(', ')}`);
  const dupes = s.ids.filter((id, i) => s.ids.indexOf(id) !== i);
  check(dupes.length === 0, `${file}: ids used twice: ${[...new Set(dupes)].join(', ')}`);
  const dangling = s.links.filter((l) => !s.ids.includes(l));
  check(dangling.length === 0, `${file}: links to nothing: ${dangling.join(', ')}`);
  check(s.scripts === 0 && s.pwned === null, `${file}: a script is in the page`);
  check(s.low.length === 0, `${file}: low contrast: ${s.low.slice(0, 5).join('; ')}`);
  if (file.includes('hostile')) {
    check(s.text.includes('<script>window.pwned=1</script>') && s.title.includes('<b>&amp;'),
      `${file}: the hostile text is not shown as text`);
  }
  await page.screenshot({ path: path.join(out, name + '.png'), fullPage: true });
  await page.pdf({ path: path.join(out, name + '.pdf'), format: 'A4', printBackground: true });
  await page.close();
}

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browserPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
      viewport: { width: 1000, height: 800 },
    });
    for (const f of files) await checkPage(context, f);
  } catch (e) {
    check(false, 'the browser: ' + e.message);
  } finally {
    if (context) await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  finish();
})();
