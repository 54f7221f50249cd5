import { describe, expect, it } from 'vitest';
import { applyEdits, flagged, relationalDiagnostics } from '../../../../test-support/graphql/relational-diagnostics';

const COMMENT_WITH_BELONGS_TO = `
type Comment @model {
  id: ID!
  postId: ID
  post: Post @belongsTo(references: ["postId"])
}`;

describe('@hasMany placement and shape', () => {
  it('needs a list, with fixes to make it one or to use @hasOne', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  comment: Comment @hasMany\n}\ntype Comment @model {\n  id: ID!\n}\n';
    const [diagnostic, ...rest] = relationalDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(flagged(sdl)).toEqual(['relational-list-shape@3:12-3:19 Comment']);
    expect(diagnostic.message).toBe(
      '@hasMany must be used with a list. Use @hasOne for non-list types. Change Post.comment to [Comment], or use @hasOne.',
    );
    expect(diagnostic.fixes?.map((fix) => fix.title)).toEqual(['Change the type to [Comment]', 'Use @hasOne instead']);
    expect(applyEdits(sdl, diagnostic.fixes![0].edits)).toContain('  comment: [Comment] @hasMany\n');
    expect(applyEdits(sdl, diagnostic.fixes![1].edits)).toContain('  comment: Comment @hasOne\n');
  });

  it('must be on a field of an @model type', () => {
    const sdl = 'type Blog {\n  id: ID!\n  posts: [Post] @hasMany\n}\ntype Post @model {\n  id: ID!\n}\n';
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-parent-not-model@3:17-3:25 @hasMany']);
    expect(diagnostic.message).toBe('@hasMany must be on an @model object type field. Add @model to Blog, or remove @hasMany from Blog.posts.');
    expect(applyEdits(sdl, diagnostic.fixes![0].edits)).toMatch(/^type Blog @model \{/);
  });

  it('offers no @model fix on Query fields', () => {
    const sdl = 'type Query {\n  posts: [Post] @hasMany\n}\ntype Post @model {\n  id: ID!\n}\n';
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(diagnostic.code).toBe('relational-parent-not-model');
    expect(diagnostic.fixes).toBeUndefined();
  });

  it('needs an @model related type, underlining the type name inside the list', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany\n}\ntype Comment {\n  id: ID!\n}\n';
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-related-not-model@3:14-3:21 Comment']);
    expect(diagnostic.message).toBe(
      'Object type Comment must be annotated with @model. Add @model to Comment, or remove @hasMany from Post.comments.',
    );
    expect(applyEdits(sdl, diagnostic.fixes![0].edits)).toContain('type Comment @model {');
  });

  it('rejects a scalar as the related type', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  tags: [String] @hasMany\n}\n';
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-related-not-model@3:10-3:16 String']);
    expect(diagnostic.fixes).toBeUndefined();
  });

  it('leaves an undeclared related type to SDL validation', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  comments: [Coment] @hasMany\n}\n';
    expect(relationalDiagnostics(sdl)).toEqual([]);
  });
});

describe('@hasMany arguments', () => {
  it('rejects fields together with references, at the fields argument', () => {
    const sdl = `type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(fields: ["id"], references: ["postId"])\n}${COMMENT_WITH_BELONGS_TO}\n`;
    expect(flagged(sdl)).toEqual(['relational-fields-with-references@3:32-3:46 fields: ["id"]']);
  });

  it('rejects an empty references list', () => {
    const sdl = `type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: [])\n}${COMMENT_WITH_BELONGS_TO}\n`;
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-empty-references@3:44-3:46 []']);
    expect(diagnostic.message).toMatch(/^Invalid @hasMany directive on comments - empty references list\./);
  });

  it('rejects indexName together with references', () => {
    const sdl = `type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(indexName: "byPost", references: ["postId"])\n}${COMMENT_WITH_BELONGS_TO}\n`;
    expect(flagged(sdl)).toEqual(['relational-index-name-with-references@3:32-3:51 indexName: "byPost"']);
  });
});

