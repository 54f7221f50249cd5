/**
 * Messages between the environment overview panel (webviews/environment-overview) and its host.
 * Dates travel as milliseconds since the epoch: messages are structured-cloned JSON.
 */
import type { ProjectLink } from './deploy-timeline-protocol';

export interface OverviewStack {
  name: string;
  id: string;
  /** `api`, `auth`, … for a category's stack, `api (nested)` for the stacks under it; absent for the root. */
  category?: string;
  status: string;
  statusReason?: string;
  lastUpdatedAt?: number;
}

export interface OverviewResource {
  category: string;
  name: string;
  status?: string;
  definition?: ProjectLink;
}

export interface OverviewOutput {
  label: string;
  /** Secrets (API keys) arrive masked; the panel asks the host to copy the real value. */
  value: string;
  masked: boolean;
  source: string;
}

export interface OverviewEvent {
  stackName: string;
  logicalId: string;
  resourceType: string;
  status: string;
  reason?: string;
  at: number;
}

export interface EnvironmentOverview {
  /** Stable key of the environment across refreshes (`environmentKey` of client/src/views). */
  key: string;
  name: string;
  kind: 'gen1-env' | 'gen2-sandbox' | 'gen2-branch';
  isCurrent: boolean;
  health: string;
  healthReason?: string;
  region?: string;
  profile?: string;
  lastDeployedAt?: number;
  /** Root first. */
  stacks: OverviewStack[];
  resources: OverviewResource[];
  outputs: OverviewOutput[];
  /** The latest deploy's events, newest first. */
  events: OverviewEvent[];
  /** Why part of the overview could not be read, with the command that fixes it. */
  problem?: { message: string; action?: { title: string; command: string } };
  /**
   * CloudFormation could not be read (health is `unknown`): the stacks, resources and outputs are
   * the last known ones, read at `since`, when the environment was `lastHealth`.
   */
  stale?: { since: number; reason: string; lastHealth: string };
}

export type EnvironmentOverviewToWebview =
  | { type: 'overview'; overview: EnvironmentOverview }
  | { type: 'loading'; name: string }
  | { type: 'problem'; message: string; action?: { title: string; command: string } };

/**
 * The commands the overview offers, and so the only ones it may ask the host to run: the fixes of
 * its problem banner (choose a profile or region, sign in, refresh). A page is untrusted input, so
 * the host runs nothing else, and none of these deploys or runs the CLI.
 */
export const ENVIRONMENT_OVERVIEW_COMMANDS = [
  'amplifyLens.selectProfile',
  'amplifyLens.selectRegion',
  'amplifyLens.ssoLogin',
  'amplifyLens.refreshEnvironments',
] as const;

export type EnvironmentOverviewCommand = (typeof ENVIRONMENT_OVERVIEW_COMMANDS)[number];

export function isEnvironmentOverviewCommand(command: unknown): command is EnvironmentOverviewCommand {
  return (ENVIRONMENT_OVERVIEW_COMMANDS as readonly unknown[]).includes(command);
}

export type EnvironmentOverviewFromWebview =
  | { type: 'ready' }
  | { type: 'refresh' }
  | { type: 'copyOutput'; label: string; source: string }
  | { type: 'openLink'; link: ProjectLink }
  | { type: 'openStackInConsole'; stackId: string }
  | { type: 'runCommand'; command: string };
