import { describe, expect, it } from 'vitest';
import { applyFirstFix, authDiagnostics, describeAuth } from '../../../../test-support/graphql/auth-diagnostics';

describe('duplicate roles on a type', () => {
  it('rejects a second owner rule on the same field and claim, removable when it adds nothing', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: owner }, { allow: owner, operations: [read] }]) {\n  id: ID!\n}\n';
    const [diagnostic, ...rest] = authDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(describeAuth(sdl)).toEqual(['auth-duplicate-rule@1:50-1:86 "{ allow: owner, operations: [read] }"']);
    expect(diagnostic.message).toMatch(/^@auth Post:userPools:owner:owner:sub::username already exists for Post:/);
    expect(applyFirstFix(sdl, diagnostic)).toBe('type Post @model @auth(rules: [{ allow: owner }]) {\n  id: ID!\n}\n');
  });

  it('offers no removal when the duplicate grants more', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: public, operations: [read] }, { allow: public, provider: apiKey }]) {\n  id: ID!\n}\n';
    const [diagnostic] = authDiagnostics(sdl);
    expect(diagnostic.code).toBe('auth-duplicate-rule');
    expect(diagnostic.fixes).toBeUndefined();
  });

  it('flags a group named twice at the repeated name', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: groups, groups: ["Admin", "Editor", "Admin"] }]) {\n  id: ID!\n}\n';
    const [diagnostic] = authDiagnostics(sdl);
    expect(describeAuth(sdl)).toEqual(['auth-duplicate-rule@1:77-1:84 "\\"Admin\\""']);
    expect(applyFirstFix(sdl, diagnostic)).toContain('groups: ["Admin", "Editor"]');
  });

  it('treats iam and identityPool as one role but public and private as two', () => {
    const duplicate =
      'type Post @model @auth(rules: [{ allow: private, provider: iam }, { allow: private, provider: identityPool }]) {\n  id: ID!\n}\n';
    expect(authDiagnostics(duplicate).map((d) => d.code)).toEqual(['auth-duplicate-rule']);
    const distinct = 'type Post @model @auth(rules: [{ allow: private, provider: iam }, { allow: public, provider: iam }]) {\n  id: ID!\n}\n';
    expect(authDiagnostics(distinct)).toEqual([]);
  });

  it('tells owner rules apart by field and claim', () => {
    const sdl =
      'type Post @model @auth(rules: [{ allow: owner }, { allow: owner, ownerField: "editors" }, { allow: owner, identityClaim: "email" }]) {\n  id: ID!\n  editors: [String]\n}\n';
    expect(authDiagnostics(sdl)).toEqual([]);
  });

  it('uses the default identity claim of the project when comparing', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: owner }, { allow: owner, identityClaim: "username" }]) {\n  id: ID!\n}\n';
    expect(authDiagnostics(sdl)).toEqual([]);
    expect(authDiagnostics(sdl, { featureFlags: {} }).map((d) => d.code)).toEqual(['auth-duplicate-rule']);
  });
});

