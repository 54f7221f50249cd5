import { describe, expect, it } from 'vitest';
import { applyEdits, flagged, relationalDiagnostics } from '../../../../test-support/graphql/relational-diagnostics';

describe('@belongsTo placement and shape', () => {
  it('rejects a list', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany\n}\ntype Comment @model {\n  id: ID!\n  post: [Post] @belongsTo\n}\n';
    const [diagnostic, ...rest] = relationalDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(flagged(sdl)).toEqual(['relational-list-shape@7:9-7:15 [Post]']);
    expect(diagnostic.message).toBe('@belongsTo cannot be used with lists. Change Comment.post to Post.');
    expect(applyEdits(sdl, diagnostic.fixes![0].edits)).toContain('  post: Post @belongsTo\n');
  });
});

describe('@belongsTo without references', () => {
  it('needs the related model to have a @hasOne or @hasMany back', () => {
    const sdl = 'type Post @model {\n  id: ID!\n}\ntype Comment @model {\n  id: ID!\n  post: Post @belongsTo\n}\n';
    const [diagnostic, ...rest] = relationalDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(flagged(sdl)).toEqual(['relational-belongs-to-without-parent@6:14-6:24 @belongsTo']);
    expect(diagnostic.message).toBe(
      'Post must have a relationship with Comment in order to use @belongsTo. Add a @hasOne or @hasMany field of type Comment to Post, or remove @belongsTo.',
    );
  });

  it('does not count a @manyToMany field as the relationship back', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  tags: [Tag] @manyToMany(relationName: "PostTags")\n}\ntype Tag @model {\n  id: ID!\n  posts: [Post] @manyToMany(relationName: "PostTags")\n  post: Post @belongsTo\n}\n';
    expect(relationalDiagnostics(sdl).map((d) => d.code)).toEqual(['relational-belongs-to-without-parent']);
  });

  it('checks legacy fields against the parent primary key', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany\n}\ntype Comment @model {\n  id: ID!\n  post: Post @belongsTo(fields: ["postID"])\n}\n';
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-unknown-field@7:34-7:42 "postID"']);
    expect(diagnostic.fixes![0].title).toBe('Add the missing field postID: ID to Comment');
    expect(relationalDiagnostics(applyEdits(sdl, diagnostic.fixes![0].edits))).toEqual([]);
  });

  it('rejects overrideIndexName without references', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany\n}\ntype Comment @model {\n  id: ID!\n  post: Post @belongsTo(overrideIndexName: "byPost")\n}\n';
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-override-index-without-references@7:25-7:52 overrideIndexName: "byPost"']);
    expect(diagnostic.message).toBe(
      'overrideIndexName cannot be used on @belongsTo without references. Modify Comment.post to use references or remove overrideIndexName.',
    );
  });

  it('warns about a required field only in Gen 2', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany\n}\ntype Comment @model {\n  id: ID!\n  post: Post! @belongsTo\n}\n';
    expect(relationalDiagnostics(sdl)).toEqual([]);
    expect(flagged(sdl, { generation: 2 })).toEqual(['relational-required-deprecated@7:9-7:14 Post!']);
  });
});

describe('@belongsTo with references', () => {
  const parent = 'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["postId"])\n}\n';

  it('accepts overrideIndexName with references', () => {
    const sdl = `${parent}type Comment @model {\n  id: ID!\n  postId: ID\n  post: Post @belongsTo(references: ["postId"], overrideIndexName: "byPost")\n}\n`;
    expect(relationalDiagnostics(sdl)).toEqual([]);
  });

  it('needs a reference per primary key field of the related model', () => {
    const sdl = `${parent}type Comment @model {\n  id: ID!\n  postId: ID\n  other: ID\n  post: Post @belongsTo(references: ["postId", "other"])\n}\n`;
    const diagnostics = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(
      ['relational-references-count@9:37-9:56 ["postId", "other"]', 'relational-unidirectional@3:23-3:55 @hasMany(references: ["postId"])'].sort(
        byLine,
      ),
    );
    expect(diagnostics.find((d) => d.code === 'relational-references-count')!.message).toMatch(
      /^The number of references provided to @belongsTo must match the number of primary keys on Post\./,
    );
  });

  it('reports a missing reference field on its own type, with a fix', () => {
    const sdl = `${parent}type Comment @model {\n  id: ID!\n  post: Post @belongsTo(references: ["postId"])\n}\n`;
    const diagnostics = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual([
      'relational-unknown-reference-field@3:45-3:53 "postId"',
      'relational-unknown-reference-field@7:38-7:46 "postId"',
    ]);
    const fixed = applyEdits(sdl, diagnostics[1].fixes![0].edits);
    expect(relationalDiagnostics(fixed)).toEqual([]);
  });

  it('rejects a required field', () => {
    const sdl = `${parent}type Comment @model {\n  id: ID!\n  postId: ID\n  post: Post! @belongsTo(references: ["postId"])\n}\n`;
    expect(flagged(sdl)).toEqual(['relational-required-field@8:9-8:14 Post!']);
  });

  it('needs a @hasOne or @hasMany counterpart with the same references', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n}\ntype Comment @model {\n  id: ID!\n  postId: ID\n  post: Post @belongsTo(references: ["postId"])\n}\n';
    const [diagnostic, ...rest] = relationalDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(flagged(sdl)).toEqual(['relational-unidirectional@7:14-7:48 @belongsTo(references: ["postId"])']);
    expect(diagnostic.message).toBe(
      'Uni-directional relationships are not supported. Add a @hasOne or @hasMany field in Post to match the @belongsTo field Comment.post, ' +
        'and ensure the number and type of reference fields match the number and type of primary key fields in Post.',
    );
  });

  it('reports a @hasMany paired with a legacy @belongsTo on both sides', () => {
    const sdl = `${parent}type Comment @model {\n  id: ID!\n  postId: ID\n  post: Post @belongsTo\n}\n`;
    const [diagnostic, ...rest] = relationalDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('relational-unidirectional');
    // Comment already has a @belongsTo back: adding a second one would be wrong.
    expect(diagnostic.fixes).toBeUndefined();
  });
});

function byLine(a: string, b: string): number {
  const line = (s: string) => Number(/@(\d+):/.exec(s)![1]);
  return line(a) - line(b);
}
