import { describe, expect, it } from 'vitest';
import { analyzeSchema } from '../analyze-schema';
import { defaultApiSettings, type ApiSettings } from '../api-settings';
import { quickFixesFor } from '../code-actions/schema-code-actions';
import { OPEN_MIGRATION_GUIDE_COMMAND } from './transformer-migration-guide';
import { transformerVersionLenses } from './transformer-version-lens';
import { TRANSFORMER_V1_NOTE_CODE, transformerVersionNotes } from './transformer-version-note';

const A = 'file:///p/amplify/backend/api/app/schema/a.graphql';
const B = 'file:///p/amplify/backend/api/app/schema/b.graphql';
const REASON = 'amplify/cli.json does not set graphqltransformer.useexperimentalpipelinedtransformer';

function analysis(settings: Partial<ApiSettings>) {
  const files = [
    { uri: A, text: '# Blog models\ntype Post @model @key(fields: ["id"]) {\n  id: ID!\n}\n' },
    { uri: B, text: 'type Comment @model {\n  id: ID!\n}\n' },
  ];
  return analyzeSchema(files, defaultApiSettings(settings));
}

describe('the transformer version note', () => {
  it('is one information note per v1 API, on the first line of its first file, with the migration guide as action', () => {
    const notes = transformerVersionNotes(analysis({ transformerVersion: 1, transformerVersionReason: REASON }));
    expect(notes).toHaveLength(1);
    const [note] = notes;
    expect(note).toMatchObject({ uri: A, severity: 'information', code: TRANSFORMER_V1_NOTE_CODE });
    expect(note.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: '# Blog models'.length } });
    expect(note.message).toContain(`transformer v1 (${REASON})`);
    expect(note.message).toContain('amplify migrate api');
    const [action] = quickFixesFor(notes, A, { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } });
    expect(action).toMatchObject({ edits: [], command: { command: OPEN_MIGRATION_GUIDE_COMMAND } });
  });

  it('is absent under v2 and in Gen 2', () => {
    expect(transformerVersionNotes(analysis({ transformerVersion: 2 }))).toEqual([]);
    expect(transformerVersionNotes(analysis({ generation: 2 }))).toEqual([]);
  });
});

describe('the transformer version code lenses', () => {
  it('show the version and reason on every file of a Gen 1 API, and the migration guide under v1', () => {
    const v1 = analysis({ transformerVersion: 1, transformerVersionReason: REASON });
    for (const uri of [A, B]) {
      expect(transformerVersionLenses(v1, uri).map((lens) => lens.command)).toEqual([
        { title: `Amplify GraphQL transformer v1 — ${REASON}`, command: '' },
        { title: 'How to migrate to v2', command: OPEN_MIGRATION_GUIDE_COMMAND },
      ]);
    }
    const v2 = analysis({ transformerVersion: 2, transformerVersionReason: 'amplify/cli.json sets it to true' });
    expect(transformerVersionLenses(v2, B).map((lens) => lens.command.title)).toEqual([
      'Amplify GraphQL transformer v2 — amplify/cli.json sets it to true',
    ]);
  });

  it('are absent in Gen 2 and for files of other APIs', () => {
    expect(transformerVersionLenses(analysis({ generation: 2 }), A)).toEqual([]);
    expect(transformerVersionLenses(analysis({}), 'file:///elsewhere.graphql')).toEqual([]);
  });
});
