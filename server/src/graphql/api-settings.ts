/**
 * What the analysis needs to know about the API a schema belongs to. The workspace index reads it
 * from the project (cli.json, cli-inputs.json, backend-config.json, …); tests build it by hand.
 */
export type AuthProviderName = 'apiKey' | 'userPools' | 'iam' | 'oidc' | 'function';

export interface ApiSettings {
  /** Amplify generation: Gen 1 (the `amplify` CLI) or Gen 2 (`ampx`). */
  generation: 1 | 2;
  /** GraphQL transformer version (Gen 1 `features.graphqltransformer.transformerversion`). */
  transformerVersion: 1 | 2;
  /** Why this version: which file and flag decided it, in words for hovers and `amplify-lens check`. */
  transformerVersionReason?: string;
  /** Feature flags of section `graphqltransformer`, keys lower-cased as the CLI reads them. */
  featureFlags: Record<string, boolean | number | string>;
  /**
   * Auth providers configured on the API (default and additional). `undefined` when the project
   * does not say, in which case provider-availability checks stay quiet.
   */
  authProviders?: ReadonlySet<AuthProviderName>;
  /** Names of the project's Lambda functions (Gen 1 backend-config.json); `undefined` when unknown. */
  functionNames?: ReadonlySet<string>;
  /** Env names, used to expand `${env}` in `@function(name:)`. */
  envNames: readonly string[];
  /** DataStore (conflict resolution) is on when transform.conf.json has `ResolverConfig`. */
  dataStoreEnabled: boolean;
  /**
   * Whether the project has S3 storage the `@predictions` transformer can read from (Gen 1: a
   * `storage` resource of service S3). `undefined` when unknown, and the check stays quiet.
   */
  storageConfigured?: boolean;
  /**
   * Names of the API's custom SQL statements (Gen 1: `sql-statements/<name>.sql` in the API
   * folder), which `@sql(reference:)` names. `undefined` when unknown.
   */
  sqlStatementNames?: ReadonlySet<string>;
  /**
   * The database behind the models of a schema file, by file URI, where the project says so
   * (e.g. a Gen 2 schema built with `a.sql` definitions). Without an entry, Gen 1 reads it from
   * the file (`schema.sql.graphql` and its `input AMPLIFY { engine }`); see model-data-source.ts.
   */
  schemaFileDataSources?: Readonly<Record<string, ModelDataSourceKind>>;
}

/** The databases the transformer distinguishes for a model (transformer-core `ModelDataSourceStrategyDbType`). */
export type ModelDataSourceKind = 'dynamodb' | 'mysql' | 'postgres';

/** Flag defaults for a project created by a current CLI (amplify-cli-core featureFlags.ts, "new"). */
const NEW_PROJECT_FLAGS: Record<string, boolean | number> = {
  secondarykeyasgsi: true,
  enableautoindexquerynames: true,
  usesubusernamefordefaultidentityclaim: true,
  respectprimarykeyattributesonconnectionfield: true,
  populateownerfieldforstaticgroupauth: true,
  shoulddeepmergedirectiveconfigdefaults: false,
  transformerversion: 2,
};

export function defaultApiSettings(overrides: Partial<ApiSettings> = {}): ApiSettings {
  return {
    generation: 1,
    transformerVersion: 2,
    featureFlags: { ...NEW_PROJECT_FLAGS },
    envNames: [],
    dataStoreEnabled: false,
    ...overrides,
  };
}

export function flag(settings: ApiSettings, name: string): boolean | number | string | undefined {
  return settings.featureFlags[name.toLowerCase()];
}
