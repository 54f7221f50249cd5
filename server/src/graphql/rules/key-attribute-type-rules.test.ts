import { describe, expect, it } from 'vitest';
import { diagnose, SCHEMA_URI, underlined } from '../../../test-support/graphql/diagnose';

function keyFindings(sdl: string, settings = {}) {
  return diagnose(sdl, settings)
    .filter((d) => d.code.startsWith('key-boolean'))
    .map((d) => [d.code, underlined(sdl, d)]);
}

describe('Boolean keys of @index and @primaryKey', () => {
  it('rejects a Boolean as the only sort key (the transformer test "throws an understandable error on boolean sort keys")', () => {
    const sdl = 'type Test @model {\n  taskID: ID! @index(sortKeyFields: ["completed"])\n  completed: Boolean!\n}\n';
    const diagnostics = diagnose(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([['key-boolean-sort-key', '"completed"']]);
    expect(diagnostics[0].message).toMatch(/^Sort Key Condition could not be constructed for field 'completed'/);
  });

  it('rejects it for @primaryKey and for SQL models too', () => {
    const sdl = 'type Test @model {\n  id: ID! @primaryKey(sortKeyFields: "done")\n  done: Boolean\n}\n';
    expect(keyFindings(sdl)).toEqual([['key-boolean-sort-key', '"done"']]);
    expect(keyFindings(sdl, { generation: 2, schemaFileDataSources: { [SCHEMA_URI]: 'mysql' } })).toEqual([['key-boolean-sort-key', '"done"']]);
  });

  it('accepts a Boolean inside a composite sort key, and scalars and enums that have key conditions', () => {
    const sdl = [
      'enum Status { OPEN DONE }',
      'type Test @model {',
      '  id: ID!',
      '  owner: String @index(name: "byDone", sortKeyFields: ["done", "createdAt"])',
      '  a: ID @index(name: "byStatus", sortKeyFields: ["status"])',
      '  b: ID @index(name: "byDate", sortKeyFields: ["createdAt"])',
      '  c: ID @index(name: "byStamp", sortKeyFields: ["stamp"])',
      '  d: ID @index(name: "byScore", sortKeyFields: ["score"])',
      '  done: Boolean',
      '  status: Status',
      '  createdAt: AWSDateTime',
      '  stamp: AWSTimestamp',
      '  score: Float',
      '}',
      '',
    ].join('\n');
    expect(diagnose(sdl)).toEqual([]);
  });

  it('rejects a Boolean partition key on DynamoDB models only', () => {
    const sdl = 'type Flag @model {\n  id: ID!\n  on: Boolean! @index(name: "byOn")\n}\n';
    expect(keyFindings(sdl)).toEqual([['key-boolean-partition-key', 'Boolean!']]);
    expect(keyFindings(sdl, { generation: 2, schemaFileDataSources: { [SCHEMA_URI]: 'postgres' } })).toEqual([]);
    const primary = 'type Flag @model {\n  on: Boolean! @primaryKey\n}\n';
    const [diagnostic] = diagnose(primary).filter((d) => d.code === 'key-boolean-partition-key');
    expect(diagnostic.message).toMatch(/^Boolean values cannot be used as sort keys\./);
  });

  it('leaves transformer v1 to its own rules', () => {
    const sdl = 'type Test @model {\n  taskID: ID! @index(sortKeyFields: ["completed"])\n  completed: Boolean!\n}\n';
    expect(keyFindings(sdl, { transformerVersion: 1 })).toEqual([]);
  });
});
