/**
 * What counts as a secret in `team-provider-info.json` and `parameters.json` for hovers: a key that
 * names one, or a value shaped like one. Hovers on these files never show values at all; this
 * decides whether the hover also says why.
 */
const SECRET_KEY = /secret|password|token|private.?key|client.?secret|api.?key|creds$|credential/i;

/** An AWS secret access key: 40 characters of base64. */
const AWS_SECRET_ACCESS_KEY = /^[A-Za-z0-9/+=]{40}$/;

export function isSecretKeyName(key: string): boolean {
  return SECRET_KEY.test(key);
}

export function looksLikeSecretValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (AWS_SECRET_ACCESS_KEY.test(value) && /[0-9]/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value)) return true;
  return isLongRandomString(value);
}

/**
 * 24+ characters with no spaces, mixing upper case, lower case and digits, with many distinct characters —
 * tokens and keys, but not names, ARNs or paths, which have separators and repeated words.
 */
function isLongRandomString(value: string): boolean {
  if (value.length < 24 || /[\s:/.]/.test(value)) return false;
  if (!/[0-9]/.test(value) || !/[A-Z]/.test(value) || !/[a-z]/.test(value)) return false;
  return new Set(value).size >= 12;
}
