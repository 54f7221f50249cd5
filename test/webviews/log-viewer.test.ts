/**
 * The log viewer in Chromium, fed as its host feeds it: opening at the newest lines, following the
 * tail, filtering, request grouping, JSON folding, time zones, pause, intents and the keyboard.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, openPanel, type PanelPage, chromiumAvailable } from './support/panel-page';
import { BASE_TIME, infoLines, invocationEvents, LOG_GROUP, logEvent } from './log-viewer-fixtures';
import type { LogEvent } from '../../client/src/aws/logs-types';

let panel: PanelPage;

async function start(options: { bufferSize?: number; timeZone?: 'local' | 'utc' } = {}): Promise<void> {
  await panel.post({
    type: 'init',
    title: 'summarizePost (dev)',
    logGroups: [LOG_GROUP],
    settings: { bufferSize: options.bufferSize ?? 10_000, timeZone: options.timeZone ?? 'utc' },
  });
  await panel.post({ type: 'state', state: { kind: 'live', mode: 'live-tail' } });
}

async function send(events: LogEvent[]): Promise<void> {
  const before = Number(await panel.page.getAttribute('#app', 'data-received'));
  await panel.post({ type: 'events', events });
  await panel.page.waitForFunction((count) => Number(document.getElementById('app')!.dataset.received) >= count, before + events.length);
}

const rowTexts = () =>
  panel.page.$$eval('.log-row:not([hidden])', (rows) =>
    rows.sort((a, b) => Number((a as HTMLElement).dataset.index) - Number((b as HTMLElement).dataset.index)).map((row) => row.textContent ?? ''),
  );
const dataset = (name: string) => panel.page.$eval('#app', (app, key) => (app as HTMLElement).dataset[key] ?? '', name);

/** Rows whose top is inside the list's viewport. */
async function rowsInView(): Promise<string[]> {
  return panel.page.$eval('.log-list', (list) => {
    const box = list.getBoundingClientRect();
    return [...list.querySelectorAll<HTMLElement>('.log-row:not([hidden])')]
      .filter((row) => {
        const top = row.getBoundingClientRect().top;
        return top >= box.top - 1 && top < box.bottom - 1;
      })
      .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
      .map((row) => row.textContent ?? '');
  });
}

beforeEach(async () => {
  panel = await openPanel('log-viewer');
  await panel.waitForPosted('ready');
});
afterEach(async () => panel.close());
afterAll(closeBrowser);

