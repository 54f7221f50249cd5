import { createHash } from 'node:crypto';

/**
 * Identifiers that look like the service's (stack UUIDs, event ids, nested-stack suffixes) but are
 * derived from a seed and a counter, so a seeded state is the same on every run and snapshots of
 * names stay stable.
 */
export class DeterministicIds {
  private counter = 0;

  constructor(private readonly seed = 'fake-cloudformation') {}

  /** Hex digits, lower case. */
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += this.nextDigest();
    return out.slice(0, length);
  }

  /** A version-1-shaped UUID, the kind CloudFormation puts in stack ARNs and stack-level event ids. */
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-1${h.slice(13, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  }

  /** Upper-case letters and digits, like the random tail CloudFormation appends to generated names. */
  upperAlphanumeric(length: number): string {
    return this.fromAlphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', length);
  }

  /** Lower-case letters and digits (AppSync API ids, S3 suffixes). */
  lowerAlphanumeric(length: number): string {
    return this.fromAlphabet('abcdefghijklmnopqrstuvwxyz0123456789', length);
  }

  /** Mixed-case letters and digits (Cognito pool ids). */
  alphanumeric(length: number): string {
    return this.fromAlphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', length);
  }

  private fromAlphabet(alphabet: string, length: number): string {
    const bytes = Buffer.from(this.hex(length * 2), 'hex');
    return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  }

  private nextDigest(): string {
    this.counter += 1;
    return createHash('sha256').update(`${this.seed}:${this.counter}`).digest('hex');
  }
}

export function stackArn(region: string, accountId: string, stackName: string, uuid: string): string {
  return `arn:aws:cloudformation:${region}:${accountId}:stack/${stackName}/${uuid}`;
}

export function isStackArn(value: string): boolean {
  return value.startsWith('arn:') && value.includes(':stack/');
}
