/**
 * Which deployed backend an `amplify_outputs.json` came from: it names no app or stack, but it
 * carries the backend's identifiers — the AppSync URL (`data.url`), the user pool
 * (`auth.user_pool_id`), the bucket (`storage.bucket_name`) — and a Gen 2 root stack keeps the same
 * values in its outputs (`awsAppsyncApiEndpoint`, `userPoolId`, `bucketName`; keys of
 * `@aws-amplify/backend-output-schemas`, written by `ampx generate outputs` from them). A branch
 * stack sharing one of them is the backend the file describes, and its `amplify:app-id` tag the app.
 */
import { join } from 'node:path';
import { isRecord, readJsonFile } from 'amplify-lens-model/files';
import type { StackOutput } from '../aws/aws-types';

export interface OutputsIdentifiers {
  apiUrl?: string;
  userPoolId?: string;
  bucketName?: string;
}

export async function readOutputsIdentifiers(projectRoot: string): Promise<OutputsIdentifiers | undefined> {
  const outputs = await readJsonFile(join(projectRoot, 'amplify_outputs.json'));
  if (!isRecord(outputs)) return undefined;
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length < 512 ? value : undefined);
  const data = isRecord(outputs.data) ? outputs.data : {};
  const auth = isRecord(outputs.auth) ? outputs.auth : {};
  const storage = isRecord(outputs.storage) ? outputs.storage : {};
  const identifiers: OutputsIdentifiers = { apiUrl: text(data.url), userPoolId: text(auth.user_pool_id), bucketName: text(storage.bucket_name) };
  return identifiers.apiUrl || identifiers.userPoolId || identifiers.bucketName ? identifiers : undefined;
}

/** Whether a root stack's outputs hold one of the file's identifiers. */
export function outputsMatch(identifiers: OutputsIdentifiers, outputs: readonly StackOutput[]): boolean {
  const values = new Map(outputs.map((output) => [output.key, output.value]));
  return (
    (identifiers.apiUrl !== undefined && values.get('awsAppsyncApiEndpoint') === identifiers.apiUrl) ||
    (identifiers.userPoolId !== undefined && values.get('userPoolId') === identifiers.userPoolId) ||
    (identifiers.bucketName !== undefined && values.get('bucketName') === identifiers.bucketName)
  );
}
