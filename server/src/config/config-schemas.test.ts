import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { isYamlKind, type ConfigFileKind } from './config-file-kind';
import { CONFIG_SCHEMA_FILES, CONFIG_SCHEMA_IDS, configSchemaFor, configSchemaIdFor } from './config-schemas';

const KINDS = Object.keys(CONFIG_SCHEMA_FILES) as ConfigFileKind[];
const JSON_KINDS = KINDS.filter((kind) => !isYamlKind(kind));

interface SchemaNode {
  [key: string]: unknown;
}

/**
 * Paths of properties (under `properties` or `patternProperties`) that have no description. The
 * conditions of `if` are not document properties and are skipped.
 */
function undescribedProperties(node: unknown, path = '#'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => undescribedProperties(item, `${path}/${index}`));
  if (!node || typeof node !== 'object') return [];
  const schema = node as SchemaNode;
  const missing: string[] = [];
  for (const container of ['properties', 'patternProperties']) {
    const members = schema[container] as Record<string, SchemaNode> | undefined;
    for (const [name, member] of Object.entries(members ?? {})) {
      if (typeof member === 'object' && !member.description && !member.markdownDescription) missing.push(`${path}/${container}/${name}`);
    }
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key !== 'if') missing.push(...undescribedProperties(value, `${path}/${key}`));
  }
  return missing;
}

describe('config schemas', () => {
  it.each(KINDS)('%s has the $id named after its file', (kind) => {
    const schema = configSchemaFor(kind) as SchemaNode;
    expect(schema.$id).toBe(`https://amplify-lens.dev/schemas/${CONFIG_SCHEMA_FILES[kind]}`);
    expect(configSchemaIdFor(kind)).toBe(schema.$id);
    expect(CONFIG_SCHEMA_IDS[kind]).toBe(schema.$id);
  });

  it.each(JSON_KINDS)('%s has a title, a provenance comment and a description on every property', (kind) => {
    const schema = configSchemaFor(kind) as SchemaNode;
    expect(typeof schema.title).toBe('string');
    expect(schema.$comment).toMatch(/Apache-2\.0|Amplify Lens/);
    expect(undescribedProperties(schema)).toEqual([]);
  });

  it.each(JSON_KINDS)('%s is a valid JSON Schema of its draft', (kind) => {
    const schema = configSchemaFor(kind) as SchemaNode;
    const draft2020 = String(schema.$schema).includes('2020-12');
    expect(String(schema.$schema)).toMatch(draft2020 ? /2020-12/ : /draft-07/);
    const ajv = draft2020 ? new Ajv2020({ strict: false, validateFormats: false }) : new Ajv({ strict: false, validateFormats: false });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('accepts every amplify_outputs.json version the generator writes, and only those', () => {
    const validate = new Ajv2020({ strict: false }).compile(configSchemaFor('amplify-outputs'));
    for (const version of ['1', '1.1', '1.2', '1.3', '1.4', '1.5']) expect(validate({ version })).toBe(true);
    expect(validate({ version: '2' })).toBe(false);
    // multi-bucket storage arrived in 1.1
    const buckets = { aws_region: 'r', bucket_name: 'b', buckets: [{ name: 'b', bucket_name: 'b', aws_region: 'r' }] };
    expect(validate({ version: '1', storage: buckets })).toBe(false);
    expect(validate({ version: '1.1', storage: buckets })).toBe(true);
  });
});
