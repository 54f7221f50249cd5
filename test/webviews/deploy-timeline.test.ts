/**
 * The deploy timeline panel in Chromium: the built bundle on the page VS Code shows, fed snapshots
 * as the host sends them. Screenshots land in test-results/webviews/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { DeployTimelineFromWebview } from 'amplify-lens-model/panels';
import { closeBrowser, openPanel, type PanelPage, chromiumAvailable } from './support/panel-page';
import { SCHEMA_ERROR, SCHEMA_PATH, largeDeploy, rolledBackDeploy, runningDeploy, stackArn, succeededDeploy } from './deploy-timeline-fixtures';

afterAll(closeBrowser);

const RESOLVER_KEY = 'amplify-blog-dev-141516-apiblog-1A2B3C4D5E6F-Post-9Z8Y7X6W5V4U/QuerygetPostResolver';
const POST_STACK_KEY = 'stack:amplify-blog-dev-141516-apiblog-1A2B3C4D5E6F-Post-9Z8Y7X6W5V4U';
const ROOT_KEY = 'stack:amplify-blog-dev-141516';

async function timeline(
  snapshot: unknown,
  options: { cancellable?: boolean; theme?: 'dark' | 'light'; height?: number } = {},
): Promise<PanelPage> {
  const panel = await openPanel('deploy-timeline', { theme: options.theme, height: options.height });
  await panel.waitForPosted('ready');
  await panel.post({ type: 'snapshot', timeline: snapshot, cancellable: options.cancellable ?? false });
  await panel.page.waitForSelector('.row');
  // The codicon font loads after the first layout and changes row heights once.
  await panel.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return panel;
}

const row = (panel: PanelPage, key: string) => panel.page.locator(`.row[data-key="${key}"]`);
const visibleKeys = (panel: PanelPage) =>
  panel.page.$$eval('.tree > .row', (rows) => rows.map((each) => (each as HTMLElement).dataset.key ?? ''));
const activeKey = (panel: PanelPage) =>
  panel.page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.row')?.dataset.key);

describe.skipIf(!chromiumAvailable)('deploy timeline panel', () => {
  it('shows a running deploy: header, counts, every stack and resource on the tree, Cancel', async () => {
    const panel = await timeline(runningDeploy(), { cancellable: true });
    const page = panel.page;
    expect(await page.textContent('h1')).toBe('Deploy of dev');
    expect(await page.textContent('.title-line code')).toBe('amplify push --yes');
    expect(await page.textContent('.phase')).toContain('Deploying');
    expect(await page.textContent('.counts')).toBe('6 of 12 done, 5 in progress, 0 failed');
    expect(await page.textContent('.time')).toContain('elapsed');
    // 4 stacks and 9 resources, less the 3 stack resources that are the nested stacks themselves.
    expect(await visibleKeys(panel)).toHaveLength(10);
    expect(await row(panel, POST_STACK_KEY).getAttribute('aria-level')).toBe('3');
    expect(await row(panel, RESOLVER_KEY).getAttribute('aria-level')).toBe('4');
    expect(await row(panel, RESOLVER_KEY).locator('.segment.open.tone-progress').count()).toBe(1);
    expect(await row(panel, RESOLVER_KEY).locator('.cell-status').textContent()).toContain('update in progress');
    expect(await page.locator('.axis .tick').count()).toBeGreaterThan(1);
    expect(await page.textContent('.axis .tick')).toBe('+0s');
    await panel.screenshot('deploy-timeline-running');

    await page.click('button.cancel');
    expect(await panel.waitForPosted<Extract<DeployTimelineFromWebview, { type: 'cancelDeploy' }>>('cancelDeploy')).toEqual({
      type: 'cancelDeploy',
      deployId: 'deploy-1',
    });
    await panel.close();
  });

  it('says nothing was deployed, and why, when the transformer refused the schema before CloudFormation started', async () => {
    const refused = {
      deployId: 'deploy-9',
      envName: 'dev',
      command: 'amplify push --yes',
      startedAt: Date.now() - 20_000,
      endedAt: Date.now() - 5_000,
      phase: 'failed',
      counts: { done: 0, inProgress: 0, failed: 0, total: 0 },
      stacks: [{ name: 'amplify-blog-dev-141516', id: '', depth: 0, changes: [], resources: [] }],
      notDeployed: { reason: 'Unknown type "Comment".', link: { path: SCHEMA_PATH, line: 9, column: 14, label: 'schema.graphql:9' } },
    };
    const panel = await openPanel('deploy-timeline', {});
    await panel.waitForPosted('ready');
    await panel.post({ type: 'snapshot', timeline: refused, cancellable: false });
    const page = panel.page;
    await page.waitForSelector('.not-deployed');
    expect(await page.textContent('.phase')).toContain('Failed');
    expect(await page.textContent('.counts')).toBe('nothing deployed');
    expect(await page.textContent('.not-deployed h2')).toContain('Nothing was deployed');
    expect(await page.textContent('.not-deployed .reason')).toBe('Unknown type "Comment".');
    // No root stack "waiting", no "0 of 0 done", no time axis for a deploy that never came.
    expect(await page.isVisible('.tree')).toBe(false);
    expect(await page.innerText('main')).not.toMatch(/waiting|0 of 0/i);
    expect(await page.isVisible('.axis-line')).toBe(false);
    await page.click('.not-deployed button.link');
    expect((await panel.waitForPosted<Extract<DeployTimelineFromWebview, { type: 'openLink' }>>('openLink')).link).toEqual(
      refused.notDeployed.link,
    );
    await panel.screenshot('deploy-timeline-not-deployed');
    await panel.close();
  });

  it('shows a successful deploy as finished: its duration, no Cancel, no failures', async () => {
    const panel = await timeline(succeededDeploy());
    const page = panel.page;
    expect(await page.textContent('.phase')).toContain('Succeeded');
    expect(await page.textContent('.time')).toContain('took 1m 12s');
    expect(await page.isVisible('button.cancel')).toBe(false);
    expect(await page.locator('.row.failed').count()).toBe(0);
    expect(await page.locator('.segment.open').count()).toBe(0);
    expect(await page.textContent('.filter')).toContain('Failures only (0)');
    await panel.close();
  });

  it('highlights a failure two stacks down with its reason and a link into the project', async () => {
    const panel = await timeline(rolledBackDeploy());
    const page = panel.page;
    expect(await page.textContent('.phase')).toContain('Rolled back');
    const failed = row(panel, RESOLVER_KEY);
    expect(await failed.getAttribute('class')).toContain('failed');
    expect(await failed.locator('.reason').textContent()).toBe(SCHEMA_ERROR);
    expect(await failed.locator('.marker.tone-failed').count()).toBe(1);
    expect(await row(panel, POST_STACK_KEY).locator('.marker.tone-rollback').count()).toBe(1);
    await panel.screenshot('deploy-timeline-failed');

    await failed.locator('button.link').click();
    const opened = await panel.waitForPosted<Extract<DeployTimelineFromWebview, { type: 'openLink' }>>('openLink');
    expect(opened.link).toEqual({ path: SCHEMA_PATH, line: 12, column: 3, label: 'schema.graphql:12' });
    await failed.locator('button[aria-label="Copy the reason"]').click();
    expect((await panel.waitForPosted<Extract<DeployTimelineFromWebview, { type: 'copy' }>>('copy')).text).toBe(SCHEMA_ERROR);
    await row(panel, ROOT_KEY).locator('button[aria-label^="Open"]').click();
    const consoleIntent = await panel.waitForPosted<Extract<DeployTimelineFromWebview, { type: 'openStackInConsole' }>>('openStackInConsole');
    expect(consoleIntent.stackId).toBe(stackArn('amplify-blog-dev-141516'));
    await panel.close();
  });

  it('filters to failures and the stacks above them', async () => {
    const panel = await timeline(rolledBackDeploy());
    await panel.page.check('#failures-only');
    // The two stack resources that failed because the stacks they hold did are those stacks' rows.
    expect(await visibleKeys(panel)).toEqual([ROOT_KEY, 'stack:amplify-blog-dev-141516-apiblog-1A2B3C4D5E6F', POST_STACK_KEY, RESOLVER_KEY]);
    await panel.page.uncheck('#failures-only');
    expect(await visibleKeys(panel)).toHaveLength(10);
    await panel.close();
  });

  it('is driven by the keyboard: arrows move, Left/Right collapse and expand, Enter opens', async () => {
    const panel = await timeline(rolledBackDeploy());
    const { page } = panel;
    await page.focus('#failures-only');
    await page.keyboard.press('Tab');
    expect(await activeKey(panel)).toBe(ROOT_KEY);
    await page.keyboard.press('Enter');
    expect((await panel.waitForPosted<Extract<DeployTimelineFromWebview, { type: 'openStackInConsole' }>>('openStackInConsole')).stackId).toBe(
      stackArn('amplify-blog-dev-141516'),
    );

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await activeKey(panel)).toBe(POST_STACK_KEY);
    await page.keyboard.press('ArrowLeft');
    expect(await row(panel, POST_STACK_KEY).getAttribute('aria-expanded')).toBe('false');
    expect(await visibleKeys(panel)).not.toContain(RESOLVER_KEY);
    await page.keyboard.press('ArrowRight');
    expect(await row(panel, POST_STACK_KEY).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await activeKey(panel)).toBe(RESOLVER_KEY);
    await page.keyboard.press('Enter');
    expect((await panel.waitForPosted<Extract<DeployTimelineFromWebview, { type: 'openLink' }>>('openLink')).link.path).toBe(SCHEMA_PATH);
    // The active row's buttons are next in the tab order; the other rows' are not.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('schema.graphql:12');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+Tab');
    expect(await activeKey(panel)).toBe(RESOLVER_KEY);
    await page.keyboard.press('ArrowLeft');
    expect(await activeKey(panel)).toBe(POST_STACK_KEY);
    await page.keyboard.press('Home');
    expect(await activeKey(panel)).toBe(ROOT_KEY);
    await page.keyboard.press('End');
    expect(await activeKey(panel)).toBe('amplify-blog-dev-141516/DeploymentBucket');
    expect(await page.locator('.tree [tabindex="0"].row').count()).toBe(1);
    await panel.close();
  });

  it('renders 300 resources and updates only the rows that changed, keeping focus and scroll', async () => {
    const startedAt = Date.now() - 90_000;
    const panel = await timeline(largeDeploy(300, 150, startedAt), { height: 500, cancellable: true });
    const { page } = panel;
    expect(await page.locator('.tree > .row').count()).toBe(302);
    const middle = 'amplify-app-alice-sandbox-1a2b3c4d5e-data7552DF31-ABCDEF123456/Resolver160';
    await row(panel, middle).focus();
    await page.keyboard.press('ArrowDown');
    const focusedKey = await activeKey(panel);
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);

    // Watch which rows the next snapshot touches.
    await page.evaluate(() => {
      const touched = new Set<string>();
      (window as unknown as { __touched: Set<string> }).__touched = touched;
      new MutationObserver((records) => {
        for (const record of records) {
          const key = (record.target instanceof Element ? record.target : record.target.parentElement)?.closest<HTMLElement>('.row')?.dataset
            .key;
          if (key) touched.add(key);
        }
      }).observe(document.querySelector('.tree') as Element, { subtree: true, childList: true, characterData: true });
    });
    await panel.post({ type: 'snapshot', timeline: largeDeploy(300, 153, startedAt), cancellable: true });
    await page.waitForFunction(() => document.querySelector('.counts')?.textContent?.startsWith('153'));
    const touched = await page.evaluate(() => [...(window as unknown as { __touched: Set<string> }).__touched].sort());
    expect(touched).toEqual([150, 151, 152].map((index) => `amplify-app-alice-sandbox-1a2b3c4d5e-data7552DF31-ABCDEF123456/Resolver${index}`));
    expect(await activeKey(panel)).toBe(focusedKey);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await panel.close();
  });

  it('keeps the collapsed stacks and the filter in the saved state', async () => {
    const panel = await openPanel('deploy-timeline', { savedState: { collapsed: [POST_STACK_KEY], failuresOnly: true } });
    await panel.waitForPosted('ready');
    await panel.post({ type: 'snapshot', timeline: rolledBackDeploy(), cancellable: false });
    await panel.page.waitForSelector('.row');
    expect(await panel.page.isChecked('#failures-only')).toBe(true);
    expect(await visibleKeys(panel)).toEqual([ROOT_KEY, 'stack:amplify-blog-dev-141516-apiblog-1A2B3C4D5E6F', POST_STACK_KEY]);
    await panel.close();
  });

  it('says why there is nothing to show', async () => {
    const panel = await openPanel('deploy-timeline');
    await panel.waitForPosted('ready');
    await panel.post({ type: 'empty', message: 'No deploy has run in this window yet.' });
    expect(await panel.page.textContent('.message')).toBe('No deploy has run in this window yet.');
    expect(await panel.page.isVisible('.timeline')).toBe(false);
    await panel.close();
  });
});
