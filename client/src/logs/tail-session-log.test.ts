import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../aws/logs-types';
import { FeedEmitter } from './feed-emitter';
import type { LogFeed, LogFeedState } from './log-feed';
import { logTailSession } from './tail-session-log';

class ScriptedFeed implements LogFeed {
  readonly title = 'summarizePost (dev)';
  readonly logGroups = ['/aws/lambda/summarizePost-dev'];
  readonly emitter = new FeedEmitter();
  onEvents = (listener: (events: readonly LogEvent[]) => void) => this.emitter.onEvents(listener);
  onState = (listener: (state: LogFeedState) => void) => this.emitter.onState(listener);
  start(): void {}
  stop(): void {}
}

describe('a tail session in the log', () => {
  it('says where it tails, how it streams, what went wrong, and how long it ran with how many events', () => {
    const feed = new ScriptedFeed();
    const lines: string[] = [];
    let clock = 0;
    const target = {
      resourceName: 'summarizePost',
      category: 'function' as const,
      logGroup: '/aws/lambda/summarizePost-dev',
      region: 'eu-west-1',
      profile: 'dev',
      environment: 'dev',
      confirmed: true,
    };
    // A class instance, as the extension's log channel is: its methods are called on it, never detached.
    const log = new (class {
      readonly lines = lines;
      info(line: string) {
        this.lines.push(`info ${line}`);
      }
      warn(line: string) {
        this.lines.push(`warn ${line}`);
      }
    })();
    logTailSession(feed, [target], log, () => clock);
    feed.emitter.setState({ kind: 'live', mode: 'live-tail' });
    feed.emitter.events([{ id: '1', timestamp: 1, logGroup: target.logGroup, logStream: 's', message: 'secret ghp_never_logged' }]);
    feed.emitter.setState({ kind: 'reconnecting', reason: 'the stream ended' });
    feed.emitter.setState({ kind: 'live', mode: 'polling' });
    clock = 150_000;
    feed.emitter.setState({ kind: 'stopped' });
    expect(lines).toEqual([
      'info Tail of summarizePost (dev) started: /aws/lambda/summarizePost-dev (eu-west-1, profile dev)',
      'info Tail of summarizePost (dev): streaming with Live Tail',
      'warn Tail of summarizePost (dev): reconnecting: the stream ended',
      'info Tail of summarizePost (dev): polling FilterLogEvents (Live Tail is not available here)',
      'info Tail of summarizePost (dev) stopped after 3 min, 1 event',
    ]);
  });
});
