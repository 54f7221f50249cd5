import { describe, expect, it } from 'vitest';
import { namedSymbols, parseNamedSchemaErrors } from './named-schema-errors';

/** The candidates as `Type.field`, `Type` or `.field`, to read at a glance. */
const names = (message: string) => namedSymbols(message).map((c) => `${c.typeName ?? ''}${c.fieldName ? `.${c.fieldName}` : ''}`);

describe('the names a transformer error gives', () => {
  // Each message is the transformer's own template (amplify-category-api), filled in.
  it.each([
    ['Expected references for @hasMany on Customer.orders', ['Customer.orders']],
    ["The primary key on type 'Post.id' cannot be a non-scalar.", ['Post.id']],
    [
      '@sql directive must have either a \'statement\' or a \'reference\' argument. Check type "Query" and field "search".',
      ['Query.search', 'Query'],
    ],
    [
      'Cannot apply @refersTo with name "posts" on field "title" in type "Post" because "name" field already exists in the model.',
      ['Post.title', 'Post'],
    ],
    ['Object type Tag must be annotated with @model.', ['Tag']],
    ['Comment must have a relationship with Post in order to use @belongsTo.', ['Post', 'Comment']],
    ['blogId is not a field in Post', ['Post.blogId', 'Post']],
    ["Can't find field 'publishedOn' in Post, but it was specified in index 'byBlog'.", ['Post', '.publishedOn']],
    ['Invalid @hasMany directive on comments - empty references list', ['.comments']],
    ["Sort Key Condition could not be constructed for field 'isActive'", ['.isActive']],
    ['SQL model "Article" must contain a primary key field', ['Article']],
    // v1 (graphql-connection-transformer, graphql-key-transformer)
    ['Found one half of connection "PostComments" at Post.comments but no related field on type Comment', ['Post.comments', 'Comment']],
    ["You may only supply one primary @key on type 'Todo'.", ['Todo']],
    [
      "Unable to find associated relationship definition in Post for Blog.posts: [Post] @hasMany(references: ['blogId'])",
      ['Blog.posts', 'Post'],
    ],
  ])('%s', (message, expected) => {
    expect(names(message)).toEqual(expected);
  });

  it('reads no name from URLs, files or sentence words', () => {
    expect(names('See https://docs.amplify.aws/cli/graphql/data-modeling/#belongs-to-relationship and schema.graphql')).toEqual([]);
    expect(names('The @key directive may only be added to object definitions annotated with @model.')).toEqual([]);
  });
});

describe('errors without a position in CLI output', () => {
  it('reads the message amplify push prints after 🛑, with its detail lines, up to the resolution', () => {
    const output = [
      '✔ Successfully pulled backend environment dev from the cloud.',
      '🛑 The number and type of the reference fields [postId] defined for the hasMany relationship between Post and Comment ',
      'must match the number and type of the primary key fields in Post.',
      '',
      'Learn more at: https://docs.amplify.aws/cli/project/troubleshooting/',
    ].join('\n');
    expect(parseNamedSchemaErrors(output)).toEqual([
      {
        message:
          'The number and type of the reference fields [postId] defined for the hasMany relationship between Post and Comment must match the number and type of the primary key fields in Post.',
        candidates: [{ typeName: 'Post' }, { typeName: 'Comment' }],
      },
    ]);
  });

  it("reads ampx's cause line, and the Node form of older CLIs", () => {
    const ampx = [
      '[AmplifyDataConstructInitializationError] Failed to instantiate data construct',
      '  ∟ Caused by: [InvalidDirectiveError] Expected references for @hasMany on Customer.orders',
      'Resolution: See the underlying error message for more details.',
    ].join('\n');
    expect(parseNamedSchemaErrors(ampx).map((e) => e.message)).toEqual(['Expected references for @hasMany on Customer.orders']);
    const node = 'InvalidDirectiveError: Object type Tag must be annotated with @model.\n    at HasManyTransformer.field (/x/index.js:1:1)';
    expect(parseNamedSchemaErrors(node)).toEqual([
      { message: 'Object type Tag must be annotated with @model.', candidates: [{ typeName: 'Tag' }] },
    ]);
  });

  it("leaves errors graphql-js located, errors that are not the schema's, and repeated ones", () => {
    const output = [
      '🛑 Unknown type "Comment".',
      '',
      'GraphQL request:9:14',
      '🛑 Resource is not in the state stackUpdateComplete',
      '[CloudformationStackUpdateFailed] The CloudFormation deployment has failed.',
      "TypeError: Cannot read properties of undefined (reading 'Post')",
      '🛑 Object type Tag must be annotated with @model.',
      '🛑 Object type Tag must be annotated with @model.',
    ].join('\n');
    expect(parseNamedSchemaErrors(output).map((e) => e.message)).toEqual(['Object type Tag must be annotated with @model.']);
  });
});
