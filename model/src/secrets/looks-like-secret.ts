import { NESTING_DEPTH_LIMIT, findExcessiveNesting } from '../files/nesting-depth';

/**
 * Lens's one secret recognition, for the extension and the language server alike. Two questions
 * share its tables, because a false answer costs differently:
 *
 * - `looksLikeSecret(key, value)`: is this committed value a secret? Lens warns about these, so
 *   it must not cry wolf: the key's last word decides, and references and placeholders pass.
 * - `shouldHideValue(names, value)`: should a value on screen (a stack output, a hover) be
 *   masked? Everything the first question finds, plus any name that mentions a secret anywhere
 *   (`GraphQLAPIKeyOutput`) and AWS credentials' shapes. Hiding costs a click; showing costs a
 *   leaked screenshot.
 */

/**
 * Whether a configuration value looks like a secret: by its key (`clientSecret`, `dbPassword`,
 * `apiKey`, `hostedUIProviderCreds`, …) or by a shape no ordinary value has (private keys,
 * well-known token prefixes, AppSync API keys). Hovers and logs never echo such a value, and
 * committed files holding one get a warning.
 *
 * The key is read word by word and only its last word counts, so identifiers of a secret
 * (`secretsPathAmplifyAppId`, `appleAppKeyId`, `secretNames`), its settings
 * (`passwordPolicyMinLength`, `userpoolClientGenerateSecret: true`) and object keys
 * (`s3Key`) are not taken for one.
 */
export function looksLikeSecret(key: string, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (SECRET_SHAPES.some((shape) => shape.test(text))) return true;
  if (!isSecretKey(key)) return false;
  const nested = parseJsonContainer(text);
  if (nested !== undefined) return containsSecret(nested);
  return !isHarmlessValue(text);
}

/** Where a private key starts: a value holding one is a secret, and a text shows nothing of it. */
export const PRIVATE_KEY_START = /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/;

/**
 * Tokens whose shape alone tells (unanchored sources): a value that is one is a secret, and
 * `maskSecretsInText` finds them inside a text.
 */
export const SECRET_TOKENS: readonly string[] = [
  '(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}', // GitHub tokens
  'github_pat_[A-Za-z0-9_]{22,}',
  'xox[abposr]-[A-Za-z0-9-]{10,}', // Slack tokens
  '[sr]k_live_[A-Za-z0-9]{16,}', // Stripe secret keys
  'AIza[0-9A-Za-z_-]{35}', // Google API keys
  'da2-[a-z0-9]{26}', // AppSync API keys
];

const SECRET_SHAPES: readonly RegExp[] = [PRIVATE_KEY_START, ...SECRET_TOKENS.map((token) => new RegExp(`^(?:${token})$`))];

const SECRET_LAST_WORDS = new Set([
  'secret',
  'secrets',
  'password',
  'passwords',
  'passwd',
  'pwd',
  'passphrase',
  'token',
  'tokens',
  'credential',
  'credentials',
  'creds',
  'privatekey',
]);

/** Words that make a trailing `key` a secret one (`apiKey`, `secretAccessKey`, `privateKey`). */
const SECRET_KEY_QUALIFIERS = new Set(['api', 'private', 'secret', 'access', 'signing', 'master', 'client', 'auth']);

export function isSecretKey(key: string): boolean {
  const words = keyWords(key);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (SECRET_LAST_WORDS.has(last)) return true;
  return last === 'key' && words.length > 1 && SECRET_KEY_QUALIFIERS.has(words[words.length - 2]);
}

/** `hostedUIProviderCreds` → hosted, ui, provider, creds; `client_secret` → client, secret. */
function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * Values that name or point at a secret rather than hold it, and placeholders: too short,
 * booleans spelled as strings, ARNs, SSM paths, CloudFormation dynamic references,
 * `${…}`/`<…>` templates, and `xxxx`-style fillers.
 */
