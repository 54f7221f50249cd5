import { describe, expect, it } from 'vitest';
import { underlined } from '../../../../test-support/graphql/diagnose';
import { diagnoseV1 } from '../../../../test-support/graphql/v1-diagnostics';

/** graphql-transformer-core `GraphQLTransform.transform` visits definitions, never extensions. */
describe('directives on type extensions under transformer v1', () => {
  it('warns that they have no effect, without an error', () => {
    const sdl = `
type Post @model { id: ID! }
extend type Post @key(name: "byTitle", fields: ["title"])
type Query { ping: String }
extend type Query { echo(msg: String): String @function(name: "echo-\${env}") @aws_api_key }
`;
    const diagnostics = diagnoseV1(sdl);
    expect(diagnostics.map((d) => [d.code, d.severity, underlined(sdl, d)])).toEqual([
      ['directive-ignored-on-type-extension', 'warning', '@key(name: "byTitle", fields: ["title"])'],
      ['directive-ignored-on-type-extension', 'warning', '@function(name: "echo-${env}")'],
    ]);
  });
});
