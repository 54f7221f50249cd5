// Lens in Restricted Mode: workspace trust on and the Gen 1 example not trusted, as after
// "Don't Trust" on a freshly cloned repository. The checks that execute nothing keep working;
// nothing reaches AWS and nothing runs until the user trusts the workspace, and then everything
// comes in without a reload. They run in order in one window.
import { join } from 'node:path';
import { GEN1_SCHEMA, mod, openFile, runCommand, waitForLogText } from './scenario-steps.mjs';

async function showAmplifyView(page) {
  if (!(await page.locator('.pane-header', { hasText: 'Environments' }).first().isVisible())) {
    await page.locator('.activitybar [aria-label^="Amplify"]').first().click();
  }
}

function assertNoAwsRequests(fakeAws, when) {
  const requests = fakeAws.requests();
  if (requests.length > 0) throw new Error(`AWS was called ${when}: ${requests.join(', ')}`);
}

export const restrictedScenarios = [
  {
    name: 'in Restricted Mode the schema checks still run: a typo is underlined with its code',
    async run(page, { artifacts }) {
      await page.locator('.monaco-workbench').click();
      await openFile(page, GEN1_SCHEMA);
      await page.locator('.part.editor .monaco-editor .view-lines').first().click();
      await page.keyboard.press(`${mod}+End`);
      await page.keyboard.type('\ntype Draft @modle {\nid: ID!\n}\n');
      await page.waitForSelector('.part.editor .monaco-editor .squiggly-error', { timeout: 30_000 });
      await page.keyboard.press(`${mod}+Shift+M`);
      const problems = page.locator('.markers-panel');
      await problems.getByText('Unknown directive "@modle"', { exact: false }).first().waitFor({ timeout: 20_000 });
      if (!(await problems.innerText()).includes('unknown-directive')) throw new Error('the problem has no code');
      await page.screenshot({ path: join(artifacts, 'restricted-mode-diagnostics.png') });
    },
  },
  {
    name: 'the Amplify view says why it is empty in Restricted Mode, offers to manage trust, and AWS is not called',
    async run(page, { artifacts, fakeAws }) {
      await showAmplifyView(page);
      const welcome = page.locator('.welcome-view-content', { hasText: 'Restricted Mode' }).first();
      await welcome.waitFor({ timeout: 20_000 });
      await welcome.locator('.monaco-button', { hasText: 'Manage Workspace Trust' }).first().waitFor();
      await page.waitForTimeout(2000); // long enough for a view that did read AWS to have asked
      assertNoAwsRequests(fakeAws, 'in Restricted Mode');
      await page.screenshot({ path: join(artifacts, 'restricted-mode-view.png') });
    },
  },
  {
    name: 'Push in Restricted Mode says it needs a trusted workspace, and runs nothing',
    async run(page, { fakeAws }) {
      await runCommand(page, 'Amplify: Push');
      await page.locator('.notification-list-item', { hasText: 'needs a trusted workspace' }).first().waitFor({ timeout: 15_000 });
      assertNoAwsRequests(fakeAws, 'by Push in Restricted Mode');
      await page.locator('.notification-list-item', { hasText: 'needs a trusted workspace' }).first().hover();
      await page.keyboard.press(`${mod}+Shift+P`);
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'trusting the workspace brings the environments in and tells the language server',
    async run(page, { artifacts, fakeAws, userData }) {
      // The session's settings turn amplifyLens.trace.server on: the language client logs its messages.
      await runCommand(page, 'Workspaces: Manage Workspace Trust');
      const trustButton = page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first();
      await trustButton.waitFor({ timeout: 15_000 });
      await trustButton.click();
      await page.keyboard.press('Escape'); // the trust editor may open as a modal over the workbench
      await runCommand(page, 'View: Close All Editors');
      await showAmplifyView(page);
      await page.locator('.monaco-list-row[aria-label*="dev"]').first().waitFor({ timeout: 30_000 });
      if (fakeAws.requests().length === 0) throw new Error('the environments appeared without a call to CloudFormation');
      await page.screenshot({ path: join(artifacts, 'restricted-mode-trusted.png') });
      // The language client's trace, in the channel's log file: the server was told.
      await waitForLogText(userData, 'Amplify Lens', "Sending notification 'amplifyLens/workspaceTrusted'");
    },
  },
];
