/**
 * The environment overview panel in Chromium, fed overviews built by the host's own mapper from
 * realistic environment details. Screenshots land in test-results/webviews/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { environmentOverview } from '../../client/src/views/environment-overview-model';
import type { EnvironmentOverview, EnvironmentOverviewFromWebview } from 'amplify-lens-model/panels';
import { API_KEY, RESOLVER_FAILURE, expiredSsoDetails, gen1Details, gen2Details } from '../../client/test-support/environment-details-fixtures';
import { GEN1_ROOT } from '../../client/test-support/environment-fixtures';
import { closeBrowser, openPanel, type PanelPage, chromiumAvailable } from './support/panel-page';

afterAll(closeBrowser);

type Intent<K extends EnvironmentOverviewFromWebview['type']> = Extract<EnvironmentOverviewFromWebview, { type: K }>;

async function overviewPanel(overview: EnvironmentOverview, theme?: 'dark' | 'light'): Promise<PanelPage> {
  const panel = await openPanel('environment-overview', { theme, height: 1100 });
  await panel.waitForPosted('ready');
  await panel.post({ type: 'overview', overview });
  await panel.page.waitForSelector('h1');
  await panel.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return panel;
}

const texts = (panel: PanelPage, selector: string) =>
  panel.page.$$eval(selector, (elements) => elements.map((element) => element.textContent?.trim() ?? ''));

describe.skipIf(!chromiumAvailable)('environment overview panel', () => {
  it('shows a Gen 1 env: header, stacks, resources by category, masked outputs, the last deploy', async () => {
    const panel = await overviewPanel(environmentOverview(gen1Details()));
    const { page } = panel;
    expect(await page.textContent('h1')).toBe('dev');
    expect(await texts(panel, '.title-line .badge')).toEqual(['Gen 1 environment', 'current']);
    expect(await page.textContent('.health')).toBe('Failed — The following resource(s) failed to update: [apiblog].');
    expect(await texts(panel, '.facts dt, .facts dd')).toEqual([
      'Region',
      'us-east-1',
      'Profile',
      'default',
      'Last deploy',
      '2024-05-01 09:00:00 UTC',
    ]);
    // Every section is a landmark named by its heading.
    const landmarks = await page.$$eval('section[aria-labelledby]', (sections) =>
      sections.map((section) => document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.firstChild?.textContent),
    );
    expect(landmarks).toEqual(['Stacks', 'Resources', 'Outputs', 'Last deploy']);

    expect(await page.locator('table[aria-label="Stacks"] tbody tr').count()).toBe(5);
    expect(await page.locator('table[aria-label="Stacks"] tr.failed').count()).toBe(2);
    expect(await texts(panel, 'table[aria-label="Stacks"] .stack-role')).toEqual(['root', 'api', 'auth', 'storage', 'function']);
    expect(await texts(panel, '.category h3')).toEqual(['API', 'Auth', 'Storage', 'Functions']);
    expect(await page.textContent('table[aria-label="api resources"] tbody')).toContain('update rollback complete');

    const outputs = await texts(panel, 'table[aria-label="Outputs"] tbody tr');
    expect(outputs.find((row) => row.startsWith('API key'))).toContain('••••');
    expect(await page.content()).not.toContain(API_KEY);

    const events = page.locator('table[aria-label="Last deploy events, newest first"] tbody tr');
    expect(await events.count()).toBe(6);
    expect(await events.first().textContent()).toContain('2024-05-01 09:03:10 UTC');
    const failed = page.locator('table[aria-label="Last deploy events, newest first"] tr.failed');
    expect(await failed.count()).toBe(2);
    expect(await failed.nth(1).locator('.reason').textContent()).toBe(RESOLVER_FAILURE);
    await panel.screenshot('environment-overview-dark');
    await panel.close();
  });

  it('looks right in a light theme', async () => {
    const panel = await overviewPanel(environmentOverview(gen1Details()), 'light');
    expect(await panel.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await panel.screenshot('environment-overview-light');
    await panel.close();
  });

  it('shows a Gen 2 sandbox with its own words and no profile', async () => {
    const panel = await overviewPanel(environmentOverview(gen2Details()));
    const { page } = panel;
    expect(await page.textContent('h1')).toBe('alice');
    expect(await texts(panel, '.title-line .badge')).toEqual(['Gen 2 sandbox', 'your sandbox']);
    expect(await page.textContent('.health')).toBe('Deployed');
    expect(await texts(panel, '.facts dt')).toEqual(['Region', 'Last deploy']);
    expect(await texts(panel, '.category h3')).toEqual(['Data', 'Auth', 'Functions']);
    expect(await texts(panel, 'table[aria-label="Outputs"] tbody td:first-child')).toEqual([
      'GraphQL endpoint',
      'API key',
      'User pool id',
      'Function name',
    ]);
    expect(await page.locator('.problem').count()).toBe(0);
    await panel.close();
  });

  it('asks the host to copy an output (the page never holds a secret) and to open files and stacks', async () => {
    const overview = environmentOverview(gen1Details());
    const panel = await overviewPanel(overview);
    const { page } = panel;
    await page.click('button[aria-label="Copy API key"]');
    const key = overview.outputs.find((output) => output.label === 'API key');
    expect(await panel.waitForPosted<Intent<'copyOutput'>>('copyOutput')).toEqual({ type: 'copyOutput', label: 'API key', source: key?.source });

    await page.click('table[aria-label="function resources"] button.link');
    expect((await panel.waitForPosted<Intent<'openLink'>>('openLink')).link).toEqual({
      path: `${GEN1_ROOT}/amplify/backend/function/summarizePost/src/index.js`,
      label: 'amplify/backend/function/summarizePost/src/index.js',
    });

    const api = overview.stacks[1];
    await page.click(`button[aria-label="Open ${api?.name} in the CloudFormation console"]`);
    expect((await panel.waitForPosted<Intent<'openStackInConsole'>>('openStackInConsole')).stackId).toBe(api?.id);
    await panel.close();
  });

  it('says unknown, never "not deployed" or "never", for an env CloudFormation could not be read for', async () => {
    const { environment } = gen1Details();
    const unread = {
      ...environment,
      health: 'unknown' as const,
      healthReason: 'Could not reach AWS CloudFormation in us-east-1 (ECONNREFUSED).',
      rootStack: undefined,
      nestedStacks: [],
      lastDeployedAt: undefined,
      outputs: [],
      rawOutputs: [],
      resources: environment.resources.map(({ category, name, definitionPath }) => ({ category, name, definitionPath })),
    };
    const panel = await overviewPanel(environmentOverview({ environment: unread, resources: [], recentEvents: [] }));
    const { page } = panel;
    expect(await page.textContent('.health')).toBe('Status unknown — Could not reach AWS CloudFormation in us-east-1 (ECONNREFUSED).');
    expect(await texts(panel, '.facts dd')).toEqual(['us-east-1', 'default', 'unknown']);
    expect(await texts(panel, '.empty')).toEqual([
      'Unknown: CloudFormation could not be read.',
      'Unknown: CloudFormation could not be read.',
      'No events of a recent deploy.',
    ]);
    const shown = (await page.textContent('main')) ?? '';
    expect(shown).not.toMatch(/not deployed|never/i);
    expect(await texts(panel, 'table[aria-label="api resources"] .status')).toEqual(['unknown']);
    await panel.close();
  });

  it('keeps the last known state on screen, saying when it was read', async () => {
    const { environment } = gen1Details();
    const since = new Date('2024-05-01T11:30:00Z');
    const stale = {
      ...environment,
      health: 'unknown' as const,
      healthReason: 'Could not reach AWS CloudFormation in us-east-1 (ETIMEDOUT).',
      stale: { since, reason: 'Could not reach AWS CloudFormation in us-east-1 (ETIMEDOUT).', lastHealth: 'deployed' as const },
    };
    const panel = await overviewPanel(environmentOverview({ environment: stale, resources: [], recentEvents: [] }));
    const { page } = panel;
    expect(await page.textContent('.stale')).toBe(' Showing the last known state, read 2024-05-01 11:30:00 UTC, when it was deployed.');
    expect(await texts(panel, '.facts dd')).toEqual(['us-east-1', 'default', '2024-05-01 09:00:00 UTC (last known)']);
    expect(await page.locator('table[aria-label="Stacks"] tbody tr').count()).toBe(5);
    expect(await page.textContent('table[aria-label="api resources"] tbody')).toContain('update rollback complete');
    await panel.screenshot('environment-overview-stale');
    await panel.close();
  });

  it('offers the fix of a problem in a banner', async () => {
    const panel = await overviewPanel(environmentOverview(expiredSsoDetails()));
    const { page } = panel;
    expect(await page.textContent('[role="alert"]')).toContain('The SSO sign-in of profile "dev-sso" has expired.');
    await page.click('[role="alert"] button');
    expect(await panel.waitForPosted<Intent<'runCommand'>>('runCommand')).toEqual({ type: 'runCommand', command: 'amplifyLens.ssoLogin' });
    expect(await texts(panel, '.empty')).toEqual(['No events of a recent deploy.']);

    await panel.post({
      type: 'problem',
      message: 'No AWS credentials found.',
      action: { title: 'Switch AWS Profile…', command: 'amplifyLens.selectProfile' },
    });
    await page.waitForSelector('h1', { state: 'detached' });
    await page.click('[role="alert"] button');
    expect((await panel.waitForPosted<Intent<'runCommand'>>('runCommand')).command).toBe('amplifyLens.selectProfile');
    await panel.close();
  });

  it('reaches every action with Tab, activates with Enter and Space, and moves through table rows with arrows', async () => {
    const panel = await overviewPanel(environmentOverview(gen1Details()));
    const { page } = panel;
    const actions = await page.$$eval('button', (buttons) => buttons.map((button) => button.dataset.focusKey ?? ''));
    const reached = new Set<string>();
    await page.focus('body');
    for (let step = 0; step < 80; step++) {
      await page.keyboard.press('Tab');
      const key = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focusKey);
      if (key) reached.add(key);
    }
    expect(actions.filter((action) => !reached.has(action))).toEqual([]);
    // Icon buttons have names.
    expect(await page.$$eval('button.icon', (buttons) => buttons.filter((button) => !button.getAttribute('aria-label')).length)).toBe(0);

    await page.focus('button[aria-label="Copy GraphQL endpoint"]');
    await page.keyboard.press('Space');
    expect((await panel.waitForPosted<Intent<'copyOutput'>>('copyOutput')).label).toBe('GraphQL endpoint');
    await page.focus('table[aria-label="api resources"] button.link');
    await page.keyboard.press('Enter');
    expect((await panel.waitForPosted<Intent<'openLink'>>('openLink')).link.label).toBe('amplify/backend/api/blog/schema.graphql');

    const rows = 'table[aria-label="Last deploy events, newest first"] tbody tr';
    await page.focus(`${rows}:first-child`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate((selector) => [...document.querySelectorAll(selector)].indexOf(document.activeElement as Element), rows)).toBe(2);
    await page.keyboard.press('End');
    expect(await page.evaluate((selector) => [...document.querySelectorAll(selector)].indexOf(document.activeElement as Element), rows)).toBe(5);
    // One tab stop per table: the row last visited.
    expect(await page.$$eval(rows, (elements) => elements.map((element) => (element as HTMLElement).tabIndex))).toEqual([-1, -1, -1, -1, -1, 0]);
    await panel.close();
  });

  it('shows loading first, then refreshes in place and keeps focus on Refresh', async () => {
    const panel = await openPanel('environment-overview');
    const { page } = panel;
    await panel.waitForPosted('ready');
    await panel.post({ type: 'loading', name: 'dev' });
    expect(await page.textContent('.loading')).toContain('Loading dev…');
    await panel.post({ type: 'overview', overview: environmentOverview(gen1Details()) });
    await page.waitForSelector('h1');
    await page.focus('button[data-focus-key="refresh"]');
    await page.keyboard.press('Enter');
    await panel.waitForPosted('refresh');
    expect(await page.textContent('.title-line')).toContain('Refreshing…');
    await panel.post({ type: 'overview', overview: environmentOverview(gen1Details()) });
    await page.waitForFunction(() => !document.querySelector('.title-line')?.textContent?.includes('Refreshing'));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focusKey)).toBe('refresh');
    await panel.close();
  });

  it('says so when an environment has nothing deployed yet', async () => {
    const details = gen2Details();
    const bare = {
      ...details,
      environment: {
        ...details.environment,
        rootStack: undefined,
        nestedStacks: [],
        outputs: [],
        resources: [],
        health: 'not-deployed' as const,
        lastDeployedAt: undefined,
      },
      recentEvents: [],
    };
    const panel = await overviewPanel(environmentOverview(bare));
    expect(await texts(panel, '.empty')).toEqual([
      'Not deployed in this account and region.',
      'This project defines no resources yet.',
      'No outputs yet: they appear after a deploy.',
      'No events of a recent deploy.',
    ]);
    expect(await texts(panel, '.facts dd')).toEqual(['us-east-1', 'never']);
    await panel.close();
  });
});
