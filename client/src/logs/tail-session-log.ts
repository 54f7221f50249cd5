/**
 * A log tail's session in the extension's log: when it starts (which groups, where), each change of
 * state (Live Tail streaming, the fall-back to polling, reconnects, problems) and when it ends, with
 * how long it ran and how many events it brought. Live Tail is billed by the minute, so the minutes
 * are worth a line. No event's text is written.
 */
import type { LogFeed, LogFeedState } from './log-feed';
import type { LogTarget } from './log-targets';

export interface TailLog {
  info(message: string): void;
  warn(message: string): void;
}

export function logTailSession(feed: LogFeed, targets: readonly LogTarget[], log: TailLog, now: () => number = Date.now): { dispose(): void } {
  const started = now();
  let events = 0;
  let last: string | undefined;
  const where = [
    ...new Set(targets.map((target) => `${target.region ?? 'default region'}${target.profile ? `, profile ${target.profile}` : ''}`)),
  ].join('; ');
  log.info(`Tail of ${feed.title} started: ${feed.logGroups.join(', ')} (${where})`);
  let ended = false;
  const subscriptions = [
    feed.onEvents((batch) => (events += batch.length)),
    feed.onState((state) => {
      const line = stateLine(state);
      if (ended || !line || line.text === last) return;
      last = line.text;
      if (state.kind === 'stopped') {
        ended = true;
        const minutes = Math.max(1, Math.ceil((now() - started) / 60_000));
        log.info(
          `Tail of ${feed.title} stopped after ${minutes} min, ${events} event${events === 1 ? '' : 's'}${state.reason ? `: ${state.reason}` : ''}`,
        );
        queueMicrotask(dispose);
      } else if (line.warn) log.warn(`Tail of ${feed.title}: ${line.text}`);
      else log.info(`Tail of ${feed.title}: ${line.text}`);
    }),
  ];
  // A stopped feed is done: the session lets go of it (a feed stops once, the viewer's close or a debug run's end).
  function dispose() {
    for (const subscription of subscriptions) subscription.dispose();
  }
  return { dispose };
}

function stateLine(state: LogFeedState): { text: string; warn?: boolean } | undefined {
  switch (state.kind) {
    case 'live':
      return {
        text:
          state.mode === 'live-tail'
            ? `streaming with Live Tail${state.sampled ? ' (sampled by CloudWatch)' : ''}`
            : 'polling FilterLogEvents (Live Tail is not available here)',
      };
    case 'reconnecting':
      return { text: `reconnecting: ${state.reason}`, warn: true };
    case 'problem':
      return { text: state.message, warn: true };
    case 'stopped':
      return { text: 'stopped' };
    default:
      return undefined;
  }
}
