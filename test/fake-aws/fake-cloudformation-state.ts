import { injectedError, type AwsQueryError, type InjectableErrorCode } from './aws-query-error';
import {
  NESTED_STACK_TYPE,
  RESOURCE_STATUSES,
  type CloudFormationAction,
  type EventStatus,
  type FakeOutput,
  type FakeStack,
  type FakeStackEvent,
  type FakeStackInput,
  type ResourceStatus,
  type StackStatus,
} from './cloudformation-model';
import { DeterministicIds, isStackArn, stackArn } from './fake-ids';

export interface FakeCloudFormationStateOptions {
  region?: string;
  accountId?: string;
  /** Seed of the generated ids (stack UUIDs, name suffixes); the same seed gives the same ids. */
  idSeed?: string;
  /** Source of "now" for mutators called without a time; readings are made strictly increasing. */
  clock?: () => Date;
}

export interface EventInput {
  /** Defaults to the stack itself (a stack-level event). */
  logicalId?: string;
  physicalId?: string;
  resourceType?: string;
  status: EventStatus;
  statusReason?: string;
  timestamp?: Date;
  resourceProperties?: string;
  clientRequestToken?: string;
}

export interface InjectErrorOptions {
  message?: string;
  /** How many requests fail before the action works again; unlimited when omitted. */
  times?: number;
}

interface InjectedError {
  action: CloudFormationAction | '*';
  code: InjectableErrorCode;
  message?: string;
  remaining: number;
}

const OPERATION_STARTS: ReadonlySet<StackStatus> = new Set([
  'CREATE_IN_PROGRESS',
  'UPDATE_IN_PROGRESS',
  'DELETE_IN_PROGRESS',
  'IMPORT_IN_PROGRESS',
]);
const RESOURCE_STATUS_SET: ReadonlySet<string> = new Set(RESOURCE_STATUSES);

/**
 * What the fake CloudFormation knows: the account's stacks in one region, and the errors a test has
 * asked it to answer with. Mutators keep the bookkeeping the service does: a status change writes a
 * stack event, a nested stack's status shows on its parent's `AWS::CloudFormation::Stack` resource,
 * and a deleted stack keeps its record (DELETE_COMPLETE) but no longer answers to its name.
 */
export class FakeCloudFormationState {
  readonly region: string;
  readonly accountId: string;
  readonly ids: DeterministicIds;
  private readonly stacks: FakeStack[] = [];
  private readonly injected: InjectedError[] = [];
  private readonly clock: () => Date;
  private lastReading = 0;

  constructor(options: FakeCloudFormationStateOptions = {}) {
    this.region = options.region ?? 'eu-west-1';
    this.accountId = options.accountId ?? '123456789012';
    this.ids = new DeterministicIds(options.idSeed);
    this.clock = options.clock ?? (() => new Date());
  }

  /** Every stack ever added, deleted ones included, in the order they were added. */
  get allStacks(): readonly FakeStack[] {
    return this.stacks;
  }

  /** A stack by ARN (deleted ones too) or by name (live ones only), as the service resolves StackName. */
  findStack(nameOrId: string): FakeStack | undefined {
    if (isStackArn(nameOrId)) return this.stacks.find((stack) => stack.id === nameOrId);
    return this.stacks.find((stack) => stack.name === nameOrId && stack.status !== 'DELETE_COMPLETE');
  }

  getStack(nameOrId: string): FakeStack {
    const stack = this.findStack(nameOrId);
    if (!stack) throw new Error(`no stack ${nameOrId} in the fake CloudFormation state`);
    return stack;
  }

  /** The stacks directly nested in a stack, in the order of its resources. */
  nestedStacksOf(nameOrId: string): FakeStack[] {
    return this.getStack(nameOrId)
      .resources.filter((resource) => resource.type === NESTED_STACK_TYPE && resource.physicalId)
      .map((resource) => this.findStack(resource.physicalId ?? ''))
      .filter((stack): stack is FakeStack => stack !== undefined);
  }

