import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, createCrashHandler, MAX_CRASHES, ServerCrashPolicy } from './server-crash-handler';

const ACTIONS = { restart: 'restart', doNotRestart: 'doNotRestart', continue: 'continue', shutdown: 'shutdown' } as const;

describe('the language server crash handler', () => {
  it('restarts a server that died, quietly, until it has died five times within three minutes; then tells the user once', () => {
    let now = 0;
    const told: string[] = [];
    const handler = createCrashHandler(new ServerCrashPolicy(() => now), ACTIONS, () => told.push('gave up'));
    const actions: string[] = [];
    for (let crash = 1; crash <= MAX_CRASHES; crash++) {
      actions.push(handler.closed().action);
      now += 10_000;
    }
    expect(actions).toEqual(['restart', 'restart', 'restart', 'restart', 'doNotRestart']);
    expect(handler.closed()).toEqual({ action: 'doNotRestart', handled: true });
    expect(told).toEqual(['gave up', 'gave up']);
  });

  it('keeps restarting a server whose crashes are spread out', () => {
    let now = 0;
    const handler = createCrashHandler(new ServerCrashPolicy(() => now), ACTIONS, () => {
      throw new Error('must not give up');
    });
    for (let crash = 0; crash < 20; crash++) {
      expect(handler.closed()).toEqual({ action: 'restart', handled: true });
      now += CRASH_WINDOW_MS / (MAX_CRASHES - 2);
    }
  });

  it('starts counting again after the user restarts the server', () => {
    let now = 0;
    const policy = new ServerCrashPolicy(() => now);
    for (let crash = 1; crash < MAX_CRASHES; crash++) expect(policy.crashed()).toBe(true);
    expect(policy.crashed()).toBe(false);
    policy.reset();
    now += 1;
    expect(policy.crashed()).toBe(true);
  });

  it('keeps the connection through a few transport errors, then shuts it down', () => {
    const handler = createCrashHandler(new ServerCrashPolicy(), ACTIONS, () => {});
    expect(handler.error(new Error('write EPIPE'), undefined, 1).action).toBe('continue');
    expect(handler.error(new Error('write EPIPE'), undefined, 4).action).toBe('shutdown');
  });
});
