// Renders images/amplify-lens-icon.svg to the 128×128 PNG the galleries show
// (images/amplify-lens-icon.png), with playwright-core and Debian's Chromium. Run it after editing
// the SVG and commit both: packaging never renders.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const repoRoot = resolve(import.meta.dirname, '..');
const svg = readFileSync(join(repoRoot, 'images/amplify-lens-icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(join(repoRoot, 'images/amplify-lens-icon.png'), png);
  console.log(`images/amplify-lens-icon.png: ${png.length} bytes`);
} finally {
  await browser.close();
}