describe('@hasMany with references', () => {
  it('needs one reference per primary key field of the parent', () => {
    const sdl = `
type Post @model {
  title: String! @primaryKey(sortKeyFields: ["content"])
  content: String!
  comments: [Comment] @hasMany(references: ["postTitle"])
}
type Comment @model {
  id: ID!
  postTitle: String
  post: Post @belongsTo(references: ["postTitle"])
}
`;
    const diagnostics = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual([
      'relational-references-count@5:44-5:57 ["postTitle"]',
      'relational-references-count@10:37-10:50 ["postTitle"]',
    ]);
    expect(diagnostics[0].message).toBe(
      'The number of references provided to @hasMany must match the number of primary keys on Post. ' +
        'Its primary key is (title, content): list one reference field of Comment for each, in that order.',
    );
  });

  it('reports a reference that is not a field of the related type, with a fix adding it', () => {
    const sdl = `type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["postId"])\n}\ntype Comment @model {\n  id: ID!\n  post: Post @belongsTo(references: ["postId"])\n}\n`;
    const diagnostics = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual([
      'relational-unknown-reference-field@3:45-3:53 "postId"',
      'relational-unknown-reference-field@7:38-7:46 "postId"',
    ]);
    expect(diagnostics[0].message).toBe(
      "postId is not a field in Comment. Add it to Comment with the type of Post's primary key field, or correct the name.",
    );
    const fix = diagnostics[0].fixes![0];
    expect(fix.title).toBe('Add the missing field postId: ID to Comment');
    const fixed = applyEdits(sdl, fix.edits);
    expect(fixed).toContain('  post: Post @belongsTo(references: ["postId"])\n  postId: ID\n}');
    expect(relationalDiagnostics(fixed)).toEqual([]);
  });

  it('requires scalar or enum reference fields', () => {
    const sdl = `type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["postId"])\n}\ntype Comment @model {\n  id: ID!\n  postId: Post\n  post: Post @belongsTo(references: ["postId"])\n}\n`;
    const diagnostics = relationalDiagnostics(sdl);
    expect(flagged(sdl)[0]).toBe('relational-reference-not-scalar@3:45-3:53 "postId"');
    expect(diagnostics[0].message).toMatch(/^All reference fields provided to @hasMany must be scalar or enum fields\./);
  });

  it('rejects a required list, in both forms, with a fix to make it optional', () => {
    for (const [type, shown] of [
      ['[Comment]!', "Change 'Post.comments: [Comment]!' to 'Post.comments: [Comment]'"],
      ['[Comment!]', "Change 'Post.comments: [Comment!]' to 'Post.comments: [Comment]'"],
    ]) {
      const sdl = `type Post @model {\n  id: ID!\n  comments: ${type} @hasMany(references: ["postId"])\n}${COMMENT_WITH_BELONGS_TO}\n`;
      const [diagnostic, ...rest] = relationalDiagnostics(sdl);
      expect(rest).toEqual([]);
      expect(flagged(sdl)).toEqual([`relational-required-field@3:13-3:23 ${type}`]);
      expect(diagnostic.message).toBe(`@hasMany fields must not be required. ${shown}`);
      expect(relationalDiagnostics(applyEdits(sdl, diagnostic.fixes![0].edits))).toEqual([]);
    }
  });

  it('rejects reference fields of mixed nullability', () => {
    const sdl = `
type Post @model {
  title: String! @primaryKey(sortKeyFields: ["content"])
  content: String!
  comments: [Comment] @hasMany(references: ["postTitle", "postContent"])
}
type Comment @model {
  id: ID!
  postTitle: String!
  postContent: String
  post: Post @belongsTo(references: ["postTitle", "postContent"])
}
`;
    const [diagnostic, ...rest] = relationalDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(flagged(sdl)).toEqual(['relational-reference-nullability@5:44-5:72 ["postTitle", "postContent"]']);
    expect(diagnostic.message).toBe(
      "Reference fields defined on related type: 'Comment' for @hasMany(references: ['postTitle', 'postContent']) Post.comments relationship have inconsistent nullability." +
        "\nRequired fields: 'postTitle'\nNullable fields: 'postContent'" +
        "\nUpdate reference fields on type 'Comment' to have consistent nullability -- either all required or all nullable.",
    );
  });

  it('needs a matching @belongsTo on the related type', () => {
    const sdl = `type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["postId"])\n}\ntype Comment @model {\n  id: ID!\n  postId: ID\n}\n`;
    const [diagnostic, ...rest] = relationalDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(flagged(sdl)).toEqual(['relational-unidirectional@3:23-3:55 @hasMany(references: ["postId"])']);
    expect(diagnostic.message).toBe(
      'Uni-directional relationships are not supported. Add a @belongsTo field in Comment to match the @hasMany field Post.comments, ' +
        'and ensure the number and type of reference fields match the number and type of primary key fields in Post.',
    );
  });

  it('does not pair with a @belongsTo whose references differ', () => {
    const sdl = `type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["postId"])\n}\ntype Comment @model {\n  id: ID!\n  postId: ID\n  otherId: ID\n  post: Post @belongsTo(references: ["otherId"])\n}\n`;
    expect(relationalDiagnostics(sdl).map((d) => d.code)).toEqual(['relational-unidirectional', 'relational-unidirectional']);
  });

  it('reports a reference type that differs from the primary key once, at the reference field type', () => {
    const sdl = `type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["postId"])\n}\ntype Comment @model {\n  id: ID!\n  postId: Int\n  post: Post @belongsTo(references: ["postId"])\n}\n`;
    const [diagnostic, ...rest] = relationalDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(flagged(sdl)).toEqual(['relational-reference-type-mismatch@7:11-7:14 Int']);
    expect(diagnostic.message).toBe(
      'Type mismatch between primary key field(s) of Post and reference fields of Comment. Type of Post.id does not match type of Comment.postId. Change Comment.postId to ID.',
    );
    expect(relationalDiagnostics(applyEdits(sdl, diagnostic.fixes![0].edits))).toEqual([]);
  });
});

