import type { Stack, StackSummary } from '../aws/aws-types';
import type { StackReader } from './stack-reader';

/**
 * The nested stacks of a root stack: the direct children described in full (they carry the category
 * outputs), deeper ones (Gen 1 model stacks, Gen 2 table stacks) from the listing, which has their
 * status and is already cached. Parent/root ids come from ListStacks, so no template is read.
 */
export async function loadNestedStacks(root: Stack, reader: StackReader, signal?: AbortSignal): Promise<Stack[]> {
  const summaries = (await reader.listStacks(signal)).filter((summary) => summary.rootId === root.id);
  if (summaries.length === 0) return [];
  const children = summaries.filter((summary) => summary.parentId === root.id);
  const described = await reader.describeStacks(
    children.map((child) => child.name),
    signal,
  );
  const byId = new Map(described.map((stack) => [stack.id, stack]));
  return summaries.map((summary) => byId.get(summary.id) ?? stackFromSummary(summary));
}

export function stackFromSummary(summary: StackSummary): Stack {
  return {
    name: summary.name,
    id: summary.id,
    status: summary.status,
    statusReason: summary.statusReason,
    createdAt: summary.createdAt,
    lastUpdatedAt: summary.lastUpdatedAt,
    tags: {},
    outputs: [],
    parameters: {},
    parentId: summary.parentId,
    rootId: summary.rootId,
    driftStatus: summary.driftStatus,
  };
}

/**
 * The logical id a nested stack has in its parent, read from its name: CloudFormation names nested
 * stacks `<parent name>-<logical id>-<random suffix>`, and logical ids have no dashes.
 */
export function logicalIdInParent(nested: Stack, parent: Stack): string | undefined {
  const prefix = `${parent.name}-`;
  if (!nested.name.startsWith(prefix)) return undefined;
  const rest = nested.name.slice(prefix.length);
  const dash = rest.lastIndexOf('-');
  return dash > 0 ? rest.slice(0, dash) : undefined;
}
