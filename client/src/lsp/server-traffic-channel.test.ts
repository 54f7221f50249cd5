import { describe, expect, it } from 'vitest';
import type * as vscode from 'vscode';
import { ServerTrafficChannel, type TraceSettingSource } from './server-traffic-channel';

const OFF = 0;
const TRACE = 1;

/** The Lens log as the traffic channel sees it: the lines it receives, by level, and whether it was closed. */
function recordingLog() {
  const lines: string[] = [];
  let disposed = false;
  const log = {
    name: 'Amplify Lens',
    logLevel: 3 as vscode.LogLevel, // Info: the default a user never changed
    trace: (message: string) => lines.push(`trace ${message}`),
    debug: (message: string) => lines.push(`debug ${message}`),
    info: (message: string) => lines.push(`info ${message}`),
    warn: (message: string) => lines.push(`warn ${message}`),
    error: (message: string | Error) => lines.push(`error ${String(message)}`),
    dispose: () => (disposed = true),
  } as unknown as vscode.LogOutputChannel;
  return { log, lines, disposed: () => disposed };
}

/** `amplifyLens.trace.server` as a value the test changes, with the change events VS Code would send. */
function traceSetting(initial: 'off' | 'messages' | 'verbose') {
  let value = initial;
  const listeners = new Set<() => void>();
  const source: TraceSettingSource = {
    current: () => value,
    onDidChange: (listener) => {
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
  };
  const set = (next: typeof value) => {
    value = next;
    listeners.forEach((listener) => listener());
  };
  return { source, set, listenerCount: () => listeners.size };
}

describe('the language server traffic channel', () => {
  it('writes no traffic while the setting is off, whatever the log level', () => {
    const { log, lines } = recordingLog();
    const channel = new ServerTrafficChannel(log, traceSetting('off').source);
    expect(channel.logLevel).toBe(OFF);
    channel.trace("[Trace - 10:00:00] Sending notification 'textDocument/didChange'.");
    expect(lines).toEqual([]);
  });

  it('reports Trace while the setting asks for traffic, and writes it where the default level shows it', () => {
    const { log, lines } = recordingLog();
    const channel = new ServerTrafficChannel(log, traceSetting('messages').source);
    expect(channel.logLevel).toBe(TRACE);
    channel.trace("[Trace - 10:00:00] Sending request 'textDocument/hover - (3)'.");
    expect(lines).toEqual(["info [Trace - 10:00:00] Sending request 'textDocument/hover - (3)'."]);
  });

  it('tells the language client when the setting turns the traffic on or off, once per change', () => {
    const setting = traceSetting('off');
    const channel = new ServerTrafficChannel(recordingLog().log, setting.source);
    const levels: vscode.LogLevel[] = [];
    channel.onDidChangeLogLevel((level) => levels.push(level));
    setting.set('messages');
    setting.set('verbose'); // still Trace: the client re-reads verbosity itself when it refreshes
    setting.set('off');
    expect(levels).toEqual([TRACE, OFF]);
  });

  it('passes the client’s own lines through at their level', () => {
    const { log, lines } = recordingLog();
    const channel = new ServerTrafficChannel(log, traceSetting('off').source);
    channel.info('Starting the server');
    channel.error('Server crashed');
    expect(lines).toEqual(['info Starting the server', 'error Server crashed']);
  });

  it('stops listening when disposed and leaves the extension’s log open', () => {
    const { log, disposed } = recordingLog();
    const setting = traceSetting('off');
    const channel = new ServerTrafficChannel(log, setting.source);
    const levels: vscode.LogLevel[] = [];
    channel.onDidChangeLogLevel((level) => levels.push(level));
    channel.dispose();
    setting.set('verbose');
    expect(levels).toEqual([]);
    expect(setting.listenerCount()).toBe(0);
    expect(disposed()).toBe(false);
  });
});
