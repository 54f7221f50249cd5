/**
 * Stack outputs are mostly public identifiers (endpoints, pool ids, bucket names) but some are keys:
 * AppSync API keys (`GraphQLAPIKeyOutput`, `awsAppsyncApiKey`, values `da2-…`), and custom stacks
 * may output tokens or secrets. Those are never shown in clear; they are copied on demand only.
 * Masking too much costs a click, showing a key costs a leaked screenshot.
 */

const SECRET_NAME = /api[-_ ]?key|secret|passw(or)?d|token|credential|private[-_ ]?key|access[-_ ]?key|signing[-_ ]?key/i;

const SECRET_VALUE = [
  /^da2-[a-z0-9]{26}$/, // AppSync API key
  /^(AKIA|ASIA)[A-Z0-9]{16}$/, // AWS access key id
  /^-----BEGIN [A-Z ]*PRIVATE KEY-----/,
];

export const MASKED_VALUE = '••••';

/** True when any of the names (label, output key, source) or the value looks like a key or secret. */
export function looksSecret(names: readonly (string | undefined)[], value: string): boolean {
  return names.some((name) => name !== undefined && SECRET_NAME.test(name)) || SECRET_VALUE.some((pattern) => pattern.test(value.trim()));
}
