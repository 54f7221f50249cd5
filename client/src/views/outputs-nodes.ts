/**
 * The Outputs view as plain data: the focused environment's outputs (endpoint, user pool id,
 * bucket, function names) with a Copy action, then the root stack's raw outputs in a group.
 * Secret-looking values are masked here, so no tree item ever carries them in clear.
 */
import type { AmplifyEnvironment } from '../environments/environment-types';
import { escapeMarkdown, inlineCode, markdownLines, utcTimestamp } from 'amplify-lens-model/presentation';
import { environmentKey } from '../environments/environment-key';
import { shouldHideValue } from 'amplify-lens-model/secrets';
import { MASKED_VALUE } from './output-secrets';
import type { ViewNode } from './view-node';

export interface OutputNode extends ViewNode {
  kind: 'output';
  /** The value to copy. Never in `label`, `description` or `tooltip` when `secret`. */
  value: string;
  secret: boolean;
}
export interface StackOutputsGroupNode extends ViewNode {
  kind: 'stack-outputs';
  environment: AmplifyEnvironment;
}
export interface OutputsMessageNode extends ViewNode {
  kind: 'message';
}
export type OutputsViewNode = OutputNode | StackOutputsGroupNode | OutputsMessageNode;

export function outputsChildNodes(environment: AmplifyEnvironment | undefined, parent?: OutputsViewNode): OutputsViewNode[] {
  if (parent) return parent.kind === 'stack-outputs' ? rawOutputNodes(parent.environment) : [];
  if (!environment) {
    return [message('no-environment', 'Select an environment to see its outputs', 'Pick one in the Environments view.')];
  }
  const nodes: OutputsViewNode[] = environment.outputs.map((output, index) =>
    outputNode({
      id: `output:${environmentKey(environment)}:${index}:${output.label}`,
      label: output.label,
      value: output.value,
      names: [output.label, output.source],
      origin: output.source,
    }),
  );
  if (environment.rawOutputs.length > 0) nodes.push(stackOutputsGroup(environment));
  const stale = environment.stale;
  if (nodes.length > 0 && stale) {
    // Outputs read before CloudFormation became unreachable: shown, and said to be from then.
    return [
      message(
        `stale:${environmentKey(environment)}`,
        `Last known outputs, read ${utcTimestamp(stale.since)}`,
        `The current state is unknown: ${stale.reason}`,
      ),
      ...nodes,
    ];
  }
  if (nodes.length > 0) return nodes;
  if (environment.health === 'unknown') {
    return [
      message(
        `unknown:${environmentKey(environment)}`,
        `Outputs of ${environment.name} unknown`,
        environment.healthReason ?? 'CloudFormation could not be read.',
      ),
    ];
  }
  const notDeployed = environment.health === 'not-deployed';
  return [
    message(
      `empty:${environmentKey(environment)}`,
      notDeployed ? `No outputs: ${environment.name} is not deployed` : `No outputs in ${environment.name}`,
      notDeployed ? 'Deploy it first; its stack outputs appear here.' : undefined,
    ),
  ];
}

function stackOutputsGroup(environment: AmplifyEnvironment): StackOutputsGroupNode {
  const stackName = environment.rootStackName ?? environment.rootStack?.name;
  return {
    kind: 'stack-outputs',
    environment,
    id: `stack-outputs:${environmentKey(environment)}`,
    label: 'Root stack outputs',
    description: String(environment.rawOutputs.length),
    icon: { id: 'layers' },
    tooltip: markdownLines(['All outputs of the root stack', stackName && inlineCode(stackName)]),
    contextValue: 'outputs.stack',
    // The labelled outputs above cover the usual needs; the raw list is for when they do not.
    collapse: environment.outputs.length > 0 ? 'collapsed' : 'expanded',
  };
}

function rawOutputNodes(environment: AmplifyEnvironment): OutputNode[] {
  return [...environment.rawOutputs]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((output) =>
      outputNode({
        id: `stack-output:${environmentKey(environment)}:${output.key}`,
        label: output.key,
        value: output.value,
        names: [output.key, output.exportName],
        origin: output.description,
      }),
    );
}

interface OutputSpec {
  id: string;
  label: string;
  value: string;
  names: (string | undefined)[];
  origin?: string;
}

export function outputNode(spec: OutputSpec): OutputNode {
  const secret = shouldHideValue(spec.names, spec.value);
  return {
    kind: 'output',
    id: spec.id,
    label: spec.label,
    value: spec.value,
    secret,
    description: secret ? MASKED_VALUE : spec.value,
    icon: { id: secret ? 'key' : 'symbol-constant' },
    tooltip: markdownLines([
      `**${escapeMarkdown(spec.label)}**`,
      secret ? `${MASKED_VALUE} hidden because it looks like a key or secret; use Copy to put it on the clipboard.` : inlineCode(spec.value),
      spec.origin && `From ${escapeMarkdown(spec.origin)}`,
    ]),
    contextValue: secret ? 'output.secret' : 'output',
    collapse: 'none',
  };
}

function message(id: string, label: string, hint?: string): OutputsMessageNode {
  return { kind: 'message', id: `message:${id}`, label, icon: { id: 'info' }, tooltip: hint && escapeMarkdown(hint), collapse: 'none' };
}
