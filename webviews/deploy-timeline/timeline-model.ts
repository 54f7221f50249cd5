/**
 * The timeline's rows as data: the snapshot's stacks and resources as one tree (a nested stack
 * sits under its parent once, as a stack, not again as its parent's `AWS::CloudFormation::Stack`
 * resource), which of them show under the collapse and filter state, and each row's status changes
 * as segments on the deploy's time axis. Pure, so the DOM code only draws.
 */
import type { DeployTimelineSnapshot, ProjectLink, TimelineStack, TimelineStatusChange } from 'amplify-lens-model/panels';
import { statusTone, type StatusTone } from '../shared/status-view';

export interface TimelineRow {
  key: string;
  kind: 'stack' | 'resource';
  /** 1 for the root stack, as aria-level counts. */
  level: number;
  parentKey?: string;
  label: string;
  detail: string;
  changes: TimelineStatusChange[];
  status?: string;
  failure?: { reason: string; link?: ProjectLink };
  /** The stack ARN (stacks only), for "Open in console". */
  stackId?: string;
  childKeys: string[];
  /** A row below this one failed (stacks only): the failures filter keeps the path to it. */
  failedBelow: boolean;
}

export interface TimelineSegment {
  tone: StatusTone;
  status: string;
  /** Milliseconds since the deploy's start. */
  from: number;
  /** Absent while the status still holds (the bar grows with the axis). */
  to?: number;
  /** A finished status (complete, failed) is a point in time, not a span. */
  point: boolean;
}

export function stackKey(stack: Pick<TimelineStack, 'name'>): string {
  return `stack:${stack.name}`;
}

/** Root first, each stack followed by its nested stacks and then its own resources. */
export function timelineRows(snapshot: DeployTimelineSnapshot): TimelineRow[] {
  const childrenOf = new Map<string | undefined, TimelineStack[]>();
  const names = new Set(snapshot.stacks.map((stack) => stack.name));
  for (const stack of snapshot.stacks) {
    // A stack whose parent is not (yet) in the snapshot shows at the top rather than not at all.
    const parent = stack.parentName && names.has(stack.parentName) ? stack.parentName : undefined;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), stack]);
  }
  const rows: TimelineRow[] = [];
  const visit = (stack: TimelineStack, level: number, parentKey: string | undefined, failureInParent: TimelineRow['failure']): TimelineRow => {
    const nested = childrenOf.get(stack.name) ?? [];
    const nestedIds = new Set(nested.map((child) => child.logicalId).filter((id): id is string => id !== undefined));
    const row: TimelineRow = {
      key: stackKey(stack),
      kind: 'stack',
      level,
      parentKey,
      label: stack.logicalId ?? stack.name,
      detail: stack.logicalId ? stack.name : 'root stack',
      changes: stack.changes,
      status: stack.changes.at(-1)?.status,
      failure: failureInParent,
      stackId: stack.id,
      childKeys: [],
      failedBelow: false,
    };
    rows.push(row);
    for (const child of nested) {
      const asResource = stack.resources.find((resource) => resource.logicalId === child.logicalId);
      const childRow = visit(child, level + 1, row.key, asResource?.failure);
      row.childKeys.push(childRow.key);
      row.failedBelow ||= childRow.failedBelow || childRow.failure !== undefined;
    }
    for (const resource of stack.resources) {
      if (nestedIds.has(resource.logicalId)) continue;
      row.childKeys.push(resource.key);
      row.failedBelow ||= resource.failure !== undefined;
      rows.push({
        key: resource.key,
        kind: 'resource',
        level: level + 1,
        parentKey: row.key,
        label: resource.logicalId,
        detail: resource.resourceType,
        changes: resource.changes,
        status: resource.changes.at(-1)?.status,
        failure: resource.failure,
        childKeys: [],
        failedBelow: false,
      });
    }
    return row;
  };
  for (const root of childrenOf.get(undefined) ?? []) visit(root, 1, undefined, undefined);
  return rows;
}

/** The rows shown: none under a collapsed stack; with `failuresOnly`, failures and the stacks above them. */
export function visibleRows(rows: readonly TimelineRow[], collapsed: ReadonlySet<string>, failuresOnly: boolean): TimelineRow[] {
  const hidden = new Set<string>();
  return rows.filter((row) => {
    if (row.parentKey && (hidden.has(row.parentKey) || collapsed.has(row.parentKey))) {
      hidden.add(row.key);
      return false;
    }
    if (failuresOnly && !row.failure && !row.failedBelow) {
      hidden.add(row.key);
      return false;
    }
    return true;
  });
}

export function segments(changes: readonly TimelineStatusChange[], startedAt: number, endedAt: number | undefined): TimelineSegment[] {
  return changes.map((change, index) => {
    const tone = statusTone(change.status);
    const from = Math.max(0, change.at - startedAt);
    const next = changes[index + 1];
    if (!change.status.endsWith('_IN_PROGRESS')) return { tone, status: change.status, from, point: true };
    const to = next ? Math.max(from, next.at - startedAt) : endedAt !== undefined ? Math.max(from, endedAt - startedAt) : undefined;
    return { tone, status: change.status, from, to, point: false };
  });
}

export interface AxisExtent {
  /** The axis' length in ms from the start, never zero. */
  span: number;
  /** Where "now" is on it (the end, once the deploy ended): open bars reach here. */
  now: number;
}

/**
 * The time axis. While the deploy runs, its length is rounded up to a round value so it changes
 * now and then, not every second: every bar is sized against it, and a new length re-lays out all
 * rows; only the open bars follow the clock.
 */
export function axisExtent(snapshot: DeployTimelineSnapshot, clock: number): AxisExtent {
  const latestChange = Math.max(
    snapshot.startedAt,
    ...snapshot.stacks.flatMap((stack) => [
      stack.changes.at(-1)?.at ?? 0,
      ...stack.resources.map((resource) => resource.changes.at(-1)?.at ?? 0),
    ]),
  );
  const end = snapshot.endedAt ?? Math.max(clock, latestChange);
  const now = Math.max(1000, end - snapshot.startedAt, latestChange - snapshot.startedAt);
  if (snapshot.endedAt !== undefined) return { span: now, now };
  const step = tickStep(now);
  return { span: Math.ceil((now * 1.05) / step) * step, now };
}

const TICK_STEPS = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600].map((seconds) => seconds * 1000);

const MAX_TICKS = 6;

function tickStep(span: number): number {
  return TICK_STEPS.find((candidate) => span / candidate <= MAX_TICKS) ?? Math.ceil(span / MAX_TICKS / 3_600_000) * 3_600_000;
}

/** Offsets (ms from the start) for the axis labels: a round step, a few labels, none squeezed against the end. */
export function axisTicks(span: number): number[] {
  const step = tickStep(span);
  const ticks: number[] = [];
  for (let at = 0; at <= span * 0.92; at += step) ticks.push(at);
  return ticks;
}
