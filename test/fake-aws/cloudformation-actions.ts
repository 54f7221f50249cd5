import { missingMember, stackDoesNotExist, validationError } from './aws-query-error';
import { STACK_STATUSES, type CloudFormationAction, type FakeStack } from './cloudformation-model';
import {
  stackEventXml,
  stackResourceSummaryXml,
  stackResourceXml,
  stackSummaryXml,
  stackXml,
  templateSummaryXml,
} from './cloudformation-xml-shapes';
import type { FakeCloudFormationState } from './fake-cloudformation-state';
import { paginate } from './query-pagination';
import { listElement, textElement } from './query-xml-writer';

/**
 * The read actions, each answering with the inner XML of its `<Action>Result>`. Page sizes and
 * the handling of names, ARNs and deleted stacks follow the service's documented behaviour.
 */
export type ActionHandler = (state: FakeCloudFormationState, params: URLSearchParams) => string;

/** The service returns 100 items per page for these listings, and at most 100 from DescribeStackResources. */
const PAGE_SIZE = 100;

export const CLOUDFORMATION_ACTION_HANDLERS: Record<CloudFormationAction, ActionHandler> = {
  ListStacks(state, params) {
    const filter = memberList(params, 'StackStatusFilter');
    const invalid = filter.filter((status) => !(STACK_STATUSES as readonly string[]).includes(status));
    if (invalid.length > 0) {
      throw validationError(
        `1 validation error detected: Value '[${invalid.join(', ')}]' at 'stackStatusFilter' failed to satisfy ` +
          `constraint: Member must satisfy constraint: [Member must satisfy enum value set: [${STACK_STATUSES.join(', ')}]]`,
      );
    }
    const stacks = newestFirst(state.allStacks).filter((stack) => filter.length === 0 || filter.includes(stack.status));
    const page = paginate(stacks, {
      scope: `ListStacks:${[...filter].sort().join(',')}`,
      nextToken: optional(params, 'NextToken'),
      pageSize: PAGE_SIZE,
      keyOf: (stack) => stack.id,
    });
    return listElement('StackSummaries', page.items, stackSummaryXml) + textElement('NextToken', page.nextToken);
  },

  DescribeStacks(state, params) {
    const stackName = optional(params, 'StackName');
    if (stackName !== undefined) {
      return listElement('Stacks', [requireStack(state, stackName)], stackXml);
    }
    // Without a name the service describes every stack that is not deleted, nested ones included.
    const live = newestFirst(state.allStacks).filter((stack) => stack.status !== 'DELETE_COMPLETE');
    const page = paginate(live, {
      scope: 'DescribeStacks',
      nextToken: optional(params, 'NextToken'),
      pageSize: PAGE_SIZE,
      keyOf: (stack) => stack.id,
    });
    return listElement('Stacks', page.items, stackXml) + textElement('NextToken', page.nextToken);
  },

  DescribeStackEvents(state, params) {
    const stackName = optional(params, 'StackName');
    if (stackName === undefined) throw missingMember('stackName');
    const stack = state.findStack(stackName);
    // This action words the missing stack differently from the others.
    if (!stack) throw validationError(`Stack [${stackName}] does not exist`);
    const page = paginate([...stack.events].reverse(), {
      scope: `DescribeStackEvents:${stack.id}`,
      nextToken: optional(params, 'NextToken'),
      pageSize: PAGE_SIZE,
      keyOf: (event) => event.eventId,
    });
    return listElement('StackEvents', page.items, stackEventXml) + textElement('NextToken', page.nextToken);
  },

  DescribeStackResources(state, params) {
    const stackName = optional(params, 'StackName');
    const physicalId = optional(params, 'PhysicalResourceId');
    const logicalId = optional(params, 'LogicalResourceId');
    let stack: FakeStack;
    if (stackName !== undefined) {
      stack = requireStack(state, stackName);
    } else if (physicalId !== undefined) {
      // A physical id finds the stack that owns the resource, and answers with all of that stack's resources.
      const owner = state.allStacks.find((candidate) => candidate.resources.some((resource) => resource.physicalId === physicalId));
      if (!owner) throw validationError(`Stack for ${physicalId} does not exist`);
      stack = owner;
    } else {
      throw validationError('Either StackName or PhysicalResourceId must be specified.');
    }
    const resources = stack.resources.filter((resource) => logicalId === undefined || resource.logicalId === logicalId).slice(0, PAGE_SIZE);
    return listElement('StackResources', resources, (resource) => stackResourceXml(stack, resource));
  },

  ListStackResources(state, params) {
    const stackName = optional(params, 'StackName');
    if (stackName === undefined) throw missingMember('stackName');
    const stack = requireStack(state, stackName);
    const page = paginate(stack.resources, {
      scope: `ListStackResources:${stack.id}`,
      nextToken: optional(params, 'NextToken'),
      pageSize: PAGE_SIZE,
      keyOf: (resource) => resource.logicalId,
    });
    return listElement('StackResourceSummaries', page.items, stackResourceSummaryXml) + textElement('NextToken', page.nextToken);
  },

  GetTemplateSummary(state, params) {
    const stackName = optional(params, 'StackName');
    if (stackName === undefined) {
      // Summaries of undeployed templates (TemplateBody/TemplateURL) are outside what Lens asks for.
      throw validationError('Either Template URL or Template Body or StackName must be specified.');
    }
    return templateSummaryXml(requireStack(state, stackName));
  },
};

function requireStack(state: FakeCloudFormationState, nameOrId: string): FakeStack {
  const stack = state.findStack(nameOrId);
  if (!stack) throw stackDoesNotExist(nameOrId);
  return stack;
}

/** Most recently created first, which is how the service orders its stack listings. */
function newestFirst(stacks: readonly FakeStack[]): FakeStack[] {
  return [...stacks].reverse().sort((a, b) => b.creationTime.getTime() - a.creationTime.getTime());
}

function optional(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value === null || value === '' ? undefined : value;
}

/** A query-encoded list, `Name.member.1=…&Name.member.2=…`, in index order. */
export function memberList(params: URLSearchParams, name: string): string[] {
  const prefix = `${name}.member.`;
  const indexed: [number, string][] = [];
  for (const [key, value] of params) {
    if (key.startsWith(prefix)) indexed.push([Number(key.slice(prefix.length)), value]);
  }
  return indexed.sort(([a], [b]) => a - b).map(([, value]) => value);
}
