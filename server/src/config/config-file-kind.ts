import { basename } from 'node:path';

/** The Amplify configuration files Lens understands, by role. */
export type ConfigFileKind =
  | 'backend-config' // amplify/backend/backend-config.json
  | 'team-provider-info' // amplify/team-provider-info.json
  | 'cli-json' // amplify/cli.json, amplify/cli.<env>.json (feature flags)
  | 'project-config' // amplify/.config/project-config.json
  | 'local-env-info' // amplify/.config/local-env-info.json
  | 'local-aws-info' // amplify/.config/local-aws-info.json
  | 'api-cli-inputs' // amplify/backend/api/<name>/cli-inputs.json (AppSync or API Gateway)
  | 'auth-cli-inputs' // amplify/backend/auth/<name>/cli-inputs.json (Cognito)
  | 'storage-cli-inputs' // amplify/backend/storage/<name>/cli-inputs.json (S3 or DynamoDB)
  | 'parameters' // amplify/backend/<category>/<name>/parameters.json (CloudFormation parameter values)
  | 'transform-conf' // amplify/backend/api/<name>/transform.conf.json
  | 'function-parameters' // amplify/backend/function/<name>/function-parameters.json
  | 'amplify-outputs' // amplify_outputs.json (Gen 2 client configuration)
  | 'amplify-yml' // amplify.yml (Amplify Hosting build specification)
  | 'custom-http-yml'; // customHttp.yml (Amplify Hosting custom headers)

/**
 * The kind of an Amplify configuration file from its path, or undefined. Decided by where the
 * file sits in an `amplify/` folder, so a `parameters.json` elsewhere is not taken for Amplify's.
 */
export function configFileKindOf(path: string): ConfigFileKind | undefined {
  const name = basename(path);
  if (name === 'amplify_outputs.json') return 'amplify-outputs';
  if (name === 'amplify.yml' || name === 'amplify.yaml') return 'amplify-yml';
  if (name === 'customHttp.yml' || name === 'customHttp.yaml') return 'custom-http-yml';
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  const amplify = parts.lastIndexOf('amplify');
  if (amplify === -1 || parts.includes('#current-cloud-backend') || parts.includes('node_modules')) return undefined;
  const inside = parts.slice(amplify + 1);
  const [first, second, , fourth] = inside;
  if (inside.length === 1) {
    if (name === 'team-provider-info.json') return 'team-provider-info';
    if (/^cli(\.[^.]+)?\.json$/.test(name)) return 'cli-json';
    return undefined;
  }
  if (first === '.config' && inside.length === 2) {
    if (name === 'project-config.json') return 'project-config';
    if (name === 'local-env-info.json') return 'local-env-info';
    if (name === 'local-aws-info.json') return 'local-aws-info';
    return undefined;
  }
  if (first !== 'backend') return undefined;
  if (inside.length === 2) return name === 'backend-config.json' ? 'backend-config' : undefined;
  // amplify/backend/<category>/<resource>/<file> — and build/parameters.json for override-enabled categories
  const inBuild = inside.length === 5 && fourth === 'build' && name === 'parameters.json';
  if (inside.length !== 4 && !inBuild) return undefined;
  if (name === 'parameters.json') return 'parameters';
  if (name === 'cli-inputs.json') {
    if (second === 'api') return 'api-cli-inputs';
    if (second === 'auth') return 'auth-cli-inputs';
    if (second === 'storage') return 'storage-cli-inputs';
    return undefined;
  }
  if (name === 'transform.conf.json' && second === 'api') return 'transform-conf';
  if (name === 'function-parameters.json' && second === 'function') return 'function-parameters';
  return undefined;
}

/** JSON files are validated with the JSON service, the Hosting YAML files with the YAML one. */
export function isYamlKind(kind: ConfigFileKind): boolean {
  return kind === 'amplify-yml' || kind === 'custom-http-yml';
}
