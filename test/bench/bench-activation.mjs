// Activation time of the packaged extension inside a real VS Code (code-server), as VS Code itself
// reports it in "Developer: Show Running Extensions", beside built-in extensions measured in the
// same window. Needs the VS Code host of test/vscode (npm run test:vscode installs it). Prints JSON.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HOST_DIR, packageExtension, startVsCode } from '../vscode/vscode-host.mjs';
import { selectedHosts } from '../vscode/vscode-versions.mjs';

const repoRoot = resolve(import.meta.dirname, '../..');
// LENS_BENCH_VSIX measures another build (say, the main branch's) in the same conditions.
const vsix = process.env.LENS_BENCH_VSIX ?? packageExtension(repoRoot, join(HOST_DIR, 'amplify-lens-bench.vsix'));
const runs = Number(process.argv[2] ?? 3);
// One VS Code per run of this script (LENS_VSCODE_VERSIONS picks it; the first listed otherwise).
const [host] = selectedHosts();
const samples = [];
for (let run = 0; run < runs; run++) {
  const vscode = await startVsCode({ host, vsix, workspaceSource: join(repoRoot, 'examples/gen1-blog') });
  try {
    const { page } = vscode;
    await page.waitForTimeout(6000); // let startup activations settle
    await page.keyboard.press('Control+Shift+P');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type('Developer: Show Running Extensions');
    await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="Show Running Extensions"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.runtime-extensions-editor');
    // The list renders after the editor opens, and slowly on a busy machine: wait for both rows' times.
    let text = '';
    for (let tries = 0; tries < 40; tries++) {
      text = await page.locator('.runtime-extensions-editor').innerText();
      const times = activationTimes(text);
      if (times['Amplify Lens'] !== undefined && times.Git !== undefined) break;
      await page.waitForTimeout(500);
    }
    if (process.env.LENS_BENCH_DEBUG) console.error(text);
    samples.push(activationTimes(text));
  } finally {
    await vscode.stop();
  }
}

/** `{ extension name: activation ms }` from the Running Extensions editor's text. */
function activationTimes(text) {
  const times = {};
  const lines = text.split('\n').map((line) => line.trim());
  for (let i = 0; i < lines.length; i++) {
    const match = /Activation: (\d+)ms/.exec(lines[i]);
    if (!match) continue;
    const name = lines.slice(Math.max(0, i - 3), i).find((line) => /[A-Za-z]/.test(line) && !/^\d+\.\d+/.test(line) && !line.includes(':'));
    if (name) times[name] = Number(match[1]);
  }
  return times;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const of = (name) => median(samples.map((s) => s[name]).filter((v) => v !== undefined));
console.log(
  JSON.stringify({
    vscode: host.vscode,
    runs,
    lensMs: of('Amplify Lens'),
    jsonLanguageFeaturesMs: of('JSON Language Features'),
    gitMs: of('Git'),
    vsixKiB: Math.round(statSync(vsix).size / 1024),
  }),
);
