/**
 * The language client's log, with what it must never write taken out. While
 * `amplifyLens.trace.server` is on, vscode-languageclient 11 logs the traffic with the server
 * (through server-traffic-channel.ts, into this log), and `verbose` adds each message's
 * parameters: whole files on open and on
 * every change, secrets included. This channel is what the client is given: every line passes
 * `maskTraffic` before the real channel gets it.
 */
import { maskSecretsInText } from 'amplify-lens-model/secrets';
import { ForwardingLogChannel } from './forwarding-log-channel';

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

export class MaskedLogChannel extends ForwardingLogChannel {
  override trace(message: string, ...args: unknown[]): void {
    this.target.trace(maskTraffic(message), ...args.map(maskArgument));
  }

  override debug(message: string, ...args: unknown[]): void {
    this.target.debug(maskTraffic(message), ...args.map(maskArgument));
  }

  override info(message: string, ...args: unknown[]): void {
    this.target.info(maskTraffic(message), ...args.map(maskArgument));
  }

  override warn(message: string, ...args: unknown[]): void {
    this.target.warn(maskTraffic(message), ...args.map(maskArgument));
  }

  override error(error: string | Error, ...args: unknown[]): void {
    this.target.error(typeof error === 'string' ? maskTraffic(error) : maskTraffic(error.stack ?? error.message), ...args.map(maskArgument));
  }

  override append(value: string): void {
    this.target.append(maskTraffic(value));
  }

  override appendLine(value: string): void {
    this.target.appendLine(maskTraffic(value));
  }

  override replace(value: string): void {
    this.target.replace(maskTraffic(value));
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
