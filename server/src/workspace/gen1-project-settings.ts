import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppSyncAuthMode, Gen1ApiInfo, Gen1ProjectInfo } from 'amplify-lens-model/project';
import { defaultApiSettings, type ApiSettings, type AuthProviderName } from '../graphql/api-settings';

/** AppSync authentication types as the CLI writes them, and the @auth provider each enables. */
const AUTH_TYPE_PROVIDERS: Record<AppSyncAuthMode, AuthProviderName> = {
  API_KEY: 'apiKey',
  AMAZON_COGNITO_USER_POOLS: 'userPools',
  AWS_IAM: 'iam',
  OPENID_CONNECT: 'oidc',
  AWS_LAMBDA: 'function',
};

/**
 * The analysis settings of one Gen 1 API, from what the project model read: the transformer
 * version and flags, the API's auth modes as @auth providers, functions, envs and DataStore.
 */
export function gen1ApiSettings(project: Gen1ProjectInfo, api: Gen1ApiInfo): ApiSettings {
  return defaultApiSettings({
    generation: 1,
    transformerVersion: project.transformer.version,
    transformerVersionReason: project.transformer.reason,
    featureFlags: { ...project.transformer.flags.values },
    // Undefined when the project does not say, so no provider check runs.
    authProviders: api.authModes ? new Set(api.authModes.map((mode) => AUTH_TYPE_PROVIDERS[mode])) : undefined,
    functionNames: new Set(project.functionNames),
    envNames: project.envs.map((env) => env.name),
    dataStoreEnabled: api.dataStoreEnabled,
    storageConfigured: project.storageConfigured,
    sqlStatementNames: new Set(api.sqlStatementNames),
  });
}

/**
 * The schema files of a Gen 1 API, as the CLI reads them (transformConfig.ts `readSchema`):
 * `schema.graphql` (DynamoDB models) and `schema.sql.graphql` (models of an imported SQL
 * database) when either exists, otherwise every `.graphql` file under `schema/`.
 */
export async function listGen1SchemaFiles(apiDir: string): Promise<string[]> {
  try {
    const entries = await readdir(apiDir, { withFileTypes: true });
    const files = ['schema.graphql', 'schema.sql.graphql'].filter((name) => entries.some((entry) => entry.isFile() && entry.name === name));
    if (files.length > 0) return files.map((name) => join(apiDir, name));
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
