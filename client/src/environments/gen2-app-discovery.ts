/**
 * Which Amplify app's branch deployments belong to a Gen 2 project, without the user naming it in
 * `amplifyLens.gen2AppIds`. No local file records the app id, but `amplify_outputs.json` records
 * the deployed resources of the backend it was generated from (`ampx generate outputs --app-id …
 * --branch …`, or Amplify Hosting's build): a branch deployment whose root stack outputs the same
 * user pool, AppSync endpoint or bucket (amplify-backend writes them as root stack outputs:
 * backend-output-storage's stack_metadata_output_storage_strategy.ts) is this project's, and its
 * `amplify:app-id` tag names the app — whose other branches are then listed too. Outputs generated
 * from a sandbox match no branch; then the view says how to name the app.
 */
import { join } from 'node:path';
import type { Stack } from '../aws/aws-types';
import { isRecord, readJsonFile, stringOf } from 'amplify-lens-model/files';
import { parseGen2StackName } from './gen2-stack-names';
import type { StackReader } from './stack-reader';

export type Gen2AppIdSource = 'setting' | 'amplify_outputs.json' | 'none';

export interface Gen2AppIds {
  appIds: string[];
  source: Gen2AppIdSource;
}

/** Branch root stacks described to look for a match, at most: an account with hundreds of apps is not read whole. */
export const MAX_BRANCH_CANDIDATES = 40;

/** The values of amplify_outputs.json that name deployed resources (never keys: API keys are not compared or kept). */
export function outputIdentifiers(outputs: unknown): Set<string> {
  const found = new Set<string>();
  if (!isRecord(outputs)) return found;
  const add = (value: unknown) => {
    const text = stringOf(value);
    if (text) found.add(text);
  };
  if (isRecord(outputs.auth)) for (const key of ['user_pool_id', 'identity_pool_id', 'user_pool_client_id']) add(outputs.auth[key]);
  if (isRecord(outputs.data)) add(outputs.data.url);
  if (isRecord(outputs.storage)) {
    add(outputs.storage.bucket_name);
    if (Array.isArray(outputs.storage.buckets)) for (const bucket of outputs.storage.buckets) if (isRecord(bucket)) add(bucket.bucket_name);
  }
  return found;
}

/** App ids of the branch root stacks that output one of `identifiers`. */
export function appIdsSharingOutputs(branchRoots: readonly Stack[], identifiers: ReadonlySet<string>): string[] {
  const appIds = new Set<string>();
  for (const root of branchRoots) {
    if (!root.outputs.some((output) => identifiers.has(output.value))) continue;
    const appId = root.tags['amplify:app-id'] ?? parseGen2StackName(root.name)?.namespace;
    if (appId) appIds.add(appId);
  }
  return [...appIds].sort();
}

/** The app ids to list branches of: the setting's, else those amplify_outputs.json leads to. */
export async function gen2AppIds(
  projectRoot: string,
  configured: readonly string[] | undefined,
  reader: StackReader,
  signal?: AbortSignal,
): Promise<Gen2AppIds> {
  if (configured && configured.length > 0) return { appIds: [...configured], source: 'setting' };
  const identifiers = outputIdentifiers(await readJsonFile(join(projectRoot, 'amplify_outputs.json')));
  if (identifiers.size === 0) return { appIds: [], source: 'none' };
  const branchNames = (await reader.listStacks(signal))
    .filter((summary) => !summary.parentId && parseGen2StackName(summary.name)?.type === 'branch')
    .map((summary) => summary.name)
    .sort()
    .slice(0, MAX_BRANCH_CANDIDATES);
  if (branchNames.length === 0) return { appIds: [], source: 'none' };
  const appIds = appIdsSharingOutputs(await reader.describeStacks(branchNames, signal), identifiers);
  return { appIds, source: appIds.length > 0 ? 'amplify_outputs.json' : 'none' };
}
