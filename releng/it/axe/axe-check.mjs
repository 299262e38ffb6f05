// Runs axe-core on local HTML files in Debian's Chromium (no browser download), at 1280 px and again at 390 px wide
// (a phone), and prints one JSON report on stdout:
// {"files":[{"file","passes","narrowScrollWidth","violations":[{"id","impact","help","width","nodes":[target...]}]}]}.
// narrowScrollWidth is the page's scroll width at 390 px: more than 390 means something overflows the viewport.
// Exit code: 0 no violation, 1 violations, 2 could not run (message on stderr).
//   node axe-check.mjs [--chromium PATH] FILE.html...
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
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--chromium') executablePath = args[++i];
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
    const runAxe = (width) => page.evaluate(async ([tags, width]) => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      const strict = new Set(['color-contrast']);
      const describe = (v, note) => ({ id: v.id, impact: v.impact, help: v.help + note, width,
        nodes: v.nodes.slice(0, 10).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary
          || n.any.map((a) => a.message).join('; ') })) });
      return {
        // axe leaves some contrast failures "incomplete" (for example 1:1, which might be hidden text): our
        // documents have no hidden text, so those count as violations here
        violations: r.violations.map((v) => describe(v, '')).concat(
          r.incomplete.filter((v) => strict.has(v.id)).map((v) => describe(v, ' (axe: incomplete, counted as a violation)'))),
        passes: r.passes.length,
      };
    }, [TAGS, width]);
    const wide = await runAxe(1280);
    await page.setViewportSize({ width: 390, height: 844 });
    const narrowScrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const narrow = await runAxe(390);
    const found = wide.violations.concat(narrow.violations);
    violations += found.length + (narrowScrollWidth > 390 ? 1 : 0);
    report.files.push({ file, passes: Math.min(wide.passes, narrow.passes), narrowScrollWidth, violations: found });
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
