import { describe, expect, it } from 'vitest';
import { analyzeSchema } from '../../analyze-schema';
import { defaultApiSettings } from '../../api-settings';
import type { LensDiagnostic } from '../../../lens-diagnostic';
import { applyEdits, relationalDiagnostics } from '../../../../test-support/graphql/relational-diagnostics';

function onlyFix(diagnostic: LensDiagnostic) {
  expect(diagnostic.fixes).toHaveLength(1);
  return diagnostic.fixes![0];
}

describe('inserting fields for quick fixes', () => {
  it('follows the indentation of the existing fields', () => {
    const sdl =
      'type Post @model {\n    id: ID!\n    comments: [Comment] @hasMany(references: ["postId"])\n}\ntype Comment @model {\n\tid: ID!\n\tpost: Post @belongsTo(references: ["postId"])\n}\n';
    const [diagnostic] = relationalDiagnostics(sdl);
    const fixed = applyEdits(sdl, onlyFix(diagnostic).edits);
    expect(fixed).toBe(
      sdl.replace('\tpost: Post @belongsTo(references: ["postId"])\n}', '\tpost: Post @belongsTo(references: ["postId"])\n\tpostId: ID\n}'),
    );
  });

  it('keeps a trailing comment with its field', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["postId"])\n}\ntype Comment @model {\n  id: ID! # the key\n}\n';
    const diagnostic = relationalDiagnostics(sdl).find((d) => d.code === 'relational-unknown-reference-field')!;
    expect(applyEdits(sdl, onlyFix(diagnostic).edits)).toContain('  id: ID! # the key\n  postId: ID\n}');
  });

  it('stays on one line in a one-line type', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["postId"])\n}\ntype Comment @model { id: ID! }\n';
    const diagnostic = relationalDiagnostics(sdl).find((d) => d.code === 'relational-unknown-reference-field')!;
    const fixed = applyEdits(sdl, onlyFix(diagnostic).edits);
    expect(fixed).toContain('type Comment @model { id: ID! postId: ID }');
  });

  it("uses the file's CRLF line endings", () => {
    const sdl =
      'type Post @model {\r\n  id: ID!\r\n  comments: [Comment] @hasMany(references: ["postId"])\r\n}\r\ntype Comment @model {\r\n  id: ID!\r\n}\r\n';
    const diagnostic = relationalDiagnostics(sdl).find((d) => d.code === 'relational-unknown-reference-field')!;
    expect(applyEdits(sdl, onlyFix(diagnostic).edits)).toContain('  id: ID!\r\n  postId: ID\r\n}');
  });

  it('gives a new reference field the nullability of the existing ones', () => {
    const sdl = `
type Post @model {
  title: String! @primaryKey(sortKeyFields: ["content"])
  content: String!
  comments: [Comment] @hasMany(references: ["postTitle", "postContent"])
}
type Comment @model {
  id: ID!
  postTitle: String!
  post: Post @belongsTo(references: ["postTitle", "postContent"])
}
`;
    const diagnostic = relationalDiagnostics(sdl)[0];
    expect(onlyFix(diagnostic).title).toBe('Add the missing field postContent: String! to Comment');
  });
});

describe('the missing @belongsTo counterpart, across files', () => {
  const postUri = 'file:///project/amplify/backend/api/demo/schema/post.graphql';
  const commentUri = 'file:///project/amplify/backend/api/demo/schema/comment.graphql';
  const postText = 'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["postId"])\n}\n';
  const commentText = 'type Comment @model {\n  id: ID!\n  content: String\n}\n';

  it('adds the reference field and the @belongsTo field in the file that holds the related type', () => {
    const files = [
      { uri: postUri, text: postText },
      { uri: commentUri, text: commentText },
    ];
    const analysis = analyzeSchema(files, defaultApiSettings());
    const relational = analysis.diagnostics.filter((d) => d.code.startsWith('relational-'));
    expect(relational.map((d) => [d.code, d.uri])).toEqual([
      ['relational-unidirectional', postUri],
      ['relational-unknown-reference-field', postUri],
    ]);
    const counterpart = onlyFix(relational[0]);
    expect(counterpart.title).toBe('Add the missing @belongsTo counterpart Comment.post');
    expect(counterpart.edits.map((edit) => edit.uri)).toEqual([commentUri]);
    const fixedComment = applyEdits(commentText, counterpart.edits, commentUri);
    expect(fixedComment).toBe(
      'type Comment @model {\n  id: ID!\n  content: String\n  postId: ID\n  post: Post @belongsTo(references: ["postId"])\n}\n',
    );
    const after = analyzeSchema([files[0], { uri: commentUri, text: fixedComment }], defaultApiSettings());
    expect(after.diagnostics.filter((d) => d.code.startsWith('relational-'))).toEqual([]);
  });

  it('is not offered when the field name is taken', () => {
    const sdl = `${postText}type Comment @model {\n  id: ID!\n  postId: ID\n  post: String\n}\n`;
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(diagnostic.code).toBe('relational-unidirectional');
    expect(diagnostic.fixes).toBeUndefined();
  });
});
