import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../aws/logs-types';
import { RecentEventKeys } from './recent-event-keys';

const event = (message: string, timestamp = 1, logStream = 's'): LogEvent => ({
  id: `${message}-${timestamp}`,
  timestamp,
  logGroup: '/g',
  logStream,
  message,
});

describe('RecentEventKeys', () => {
  it('admits an event once, whatever its id, and tells apart other streams and times', () => {
    const keys = new RecentEventKeys();
    expect(keys.admit([event('a'), event('b')]).map((e) => e.message)).toEqual(['a', 'b']);
    expect(keys.admit([{ ...event('a'), id: 'other id' }, event('a', 2), event('a', 1, 't')]).map((e) => [e.timestamp, e.logStream])).toEqual([
      [2, 's'],
      [1, 't'],
    ]);
  });

  it('forgets the oldest keys beyond its capacity', () => {
    const keys = new RecentEventKeys(2);
    keys.admit([event('a'), event('b'), event('c')]);
    expect(keys.admit([event('a'), event('c')]).map((e) => e.message)).toEqual(['a']);
  });
});
