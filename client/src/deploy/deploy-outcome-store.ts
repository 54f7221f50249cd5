import type { DeployPhase } from 'amplify-lens-model/panels';

/** How the last deploy of an environment ended, kept across restarts. */
export interface DeployOutcome {
  /** `environmentKey` of the env (project root, kind, name). */
  envKey: string;
  envName: string;
  /** The command as typed (`amplify push --yes`). */
  command: string;
  phase: DeployPhase;
  startedAt: number;
  endedAt: number;
  resourcesChanged: number;
  failureReason?: string;
}

/** The part of `vscode.Memento` the store uses. */
export interface OutcomeMemento {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

const STATE_KEY = 'amplifyLens.deploy.lastOutcomes';
const KEPT = 200;

/** The last outcome per env, in the workspace state; the Environments tree reads it through `lastDeployOutcome`. */
export class DeployOutcomeStore {
  constructor(private readonly memento: OutcomeMemento) {}

  get(envKey: string): DeployOutcome | undefined {
    return this.all()[envKey];
  }

  async record(outcome: DeployOutcome): Promise<void> {
    const entries = Object.entries({ ...this.all(), [outcome.envKey]: outcome })
      .sort(([, a], [, b]) => b.endedAt - a.endedAt)
      .slice(0, KEPT);
    await this.memento.update(STATE_KEY, Object.fromEntries(entries));
  }

  private all(): Record<string, DeployOutcome> {
    return this.memento.get<Record<string, DeployOutcome>>(STATE_KEY) ?? {};
  }
}

let lookup: ((envKey: string) => DeployOutcome | undefined) | undefined;

/** Lets the views read outcomes without holding the store (they are built before deploys exist). */
export function provideDeployOutcomes(store: DeployOutcomeStore | undefined): void {
  lookup = store && ((envKey) => store.get(envKey));
}

export function lastDeployOutcome(envKey: string): DeployOutcome | undefined {
  return lookup?.(envKey);
}

const PHASE_WORDS: Record<DeployPhase, string> = {
  starting: 'started',
  'in-progress': 'running',
  succeeded: 'succeeded',
  failed: 'failed',
  'rolled-back': 'rolled back',
  cancelled: 'cancelled',
};

/** "last deploy failed" for the tree's description; the tooltip adds when and why. */
export function outcomeWords(outcome: DeployOutcome): string {
  return `last deploy ${PHASE_WORDS[outcome.phase]}`;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
}
