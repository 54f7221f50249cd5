import type { StackEvent } from '../aws/aws-types';
import { isFailed, isInProgress, isOperationStart, isRolledBack } from 'amplify-lens-model/presentation';
import type { DeployPhase, DeployTimelineSnapshot, TimelineResource, TimelineStack, TimelineStatusChange } from 'amplify-lens-model/panels';
import { projectLinkFor, type ProjectLinkContext } from './project-links';

const NESTED_STACK_TYPE = 'AWS::CloudFormation::Stack';
/** Reasons that only point at another resource's failure; the cause is elsewhere. */
const PASS_ON_REASONS = [
  /^Resource (creation|update|deletion) cancelled/i,
  /^The following resource\(s\) failed to/i,
  /^Embedded stack .* was not successfully/i,
];

export interface DeployTimelineModelOptions {
  deployId: string;
  envName: string;
  command: string;
  startedAt: number;
  rootStackName?: string;
  links?: ProjectLinkContext;
}

interface StackEntry extends TimelineStack {
  resourceIndex: Map<string, TimelineResource>;
  /** The newest event about this stack in its parent (the parent starting it again during a rollback). */
  parentEventAt?: number;
}

/**
 * The deploy as the timeline shows it, built from CloudFormation events as they arrive: each stack
 * (the root, then nested stacks in the order they appeared) with its status changes and its
 * resources' changes, failures with their own reason and a link into the project, counts and the
 * phase. Events are de-duplicated by id, so the follower may hand the same event twice.
 */
export class DeployTimelineModel {
  private readonly stacks = new Map<string, StackEntry>();
  private readonly seen = new Set<string>();
  private rootName?: string;
  /** The root's operation started: earlier events (a clock-skew margin's worth) belong to the previous deploy. */
  private begun = false;
  private ended?: { phase: DeployPhase; at: number; notDeployed?: DeployTimelineSnapshot['notDeployed'] };
  private cached?: DeployTimelineSnapshot;

  constructor(private readonly options: DeployTimelineModelOptions) {
    if (options.rootStackName) this.setRoot(options.rootStackName);
  }

  get rootStackName(): string | undefined {
    return this.rootName;
  }

  setRoot(name: string, id = ''): void {
    if (this.rootName) return;
    this.rootName = name;
    this.stacks.set(name, { name, id, depth: 0, changes: [], resources: [], resourceIndex: new Map() });
    this.cached = undefined;
  }

  /** Every stack found so far (name → ARN). */
  stackIds(): { name: string; id: string }[] {
    return [...this.stacks.values()].map((stack) => ({ name: stack.name, id: stack.id || stack.name }));
  }

  /**
   * The stacks that may still write events: the root, nested stacks not finished, and finished ones
   * their parent has started again (a rollback). A finished nested stack writes nothing more, so a
   * 300-resource deploy is not polled stack by stack to the end.
   */
  activeStackIds(): { name: string; id: string }[] {
    return [...this.stacks.values()]
      .filter((stack) => {
        const last = stack.changes.at(-1);
        return stack.depth === 0 || !last || isInProgress(last.status) || (stack.parentEventAt ?? 0) > last.at;
      })
      .map((stack) => ({ name: stack.name, id: stack.id || stack.name }));
  }

  /** Takes events of any known stack, in any order; answers whether anything new arrived. */
  ingest(events: readonly StackEvent[]): boolean {
    let changed = false;
    const ordered = [...events].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
    for (const event of ordered) {
      if (this.seen.has(event.id)) continue;
      const stack = this.stacks.get(event.stackName);
      if (!stack) continue;
      this.seen.add(event.id);
      if (!this.begun) {
        if (stack.depth !== 0 || event.logicalId !== event.stackName || !isOperationStart(event.status)) continue;
        this.begun = true;
      }
      if (!stack.id) stack.id = event.stackId;
      changed = true;
      const change: TimelineStatusChange = { status: event.status, at: event.timestamp.getTime(), reason: event.statusReason };
      if (event.logicalId === event.stackName) insertChange(stack.changes, change);
      else if (event.resourceType === NESTED_STACK_TYPE) this.noteNestedStack(stack, event);
      else this.noteResource(stack, event, change);
    }
    if (changed) this.cached = undefined;
    return changed;
  }

