/**
 * Messages between the deploy timeline panel (webviews/deploy-timeline) and its host. The host
 * sends whole snapshots: a deploy of 300 resources is a few tens of kilobytes, and a snapshot can
 * never leave the panel out of step with CloudFormation the way a lost delta could.
 */

/** A file in the project that a failure points into (a schema error, a function build error). */
export interface ProjectLink {
  /** Absolute path of the file; the host checks it lies in the workspace before opening it. */
  path: string;
  /** 1-based, when known. */
  line?: number;
  column?: number;
  /** What the link says ("schema.graphql:12"). */
  label: string;
}

export interface TimelineStatusChange {
  /** CloudFormation's status (`CREATE_IN_PROGRESS`, `UPDATE_FAILED`, …). */
  status: string;
  /** Milliseconds since the epoch, the event's timestamp. */
  at: number;
  reason?: string;
}

export interface TimelineResource {
  /** Unique within the deploy: `<stack name>/<logical id>`. */
  key: string;
  logicalId: string;
  resourceType: string;
  physicalId?: string;
  /** Oldest first. */
  changes: TimelineStatusChange[];
  /** Set when this resource failed with a reason of its own (not "Resource update cancelled"). */
  failure?: { reason: string; link?: ProjectLink };
}

export interface TimelineStack {
  name: string;
  /** The stack ARN. */
  id: string;
  /** The nested stack's logical id in its parent (`apiblog`, `authblogauth`); absent for the root. */
  logicalId?: string;
  parentName?: string;
  /** 0 for the root stack. */
  depth: number;
  changes: TimelineStatusChange[];
  resources: TimelineResource[];
}

export type DeployPhase = 'starting' | 'in-progress' | 'succeeded' | 'failed' | 'rolled-back' | 'cancelled';

export interface DeployTimelineSnapshot {
  deployId: string;
  envName: string;
  /** The command as the user would type it (`amplify push --yes`, `npx ampx sandbox --once`). */
  command: string;
  startedAt: number;
  endedAt?: number;
  phase: DeployPhase;
  counts: { done: number; inProgress: number; failed: number; total?: number };
  /** Root first, then nested stacks in the order they appeared. */
  stacks: TimelineStack[];
  /**
   * The CLI failed before CloudFormation started (the transformer refused the schema, the type check
   * failed, the build broke): nothing was deployed, and this is why, with the place it points to.
   */
  notDeployed?: { reason: string; link?: ProjectLink };
}

export type DeployTimelineToWebview =
  /** `cancellable`: the deploy still runs and can be stopped (the panel offers Cancel). */
  { type: 'snapshot'; timeline: DeployTimelineSnapshot; cancellable: boolean } | { type: 'empty'; message: string };

/** The timeline offers no command: its intents are links, the console, copy and Cancel, each handled by its own message. */
export type DeployTimelineFromWebview =
  | { type: 'ready' }
  | { type: 'openLink'; link: ProjectLink }
  | { type: 'openStackInConsole'; stackId: string }
  | { type: 'cancelDeploy'; deployId: string }
  | { type: 'copy'; text: string };
