import { describe, expect, it } from 'vitest';
import type { ApiSettings } from '../api-settings';
import { applyFix } from '../../../test-support/graphql/apply-text-edits';
import { diagnose, summarize, underlined } from '../../../test-support/graphql/diagnose';

function keyDiagnostics(sdl: string, settings: Partial<ApiSettings> = {}) {
  return diagnose(sdl, settings).filter((d) => d.code.startsWith('primary-key-'));
}

describe('@primaryKey rules', () => {
  describe('documented examples', () => {
    const examples = {
      'custom primary key': 'type Todo @model {\n  todoId: ID! @primaryKey\n  content: String\n}\n',
      'composite primary key': `
type Inventory @model {
  productID: ID! @primaryKey(sortKeyFields: ["warehouseID"])
  warehouseID: ID!
  InventoryAmount: Int!
}`,
      'composite keys on both sides of a relationship': `
type Project @model {
  projectId: ID! @primaryKey(sortKeyFields: ["name"])
  name: String!
  team: Team @hasOne(fields: ["teamId", "teamName"])
  teamId: ID
  teamName: String
}
type Team @model {
  teamId: ID! @primaryKey(sortKeyFields: ["name"])
  name: String!
}`,
    };
    for (const [name, sdl] of Object.entries(examples)) {
      it(`accepts: ${name}`, () => expect(diagnose(sdl)).toEqual([]));
    }
  });

  it('requires @model', () => {
    const sdl = 'type Todo {\n  todoId: ID! @primaryKey\n}\n';
    const diagnostics = keyDiagnostics(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([['primary-key-not-on-model', '@primaryKey']]);
  });

  it('allows one primary key per type', () => {
    const sdl = 'type Todo @model {\n  a: ID! @primaryKey\n  b: ID! @primaryKey\n}\n';
    const diagnostics = keyDiagnostics(sdl);
    expect(summarize(diagnostics)).toEqual(['primary-key-duplicate@3:10-3:21']);
    expect(diagnostics[0].message).toContain("You may only supply one primary key on type 'Todo'.");
  });

  it('requires a non-null key field and offers to add the !', () => {
    const sdl = 'type Todo @model {\n  todoId: ID @primaryKey\n}\n';
    const [diagnostic, ...rest] = keyDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('primary-key-nullable-field');
    expect(diagnostic.message).toContain("The primary key on type 'Todo' must reference non-null fields.");
    expect(underlined(sdl, diagnostic)).toBe('ID');
    expect(applyFix(sdl, diagnostic.fixes?.[0])).toBe('type Todo @model {\n  todoId: ID! @primaryKey\n}\n');
  });

  it('rejects list and object key fields', () => {
    const sdl = 'type Todo @model {\n  tags: [String]! @primaryKey\n}\n';
    expect(summarize(keyDiagnostics(sdl))).toEqual(['primary-key-field-not-scalar@2:9-2:18']);
  });

  it('checks each sort key: exists, scalar, required, not the key itself', () => {
    const sdl = [
      'type Inventory @model {',
      '  productID: ID! @primaryKey(sortKeyFields: ["warehouseId", "tags", "note", "productID"])',
      '  warehouseID: ID!',
      '  tags: [String]!',
      '  note: String',
      '}',
      '',
    ].join('\n');
    const diagnostics = keyDiagnostics(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['primary-key-sort-key-not-found', '"warehouseId"'],
      ['primary-key-sort-key-not-scalar', '"tags"'],
      ['primary-key-sort-key-nullable', '"note"'],
      ['primary-key-self-reference', '"productID"'],
    ]);
    expect(applyFix(sdl, diagnostics[0].fixes?.[0])).toContain('sortKeyFields: ["warehouseID", "tags"');
    expect(applyFix(sdl, diagnostics[2].fixes?.[0])).toContain('  note: String!\n');
  });

  it('rejects an owner field as sort key when the owner claim is sub::username', () => {
    const sdl = 'type Note @model @auth(rules: [{ allow: owner }]) {\n  id: ID! @primaryKey(sortKeyFields: ["owner"])\n  owner: String!\n}\n';
    expect(keyDiagnostics(sdl).map((d) => d.code)).toEqual(['primary-key-sort-key-owner-field']);
    const claim = sdl.replace('{ allow: owner }', '{ allow: owner, identityClaim: "sub" }');
    expect(keyDiagnostics(claim)).toEqual([]);
    expect(keyDiagnostics(sdl, { featureFlags: { usesubusernamefordefaultidentityclaim: false } })).toEqual([]);
  });
});
