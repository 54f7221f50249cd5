import Ajv, { type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import amplifyYmlSchema from '../../../../schemas/amplify-yml.schema.json';
import customHttpYmlSchema from '../../../../schemas/custom-http-yml.schema.json';
import type { ConfigFileKind } from '../config-file-kind';
import type { SchemaNode } from './yaml-schema-navigation';

/** The configuration kinds written in YAML (Amplify Hosting's files). */
export type YamlConfigKind = Extract<ConfigFileKind, 'amplify-yml' | 'custom-http-yml'>;

const SCHEMAS: Record<YamlConfigKind, SchemaNode> = {
  'amplify-yml': amplifyYmlSchema as SchemaNode,
  'custom-http-yml': customHttpYmlSchema as SchemaNode,
};

/** The file names users know, for messages. */
export const YAML_CONFIG_FILE_NAMES: Record<YamlConfigKind, string> = {
  'amplify-yml': 'amplify.yml',
  'custom-http-yml': 'customHttp.yml',
};

export function yamlConfigSchema(kind: YamlConfigKind): SchemaNode {
  return SCHEMAS[kind];
}

const validators = new WeakMap<SchemaNode, ValidateFunction>();

/** A compiled validator per schema, built once: draft-07, every error reported, formats known. */
export function validatorFor(schema: SchemaNode): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    // ajv-formats is CommonJS; depending on the loader its default export arrives wrapped once more.
    const addFormats = ((addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin }).default ??
      addFormatsPlugin) as typeof addFormatsPlugin;
    addFormats(ajv);
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}
