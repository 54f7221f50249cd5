/**
 * Secrets masked out of free text: a log line, an error message, the language server's traffic.
 * The same recognition as `looksLikeSecret`: tokens with a telling shape wherever they stand
 * (GitHub, Slack, Stripe and Google keys, AppSync API keys, AWS access key ids, private keys), and
 * the value after a key that names a secret (`"clientSecret": "…"`, `aws_secret_access_key = …`,
 * `password: …`), unless the value is a reference or a placeholder. Browser-safe.
 */
import { CREDENTIAL_TOKENS, PRIVATE_KEY_START, SECRET_TOKENS, looksLikeSecret } from './looks-like-secret';

export const MASK = '••••';

/** The token shapes of looks-like-secret.ts, found anywhere in a text (a private key to its end). */
const TOKENS_IN_TEXT: readonly RegExp[] = [
  new RegExp(`${PRIVATE_KEY_START.source}[\\s\\S]*?(?:-----END (?:[A-Z]+ )*PRIVATE KEY-----|$)`, 'g'),
  ...[...SECRET_TOKENS, ...CREDENTIAL_TOKENS].map((token) => new RegExp(`\\b(?:${token})(?![A-Za-z0-9_-])`, 'g')),
];

/** `"key": "value"` in JSON (the value JSON-escaped). */
const JSON_PAIR = /"([^"\\]{1,100})"(\s*:\s*)"((?:[^"\\]|\\.)*)"/g;
/**
 * `key = value`, `key: value`, `KEY=value` in INI files, YAML, environment listings and messages,
 * and in source text (`apiKey = "…"`, quotes JSON-escaped inside a JSON string); a `${…}` or `<…>`
 * placeholder is read whole.
 */
const PLAIN_PAIR = /\b([A-Za-z_][\w.-]{0,100})(\s*[=:]\s*(?:\\?["'])?)(\$\{[^}]*\}|<[^>\s]*>|[^\s"'\\,;}\]]+)/g;

export function maskSecretsInText(text: string): string {
  let masked = text;
  for (const token of TOKENS_IN_TEXT) masked = masked.replace(token, MASK);
  masked = masked.replace(JSON_PAIR, (whole, key: string, separator: string, value: string) =>
    looksLikeSecret(key, unescapeJson(value)) ? `"${key}"${separator}"${MASK}"` : whole,
  );
  return masked.replace(PLAIN_PAIR, (whole, key: string, separator: string, value: string) =>
    value !== MASK && looksLikeSecret(key, value) ? `${key}${separator}${MASK}` : whole,
  );
}

function unescapeJson(value: string): string {
  try {
    return JSON.parse(`"${value}"`) as string;
  } catch {
    return value;
  }
}
