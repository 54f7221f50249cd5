import type { CloudFormationGateway } from '../aws/cloudformation-gateway';

/** The gateway's reads the environment model uses; a narrower face keeps the model easy to drive. */
export type StackReader = Pick<
  CloudFormationGateway,
  'region' | 'profile' | 'listStacks' | 'describeStacks' | 'describeStack' | 'describeStackEvents' | 'listStackResources'
>;

/** Where a region/profile's reader comes from: one reader for all, or one per target (Gen 1 envs may differ). */
export type StackReaderSource = StackReader | ((target: { region?: string; profile?: string }) => StackReader);

export function readerFor(source: StackReaderSource, target: { region?: string; profile?: string }): StackReader {
  return typeof source === 'function' ? source(target) : source;
}