  addStack(input: FakeStackInput): FakeStack {
    const parent = input.parent ? this.getStack(input.parent.stack) : undefined;
    const name = input.name ?? (parent && input.parent ? nestedStackName(parent.name, input.parent.logicalId, this.ids) : undefined);
    if (!name) throw new Error('a root stack needs a name');
    if (this.findStack(name)) throw new Error(`Stack [${name}] already exists`);
    const creationTime = input.creationTime ?? this.now();
    const stack: FakeStack = {
      name,
      id: stackArn(this.region, this.accountId, name, this.ids.uuid()),
      status: input.status ?? 'CREATE_COMPLETE',
      statusReason: input.statusReason,
      description: input.description,
      creationTime,
      lastUpdatedTime: input.lastUpdatedTime,
      // CloudFormation propagates a stack's tags to the stacks nested in it.
      tags: { ...(input.tags ?? parent?.tags ?? {}) },
      outputs: toOutputs(input.outputs),
      parameters: { ...(input.parameters ?? {}) },
      capabilities: [...(input.capabilities ?? [])],
      parentId: parent?.id,
      rootId: parent ? (parent.rootId ?? parent.id) : undefined,
      resources: (input.resources ?? []).map((resource) => ({
        ...resource,
        status: resource.status ?? 'CREATE_COMPLETE',
        lastUpdated: resource.lastUpdated ?? creationTime,
      })),
      events: [],
      templateMetadata: input.templateMetadata,
    };
    this.stacks.push(stack);
    if (parent && input.parent) this.linkNestedStack(parent, input.parent.logicalId, stack);
    return stack;
  }

  /**
   * Moves a stack to a new status and writes the event the service would. The first event of an
   * operation on a root stack reads "User Initiated"; a nested stack's change also shows on its
   * parent's resource (before the nested stack's own event when starting, after it when finishing).
   */
  updateStatus(nameOrId: string, status: StackStatus, reason?: string, at?: Date): FakeStackEvent {
    const stack = this.getStack(nameOrId);
    const time = at ?? this.now();
    const starting = OPERATION_STARTS.has(status);
    const mirrorOnParent = () => {
      if (stack.parentId && RESOURCE_STATUS_SET.has(status)) {
        const parentReason = status.endsWith('_FAILED') ? reason : undefined;
        this.updateResourceStatus(stack.parentId, this.logicalIdInParent(stack), status as ResourceStatus, parentReason, time);
      }
    };
    if (starting) mirrorOnParent();
    stack.status = status;
    stack.statusReason = reason ?? (starting && !stack.parentId ? 'User Initiated' : undefined);
    if (status === 'UPDATE_IN_PROGRESS' || status === 'IMPORT_IN_PROGRESS') stack.lastUpdatedTime = time;
    if (status === 'DELETE_COMPLETE') stack.deletionTime = time;
    const event = this.addEvent(stack.id, { status, statusReason: stack.statusReason, timestamp: time });
    if (!starting) mirrorOnParent();
    return event;
  }

  /** Moves one resource of a stack to a new status and writes its event. */
  updateResourceStatus(nameOrId: string, logicalId: string, status: ResourceStatus, reason?: string, at?: Date): FakeStackEvent {
    const stack = this.getStack(nameOrId);
    const resource = stack.resources.find((candidate) => candidate.logicalId === logicalId);
    if (!resource) throw new Error(`stack ${stack.name} has no resource ${logicalId}`);
    const time = at ?? this.now();
    resource.status = status;
    resource.statusReason = reason;
    resource.lastUpdated = time;
    return this.addEvent(stack.id, { logicalId, status, statusReason: reason, timestamp: time });
  }

  /** Appends an event as given; physical id and type default from the stack or the named resource. */
  addEvent(nameOrId: string, input: EventInput): FakeStackEvent {
    const stack = this.getStack(nameOrId);
    const logicalId = input.logicalId ?? stack.name;
    const stackLevel = logicalId === stack.name;
    const resource = stackLevel ? undefined : stack.resources.find((candidate) => candidate.logicalId === logicalId);
    const timestamp = input.timestamp ?? this.now();
    const event: FakeStackEvent = {
      // The service names stack-level events by UUID and resource events by logical id, status and time.
      eventId: stackLevel ? this.ids.uuid() : `${logicalId}-${input.status}-${timestamp.toISOString()}`,
      stackId: stack.id,
      stackName: stack.name,
      logicalId,
      physicalId: input.physicalId ?? (stackLevel ? stack.id : resource?.physicalId),
      resourceType: input.resourceType ?? (stackLevel ? NESTED_STACK_TYPE : (resource?.type ?? 'AWS::CloudFormation::WaitCondition')),
      timestamp,
      status: input.status,
      statusReason: input.statusReason,
      resourceProperties: input.resourceProperties,
      clientRequestToken: input.clientRequestToken,
    };
    stack.events.push(event);
    return event;
  }