function isHarmlessValue(text: string): boolean {
  if (text.length < 6) return true;
  if (/^(true|false|null|undefined|none)$/i.test(text)) return true;
  if (/^arn:/.test(text) || text.startsWith('/amplify/') || text.startsWith('{{resolve:')) return true;
  if (/^\$\{.*\}$/.test(text) || /^<.*>$/.test(text) || /^%.*%$/.test(text)) return true;
  if (/^(.)\1*$/.test(text) || /^(your|replace|change|insert|example|placeholder|todo)[-_ ]?/i.test(text)) return true;
  return false;
}

/** A JSON object or array kept as a string (the CLI stores `hostedUIProviderCreds` like that). */
function parseJsonContainer(text: string): unknown {
  // Searched recursively below: a value nested past the limit is not looked into.
  if (!/^[[{]/.test(text) || findExcessiveNesting(text, 'json', NESTING_DEPTH_LIMIT) !== -1) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function containsSecret(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsSecret);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, entry]) => looksLikeSecret(key, entry) || containsSecret(entry));
}

/**
 * Names that mention a secret anywhere: stack output keys and labels (`GraphQLAPIKeyOutput`,
 * `AppClientSecret`, "API key") and configuration keys (`hostedUIProviderCreds`).
 */
const MENTIONS_SECRET = /secret|passw(?:or)?d|token|credential|creds$|(?:api|private).?key|(?:access|signing)[-_ ]?key/i;

/** Shapes that are not secrets alone but travel beside one, or are one without a telling prefix. */
export const CREDENTIAL_TOKENS: readonly string[] = [
  '(?:AKIA|ASIA)[A-Z0-9]{16}', // AWS access key ids
];
const CREDENTIAL_SHAPES: readonly RegExp[] = CREDENTIAL_TOKENS.map((token) => new RegExp(`^(?:${token})$`));

/** An AWS secret access key: 40 characters of base64, mixing digits and both cases. */
function isAwsSecretAccessKey(text: string): boolean {
  return /^[A-Za-z0-9/+=]{40}$/.test(text) && /[0-9]/.test(text) && /[A-Z]/.test(text) && /[a-z]/.test(text);
}

export function mentionsSecret(name: string): boolean {
  return MENTIONS_SECRET.test(name);
}

/** A token of a telling shape inside a longer value (`Bearer ghp_…`, a URL carrying a key). */
const TOKEN_INSIDE = new RegExp(`(?:^|[^A-Za-z0-9_-])(?:${[...SECRET_TOKENS, ...CREDENTIAL_TOKENS].join('|')})(?![A-Za-z0-9_-])`);

/**
 * Whether a value shown under any of `names` (an output's key, label, export name) should be
 * masked: a secret's shape, a token inside it, or a JSON value holding a secret (a custom output
 * carrying a configuration object).
 */
export function shouldHideValue(names: readonly (string | undefined)[], value: unknown): boolean {
  if (typeof value === 'string') {
    const text = value.trim();
    if (SECRET_SHAPES.some((shape) => shape.test(text)) || CREDENTIAL_SHAPES.some((shape) => shape.test(text)) || isAwsSecretAccessKey(text))
      return true;
    if (TOKEN_INSIDE.test(text)) return true;
    const nested = parseJsonContainer(text);
    if (nested !== undefined && containsSecret(nested)) return true;
  }
  return names.some((name) => name !== undefined && (mentionsSecret(name) || looksLikeSecret(name, value)));
}

/**
 * A long random-looking string: 24+ characters without spaces or separators, mixing digits and
 * both cases, many of them distinct — tokens and keys, but not names, ARNs or paths. Too loose to
 * mask outputs by (an IAM role name can look like this); hovers, which never show a value, use it
 * to say why.
 */
export function looksRandom(value: unknown): boolean {
  if (typeof value !== 'string' || value.length < 24 || /[\s:/.]/.test(value)) return false;
  if (!/[0-9]/.test(value) || !/[A-Z]/.test(value) || !/[a-z]/.test(value)) return false;
  return new Set(value).size >= 12;
}
