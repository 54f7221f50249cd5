import type { LensCommand, LensDiagnostic, Range, TextEdit } from '../../lens-diagnostic';

export interface SchemaCodeAction {
  title: string;
  kind: 'quickfix' | 'refactor' | 'source';
  edits: TextEdit[];
  diagnostics?: LensDiagnostic[];
  isPreferred?: boolean;
  command?: LensCommand;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** The fixes that diagnostics of `uri` overlapping `range` carry, any analysis's. */
export function quickFixesFor(diagnostics: readonly LensDiagnostic[], uri: string, range: Range): SchemaCodeAction[] {
  const actions: SchemaCodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.uri !== uri || !diagnostic.fixes || !overlaps(diagnostic.range, range)) continue;
    for (const fix of diagnostic.fixes) {
      actions.push({
        title: fix.title,
        kind: 'quickfix',
        edits: fix.edits,
        diagnostics: [diagnostic],
        isPreferred: fix.isPreferred,
        ...(fix.command ? { command: fix.command } : {}),
      });
    }
  }
  return actions;
}
