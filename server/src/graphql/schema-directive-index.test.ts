import { describe, expect, it } from 'vitest';
import { ParseCache } from './analyze-schema';
import { AmplifySchemaModel } from './amplify-schema-model';
import { fieldDirectiveUsesOf } from './schema-directive-index';

const URI = 'file:///project/amplify/backend/api/demo/schema.graphql';
const SCHEMA = `type Post @model @auth(rules: [{ allow: owner }]) {
  id: ID!
  slug: String @index(name: "bySlug") @default(value: "x")
  tags: [String] @index
}

interface Node {
  id: ID! @index
}

extend type Post {
  extra: String @index
}

type Tag @model {
  id: ID!
  label: String @index(name: "byLabel")
}
`;

function modelOf(text: string, cache = new ParseCache()) {
  return new AmplifySchemaModel(cache.parse({ uri: URI, text }).definitions);
}

const describeUse = ({
  parent,
  field,
  directive,
}: {
  parent: { name: { value: string } };
  field: { name: { value: string } };
  directive: { name: { value: string } };
}) => `${parent.name.value}.${field.name.value} @${directive.name.value}`;

describe('the directive index of a schema', () => {
  it('lists field directive uses of objects and interfaces in schema order, not those of extensions', () => {
    const { directives } = modelOf(SCHEMA);
    expect(directives.fieldDirectiveUses('index').map(describeUse)).toEqual([
      'Post.slug @index',
      'Post.tags @index',
      'Node.id @index',
      'Tag.label @index',
    ]);
    expect(directives.parents.map((parent) => parent.name.value)).toEqual(['Post', 'Node', 'Tag']);
    expect(fieldDirectiveUsesOf(directives.parents[0]).map(describeUse)).toEqual(['Post.slug @index', 'Post.slug @default', 'Post.tags @index']);
    expect(directives.fieldDirectiveUses('hasMany')).toEqual([]);
  });

  it('lists type directive uses of object types', () => {
    const { directives } = modelOf(SCHEMA);
    expect(directives.typeDirectiveUses('model').map(({ type }) => type.name.value)).toEqual(['Post', 'Tag']);
    expect(directives.typeDirectiveUses('auth').map(({ type }) => type.name.value)).toEqual(['Post']);
  });

  it('reads again only the definitions an edit changed', () => {
    const cache = new ParseCache();
    const before = modelOf(SCHEMA, cache).directives.fieldDirectiveUses('index');
    const after = modelOf(SCHEMA.replace('"byLabel"', '"byName"'), cache).directives.fieldDirectiveUses('index');
    expect(after.map((use, i) => use === before[i])).toEqual([true, true, true, false]);
    expect(after[3].directive.arguments?.[0].value).toMatchObject({ value: 'byName' });
  });
});
