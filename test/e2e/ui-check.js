#!/usr/bin/env node
'use strict';
// ui-check.js: drives the real workbench UI (code-server + headless Chromium) and saves the screenshots a user would see.
// Adapted from the editor harness's Route B example (/work/shared/editor-harness/ui-check.js) for this extension:
// the extension is loaded from the repository (extensionDevelopmentPath), the window opens a copy of
// test/e2e/workspace, and each step waits for the effect itself (a squiggle, a hover, a menu), never for a timer
// between steps.
//
//   npm run build && node test/e2e/ui-check.js [--out docs/images] [--url URL] [--timeout-ms N]
//
// Screenshots (in --out, default <cache>/shots/ui-<time>):
//   diagnostics.png       producer.properties with its squiggles and the Problems panel (rule ids, positions)
//   diagnostic-hover.png  hovering the squiggle under `ALL`: the rule message, its code with the docs link, Quick Fix
//   quickfix.png          Ctrl+. on `ALL`: the quick-fix menu (then "Change to `all`" is applied and checked)
//   profile.png           "Kafka Producer: Apply Safe Producer Profile…" from the command palette: the quick pick
//                         with each profile's change preview (nothing is applied)
//   hover.png             hover on the `acks` key of a durable config: docs, default for 4.3, effective value
//   completion.png        `batch` typed on a new line: the key list and batch.size's documentation (resolved lazily)
//   failure.png           only when a step failed
// It prints PASS/FAIL per step and `N passed, N failed`; the exit code is 0 only if every step passed.
// A failing step stops the run, because later steps depend on the state it leaves.
// Tools and environment variables: see run-ext-tests.js (bash test/e2e/setup-editor.sh installs them).
const fs = require('fs');
const path = require('path');
const H = require('./run-ext-tests.js');

const ROOT = path.resolve(__dirname, '..', '..');
const WORKSPACE = path.join(__dirname, 'workspace');

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(out|url|timeout-ms)$/.exec(argv[i]);
    if (!m || argv[i + 1] === undefined) {
      console.error(`bad argument ${argv[i]}; usage: node test/e2e/ui-check.js [--out DIR] [--url URL] [--timeout-ms N]`);
      process.exit(2);
    }
    o[m[1]] = argv[++i];
  }
  return o;
}

const o = parseArgs(process.argv.slice(2));
const TIMEOUT = Number(o['timeout-ms'] || 60000);
const OUT = path.resolve(o.out || path.join(H.cacheDir(), 'shots', `ui-${new Date().toISOString().replace(/[:.]/g, '-')}`));
const ERROR_SQUIGGLE = '.editor-instance .monaco-editor .squiggly-error';
const oneLine = (s) => String(s).replace(/\u001b\[[0-9;]*m/g, '').replace(/\s+/g, ' ').trim().slice(0, 200);
let passed = 0; let failed = 0;
const pass = (what, detail) => { passed++; H.log('PASS', what + (detail ? `: ${oneLine(detail)}` : '')); };

// Screen box of the first occurrence of `text` in the rendered editor lines (optionally only on a line that
// contains `onLine`). The editor renders spaces as U+00A0 and splits a line into token spans, so the text is
// matched across the spans with a DOM Range.
async function textBox(page, text, onLine) {
  return page.evaluate(([t, l]) => {
    const norm = (s) => s.replace(/\u00a0/g, ' ');
    for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
      const content = norm(line.textContent);
      if (l && !content.includes(l)) continue;
      const idx = content.indexOf(t);
      if (idx < 0) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0; let started = false; let node;
      while ((node = walker.nextNode())) {
        const len = node.textContent.length;
        if (!started && idx < pos + len) { range.setStart(node, idx - pos); started = true; }
        if (started && idx + t.length <= pos + len) { range.setEnd(node, idx + t.length - pos); break; }
        pos += len;
      }
      const r = range.getBoundingClientRect();
      if (r.width > 0) return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, [text, onLine || null]);
}

async function mustFind(page, text, onLine) {
  const box = await textBox(page, text, onLine);
  if (!box) throw new Error(`text not visible in the editor: ${JSON.stringify(text)}${onLine ? ` on a line with ${JSON.stringify(onLine)}` : ''}`);
  return box;
}

// Moves the mouse onto the text (two moves: the editor reacts to mousemove, not to the initial position).
async function hoverOn(page, box) {
  const x = box.x + Math.min(6, box.width / 2); const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.move(x + 1, y);
}

async function dismissHover(page) {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover:visible').first().waitFor({ state: 'hidden', timeout: TIMEOUT }).catch(() => {});
}

// An error toast in a screenshot means something broke: fail the step instead of publishing it.
async function assertNoErrorToast(page) {
  const errors = page.locator('.notification-toast:has(.codicon-error)');
  if (await errors.count()) throw new Error(`error notification shown: ${oneLine(await errors.first().innerText())}`);
}

async function shot(page, name) {
  await assertNoErrorToast(page);
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  return file;
}

async function openFile(page, rel) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(rel);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: rel }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: rel }).first().waitFor({ timeout: TIMEOUT });
  await page.waitForSelector('.editor-instance .monaco-editor .view-line', { timeout: TIMEOUT });
}

