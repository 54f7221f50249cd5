import { DiagnosticSeverity, ErrorCode, type Diagnostic } from 'vscode-json-languageservice';
import type { Severity } from '../../lens-diagnostic';

/**
 * Stable codes for what the JSON language service reports. The service gives schema problems no
 * code of their own, so they are told apart by its (English, fixed) message templates; anything
 * not recognised falls back to `json-schema`, never to a wrong specific code.
 */
export type JsonDiagnosticCode =
  | 'json-syntax'
  | 'json-duplicate-key'
  | 'json-schema-unknown-property'
  | 'json-schema-type'
  | 'json-schema-required'
  | 'json-schema-enum'
  | 'json-schema';

interface Classified {
  code: JsonDiagnosticCode;
  message: string;
}

const UNKNOWN_PROPERTY = /^Property (.+) is not allowed\.$/;
const INCORRECT_TYPE = /^Incorrect type\. Expected (.+)\.$/;
const MISSING_PROPERTY = /^Missing property "(.+)"\.$/;
const ENUM_MISMATCH = /^Value is not accepted\. Valid values: (.+)\.$/;
const CONST_MISMATCH = /^Value must be (.+)\.$/;

/** A syntax problem: `isSyntax` is decided by the caller (the parser's own error list). */
export function classifyJsonProblem(diagnostic: Diagnostic, isSyntax: boolean, fileLabel: string): Classified {
  // LSP 3.18 lets a diagnostic's message be markup; the JSON service writes plain text.
  const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
  if (diagnostic.code === ErrorCode.DuplicateKey) {
    return { code: 'json-duplicate-key', message: 'Duplicate key: only the last value counts when Amplify reads the file. Remove one of them.' };
  }
  if (isSyntax || diagnostic.code === ErrorCode.CommentNotPermitted) {
    return { code: 'json-syntax', message: `${withPeriod(message)} ${fileLabel} must be plain JSON for the Amplify CLI to read it.` };
  }
  let match = UNKNOWN_PROPERTY.exec(message);
  if (match) {
    return {
      code: 'json-schema-unknown-property',
      message: `Property "${match[1]}" is not allowed here in ${fileLabel}. Check its spelling or remove it.`,
    };
  }
  match = INCORRECT_TYPE.exec(message);
  if (match) {
    return { code: 'json-schema-type', message: `Incorrect type: expected ${match[1]}. Change the value to that type.` };
  }
  match = MISSING_PROPERTY.exec(message);
  if (match) {
    return { code: 'json-schema-required', message: `Missing property "${match[1]}", which ${fileLabel} requires here. Add it.` };
  }
  match = ENUM_MISMATCH.exec(message);
  if (match || diagnostic.code === ErrorCode.EnumValueMismatch) {
    return { code: 'json-schema-enum', message: match ? `Value is not accepted. Use one of: ${match[1]}.` : message };
  }
  match = CONST_MISMATCH.exec(message);
  if (match) return { code: 'json-schema-enum', message: `Value is not accepted here. Use ${match[1]}.` };
  return { code: 'json-schema', message };
}

export function severityOf(diagnostic: Diagnostic): Severity {
  switch (diagnostic.severity) {
    case DiagnosticSeverity.Error:
      return 'error';
    case DiagnosticSeverity.Information:
      return 'information';
    case DiagnosticSeverity.Hint:
      return 'hint';
    default:
      return 'warning';
  }
}

/** Problems with a schema itself (not the user's file): resolve errors and unsupported features. */
export function isSchemaProblem(diagnostic: Diagnostic): boolean {
  const code = typeof diagnostic.code === 'number' ? diagnostic.code : -1;
  return code >= ErrorCode.SchemaResolveError || code === ErrorCode.SchemaUnsupportedFeature;
}

function withPeriod(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
