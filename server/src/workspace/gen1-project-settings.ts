import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultApiSettings, type ApiSettings, type AuthProviderName } from '../graphql/api-settings';
import { isRecord, lowerCaseKeys, readJsonFile } from './read-json-file';
import { chooseTransformerVersion, resolveTransformerFlags, type TransformerFlags } from './transformer-feature-flags';

/** AppSync authentication types as the CLI writes them, and the @auth provider each enables. */
const AUTH_TYPE_PROVIDERS: Record<string, AuthProviderName> = {
  API_KEY: 'apiKey',
  AMAZON_COGNITO_USER_POOLS: 'userPools',
  AWS_IAM: 'iam',
  OPENID_CONNECT: 'oidc',
  AWS_LAMBDA: 'function',
};

export interface Gen1ProjectFacts {
  currentEnv?: string;
  envNames: string[];
  functionNames: Set<string>;
  /** `features.graphqltransformer` of cli.json with the current env's cli.<env>.json over it, defaults filled in as the CLI does. */
  transformerFlags: TransformerFlags;
  backendConfig: Record<string, unknown>;
}

/** Facts shared by every API of a Gen 1 project: env, functions, transformer feature flags. */
export async function readGen1ProjectFacts(root: string): Promise<Gen1ProjectFacts> {
  const amplifyDir = join(root, 'amplify');
  const localEnv = await readJsonFile(join(amplifyDir, '.config', 'local-env-info.json'));
  const currentEnv = isRecord(localEnv) && typeof localEnv.envName === 'string' ? localEnv.envName : undefined;
  const teamProviderInfo = await readJsonFile(join(amplifyDir, 'team-provider-info.json'));
  const localAwsInfo = await readJsonFile(join(amplifyDir, '.config', 'local-aws-info.json'));
  const envNames = [
    ...new Set([
      ...(isRecord(teamProviderInfo) ? Object.keys(teamProviderInfo) : []),
      ...(isRecord(localAwsInfo) ? Object.keys(localAwsInfo) : []),
      ...(currentEnv ? [currentEnv] : []),
    ]),
  ];
  const backendConfig = await readJsonFile(join(amplifyDir, 'backend', 'backend-config.json'));
  const functions = isRecord(backendConfig) && isRecord(backendConfig.function) ? backendConfig.function : {};
  const cliJson = lowerCaseKeys((await readJsonFile(join(amplifyDir, 'cli.json'))) as unknown);
  const envCliJson = currentEnv
    ? lowerCaseKeys((await readJsonFile(join(amplifyDir, `cli.${currentEnv}.json`))) as unknown)
    : {};
  const transformerFlags = resolveTransformerFlags(
    lowerCaseKeys(lowerCaseKeys(cliJson.features).graphqltransformer),
    lowerCaseKeys(lowerCaseKeys(envCliJson.features).graphqltransformer),
    {
      existingProject: await pathExists(join(amplifyDir, '.config', 'project-config.json')),
      envFileName: currentEnv ? `cli.${currentEnv}.json` : undefined,
    },
  );
  return {
    currentEnv,
    envNames,
    functionNames: new Set(Object.keys(functions)),
    transformerFlags,
    backendConfig: isRecord(backendConfig) ? backendConfig : {},
  };
}

/** Settings for one Gen 1 API folder (`amplify/backend/api/<name>`). */
export async function readGen1ApiSettings(
  facts: Gen1ProjectFacts,
  apiName: string,
  apiDir: string,
): Promise<ApiSettings> {
  const transformConf = await readJsonFile(join(apiDir, 'transform.conf.json'));
  const { version, reason } = chooseTransformerVersion(facts.transformerFlags);
  return defaultApiSettings({
    generation: 1,
    transformerVersion: version,
    transformerVersionReason: reason,
    featureFlags: { ...facts.transformerFlags.values },
    authProviders: await readGen1AuthProviders(facts.backendConfig, apiName, apiDir, version),
    functionNames: facts.functionNames,
    envNames: facts.envNames,
    dataStoreEnabled: isRecord(transformConf) && transformConf.ResolverConfig !== undefined,
  });
}

/**
 * The API's auth modes as the transformer of `version` reads them. v2 reads `cli-inputs.json`
 * (CLI ≥ 7) first, else the `authConfig` that backend-config.json mirrors. v1 reads only the API's
 * resource entry, `output.authConfig` or the older `output.securityType`
 * (amplify-category-api `transform-graphql-schema-v1.ts`, `resources[0].output`), the same
 * object backend-config.json holds. `undefined` when nothing says, so no provider check runs.
 */
async function readGen1AuthProviders(
  backendConfig: Record<string, unknown>,
  apiName: string,
  apiDir: string,
  version: 1 | 2,
): Promise<Set<AuthProviderName> | undefined> {
  if (version === 2) {
    const cliInputs = await readJsonFile(join(apiDir, 'cli-inputs.json'));
    const serviceConfiguration = isRecord(cliInputs) ? cliInputs.serviceConfiguration : undefined;
    if (isRecord(serviceConfiguration) && isRecord(serviceConfiguration.defaultAuthType)) {
      const modes = [serviceConfiguration.defaultAuthType, ...asArray(serviceConfiguration.additionalAuthTypes)];
      return providersOf(modes.map((mode) => (isRecord(mode) ? mode.mode : undefined)));
    }
  }
  const api = isRecord(backendConfig.api) ? backendConfig.api[apiName] : undefined;
  const output = isRecord(api) && isRecord(api.output) ? api.output : undefined;
  if (version === 1 && typeof output?.securityType === 'string') return providersOf([output.securityType]);
  const authConfig = output?.authConfig;
  if (isRecord(authConfig) && isRecord(authConfig.defaultAuthentication)) {
    const modes = [authConfig.defaultAuthentication, ...asArray(authConfig.additionalAuthenticationProviders)];
    return providersOf(modes.map((mode) => (isRecord(mode) ? mode.authenticationType : undefined)));
  }
  return undefined;
}

async function pathExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function providersOf(types: unknown[]): Set<AuthProviderName> {
  const providers = new Set<AuthProviderName>();
  for (const type of types) {
    const provider = typeof type === 'string' ? AUTH_TYPE_PROVIDERS[type] : undefined;
    if (provider) providers.add(provider);
  }
  return providers;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The schema files of a Gen 1 API, as the CLI reads them (transformConfig.ts `readSchema`):
 * `schema.graphql` when it exists, otherwise every `.graphql` file under `schema/`.
 */
export async function listGen1SchemaFiles(apiDir: string): Promise<string[]> {
  try {
    const entries = await readdir(apiDir, { withFileTypes: true });
    if (entries.some((entry) => entry.isFile() && entry.name === 'schema.graphql')) return [join(apiDir, 'schema.graphql')];
  } catch {
    return [];
  }
  const files: string[] = [];
  await collectGraphqlFiles(join(apiDir, 'schema'), files);
  return files;
}

export async function collectGraphqlFiles(dir: string, into: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await collectGraphqlFiles(path, into);
    else if (entry.name.endsWith('.graphql')) into.push(path);
  }
}
