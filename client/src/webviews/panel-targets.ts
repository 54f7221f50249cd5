/**
 * Where a panel's intents may lead. A webview's messages are untrusted input (a page is only as
 * safe as everything it renders), so the host opens only files inside the workspace, runs only
 * the commands the panel offers (its protocol's allow-list), and sends stacks to the CloudFormation
 * console of their own partition.
 */
import { isAbsolute } from 'node:path';
import { isPathWithin } from 'amplify-lens-model/files';

/** True when `path` is absolute and one of the folders or below one (no `..` escapes, no other drive). */
export function isInsideFolders(path: string, folders: readonly string[]): boolean {
  return isAbsolute(path) && folders.some((folder) => isPathWithin(path, folder));
}

const CONSOLE_HOSTS: Record<string, (region: string) => string> = {
  aws: (region) => `${region}.console.aws.amazon.com`,
  'aws-cn': () => 'console.amazonaws.cn',
  'aws-us-gov': () => 'console.amazonaws-us-gov.com',
};

/**
 * The CloudFormation console page of a stack, from its ARN
 * (`arn:aws:cloudformation:us-east-1:123456789012:stack/name/guid`); undefined for anything else.
 */
export function stackConsoleUrl(stackId: string): string | undefined {
  const match = /^arn:(aws[a-z-]*):cloudformation:([a-z0-9-]+):\d{12}:stack\/[^/]+\/[^/]+$/.exec(stackId);
  const host = match && CONSOLE_HOSTS[match[1] as string];
  if (!match || !host) return undefined;
  const region = match[2] as string;
  return `https://${host(region)}/cloudformation/home?region=${region}#/stacks/stackinfo?stackId=${encodeURIComponent(stackId)}`;
}