  /**
   * Deletes a stack the way the service does: DELETE_IN_PROGRESS, its resources and nested stacks
   * deleted last-to-first, then DELETE_COMPLETE. The record stays, reachable by ARN and in ListStacks.
   */
  deleteStack(nameOrId: string, at?: Date): void {
    const stack = this.getStack(nameOrId);
    if (stack.status === 'DELETE_COMPLETE') throw new Error(`stack ${stack.name} is already deleted`);
    this.updateStatus(stack.id, 'DELETE_IN_PROGRESS', undefined, at);
    for (const resource of [...stack.resources].reverse()) {
      if (resource.status === 'DELETE_COMPLETE') continue;
      const nested = resource.type === NESTED_STACK_TYPE && resource.physicalId ? this.findStack(resource.physicalId) : undefined;
      if (nested && nested.status !== 'DELETE_COMPLETE') {
        this.deleteStack(nested.id);
      } else {
        this.updateResourceStatus(stack.id, resource.logicalId, 'DELETE_IN_PROGRESS');
        this.updateResourceStatus(stack.id, resource.logicalId, 'DELETE_COMPLETE');
      }
    }
    this.updateStatus(stack.id, 'DELETE_COMPLETE');
  }

  /** Makes an action (or every action, `'*'`) answer with an error until cleared or used up. */
  injectError(action: CloudFormationAction | '*', code: InjectableErrorCode, options: InjectErrorOptions = {}): void {
    this.injected.push({ action, code, message: options.message, remaining: options.times ?? Infinity });
  }

  clearInjectedErrors(): void {
    this.injected.length = 0;
  }

  /** The error to answer this request with, if one was injected; counts it against its `times`. */
  takeInjectedError(action: CloudFormationAction): AwsQueryError | undefined {
    const index = this.injected.findIndex((entry) => entry.action === action || entry.action === '*');
    if (index < 0) return undefined;
    const entry = this.injected[index];
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.injected.splice(index, 1);
    return injectedError(entry.code, action, entry.message);
  }

  /** The clock's reading, nudged forward so no two events of one run share a timestamp. */
  now(): Date {
    const reading = Math.max(this.clock().getTime(), this.lastReading + 1);
    this.lastReading = reading;
    return new Date(reading);
  }

  private linkNestedStack(parent: FakeStack, logicalId: string, nested: FakeStack): void {
    const status = RESOURCE_STATUS_SET.has(nested.status) ? (nested.status as ResourceStatus) : 'CREATE_COMPLETE';
    const existing = parent.resources.find((resource) => resource.logicalId === logicalId);
    if (existing) {
      existing.physicalId = nested.id;
      existing.type = NESTED_STACK_TYPE;
      return;
    }
    parent.resources.push({ logicalId, type: NESTED_STACK_TYPE, physicalId: nested.id, status, lastUpdated: nested.creationTime });
  }

  private logicalIdInParent(stack: FakeStack): string {
    const parent = this.getStack(stack.parentId ?? '');
    const resource = parent.resources.find((candidate) => candidate.physicalId === stack.id);
    if (!resource) throw new Error(`stack ${parent.name} has no resource for nested stack ${stack.name}`);
    return resource.logicalId;
  }
}

/** CloudFormation names a nested stack `<parent name>-<logical id>-<random suffix>`. */
function nestedStackName(parentName: string, logicalId: string, ids: DeterministicIds): string {
  return `${parentName}-${logicalId}-${ids.upperAlphanumeric(12)}`;
}

function toOutputs(outputs: FakeStackInput['outputs']): FakeOutput[] {
  if (!outputs) return [];
  if (Array.isArray(outputs)) return outputs.map((output) => ({ ...output }));
  return Object.entries(outputs).map(([key, value]) => ({ key, value }));
}
