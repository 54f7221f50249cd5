/**
 * Where a panel's intents may lead. A webview's messages are untrusted input (a page is only as
 * safe as everything it renders), so the host opens only files inside the workspace, runs only
 * Lens' own commands, and sends stacks to the CloudFormation console of their own partition.
 */
import { isAbsolute, relative, resolve } from 'node:path';

/** True when `path` is one of the folders or lies below one (no `..` escapes, no other drive). */
export function isInsideFolders(path: string, folders: readonly string[]): boolean {
  if (!isAbsolute(path)) return false;
  const target = resolve(path);
  return folders.some((folder) => {
    const within = relative(resolve(folder), target);
    return within === '' || (!within.startsWith('..') && !isAbsolute(within));
  });
}

export function isLensCommand(command: string): boolean {
  return /^amplifyLens\.[A-Za-z0-9.]+$/.test(command);
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
