/**
 * Plain shapes of what Lens reads from CloudFormation. Everything above `client/src/aws` works on
 * these, never on SDK types, so views and webviews are tested without AWS.
 */
export type StackStatus = string; // CloudFormation's StackStatus, e.g. 'UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE'

export interface StackOutput {
  key: string;
  value: string;
  description?: string;
  exportName?: string;
}

export interface Stack {
  name: string;
  id: string; // the stack ARN
  status: StackStatus;
  statusReason?: string;
  createdAt: Date;
  lastUpdatedAt?: Date;
  tags: Record<string, string>;
  outputs: StackOutput[];
  parameters: Record<string, string>;
  /** ARN of the parent and root stack, for nested stacks. */
  parentId?: string;
  rootId?: string;
  driftStatus?: 'DRIFTED' | 'IN_SYNC' | 'UNKNOWN' | 'NOT_CHECKED';
}

export interface StackSummary {
  name: string;
  id: string;
  status: StackStatus;
  statusReason?: string;
  createdAt: Date;
  lastUpdatedAt?: Date;
  deletedAt?: Date;
  parentId?: string;
  rootId?: string;
  driftStatus?: 'DRIFTED' | 'IN_SYNC' | 'UNKNOWN' | 'NOT_CHECKED';
}

/** What GetTemplateSummary tells about a deployed stack's template (Gen 2 keeps its output index in Metadata). */
export interface TemplateSummary {
  description?: string;
  /** The template's top-level `Metadata`, parsed; undefined when absent or not JSON. */
  metadata?: Record<string, unknown>;
  resourceTypes: string[];
}

export interface StackEvent {
  id: string;
  stackName: string;
  stackId: string;
  logicalId: string;
  physicalId?: string;
  resourceType: string;
  status: string;
  statusReason?: string;
  timestamp: Date;
}

export interface StackResource {
  /** The stack the resource belongs to, when a list spans several stacks. */
  stackName?: string;
  logicalId: string;
  physicalId?: string;
  resourceType: string;
  status: string;
  statusReason?: string;
  lastUpdatedAt?: Date;
}

/** An AWS error in a person's words, with the command that fixes it (see aws-problem-classifier). */
export interface AwsProblem {
  kind: 'no-credentials' | 'sso-expired' | 'access-denied' | 'throttled' | 'network' | 'not-found' | 'unknown';
  message: string;
  /** A command id and title that fixes it, when there is one. */
  action?: { title: string; command: string; arguments?: unknown[] };
}
