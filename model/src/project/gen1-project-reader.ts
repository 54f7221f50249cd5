import { join } from 'node:path';
import type { Gen1EnvInfo, Gen1ProjectInfo, Gen1ResourceInfo } from './amplify-project-types';
import { fileExists, isRecord, readJsonFile, stringOf } from '../files/file-reading';

/**
 * A Gen 1 project's envs and resources from its files: team-provider-info.json (envs, region, root
 * stack, app id), local-aws-info.json (envs on this machine and their profiles), local-env-info.json
 * (the checked-out env), backend-config.json (resources) and amplify-meta.json (logical ids, the
 * current env's root stack and outputs). Every file may be missing; what is there is used.
 */
export async function readGen1Project(root: string): Promise<Gen1ProjectInfo> {
  const amplify = join(root, 'amplify');
  const [teamProviderInfo, localAwsInfo, localEnvInfo, projectConfig, backendConfig, meta] = await Promise.all([
    readJsonFile(join(amplify, 'team-provider-info.json')),
    readJsonFile(join(amplify, '.config', 'local-aws-info.json')),
    readJsonFile(join(amplify, '.config', 'local-env-info.json')),
    readJsonFile(join(amplify, '.config', 'project-config.json')),
    readJsonFile(join(amplify, 'backend', 'backend-config.json')),
    readJsonFile(join(amplify, 'backend', 'amplify-meta.json')),
  ]);
  const currentEnv = isRecord(localEnvInfo) ? stringOf(localEnvInfo.envName) : undefined;
  return {
    generation: 1,
    root,
    projectName: isRecord(projectConfig) ? stringOf(projectConfig.projectName) : undefined,
    envs: readEnvs(teamProviderInfo, localAwsInfo, meta, currentEnv),
    currentEnv,
    resources: await readResources(amplify, backendConfig, meta),
  };
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

async function readResources(amplify: string, backendConfig: unknown, meta: unknown): Promise<Gen1ResourceInfo[]> {
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
          definitionPath: await definitionFile(join(amplify, 'backend', category, name), category, name),
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
async function definitionFile(folder: string, category: string, name: string): Promise<string | undefined> {
  const candidates = [
    ...(category === 'api' ? ['schema.graphql'] : []),
    ...(category === 'function' ? ['src/index.js', 'src/index.ts', 'src/index.py', 'function-parameters.json'] : []),
    'cli-inputs.json',
    'parameters.json',
    `${name}-cloudformation-template.json`,
  ];
  for (const candidate of candidates) {
    const path = join(folder, candidate);
    if (await fileExists(path)) return path;
  }
  return undefined;
}
