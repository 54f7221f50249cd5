import { describe, expect, it } from 'vitest';
import type { AuthProviderName } from '../../api-settings';
import { applyFirstFix, authDiagnostics, describeAuth } from '../../../../test-support/graphql/auth-diagnostics';

const MODEL = '\ntype Todo @model {\n  id: ID!\n}\n';

describe('Gen 1 global sandbox mode', () => {
  it('accepts the documented rule, also under its snake_case name', () => {
    expect(authDiagnostics(`input AMPLIFY { globalAuthRule: AuthRule = { allow: public } }${MODEL}`)).toEqual([]);
    expect(authDiagnostics(`input AMPLIFY { global_auth_rule: AuthRule = { allow: public } }${MODEL}`)).toEqual([]);
  });

  it('rejects any other default value and offers the public one', () => {
    const sdl = `input AMPLIFY { globalAuthRule: AuthRule = { allow: private } }${MODEL}`;
    const [diagnostic, ...rest] = authDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(describeAuth(sdl)).toEqual(['auth-sandbox-rule-invalid@1:44-1:62 "{ allow: private }"']);
    expect(diagnostic.message).toMatch(/^There was a problem with your auth configuration/);
    expect(applyFirstFix(sdl, diagnostic)).toBe(`input AMPLIFY { globalAuthRule: AuthRule = { allow: public } }${MODEL}`);
  });

  it('requires allow to come first, as the CLI reads only the first entry', () => {
    const sdl = `input AMPLIFY { globalAuthRule: AuthRule = { provider: apiKey, allow: public } }${MODEL}`;
    expect(authDiagnostics(sdl).map((d) => d.code)).toEqual(['auth-sandbox-rule-invalid']);
  });

  it('rejects a missing default value and a wrong type', () => {
    const missing = `input AMPLIFY { globalAuthRule: AuthRule }${MODEL}`;
    const [diagnostic] = authDiagnostics(missing);
    expect(describeAuth(missing)).toEqual(['auth-sandbox-rule-invalid@1:17-1:41 "globalAuthRule: AuthRule"']);
    expect(applyFirstFix(missing, diagnostic)).toContain('globalAuthRule: AuthRule = { allow: public }');
    const nonNull = `input AMPLIFY { globalAuthRule: AuthRule! = { allow: public } }${MODEL}`;
    expect(describeAuth(nonNull)).toEqual(['auth-sandbox-rule-invalid@1:33-1:42 "AuthRule!"']);
  });

  it('ignores other AMPLIFY fields, Gen 2 and transformer v1', () => {
    expect(authDiagnostics(`input AMPLIFY { engine: String = "mysql" }${MODEL}`)).toEqual([]);
    const invalid = `input AMPLIFY { globalAuthRule: AuthRule = { allow: private } }${MODEL}`;
    expect(authDiagnostics(invalid, { generation: 2 })).toEqual([]);
    expect(authDiagnostics(invalid, { transformerVersion: 1 })).toEqual([]);
  });

  it('warns when the API has no API key for sandbox mode', () => {
    const sdl = `input AMPLIFY { globalAuthRule: AuthRule = { allow: public } }${MODEL}`;
    const settings = { authProviders: new Set<AuthProviderName>(['userPools']) };
    const [diagnostic] = authDiagnostics(sdl, settings);
    expect(describeAuth(sdl, settings)).toEqual(['auth-sandbox-needs-api-key@1:17-1:61 "globalAuthRule: AuthRule = { allow: public }"']);
    expect(diagnostic.severity).toBe('warning');
    expect(authDiagnostics(sdl, { authProviders: new Set<AuthProviderName>(['apiKey']) })).toEqual([]);
  });
});
