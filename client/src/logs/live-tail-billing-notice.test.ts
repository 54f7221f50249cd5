import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../aws/logs-types';
import { FeedEmitter } from './feed-emitter';
import type { LogFeed, LogFeedState } from './log-feed';
import { LIVE_TAIL_PRICING_URL, LiveTailBillingNotice } from './live-tail-billing-notice';

class ScriptedFeed implements LogFeed {
  readonly title = 'summarizePost (dev)';
  readonly logGroups = ['/aws/lambda/summarizePost-dev'];
  readonly emitter = new FeedEmitter();
  onEvents = (listener: (events: readonly LogEvent[]) => void) => this.emitter.onEvents(listener);
  onState = (listener: (state: LogFeedState) => void) => this.emitter.onState(listener);
  start(): void {}
  stop(): void {}
}

function setup(choice?: string) {
  const memory = new Map<string, unknown>();
  const shown: string[] = [];
  const opened: string[] = [];
  const notice = new LiveTailBillingNotice(
    { get: (key) => memory.get(key), update: async (key, value) => void memory.set(key, value) },
    { show: async (message) => (shown.push(message), choice), open: (url) => void opened.push(url) },
  );
  return { notice, shown, opened, memory };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Live Tail billing notice', () => {
  it('tells once, when a tail first streams with Live Tail, and opens the pricing on request', async () => {
    const { notice, shown, opened } = setup('Pricing');
    const first = new ScriptedFeed();
    notice.watch(first);
    expect(shown).toEqual([]);
    first.emitter.setState({ kind: 'live', mode: 'live-tail' });
    await settle();
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/billed per minute/);
    expect(opened).toEqual([LIVE_TAIL_PRICING_URL]);
    const second = new ScriptedFeed();
    notice.watch(second);
    second.emitter.setState({ kind: 'live', mode: 'live-tail' });
    await settle();
    expect(shown).toHaveLength(1);
  });

  it('says nothing for a tail that only polls or stops first, nor after the debug question told', async () => {
    const { notice, shown } = setup();
    const polling = new ScriptedFeed();
    notice.watch(polling);
    polling.emitter.setState({ kind: 'live', mode: 'polling' });
    polling.emitter.setState({ kind: 'stopped' });
    polling.emitter.setState({ kind: 'live', mode: 'live-tail' });
    await settle();
    expect(shown).toEqual([]);
    notice.markTold();
    const later = new ScriptedFeed();
    notice.watch(later);
    later.emitter.setState({ kind: 'live', mode: 'live-tail' });
    await settle();
    expect(shown).toEqual([]);
  });
});
