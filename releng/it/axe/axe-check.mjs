// Runs axe-core on local HTML files in Debian's Chromium (no browser download), at 1280 px, 390 px and 320 px wide
// (phones), each with the disclosures (<details>) as they come (closed) and all opened, and prints one JSON report on
// stdout:
// {"files":[{"file","passes","narrowScrollWidth","scrollWidths":{"390-closed":N,...},"details":N,"printHidden":N,
//   "violations":[{"id","impact","help","width","state","nodes":[target...]}]}]}.
// narrowScrollWidth is the widest scroll width at 390 px or 320 px less the viewport's width plus 390 (kept for
// older readers: more than 390 means something overflows); scrollWidths gives each width and state; printHidden
// counts closed disclosures whose content the print stylesheet does not show (should be 0: printed expanded).
// --screenshots DIR writes a full-page PNG of each file at each width and state (to look at).
// Exit code: 0 no violation, 1 violations, 2 could not run (message on stderr).
//   node axe-check.mjs [--chromium PATH] [--screenshots DIR] FILE.html...
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axePath = require.resolve('axe-core/axe.min.js');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

const args = process.argv.slice(2);
let executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const files = [];
let screenshots = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--chromium') executablePath = args[++i];
  else if (args[i] === '--screenshots') screenshots = args[++i];
  else files.push(args[i]);
}
if (files.length === 0) {
  console.error('usage: node axe-check.mjs [--chromium PATH] FILE.html...');
  process.exit(2);
}
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}`);
  process.exit(2);
}

let browser;
try {
  browser = await chromium.launch({ executablePath, args: FLAGS, headless: true });
  const report = { axe: require('axe-core/package.json').version, tags: TAGS, files: [] };
  let violations = 0;
  for (const file of files) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
    await page.addScriptTag({ path: axePath });
    const runAxe = (width, state) => page.evaluate(async ([tags, width, state]) => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      const strict = new Set(['color-contrast']);
      const describe = (v, note) => ({ id: v.id, impact: v.impact, help: v.help + note, width, state,
        nodes: v.nodes.slice(0, 10).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary
          || n.any.map((a) => a.message).join('; ') })) });
      return {
        // axe leaves some contrast failures "incomplete" (for example 1:1, which might be hidden text): our
        // documents have no hidden text, so those count as violations here
        violations: r.violations.map((v) => describe(v, '')).concat(
          r.incomplete.filter((v) => strict.has(v.id)).map((v) => describe(v, ' (axe: incomplete, counted as a violation)'))),
        passes: r.passes.length,
      };
    }, [TAGS, width, state]);
    const setDetails = (open) => page.evaluate((open) => {
      for (const d of document.querySelectorAll('details')) d.open = open;
    }, open);
    const details = await page.evaluate(() => document.querySelectorAll('details').length);
    const found = [];
    const scrollWidths = {};
    let passes = Infinity;
    let narrowScrollWidth = 0;
    for (const state of ['closed', 'open']) {
      await setDetails(state === 'open');
      for (const [width, height] of [[1280, 800], [390, 844], [320, 640]]) {
        await page.setViewportSize({ width, height });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        scrollWidths[`${width}-${state}`] = scrollWidth;
        if (width < 1280) narrowScrollWidth = Math.max(narrowScrollWidth, scrollWidth - width + 390);
        if (width < 1280 && scrollWidth > width) violations++;
        const r = await runAxe(width, state);
        found.push(...r.violations);
        passes = Math.min(passes, r.passes);
        if (screenshots) {
          await page.screenshot({ path: path.join(screenshots, `${path.basename(file, '.html')}-${width}-${state}.png`), fullPage: true });
        }
      }
    }
    // printed expanded: with the print stylesheet, closed disclosures still show their content (no script)
    await setDetails(false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ media: 'print' });
    const printHidden = await page.evaluate(() => [...document.querySelectorAll('details')].filter((d) =>
      [...d.children].filter((c) => c.tagName !== 'SUMMARY').every((c) => !c.checkVisibility())).length);
    await page.emulateMedia({ media: 'screen' });
    violations += found.length + printHidden;
    report.files.push({ file, passes, narrowScrollWidth, scrollWidths, details, printHidden, violations: found });
    await page.close();
  }
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = violations === 0 ? 0 : 1;
} catch (e) {
  console.error(`axe-check could not run: ${e.message}`);
  process.exitCode = 2;
} finally {
  if (browser) await browser.close();
}
