import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../graphql/line-index';
import { readDataSchema } from '../../gen2-source/read-data-schema';
import { locateBuilderSymbol } from './locate-builder-symbol';

const RESOURCE = '/p/amplify/data/resource.ts';
const MODELS = '/p/amplify/data/models.ts';
const TS = `import { a, defineData } from '@aws-amplify/backend';
import { Comment } from './models';

const schema = a.schema({
  Customer: a.model({
    name: a.string(),
    status: a.enum(['ACTIVE', 'GONE']),
    orders: a.hasMany('Order', 'customerId'),
  }),
  Order: a.model({
    customerId: a.id(),
    total: a.float(),
  }),
  Comment,
  sayHello: a.query().arguments({ name: a.string() }).returns(a.string()),
});

export const data = defineData({ schema });
`;
const MODELS_TS = `import { a } from '@aws-amplify/backend';

export const Comment = a.model({
  content: a.string(),
  total: a.integer(),
});
`;

const files: Record<string, string> = { [RESOURCE]: TS, [MODELS]: MODELS_TS };
const reading = readDataSchema(RESOURCE, (path) => files[path] ?? files[`${path}.ts`])!;

function where(query: Parameters<typeof locateBuilderSymbol>[1]): string | undefined {
  const found = locateBuilderSymbol(reading, query);
  if (!found) return undefined;
  const path = found.uri.replace('file://', '');
  const text = new LineIndex(files[path]!);
  const slice = files[path]!.slice(text.offsetAt(found.range.start), text.offsetAt(found.range.end));
  return `${found.kind} ${path.slice(path.lastIndexOf('/') + 1)}@${found.range.start.line + 1} ${slice}`;
}

describe('locating what a deploy error names in a Gen 2 TypeScript schema', () => {
  it('finds models, their fields and custom operations at their keys, across imported files', () => {
    expect(where({ typeName: 'Customer', fieldName: 'orders' })).toBe('field resource.ts@8 orders');
    expect(where({ typeName: 'Order' })).toBe('type resource.ts@10 Order');
    expect(where({ typeName: 'Comment', fieldName: 'content' })).toBe('field models.ts@4 content');
    expect(where({ typeName: 'Query', fieldName: 'sayHello' })).toBe('field resource.ts@15 sayHello');
  });

  it('finds the generated enum of an inline a.enum, and the type when the field is not written', () => {
    expect(where({ typeName: 'CustomerStatus' })).toBe('type resource.ts@7 status');
    expect(where({ typeName: 'Order', fieldName: 'id' })).toBe('type resource.ts@10 Order');
  });

  it('places a field named alone only when one type writes it, and nothing the schema does not write', () => {
    expect(where({ fieldName: 'customerId' })).toBe('field resource.ts@11 customerId');
    expect(where({ fieldName: 'total' })).toBeUndefined();
    expect(where({ typeName: 'Invoice' })).toBeUndefined();
    expect(where({ typeName: 'Query' })).toBeUndefined();
  });
});
