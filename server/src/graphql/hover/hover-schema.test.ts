import { describe, expect, it } from 'vitest';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { analyzeSchema } from '../analyze-schema';
import { defaultApiSettings, type ApiSettings } from '../api-settings';
import { LineIndex } from '../line-index';
import { positionOf } from '../../../../test/support/cursor';
import { SCHEMA_URI } from '../../../test-support/graphql/diagnose';
import { hoverSchema } from './hover-schema';

const OTHER_URI = 'file:///project/amplify/backend/api/demo/schema/comment.graphql';

const SCHEMA = `type Post @model @auth(rules: [{ allow: owner, provider: userPools, operations: [create, read] }]) {
  id: ID!
  publishedAt: AWSDateTime
  comments: [Comment] @hasMany(references: ["postId"])
  author: Author
}

type Author {
  name: String
}

type Query {
  search(filter: SearchInput): [Post] @function(name: "search-\${env}")
}

input SearchInput { q: String }
`;

/** Hover at the first occurrence of `needle` (plus `at` characters into it). */
function hoverOn(needle: string, at = 0, sdl = SCHEMA, settings: Partial<ApiSettings> = {}, others: Record<string, string> = {}): Hover | null {
  const files = [{ uri: SCHEMA_URI, text: sdl }, ...Object.entries(others).map(([uri, text]) => ({ uri, text }))];
  const analysis = analyzeSchema(files, defaultApiSettings(settings));
  return hoverSchema(analysis, SCHEMA_URI, positionOf(sdl, needle, at));
}

function text(hover: Hover | null): string {
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

/** The hovered text, as the editor highlights it. */
function hovered(hover: Hover | null, sdl = SCHEMA): string {
  if (!hover?.range) return '';
  const lines = new LineIndex(sdl);
  return sdl.slice(lines.offsetAt(hover.range.start), lines.offsetAt(hover.range.end));
}

describe('hover on directives and their arguments', () => {
  it('documents a directive with its signature, summary, example and link', () => {
    const hover = hoverOn('@model', 2);
    expect(hovered(hover)).toBe('@model');
    expect(text(hover)).toContain('directive @model(');
    expect(text(hover)).toContain('DynamoDB table');
    expect(text(hover)).toContain('**Example**');
    expect(text(hover)).toContain('[Amplify documentation](https://docs.amplify.aws/');
  });

  it('documents a directive when hovering its @', () => {
    expect(hovered(hoverOn('@hasMany'))).toBe('@hasMany');
  });

  it('documents a directive argument with its type', () => {
    const hover = hoverOn('references:', 3);
    expect(hovered(hover)).toBe('references');
    expect(text(hover)).toContain('@hasMany(references: [String!])');
    expect(text(hover)).toContain('related');
  });

  it('documents @auth rule keys and their values', () => {
    const allow = hoverOn('allow:');
    expect(hovered(allow)).toBe('allow');
    expect(text(allow)).toContain('allow: AuthStrategy!');
    expect(text(allow)).toContain('strategy');
    const owner = hoverOn('owner,');
    expect(hovered(owner)).toBe('owner');
    expect(text(owner)).toContain('AuthStrategy.owner');
    expect(text(hoverOn('userPools'))).toContain('AuthProvider.userPools');
    const read = hoverOn('read]');
    expect(hovered(read)).toBe('read');
    expect(text(read)).toContain('get, list, search');
  });

  it('documents enum values of other directives', () => {
    const sdl = 'type Query {\n  a: String @http(method: POST, url: "https://example.com")\n}';
    expect(text(hoverOn('POST', 1, sdl))).toContain('`body` argument');
  });

  it('stays silent on unknown directives, values and plain strings', () => {
    expect(hoverOn('"postId"', 2)).toBeNull();
    // On a first line a Gen 1 schema shows its transformer version (see below); Gen 2 has nothing to add.
    const gen2 = { generation: 2 as const };
    expect(hoverOn('@nope', 1, 'type A @nope {\n  id: ID\n}', gen2)).toBeNull();
    expect(hoverOn('owners', 1, 'type A @model @auth(rules: [{ allow: owners }]) {\n  id: ID\n}', gen2)).toBeNull();
    expect(hoverOn('Post @model', 0, SCHEMA, gen2)).toBeNull();
  });

  it('tells on the first line of a Gen 1 schema which transformer checks it, and why', () => {
    const v1 = { transformerVersion: 1 as const, transformerVersionReason: 'amplify/cli.json does not set it' };
    const plain = hoverOn('Post @model', 0, SCHEMA, v1);
    expect(text(plain)).toContain('**Amplify GraphQL transformer v1**');
    expect(text(plain)).toContain('Why: amplify/cli.json does not set it.');
    expect(text(plain)).toContain('amplify migrate api');
    expect(plain?.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: SCHEMA.indexOf('\n') } });
    // Beside a directive's documentation, below a rule.
    const onDirective = hoverOn('@model', 1, SCHEMA, { transformerVersionReason: 'amplify/cli.json sets it' });
    expect(text(onDirective)).toMatch(/@model[\s\S]*\n---\n\n\*\*Amplify GraphQL transformer v2\*\*/);
    expect(text(onDirective)).not.toContain('amplify migrate api');
    expect(text(hoverOn('publishedAt', 0, SCHEMA, v1))).not.toContain('transformer');
  });

  it('works on text that does not parse', () => {
    const sdl = 'type A @model @auth(rules: [{ allow: owner, provider: ';
    const hover = hoverOn('provider', 2, sdl);
    expect(hovered(hover, sdl)).toBe('provider');
    expect(text(hover)).toContain('AuthProvider');
  });

  it('documents transformer v1 directives for v1 projects', () => {
    const sdl = 'type Order @model @key(fields: ["id"]) {\n  id: ID!\n}';
    expect(text(hoverOn('@key', 1, sdl, { transformerVersion: 1 }))).toContain('@primaryKey');
  });
});

describe('hover on type references', () => {
  it('documents AWS and built-in scalars', () => {
    const hover = hoverOn('AWSDateTime');
    expect(hovered(hover)).toBe('AWSDateTime');
    expect(text(hover)).toContain('ISO 8601');
    expect(text(hover)).toContain('AWS AppSync documentation');
    expect(text(hoverOn('ID!'))).toContain('scalar ID');
  });

  it("summarizes the user's type from its definition", () => {
    const hover = hoverOn('Author\n');
    expect(hovered(hover)).toBe('Author');
    expect(text(hover)).toContain('type Author {\n  name: String\n}');
    expect(text(hoverOn('SearchInput)'))).toContain('input SearchInput { q: String }');
    expect(text(hoverOn('Post]', 0))).toContain('type Post @model');
  });

  it('summarizes types defined in another file, and says where', () => {
    const hover = hoverOn('Comment]', 0, SCHEMA, {}, { [OTHER_URI]: 'type Comment @model {\n  id: ID!\n  postId: ID!\n}' });
    expect(text(hover)).toContain('type Comment @model');
    expect(text(hover)).toContain('Defined in `comment.graphql`');
  });

  it('cuts long definitions', () => {
    const fields = Array.from({ length: 40 }, (_, i) => `  f${i}: String`).join('\n');
    const sdl = `type Big {\n${fields}\n}\ntype Q {\n  big: Big\n}`;
    const summary = text(hoverOn('Big\n}', 0, sdl));
    expect(summary).toContain('f20: String');
    expect(summary).not.toContain('f30: String');
    expect(summary).toContain('…');
  });
});
