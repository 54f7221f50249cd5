/**
 * Where the language client writes its traffic with the server: the "Amplify Lens" log, but only
 * while `amplifyLens.trace.server` is `messages` or `verbose`. vscode-languageclient 11 decides
 * whether to trace from its trace channel's log level (and turns `trace.server: off` into
 * `messages` once that level is Trace), so handing it the Lens log itself would put the traffic
 * behind the channel's level instead of the setting, and a user who sets the log to Trace to see
 * an AWS call would get every keystroke's message too. This channel reports Trace exactly while
 * the setting asks for traffic, tells the client when that changes (it then sends `$/setTrace`,
 * no restart), and writes the traffic at Info so the lines show at the log's default level. The
 * log it writes to masks document texts and secrets (masked-log-channel.ts).
 */
import type * as vscode from 'vscode';
import { ForwardingLogChannel } from './forwarding-log-channel';

/** What the traffic channel needs of VS Code: the setting's value, and word of its changes. */
export interface TraceSettingSource {
  /** `amplifyLens.trace.server`. */
  current(): 'off' | 'messages' | 'verbose';
  onDidChange(listener: () => void): vscode.Disposable;
}

/** VS Code's `LogLevel` values (the enum lives in the `vscode` module, which unit tests do not load). */
const LOG_LEVEL_OFF = 0 as vscode.LogLevel;
const LOG_LEVEL_TRACE = 1 as vscode.LogLevel;

export class ServerTrafficChannel extends ForwardingLogChannel {
  private readonly levelListeners = new Set<(level: vscode.LogLevel) => void>();
  private readonly settingListener: vscode.Disposable;
  private level: vscode.LogLevel;

  constructor(
    log: vscode.LogOutputChannel,
    private readonly setting: TraceSettingSource,
  ) {
    super(log);
    this.level = this.levelFromSetting();
    this.settingListener = setting.onDidChange(() => {
      const level = this.levelFromSetting();
      if (level === this.level) return;
      this.level = level;
      for (const listener of this.levelListeners) listener(level);
    });
  }

  private levelFromSetting(): vscode.LogLevel {
    return this.setting.current() === 'off' ? LOG_LEVEL_OFF : LOG_LEVEL_TRACE;
  }

  override get logLevel(): vscode.LogLevel {
    return this.level;
  }

  override get onDidChangeLogLevel(): vscode.Event<vscode.LogLevel> {
    return (listener, thisArgs?, disposables?) => {
      const bound = (level: vscode.LogLevel) => listener.call(thisArgs, level);
      this.levelListeners.add(bound);
      const subscription = { dispose: () => void this.levelListeners.delete(bound) };
      disposables?.push(subscription);
      return subscription;
    };
  }

  override trace(message: string, ...args: unknown[]): void {
    if (this.level !== LOG_LEVEL_OFF) this.target.info(message, ...args);
  }

  /** Stops listening to the setting; the Lens log belongs to the extension and stays open. */
  override dispose(): void {
    this.settingListener.dispose();
    this.levelListeners.clear();
  }
}
