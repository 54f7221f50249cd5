import { describe, expect, it } from 'vitest';
import type { LensDiagnostic } from '../lens-diagnostic';
import { applyFix } from '../../test-support/graphql/apply-text-edits';
import { diagnose, underlined } from '../../test-support/graphql/diagnose';

/** The migration fixes offered on the v1 directive that underlines `target` (e.g. '@key'). */
function fixesFor(sdl: string, target: string, occurrence = 0) {
  const diagnostics = diagnose(sdl).filter((d: LensDiagnostic) => d.code === 'v1-directive' && underlined(sdl, d) === target);
  return diagnostics[occurrence]?.fixes ?? [];
}

function migrate(sdl: string, target: string, occurrence = 0): string {
  const fixes = fixesFor(sdl, target, occurrence);
  expect(fixes).toHaveLength(1);
  return applyFix(sdl, fixes[0]);
}

describe('v1 directive migration fixes', () => {
  describe('@key', () => {
    it('turns a primary key into @primaryKey on its first field', () => {
      const sdl = 'type Inventory @model @key(fields: ["productID", "warehouseID"]) {\n  productID: ID!\n  warehouseID: ID!\n}\n';
      const fixes = fixesFor(sdl, '@key');
      expect(fixes[0].title).toBe("Migrate to @primaryKey on 'productID'");
      expect(applyFix(sdl, fixes[0])).toBe(
        'type Inventory @model {\n  productID: ID! @primaryKey(sortKeyFields: ["warehouseID"])\n  warehouseID: ID!\n}\n',
      );
    });

    it('writes a single-field primary key without arguments, after existing field directives', () => {
      const sdl = 'type Todo @model @key(fields: ["todoId"]) {\n  todoId: ID! @aws_api_key\n  content: String\n}\n';
      expect(migrate(sdl, '@key')).toBe('type Todo @model {\n  todoId: ID! @aws_api_key @primaryKey\n  content: String\n}\n');
    });

    it('turns a named key into @index, keeping name and queryField', () => {
      const sdl = [
        'type Todo @model',
        '  @key(name: "todosByStatus", fields: ["status", "createdAt"], queryField: "listTodosByStatus") {',
        '  id: ID!',
        '  status: String!',
        '  createdAt: AWSDateTime!',
        '}',
        '',
      ].join('\n');
      expect(migrate(sdl, '@key')).toBe(
        [
          'type Todo @model {',
          '  id: ID!',
          '  status: String! @index(name: "todosByStatus", sortKeyFields: ["createdAt"], queryField: "listTodosByStatus")',
          '  createdAt: AWSDateTime!',
          '}',
          '',
        ].join('\n'),
      );
    });

    it('removes a key standing on its own line together with the line', () => {
      const sdl = 'type Comment\n  @model\n  @key(name: "byPost", fields: ["postID"])\n{\n  id: ID!\n  postID: ID!\n}\n';
      expect(migrate(sdl, '@key')).toBe('type Comment\n  @model\n{\n  id: ID!\n  postID: ID! @index(name: "byPost")\n}\n');
    });

    it('migrates each of several keys on its own', () => {
      const sdl = [
        'type PostEditor @model(queries: null)',
        '  @key(name: "byPost", fields: ["postID", "editorID"])',
        '  @key(name: "byEditor", fields: ["editorID", "postID"]) {',
        '  id: ID!',
        '  postID: ID!',
        '  editorID: ID!',
        '}',
        '',
      ].join('\n');
      expect(migrate(sdl, '@key', 1)).toBe(
        [
          'type PostEditor @model(queries: null)',
          '  @key(name: "byPost", fields: ["postID", "editorID"]) {',
          '  id: ID!',
          '  postID: ID!',
          '  editorID: ID! @index(name: "byEditor", sortKeyFields: ["postID"])',
          '}',
          '',
        ].join('\n'),
      );
    });

    it('offers nothing when the key field is not declared or a primary key has a query field', () => {
      expect(fixesFor('type Todo @model @key(fields: ["id"]) {\n  name: String\n}\n', '@key')).toEqual([]);
      expect(fixesFor('type Todo @model @key(fields: ["id"], queryField: "todo") {\n  id: ID!\n}\n', '@key')).toEqual([]);
    });
  });

  describe('@connection', () => {
    it('turns a list connection into @hasMany, renaming keyName to indexName', () => {
      const sdl = [
        'type Post @model {',
        '  id: ID!',
        '  comments: [Comment] @connection(keyName: "byPost", fields: ["id"])',
        '}',
        'type Comment @model @key(name: "byPost", fields: ["postID", "content"]) {',
        '  id: ID!',
        '  postID: ID!',
        '  content: String!',
        '}',
        '',
      ].join('\n');
      expect(migrate(sdl, '@connection')).toContain('  comments: [Comment] @hasMany(indexName: "byPost", fields: ["id"])\n');
    });

    it('keeps limit on a has-many connection', () => {
      const sdl = 'type Post @model {\n  id: ID!\n  comments: [Comment] @connection(limit: 50)\n}\ntype Comment @model {\n  id: ID!\n}\n';
      expect(migrate(sdl, '@connection')).toContain('comments: [Comment] @hasMany(limit: 50)');
    });

    it('turns a single connection into @hasOne when nothing points back', () => {
      const sdl =
        'type Project @model {\n  id: ID!\n  teamID: ID\n  team: Team @connection(fields: ["teamID"])\n}\ntype Team @model {\n  id: ID!\n}\n';
      expect(migrate(sdl, '@connection')).toContain('team: Team @hasOne(fields: ["teamID"])');
    });

    it('turns the child side of a has-many into @belongsTo', () => {
      const sdl = [
        'type Post @model {',
        '  id: ID!',
        '  comments: [Comment] @connection(keyName: "byPost", fields: ["id"])',
        '}',
        'type Comment @model @key(name: "byPost", fields: ["postID", "content"]) {',
        '  id: ID!',
        '  postID: ID!',
        '  content: String!',
        '  post: Post @connection(fields: ["postID"])',
        '}',
        '',
      ].join('\n');
      const fixes = fixesFor(sdl, '@connection', 1);
      expect(fixes[0].title).toBe('Migrate to @belongsTo');
      expect(applyFix(sdl, fixes[0])).toContain('  post: Post @belongsTo(fields: ["postID"])\n');
    });

    it('uses @hasOne when the key field is not indexed, as the migrator does', () => {
      const sdl = [
        'type Post @model {',
        '  id: ID!',
        '  comments: [Comment] @connection',
        '}',
        'type Comment @model {',
        '  id: ID!',
        '  postID: ID!',
        '  post: Post @connection(fields: ["postID"])',
        '}',
        '',
      ].join('\n');
      expect(migrate(sdl, '@connection', 1)).toContain('post: Post @hasOne(fields: ["postID"])');
    });

    it('offers nothing for the deprecated name/keyField form or a keyName on a single object', () => {
      const named =
        'type Post @model {\n  id: ID!\n  comments: [Comment] @connection(name: "PostComments")\n}\ntype Comment @model {\n  id: ID!\n}\n';
      expect(fixesFor(named, '@connection')).toEqual([]);
      const keyed =
        'type Post @model {\n  id: ID!\n  top: Comment @connection(keyName: "byPost", fields: ["id"])\n}\ntype Comment @model {\n  id: ID!\n}\n';
      expect(fixesFor(keyed, '@connection')).toEqual([]);
    });
  });

  describe('@versioned', () => {
    it('removes the directive', () => {
      const sdl = 'type Note @model @versioned {\n  id: ID!\n  version: Int!\n}\n';
      const fixes = fixesFor(sdl, '@versioned');
      expect(fixes[0].title).toContain('Remove @versioned');
      expect(applyFix(sdl, fixes[0])).toBe('type Note @model {\n  id: ID!\n  version: Int!\n}\n');
    });

    it('moves what follows it up a line when it opens a line', () => {
      const sdl = 'type Note\n  @versioned @model {\n  id: ID!\n}\n';
      expect(migrate(sdl, '@versioned')).toBe('type Note @model {\n  id: ID!\n}\n');
    });

    it('does not move text into a comment', () => {
      const sdl = 'type Note # notes\n  @versioned @model {\n  id: ID!\n}\n';
      expect(migrate(sdl, '@versioned')).toBe('type Note # notes\n  @model {\n  id: ID!\n}\n');
    });
  });
});
