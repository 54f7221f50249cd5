import { createHash } from 'node:crypto';

/**
 * Gen 2 root stack names as amplify-backend makes them (`BackendIdentifierConversions`):
 * `amplify-<namespace>-<name>-<sandbox|branch|standalone>-<hash>`, non-alphanumerics removed, the
 * name cut to 50 characters and the namespace to what is left of 128, the hash the first 10 hex
 * digits of sha512(namespace + name) over the values as typed.
 */
export type Gen2DeploymentType = 'sandbox' | 'branch' | 'standalone';

export interface Gen2StackIdentity {
  namespace: string;
  name: string;
  type: Gen2DeploymentType;
  hash: string;
}

const MAX_STACK_NAME = 128;
const HASH_LENGTH = 10;
const TYPES: readonly string[] = ['sandbox', 'branch', 'standalone'];

export function sanitizeGen2Part(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '');
}

export function gen2StackName(namespace: string, name: string, type: Gen2DeploymentType): string {
  const hash = createHash('sha512').update(namespace).update(name).digest('hex').slice(0, HASH_LENGTH);
  const safeName = sanitizeGen2Part(name).slice(0, 50);
  return ['amplify', truncatedNamespace(namespace, safeName, type), safeName, type, hash].join('-');
}

/** The parts of a Gen 2 root stack name, or undefined for any other stack (exactly five parts, as amplify-backend parses). */
export function parseGen2StackName(stackName: string): Gen2StackIdentity | undefined {
  const parts = stackName.split('-');
  if (parts.length !== 5) return undefined;
  const [prefix, namespace, name, type, hash] = parts;
  if (prefix !== 'amplify' || !TYPES.includes(type)) return undefined;
  return { namespace, name, type: type as Gen2DeploymentType, hash };
}

/** Whether a parsed stack name carries this project's namespace (package.json name, sanitized and cut as amplify-backend cuts it). */
export function hasNamespace(identity: Gen2StackIdentity, projectNamespace: string): boolean {
  return identity.namespace === truncatedNamespace(projectNamespace, identity.name, identity.type);
}

function truncatedNamespace(namespace: string, safeName: string, type: string): string {
  const room = MAX_STACK_NAME - 'amplify'.length - type.length - safeName.length - 4 - HASH_LENGTH;
  // amplify-backend keeps one character in hand; the names it produced are what must match.
  return sanitizeGen2Part(namespace).slice(0, room - 1);
}