describe('@hasMany with legacy fields', () => {
  it('reports a field missing on this type, with a fix typed like the related key', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(indexName: "byPost", fields: ["postKey"])\n}\ntype Comment @model {\n  id: ID!\n  postID: ID! @index(name: "byPost")\n}\n';
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-unknown-field@3:62-3:71 "postKey"']);
    expect(diagnostic.message).toBe('postKey is not a field in Post. Add it to Post, or correct the name.');
    const fixed = applyEdits(sdl, diagnostic.fixes![0].edits);
    expect(fixed).toContain('fields: ["postKey"])\n  postKey: ID\n}');
    expect(relationalDiagnostics(fixed)).toEqual([]);
  });

  it('requires scalar fields', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  other: Comment\n  comments: [Comment] @hasMany(fields: ["other"])\n}\ntype Comment @model {\n  id: ID!\n}\n';
    expect(flagged(sdl)).toEqual(['relational-field-not-scalar@4:41-4:48 "other"']);
  });

  it('reports an indexName that names no @index of the related model', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(indexName: "byPots", fields: ["id"])\n}\ntype Comment @model {\n  id: ID!\n  postID: ID! @index(name: "byPost")\n}\n';
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-unknown-index@3:43-3:51 "byPots"']);
    expect(diagnostic.message).toMatch(/^Index byPots does not exist for model Comment\./);
  });

  it('stays quiet about indexName when the related model has an unnamed @index', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(indexName: "commentsByPostID", fields: ["id"])\n}\ntype Comment @model {\n  id: ID!\n  postID: ID! @index\n}\n';
    expect(relationalDiagnostics(sdl)).toEqual([]);
  });

  it('compares field types strictly with the index key (ID is not String here)', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  slug: String!\n  comments: [Comment] @hasMany(indexName: "byPost", fields: ["slug"])\n}\ntype Comment @model {\n  id: ID!\n  postID: ID! @index(name: "byPost")\n}\n';
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-field-type-mismatch@4:62-4:68 "slug"']);
    expect(diagnostic.message).toBe('slug field is not of type ID. Change Post.slug to ID to match Comment.postID.');
  });

  it('rejects partial sort keys but accepts the partition key alone', () => {
    const partial =
      'type Post @model {\n  id: ID!\n  a: String\n  b: String\n  comments: [Comment] @hasMany(indexName: "byPost", fields: ["id", "a", "b"])\n}\ntype Comment @model {\n  id: ID!\n  postID: ID! @index(name: "byPost", sortKeyFields: ["content"])\n  content: String\n}\n';
    expect(flagged(partial)).toEqual(['relational-partial-sort-key@5:61-5:77 ["id", "a", "b"]']);
    expect(relationalDiagnostics(partial)[0].message).toMatch(/^Invalid @hasMany directive on comments\. Partial sort keys are not accepted\./);
    const partitionOnly = partial.replace('["id", "a", "b"]', '["id"]');
    expect(relationalDiagnostics(partitionOnly)).toEqual([]);
  });
});

