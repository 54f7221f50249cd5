import type { Stack } from '../aws/aws-types';
import type { AmplifyEnvironment } from '../environments/environment-types';
import { isInProgress } from 'amplify-lens-model/presentation';

/**
 * The rules that keep a deploy from hurting: one deploy per environment at a time, no push into a
 * stack CloudFormation is still working on, and a question before deploying an env that is not
 * the checked-out one (for Gen 1 that means `amplify env checkout` first).
 */
export class DeployLocks {
  private readonly held = new Map<string, string>();

  /** Takes the env's lock, or answers what already holds it. */
  acquire(envKey: string, holder: string): { release(): void } | { heldBy: string } {
    const current = this.held.get(envKey);
    if (current !== undefined) return { heldBy: current };
    this.held.set(envKey, holder);
    return { release: () => this.held.get(envKey) === holder && this.held.delete(envKey) };
  }

  isHeld(envKey: string): boolean {
    return this.held.has(envKey);
  }
}

export interface StackDescriber {
  describeStack(nameOrId: string, signal?: AbortSignal): Promise<Stack | undefined>;
}

/** Why a deploy must wait for CloudFormation, or undefined when the root stack is at rest (or not created yet). */
export async function busyStackReason(reader: StackDescriber, rootStackName: string, signal?: AbortSignal): Promise<string | undefined> {
  const stack = await reader.describeStack(rootStackName, signal);
  if (!stack || !isInProgress(stack.status)) return undefined;
  return `CloudFormation is still working on ${stack.name} (${stack.status}${stack.statusReason ? `: ${stack.statusReason}` : ''}). Wait until it finishes, then deploy again.`;
}

export type EnvSwitch = { kind: 'none' } | { kind: 'gen1-checkout'; from?: string; to: string } | { kind: 'other-sandbox'; name: string };

/** What deploying this environment means besides the deploy itself. */
export function envSwitchFor(environment: Pick<AmplifyEnvironment, 'kind' | 'name' | 'isCurrent'>, currentGen1Env?: string): EnvSwitch {
  if (environment.isCurrent) return { kind: 'none' };
  if (environment.kind === 'gen1-env') return { kind: 'gen1-checkout', from: currentGen1Env, to: environment.name };
  if (environment.kind === 'gen2-sandbox') return { kind: 'other-sandbox', name: environment.name };
  return { kind: 'none' };
}

export function envSwitchQuestion(change: EnvSwitch): string | undefined {
  switch (change.kind) {
    case 'gen1-checkout':
      return `"${change.to}" is not the current environment${change.from ? ` (${change.from} is)` : ''}. Check out ${change.to} (amplify env checkout ${change.to}) and push to it?`;
    case 'other-sandbox':
      return `The sandbox "${change.name}" is not yours. Deploy it with --identifier ${change.name}?`;
    default:
      return undefined;
  }
}
