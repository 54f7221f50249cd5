import { describe, expect, it } from 'vitest';
import { SymbolKind, SymbolTag, type DocumentSymbol } from 'vscode-languageserver-types';
import { analyzeSchema } from '../analyze-schema';
import { defaultApiSettings } from '../api-settings';
import { SCHEMA_URI } from '../../../test-support/graphql/diagnose';
import { documentSymbols } from './document-symbols';

const OTHER_URI = 'file:///project/amplify/backend/api/demo/schema/extra.graphql';

const sdl = `"""
A blog post.
"""
type Post @model @auth(rules: [{ allow: owner }]) {
  id: ID!
  title: String!
  comments: [Comment] @hasMany(references: ["postId"])
  legacy: String @deprecated(reason: "gone")
}

type Comment @model {
  id: ID!
  postId: ID! @index(name: "byPost")
}

type Summary {
  words: Int
}

interface Node {
  id: ID!
}

enum Status {
  DRAFT
  PUBLISHED
}

input PublishInput {
  postId: ID!
}

union Feed = Post | Comment

scalar Cursor

extend type Query {
  feed(limit: Int): [Feed]
}
`;

const extra = `type Query {
  ping: String
}
`;

function outline(text: string, uri = SCHEMA_URI): DocumentSymbol[] {
  const analysis = analyzeSchema(
    [
      { uri: SCHEMA_URI, text },
      { uri: OTHER_URI, text: extra },
    ],
    defaultApiSettings(),
  );
  return documentSymbols(analysis, uri);
}

/** `name (kind) detail` per symbol, children indented, for readable assertions. */
function describeSymbols(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [
    `${'  '.repeat(depth)}${symbol.name} (${symbol.kind})${symbol.detail ? ` ${symbol.detail}` : ''}`,
    ...describeSymbols(symbol.children ?? [], depth + 1),
  ]);
}

describe('documentSymbols', () => {
  it('outlines the file: types with fields, enum values, kinds and details', () => {
    expect(describeSymbols(outline(sdl))).toEqual([
      `Post (${SymbolKind.Class}) @model @auth`,
      `  id (${SymbolKind.Field}) ID!`,
      `  title (${SymbolKind.Field}) String!`,
      `  comments (${SymbolKind.Field}) [Comment] @hasMany`,
      `  legacy (${SymbolKind.Field}) String @deprecated`,
      `Comment (${SymbolKind.Class}) @model`,
      `  id (${SymbolKind.Field}) ID!`,
      `  postId (${SymbolKind.Field}) ID! @index`,
      `Summary (${SymbolKind.Object})`,
      `  words (${SymbolKind.Field}) Int`,
      `Node (${SymbolKind.Interface})`,
      `  id (${SymbolKind.Field}) ID!`,
      `Status (${SymbolKind.Enum})`,
      `  DRAFT (${SymbolKind.EnumMember})`,
      `  PUBLISHED (${SymbolKind.EnumMember})`,
      `PublishInput (${SymbolKind.Struct})`,
      `  postId (${SymbolKind.Field}) ID!`,
      `Feed (${SymbolKind.TypeParameter}) = Post | Comment`,
      `Cursor (${SymbolKind.TypeParameter}) scalar`,
      `Query (${SymbolKind.Object}) extend`,
      `  feed (${SymbolKind.Field}) [Feed]`,
    ]);
  });

  it('spans a type from its description to its closing brace and selects its name', () => {
    const [post] = outline(sdl);
    expect(post.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 8, character: 1 } });
    expect(post.selectionRange).toEqual({ start: { line: 3, character: 5 }, end: { line: 3, character: 9 } });
    const comments = post.children![2];
    expect(comments.range).toEqual({ start: { line: 6, character: 2 }, end: { line: 6, character: 54 } });
    expect(comments.selectionRange).toEqual({ start: { line: 6, character: 2 }, end: { line: 6, character: 10 } });
  });

  it('marks deprecated fields', () => {
    const legacy = outline(sdl)[0].children![3];
    expect(legacy.tags).toEqual([SymbolTag.Deprecated]);
  });

  it('outlines only the requested file of the API', () => {
    expect(describeSymbols(outline(sdl, OTHER_URI))).toEqual([`Query (${SymbolKind.Object})`, `  ping (${SymbolKind.Field}) String`]);
    expect(outline(sdl, 'file:///elsewhere.graphql')).toEqual([]);
  });

  it('still outlines the definitions that parse when another one does not', () => {
    const broken = 'type Good @model {\n  id: ID!\n}\n\ntype Bad {\n  id: ID!!\n}\n';
    expect(describeSymbols(outline(broken)).slice(0, 2)).toEqual([`Good (${SymbolKind.Class}) @model`, `  id (${SymbolKind.Field}) ID!`]);
  });

  it('outlines schema and directive definitions', () => {
    const text = 'schema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}\n\ndirective @cache(ttl: Int) repeatable on FIELD_DEFINITION\n';
    expect(describeSymbols(outline(text))).toEqual([
      `schema (${SymbolKind.Module})`,
      `  query (${SymbolKind.Field}) Root`,
      `Root (${SymbolKind.Object})`,
      `  a (${SymbolKind.Field}) Int`,
      `@cache (${SymbolKind.Function}) repeatable on FIELD_DEFINITION`,
    ]);
  });
});
