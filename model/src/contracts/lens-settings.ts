/**
 * Every `amplifyLens.*` setting as both halves read it: its key under the section, its type, its
 * default and its allowed values — what package.json's `contributes.configuration` declares, once
 * more in code so the readers are typed by it (a test holds the two together). The extension reads
 * them with `getConfiguration`, the language server pulls them per workspace folder with
 * `workspace/configuration`; both turn what the user typed into a value of the right type here.
 */

export const LENS_SETTINGS_SECTION = 'amplifyLens';

type SettingSpec =
  | { readonly type: 'string'; readonly default: string; readonly enum?: readonly string[] }
  | { readonly type: 'number'; readonly default: number; readonly minimum?: number; readonly maximum?: number }
  | { readonly type: 'array'; readonly items: { readonly type: 'string' }; readonly default: readonly string[] };

export const LENS_SETTINGS = {
  schemaFiles: { type: 'array', items: { type: 'string' }, default: [] },
  transformerVersion: { type: 'string', enum: ['auto', '1', '2'], default: 'auto' },
  'trace.server': { type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off' },
  'environments.refreshIntervalSeconds': { type: 'number', default: 60, minimum: 0 },
  gen2AppIds: { type: 'array', items: { type: 'string' }, default: [] },
  'aws.cloudFormationEndpoint': { type: 'string', default: '' },
  'aws.cloudWatchLogsEndpoint': { type: 'string', default: '' },
  'aws.amplifyEndpoint': { type: 'string', default: '' },
  'logs.tailOnDebug': { type: 'string', enum: ['ask', 'function', 'always', 'off'], default: 'ask' },
  'logs.bufferSize': { type: 'number', default: 10_000, minimum: 1_000, maximum: 200_000 },
  'logs.timeZone': { type: 'string', enum: ['local', 'utc'], default: 'local' },
  'cli.amplifyPath': { type: 'string', default: 'amplify' },
  'cli.ampxCommand': { type: 'string', default: 'npx ampx' },
} as const satisfies Record<string, SettingSpec>;

export type LensSettingKey = keyof typeof LENS_SETTINGS;

type ValueOf<S> = S extends { type: 'string'; enum: readonly (infer E)[] }
  ? E
  : S extends { type: 'string' }
    ? string
    : S extends { type: 'number' }
      ? number
      : S extends { type: 'array' }
        ? string[]
        : never;

/** The settings' values, typed by their declarations: `transformerVersion` is `'auto' | '1' | '2'`. */
export type LensSettings = { -readonly [K in LensSettingKey]: ValueOf<(typeof LENS_SETTINGS)[K]> };

/**
 * One setting from what the user (or another editor) wrote: the value when it has the declared
 * type (and is one of the allowed values), else the default. A number where the allowed values
 * are strings reads as its digits (`transformerVersion: 2` means `'2'`). Ranges are left to the
 * reader that knows what a value outside them means (a refresh interval below 10, a buffer size).
 */
export function readLensSetting<K extends LensSettingKey>(key: K, raw: unknown): LensSettings[K] {
  const spec: SettingSpec = LENS_SETTINGS[key];
  return readValue(spec, raw) as LensSettings[K];
}

function readValue(spec: SettingSpec, raw: unknown): unknown {
  switch (spec.type) {
    case 'string': {
      const text = typeof raw === 'number' && spec.enum ? String(raw) : raw;
      if (typeof text !== 'string') return spec.default;
      return spec.enum && !spec.enum.includes(text) ? spec.default : text;
    }
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : spec.default;
    case 'array':
      return Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : [...spec.default];
  }
}

/**
 * Every setting from the `amplifyLens` section as `workspace/configuration` answers it: a nested
 * object (`{ trace: { server: 'off' } }`, as VS Code sends it) or flat dotted keys (`{ 'trace.server': 'off' }`).
 */
export function readLensSettingsSection(section: unknown): LensSettings {
  const settings: Partial<Record<LensSettingKey, unknown>> = {};
  for (const key of Object.keys(LENS_SETTINGS) as LensSettingKey[]) settings[key] = readLensSetting(key, valueAt(section, key));
  return settings as LensSettings;
}

function valueAt(section: unknown, key: string): unknown {
  if (!isObject(section)) return undefined;
  if (key in section) return section[key];
  let value: unknown = section;
  for (const part of key.split('.')) value = isObject(value) ? value[part] : undefined;
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
