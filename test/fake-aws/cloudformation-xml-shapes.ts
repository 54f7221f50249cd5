import type { FakeStack, FakeStackEvent, FakeStackResource } from './cloudformation-model';
import { element, listElement, stringListElement, textElement } from './query-xml-writer';

/**
 * CloudFormation's response structures written from the fake's state, member names as in the
 * service's model (`Stack`, `StackSummary`, `StackEvent`, `StackResource`, `StackResourceSummary`).
 * Drift members are always present with NOT_CHECKED, as the service reports for undrifted stacks.
 */

const STACK_DRIFT = element('DriftInformation', textElement('StackDriftStatus', 'NOT_CHECKED'));
const RESOURCE_DRIFT = element('DriftInformation', textElement('StackResourceDriftStatus', 'NOT_CHECKED'));

export function stackXml(stack: FakeStack): string {
  return [
    textElement('StackId', stack.id),
    textElement('StackName', stack.name),
    textElement('Description', stack.description),
    listElement(
      'Parameters',
      Object.entries(stack.parameters),
      ([key, value]) => textElement('ParameterKey', key) + textElement('ParameterValue', value),
    ),
    textElement('CreationTime', stack.creationTime),
    textElement('DeletionTime', stack.deletionTime),
    textElement('LastUpdatedTime', stack.lastUpdatedTime),
    element('RollbackConfiguration'),
    textElement('StackStatus', stack.status),
    textElement('StackStatusReason', stack.statusReason),
    textElement('DisableRollback', false),
    stringListElement('NotificationARNs', []),
    stack.capabilities.length > 0 ? stringListElement('Capabilities', stack.capabilities) : '',
    stack.outputs.length > 0
      ? listElement(
          'Outputs',
          stack.outputs,
          (output) =>
            textElement('OutputKey', output.key) +
            textElement('OutputValue', output.value) +
            textElement('Description', output.description) +
            textElement('ExportName', output.exportName),
        )
      : '',
    listElement('Tags', Object.entries(stack.tags), ([key, value]) => textElement('Key', key) + textElement('Value', value)),
    textElement('EnableTerminationProtection', false),
    textElement('ParentId', stack.parentId),
    textElement('RootId', stack.rootId),
    STACK_DRIFT,
  ].join('');
}

export function stackSummaryXml(stack: FakeStack): string {
  return [
    textElement('StackId', stack.id),
    textElement('StackName', stack.name),
    textElement('TemplateDescription', stack.description),
    textElement('CreationTime', stack.creationTime),
    textElement('LastUpdatedTime', stack.lastUpdatedTime),
    textElement('DeletionTime', stack.deletionTime),
    textElement('StackStatus', stack.status),
    textElement('StackStatusReason', stack.statusReason),
    textElement('ParentId', stack.parentId),
    textElement('RootId', stack.rootId),
    STACK_DRIFT,
  ].join('');
}

export function stackEventXml(event: FakeStackEvent): string {
  return [
    textElement('StackId', event.stackId),
    textElement('EventId', event.eventId),
    textElement('StackName', event.stackName),
    textElement('LogicalResourceId', event.logicalId),
    textElement('PhysicalResourceId', event.physicalId ?? ''),
    textElement('ResourceType', event.resourceType),
    textElement('Timestamp', event.timestamp),
    textElement('ResourceStatus', event.status),
    textElement('ResourceStatusReason', event.statusReason),
    textElement('ResourceProperties', event.resourceProperties),
    textElement('ClientRequestToken', event.clientRequestToken),
  ].join('');
}

export function stackResourceXml(stack: FakeStack, resource: FakeStackResource): string {
  return [
    textElement('StackName', stack.name),
    textElement('StackId', stack.id),
    textElement('LogicalResourceId', resource.logicalId),
    textElement('PhysicalResourceId', resource.physicalId),
    textElement('ResourceType', resource.type),
    textElement('Timestamp', resource.lastUpdated),
    textElement('ResourceStatus', resource.status),
    textElement('ResourceStatusReason', resource.statusReason),
    textElement('Description', resource.description),
    RESOURCE_DRIFT,
  ].join('');
}

export function stackResourceSummaryXml(resource: FakeStackResource): string {
  return [
    textElement('LogicalResourceId', resource.logicalId),
    textElement('PhysicalResourceId', resource.physicalId),
    textElement('ResourceType', resource.type),
    textElement('LastUpdatedTimestamp', resource.lastUpdated),
    textElement('ResourceStatus', resource.status),
    textElement('ResourceStatusReason', resource.statusReason),
    RESOURCE_DRIFT,
  ].join('');
}

/** GetTemplateSummary's members for a deployed stack; Metadata is the template's Metadata as a JSON string. */
export function templateSummaryXml(stack: FakeStack): string {
  const resourceTypes = [...new Set(stack.resources.map((resource) => resource.type))];
  return [
    listElement(
      'Parameters',
      Object.keys(stack.parameters),
      (key) =>
        textElement('ParameterKey', key) +
        textElement('ParameterType', 'String') +
        textElement('NoEcho', false) +
        element('ParameterConstraints'),
    ),
    textElement('Description', stack.description),
    stack.capabilities.length > 0 ? stringListElement('Capabilities', stack.capabilities) : '',
    stringListElement('ResourceTypes', resourceTypes),
    textElement('Version', '2010-09-09'),
    textElement('Metadata', stack.templateMetadata ? JSON.stringify(stack.templateMetadata) : undefined),
    stringListElement('DeclaredTransforms', []),
  ].join('');
}
