import { asArray, isRecord, lowerCaseKeys, stringOf } from '../files/json-values';
import { absolutePathOf, projectFileExists, readProjectJson, type ProjectFiles } from '../files/project-files';
import type { AppSyncAuthMode, Gen1ApiInfo, Gen1EnvInfo, Gen1ProjectInfo, Gen1ResourceInfo, Gen1TransformerInfo } from './amplify-project-types';
import { chooseTransformerVersion, resolveTransformerFlags } from './transformer-feature-flags';

/**
 * A Gen 1 project from its files: team-provider-info.json (envs, region, root stack, app id),
 * local-aws-info.json (envs on this machine and their profiles), local-env-info.json (the
 * checked-out env), backend-config.json (resources, functions, API auth modes), amplify-meta.json
 * (logical ids, the current env's root stack and outputs), cli.json and cli.<env>.json (the
 * transformer's feature flags) and the API folders. Every file may be missing; what is there is used.
 */
export async function readGen1Project(files: ProjectFiles): Promise<Gen1ProjectInfo> {
  const [teamProviderInfo, localAwsInfo, localEnvInfo, projectConfig, backendConfig, meta] = await Promise.all([
    readProjectJson(files, 'amplify/team-provider-info.json'),
    readProjectJson(files, 'amplify/.config/local-aws-info.json'),
    readProjectJson(files, 'amplify/.config/local-env-info.json'),
    readProjectJson(files, 'amplify/.config/project-config.json'),
    readProjectJson(files, 'amplify/backend/backend-config.json'),
    readProjectJson(files, 'amplify/backend/amplify-meta.json'),
  ]);
  const currentEnv = isRecord(localEnvInfo) ? stringOf(localEnvInfo.envName) : undefined;
  const functions = isRecord(backendConfig) && isRecord(backendConfig.function) ? backendConfig.function : {};
  // The transformer decides where the APIs' auth modes are read from.
  const transformer = await readTransformer(files, currentEnv);
  return {
    generation: 1,
    root: files.root,
    projectName: isRecord(projectConfig) ? stringOf(projectConfig.projectName) : undefined,
    envs: readEnvs(teamProviderInfo, localAwsInfo, meta, currentEnv),
    currentEnv,
    resources: await readResources(files, backendConfig, meta),
    functionNames: Object.keys(functions),
    apis: await readApis(files, backendConfig, transformer.version),
    transformer,
    storageConfigured: hasS3Storage(backendConfig),
  };
}

/**
 * The bucket `@predictions` reads: the CLI passes one when the project has a storage resource of
 * service S3 (amplify-category-api transformer-options-v2.ts `s3ResourceAlreadyExists`, which
 * reads amplify-meta.json; backend-config.json, which is committed, lists the same resources).
 */
function hasS3Storage(backendConfig: unknown): boolean | undefined {
  // Every API is listed there; without the api section the file is missing or not the CLI's.
  if (!isRecord(backendConfig) || !isRecord(backendConfig.api)) return undefined;
  const storage = isRecord(backendConfig.storage) ? Object.values(backendConfig.storage) : [];
  return storage.some((resource) => isRecord(resource) && resource.service === 'S3');
}

function readEnvs(teamProviderInfo: unknown, localAwsInfo: unknown, meta: unknown, currentEnv: string | undefined): Gen1EnvInfo[] {
  const names = new Set<string>();
  if (isRecord(teamProviderInfo)) Object.keys(teamProviderInfo).forEach((name) => names.add(name));
  // `amplify env list` lists the keys of local-aws-info.json: envs added on this machine but never shared.
  if (isRecord(localAwsInfo)) Object.keys(localAwsInfo).forEach((name) => names.add(name));
  if (currentEnv) names.add(currentEnv);
  const metaProvider = providerSettings(meta);
  return [...names].map((name) => {
    const fromTeam = isRecord(teamProviderInfo) ? providerSettings(teamProviderInfo[name]) : undefined;
    // amplify-meta.json describes the checked-out env only.
    const fromMeta = name === currentEnv ? metaProvider : undefined;
    const local = isRecord(localAwsInfo) && isRecord(localAwsInfo[name]) ? localAwsInfo[name] : undefined;
    return {
      name,
      region: stringOf(fromTeam?.Region) ?? stringOf(fromMeta?.Region),
      rootStackName: stringOf(fromTeam?.StackName) ?? stringOf(fromMeta?.StackName),
      rootStackId: stringOf(fromTeam?.StackId) ?? stringOf(fromMeta?.StackId),
      appId: stringOf(fromTeam?.AmplifyAppId) ?? stringOf(fromMeta?.AmplifyAppId),
      profile: local && local.useProfile === true ? stringOf(local.profileName) : undefined,
    };
  });
}