describe.skipIf(!chromiumAvailable)('log viewer', () => {
  it('opens at the newest lines with only the rows in view in the DOM', async () => {
    await start();
    await send(infoLines(0, 2_000));
    const inView = await rowsInView();
    expect(inView.at(-1)).toContain('processed record 1999 of batch 31');
    expect(inView.join('\n')).not.toContain('processed record 0 of');
    expect(await panel.page.locator('.log-row').count()).toBeLessThan(80);
    expect(await dataset('rows')).toBe('2000');
    expect(await panel.page.textContent('.counts')).toContain('2,000 received');
  });

  it('follows the tail, and scrolled up shows "N new ↓" instead of moving', async () => {
    await start();
    await send(infoLines(0, 1_000));
    await panel.page.$eval('.log-list', (list) => (list.scrollTop = 0));
    await panel.page.waitForFunction(() => document.getElementById('app')!.dataset.following === 'false');
    await send(infoLines(1_000, 25));
    await expect.poll(() => panel.page.textContent('.new-lines')).toBe('25 new ↓');
    expect((await rowsInView())[0]).toContain('processed record 0 of');
    await panel.page.click('.new-lines');
    await expect.poll(async () => (await rowsInView()).at(-1)).toContain('processed record 1024 of');
    expect(await panel.page.isHidden('.new-lines')).toBe(true);
    await send(infoLines(1_025, 5));
    await expect.poll(async () => (await rowsInView()).at(-1)).toContain('processed record 1029 of');
  });

  it('filters by text, by /regex/, reports an invalid regex, and toggles levels', async () => {
    await start();
    await send([...invocationEvents(1, 0), ...invocationEvents(2, 10, { fail: true }), ...infoLines(100, 50)]);
    await panel.page.fill('.filter-input', 'record 12');
    await expect.poll(() => dataset('rows')).toBe('10');
    expect(await panel.page.locator('mark').first().textContent()).toBe('record 12');

    await panel.page.fill('.filter-input', '/record 1[0-4]9 /');
    await expect.poll(() => dataset('rows')).toBe('5');

    await panel.page.fill('.filter-input', '/record (/');
    await expect.poll(() => panel.page.textContent('.filter-error')).toContain('Invalid regular expression');
    expect(await panel.page.getAttribute('.filter-input', 'aria-invalid')).toBe('true');
    expect(await dataset('rows')).toBe('62');

    await panel.page.fill('.filter-input', '');
    await panel.page.click('.level-toggle[data-level="info"]');
    // START, WARN/ERROR, END and REPORT of the two invocations: lines without a level stay.
    await expect.poll(() => dataset('rows')).toBe('8');
    const texts = await rowTexts();
    expect(texts.some((text) => text.includes('WARN') && text.includes('slow model response'))).toBe(true);
    expect(texts.some((text) => text.includes('ERROR') && text.includes('Invoke Error'))).toBe(true);
    expect(texts.some((text) => text.includes('REPORT RequestId'))).toBe(true);
    expect(texts.some((text) => text.includes('processed record'))).toBe(false);
    expect(await panel.page.getAttribute('.level-toggle[data-level="info"]', 'aria-pressed')).toBe('false');
  });

  it('groups an invocation under a header with its REPORT figures, collapsibly', async () => {
    await start();
    await send([...invocationEvents(1, 0), ...invocationEvents(2, 10, { fail: true })]);
    await panel.page.click('[data-action="group"]');
    await expect.poll(() => panel.page.locator('.log-row.group:not([hidden])').count()).toBe(2);
    const header = (await panel.page.locator('.log-row.group').first().textContent()) ?? '';
    expect(header).toContain('RequestId 00000001-1111-4222-8333-444455556666');
    expect(header).toContain('102.55 ms');
    expect(header).toContain('billed 103 ms');
    expect(header).toContain('71 / 128 MB');
    expect(header).toContain('init 180.33 ms');
    expect(header).toContain('6 lines');
    expect(await panel.page.locator('.log-row.group.level-error').count()).toBe(1);
    expect(await dataset('rows')).toBe('14');
    await panel.page.locator('.log-row.group').first().locator('.twisty').click();
    await expect.poll(() => dataset('rows')).toBe('8');
    expect(await panel.page.locator('.log-row.group').first().getAttribute('aria-expanded')).toBe('false');
  });

  it('pretty-prints a JSON message when its row expands, with foldable objects', async () => {
    await start();
    await send(invocationEvents(1, 0));
    const jsonRow = panel.page.locator('.log-row', { hasText: '"postId":"p-1"' });
    await jsonRow.dblclick();
    await expect.poll(() => panel.page.locator('.log-row.detail:not([hidden])').count()).toBe(8);
    const details = (await rowTexts()).filter((text) => !text.includes('RequestId') && !text.includes('INFO') && !text.includes('WARN'));
    expect(details).toEqual(['{', '"postId": "p-1",', '"words": 121,', '"tags": [', '"a",', '"b"', ']', '}']);
    await panel.page.locator('.log-row.detail', { hasText: '"tags": [' }).locator('.detail-twisty').click();
    await expect.poll(() => panel.page.locator('.log-row.detail:not([hidden])').count()).toBe(5);
    expect(await panel.page.locator('.log-row.detail', { hasText: '"tags": [ … ]  2 items' }).count()).toBe(1);
    await jsonRow.locator('.twisty').click();
    await expect.poll(() => panel.page.locator('.log-row.detail:not([hidden])').count()).toBe(0);
  });

  it('keeps showing new lines after a 100 KB line and a 5,000-deep JSON line, which opens further level by level', async () => {
    await start();
    const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    await send([logEvent(0, `${'a/'.repeat(50_000)}:`), logEvent(1, deep)]);
    const deepRow = panel.page.locator('.log-row', { hasText: '{"a":{"a":' }).first();
    const further = panel.page.locator('.log-row.detail', { hasText: '1 key · expand further' });
    // On a busy machine the list may re-render between the two clicks of a double click, which then
    // opens nothing: try again while no detail row has appeared (a second one would close it).
    for (let attempt = 0; attempt < 4; attempt++) {
      await deepRow.dblclick();
      if (
        await further.waitFor({ timeout: 15_000 }).then(
          () => true,
          () => false,
        )
      )
        break;
      if ((await panel.page.locator('.log-row.detail').count()) > 0) break;
    }
    await further.waitFor();
    // Two lines, and the deep one open 32 levels: 32 opening rows, the folded one, 32 closing rows.
    await expect.poll(() => dataset('rows')).toBe(String(2 + 65));
    await further.locator('.detail-twisty').click();
    await expect.poll(() => dataset('rows')).toBe(String(2 + 65 + 64));
    await send([logEvent(2, 'a line after the deep one')]);
    await expect.poll(() => dataset('rows')).toBe(String(3 + 65 + 64));
    await panel.page.fill('.filter-input', 'after the deep');
    await expect.poll(rowTexts).toEqual([expect.stringContaining('a line after the deep one')]);
  }, 120_000); // Chromium lays out a 100 KB line and 5,000 levels: seconds alone, far more on a busy machine.

  it('shows times in UTC or in local time', async () => {
    const cdp = await panel.page.context().newCDPSession(panel.page);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Asia/Tokyo' });
    await start({ timeZone: 'utc' });
    await send([logEvent(0, 'hello\n', BASE_TIME + 123)]);
    expect(await panel.page.textContent('.log-row .time')).toBe('10:00:00.123');
    expect(await panel.page.textContent('[data-action="zone"]')).toBe('UTC');
    await panel.page.click('[data-action="zone"]');
    await expect.poll(() => panel.page.textContent('.log-row .time')).toBe('19:00:00.123');
    expect(await panel.page.getAttribute('.log-row .time', 'title')).toBe('2024-05-01 19:00:00.123 +09:00');
    await panel.post({ type: 'settings', settings: { bufferSize: 10_000, timeZone: 'utc' } });
    await expect.poll(() => panel.page.textContent('.log-row .time')).toBe('10:00:00.123');
  });

  it('keeps receiving while paused and shows the new lines on resume', async () => {
    await start();
    await send(infoLines(0, 100));
    await panel.page.focus('.log-list');
    await panel.page.keyboard.press('Space');
    expect((await panel.waitForPosted<{ type: 'paused'; paused: boolean }>('paused')).paused).toBe(true);
    await send(infoLines(100, 40));
    await expect.poll(() => panel.page.textContent('.new-lines')).toBe('40 new ↓');
    expect(await dataset('rows')).toBe('100');
    expect(await panel.page.textContent('.counts')).toContain('140 received');
    expect((await rowsInView()).at(-1)).toContain('processed record 99 of');
    await panel.page.keyboard.press('Space');
    await expect.poll(async () => (await rowsInView()).at(-1)).toContain('processed record 139 of');
    expect(
      (await panel.posted<{ type: string; paused?: boolean }>()).filter((message) => message.type === 'paused').map((message) => message.paused),
    ).toEqual([true, false]);
  });

  it('posts copy, export and openFrame with the right payloads', async () => {
    await start();
    await send(invocationEvents(7, 0, { fail: true }));
    await panel.page.locator('.log-row', { hasText: 'summarizing post 7' }).click();
    await panel.page.locator('.log-row', { hasText: 'Invoke Error' }).click({ modifiers: ['Shift'] });
    await panel.page.click('[data-action="copy"]');
    const copy = await panel.waitForPosted<{ type: 'copy'; text: string; lineCount: number }>('copy');
    expect(copy.lineCount).toBe(3);
    expect(copy.text.split('\n')[0]).toBe(
      `2024-05-01 10:00:00.001 UTC  ${new Date(BASE_TIME + 1).toISOString()}\t00000007-1111-4222-8333-444455556666\tINFO\tsummarizing post 7`,
    );

    await panel.page.fill('.filter-input', 'RequestId');
    await expect.poll(() => dataset('rows')).toBe('3');
    await panel.page.click('[data-action="export-jsonl"]');
    const exported = await panel.waitForPosted<{ type: 'export'; format: string; suggestedName: string; content: string; lineCount: number }>(
      'export',
    );
    expect(exported.format).toBe('jsonl');
    expect(exported.lineCount).toBe(3);
    expect(exported.suggestedName).toMatch(/^summarizePost-dev-\d{8}-\d{6}\.jsonl$/);
    const first = JSON.parse(exported.content.split('\n')[0]);
    expect(first).toEqual({
      timestamp: '2024-05-01T10:00:00.000Z',
      logGroup: LOG_GROUP,
      logStream: '2024/05/01/[$LATEST]abc123',
      id: 'evt-0',
      message: 'START RequestId: 00000007-1111-4222-8333-444455556666 Version: $LATEST\n',
    });
    await panel.page.click('[data-action="export-text"]');
    await expect
      .poll(async () => (await panel.posted<{ type: string; format?: string }>()).filter((message) => message.type === 'export').at(-1)?.format)
      .toBe('text');

    await panel.page.fill('.filter-input', '');
    await panel.page.locator('.log-row', { hasText: 'Invoke Error' }).dblclick();
    await panel.page.locator('.log-row.detail a.frame-link', { hasText: '/var/task/src/summarize.js:12:5' }).click();
    const open = await panel.waitForPosted<{ type: 'openFrame'; frame: unknown }>('openFrame');
    expect(open.frame).toEqual({ logGroup: LOG_GROUP, path: '/var/task/src/summarize.js', line: 12, column: 5 });
  });

  it('moves, expands and copies with the keyboard; Ctrl+F focuses the filter', async () => {
    await start();
    await send([...invocationEvents(1, 0), ...infoLines(100, 200)]);
    await panel.page.focus('.log-list');
    await panel.page.keyboard.press('Home');
    await expect.poll(() => panel.page.textContent('#log-active-row')).toContain('START RequestId: 00000001');
    expect(await panel.page.getAttribute('.log-list', 'aria-activedescendant')).toBe('log-active-row');
    await panel.page.keyboard.press('ArrowDown');
    await panel.page.keyboard.press('ArrowDown');
    await expect.poll(() => panel.page.textContent('#log-active-row')).toContain('"postId":"p-1"');
    await panel.page.keyboard.press('Enter');
    await expect.poll(() => panel.page.locator('.log-row.detail:not([hidden])').count()).toBe(8);
    await panel.page.keyboard.press('ArrowLeft');
    await expect.poll(() => panel.page.locator('.log-row.detail:not([hidden])').count()).toBe(0);
    await panel.page.keyboard.press('Shift+ArrowDown');
    await panel.page.keyboard.press('Control+c');
    expect((await panel.waitForPosted<{ type: 'copy'; lineCount: number }>('copy')).lineCount).toBe(2);
    await panel.page.keyboard.press('PageDown');
    await expect.poll(async () => Number(await panel.page.getAttribute('#log-active-row', 'aria-rowindex'))).toBeGreaterThan(10);
    await panel.page.keyboard.press('End');
    await expect.poll(() => panel.page.getAttribute('#log-active-row', 'aria-rowindex')).toBe('206');
    expect(await dataset('following')).toBe('true');
    await panel.page.keyboard.press('Control+f');
    expect(await panel.page.evaluate(() => document.activeElement?.className)).toContain('filter-input');
    await panel.page.keyboard.press('Escape');
    expect(await panel.page.evaluate(() => document.activeElement?.className)).toContain('log-list');
  });

  it('shows the feed state and stops the feed on request', async () => {
    await start();
    expect(await panel.page.textContent('.feed-state')).toContain('Live');
    await panel.page.click('[data-action="stop"]');
    await panel.waitForPosted('stop');
    await panel.post({ type: 'state', state: { kind: 'stopped' } });
    await expect.poll(() => panel.page.isDisabled('[data-action="stop"]')).toBe(true);
    expect(await panel.page.textContent('[role="status"]')).toBe('Stopped');
  });
});
