import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../test-support/graphql/apply-text-edits';
import { SCHEMA_URI, diagnose, underlined } from '../../../test-support/graphql/diagnose';

const timestampFindings = (sdl: string, settings = {}) =>
  diagnose(sdl, settings)
    .filter((d) => d.code === 'model-timestamp-type')
    .map((d) => [d.severity, underlined(sdl, d)]);

describe('@model timestamps under transformer v2', () => {
  it('warns, never errs, on a nullable createdAt the resolvers fill with a date-time string', () => {
    const sdl =
      'type Todo @model(timestamps: { createdAt: "createdOn", updatedAt: "updatedOn" }) {\n  id: ID!\n  createdOn: Int\n  updatedOn: AWSDateTime\n}\n';
    const [diagnostic, ...rest] = diagnose(sdl);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ code: 'model-timestamp-type', severity: 'warning' });
    expect(underlined(sdl, diagnostic!)).toBe('Int');
    expect(diagnostic!.message).toContain(
      'when a create leaves it out, Amplify stores an ISO 8601 date-time string in it, which AppSync cannot return as Int',
    );
    expect(applyFix(sdl, diagnostic!.fixes?.[0])).toContain('createdOn: AWSDateTime\n');
  });

  it('checks the default names on a DynamoDB model, and updatedAt even when required', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  createdAt: AWSTimestamp\n  updatedAt: AWSDate!\n}\n';
    expect(timestampFindings(sdl)).toEqual([
      ['warning', 'AWSTimestamp'],
      ['warning', 'AWSDate!'],
    ]);
  });

  it('accepts String and AWSDateTime, a required createdAt the client must send, and names turned off or renamed', () => {
    expect(timestampFindings('type A @model {\n  createdAt: String\n  updatedAt: AWSDateTime!\n}\n')).toEqual([]);
    expect(timestampFindings('type B @model {\n  createdAt: Int!\n}\n')).toEqual([]);
    expect(timestampFindings('type C @model(timestamps: null) {\n  createdAt: Int\n  updatedAt: Int\n}\n')).toEqual([]);
    expect(
      timestampFindings('type D @model(timestamps: { updatedAt: null, createdAt: "made" }) {\n  createdAt: Int\n  updatedAt: Int\n}\n'),
    ).toEqual([]);
  });

  it("leaves a SQL model's default names alone (its resolvers fill only names timestamps gives)", () => {
    const settings = { schemaFileDataSources: { [SCHEMA_URI]: 'mysql' as const } };
    expect(timestampFindings('type Row @model {\n  id: Int! @primaryKey\n  updatedAt: Int\n}\n', settings)).toEqual([]);
    expect(
      timestampFindings('type Row @model(timestamps: { updatedAt: "changed" }) {\n  id: Int! @primaryKey\n  changed: Int\n}\n', settings),
    ).toEqual([['warning', 'Int']]);
  });
});