  /** The runner's last word: the CLI's outcome may say more than CloudFormation (cancelled, failed before deploying). */
  finish(phase: DeployPhase | undefined, at: number, notDeployed?: DeployTimelineSnapshot['notDeployed']): void {
    this.ended = { phase: phase ?? this.cloudPhase(), at, notDeployed };
    this.cached = undefined;
  }

  /** Whether CloudFormation started an operation on the root stack in this deploy. */
  get cloudformationStarted(): boolean {
    return this.begun;
  }

  /** The phase CloudFormation's root stack shows. */
  cloudPhase(): DeployPhase {
    const root = this.rootName ? this.stacks.get(this.rootName) : undefined;
    const last = root?.changes.at(-1)?.status;
    if (!last) return 'starting';
    if (isInProgress(last)) return 'in-progress';
    if (isRolledBack(last)) return 'rolled-back';
    if (isFailed(last)) return 'failed';
    return 'succeeded';
  }

  snapshot(): DeployTimelineSnapshot {
    this.cached ??= this.build();
    return this.cached;
  }

  private build(): DeployTimelineSnapshot {
    const stacks = [...this.stacks.values()].map(({ resourceIndex: _index, parentEventAt: _parentEventAt, ...stack }) => ({
      ...stack,
      changes: [...stack.changes],
      resources: stack.resources.map((resource) => ({ ...resource, changes: [...resource.changes] })),
    }));
    const counts = { done: 0, inProgress: 0, failed: 0, total: 0 };
    for (const stack of stacks) {
      for (const resource of stack.resources) {
        counts.total += 1;
        const last = resource.changes.at(-1)?.status ?? '';
        if (resource.failure) counts.failed += 1;
        else if (isInProgress(last)) counts.inProgress += 1;
        else counts.done += 1;
      }
    }
    return {
      deployId: this.options.deployId,
      envName: this.options.envName,
      command: this.options.command,
      startedAt: this.options.startedAt,
      endedAt: this.ended?.at,
      phase: this.ended?.phase ?? this.cloudPhase(),
      counts,
      stacks,
      ...(this.ended?.notDeployed ? { notDeployed: this.ended.notDeployed } : {}),
    };
  }

  private noteNestedStack(parent: StackEntry, event: StackEvent): void {
    const arn = event.physicalId;
    const name = arn && /^arn:[^:]+:cloudformation:[^:]*:[^:]*:stack\/([^/]+)\//.exec(arn)?.[1];
    if (!arn || !name) return;
    const at = event.timestamp.getTime();
    const known = this.stacks.get(name);
    if (known) {
      known.parentEventAt = Math.max(known.parentEventAt ?? 0, at);
      return;
    }
    this.stacks.set(name, {
      name,
      id: arn,
      logicalId: event.logicalId,
      parentName: parent.name,
      depth: parent.depth + 1,
      changes: [],
      resources: [],
      resourceIndex: new Map(),
      parentEventAt: at,
    });
  }

  private noteResource(stack: StackEntry, event: StackEvent, change: TimelineStatusChange): void {
    let resource = stack.resourceIndex.get(event.logicalId);
    if (!resource) {
      resource = { key: `${stack.name}/${event.logicalId}`, logicalId: event.logicalId, resourceType: event.resourceType, changes: [] };
      stack.resourceIndex.set(event.logicalId, resource);
      stack.resources.push(resource);
    }
    if (event.physicalId) resource.physicalId = event.physicalId;
    insertChange(resource.changes, change);
    const reason = event.statusReason;
    if (isFailed(event.status) && reason && !resource.failure && !PASS_ON_REASONS.some((pattern) => pattern.test(reason))) {
      const links = this.options.links;
      const link =
        links &&
        projectLinkFor({ stackPath: this.stackPath(stack), logicalId: event.logicalId, resourceType: event.resourceType, reason }, links);
      resource.failure = link ? { reason, link } : { reason };
    }
  }

  /** Logical ids of the nested stacks from the root down to this one. */
  private stackPath(stack: StackEntry): string[] {
    const path: string[] = [];
    for (
      let current: StackEntry | undefined = stack;
      current?.logicalId;
      current = current.parentName ? this.stacks.get(current.parentName) : undefined
    ) {
      path.unshift(current.logicalId);
    }
    return path;
  }
}

/** Keeps changes oldest first; events mostly arrive in order, so this is an append. */
function insertChange(changes: TimelineStatusChange[], change: TimelineStatusChange): void {
  let index = changes.length;
  while (index > 0 && changes[index - 1]!.at > change.at) index--;
  changes.splice(index, 0, change);
}
