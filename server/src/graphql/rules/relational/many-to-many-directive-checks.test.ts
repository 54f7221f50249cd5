import { describe, expect, it } from 'vitest';
import { joinTypeName } from './many-to-many-directive-checks';
import { applyEdits, flagged, relationalDiagnostics } from '../../../../test-support/graphql/relational-diagnostics';

const POST = 'type Post @model {\n  id: ID!\n  tags: [Tag] @manyToMany(relationName: "PostTags")\n}\n';
const TAG = 'type Tag @model {\n  id: ID!\n  posts: [Post] @manyToMany(relationName: "PostTags")\n}\n';

describe('joinTypeName', () => {
  it('upper-cases the first letter and drops characters GraphQL names cannot hold', () => {
    expect(joinTypeName('postTags')).toBe('PostTags');
    expect(joinTypeName('post-tags')).toBe('Posttags');
    expect(joinTypeName('1stTags')).toBe('stTags'); // upper-casing happens before leading digits are dropped
    expect(joinTypeName('  ')).toBe('');
  });
});

describe('@manyToMany', () => {
  it('needs a list', () => {
    const sdl = POST.replace('tags: [Tag]', 'tags: Tag') + TAG;
    const [diagnostic, ...rest] = relationalDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(flagged(sdl)).toEqual(['relational-list-shape@3:9-3:12 Tag']);
    expect(diagnostic.message).toBe('@manyToMany must be used with a list. Change Post.tags to [Tag].');
    expect(relationalDiagnostics(applyEdits(sdl, diagnostic.fixes![0].edits))).toEqual([]);
  });

  it('must be on an @model type', () => {
    const sdl = POST + TAG.replace('type Tag @model', 'type Tag');
    expect(flagged(sdl)).toEqual([
      'relational-related-not-model@3:10-3:13 Tag',
      'relational-parent-not-model@7:17-7:54 @manyToMany(relationName: "PostTags")',
    ]);
  });

  it('needs the relation name in exactly two places', () => {
    const single = POST + 'type Tag @model {\n  id: ID!\n}\n';
    const [diagnostic] = relationalDiagnostics(single);
    expect(flagged(single)).toEqual(['relational-many-to-many-count@3:41-3:51 "PostTags"']);
    expect(diagnostic.message).toBe(
      `@manyToMany relation 'PostTags' must be used in exactly two locations. Add a field of type [Post] with @manyToMany(relationName: "PostTags") to Tag.`,
    );
    const triple = POST + TAG + 'type Blog @model {\n  id: ID!\n  tags: [Tag] @manyToMany(relationName: "PostTags")\n}\n';
    expect(relationalDiagnostics(triple).map((d) => d.code)).toEqual(Array(3).fill('relational-many-to-many-count'));
    expect(relationalDiagnostics(triple)[0].message).toMatch(/It is used 3 times; give each pair of fields its own relationName\.$/);
  });

  it('matches relation names the way the join type is named', () => {
    const sdl = POST + TAG.replace('relationName: "PostTags"', 'relationName: "postTags"');
    expect(relationalDiagnostics(sdl)).toEqual([]);
  });

  it("needs each side to list the other side's model", () => {
    const sdl = POST.replace('tags: [Tag]', 'tags: [Label]') + TAG + 'type Label @model {\n  id: ID!\n}\n';
    const diagnostics = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-many-to-many-type-mismatch@3:10-3:15 Label']);
    expect(diagnostics[0].message).toBe(
      "@manyToMany relation 'PostTags' expects 'Label' but got 'Tag'. Post.tags and Tag.posts share the relation, so Post.tags must be a list of Tag.",
    );
    expect(relationalDiagnostics(applyEdits(sdl, diagnostics[0].fixes![0].edits))).toEqual([]);
  });

  it('rejects a relation name whose join type already exists', () => {
    const sdl = POST + TAG + 'type PostTags {\n  id: ID!\n}\n';
    const diagnostics = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual([
      'relational-many-to-many-name-taken@3:41-3:51 "PostTags"',
      'relational-many-to-many-name-taken@7:43-7:53 "PostTags"',
    ]);
    expect(diagnostics[0].message).toMatch(
      /^@manyToMany relation name 'PostTags' \(derived from 'PostTags'\) already exists as a type in the schema\./,
    );
  });

  it('is deprecated in Gen 2 (a warning) and fine in Gen 1', () => {
    const sdl = POST + TAG;
    expect(relationalDiagnostics(sdl)).toEqual([]);
    const diagnostics = relationalDiagnostics(sdl, { generation: 2 });
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['relational-many-to-many-deprecated', 'warning'],
      ['relational-many-to-many-deprecated', 'warning'],
    ]);
  });
});
