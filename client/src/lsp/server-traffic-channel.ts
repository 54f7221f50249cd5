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

/** What the traffic channel needs of VS Code: the setting's value, and word of its changes. */
export interface TraceSettingSource {
  /** `amplifyLens.trace.server`. */
  current(): 'off' | 'messages' | 'verbose';
  onDidChange(listener: () => void): vscode.Disposable;
}

/** VS Code's `LogLevel` values (the enum lives in the `vscode` module, which unit tests do not load). */
const LOG_LEVEL_OFF = 0 as vscode.LogLevel;
const LOG_LEVEL_TRACE = 1 as vscode.LogLevel;

export class ServerTrafficChannel implements vscode.LogOutputChannel {
  private readonly levelListeners = new Set<(level: vscode.LogLevel) => void>();
  private readonly settingListener: vscode.Disposable;
  private level: vscode.LogLevel;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly setting: TraceSettingSource,
  ) {
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

  get name(): string {
    return this.log.name;
  }

  get logLevel(): vscode.LogLevel {
    return this.level;
  }

  readonly onDidChangeLogLevel: vscode.Event<vscode.LogLevel> = (listener, thisArgs?, disposables?) => {
    const bound = (level: vscode.LogLevel) => listener.call(thisArgs, level);
    this.levelListeners.add(bound);
    const subscription = { dispose: () => void this.levelListeners.delete(bound) };
    disposables?.push(subscription);
    return subscription;
  };

  trace(message: string, ...args: unknown[]): void {
    if (this.level !== LOG_LEVEL_OFF) this.log.info(message, ...args);
  }

  debug(message: string, ...args: unknown[]): void {
    this.log.debug(message, ...args);
  }

  info(message: string, ...args: unknown[]): void {
    this.log.info(message, ...args);
  }

  warn(message: string, ...args: unknown[]): void {
    this.log.warn(message, ...args);
  }

  error(error: string | Error, ...args: unknown[]): void {
    this.log.error(error, ...args);
  }

  append(value: string): void {
    this.log.append(value);
  }

  appendLine(value: string): void {
    this.log.appendLine(value);
  }

  replace(value: string): void {
    this.log.replace(value);
  }

  clear(): void {
    this.log.clear();
  }

  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean' || columnOrPreserveFocus === undefined) this.log.show(columnOrPreserveFocus);
    else this.log.show(columnOrPreserveFocus, preserveFocus);
  }

  hide(): void {
    this.log.hide();
  }

  /** Stops listening to the setting; the Lens log belongs to the extension and stays open. */
  dispose(): void {
    this.settingListener.dispose();
    this.levelListeners.clear();
  }
}
