import { describe, expect, it } from 'vitest';
import { applyFirstFix, authDiagnostics, describeAuth } from '../../../../test-support/graphql/auth-diagnostics';

describe('where @auth may stand', () => {
  it('requires @model on a type with @auth and offers to add it', () => {
    const sdl = 'type Post @auth(rules: [{ allow: owner }]) {\n  id: ID!\n}\n';
    const [diagnostic] = authDiagnostics(sdl);
    expect(describeAuth(sdl)).toEqual(['auth-requires-model@1:11-1:16 "@auth"']);
    expect(diagnostic.message).toMatch(/^Types annotated with @auth must also be annotated with @model\./);
    expect(applyFirstFix(sdl, diagnostic)).toBe('type Post @model @auth(rules: [{ allow: owner }]) {\n  id: ID!\n}\n');
  });

  it('adds @model after the implemented interfaces', () => {
    const sdl = 'interface Node {\n  id: ID!\n}\ntype Post implements Node @auth(rules: [{ allow: owner }]) {\n  id: ID!\n}\n';
    const [diagnostic] = authDiagnostics(sdl);
    expect(applyFirstFix(sdl, diagnostic)).toContain('type Post implements Node @model @auth(');
  });

  it('offers no @model on a root type', () => {
    const sdl = 'type Query @auth(rules: [{ allow: private }]) {\n  ping: String\n}\n';
    const [diagnostic] = authDiagnostics(sdl);
    expect(diagnostic.code).toBe('auth-requires-model');
    expect(diagnostic.fixes).toBeUndefined();
  });

  it('allows field-level @auth on types without @model', () => {
    const sdl = 'type Profile {\n  bio: String @auth(rules: [{ allow: private }])\n}\n';
    expect(authDiagnostics(sdl)).toEqual([]);
  });

  it("rejects @auth on an interface's field and offers to remove it", () => {
    const sdl = 'interface Node {\n  id: ID! @auth(rules: [{ allow: owner }])\n}\n';
    const [diagnostic, ...rest] = authDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(describeAuth(sdl)).toEqual(['auth-on-interface-field@2:11-2:16 "@auth"']);
    expect(diagnostic.message).toContain("The @auth directive cannot be placed on an interface's field. See Node.id");
    expect(applyFirstFix(sdl, diagnostic)).toBe('interface Node {\n  id: ID!\n}\n');
  });

  it('rejects an empty rules list on a type and on a field', () => {
    const sdl = 'type Post @model @auth(rules: []) {\n  id: ID!\n  body: String @auth(rules: [])\n}\n';
    const diagnostics = authDiagnostics(sdl);
    expect(describeAuth(sdl)).toEqual(['auth-empty-rules@1:31-1:33 "[]"', 'auth-empty-rules@3:29-3:31 "[]"']);
    expect(diagnostics[0].message).toMatch(/^@auth on Post does not have any auth rules\./);
    expect(diagnostics[1].message).toMatch(/^@auth on body does not have any auth rules\./);
    expect(applyFirstFix(sdl, diagnostics[1])).toBe('type Post @model @auth(rules: []) {\n  id: ID!\n  body: String\n}\n');
  });
});

describe('rules the transformer drops on fields of non-model types', () => {
  it('warns that owner and groupsField rules protect nothing there', () => {
    const sdl = 'type Query {\n  me: String @auth(rules: [{ allow: owner }, { allow: groups, groupsField: "team" }, { allow: private }])\n}\n';
    expect(describeAuth(sdl)).toEqual([
      'auth-rule-not-enforced@2:37-2:42 "owner"',
      'auth-rule-not-enforced@2:63-2:82 "groupsField: \\"team\\""',
    ]);
    expect(authDiagnostics(sdl).every((d) => d.severity === 'warning')).toBe(true);
  });

  it('keeps quiet about the same rules on model fields', () => {
    const sdl = 'type Post @model {\n  note: String @auth(rules: [{ allow: owner }])\n}\n';
    expect(authDiagnostics(sdl)).toEqual([]);
  });
});