(async () => {
  try { // fail early, with a plain message, when something is not installed or not built
    H.loadPlaywright();
    if (!o.url && !fs.existsSync(H.resolveTools().codeServer)) throw new Error(`code-server not found at ${H.resolveTools().codeServer}; run "bash test/e2e/setup-editor.sh"`);
    if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing; run "npm run build" first');
  } catch (e) { console.error(e.message); process.exit(2); }
  fs.mkdirSync(OUT, { recursive: true });
  const { runDir, folder } = H.newRun('ui-', WORKSPACE);
  let browser = null; let page = null; let step = 'start';
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      Promise.resolve(browser && browser.context.close()).catch(() => {}).then(H.stopAll).finally(() => process.exit(130));
    });
  }
  try {
    step = 'code-server';
    let server;
    if (o.url) server = { url: o.url.replace(/\/$/, '') };
    else {
      // No motion: a screenshot must not catch a quick pick or a hover half faded in.
      server = await H.startCodeServer({ runDir, settings: { 'workbench.reduceMotion': 'on' } });
      H.log(`code-server up on ${server.url} in ${server.startMs} ms (process group ${server.pid})`);
    }
    step = 'browser';
    browser = await H.launchBrowser(runDir, { viewport: { width: 1280, height: 800 } });
    page = browser.page;
    page.on('pageerror', (e) => H.log('pageerror:', oneLine(e.message)));
    const tGoto = Date.now();
    await page.goto(H.workbenchUrl(server.url, { folder, extensionDevelopmentPath: ROOT }));

    step = 'workbench';
    await page.waitForSelector('.monaco-workbench', { timeout: TIMEOUT });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: TIMEOUT });
    pass('workbench with the fixture folder open', `${((Date.now() - tGoto) / 1000).toFixed(1)} s after page.goto`);

    // (a) squiggles and the Problems panel
    step = 'open producer.properties';
    await openFile(page, 'producer.properties');
    pass('editor shows producer.properties');
    step = 'squiggles';
    await page.waitForSelector(ERROR_SQUIGGLE, { timeout: TIMEOUT });
    pass('error squiggles visible', `${await page.locator(ERROR_SQUIGGLE).count()} in view, ${((Date.now() - tGoto) / 1000).toFixed(1)} s after page.goto`);
    step = 'Problems panel';
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: 'idempotence-conflict' }).first().waitFor({ timeout: TIMEOUT });
    const problemTexts = await rows.allInnerTexts();
    for (const rule of ['invalid-value', 'idempotence-conflict', 'unknown-key', 'misplaced-key']) {
      if (!problemTexts.some((t) => t.includes(rule))) throw new Error(`no Problems row for ${rule}: ${oneLine(problemTexts.join(' | '))}`);
    }
    pass('Problems panel lists the rules', problemTexts.filter((t) => t.includes('kafka-producer')).length + ' rows from kafka-producer');
    step = 'code lens';
    const lens = page.locator('.editor-instance .codelens-decoration', { hasText: 'Kafka producer:' }).first();
    await lens.waitFor({ state: 'visible', timeout: TIMEOUT });
    pass('guarantee code lens', await lens.innerText());
    await shot(page, 'diagnostics.png');
    await page.keyboard.press('Control+J'); // close the panel: the hovers below get the room

    // (e) hovering a squiggle: the rule message and its code, linked to the rule page
    step = 'diagnostic hover';
    await hoverOn(page, await mustFind(page, 'ALL', 'acks='));
    const diagHover = page.locator('.monaco-hover', { hasText: 'invalid-value' }).first();
    await diagHover.waitFor({ state: 'visible', timeout: TIMEOUT });
    const link = diagHover.locator('a', { hasText: 'invalid-value' });
    if (!(await link.count())) throw new Error(`the code is not a link in the hover: ${oneLine(await diagHover.innerText())}`);
    pass('diagnostic hover with the rule code as a link', await diagHover.innerText());
    await shot(page, 'diagnostic-hover.png');
    await dismissHover(page);

    // (c) Ctrl+. on the invalid value: the quick-fix menu, then the fix applied
    step = 'quick fix';
    const before = await page.locator(ERROR_SQUIGGLE).count();
    const all = await mustFind(page, 'ALL', 'acks=');
    await page.mouse.click(all.x + Math.min(3, all.width / 2), all.y + all.height / 2);
    await page.keyboard.press('Control+Period');
    const menu = page.locator('.action-widget', { hasText: 'Change to' }).first();
    await menu.waitFor({ state: 'visible', timeout: TIMEOUT });
    pass('quick fix menu', await menu.innerText());
    await shot(page, 'quickfix.png');
    await page.locator('.action-widget .monaco-list-row', { hasText: 'Change to' }).first().click();
    await page.locator('.editor-instance .view-line', { hasText: 'acks=all' }).first().waitFor({ timeout: TIMEOUT });
    // The squiggle has no event of its own: wait until the DOM has fewer of them than before.
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length < n, [ERROR_SQUIGGLE, before], { timeout: TIMEOUT })
      .catch(() => { throw new Error(`still ${before} error squiggle(s) after the fix`); });
    pass('quick fix applied', `acks=all; ${before} -> ${await page.locator(ERROR_SQUIGGLE).count()} error squiggle(s)`);

    // (d) the profile command from the palette: the quick pick with each profile's change preview
    step = 'profile quick pick';
    await openFile(page, 'profile-producer.properties');
    await page.keyboard.press('F1');
    const palette = page.locator('.quick-input-widget input').first();
    await palette.waitFor({ state: 'visible', timeout: TIMEOUT });
    await palette.fill('>Kafka Producer: Apply Safe Producer Profile');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Apply Safe Producer Profile' }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    const reliable = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Reliable' }).first();
    await reliable.waitFor({ state: 'visible', timeout: TIMEOUT });
    const title = await page.locator('.quick-input-widget .quick-input-title').first().innerText();
    if (!/safe Kafka producer profile/.test(title)) throw new Error(`unexpected quick pick title: ${title}`);
    const reliableText = await reliable.innerText();
    if (!reliableText.includes('acks: 1 → all')) throw new Error(`the Reliable row has no change preview: ${oneLine(reliableText)}`);
    pass('profile quick pick with previews', reliableText);
    await shot(page, 'profile.png');
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').first().waitFor({ state: 'hidden', timeout: TIMEOUT });

    // (b) hover on the acks key of a durable configuration
    step = 'hover on acks';
    await openFile(page, 'clean.producer.properties');
    await hoverOn(page, await mustFind(page, 'acks', 'acks=all'));
    const hover = page.locator('.monaco-hover', { hasText: 'Default (Kafka 4.3)' }).first();
    await hover.waitFor({ state: 'visible', timeout: TIMEOUT });
    pass('hover on acks', await hover.innerText());
    await shot(page, 'hover.png');
    await dismissHover(page);

    // (f) completion on a new line: the key list, and the focused key's documentation in the details pane (the
    // server sends it on completionItem/resolve, as VS Code asks for the focused item only)
    step = 'completion';
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('batch');
    const row = page.locator('.suggest-widget .monaco-list-row', { hasText: 'batch.size' }).first();
    if (!(await row.isVisible())) await page.keyboard.press('Control+Space');
    await row.waitFor({ state: 'visible', timeout: TIMEOUT });
    const details = page.locator('.suggest-details', { hasText: 'Default (Kafka 4.3)' }).first();
    // The details pane opens with the suggestion list once a user has opened it; here it is toggled open.
    if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
    await details.waitFor({ state: 'visible', timeout: TIMEOUT });
    pass('completion with the focused key documentation', oneLine(await details.innerText()));
    await shot(page, 'completion.png');
    await page.keyboard.press('Escape');
  } catch (e) {
    failed++;
    H.log('FAIL', `${step}: ${oneLine(e.message)}`);
    if (page) await page.screenshot({ path: path.join(OUT, 'failure.png') }).catch(() => {});
  } finally {
    if (browser) await browser.context.close().catch(() => {});
    await H.stopAll();
  }
  H.log(`screenshots in ${OUT}`);
  console.log(`${passed} passed, ${failed} failed`);
  if (H.keepRun(failed === 0)) H.log(`run dir kept: ${runDir}`);
  else fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
})();
