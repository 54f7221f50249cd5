/**
 * The Environments view's message when a Gen 2 project's branch deployments cannot be listed: no
 * `amplifyLens.gen2AppIds`, and an amplify_outputs.json that leads to no branch (see
 * environments/gen2-app-discovery.ts). Says how to let Lens know the app.
 */
import { basename } from 'node:path';
import type { EnvironmentsSnapshot } from '../environments/environment-types';

export function gen2BranchHint(snapshots: readonly EnvironmentsSnapshot[]): string | undefined {
  const unknown = snapshots.filter((snapshot) => snapshot.generation === 2 && !snapshot.cancelled && snapshot.gen2Apps?.source === 'none');
  if (unknown.length === 0) return undefined;
  const names = unknown.map((snapshot) => basename(snapshot.projectRoot)).join(', ');
  return `Branch deployments of ${names} are not listed: Lens does not know the Amplify app. Generate amplify_outputs.json from a branch (npx ampx generate outputs --app-id <app id> --branch <branch>), or add the app id to the setting amplifyLens.gen2AppIds.`;
}
