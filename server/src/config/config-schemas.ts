import type { ConfigFileKind } from './config-file-kind';
import amplifyOutputsSchema from '../../../schemas/amplify-outputs.schema.json';
import amplifyYmlSchema from '../../../schemas/amplify-yml.schema.json';
import apiCliInputsSchema from '../../../schemas/api-cli-inputs.schema.json';
import authCliInputsSchema from '../../../schemas/auth-cli-inputs.schema.json';
import backendConfigSchema from '../../../schemas/backend-config.schema.json';
import cliJsonSchema from '../../../schemas/cli-json.schema.json';
import customHttpYmlSchema from '../../../schemas/custom-http-yml.schema.json';
import functionParametersSchema from '../../../schemas/function-parameters.schema.json';
import localAwsInfoSchema from '../../../schemas/local-aws-info.schema.json';
import localEnvInfoSchema from '../../../schemas/local-env-info.schema.json';
import parametersSchema from '../../../schemas/parameters.schema.json';
import projectConfigSchema from '../../../schemas/project-config.schema.json';
import storageCliInputsSchema from '../../../schemas/storage-cli-inputs.schema.json';
import teamProviderInfoSchema from '../../../schemas/team-provider-info.schema.json';
import transformConfSchema from '../../../schemas/transform-conf.schema.json';

/**
 * The JSON Schema for each kind, as a file in the repository's `schemas/` folder. The same files
 * are contributed to VS Code through `jsonValidation` (package.json), so its own JSON support uses
 * them too; the server loads them for every other editor and for `amplify-lens check`.
 */
export const CONFIG_SCHEMA_FILES: Record<ConfigFileKind, string> = {
  'backend-config': 'backend-config.schema.json',
  'team-provider-info': 'team-provider-info.schema.json',
  'cli-json': 'cli-json.schema.json',
  'project-config': 'project-config.schema.json',
  'local-env-info': 'local-env-info.schema.json',
  'local-aws-info': 'local-aws-info.schema.json',
  'api-cli-inputs': 'api-cli-inputs.schema.json',
  'auth-cli-inputs': 'auth-cli-inputs.schema.json',
  'storage-cli-inputs': 'storage-cli-inputs.schema.json',
  parameters: 'parameters.schema.json',
  'transform-conf': 'transform-conf.schema.json',
  'function-parameters': 'function-parameters.schema.json',
  'amplify-outputs': 'amplify-outputs.schema.json',
  'amplify-yml': 'amplify-yml.schema.json',
  'custom-http-yml': 'custom-http-yml.schema.json',
};

/**
 * The schemas themselves, bundled into the server by static imports so no file is read at run
 * time (and none is fetched: a schema's `$id` is a name, not an address).
 */
const CONFIG_SCHEMAS: Record<ConfigFileKind, object> = {
  'backend-config': backendConfigSchema,
  'team-provider-info': teamProviderInfoSchema,
  'cli-json': cliJsonSchema,
  'project-config': projectConfigSchema,
  'local-env-info': localEnvInfoSchema,
  'local-aws-info': localAwsInfoSchema,
  'api-cli-inputs': apiCliInputsSchema,
  'auth-cli-inputs': authCliInputsSchema,
  'storage-cli-inputs': storageCliInputsSchema,
  parameters: parametersSchema,
  'transform-conf': transformConfSchema,
  'function-parameters': functionParametersSchema,
  'amplify-outputs': amplifyOutputsSchema,
  'amplify-yml': amplifyYmlSchema,
  'custom-http-yml': customHttpYmlSchema,
};

/**
 * The JSON Schema of a kind. Shared, never copy-on-read: callers that let a library resolve
 * `$ref`s in place (the JSON language service does) must hand it a copy or the serialized text.
 */
export function configSchemaFor(kind: ConfigFileKind): object {
  return CONFIG_SCHEMAS[kind];
}

/** The `$id` of each kind's schema: `https://amplify-lens.dev/schemas/<file>`. */
export const CONFIG_SCHEMA_IDS: Record<ConfigFileKind, string> = Object.fromEntries(
  Object.entries(CONFIG_SCHEMA_FILES).map(([kind, file]) => [kind, configSchemaIdOf(file)]),
) as Record<ConfigFileKind, string>;

export function configSchemaIdFor(kind: ConfigFileKind): string {
  return CONFIG_SCHEMA_IDS[kind];
}

function configSchemaIdOf(file: string): string {
  return `https://amplify-lens.dev/schemas/${file}`;
}
