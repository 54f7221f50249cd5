import { describe, expect, it } from 'vitest';
import { applyFirstFix, authDiagnostics, describeAuth } from '../../../../test-support/graphql/auth-diagnostics';

const onPost = (rules: string, fields = '  id: ID!') => `type Post @model @auth(rules: [${rules}]) {\n${fields}\n}\n`;

describe('claims belong to their strategy', () => {
  it('rejects identityClaim on a groups rule and removes it', () => {
    const sdl = onPost('{ allow: groups, groups: ["Admin"], identityClaim: "sub" }');
    const [diagnostic, ...rest] = authDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(describeAuth(sdl)).toEqual(['auth-identity-claim-not-owner@1:68-1:88 "identityClaim: \\"sub\\""']);
    expect(diagnostic.message).toMatch(/^@auth identityClaim can only be used for 'allow: owner'\./);
    expect(applyFirstFix(sdl, diagnostic)).toBe(onPost('{ allow: groups, groups: ["Admin"] }'));
  });

  it('rejects groupClaim on an owner rule', () => {
    const sdl = onPost('{ allow: owner, groupClaim: "roles" }');
    expect(describeAuth(sdl)).toEqual(['auth-group-claim-not-groups@1:48-1:67 "groupClaim: \\"roles\\""']);
    expect(applyFirstFix(sdl, authDiagnostics(sdl)[0])).toBe(onPost('{ allow: owner }'));
  });
});

describe('groups and groupsField', () => {
  it('rejects both at once, offering to drop either', () => {
    const sdl = onPost('{ allow: groups, groups: ["Admin"], groupsField: "team" }', '  id: ID!\n  team: String');
    const [diagnostic, ...rest] = authDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(describeAuth(sdl)).toEqual(['auth-groups-and-groups-field@1:68-1:87 "groupsField: \\"team\\""']);
    expect(diagnostic.message).toMatch(/^This rule has groupsField and groups, please use one or the other/);
    expect(diagnostic.fixes?.map((f) => f.title)).toEqual(["Remove 'groupsField'", "Remove 'groups'"]);
    expect(applyFirstFix(sdl, diagnostic)).toContain('[{ allow: groups, groups: ["Admin"] }]');
  });

  it('requires one of them for allow: groups', () => {
    const sdl = onPost('{ allow: groups, operations: [read] }');
    const [diagnostic] = authDiagnostics(sdl);
    expect(describeAuth(sdl)).toEqual(['auth-groups-missing@1:32-1:69 "{ allow: groups, operations: [read] }"']);
    expect(diagnostic.message).toMatch(/^@auth directive with 'groups' should have a defined groups list or a groupsField\./);
  });

  it('rejects an empty groups list', () => {
    const sdl = onPost('{ allow: groups, groups: [] }');
    expect(describeAuth(sdl)).toEqual(['auth-groups-empty@1:57-1:59 "[]"']);
  });

  it('accepts a single group written without brackets', () => {
    expect(authDiagnostics(onPost('{ allow: groups, groups: "Admin" }'))).toEqual([]);
  });
});

describe('owner and groups fields hold identities', () => {
  it('warns when an explicit ownerField is a number, and offers String', () => {
    const sdl = onPost('{ allow: owner, ownerField: "ownerId" }', '  id: ID!\n  ownerId: Int');
    const [diagnostic, ...rest] = authDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(describeAuth(sdl)).toEqual(['auth-owner-field-type@1:60-1:69 "\\"ownerId\\""']);
    expect(diagnostic.severity).toBe('warning');
    expect(applyFirstFix(sdl, diagnostic)).toContain('  ownerId: String');
  });

  it('underlines the type of the default owner field when it is a model', () => {
    const sdl = onPost('{ allow: owner }', '  id: ID!\n  owner: User @belongsTo') + 'type User @model {\n  id: ID!\n}\n';
    const [diagnostic] = authDiagnostics(sdl);
    expect(describeAuth(sdl)).toEqual(['auth-owner-field-type@3:10-3:14 "User"']);
    expect(diagnostic.fixes).toBeUndefined();
  });

  it('warns about a groupsField of a clearly wrong type', () => {
    const sdl = onPost('{ allow: groups, groupsField: "level" }', '  id: ID!\n  level: [Int]');
    expect(describeAuth(sdl)).toEqual(['auth-groups-field-type@1:62-1:69 "\\"level\\""']);
  });

  it.each(['String', 'String!', '[String]', '[String!]!', 'ID', 'AWSEmail', 'Team'])('accepts an owner field of type %s', (type) => {
    const sdl =
      onPost('{ allow: owner, ownerField: "author" }, { allow: groups, groupsField: "author" }', `  id: ID!\n  author: ${type}`) +
      'enum Team {\n  RED\n}\n';
    expect(authDiagnostics(sdl)).toEqual([]);
  });
});
