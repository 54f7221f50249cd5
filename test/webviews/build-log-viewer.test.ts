/**
 * The log viewer with Amplify Hosting build logs in Chromium: sections per step, build, phase and
 * command, folded and unfolded; errors marked up to their section; ANSI colours rendered with the
 * terminal's theme colours and stripped from what is copied and filtered; the backend's link.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogEvent } from 'amplify-lens-model/panels';
import { closeBrowser, openPanel, type PanelPage, chromiumAvailable } from './support/panel-page';
import { buildJobEvents } from './build-log-fixtures';

let panel: PanelPage;
const LINKS = [{ id: 'backend-timeline', label: 'Deploy timeline of amplify-d1app-main-branch-0123456789', section: 'backend' }];

async function start(events: LogEvent[]): Promise<void> {
  await panel.post({
    type: 'init',
    title: 'Build #2 · main',
    logGroups: ['main #2'],
    settings: { bufferSize: 200_000, timeZone: 'utc' },
    mode: 'build',
    links: LINKS,
  });
  await panel.post({ type: 'state', state: { kind: 'live', mode: 'polling' } });
  await panel.post({ type: 'events', events });
  await panel.page.waitForFunction((count) => Number(document.getElementById('app')!.dataset.received) >= count, events.length);
  await panel.post({ type: 'state', state: { kind: 'complete', count: events.length } });
}

const visibleRows = () =>
  panel.page.$$eval('.log-row:not([hidden])', (rows) =>
    rows
      .sort((a, b) => Number((a as HTMLElement).dataset.index) - Number((b as HTMLElement).dataset.index))
      .map((row) => ({
        kind: row.classList.contains('section') ? 'section' : 'line',
        text: (row.querySelector('.message')?.textContent ?? '').trim(),
        classes: row.className,
      })),
  );

/** Scrolls the list to its top and reads what shows. */
async function top(): Promise<Awaited<ReturnType<typeof visibleRows>>> {
  await panel.page.$eval('.log-list', (list) => (list.scrollTop = 0));
  await panel.page.waitForTimeout(50);
  return visibleRows();
}

beforeEach(async () => {
  panel = await openPanel('log-viewer', { height: 900 });
  await panel.waitForPosted('ready');
});
afterEach(async () => panel.close());
afterAll(closeBrowser);

