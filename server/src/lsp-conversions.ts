import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { SchemaCodeAction } from './graphql/code-actions/schema-code-actions';
import type { LensDiagnostic, Severity, TextEdit } from './lens-diagnostic';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(diagnostic: LensDiagnostic): Diagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: 'amplify-lens',
    message: diagnostic.message,
  };
}

export function toWorkspaceEdit(edits: readonly TextEdit[]): WorkspaceEdit {
  const changes: Record<string, { range: TextEdit['range']; newText: string }[]> = {};
  for (const edit of edits) (changes[edit.uri] ??= []).push({ range: edit.range, newText: edit.newText });
  return { changes };
}

const KINDS = { quickfix: CodeActionKind.QuickFix, refactor: CodeActionKind.Refactor, source: CodeActionKind.Source };

export function toLspCodeAction(action: SchemaCodeAction): CodeAction {
  return {
    title: action.title,
    kind: KINDS[action.kind],
    ...(action.edits.length > 0 || !action.command ? { edit: toWorkspaceEdit(action.edits) } : {}),
    ...(action.command ? { command: action.command } : {}),
    ...(action.diagnostics ? { diagnostics: action.diagnostics.map(toLspDiagnostic) } : {}),
    ...(action.isPreferred ? { isPreferred: true } : {}),
  };
}
