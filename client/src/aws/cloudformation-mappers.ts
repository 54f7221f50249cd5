import type {
  Stack as SdkStack,
  StackEvent as SdkStackEvent,
  StackResourceSummary as SdkStackResourceSummary,
  StackSummary as SdkStackSummary,
} from '@aws-sdk/client-cloudformation';
import type { Stack, StackEvent, StackResource, StackSummary } from './aws-types';

/** SDK shapes to the plain types everything above `client/src/aws` works on. */

export function toStack(stack: SdkStack): Stack {
  return {
    name: stack.StackName ?? '',
    id: stack.StackId ?? '',
    status: stack.StackStatus ?? 'UNKNOWN',
    statusReason: stack.StackStatusReason,
    createdAt: stack.CreationTime ?? new Date(0),
    lastUpdatedAt: stack.LastUpdatedTime,
    tags: Object.fromEntries((stack.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? ''])),
    outputs: (stack.Outputs ?? []).map((output) => ({
      key: output.OutputKey ?? '',
      value: output.OutputValue ?? '',
      description: output.Description,
      exportName: output.ExportName,
    })),
    parameters: Object.fromEntries((stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ResolvedValue ?? p.ParameterValue ?? ''])),
    parentId: stack.ParentId,
    rootId: stack.RootId,
    driftStatus: stack.DriftInformation?.StackDriftStatus,
  };
}

export function toStackSummary(summary: SdkStackSummary): StackSummary {
  return {
    name: summary.StackName ?? '',
    id: summary.StackId ?? '',
    status: summary.StackStatus ?? 'UNKNOWN',
    statusReason: summary.StackStatusReason,
    createdAt: summary.CreationTime ?? new Date(0),
    lastUpdatedAt: summary.LastUpdatedTime,
    deletedAt: summary.DeletionTime,
    parentId: summary.ParentId,
    rootId: summary.RootId,
    driftStatus: summary.DriftInformation?.StackDriftStatus,
  };
}

export function toStackEvent(event: SdkStackEvent): StackEvent {
  return {
    id: event.EventId ?? '',
    stackName: event.StackName ?? '',
    stackId: event.StackId ?? '',
    logicalId: event.LogicalResourceId ?? '',
    physicalId: event.PhysicalResourceId || undefined,
    resourceType: event.ResourceType ?? '',
    status: event.ResourceStatus ?? '',
    statusReason: event.ResourceStatusReason,
    timestamp: event.Timestamp ?? new Date(0),
  };
}

export function toStackResource(resource: SdkStackResourceSummary): StackResource {
  return {
    logicalId: resource.LogicalResourceId ?? '',
    physicalId: resource.PhysicalResourceId || undefined,
    resourceType: resource.ResourceType ?? '',
    status: resource.ResourceStatus ?? '',
    statusReason: resource.ResourceStatusReason,
    lastUpdatedAt: resource.LastUpdatedTimestamp,
  };
}
