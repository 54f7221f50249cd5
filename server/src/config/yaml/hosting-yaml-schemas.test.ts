import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_FILES } from '../config-schemas';
import { validatorFor, yamlConfigSchema, type YamlConfigKind } from './yaml-config-schemas';
import type { SchemaNode } from './yaml-schema-navigation';

const KINDS: YamlConfigKind[] = ['amplify-yml', 'custom-http-yml'];

/** Every schema reachable under `properties`, `additionalProperties` and `items`, with its path. */
function propertySchemas(schema: SchemaNode, path = '#'): [string, SchemaNode][] {
  const found: [string, SchemaNode][] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    found.push([`${path}/properties/${name}`, property], ...propertySchemas(property, `${path}/properties/${name}`));
  }
  if (typeof schema.additionalProperties === 'object') {
    found.push(
      [`${path}/additionalProperties`, schema.additionalProperties],
      ...propertySchemas(schema.additionalProperties, `${path}/additionalProperties`),
    );
  }
  if (schema.items) found.push(...propertySchemas(schema.items, `${path}/items`));
  for (const [name, definition] of Object.entries(schema.definitions ?? {})) found.push(...propertySchemas(definition, `#/definitions/${name}`));
  return found;
}

describe.each(KINDS)('%s schema', (kind) => {
  const schema = yamlConfigSchema(kind) as SchemaNode & { $id?: string; $comment?: string; $schema?: string };

  it('is the file the configuration registry names, with its public $id', () => {
    expect(schema.$id).toBe(`https://amplify-lens.dev/schemas/${CONFIG_SCHEMA_FILES[kind]}`);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$comment).toMatch(/Apache License 2\.0/);
  });

  it('describes every property', () => {
    const undescribed = propertySchemas(schema)
      .filter(([, property]) => !property.description)
      .map(([path]) => path);
    expect(undescribed).toEqual([]);
  });

  it('compiles under Ajv strict mode', () => {
    expect(() => validatorFor(schema)).not.toThrow();
  });
});

it('amplify.yml names its SchemaStore source', () => {
  expect((yamlConfigSchema('amplify-yml') as { $comment?: string }).$comment).toContain('SchemaStore');
});
