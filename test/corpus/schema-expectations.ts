import type { LensDiagnostic } from '../../server/src/lens-diagnostic';
import type { SchemaFile } from '../../server/src/graphql/parse-schema-file';

/**
 * `# expect: code[, code…]` on its own line announces diagnostics that must start on the next
 * line that is not itself an expectation. Stacked expectation lines add up.
 */
const EXPECT_LINE = /^\s*#\s*expect:\s*(.+?)\s*$/;

export interface Expectation {
  uri: string;
  /** 0-based line the diagnostic must start on. */
  line: number;
  code: string;
}

export function readExpectations(file: SchemaFile): Expectation[] {
  const expectations: Expectation[] = [];
  let pending: string[] = [];
  file.text.split('\n').forEach((text, line) => {
    const match = EXPECT_LINE.exec(text);
    if (match) {
      pending.push(...match[1].split(',').map((code) => code.trim()).filter(Boolean));
      return;
    }
    for (const code of pending) expectations.push({ uri: file.uri, line, code });
    pending = [];
  });
  if (pending.length > 0) throw new Error(`${file.uri}: "# expect:" on the last line has no line to apply to`);
  return expectations;
}

export interface ExpectationReport {
  /** Expected diagnostics the analysis did not report. */
  missing: Expectation[];
  /** Errors reported on lines that announce no expectation at all. */
  unexpected: LensDiagnostic[];
}

export function compareWithExpectations(
  expectations: readonly Expectation[],
  diagnostics: readonly LensDiagnostic[],
): ExpectationReport {
  const missing = expectations.filter(
    (expected) =>
      !diagnostics.some(
        (d) => d.uri === expected.uri && d.range.start.line === expected.line && d.code === expected.code,
      ),
  );
  const expectedLines = new Set(expectations.map((e) => `${e.uri}#${e.line}`));
  const unexpected = diagnostics.filter(
    (d) => d.severity === 'error' && !expectedLines.has(`${d.uri}#${d.range.start.line}`),
  );
  return { missing, unexpected };
}
