import { describe, expect, it } from 'vitest';
import { locateSchemaSymbol } from './locate-schema-symbol';
import { analyzeFiles, COMMENTS_URI, describeLocations, POSTS_URI } from '../../../test-support/graphql/navigation-files';

const posts = `type Customer @model {
  id: ID!
  orders: [Order] @hasMany
}

type Order @model {
  id: ID!
  customerId: ID
  total: Float
}
`;

const comments = `type Comment @model {
  id: ID!
  content: String
  total: Int
}

extend type Order {
  note: String
}
`;

const files = { [POSTS_URI]: posts, [COMMENTS_URI]: comments };
const analysis = analyzeFiles(files);

function describe1(query: Parameters<typeof locateSchemaSymbol>[1]): string | undefined {
  const found = locateSchemaSymbol(analysis, query);
  return found && `${found.kind} ${describeLocations(files, [found])[0]}`;
}

describe('locating what a deploy error names', () => {
  it('finds a field of a type at its name, in whichever file declares it', () => {
    expect(describe1({ typeName: 'Customer', fieldName: 'orders' })).toBe('field posts.graphql@3:3 orders');
    expect(describe1({ typeName: 'Comment', fieldName: 'content' })).toBe('field comments.graphql@3:3 content');
    expect(describe1({ typeName: 'Order', fieldName: 'note' })).toBe('field comments.graphql@8:3 note');
  });

  it('falls back to the type when the type does not declare the field, and finds a type alone', () => {
    expect(describe1({ typeName: 'Customer', fieldName: 'missing' })).toBe('type posts.graphql@1:6 Customer');
    expect(describe1({ typeName: 'Order' })).toBe('type posts.graphql@6:6 Order');
  });

  it('places a field named alone only when exactly one type declares it', () => {
    expect(describe1({ fieldName: 'customerId' })).toBe('field posts.graphql@8:3 customerId');
    expect(describe1({ fieldName: 'total' })).toBeUndefined();
    expect(describe1({ fieldName: 'id' })).toBeUndefined();
  });

  it('answers nothing for names the schema does not declare', () => {
    expect(describe1({ typeName: 'Invoice' })).toBeUndefined();
    expect(describe1({ typeName: 'Invoice', fieldName: 'orders' })).toBeUndefined();
    expect(describe1({})).toBeUndefined();
  });
});
