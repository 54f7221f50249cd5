import { describe, expect, it } from 'vitest';
import { underlined } from '../../../../test-support/graphql/diagnose';
import { codesV1, diagnoseV1 } from '../../../../test-support/graphql/v1-diagnostics';

/** Cases from graphql-versioned-transformer's tests and the v1 docs' @versioned example. */
describe('@versioned under transformer v1', () => {
  it('accepts a declared Int or BigInt version field, a renamed one, or none', () => {
    const sdl = `
type Post @model @versioned { id: ID! title: String version: Int! }
type Note @model @versioned(versionField: "rev", versionInput: "expectedRev") { id: ID! rev: BigInt }
type Todo @model @versioned { id: ID! name: String }
`;
    expect(diagnoseV1(sdl)).toEqual([]);
  });

  it('requires @model', () => {
    expect(codesV1('type Post @versioned {\n  id: ID!\n}\n')).toEqual(['versioned-not-on-model']);
  });

  it('requires the version field to be an Int or a BigInt, with a fix', () => {
    const sdl = 'type Post @model @versioned(versionField: "rev") {\n  id: ID!\n  rev: String!\n}\n';
    const [diagnostic] = diagnoseV1(sdl);
    expect(diagnostic.code).toBe('versioned-field-type');
    expect(underlined(sdl, diagnostic)).toBe('String!');
    expect(diagnostic.fixes?.[0].edits[0].newText).toBe('Int!');
  });
});
