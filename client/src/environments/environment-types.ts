import type { EnvironmentHealth } from 'amplify-lens-model/panels';
import type { AwsProblem, Stack, StackEvent, StackOutput, StackResource } from '../aws/aws-types';

/** What a user calls an environment: a Gen 1 env, a Gen 2 sandbox or a Gen 2 branch deployment. */
export type EnvironmentKind = 'gen1-env' | 'gen2-sandbox' | 'gen2-branch';

export type { EnvironmentHealth };

export type ResourceCategory = 'api' | 'auth' | 'storage' | 'function' | 'hosting' | 'custom' | 'data' | 'other';

export interface EnvironmentResource {
  category: ResourceCategory;
  /** The resource's name in the project (`blog`, `summarizePost`, `auth`, `say-hello`). */
  name: string;
  /** Its nested stack, when deployed. */
  stack?: Stack;
  status?: string;
  /** The file that defines it (Gen 1: its folder's cli-inputs.json/parameters.json; Gen 2: its resource.ts). */
  definitionPath?: string;
}

export interface EnvironmentOutput {
  /** Human label ("GraphQL endpoint", "User pool id", "Bucket", "Function name"). */
  label: string;
  value: string;
  /** Which resource or stack output it came from. */
  source: string;
}

export interface AmplifyEnvironment {
  kind: EnvironmentKind;
  /** Gen 1 env name, Gen 2 sandbox identifier or branch name. */
  name: string;
  /** The project folder this environment belongs to. */
  projectRoot: string;
  isCurrent: boolean;
  region?: string;
  profile?: string;
  rootStackName?: string;
  rootStack?: Stack;
  nestedStacks: Stack[];
  health: EnvironmentHealth;
  /** Short reason for failed/rolled-back states (the root stack's StackStatusReason). */
  healthReason?: string;
  lastDeployedAt?: Date;
  resources: EnvironmentResource[];
  outputs: EnvironmentOutput[];
  rawOutputs: StackOutput[];
  /**
   * Set when CloudFormation could not be read: the stacks, resources and outputs are the last known
   * ones, read at `since` (health is `unknown`, `healthReason` says why). See last-known-state.ts.
   */
  stale?: { since: Date; reason: string; lastHealth: EnvironmentHealth };
}

export interface EnvironmentDetails {
  environment: AmplifyEnvironment;
  resources: StackResource[];
  /** The latest deploy's events across the root and nested stacks, newest first. */
  recentEvents: StackEvent[];
  /** Why the details could not be read in full, when they could not. */
  problem?: EnvironmentLoadProblem;
}

/**
 * A problem loading environments, shown in the tree with the action that fixes it: one AWS gave
 * (classified in aws/), or `no-stacks` when AWS answered but holds none of the project's stacks.
 */
export interface EnvironmentLoadProblem extends Omit<AwsProblem, 'kind'> {
  kind: AwsProblem['kind'] | 'no-stacks';
}

export interface EnvironmentsSnapshot {
  projectRoot: string;
  generation: 1 | 2;
  environments: AmplifyEnvironment[];
  problem?: EnvironmentLoadProblem;
  loadedAt: Date;
  /** The load was cancelled (a newer refresh replaced it); callers drop such a snapshot. */
  cancelled?: boolean;
  /** Gen 2: the Amplify apps whose branch deployments were listed, and how they were found. */
  gen2Apps?: { appIds: string[]; source: 'setting' | 'amplify_outputs.json' | 'none' };
}
