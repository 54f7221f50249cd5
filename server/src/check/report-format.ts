import { relative } from 'node:path';
import type { LensDiagnostic } from '../lens-diagnostic';
import { uriToPath } from '../workspace/uri-paths';
import type { CheckedApi, CheckReport } from './check-paths';

function displayPath(uri: string, cwd: string): string {
  return relative(cwd, uriToPath(uri)) || uriToPath(uri);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `amplify/backend/api/blog: Amplify GraphQL transformer v1 — <why>`: what each schema was checked against. */
function apiLine(api: CheckedApi, cwd: string): string {
  const dir = relative(cwd, api.dir) || '.';
  if (api.generation === 2) return `${dir}: Amplify Gen 2 data schema, GraphQL transformer v2`;
  return `${dir}: Amplify GraphQL transformer v${api.transformerVersion}${api.transformerVersionReason ? ` — ${api.transformerVersionReason}` : ''}`;
}

/** A line per API with its transformer version, `path:line:col - severity code: message` lines (1-based like compilers print), a summary. */
export function formatTextReport(report: CheckReport, cwd: string): string {
  const lines = report.apis.map((api) => apiLine(api, cwd));
  lines.push(
    ...report.diagnostics.map(
      (d: LensDiagnostic) =>
        `${displayPath(d.uri, cwd)}:${d.range.start.line + 1}:${d.range.start.character + 1} - ${d.severity} ${d.code}: ${d.message}`,
    ),
  );
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
  const files = `${plural(report.schemaFilesChecked, 'schema file')} and ${plural(report.configFilesChecked, 'configuration file')}`;
  const scope = `${files} in ${plural(report.projects.length, 'Amplify project')}`;
  lines.push(
    report.diagnostics.length === 0
      ? `No problems found: checked ${scope}.`
      : `${plural(errors, 'error')}, ${plural(warnings, 'warning')} (${plural(report.diagnostics.length, 'problem')}) in ${scope}.`,
  );
  return `${lines.join('\n')}\n`;
}

/** Machine-readable form for CI: file, 1-based range, severity, code, message. */
export function formatJsonReport(report: CheckReport, cwd: string): string {
  const diagnostics = report.diagnostics.map((d) => ({
    file: displayPath(d.uri, cwd),
    range: {
      start: { line: d.range.start.line + 1, column: d.range.start.character + 1 },
      end: { line: d.range.end.line + 1, column: d.range.end.character + 1 },
    },
    severity: d.severity,
    code: d.code,
    message: d.message,
  }));
  const apis = report.apis.map((api) => ({ ...api, dir: relative(cwd, api.dir) || '.' }));
  return `${JSON.stringify({ projects: report.projects.map((p) => ({ root: relative(cwd, p.root) || '.', generation: p.generation })), apis, schemaFilesChecked: report.schemaFilesChecked, configFilesChecked: report.configFilesChecked, diagnostics }, null, 2)}\n`;
}
