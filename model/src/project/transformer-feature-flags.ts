/**
 * The `graphqltransformer` feature flags exactly as the Amplify CLI resolves them
 * (amplify-cli-core `feature-flags/featureFlags.ts`): a flag that neither `cli.json` nor the
 * current env's `cli.<env>.json` sets takes its registered default, and which default depends on
 * whether the project already existed — the CLI uses the "existing project" defaults whenever
 * `amplify/.config/project-config.json` is there (amplify-cli `index.ts`: `useNewDefaults =
 * !projectConfigExists`), which is every committed Gen 1 project.
 */

/** Each registered flag's default for an existing project and for a new one (keys lower-cased). */
const REGISTERED_FLAGS: Record<string, { existing: boolean | number; new: boolean | number }> = {
  addmissingownerfields: { existing: false, new: true },
  improvepluralization: { existing: false, new: false },
  validatetypenamereservedwords: { existing: true, new: true },
  useexperimentalpipelinedtransformer: { existing: false, new: true },
  enableiterativegsiupdates: { existing: false, new: true },
  secondarykeyasgsi: { existing: false, new: true },
  skipoverridemutationinputtypes: { existing: false, new: true },
  transformerversion: { existing: 1, new: 2 },
  suppressschemamigrationprompt: { existing: true, new: true },
  securityenhancementnotification: { existing: true, new: false },
  showfieldauthnotification: { existing: true, new: false },
  usesubusernamefordefaultidentityclaim: { existing: true, new: true },
  usefieldnameforprimarykeyconnectionfield: { existing: false, new: false },
  enableautoindexquerynames: { existing: false, new: true },
  respectprimarykeyattributesonconnectionfield: { existing: false, new: true },
  shoulddeepmergedirectiveconfigdefaults: { existing: false, new: false },
  populateownerfieldforstaticgroupauth: { existing: false, new: true },
  subscriptionsinheritprimaryauth: { existing: false, new: false },
  enablegen2migration: { existing: false, new: false },
};

export type FlagValue = boolean | number | string;

/** Which file set a flag, for the messages that explain the version Lens uses. */
export type FlagOrigin = 'cli.json' | `cli.${string}.json` | 'default';

export interface TransformerFlags {
  /** Every registered flag with its effective value, plus any unregistered ones the files set. */
  values: Record<string, FlagValue>;
  /** Where each flag's value came from. */
  origins: Record<string, FlagOrigin>;
  /** True when the CLI treats the project as existing (project-config.json is there). */
  existingProject: boolean;
}

/**
 * Resolves the flags: registered defaults, then `cli.json`'s section, then the env's file over it.
 * `projectFlags` and `envFlags` are the `features.graphqltransformer` objects, keys lower-cased.
 */
export function resolveTransformerFlags(
  projectFlags: Record<string, unknown>,
  envFlags: Record<string, unknown>,
  options: { existingProject: boolean; envFileName?: `cli.${string}.json` },
): TransformerFlags {
  const values: Record<string, FlagValue> = {};
  const origins: Record<string, FlagOrigin> = {};
  for (const [name, defaults] of Object.entries(REGISTERED_FLAGS)) {
    values[name] = options.existingProject ? defaults.existing : defaults.new;
    origins[name] = 'default';
  }
  const layers: Array<[Record<string, unknown>, FlagOrigin]> = [
    [projectFlags, 'cli.json'],
    [envFlags, options.envFileName ?? 'cli.json'],
  ];
  for (const [flags, origin] of layers) {
    for (const [name, value] of Object.entries(flags)) {
      if (typeof value !== 'boolean' && typeof value !== 'number' && typeof value !== 'string') continue;
      values[name] = value;
      origins[name] = origin;
    }
  }
  return { values, origins, existingProject: options.existingProject };
}

export interface TransformerVersionChoice {
  version: 1 | 2;
  /** Why, in words a user reads on a hover or in `amplify-lens check` ("from amplify/cli.json"). */
  reason: string;
}

/**
 * The version the API category picks (`getTransformerVersion`): 1 whenever
 * `useexperimentalpipelinedtransformer` is effectively false, whatever `transformerversion` says;
 * otherwise 2 (a `transformerversion` of 1 beside it is rewritten to 2 by the CLI).
 */
export function chooseTransformerVersion(flags: TransformerFlags): TransformerVersionChoice {
  const pipelined = flags.values.useexperimentalpipelinedtransformer;
  const pipelinedOrigin = flags.origins.useexperimentalpipelinedtransformer;
  if (pipelined !== true) {
    if (pipelinedOrigin === 'default') {
      return {
        version: 1,
        reason: flags.existingProject
          ? 'amplify/cli.json does not set graphqltransformer.useexperimentalpipelinedtransformer, which the Amplify CLI then takes as false for a project that exists (amplify/.config/project-config.json)'
          : 'the Amplify CLI defaults',
      };
    }
    return {
      version: 1,
      reason: `amplify/${pipelinedOrigin} sets graphqltransformer.useexperimentalpipelinedtransformer to ${String(pipelined)}`,
    };
  }
  if (pipelinedOrigin === 'default') {
    return { version: 2, reason: 'the Amplify CLI defaults for a new project (no amplify/.config/project-config.json)' };
  }
  return { version: 2, reason: `amplify/${pipelinedOrigin} sets graphqltransformer.useexperimentalpipelinedtransformer to true` };
}
