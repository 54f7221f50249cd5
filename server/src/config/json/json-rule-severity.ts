import type { ASTNode, Diagnostic as ServiceDiagnostic, JSONSchema, MatchingSchema } from 'vscode-json-languageservice';
import type { Severity } from '../../lens-diagnostic';

/**
 * How strict a schema rule is, said by the schema itself. The JSON language service reports
 * every schema violation as a warning; but some files are read by code that stops on them (the
 * Amplify CLI validates storage and REST API `cli-inputs.json` against its own schema at push,
 * and `cli.json` against its flag registrations on every command), and some only by code that
 * ignores what it does not know. So a (sub)schema may say, for the violations found in the
 * value it describes:
 *
 * - `"x-lens-severity": "error" | "warning" | "information"` — the severity to report;
 * - `"x-lens-reason": "…"` — why, appended to the message ("`amplify push` stops on it").
 *
 * The nearest annotated schema wins: the one matched to the value the problem is about, else to
 * its enclosing values, up to the file's root. VS Code's own JSON support (which shows these
 * files through `jsonValidation`) ignores the keywords; the schemas stay plain JSON Schema.
 */
export interface RuleStrictness {
  severity?: Severity;
  reason?: string;
}

interface LensKeywords {
  'x-lens-severity'?: unknown;
  'x-lens-reason'?: unknown;
}

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'information']);

function strictnessOf(schema: JSONSchema): RuleStrictness | undefined {
  const keywords = schema as JSONSchema & LensKeywords;
  const severity =
    typeof keywords['x-lens-severity'] === 'string' && SEVERITIES.has(keywords['x-lens-severity'])
      ? (keywords['x-lens-severity'] as Severity)
      : undefined;
  const reason = typeof keywords['x-lens-reason'] === 'string' ? keywords['x-lens-reason'] : undefined;
  return severity || reason ? { severity, reason } : undefined;
}

/** Annotated schemas by the value they were matched to (a value may match several). */
export function indexStrictness(matching: readonly MatchingSchema[]): Map<ASTNode, RuleStrictness> {
  const index = new Map<ASTNode, RuleStrictness>();
  for (const match of matching) {
    // a schema matched under `not` (the service marks it inverted) says nothing about this value
    if ((match as MatchingSchema & { inverted?: boolean }).inverted) continue;
    const { node, schema } = match;
    const found = strictnessOf(schema);
    if (!found) continue;
    const known = index.get(node);
    // two annotations on one value: keep the fields each one sets
    index.set(node, { severity: known?.severity ?? found.severity, reason: known?.reason ?? found.reason });
  }
  return index;
}

/** The strictness for one problem: from the value at its start, then the values around it. */
export function strictnessFor(
  problem: ServiceDiagnostic,
  nodeAt: (offset: number) => ASTNode | undefined,
  offsetOf: (position: ServiceDiagnostic['range']['start']) => number,
  index: ReadonlyMap<ASTNode, RuleStrictness>,
): RuleStrictness {
  let severity: Severity | undefined;
  let reason: string | undefined;
  for (let node = nodeAt(offsetOf(problem.range.start)); node && (!severity || !reason); node = node.parent) {
    const found = index.get(node);
    severity ??= found?.severity;
    reason ??= found?.reason;
  }
  return { severity, reason };
}