function providerSettings(section: unknown): Record<string, unknown> | undefined {
  if (!isRecord(section)) return undefined;
  const provider = isRecord(section.providers) ? section.providers.awscloudformation : section.awscloudformation;
  return isRecord(provider) ? provider : undefined;
}

async function readResources(files: ProjectFiles, backendConfig: unknown, meta: unknown): Promise<Gen1ResourceInfo[]> {
  const resources: Gen1ResourceInfo[] = [];
  const seen = new Set<string>();
  for (const source of [backendConfig, meta]) {
    if (!isRecord(source)) continue;
    for (const [category, entries] of Object.entries(source)) {
      if (category === 'providers' || category === 'parameters' || !isRecord(entries)) continue;
      for (const [name, entry] of Object.entries(entries)) {
        const key = `${category}/${name}`;
        if (seen.has(key) || !isRecord(entry)) continue;
        seen.add(key);
        const fromMeta = isRecord(meta) && isRecord(meta[category]) ? (meta[category] as Record<string, unknown>)[name] : undefined;
        resources.push({
          category,
          name,
          service: stringOf(entry.service),
          logicalId: logicalIdOf(fromMeta) ?? `${category}${name}`,
          outputs: outputsOf(fromMeta),
          definitionPath: await definitionFile(files, `amplify/backend/${category}/${name}`, category, name),
        });
      }
    }
  }
  return resources;
}

function logicalIdOf(metaEntry: unknown): string | undefined {
  return isRecord(metaEntry) && isRecord(metaEntry.providerMetadata) ? stringOf(metaEntry.providerMetadata.logicalId) : undefined;
}

