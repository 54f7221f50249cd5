/**
 * The analysis' own result types. They mirror LSP's shapes (0-based line/character ranges) so the
 * server can pass them through, but carry no transport: the CLI prints the very same objects.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  uri: string;
  range: Range;
  newText: string;
}

/** A command the server runs when the user picks an action (LSP `workspace/executeCommand`). */
export interface LensCommand {
  title: string;
  command: string;
  arguments?: unknown[];
}

/** A quick fix offered for a diagnostic; `edits` may touch several files of one API. */
export interface QuickFix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
  /** Run after the edits (or instead of them, when there are none). */
  command?: LensCommand;
}

export interface LensDiagnostic {
  uri: string;
  range: Range;
  severity: Severity;
  /** Stable, kebab-case identifier, shown in editors and used by `--format json`. */
  code: string;
  message: string;
  fixes?: QuickFix[];
}

export function compareDiagnostics(a: LensDiagnostic, b: LensDiagnostic): number {
  return (
    a.uri.localeCompare(b.uri) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.code.localeCompare(b.code)
  );
}

export interface Location {
  uri: string;
  range: Range;
}
