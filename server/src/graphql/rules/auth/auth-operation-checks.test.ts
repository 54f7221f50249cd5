import { describe, expect, it } from 'vitest';
import { SCHEMA_URI } from '../../../../test-support/graphql/diagnose';
import { analyzeSchema } from '../../analyze-schema';
import { defaultApiSettings } from '../../api-settings';
import { applyFirstFix, authDiagnostics, describeAuth } from '../../../../test-support/graphql/auth-diagnostics';

describe('@auth operations on model fields', () => {
  it('rejects get/list/search/listen/sync at the field level, one diagnostic per item', () => {
    const sdl = 'type Post @model {\n  body: String @auth(rules: [{ allow: owner, operations: [create, get, list] }])\n}\n';
    const diagnostics = authDiagnostics(sdl);
    expect(describeAuth(sdl)).toEqual([
      'auth-operation-not-allowed-on-field@2:67-2:70 "get"',
      'auth-operation-not-allowed-on-field@2:72-2:76 "list"',
    ]);
    expect(diagnostics[0].message).toMatch(/^'get' operation is not allowed at the field level\./);
    // Two offenders cannot both become `read` without a duplicate.
    expect(diagnostics.every((d) => d.fixes === undefined)).toBe(true);
  });

  it("turns a lone offender into 'read'", () => {
    const sdl = 'type Post @model {\n  body: String @auth(rules: [{ allow: owner, operations: [update, sync] }])\n}\n';
    const [diagnostic] = authDiagnostics(sdl);
    expect(applyFirstFix(sdl, diagnostic)).toContain('operations: [update, read]');
  });

  it("accepts 'read' and mutations at the field level", () => {
    const sdl = 'type Post @model {\n  body: String @auth(rules: [{ allow: owner, operations: [read, update] }])\n}\n';
    expect(authDiagnostics(sdl)).toEqual([]);
  });
});

describe("'read' together with its parts", () => {
  it('flags each read operation listed next to read and removes it', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: owner, operations: [read, get, create, listen] }]) {\n  id: ID!\n}\n';
    const diagnostics = authDiagnostics(sdl);
    expect(describeAuth(sdl)).toEqual([
      'auth-operation-redundant-with-read@1:67-1:70 "get"',
      'auth-operation-redundant-with-read@1:80-1:86 "listen"',
    ]);
    expect(diagnostics[0].message).toBe(
      "'get' operations are specified in addition to 'read'. Either remove 'read' to limit access only to 'get' or only keep 'read' to grant all get,list,search,listen,sync access.",
    );
    expect(applyFirstFix(sdl, diagnostics[0])).toContain('operations: [read, create, listen]');
    expect(applyFirstFix(sdl, diagnostics[1])).toContain('operations: [read, get, create]');
  });

  it('accepts read parts without read', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: owner, operations: [get, list, create] }]) {\n  id: ID!\n}\n';
    expect(authDiagnostics(sdl)).toEqual([]);
  });
});

describe('operations where no operations exist', () => {
  it('rejects operations on root-type fields and removes them', () => {
    const sdl = 'type Query {\n  stats: String @auth(rules: [{ allow: private, operations: [read] }])\n}\n';
    const [diagnostic, ...rest] = authDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(describeAuth(sdl)).toEqual(['auth-operations-on-root-field@2:49-2:67 "operations: [read]"']);
    expect(diagnostic.message).toMatch(/^@auth rules on fields within Query, Mutation, Subscription cannot specify 'operations'/);
    expect(applyFirstFix(sdl, diagnostic)).toContain('@auth(rules: [{ allow: private }])');
  });

  it('reports only the root-type error for a read part there', () => {
    const sdl = 'extend type Query {\n  stats: String @auth(rules: [{ operations: [get], allow: private }])\n}\n';
    const [diagnostic, ...rest] = authDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('auth-operations-on-root-field');
    expect(applyFirstFix(sdl, diagnostic)).toContain('@auth(rules: [{ allow: private }])');
  });

  it('rejects operations on fields of non-model types', () => {
    const sdl = 'type Profile {\n  bio: String @auth(rules: [{ allow: groups, groups: ["Admin"], operations: [update] }])\n}\n';
    const [diagnostic] = authDiagnostics(sdl);
    expect(describeAuth(sdl)).toEqual(['auth-operations-on-non-model-field@2:65-2:85 "operations: [update]"']);
    expect(diagnostic.message).toContain('types that does not have @model directive');
    expect(applyFirstFix(sdl, diagnostic)).toContain('[{ allow: groups, groups: ["Admin"] }]');
  });

  it('accepts an empty operations list there', () => {
    const sdl = 'type Query {\n  stats: String @auth(rules: [{ allow: private, operations: [] }])\n}\n';
    expect(authDiagnostics(sdl)).toEqual([]);
  });
});

describe('SQL models', () => {
  it("rejects 'sync' and 'search' in schema.sql.graphql", () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: owner, operations: [create, sync, search] }]) {\n  id: ID! @primaryKey\n}\n';
    const uri = SCHEMA_URI.replace('schema.graphql', 'schema.sql.graphql');
    const codes = analyzeSchema([{ uri, text: sdl }], defaultApiSettings())
      .diagnostics.filter((d) => d.code.startsWith('auth-'))
      .map((d) => `${d.code}:${d.range.start.character}`);
    expect(codes).toEqual(['auth-operation-not-supported-sql:68', 'auth-operation-not-supported-sql:74']);
    expect(authDiagnostics(sdl)).toEqual([]);
  });

  it('knows a Gen 2 schema built with a.sql by the data source the project gives it, not by a file name', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: owner, operations: [create, sync] }]) {\n  id: ID! @primaryKey\n}\n';
    const uri = 'file:///project/amplify/data/resource.ts';
    const codes = (settings: Parameters<typeof defaultApiSettings>[0]) =>
      analyzeSchema([{ uri, text: sdl }], defaultApiSettings(settings))
        .diagnostics.filter((d) => d.code.startsWith('auth-'))
        .map((d) => d.code);
    expect(codes({ generation: 2, schemaFileDataSources: { [uri]: 'postgres' } })).toEqual(['auth-operation-not-supported-sql']);
    expect(codes({ generation: 2, schemaFileDataSources: { [uri]: 'dynamodb' } })).toEqual([]);
  });
});
