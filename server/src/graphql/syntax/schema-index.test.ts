import { describe, expect, it } from 'vitest';
import { analyzeSchema, ParseCache } from '../analyze-schema';
import { defaultApiSettings } from '../api-settings';
import { LineIndex } from '../line-index';
import { completeSchema } from '../completion/complete-schema';
import { schemaIndexOf } from './schema-index';

const URI = 'file:///project/amplify/backend/api/indexed/schema.graphql';
const OTHER_URI = 'file:///project/amplify/backend/api/indexed/schema/other.graphql';
const settings = defaultApiSettings();

const SCHEMA = `type Post @model {
  id: ID!
  title: String!
  comments: [Comment] @hasMany(references: ["postId"])
}

type Comment @model {
  id: ID!
  postId: ID!
  post: Post @belongsTo(references: ["postId"])
}
`;

describe('the schema index of an analysis', () => {
  it('is built once per analysis', () => {
    const analysis = analyzeSchema([{ uri: URI, text: SCHEMA }], settings);
    expect(schemaIndexOf(analysis)).toBe(schemaIndexOf(analysis));
    expect(
      schemaIndexOf(analysis)
        .fieldsOf('Comment')
        .map((field) => field.name),
    ).toEqual(['id', 'postId', 'post']);
  });

  it('keeps the outline of a file whose text did not change, and re-outlines only the edited definition', () => {
    const cache = new ParseCache();
    const files = (text: string) => [
      { uri: URI, text },
      { uri: OTHER_URI, text: 'type Tag @model {\n  id: ID!\n}\n' },
    ];
    const first = schemaIndexOf(analyzeSchema(files(SCHEMA), settings, cache));
    const edited = SCHEMA.replace('  title: String!\n', '  title: String!\n  rating: Int\n');
    const second = schemaIndexOf(analyzeSchema(files(edited), settings, cache));

    expect(second).not.toBe(first);
    expect(second.outlineOf(OTHER_URI)).toBe(first.outlineOf(OTHER_URI));
    const piecesBefore = first.outlineOf(URI)!.pieces.map(({ piece }) => piece);
    const piecesAfter = second.outlineOf(URI)!.pieces.map(({ piece }) => piece);
    expect(piecesAfter.map((piece) => piecesBefore.includes(piece))).toEqual([false, true]);
    expect(second.fieldsOf('Post').map((field) => field.name)).toEqual(['id', 'title', 'rating', 'comments']);
    expect(second.definitionText('Comment')).toBe(first.definitionText('Comment'));
  });

  it('completes from the edited text, with ranges in the moved definitions', () => {
    const cache = new ParseCache();
    analyzeSchema([{ uri: URI, text: SCHEMA }], settings, cache);
    // A field added above Comment moves it; completing in Comment's @belongsTo must still land right.
    const edited = SCHEMA.replace('  title: String!\n', '  title: String!\n  authorId: ID\n').replace(
      '@belongsTo(references: ["postId"])',
      '@belongsTo(references: [""])',
    );
    const analysis = analyzeSchema([{ uri: URI, text: edited }], settings, cache);
    const offset = edited.indexOf('references: [""]') + 'references: ["'.length;
    const lines = new LineIndex(edited);
    const items = completeSchema(analysis, URI, lines.positionAt(offset));
    expect(items.map((item) => item.label)).toEqual(['id', 'postId']);
    const edit = items[0].textEdit as { range: { start: unknown; end: unknown } };
    expect(edit.range).toEqual({ start: lines.positionAt(offset), end: lines.positionAt(offset) });
  });
});