describe.skipIf(!chromiumAvailable)('log viewer — build logs', () => {
  it('folds a build into steps, builds, phases and commands, with the backend deploy under its command', async () => {
    const events = buildJobEvents({ result: 'SUCCEED' });
    await start(events);
    const rows = await top();
    expect(rows[0]).toMatchObject({ kind: 'section', text: expect.stringMatching(/^Step BUILD\d+ lines/) });
    expect(rows[1]).toMatchObject({ kind: 'line', text: '# Cloning repository: git@github.com:example/gen2-todo.git' });
    expect(await panel.page.textContent('.feed-state')).toContain(`Build log complete: ${events.length} lines`);
    const sections = await panel.page.$$eval('.log-row.section .section-title', (titles) => titles.map((title) => title.textContent));
    expect(sections).toEqual(
      expect.arrayContaining([
        'Step BUILD',
        'Backend Build',
        'phase build',
        '$ npx ampx pipeline-deploy --branch $AWS_BRANCH --app-id $AWS_APP_ID',
      ]),
    );
    // The header keeps the link to the backend's deploy timeline, and so does the backend build's row.
    await panel.page.click('.state-header a.host-link');
    expect(await panel.waitForPosted<{ type: 'openLink'; id: string }>('openLink')).toEqual({ type: 'openLink', id: 'backend-timeline' });
    await panel.screenshot('build-log-sections');
  });

  it("hides a folded section's lines and shows them again", async () => {
    await start(buildJobEvents({ result: 'SUCCEED' }));
    await top();
    const backend = panel.page.locator('.log-row.section', { hasText: 'Backend Build' }).first();
    const before = Number(await panel.page.getAttribute('#app', 'data-rows'));
    await backend.locator('.twisty').click();
    await expect.poll(async () => Number(await panel.page.getAttribute('#app', 'data-rows'))).toBeLessThan(before - 20);
    expect(await backend.getAttribute('aria-expanded')).toBe('false');
    expect((await visibleRows()).map((row) => row.text)).not.toContain(
      '# Executing command: npx ampx pipeline-deploy --branch $AWS_BRANCH --app-id $AWS_APP_ID',
    );
    await backend.locator('.twisty').click();
    await expect.poll(async () => Number(await panel.page.getAttribute('#app', 'data-rows'))).toBe(before);
  });

  it("marks a failed build's errors, and the sections that hold them, and opens at the failure", async () => {
    await start(buildJobEvents({ result: 'FAILED', failIn: 'frontend' }, { steps: ['BUILD'] }));
    const atEnd = await visibleRows();
    expect(atEnd.map((row) => row.text)).toContain('!!! Build failed');
    const errors = await panel.page.$$eval('.log-row.level-error .message', (cells) => cells.map((cell) => cell.textContent?.trim()));
    expect(errors).toEqual(
      expect.arrayContaining([
        '!!! Build failed',
        '!!! Error: Command failed with exit code 1',
        "Type error: Type 'string' is not assignable to type 'number'.",
        'Failed to compile.',
      ]),
    );
    // One step only: no step header; the front end's build carries the error, the backend's does not.
    const rows = await top();
    expect(rows.some((row) => row.text.startsWith('Step '))).toBe(false);
    const frontend = rows.find((row) => row.kind === 'section' && row.text.startsWith('Frontend Build'));
    const backend = rows.find((row) => row.kind === 'section' && row.text.startsWith('Backend Build'));
    expect(backend?.classes).not.toContain('level-error');
    await panel.page.fill('.filter-input', 'Type error');
    await expect
      .poll(async () => (await visibleRows()).map((row) => row.text))
      .toEqual([
        expect.stringMatching(/^Frontend Build/),
        expect.stringMatching(/^phase build/),
        expect.stringMatching(/^\$ npm run build/),
        "Type error: Type 'string' is not assignable to type 'number'.",
      ]);
    void frontend;
    await panel.screenshot('build-log-failed');
  });

  it('renders ANSI colours with the terminal theme, and copies and filters the text without them', async () => {
    await start(buildJobEvents({ result: 'SUCCEED' }, { steps: ['BUILD'] }));
    await panel.page.fill('.filter-input', 'Deployment completed');
    await expect
      .poll(async () => (await visibleRows()).filter((row) => row.kind === 'line').map((row) => row.text))
      .toEqual(['✔ Deployment completed in 142.329 seconds']);
    const line = panel.page.locator('.log-row.line').first();
    expect(await line.locator('.ansi-fg-2').textContent()).toBe('✔');
    expect(await line.locator('.ansi-fg-2').evaluate((span) => getComputedStyle(span).color)).not.toBe(
      await line.locator('.message').evaluate((cell) => getComputedStyle(cell).color),
    );
    expect(await line.locator('mark').textContent()).toBe('Deployment completed');
    await line.click();
    await panel.page.click('[data-action="copy"]');
    const copy = await panel.waitForPosted<{ type: 'copy'; text: string }>('copy');
    expect(copy.text).toMatch(/UTC {2}\[INFO\]: ✔ Deployment completed in 142\.329 seconds$/);
    expect(copy.text).not.toContain('\u001b');
  });

  it('renders 256-colour and true-colour text, and drops cursor moves, titles and hyperlinks', async () => {
    const event = (n: number, message: string): LogEvent => ({
      id: `e${n}`,
      timestamp: Date.UTC(2024, 4, 14, 12),
      logGroup: 'main #1',
      logStream: 'BUILD',
      message,
    });
    await start([
      event(1, '[INFO]: \u001b[38;5;208morange\u001b[0m \u001b[38;2;10;20;30mdeep\u001b[0m \u001b[1;4mbold\u001b[0m'),
      event(
        2,
        '[INFO]: \u001b]0;title\u0007\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\ \u001b[2K\u001b[1Gprogress 10%\rprogress 100%',
      ),
    ]);
    const rows = panel.page.locator('.log-row.line');
    await expect.poll(() => rows.count()).toBe(2);
    const spans = await rows
      .nth(0)
      .locator('.message span')
      .evaluateAll((elements) => elements.map((element) => [element.textContent, (element as HTMLElement).style.color, element.className]));
    expect(spans).toEqual([
      ['orange', 'rgb(255, 135, 0)', ''],
      ['deep', 'rgb(10, 20, 30)', ''],
      ['bold', '', 'ansi-bold ansi-underline'],
    ]);
    expect((await rows.nth(1).locator('.message').textContent())?.trim()).toBe('progress 100%');
    expect(await rows.nth(1).locator('a').count()).toBe(0);
  });
});
