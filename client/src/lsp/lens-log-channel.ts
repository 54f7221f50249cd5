/**
 * The extension's one log: the "Amplify Lens" log channel (Output view, with levels). The language
 * client writes there, and so do the AWS calls (`aws/sdk-call-log.ts`), the CLI runs
 * (`deploy/cli-process.ts`) and the log tails (`logs/tail-session-log.ts`), each through a small
 * interface the extension hands it. One channel rather than a second "Amplify Lens (AWS and CLI)":
 * a failed deploy, the AWS error behind a view's "unknown" and the server's restart then read in
 * order in the place the walkthrough and "Show Server Output" already open, and the levels keep
 * them apart: failures and runs at Info and Warning, each AWS call's success at Debug. The language
 * server's traffic is written only while `amplifyLens.trace.server` asks for it
 * (server-traffic-channel.ts; `verbose` adds the messages' parameters). Every line passes the
 * masking channel first, so no document text, credential or secret-looking value is written.
 */
import * as vscode from 'vscode';
import { MaskedLogChannel } from './masked-log-channel';

export const LENS_LOG_CHANNEL_NAME = 'Amplify Lens';

export function createLensLogChannel(): vscode.LogOutputChannel {
  return new MaskedLogChannel(vscode.window.createOutputChannel(LENS_LOG_CHANNEL_NAME, { log: true }));
}
