import type { AnalyzedSchema } from '../analyze-schema';
import type { LensDiagnostic, Range, TextEdit } from '../lens-diagnostic';

export interface SchemaCodeAction {
  title: string;
  kind: 'quickfix' | 'refactor' | 'source';
  edits: TextEdit[];
  diagnostics?: LensDiagnostic[];
  isPreferred?: boolean;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** Quick fixes of the diagnostics under `range`, plus refactorings offered at that place. */
export function schemaCodeActions(analysis: AnalyzedSchema, uri: string, range: Range): SchemaCodeAction[] {
  const actions: SchemaCodeAction[] = [];
  for (const diagnostic of analysis.diagnostics) {
    if (diagnostic.uri !== uri || !diagnostic.fixes || !overlaps(diagnostic.range, range)) continue;
    for (const fix of diagnostic.fixes) {
      actions.push({ title: fix.title, kind: 'quickfix', edits: fix.edits, diagnostics: [diagnostic], isPreferred: fix.isPreferred });
    }
  }
  return actions;
}
