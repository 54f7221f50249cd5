import { Kind, type DocumentNode } from 'graphql';
import { appendAll } from '../collections/append-all';
import { AmplifySchemaModel } from './amplify-schema-model';
import type { ApiSettings } from './api-settings';
import { compareDiagnostics, type LensDiagnostic } from '../lens-diagnostic';
import { parseSchemaFile, type ParsedSchemaFile, type SchemaFile } from './parse-schema-file';
import { createRuleContext, type SchemaRule } from './rule-context';
import { runIsolated } from './rule-runner';
import { schemaRules } from './rules';
import { v1SchemaRules } from './rules/v1';
import { SdlValidationCache, validateSdl } from './sdl-validation';

/** One API's schema, analysed: the parsed files, the merged model and every diagnostic. */
export interface AnalyzedSchema {
  files: ParsedSchemaFile[];
  model: AmplifySchemaModel;
  settings: ApiSettings;
  diagnostics: LensDiagnostic[];
  /** Steps that threw (reported as one `internal-error` diagnostic), with their errors for a log. */
  failures: { step: string; error: unknown }[];
}

/**
 * Parses files whose text has not changed since the last call only once. The server keeps one
 * cache per API so an edit re-parses one file and re-runs the rules over the merged schema.
 */
export class ParseCache {
  private readonly entries = new Map<string, ParsedSchemaFile>();
  /** SDL findings per unchanged definition, valid while the set of type names stays the same. */
  readonly sdl = new SdlValidationCache();

  parse(file: SchemaFile): ParsedSchemaFile {
    const cached = this.entries.get(file.uri);
    if (cached && cached.text === file.text && !file.unread && !cached.unread) return cached;
    const parsed = parseSchemaFile(file, cached);
    this.entries.set(file.uri, parsed);
    return parsed;
  }

  retain(uris: Iterable<string>): void {
    const keep = new Set(uris);
    for (const uri of this.entries.keys()) if (!keep.has(uri)) this.entries.delete(uri);
  }
}

/**
 * Analyses the schema files of one API together (Gen 1 `schema/*.graphql` files form one
 * schema), as the transformer would, reporting every problem instead of the first.
 */
export function analyzeSchema(files: readonly SchemaFile[], settings: ApiSettings, cache: ParseCache = new ParseCache()): AnalyzedSchema {
  const parsed = files.map((file) => cache.parse(file));
  const definitions = parsed.flatMap((file) => file.definitions);
  const model = new AmplifySchemaModel(definitions);
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions };
  const diagnostics: LensDiagnostic[] = parsed.flatMap((file) => file.syntaxErrors);
  const context = createRuleContext(model, settings, parsed, diagnostics);
  // Each rule on its own: one that fails on an unusual schema costs only its own findings.
  const failures: AnalyzedSchema['failures'] = [];
  const steps = [
    { name: 'graphql-validation', run: () => appendAll(diagnostics, validateSdl(document, model, settings, cache.sdl)) },
    ...rulesFor(settings).map((rule) => ({ name: rule.name, run: () => rule.run(context) })),
  ];
  // With part of a file unread, its types would look undefined everywhere else: report only the
  // syntax errors and the reason the file was not read.
  if (!parsed.some((file) => file.incomplete)) {
    runIsolated(steps, parsed[0]?.uri, diagnostics, (step, error) => failures.push({ step, error }));
  }
  return { files: parsed, model, settings, diagnostics: dedupe(diagnostics).sort(compareDiagnostics), failures };
}

/** A Gen 1 API on transformer v1 is checked by the v1 transformer's rules, every other API by the current one's. */
function rulesFor(settings: ApiSettings): readonly SchemaRule[] {
  return settings.generation === 1 && settings.transformerVersion === 1 ? v1SchemaRules : schemaRules;
}

/** Two rules may flag the same node for the same reason (e.g. per-file and merged passes). */
function dedupe(diagnostics: LensDiagnostic[]): LensDiagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const { start, end } = diagnostic.range;
    const key = `${diagnostic.uri}|${start.line}:${start.character}-${end.line}:${end.character}|${diagnostic.code}|${diagnostic.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