describe('required fields under field-level rules', () => {
  it('flags required fields a field-level reader cannot read (amplify-category-api#1648)', () => {
    const sdl = [
      'type Order @model @auth(rules: [{ allow: owner, ownerField: "userID" }]) {',
      '  id: ID! @auth(rules: [{ allow: owner, operations: [read, update, delete] }])',
      '  userID: String! @auth(rules: [{ allow: owner, operations: [read] }])',
      '  products: [String]',
      '}',
      '',
    ].join('\n');
    const diagnostics = authDiagnostics(sdl);
    expect(describeAuth(sdl)).toEqual(['auth-required-field-unreadable@2:3-2:5 "id"', 'auth-required-field-unreadable@3:3-3:9 "userID"']);
    expect(diagnostics[0].message).toContain(`Found model "Order" with required field "id" that the owner in 'userID' cannot read.`);
    expect(applyFirstFix(sdl, diagnostics[1])).toContain('  userID: String @auth(');
  });

  it("agrees with the transformer's own cases (field-auth-argument.test.ts)", () => {
    const invalid =
      'type Post @model @auth(rules: [{ allow: groups, groups: ["admin"] }]) {\n  id: ID!\n  name: String!\n  ssn: String! @auth(rules: [{ allow: owner }])\n}\n';
    expect(describeAuth(invalid).map((line) => line.split(' ')[1])).toEqual(['"id"', '"name"', '"ssn"']);
    const valid =
      'type Student @model @auth(rules: [{ allow: private, provider: userPools }, { allow: private, provider: iam }]) {\n  id: ID!\n  name: String!\n  ssn: String @auth(rules: [{ allow: owner }])\n}\n';
    expect(authDiagnostics(valid)).toEqual([]);
  });

  it('flags required fields a group granted only another field cannot read', () => {
    const sdl =
      'type Post @model @auth(rules: [{ allow: owner }]) {\n  title: String!\n  body: String\n  secret: String @auth(rules: [{ allow: groups, groups: ["Admin"] }])\n}\n';
    const [diagnostic, ...rest] = authDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(describeAuth(sdl)).toEqual(['auth-required-field-unreadable@2:3-2:8 "title"']);
    expect(diagnostic.message).toContain("group 'Admin' cannot read");
  });

  it('flags a required field whose own rules grant no read', () => {
    const sdl =
      'type Post @model @auth(rules: [{ allow: owner }]) {\n  title: String! @auth(rules: [{ allow: owner, operations: [update] }])\n  body: String\n}\n';
    expect(describeAuth(sdl)).toEqual(['auth-required-field-unreadable@2:3-2:8 "title"']);
    // With no other field the owner reads nothing at all, and the transformer does not count it as a reader.
    expect(authDiagnostics(sdl.replace('  body: String\n', ''))).toEqual([]);
  });

  it('lets a private user-pool reader stand for the other user-pool roles', () => {
    const sdl =
      'type Post @model @auth(rules: [{ allow: private, operations: [read] }, { allow: owner }]) {\n  title: String!\n  secret: String @auth(rules: [{ allow: groups, groups: ["Admin"] }])\n}\n';
    expect(authDiagnostics(sdl)).toEqual([]);
  });

  it('does not let a private IAM reader stand for user-pool roles', () => {
    const sdl =
      'type Post @model @auth(rules: [{ allow: private, provider: identityPool, operations: [read] }, { allow: owner }]) {\n  title: String!\n  secret: String @auth(rules: [{ allow: groups, groups: ["Admin"] }])\n}\n';
    expect(authDiagnostics(sdl).map((d) => d.code)).toEqual(['auth-required-field-unreadable']);
  });

  it('only counts readers with get somewhere on the model', () => {
    const sdl =
      'type Post @model @auth(rules: [{ allow: owner }]) {\n  title: String!\n  draft: String @auth(rules: [{ allow: groups, groups: ["Writers"], operations: [create, update] }])\n}\n';
    expect(authDiagnostics(sdl)).toEqual([]);
  });

  it('flags every required field of a model with field rules only', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  title: String!\n  note: String @auth(rules: [{ allow: owner }])\n}\n';
    expect(describeAuth(sdl)).toEqual(['auth-required-field-unreadable@2:3-2:5 "id"', 'auth-required-field-unreadable@3:3-3:8 "title"']);
  });

  it('stays quiet when subscriptions are public or a rule cannot be read', () => {
    const rules = '{ allow: owner }';
    const publicSubscriptions = `type Post @model(subscriptions: { level: public }) @auth(rules: [${rules}]) {\n  title: String!\n  x: String @auth(rules: [{ allow: groups, groups: ["A"] }])\n}\n`;
    expect(authDiagnostics(publicSubscriptions)).toEqual([]);
    const unreadable =
      'type Post @model @auth(rules: [{ allow: owner, provider: cognito }]) {\n  title: String!\n  x: String @auth(rules: [{ allow: groups, groups: ["A"] }])\n}\n';
    expect(authDiagnostics(unreadable)).toEqual([]);
  });
});
