import type { AnalyzedSchema } from '../analyze-schema';
import type { LensDiagnostic } from '../../lens-diagnostic';
import { OPEN_MIGRATION_GUIDE_COMMAND } from './transformer-migration-guide';

export const TRANSFORMER_V1_NOTE_CODE = 'transformer-v1';

/**
 * One information-level note per Gen 1 API on transformer v1, at the start of its first schema
 * file: which version Lens checks with and why, and how to move to v2, with an action that opens
 * Amplify's migration guide. Never an error or a warning: v1 projects deploy. The language server
 * publishes it beside the analysis; `amplify-lens check` prints a line per API instead.
 */
export function transformerVersionNotes(analysis: AnalyzedSchema): LensDiagnostic[] {
  const { settings } = analysis;
  const file = analysis.files[0];
  if (settings.generation !== 1 || settings.transformerVersion !== 1 || !file) return [];
  const firstLine = file.text.split('\n', 1)[0].replace(/\r$/, '');
  const reason = settings.transformerVersionReason ? ` (${settings.transformerVersionReason})` : '';
  return [
    {
      uri: file.uri,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
      severity: 'information',
      code: TRANSFORMER_V1_NOTE_CODE,
      message:
        `This API uses Amplify GraphQL transformer v1${reason}; Lens checks it with the v1 rules. ` +
        "Amplify's current directives (@primaryKey, @index, @hasMany, …) need v2: run `amplify migrate api` to move the schema and the project to v2.",
      fixes: [
        {
          title: 'Learn how to migrate to GraphQL transformer v2 (amplify migrate api)',
          edits: [],
          command: { title: 'Open the transformer migration guide', command: OPEN_MIGRATION_GUIDE_COMMAND },
        },
      ],
    },
  ];
}