describe('@hasMany by generation and DataStore', () => {
  const legacy =
    'type Post @model {\n  id: ID!\n  comments: [Comment]! @hasMany(indexName: "byPost", fields: ["id"])\n}\ntype Comment @model {\n  id: ID!\n  postID: ID! @index(name: "byPost")\n}\n';

  it('accepts legacy fields and a required list silently in Gen 1', () => {
    expect(relationalDiagnostics(legacy)).toEqual([]);
  });

  it('warns about legacy fields and a required list in Gen 2', () => {
    const diagnostics = relationalDiagnostics(legacy, { generation: 2 });
    expect(flagged(legacy, { generation: 2 })).toEqual([
      'relational-required-deprecated@3:13-3:23 [Comment]!',
      'relational-fields-deprecated@3:54-3:68 fields: ["id"]',
    ]);
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(diagnostics[1].message).toBe(
      'fields argument on @hasMany is deprecated. Modify Post.comments to use references instead. This functionality will be removed in the next major release.',
    );
    expect(diagnostics[0].message).toBe(
      '@hasMany on required fields is deprecated. Modify Post.comments to be optional. This functionality will be removed in the next major release.',
    );
    expect(applyEdits(legacy, diagnostics[0].fixes![0].edits)).toContain('comments: [Comment] @hasMany');
  });

  it('flags models that point at each other with @hasMany/@hasOne when DataStore is on', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany\n}\ntype Comment @model {\n  id: ID!\n  post: Post @hasOne\n}\n';
    expect(relationalDiagnostics(sdl)).toEqual([]);
    const diagnostics = relationalDiagnostics(sdl, { dataStoreEnabled: true });
    expect(flagged(sdl, { dataStoreEnabled: true })).toEqual([
      'relational-datastore-cycle@3:23-3:31 @hasMany',
      'relational-datastore-cycle@7:14-7:21 @hasOne',
    ]);
    expect(diagnostics[0].message).toBe(
      'Post and Comment cannot refer to each other via @hasOne or @hasMany when DataStore is in use. Use @belongsTo instead. See https://docs.amplify.aws/cli/graphql/data-modeling/#belongs-to-relationship',
    );
  });

  it('allows a model to relate to itself under DataStore', () => {
    const sdl = 'type Node @model {\n  id: ID!\n  children: [Node] @hasMany\n  next: Node @hasOne\n}\n';
    expect(relationalDiagnostics(sdl, { dataStoreEnabled: true })).toEqual([]);
  });
});
