import type { ASTNode } from 'graphql';
import type { AmplifySchemaModel } from './amplify-schema-model';
import type { ApiSettings } from './api-settings';
import type { LensDiagnostic, QuickFix, Range, Severity } from '../lens-diagnostic';
import type { ParsedSchemaFile } from './parse-schema-file';
import { locateNode } from './schema-source-map';

export interface Finding {
  /** The node the diagnostic underlines: the narrowest one the user must change. */
  node: ASTNode;
  code: string;
  message: string;
  severity?: Severity;
  fixes?: QuickFix[];
}

export interface RuleContext {
  readonly model: AmplifySchemaModel;
  readonly settings: ApiSettings;
  readonly files: readonly ParsedSchemaFile[];
  report(finding: Finding): void;
}

/** One concern of the transformer (usually one directive), checked over the whole merged schema. */
export interface SchemaRule {
  readonly name: string;
  run(context: RuleContext): void;
}

export function createRuleContext(
  model: AmplifySchemaModel,
  settings: ApiSettings,
  files: readonly ParsedSchemaFile[],
  sink: LensDiagnostic[],
): RuleContext {
  return {
    model,
    settings,
    files,
    report(finding) {
      const location = locateNode(finding.node);
      if (!location) return; // nodes of the built-in preamble are never the user's to fix
      sink.push({
        uri: location.uri,
        range: location.range,
        severity: finding.severity ?? 'error',
        code: finding.code,
        message: finding.message,
        ...(finding.fixes?.length ? { fixes: finding.fixes } : {}),
      });
    },
  };
}

export function rangeOf(node: ASTNode): Range | undefined {
  return locateNode(node)?.range;
}
