// The extension in a real VS Code: packages the .vsix, installs it in code-server, opens the Gen 1
// example and checks what a user sees. Screenshots go to test-results/vscode/. Prints one line per
// scenario and writes test-results/vscode.json ({ passed, failed }) for the test summary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HOST_DIR, packageExtension, startVsCode } from './vscode-host.mjs';
import { scenarios } from './scenarios.mjs';

const repoRoot = resolve(import.meta.dirname, '../..');
const artifacts = join(repoRoot, 'test-results/vscode');
mkdirSync(artifacts, { recursive: true });

const vsix = packageExtension(repoRoot, join(HOST_DIR, 'amplify-lens.vsix'));
const vscode = await startVsCode({ vsix, workspaceSource: join(repoRoot, 'examples/gen1-blog') });
let passed = 0;
let failed = 0;
try {
  for (const scenario of scenarios) {
    try {
      await scenario.run(vscode.page, { artifacts, workspace: vscode.workspace });
      passed++;
      console.log(`✓ vscode: ${scenario.name}`);
    } catch (error) {
      failed++;
      console.log(`✗ vscode: ${scenario.name}\n  ${String(error?.stack ?? error).split('\n').join('\n  ')}`);
      await vscode.page.screenshot({ path: join(artifacts, `failed-${scenario.name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    }
  }
} finally {
  if (failed > 0) console.log(`code-server log (tail):\n${vscode.log().slice(-3000)}`);
  await vscode.stop();
}
writeFileSync(join(repoRoot, 'test-results/vscode.json'), JSON.stringify({ passed, failed }));
console.log(`VS Code suite: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
