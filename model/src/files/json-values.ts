/**
 * Reading values out of JSON a person (or an older CLI) wrote: every shape is checked before use,
 * because any field may be missing, misspelt or of another type.
 */

/** Parses JSON text as the Amplify CLI reads its files (`JSON.parse`); undefined when it is not valid JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string, else undefined. */
export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Keys lower-cased, as the Amplify CLI reads feature flags. */
export function lowerCaseKeys(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key.toLowerCase(), entry]));
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