function outputsOf(metaEntry: unknown): Record<string, string> {
  if (!isRecord(metaEntry) || !isRecord(metaEntry.output)) return {};
  return Object.fromEntries(Object.entries(metaEntry.output).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The file a person edits for the resource: the API's schema, a function's handler, else its inputs. */
async function definitionFile(files: ProjectFiles, folder: string, category: string, name: string): Promise<string | undefined> {
  const candidates = [
    ...(category === 'api' ? ['schema.graphql'] : []),
    ...(category === 'function' ? ['src/index.js', 'src/index.ts', 'src/index.py', 'function-parameters.json'] : []),
    'cli-inputs.json',
    'parameters.json',
    `${name}-cloudformation-template.json`,
  ];
  for (const candidate of candidates) {
    const path = `${folder}/${candidate}`;
    if (await projectFileExists(files, path)) return absolutePathOf(files, path);
  }
  return undefined;
}

/** Every folder under `amplify/backend/api/`, in name order, with what its files say about auth and DataStore. */
async function readApis(files: ProjectFiles, backendConfig: unknown, transformerVersion: 1 | 2): Promise<Gen1ApiInfo[]> {
  const folders = (await files.listDirectory('amplify/backend/api')).filter((entry) => entry.isDirectory);
  const apis: Gen1ApiInfo[] = [];
  for (const { name } of folders.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const folder = `amplify/backend/api/${name}`;
    const [cliInputs, transformConf, statements] = await Promise.all([
      readProjectJson(files, `${folder}/cli-inputs.json`),
      readProjectJson(files, `${folder}/transform.conf.json`),
      files.listDirectory(`${folder}/sql-statements`),
    ]);
    const authModes = readAuthModes(cliInputs, backendConfig, name, transformerVersion);
    apis.push({
      name,
      dir: absolutePathOf(files, folder),
      ...(authModes ? { authModes } : {}),
      dataStoreEnabled: isRecord(transformConf) && transformConf.ResolverConfig !== undefined,
      sqlStatementNames: statements
        .filter((entry) => !entry.isDirectory && entry.name.endsWith('.sql'))
        .map((entry) => entry.name.slice(0, -'.sql'.length))
        .sort(),
    });
  }
  return apis;
}

const AUTH_MODES = new Set<string>(['API_KEY', 'AMAZON_COGNITO_USER_POOLS', 'AWS_IAM', 'OPENID_CONNECT', 'AWS_LAMBDA']);

/**
 * The API's auth modes as the transformer of `version` reads them. v2 reads `cli-inputs.json`
 * (CLI ≥ 7) first, else the `authConfig` that backend-config.json mirrors. v1 reads only the API's
 * resource entry, `output.authConfig` or the older `output.securityType` of CLI 1.x
 * (amplify-category-api `transform-graphql-schema-v1.ts`, `resources[0].output`), the same object
 * backend-config.json holds. Undefined when nothing says; modes AppSync does not know are left out.
 */
function readAuthModes(cliInputs: unknown, backendConfig: unknown, apiName: string, version: 1 | 2): AppSyncAuthMode[] | undefined {
  const serviceConfiguration = isRecord(cliInputs) ? cliInputs.serviceConfiguration : undefined;
  if (version === 2 && isRecord(serviceConfiguration) && isRecord(serviceConfiguration.defaultAuthType)) {
    const modes = [serviceConfiguration.defaultAuthType, ...asArray(serviceConfiguration.additionalAuthTypes)];
    return knownModes(modes.map((mode) => (isRecord(mode) ? mode.mode : undefined)));
  }
  const api = isRecord(backendConfig) && isRecord(backendConfig.api) ? backendConfig.api[apiName] : undefined;
  const output = isRecord(api) && isRecord(api.output) ? api.output : undefined;
  if (version === 1 && typeof output?.securityType === 'string') return knownModes([output.securityType]);
  const authConfig = output?.authConfig;
  if (isRecord(authConfig) && isRecord(authConfig.defaultAuthentication)) {
    const modes = [authConfig.defaultAuthentication, ...asArray(authConfig.additionalAuthenticationProviders)];
    return knownModes(modes.map((mode) => (isRecord(mode) ? mode.authenticationType : undefined)));
  }
  return undefined;
}

function knownModes(types: unknown[]): AppSyncAuthMode[] {
  const modes: AppSyncAuthMode[] = [];
  for (const type of types)
    if (typeof type === 'string' && AUTH_MODES.has(type) && !modes.includes(type as AppSyncAuthMode)) modes.push(type as AppSyncAuthMode);
  return modes;
}

/**
 * The transformer flags and version as the Amplify CLI resolves them: cli.json, then the current
 * env's cli.<env>.json over it, and the "existing project" defaults whenever
 * `amplify/.config/project-config.json` is there (see transformer-feature-flags.ts).
 */
async function readTransformer(files: ProjectFiles, currentEnv: string | undefined): Promise<Gen1TransformerInfo> {
  const envFileName = currentEnv ? (`cli.${currentEnv}.json` as const) : undefined;
  const [cliJson, envCliJson, existingProject] = await Promise.all([
    readProjectJson(files, 'amplify/cli.json'),
    envFileName ? readProjectJson(files, `amplify/${envFileName}`) : Promise.resolve(undefined),
    projectFileExists(files, 'amplify/.config/project-config.json'),
  ]);
  const flags = resolveTransformerFlags(
    lowerCaseKeys(lowerCaseKeys(lowerCaseKeys(cliJson).features).graphqltransformer),
    lowerCaseKeys(lowerCaseKeys(lowerCaseKeys(envCliJson).features).graphqltransformer),
    { existingProject, envFileName },
  );
  return { flags, ...chooseTransformerVersion(flags) };
}
