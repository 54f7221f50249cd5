// What a user does with Lens in VS Code, one scenario each; they run in order in one window.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GEN1_SCHEMA as SCHEMA,
  activeWebview,
  mod,
  openFile,
  paletteTitles,
  pushDev,
  runCommand,
  runContextMenuEntry,
  textMateScopesAt,
} from './scenario-steps.mjs';
export const scenarios = [
  {
    name: 'opening an Amplify schema starts the language server with no false problems',
    async run(page, { artifacts }) {
      await page.click('.monaco-workbench');
      await openFile(page, SCHEMA);
      await runCommand(page, 'Amplify: Show Language Server Output');
      await page.waitForSelector('.panel .monaco-editor', { timeout: 15_000 });
      await page.keyboard.press(`${mod}+Shift+M`);
      // The Problems panel must really be showing, or counting its rows proves nothing.
      await page.waitForSelector('.markers-panel', { state: 'visible', timeout: 10_000 });
      // Give the server time to publish, then require an empty Problems panel.
      await page.waitForTimeout(3000);
      const problems = await page.locator('.markers-panel .monaco-list-row').count();
      if (problems !== 0) throw new Error(`expected no problems on the valid example, saw ${problems}`);
      await page.screenshot({ path: join(artifacts, 'valid-schema.png') });
    },
  },
  {
    name: "without another GraphQL extension, Lens's own grammar highlights the schema, with the Amplify directives",
    async run(page) {
      await page.click('.part.editor .monaco-editor .view-lines');
      // `type Blog @model …` on line 10: the cursor inside "model".
      const scopes = await textMateScopesAt(page, 10, 13);
      if (!scopes.includes('support.function.directive.amplify.graphql'))
        throw new Error(`no Amplify directive scope at @model: ${scopes.join(' ')}`);
      if (scopes.at(-1) !== 'source.graphql.amplify-lens') throw new Error(`expected Lens's grammar at the root, saw ${scopes.at(-1)}`);
    },
  },
  {
    name: 'a Gen 1 project offers the Gen 1 commands in the palette and not the Gen 2 ones',
    async run(page) {
      const push = await paletteTitles(page, 'Amplify: Push');
      if (!push.some((title) => title.startsWith('Amplify: Push'))) throw new Error(`Amplify: Push is not offered: ${push.join(' | ')}`);
      for (const gen2 of ['Amplify: Deploy Sandbox Once', 'Amplify: Start Sandbox (Watch)', 'Amplify: Generate Outputs']) {
        const titles = await paletteTitles(page, gen2);
        if (titles.some((title) => title.startsWith(gen2))) throw new Error(`${gen2} is offered in a Gen 1 project`);
      }
    },
  },
  {
    name: 'a typo in a directive is underlined and listed in Problems with its code',
    async run(page, { artifacts }) {
      await page.click('.part.editor .monaco-editor .view-lines');
      await page.keyboard.press(`${mod}+End`);
      await page.keyboard.type('\ntype Draft @modle @auth(rules: [{ allow: owners }]) {\nid: ID!\n}\n');
      await page.waitForSelector('.part.editor .monaco-editor .squiggly-error', { timeout: 20_000 });
      const problems = page.locator('.markers-panel');
      await problems.getByText('Unknown directive "@modle"', { exact: false }).waitFor({ timeout: 20_000 });
      await problems.getByText('does not exist in "AuthStrategy" enum', { exact: false }).waitFor({ timeout: 20_000 });
      const text = await problems.innerText();
      for (const expected of ['amplify-lens', 'unknown-directive', 'invalid-argument-value']) {
        if (!text.includes(expected)) throw new Error(`Problems do not show ${expected}: ${text}`);
      }
      await page.screenshot({ path: join(artifacts, 'diagnostics.png') });
    },
  },
  {
    name: 'typing @ on a field offers the field directives, with documentation',
    async run(page, { artifacts }) {
      await page.click('.part.editor .monaco-editor .view-lines');
      await page.keyboard.press(`${mod}+End`);
      await page.keyboard.type('\ntype Note @model @auth(rules: [{ allow: owner }]) {\nid: ID!\nbody: String @');
      const widget = page.locator('.editor-widget.suggest-widget');
      await widget.waitFor({ state: 'visible', timeout: 15_000 });
      for (const label of ['default', 'index', 'primaryKey']) {
        await widget.locator(`.monaco-list-row[aria-label*="${label}"]`).first().waitFor({ timeout: 15_000 });
      }
      await page.screenshot({ path: join(artifacts, 'completion.png') });
      await page.keyboard.press('Escape');
      await page.keyboard.type('\n}\n');
    },
  },
  {
    name: 'hovering a directive shows its documentation',
    async run(page, { artifacts }) {
      await page.keyboard.press(`${mod}+F`);
      await page.keyboard.type('@manyToMany');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      // The match is scrolled into view; point the mouse at it as a user would.
      const token = page.locator('.part.editor .monaco-editor .view-lines span:visible', { hasText: /^@?manyToMany$/ }).first();
      // The hover's text must be visible: VS Code keeps hidden copies of hover contents in the DOM.
      const shown = page.locator('.monaco-hover-content').getByText('manyToMany', { exact: false }).filter({ visible: true }).first();
      // A hover that opens while the editor still settles may close again at once: point again, as a user would.
      const opened = () =>
        shown.waitFor({ timeout: 10_000 }).then(
          () => true,
          () => false,
        );
      for (let attempt = 0; attempt < 3; attempt++) {
        await page.mouse.move(0, 0);
        await token.hover();
        if (await opened()) break;
      }
      await shown.waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(artifacts, 'hover.png') });
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'the Amplify view lists the dev env with its deploy status from CloudFormation',
    async run(page, { artifacts }) {
      await page.locator('.activitybar [aria-label^="Amplify"]').first().click();
      const tree = page.locator('.pane-body .monaco-list').first();
      const dev = page.locator('.monaco-list-row[aria-label*="dev"]').first();
      await dev.waitFor({ timeout: 30_000 });
      await page.locator('.monaco-list-row', { hasText: 'deployed' }).first().waitFor({ timeout: 30_000 });
      await tree.waitFor();
      // The checked-out env's resources follow, with their nested stacks' status.
      await page.locator('.monaco-list-row', { hasText: 'blog' }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(artifacts, 'environments.png') });
    },
  },
  {
    name: 'the environment overview shows the stacks, resources and outputs of dev from CloudFormation',
    async run(page, { artifacts }) {
      const devRow = page.locator('.monaco-list-row[aria-label*="dev"]').first();
      await runContextMenuEntry(page, devRow, 'Open Environment Overview');
      const panel = activeWebview(page);
      await panel.locator('h1', { hasText: 'dev' }).first().waitFor({ timeout: 30_000 });
      // Every nested stack the fake CloudFormation holds for dev, and the outputs of its root stack.
      for (const text of ['apiblog', 'authblogauth', 'functionsummarizePost', 'GraphQL endpoint']) {
        await panel.getByText(text, { exact: false }).first().waitFor({ timeout: 30_000 });
      }
      await page.screenshot({ path: join(artifacts, 'environment-overview.png') });
    },
  },
  {
    name: 'Tail Logs on a function opens the log viewer with the newest lines as they arrive',
    async run(page, { artifacts }) {
      await runCommand(page, 'View: Close All Editors');
      const fn = page.locator('.monaco-list-row', { hasText: 'summarizePost' }).first();
      await runContextMenuEntry(page, fn, 'Tail Logs');
      const panel = activeWebview(page);
      // The fake function is invoked every 1.5 s: its lines reach the viewer through StartLiveTail.
      await panel.getByText('Summarized post 42', { exact: false }).first().waitFor({ timeout: 30_000 });
      await panel.getByText('REPORT', { exact: false }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(artifacts, 'log-viewer.png') });
      await runCommand(page, 'Amplify: Stop Tailing Logs');
      await runCommand(page, 'View: Close All Editors');
    },
  },
  {
    name: 'debugging a function tails its logs and stops when the debug run ends',
    async run(page, { artifacts }) {
      await runCommand(page, 'Debug: Select and Start Debugging');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Run summarizePost locally' }).first().click({ timeout: 10_000 });
      // tailOnDebug is `ask` by default: Live Tail is billed per minute, so the first run asks, once.
      const question = page.locator('.notification-list-item', { hasText: 'while you debug' }).first();
      await question.waitFor({ timeout: 30_000 });
      await question.locator('.monaco-button', { hasText: 'Tail While Debugging' }).first().click();
      const panel = activeWebview(page);
      await panel.getByText('Summarized post 42', { exact: false }).first().waitFor({ timeout: 45_000 });
      await page.waitForTimeout(4500); // a few more invocations for the picture
      await page.screenshot({ path: join(artifacts, 'log-viewer-debugging.png') });
      await page.locator('.debug-toolbar .action-label.codicon-debug-stop').first().click();
      await panel.getByText('Stopped', { exact: false }).first().waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'Push from the sidebar runs amplify and follows CloudFormation in the deploy timeline',
    async run(page, { artifacts, scenarioFile }) {
      await runCommand(page, 'View: Close All Editors');
      writeFileSync(scenarioFile, 'success');
      await pushDev(page);
      const panel = activeWebview(page);
      await panel.getByText('Deploy of dev', { exact: false }).first().waitFor({ timeout: 30_000 });
      await panel.getByText('Succeeded', { exact: true }).first().waitFor({ timeout: 60_000 });
      await panel.getByText('apiblog', { exact: false }).first().waitFor();
      await page.screenshot({ path: join(artifacts, 'deploy-timeline.png') });
      await page
        .locator('.notification-list-item', { hasText: /Push.*dev/ })
        .first()
        .waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'a push that rolls back shows the failure and its reason, and the env row keeps the outcome',
    async run(page, { artifacts, scenarioFile }) {
      await runCommand(page, 'View: Close All Editors');
      writeFileSync(scenarioFile, 'rollback');
      await pushDev(page);
      const panel = activeWebview(page);
      await panel.getByText('Rolled back', { exact: false }).first().waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(artifacts, 'deploy-timeline-rolled-back.png') });
      await page
        .locator('.monaco-list-row[aria-label*="dev"]', { hasText: /fail|roll/i })
        .first()
        .waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'a schema error from the transformer lands in Problems at its line, with or without a GraphQL position',
    async run(page, { artifacts, scenarioFile }) {
      await runCommand(page, 'View: Close All Editors');
      writeFileSync(scenarioFile, 'schema-error');
      await pushDev(page);
      // The transformer stopped the push before CloudFormation started: the summary says nothing was deployed, and why.
      await page.locator('.notification-list-item', { hasText: 'failed before anything was deployed' }).first().waitFor({ timeout: 60_000 });
      // The task's terminal took the panel; switch it to Problems by its tab.
      await page
        .locator('.part.panel .action-label', { hasText: /^Problems/i })
        .first()
        .click();
      const problems = page.locator('.markers-panel');
      await problems.getByText('Unknown type "Comment"', { exact: false }).first().waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(artifacts, 'deploy-schema-error.png') });
      // An error that names Post.comments but has no GraphQL position: the language server places it.
      writeFileSync(scenarioFile, 'named-schema-error');
      await pushDev(page);
      // The task's terminal takes the panel when it starts: show Problems again until the error is listed.
      const named = problems.getByText('Expected references for @hasMany on Post.comments', { exact: false }).first();
      for (let attempt = 0; attempt < 30 && !(await named.isVisible()); attempt++) {
        await page
          .locator('.part.panel .action-label', { hasText: /^Problems/i })
          .first()
          .click();
        await named.waitFor({ timeout: 2_000 }).catch(() => undefined);
      }
      await named.waitFor({ timeout: 5_000 });
      await page.screenshot({ path: join(artifacts, 'deploy-named-schema-error.png') });
    },
  },
];
