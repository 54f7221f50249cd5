import { readTextFileOrUndefined } from './text-file-reader';

/** Reads a JSON file; `undefined` when it is missing, unreadable or not valid JSON (config checks report those). */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readTextFileOrUndefined(path);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys lower-cased, as the Amplify CLI reads feature flags. */
export function lowerCaseKeys(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key.toLowerCase(), entry]));
}
