/**
 * The shapes the fake CloudFormation keeps: stacks with their resources, events and template metadata.
 * They mirror what CloudFormation itself stores, named the way the service names them, so the wire
 * serializers are a straight mapping and tests can read the state without translation.
 */

/** Every stack status the service reports (CloudFormation API reference, `StackStatus`). */
export const STACK_STATUSES = [
  'CREATE_IN_PROGRESS',
  'CREATE_FAILED',
  'CREATE_COMPLETE',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_FAILED',
  'ROLLBACK_COMPLETE',
  'DELETE_IN_PROGRESS',
  'DELETE_FAILED',
  'DELETE_COMPLETE',
  'UPDATE_IN_PROGRESS',
  'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
  'UPDATE_COMPLETE',
  'UPDATE_FAILED',
  'UPDATE_ROLLBACK_IN_PROGRESS',
  'UPDATE_ROLLBACK_FAILED',
  'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS',
  'UPDATE_ROLLBACK_COMPLETE',
  'REVIEW_IN_PROGRESS',
  'IMPORT_IN_PROGRESS',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_IN_PROGRESS',
  'IMPORT_ROLLBACK_FAILED',
  'IMPORT_ROLLBACK_COMPLETE',
] as const;
export type StackStatus = (typeof STACK_STATUSES)[number];

/** Resource statuses (`ResourceStatus`); a stack's own events carry a `StackStatus` in the same field. */
export const RESOURCE_STATUSES = [
  'CREATE_IN_PROGRESS',
  'CREATE_FAILED',
  'CREATE_COMPLETE',
  'DELETE_IN_PROGRESS',
  'DELETE_FAILED',
  'DELETE_COMPLETE',
  'DELETE_SKIPPED',
  'UPDATE_IN_PROGRESS',
  'UPDATE_FAILED',
  'UPDATE_COMPLETE',
  'UPDATE_ROLLBACK_IN_PROGRESS',
  'UPDATE_ROLLBACK_FAILED',
  'UPDATE_ROLLBACK_COMPLETE',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_FAILED',
  'ROLLBACK_COMPLETE',
  'IMPORT_IN_PROGRESS',
  'IMPORT_FAILED',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_IN_PROGRESS',
  'IMPORT_ROLLBACK_FAILED',
  'IMPORT_ROLLBACK_COMPLETE',
] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];
export type EventStatus = StackStatus | ResourceStatus;

/** The actions the fake answers. */
export const CLOUDFORMATION_ACTIONS = [
  'ListStacks',
  'DescribeStacks',
  'DescribeStackEvents',
  'DescribeStackResources',
  'ListStackResources',
  'GetTemplateSummary',
] as const;
export type CloudFormationAction = (typeof CLOUDFORMATION_ACTIONS)[number];

export const NESTED_STACK_TYPE = 'AWS::CloudFormation::Stack';

export interface FakeOutput {
  key: string;
  value: string;
  description?: string;
  exportName?: string;
}

export interface FakeStackResource {
  logicalId: string;
  /** Empty until the resource exists, as in the service. */
  physicalId?: string;
  type: string;
  status: ResourceStatus;
  statusReason?: string;
  description?: string;
  lastUpdated: Date;
}

export interface FakeStackEvent {
  eventId: string;
  stackId: string;
  stackName: string;
  logicalId: string;
  physicalId?: string;
  resourceType: string;
  timestamp: Date;
  status: EventStatus;
  statusReason?: string;
  resourceProperties?: string;
  clientRequestToken?: string;
}

export interface FakeStack {
  name: string;
  /** The stack ARN: `arn:aws:cloudformation:<region>:<account>:stack/<name>/<uuid>`. */
  id: string;
  status: StackStatus;
  statusReason?: string;
  /** The template's Description (Amplify stores its attribution JSON there). */
  description?: string;
  creationTime: Date;
  lastUpdatedTime?: Date;
  deletionTime?: Date;
  /** Insertion-ordered, as the service returns them. */
  tags: Record<string, string>;
  outputs: FakeOutput[];
  parameters: Record<string, string>;
  capabilities: string[];
  parentId?: string;
  rootId?: string;
  resources: FakeStackResource[];
  /** Oldest first; the service answers newest first. */
  events: FakeStackEvent[];
  /** The template's top-level `Metadata` section, returned by GetTemplateSummary as a JSON string. */
  templateMetadata?: Record<string, unknown>;
}

export interface FakeResourceInput {
  logicalId: string;
  type: string;
  physicalId?: string;
  status?: ResourceStatus;
  statusReason?: string;
  description?: string;
  lastUpdated?: Date;
}

export interface FakeStackInput {
  /** Required for root stacks; nested stacks get `<parent>-<logicalId>-<SUFFIX>` when omitted, like the service. */
  name?: string;
  /** Nest the stack under a parent (name or ARN); the parent gains an `AWS::CloudFormation::Stack` resource. */
  parent?: { stack: string; logicalId: string };
  status?: StackStatus;
  statusReason?: string;
  description?: string;
  creationTime?: Date;
  lastUpdatedTime?: Date;
  tags?: Record<string, string>;
  outputs?: FakeOutput[] | Record<string, string>;
  parameters?: Record<string, string>;
  capabilities?: string[];
  resources?: FakeResourceInput[];
  templateMetadata?: Record<string, unknown>;
}

/** A request the server answered, for assertions on what the client asked. `params` leaves out Action and Version. */
export interface RecordedRequest {
  action: string;
  params: Record<string, string>;
  /** The access key id of the request's signature (`Credential=<id>/…`). */
  signedBy?: string;
}
