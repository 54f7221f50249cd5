import { describe, expect, it } from 'vitest';
import { analyzeSchema } from '../analyze-schema';
import { defaultApiSettings, type ApiSettings } from '../api-settings';
import { applyFix } from '../../../test-support/graphql/apply-text-edits';
import { SCHEMA_URI, diagnose, underlined } from '../../../test-support/graphql/diagnose';

function defaultDiagnostics(sdl: string, settings: Partial<ApiSettings> = {}) {
  return diagnose(sdl, settings).filter((d) => d.code.startsWith('default-'));
}

/** One field `value: <type> @default(value: "<value>")` on a model; returns the codes. */
function check(type: string, value: string, prelude = ''): string[] {
  const sdl = `${prelude}type Item @model {\n  id: ID!\n  value: ${type} @default(value: ${JSON.stringify(value)})\n}\n`;
  return defaultDiagnostics(sdl).map((d) => d.code);
}

describe('@default rules', () => {
  it('accepts the documented example', () => {
    const sdl = `
type Todo @model {
  content: String @default(value: "My new Todo")
  # Note: all "value" parameters must be passed as a string value.
  likes: Int @default(value: "0") #
}`;
    expect(diagnose(sdl)).toEqual([]);
  });

  it('accepts a required field with a default (the create input makes it optional)', () => {
    expect(diagnose('type Todo @model {\n  id: ID!\n  done: Boolean! @default(value: "false")\n}\n')).toEqual([]);
  });

  it('requires @model', () => {
    const sdl = 'type Todo {\n  content: String @default(value: "x")\n}\n';
    const [diagnostic] = defaultDiagnostics(sdl);
    expect(diagnostic.code).toBe('default-not-on-model');
    expect(underlined(sdl, diagnostic)).toBe('@default(value: "x")');
  });

  it('rejects lists and object types', () => {
    const sdl =
      'type Todo @model {\n  tags: [String] @default(value: "a")\n  owner: Person @default(value: "b")\n}\ntype Person { name: String }\n';
    expect(defaultDiagnostics(sdl).map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['default-not-scalar', '[String]'],
      ['default-not-scalar', 'Person'],
    ]);
  });

  it('requires a value that is not null (Gen 2)', () => {
    const sdl = 'type Todo @model {\n  a: String @default\n  b: String @default(value: null)\n}\n';
    expect(defaultDiagnostics(sdl, { generation: 2 }).map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['default-missing-value', '@default'],
      ['default-null-value', 'null'],
    ]);
  });

  it('leaves a missing or null value to graphql validation in Gen 1, where value is String!', () => {
    const sdl = 'type Todo @model {\n  a: String @default\n  b: String @default(value: null)\n}\n';
    expect(diagnose(sdl).map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['missing-argument', '@default'],
      ['invalid-argument-value', 'null'],
    ]);
  });

  it('requires a value on DynamoDB models, Int fields too (Gen 2)', () => {
    const sdl = 'type Todo @model {\n  id: ID!\n  n: Int @default\n  s: String @default\n}\n';
    const diagnostics = defaultDiagnostics(sdl, { generation: 2 });
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['default-missing-value', '@default'],
      ['default-missing-value', '@default'],
    ]);
    expect(diagnostics[0].message).toBe(
      'The @default directive requires a value property on non-Postgres datasources. Add value: "…", or remove @default (only a Postgres Int column may take the database\'s default).',
    );
  });

  it('lets a Postgres Int column take the database default, and no other', () => {
    const sdl = 'type Todo @model {\n  id: Int! @primaryKey\n  n: Int @default\n  s: String @default\n}\n';
    const postgres = { generation: 2 as const, schemaFileDataSources: { [SCHEMA_URI]: 'postgres' as const } };
    const diagnostics = defaultDiagnostics(sdl, postgres);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([['default-missing-value', '@default']]);
    expect(diagnostics[0].range.start.line).toBe(3);
    expect(diagnostics[0].message).toMatch(/^The @default directive requires a value property on non-Int types\./);
    const mysql = defaultDiagnostics(sdl, { generation: 2, schemaFileDataSources: { [SCHEMA_URI]: 'mysql' } });
    expect(mysql.map((d) => d.code)).toEqual(['default-missing-value', 'default-missing-value']);
  });

  it('says nothing about a missing value when the data source is unknown', () => {
    const text = 'type Todo @model {\n  id: ID!\n  n: Int @default\n}\n';
    const settings = defaultApiSettings({ generation: 2 });
    const { diagnostics } = analyzeSchema([{ uri: 'file:///project/amplify/data/resource.ts', text }], settings);
    expect(diagnostics).toEqual([]);
  });

  it('does not check values or nulls on SQL models', () => {
    const sdl =
      'type Todo @model {\n  id: Int! @primaryKey\n  at: AWSDateTime @default(value: "CURRENT_TIMESTAMP")\n  b: String @default(value: null)\n}\n';
    expect(defaultDiagnostics(sdl, { generation: 2, schemaFileDataSources: { [SCHEMA_URI]: 'mysql' } })).toEqual([]);
  });

  it('checks AWSPhone values with libphonenumber, as the transformer does', () => {
    expect(check('AWSPhone', '+1 206 555 0100')).toEqual([]);
    expect(check('AWSPhone', '+44 20 7946 0958')).toEqual([]);
    expect(check('AWSPhone', '206-555-0100')).toEqual(['default-invalid-value']);
    expect(check('AWSPhone', '+1 555')).toEqual(['default-invalid-value']);
    expect(check('AWSPhone', 'call me')).toEqual(['default-invalid-value']);
  });

  it('rejects defaults on BigInt and Double fields of DynamoDB models, which the transformer cannot check', () => {
    expect(check('BigInt', '1')).toEqual(['default-unsupported-type']);
    expect(check('Double', '1.5')).toEqual(['default-unsupported-type']);
  });

  it('checks values against each scalar type as the transformer does', () => {
    const valid: [string, string][] = [
      ['Int', '42'],
      ['Int', '12abc'],
      ['Float', '1.5'],
      ['Boolean', 'TRUE'],
      ['AWSJSON', '{"a": [1]}'],
      ['AWSDate', '2024-02-29'],
      ['AWSTime', '23:59:59.123+02:00'],
      ['AWSDateTime', '2024-01-31T12:30:00Z'],
      ['AWSTimestamp', '1706704200'],
      ['AWSEmail', 'someone@example.com'],
      ['AWSURL', 'https://example.com/a'],
      ['AWSIPAddress', '10.0.0.1'],
      ['AWSIPAddress', '::1'],
      ['AWSPhone', '+12065550100'],
      ['String', ''],
    ];
    for (const [type, value] of valid) expect(check(type, value), `${type} ${value}`).toEqual([]);
    const invalid: [string, string][] = [
      ['Int', 'abc'],
      ['Float', 'x1'],
      ['Boolean', 'yes'],
      ['AWSJSON', '{a: 1}'],
      ['AWSDate', '2023-02-29'],
      ['AWSDate', '2024-1-5'],
      ['AWSTime', '24:00:00Z'],
      ['AWSTime', '12:00:00'],
      ['AWSDateTime', '2024-01-31 12:30:00Z'],
      ['AWSTimestamp', 'now'],
      ['AWSEmail', 'someone@'],
      ['AWSURL', 'example.com'],
      ['AWSIPAddress', '300.1.1.1'],
    ];
    for (const [type, value] of invalid) expect(check(type, value), `${type} ${value}`).toEqual(['default-invalid-value']);
  });

  it('underlines the value and says what a valid one looks like', () => {
    const sdl = 'type Todo @model {\n  id: ID!\n  due: AWSDate @default(value: "tomorrow")\n}\n';
    const [diagnostic] = defaultDiagnostics(sdl);
    expect(underlined(sdl, diagnostic)).toBe('"tomorrow"');
    expect(diagnostic.message).toBe('Default value "tomorrow" is not a valid AWSDate. Use a string such as "2024-01-31".');
  });

  it('checks enum members and suggests the close one', () => {
    const sdl =
      'enum Status { OPEN DONE }\ntype Todo @model {\n  id: ID!\n  status: Status @default(value: "OPN")\n  other: Status @default(value: "DONE")\n}\n';
    const [diagnostic, ...rest] = defaultDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('default-invalid-enum-value');
    expect(diagnostic.message).toContain('Default value "OPN" is not a member of Status enum.');
    expect(applyFix(sdl, diagnostic.fixes?.[0])).toContain('status: Status @default(value: "OPEN")');
  });

  it('does not check values of models in a Gen 1 SQL schema file', () => {
    const text = 'type Item @model {\n  id: Int! @primaryKey\n  created: AWSDateTime @default(value: "CURRENT_TIMESTAMP")\n}\n';
    const uri = 'file:///project/amplify/backend/api/demo/schema.sql.graphql';
    const { diagnostics } = analyzeSchema([{ uri, text }], defaultApiSettings());
    expect(diagnostics.filter((d) => d.code.startsWith('default-'))).toEqual([]);
  });
});
