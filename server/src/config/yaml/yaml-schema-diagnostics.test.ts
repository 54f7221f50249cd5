import { describe, expect, it } from 'vitest';
import { summarize } from '../../../test-support/graphql/diagnose';
import { validatorFor } from './yaml-config-schemas';
import { YamlConfigDocument } from './yaml-config-document';
import { schemaErrorDiagnostics } from './yaml-schema-diagnostics';
import type { SchemaNode } from './yaml-schema-navigation';

// Enumerations do not occur in the Hosting schemas today; the mapping is exercised on a small schema.
const SCHEMA: SchemaNode = {
  type: 'object',
  properties: {
    platform: { description: 'Where the app runs.', type: 'string', enum: ['WEB', 'WEB_COMPUTE'] },
    retries: { description: 'How often to retry.', type: 'integer', minimum: 0 } as SchemaNode,
  },
  additionalProperties: false,
};

function diagnose(text: string) {
  const document = new YamlConfigDocument('file:///project/x.yml', text);
  const validate = validatorFor(SCHEMA);
  validate(document.value().value);
  return schemaErrorDiagnostics(document, SCHEMA, validate.errors ?? []);
}

describe('schema error mapping', () => {
  it('an enum violation underlines the value, lists the allowed values and fixes a near miss', () => {
    const diagnostics = diagnose('platform: WEB_COMPUT\n');
    expect(summarize(diagnostics)).toEqual(['yaml-schema-enum@1:11-1:21']);
    expect(diagnostics[0].message).toBe('`WEB_COMPUT` is not allowed in `platform`. Use one of: WEB, WEB_COMPUTE.');
    expect(diagnostics[0].fixes?.[0].edits[0].newText).toBe('WEB_COMPUTE');
  });

  it('an enum violation without a near miss has no fix', () => {
    const diagnostics = diagnose('platform: static\n');
    expect(summarize(diagnostics)).toEqual(['yaml-schema-enum@1:11-1:17']);
    expect(diagnostics[0].fixes).toBeUndefined();
  });

  it('other keywords fall back to yaml-schema on the value with the description', () => {
    const diagnostics = diagnose('retries: -1\n');
    expect(summarize(diagnostics)).toEqual(['yaml-schema@1:10-1:12']);
    expect(diagnostics[0].message).toBe('`-1` in `retries` must be >= 0. Expected: how often to retry.');
  });

  it('all errors are reported, each at its own place', () => {
    const diagnostics = diagnose('platform: web\nretries: two\nregion: eu-west-1\n');
    expect(summarize(diagnostics)).toEqual(['yaml-schema-unknown-property@3:1-3:7', 'yaml-schema-enum@1:11-1:14', 'yaml-schema-type@2:10-2:13']);
    expect(diagnostics[1].fixes?.[0].edits[0].newText).toBe('WEB');
  });
});
