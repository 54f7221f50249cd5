import { Kind, type DocumentNode } from 'graphql';
import { AmplifySchemaModel } from './amplify-schema-model';
import type { ApiSettings } from './api-settings';
import { compareDiagnostics, type LensDiagnostic } from './lens-diagnostic';
import { parseSchemaFile, type ParsedSchemaFile, type SchemaFile } from './parse-schema-file';
import { createRuleContext, type SchemaRule } from './rule-context';
import { schemaRules } from './rules';
import { v1SchemaRules } from './rules/v1';
import { SdlValidationCache, validateSdl } from './sdl-validation';

/** One API's schema, analysed: the parsed files, the merged model and every diagnostic. */
export interface AnalyzedSchema {
  files: ParsedSchemaFile[];
  model: AmplifySchemaModel;
  settings: ApiSettings;
  diagnostics: LensDiagnostic[];
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
    if (cached && cached.text === file.text) return cached;
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
export function analyzeSchema(
  files: readonly SchemaFile[],
  settings: ApiSettings,
  cache: ParseCache = new ParseCache(),
): AnalyzedSchema {
  const parsed = files.map((file) => cache.parse(file));
  const definitions = parsed.flatMap((file) => file.definitions);
  const model = new AmplifySchemaModel(definitions);
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions };
  const diagnostics: LensDiagnostic[] = parsed.flatMap((file) => file.syntaxErrors);
  diagnostics.push(...validateSdl(document, model, settings, cache.sdl));
  const context = createRuleContext(model, settings, parsed, diagnostics);
  for (const rule of rulesFor(settings)) rule.run(context);
  return { files: parsed, model, settings, diagnostics: dedupe(diagnostics).sort(compareDiagnostics) };
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
