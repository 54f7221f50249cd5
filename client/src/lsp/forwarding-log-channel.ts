/**
 * A log channel that passes everything on to another one. The channels the language client is
 * given (masked-log-channel.ts, server-traffic-channel.ts) each change a few members and inherit
 * the rest from here.
 */
import type * as vscode from 'vscode';

export class ForwardingLogChannel implements vscode.LogOutputChannel {
  constructor(protected readonly target: vscode.LogOutputChannel) {}

  get name(): string {
    return this.target.name;
  }

  get logLevel(): vscode.LogLevel {
    return this.target.logLevel;
  }

  get onDidChangeLogLevel(): vscode.Event<vscode.LogLevel> {
    return this.target.onDidChangeLogLevel;
  }

  trace(message: string, ...args: unknown[]): void {
    this.target.trace(message, ...args);
  }

  debug(message: string, ...args: unknown[]): void {
    this.target.debug(message, ...args);
  }

  info(message: string, ...args: unknown[]): void {
    this.target.info(message, ...args);
  }

  warn(message: string, ...args: unknown[]): void {
    this.target.warn(message, ...args);
  }

  error(error: string | Error, ...args: unknown[]): void {
    this.target.error(error, ...args);
  }

  append(value: string): void {
    this.target.append(value);
  }

  appendLine(value: string): void {
    this.target.appendLine(value);
  }

  replace(value: string): void {
    this.target.replace(value);
  }

  clear(): void {
    this.target.clear();
  }

  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean' || columnOrPreserveFocus === undefined) this.target.show(columnOrPreserveFocus);
    else this.target.show(columnOrPreserveFocus, preserveFocus);
  }

  hide(): void {
    this.target.hide();
  }

  dispose(): void {
    this.target.dispose();
  }
}
