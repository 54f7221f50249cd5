/**
 * The language server's one source of workspace trust. The server never executes project code on
 * its own say: whatever would (the Gen 2 `amplify/data/resource.ts` schema checks, for one) asks
 * this signal first. Both messages are declared in the shared contracts:
 *
 * - `initializationOptions.workspaceTrusted` — whether the workspace was trusted when the server
 *   started (every start and restart sends the current value). Absent means an editor that has no
 *   notion of trust (Neovim, Helix, the CLI): the server treats that as trusted, as those editors
 *   run project tooling freely.
 * - `WorkspaceTrustedNotification` (client → server, no params) — the user trusted the workspace
 *   after the server started untrusted. There is no "revoked": VS Code reloads the window when
 *   trust is withdrawn, which restarts the server with `workspaceTrusted: false`.
 */
import * as vscode from 'vscode';
import { WorkspaceTrustedNotification, type LensInitializationOptions } from 'amplify-lens-model/contracts';

/** The trust part of the server's initializationOptions. */
export function workspaceTrustInitializationOptions(trusted = vscode.workspace.isTrusted): Pick<LensInitializationOptions, 'workspaceTrusted'> {
  return { workspaceTrusted: trusted };
}

interface NotifiableClient {
  isRunning(): boolean;
  sendNotification(method: string): Promise<void>;
}

/**
 * Tells the running server (whichever `current` returns: restarts replace it) when trust is
 * granted; a server started afterwards learns it from its initialization options.
 */
export function forwardWorkspaceTrustGrant(current: () => NotifiableClient | undefined): vscode.Disposable {
  if (vscode.workspace.isTrusted) return new vscode.Disposable(() => {});
  return vscode.workspace.onDidGrantWorkspaceTrust(() => {
    const client = current();
    if (client?.isRunning()) void client.sendNotification(WorkspaceTrustedNotification.method).catch(() => {});
  });
}
