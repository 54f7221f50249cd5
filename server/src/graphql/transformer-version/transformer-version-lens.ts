import type { AnalyzedSchema } from '../analyze-schema';
import type { ApiSettings } from '../api-settings';
import type { LensCommand, Range } from '../../lens-diagnostic';
import { OPEN_MIGRATION_GUIDE_COMMAND, TRANSFORMER_MIGRATION_GUIDE } from './transformer-migration-guide';
import { showsTransformerVersion, transformerVersionTitle } from './transformer-version-text';

export interface SchemaCodeLens {
  range: Range;
  /** An empty `command` shows the title as plain text (VS Code renders it unclickable). */
  command: LensCommand;
}

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Code lenses at the top of each Gen 1 schema file: the transformer version and why, and under v1
 * a second lens that opens the migration guide — as GitLens puts facts above code.
 */
export function transformerVersionLenses(analysis: AnalyzedSchema, uri: string): SchemaCodeLens[] {
  const { settings } = analysis;
  if (!showsTransformerVersion(settings) || !analysis.files.some((file) => file.uri === uri)) return [];
  const lenses: SchemaCodeLens[] = [{ range: TOP, command: { title: transformerVersionTitle(settings), command: '' } }];
  if (settings.transformerVersion === 1) {
    lenses.push({ range: TOP, command: { title: 'How to migrate to v2', command: OPEN_MIGRATION_GUIDE_COMMAND } });
  }
  return lenses;
}

/** The hover section on a schema file's first line: the version, why, and where to read about v2. */
export function transformerVersionMarkdown(settings: ApiSettings): string | undefined {
  if (!showsTransformerVersion(settings)) return undefined;
  const lines = [`**Amplify GraphQL transformer v${settings.transformerVersion}**`];
  if (settings.transformerVersionReason) lines.push('', `Why: ${settings.transformerVersionReason}.`);
  if (settings.transformerVersion === 1) {
    lines.push(
      '',
      'Lens checks this API with the v1 rules (`@key`, `@connection`, v1 `@auth`). Run `amplify migrate api` to move it to v2; ' +
        `see [Migrating to the v2 transformer](${TRANSFORMER_MIGRATION_GUIDE}).`,
    );
  }
  return lines.join('\n');
}
