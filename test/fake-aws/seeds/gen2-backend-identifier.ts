import { createHash } from 'node:crypto';

/**
 * Gen 2 root stack names, computed the way amplify-backend's `BackendIdentifierConversions` does:
 * `amplify-<namespace>-<name>-<type>-<hash>`, non-alphanumerics removed, the name cut to 50
 * characters and the namespace to what is left of CloudFormation's 128, the hash being the first 10
 * hex digits of sha512(namespace + name) taken over the unsanitised values.
 */
export type Gen2DeploymentType = 'sandbox' | 'branch' | 'standalone';

export interface Gen2BackendIdentifier {
  /** Sandbox: the project's package.json name; branch: the Amplify app id. */
  namespace: string;
  /** Sandbox: the identifier or OS user name; branch: the branch name. */
  name: string;
  type: Gen2DeploymentType;
  /** Present when parsed from a stack name; computed when absent. */
  hash?: string;
}

const MAX_STACK_NAME_LENGTH = 128;
const MAX_NAME_LENGTH = 50;
const HASH_LENGTH = 10;
const PREFIX = 'amplify';
const DEPLOYMENT_TYPES: readonly string[] = ['sandbox', 'branch', 'standalone'];

export function gen2BackendHash(namespace: string, name: string): string {
  return createHash('sha512').update(namespace).update(name).digest('hex').slice(0, HASH_LENGTH);
}

export function gen2StackName(identifier: Gen2BackendIdentifier): string {
  const hash = identifier.hash ?? gen2BackendHash(identifier.namespace, identifier.name);
  const name = alphanumericOnly(identifier.name).slice(0, MAX_NAME_LENGTH);
  const separators = 4;
  const roomForNamespace = MAX_STACK_NAME_LENGTH - PREFIX.length - identifier.type.length - name.length - separators - HASH_LENGTH;
  // amplify-backend keeps one character in hand here; the names it produced are what must match.
  const namespace = alphanumericOnly(identifier.namespace).slice(0, roomForNamespace - 1);
  return [PREFIX, namespace, name, identifier.type, hash].join('-');
}

/** The parts of a Gen 2 root stack name, or undefined for any other stack (exactly five dash-separated parts). */
export function parseGen2StackName(stackName: string): Gen2BackendIdentifier | undefined {
  const parts = stackName.split('-');
  if (parts.length !== 5) return undefined;
  const [prefix, namespace, name, type, hash] = parts;
  if (prefix !== PREFIX || !DEPLOYMENT_TYPES.includes(type)) return undefined;
  return { namespace, name, type: type as Gen2DeploymentType, hash };
}

function alphanumericOnly(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '');
}
