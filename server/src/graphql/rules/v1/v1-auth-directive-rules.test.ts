import { describe, expect, it } from 'vitest';
import type { AuthProviderName } from '../../api-settings';
import { underlined } from '../../../../test-support/graphql/diagnose';
import { codesV1, diagnoseV1 } from '../../../../test-support/graphql/v1-diagnostics';

const post = (auth: string) => `type Post @model ${auth} {\n  id: ID!\n  title: String\n}\n`;
const providers = (...names: AuthProviderName[]) => ({ authProviders: new Set(names) });

/** Cases from graphql-auth-transformer's tests (MultiAuth.test.ts, PerFieldAuthArgument.test.ts, OperationsArgument.test.ts). */
describe('@auth under transformer v1', () => {
  it('accepts the strategies with their default and allowed providers, and the deprecated queries/mutations', () => {
    const sdl = post(
      '@auth(rules: [{ allow: owner }, { allow: owner, provider: oidc, identityClaim: "sub" }, { allow: groups, groups: ["Admin"] }, ' +
        '{ allow: private, provider: iam }, { allow: public }, { allow: public, provider: iam }, ' +
        '{ allow: owner, ownerField: "editors", queries: [get], mutations: [update] }])',
    );
    expect(diagnoseV1(sdl, providers('userPools', 'oidc', 'iam', 'apiKey'))).toEqual([]);
  });

  it('requires @model on the type', () => {
    expect(codesV1('type Post @auth(rules: [{ allow: owner }]) {\n  id: ID!\n}\n')).toEqual(['auth-requires-model']);
  });

  it.each([
    ['{ allow: groups, provider: iam }', 'iam'],
    ['{ allow: owner, provider: iam }', 'iam'],
    ['{ allow: public, provider: userPools }', 'userPools'],
    ['{ allow: private, provider: apiKey }', 'apiKey'],
    // v2 allows OIDC for private rules; v1 does not.
    ['{ allow: private, provider: oidc }', 'oidc'],
  ])('refuses %s', (rule, provider) => {
    const sdl = post(`@auth(rules: [${rule}])`);
    const [diagnostic, ...rest] = diagnoseV1(sdl);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('auth-provider-not-supported');
    expect(diagnostic.message).toContain(`but found '${provider}' assigned`);
    expect(underlined(sdl, diagnostic)).toBe(`provider: ${provider}`);
    expect(diagnostic.fixes?.length).toBeGreaterThan(0);
  });

  it("checks providers against the API's auth modes, defaults included", () => {
    const sdl = post('@auth(rules: [{ allow: owner }, { allow: public, provider: iam }])');
    const diagnostics = diagnoseV1(sdl, providers('apiKey'));
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['auth-provider-not-configured', 'allow: owner'],
      ['auth-provider-not-configured', 'provider: iam'],
    ]);
    expect(diagnostics[0].message).toContain('no Cognito User Pools authentication provider configured');
    expect(diagnoseV1(sdl, providers('userPools', 'iam'))).toEqual([]);
    // Unknown auth modes: no provider check at all.
    expect(diagnoseV1(sdl)).toEqual([]);
  });

  it('refuses arguments that exclude each other', () => {
    const sdl = post(
      '@auth(rules: [{ allow: groups, groups: ["A"], groupsField: "g" }, { allow: groups, groupsField: "g", identityClaim: "sub" }, ' +
        '{ allow: owner, groupClaim: "cognito:groups" }, { allow: owner, identityField: "sub", identityClaim: "sub" }])',
    );
    expect(codesV1(sdl)).toEqual([
      'auth-groups-and-groups-field',
      'auth-claim-for-other-strategy',
      'auth-claim-for-other-strategy',
      'auth-identity-field-and-claim',
    ]);
  });

  it('warns that operations override queries and mutations', () => {
    const sdl = post('@auth(rules: [{ allow: owner, operations: [read], queries: [get] }])');
    const [diagnostic] = diagnoseV1(sdl);
    expect(diagnostic).toMatchObject({ code: 'auth-operations-override', severity: 'warning' });
  });
});

describe('field @auth under transformer v1', () => {
  it('accepts read rules on nullable fields, and any rule when subscriptions are off or public', () => {
    const sdl = `
type Employee @model {
  id: ID!
  name: String!
  ssn: String @auth(rules: [{ allow: owner }])
}
type Secret @model(subscriptions: null) { id: ID! value: String! @auth(rules: [{ allow: owner }]) }
type Note @model(subscriptions: { level: public }) { id: ID! body: String! @auth(rules: [{ allow: groups, groups: ["Admin"] }]) }
type Draft @model { id: ID! text: String! @auth(rules: [{ allow: owner, operations: [update, delete] }]) }
type Query { adminReport: String @auth(rules: [{ allow: groups, groups: ["Admin"] }]) }
`;
    expect(diagnoseV1(sdl)).toEqual([]);
  });

  it('refuses a read rule on a required field while subscriptions are on, with a fix', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  secret: String! @auth(rules: [{ allow: owner }])\n}\n';
    const [diagnostic] = diagnoseV1(sdl);
    expect(diagnostic.code).toBe('auth-required-field-with-subscriptions');
    expect(underlined(sdl, diagnostic)).toBe('String!');
    expect(diagnostic.fixes?.[0].edits[0]).toMatchObject({
      newText: '',
      range: { start: { line: 2, character: 16 }, end: { line: 2, character: 17 } },
    });
  });

  it('refuses queries/mutations on fields, and operations on root types and on types without @model', () => {
    const sdl = `
type Post @model { id: ID! title: String @auth(rules: [{ allow: owner, queries: [get] }]) }
type Query { report: String @auth(rules: [{ allow: groups, groups: ["A"], operations: [read] }]) }
type Summary { text: String @auth(rules: [{ allow: groups, groups: ["A"], operations: [read] }]) }
`;
    expect(codesV1(sdl)).toEqual(['auth-field-queries-mutations', 'auth-operations-on-root-field', 'auth-operations-without-model']);
  });

  it("refuses @auth on an interface's field", () => {
    expect(codesV1('interface Node {\n  id: ID! @auth(rules: [{ allow: owner }])\n}\n')).toEqual(['auth-on-interface-field']);
  });
});
