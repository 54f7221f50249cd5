import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchemaSymbolLocation } from 'amplify-lens-model/contracts';
import { fallbackSchemaFiles, scanSchemaFiles } from './schema-definition-scan';

const SCHEMA = `# type Commented { orders: Int }
"""
A customer. type Quoted { x: Int }
"""
type Customer
  @model
  @auth(rules: [
    { allow: owner }
  ]) {
  id: ID!
  "the orders; name: String"
  orders(limit: Int
    filter: String): [Order] @hasMany
}

type Order @model { id: ID!, customerId: ID }

extend type Customer {
  note: String
}
`;

const RESOURCE = `import { a, defineData } from '@aws-amplify/backend';
const schema = a.schema({
  Project: a
    .model({ name: a.string() }),
  Priority: a.enum(['LOW']),
});
export const data = defineData({ schema });
`;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lens-scan-'));
  await mkdir(join(root, 'amplify/backend/api/shop/schema'), { recursive: true });
  await writeFile(join(root, 'amplify/backend/api/shop/schema/customers.graphql'), SCHEMA);
  await mkdir(join(root, 'amplify/data'), { recursive: true });
  await writeFile(join(root, 'amplify/data/resource.ts'), RESOURCE);
});
afterAll(() => rm(root, { recursive: true, force: true }));

const at = (location: SchemaSymbolLocation | null) =>
  location &&
  `${location.uri.slice(location.uri.lastIndexOf('/') + 1)}@${location.range.start.line + 1}:${location.range.start.character + 1} ${location.kind}`;

describe('the plain scan for definitions, when the language server cannot answer', () => {
  it('finds the schema files of a Gen 1 API folder and of a Gen 2 data folder', () => {
    expect(fallbackSchemaFiles(root).map((file) => file.slice(root.length + 1))).toEqual([
      'amplify/backend/api/shop/schema/customers.graphql',
      'amplify/data/resource.ts',
    ]);
  });

  it('finds a type and its fields, past descriptions, comments, directive arguments and field arguments', () => {
    const files = fallbackSchemaFiles(root);
    const answers = scanSchemaFiles(files, [
      { typeName: 'Customer', fieldName: 'orders' },
      { typeName: 'Customer', fieldName: 'filter' },
      { typeName: 'Customer', fieldName: 'name' },
      { typeName: 'Customer', fieldName: 'note' },
      { typeName: 'Order', fieldName: 'customerId' },
      { typeName: 'Commented' },
      { typeName: 'Quoted' },
      { fieldName: 'orders' },
    ]);
    expect(answers.map(at)).toEqual([
      'customers.graphql@12:3 field',
      'customers.graphql@5:6 type',
      'customers.graphql@5:6 type',
      'customers.graphql@19:3 field',
      'customers.graphql@16:6 type',
      null,
      null,
      null,
    ]);
  });

  it('finds a Gen 2 model or enum at its key, and only the type for its fields', () => {
    const answers = scanSchemaFiles(fallbackSchemaFiles(root), [
      { typeName: 'Project', fieldName: 'name' },
      { typeName: 'Priority' },
      { typeName: 'schema' },
    ]);
    expect(answers.map(at)).toEqual(['resource.ts@3:3 type', 'resource.ts@5:3 type', null]);
  });
});
