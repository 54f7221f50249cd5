import { describe, expect, it } from 'vitest';
import type { AuthProviderName } from '../../api-settings';
import { applyFirstFix, authDiagnostics, describeAuth } from '../../../../test-support/graphql/auth-diagnostics';

const providers = (...names: AuthProviderName[]) => ({ authProviders: new Set(names) });

describe('@auth strategy and provider pairs', () => {
  it.each([
    ['owner', 'apiKey', 'userPools'],
    ['owner', 'iam', 'userPools'],
    ['groups', 'identityPool', 'userPools'],
    ['private', 'apiKey', 'userPools'],
    ['private', 'function', 'userPools'],
    ['public', 'userPools', 'apiKey'],
    ['public', 'oidc', 'apiKey'],
    ['custom', 'userPools', 'function'],
  ])('rejects allow: %s with provider: %s and offers %s', (allow, provider, replacement) => {
    const groups = allow === 'groups' ? ', groups: ["A"]' : '';
    const sdl = `type Post @model @auth(rules: [{ allow: ${allow}, provider: ${provider}${groups} }]) {\n  id: ID!\n}\n`;
    const [diagnostic, ...rest] = authDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('auth-provider-not-supported');
    expect(diagnostic.message).toContain(`@auth directive with '${allow}' strategy only supports`);
    expect(diagnostic.message).toContain(`but found '${provider}' assigned.`);
    expect(describeAuth(sdl)).toEqual([
      `auth-provider-not-supported@1:${sdl.indexOf(provider) + 1}-1:${sdl.indexOf(provider) + provider.length + 1} "${provider}"`,
    ]);
    expect(applyFirstFix(sdl, diagnostic)).toBe(sdl.replace(`provider: ${provider}`, `provider: ${replacement}`));
  });

  it.each([
    ['owner', 'oidc'],
    ['groups', 'oidc'],
    ['private', 'oidc'],
    ['private', 'iam'],
    ['private', 'identityPool'],
    ['public', 'iam'],
    ['public', 'identityPool'],
    ['custom', 'function'],
  ])('accepts allow: %s with provider: %s', (allow, provider) => {
    const groups = allow === 'groups' ? ', groups: ["A"]' : '';
    const sdl = `type Post @model @auth(rules: [{ allow: ${allow}, provider: ${provider}${groups} }]) {\n  id: ID!\n}\n`;
    expect(authDiagnostics(sdl)).toEqual([]);
  });

  it('suggests an allowed provider the API has when the default is missing', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: private, provider: apiKey }]) {\n  id: ID!\n}\n';
    const [diagnostic] = authDiagnostics(sdl, providers('apiKey', 'oidc'));
    expect(diagnostic.fixes?.[0].title).toBe("Use provider 'oidc'");
  });
});

describe('@auth providers the API does not have', () => {
  it('stays quiet when the configured providers are unknown', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: public }, { allow: owner, provider: oidc }]) {\n  id: ID!\n}\n';
    expect(authDiagnostics(sdl)).toEqual([]);
  });

  it('flags an explicit provider at its value, naming the Gen 1 remedy', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: owner, provider: oidc }]) {\n  id: ID!\n}\n';
    const diagnostics = authDiagnostics(sdl, providers('userPools', 'apiKey'));
    expect(describeAuth(sdl, providers('userPools', 'apiKey'))).toEqual(['auth-provider-not-configured@1:58-1:62 "oidc"']);
    expect(diagnostics[0].message).toBe(
      "@auth directive with 'oidc' provider found, but the project has no OPENID_CONNECT authentication provider configured. " +
        'Run `amplify update api` and add OPENID_CONNECT as an authorization type, or use a provider the API has.',
    );
  });

  it('applies the strategy default when provider is omitted and underlines allow', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: public, operations: [read] }]) {\n  id: ID!\n}\n';
    const settings = { generation: 2 as const, ...providers('userPools', 'iam') };
    const [diagnostic] = authDiagnostics(sdl, settings);
    expect(describeAuth(sdl, settings)).toEqual(['auth-provider-not-configured@1:41-1:47 "public"']);
    expect(diagnostic.message).toContain("'apiKey' provider found (the default for 'allow: public')");
    expect(diagnostic.message).toContain('`apiKeyAuthorizationMode` to `authorizationModes` in amplify/data/resource.ts');
  });

  it('treats identityPool as IAM', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: private, provider: identityPool }]) {\n  id: ID!\n}\n';
    expect(authDiagnostics(sdl, providers('iam'))).toEqual([]);
    expect(describeAuth(sdl, providers('userPools'))).toEqual(['auth-provider-not-configured@1:60-1:72 "identityPool"']);
  });

  it('checks field-level rules and custom rules too', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: custom }]) {\n  id: ID\n  body: String @auth(rules: [{ allow: owner }])\n}\n';
    expect(describeAuth(sdl, providers('apiKey'))).toEqual([
      'auth-provider-not-configured@1:41-1:47 "custom"',
      'auth-provider-not-configured@3:39-3:44 "owner"',
    ]);
  });

  it('does not add configuration advice to an unsupported pair', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: owner, provider: apiKey }]) {\n  id: ID!\n}\n';
    expect(authDiagnostics(sdl, providers('userPools')).map((d) => d.code)).toEqual(['auth-provider-not-supported']);
  });
});

describe("the deprecated 'iam' provider", () => {
  const sdl = 'type Post @model @auth(rules: [{ allow: public, provider: iam }]) {\n  id: ID!\n}\n';

  it('warns in Gen 2 and offers identityPool', () => {
    const [diagnostic, ...rest] = authDiagnostics(sdl, { generation: 2 });
    expect(rest).toEqual([]);
    expect(describeAuth(sdl, { generation: 2 })).toEqual(['auth-iam-provider-deprecated@1:59-1:62 "iam"']);
    expect(diagnostic.severity).toBe('warning');
    expect(applyFirstFix(sdl, diagnostic)).toContain('provider: identityPool');
  });

  it('stays quiet in Gen 1, whose docs still teach iam', () => {
    expect(authDiagnostics(sdl)).toEqual([]);
  });
});
