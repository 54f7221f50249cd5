/**
 * The language client's log, with what it must never write taken out. While
 * `amplifyLens.trace.server` is on, vscode-languageclient 11 logs the traffic with the server
 * (through server-traffic-channel.ts, into this log), and `verbose` adds each message's
 * parameters: whole files on open and on
 * every change, secrets included. This channel is what the client is given: every line passes
 * `maskTraffic` before the real channel gets it.
 */
import type * as vscode from 'vscode';
import { maskSecretsInText } from 'amplify-lens-model/secrets';

/** A document's text in a message (`didOpen`'s `textDocument.text`, `didChange`'s `contentChanges[].text`). */
const DOCUMENT_TEXT = /"text"(\s*:\s*)"((?:[^"\\]|\\.)*)"/g;

/** A line of the log as it may be written: document contents reduced to their length, secret-looking values masked. */
export function maskTraffic(line: string): string {
  const withoutTexts = line.replace(
    DOCUMENT_TEXT,
    (_whole, separator: string, text: string) => `"text"${separator}"<${decodedLength(text)} characters not logged>"`,
  );
  return maskSecretsInText(withoutTexts);
}

function decodedLength(jsonString: string): number {
  try {
    return (JSON.parse(`"${jsonString}"`) as string).length;
  } catch {
    return jsonString.length;
  }
}

export class MaskedLogChannel implements vscode.LogOutputChannel {
  constructor(private readonly channel: vscode.LogOutputChannel) {}

  get name(): string {
    return this.channel.name;
  }

  get logLevel(): vscode.LogLevel {
    return this.channel.logLevel;
  }

  get onDidChangeLogLevel(): vscode.Event<vscode.LogLevel> {
    return this.channel.onDidChangeLogLevel;
  }

  trace(message: string, ...args: unknown[]): void {
    this.channel.trace(maskTraffic(message), ...args.map(maskArgument));
  }

  debug(message: string, ...args: unknown[]): void {
    this.channel.debug(maskTraffic(message), ...args.map(maskArgument));
  }

  info(message: string, ...args: unknown[]): void {
    this.channel.info(maskTraffic(message), ...args.map(maskArgument));
  }

  warn(message: string, ...args: unknown[]): void {
    this.channel.warn(maskTraffic(message), ...args.map(maskArgument));
  }

  error(error: string | Error, ...args: unknown[]): void {
    this.channel.error(typeof error === 'string' ? maskTraffic(error) : maskTraffic(error.stack ?? error.message), ...args.map(maskArgument));
  }

  append(value: string): void {
    this.channel.append(maskTraffic(value));
  }

  appendLine(value: string): void {
    this.channel.appendLine(maskTraffic(value));
  }

  replace(value: string): void {
    this.channel.replace(maskTraffic(value));
  }

  clear(): void {
    this.channel.clear();
  }

  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean' || columnOrPreserveFocus === undefined) this.channel.show(columnOrPreserveFocus);
    else this.channel.show(columnOrPreserveFocus, preserveFocus);
  }

  hide(): void {
    this.channel.hide();
  }

  dispose(): void {
    this.channel.dispose();
  }
}

function maskArgument(argument: unknown): unknown {
  if (typeof argument === 'string') return maskTraffic(argument);
  if (argument instanceof Error) return maskTraffic(argument.stack ?? argument.message);
  if (argument && typeof argument === 'object') {
    try {
      return maskTraffic(JSON.stringify(argument));
    } catch {
      return '[unprintable]';
    }
  }
  return argument;
}
