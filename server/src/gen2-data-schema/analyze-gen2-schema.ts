import { analyzeSchema, ParseCache, type AnalyzedSchema } from '../graphql/analyze-schema';
import type { ApiSettings, ModelDataSourceKind } from '../graphql/api-settings';
import type { LensDiagnostic } from '../lens-diagnostic';
import { failureDiagnostic, rangeOf } from './evaluation-failures';
import { gen2AuthProviders, type AuthorizationModesFacts } from './gen2-auth-providers';
import { InlineGraphqlText } from './inline-graphql-text';
import { sdlSiteAt } from './mapping/sdl-site';
import { placeForSite } from './mapping/typescript-places';
import { sdlDiagnosticFixes } from './fixes/sdl-diagnostic-fixes';
import { calleeName, unwindChain } from '../gen2-source/typescript-expressions';
import { visit } from '../gen2-source/read-data-schema';
import { callNamed, type DataSchemaReading } from '../gen2-source/schema-reading';
import type { EvaluateResponse, EvaluationSuccess, ToolchainFacts } from './worker/worker-protocol';

export interface Gen2AnalysisInput {
  projectRoot: string;
  resourcePath: string;
  resourceUri: string;
  reading: DataSchemaReading;
  /** The worker's answer; absent for an inline GraphQL schema (read without running anything). */
  evaluation?: EvaluateResponse;
  /** The project's Gen 2 API settings (transformer v2 and the data construct's flags). */
  settings: ApiSettings;
  /** Whether the backend defines auth (a user pool the API gets). */
  backendHasAuth: boolean;
  cache?: ParseCache;
}

/** A Gen 2 data schema, analysed: diagnostics at TypeScript places, and what the features need. */
export interface Gen2Analysis {
  diagnostics: LensDiagnostic[];
  /** The SDL a deploy sends to the transformer (builder schemas), as `transform()` returned it. */
  sdl?: string;
  /** The SDL's analysis (builder schemas) or the inline template's, whose places are the TS file's. */
  schema?: AnalyzedSchema;
  inline: boolean;
  /** The inline template's text as analysed, and the conversion of its positions. */
  inlineText?: InlineGraphqlText;
  toolchain?: ToolchainFacts;
  loadedFiles: string[];
}

/**
 * Where the analysis of a builder schema's SDL lives: a name no file has, never published. A
 * combined schema (`a.combine([...])`) has one per part, numbered, since each part has its own
 * database (a DynamoDB `a.schema` beside an `a.sql` one).
 */
export function sdlUriOf(resourceUri: string, part?: number): string {
  return part === undefined ? `amplify-lens-sdl:${resourceUri}.graphql` : `amplify-lens-sdl:${resourceUri}.${part + 1}.graphql`;
}

export function analyzeGen2Schema(input: Gen2AnalysisInput): Gen2Analysis {
  const { reading } = input;
  if (reading.inlineGraphql) return analyzeInline(input);
  const evaluation = input.evaluation;
  if (!evaluation) return { diagnostics: [], inline: false, loadedFiles: [] };
  if (!evaluation.ok) {
    const diagnostic = failureDiagnostic(evaluation.failure, {
      reading,
      texts: reading.sources,
      resourcePath: input.resourcePath,
      projectRoot: input.projectRoot,
    });
    return { diagnostics: [diagnostic], inline: false, toolchain: evaluation.failure.toolchain, loadedFiles: [] };
  }
  const { result } = evaluation;
  const sdl = result.sdl.join('\n\n');
  const files = result.sdl.map((text, part) => ({ uri: sdlUriOf(input.resourceUri, result.sdl.length === 1 ? undefined : part), text }));
  const settings: ApiSettings = {
    ...input.settings,
    authProviders: gen2AuthProviders(result.authorizationModes, input.backendHasAuth),
    functionNames: new Set([...result.functionNames, ...stringHandlerNames(reading)]),
    schemaFileDataSources: { ...input.settings.schemaFileDataSources, ...dataSourcesOf(files, result.dataSources) },
  };
  const schema = analyzeSchema(files, settings, input.cache);
  const diagnostics: LensDiagnostic[] = [];
  const seen = new Set<string>();
  for (const diagnostic of schema.diagnostics) {
    const file = schema.files.find((candidate) => candidate.uri === diagnostic.uri);
    const site = file ? sdlSiteAt(file.definitions, file.lineIndex.offsetAt(diagnostic.range.start), file.text) : {};
    const mapped = placeForSite(site, reading);
    const generated = sdlLineAt(file?.text ?? '', diagnostic.range.start.line);
    const message = mapped.precise
      ? diagnostic.message
      : `${diagnostic.message} [generated: \`${site.directive?.text ?? generated}\`${site.typeName ? ` on ${site.typeName}${site.fieldName ? `.${site.fieldName}` : ''}` : ''}]`;
    const placed: LensDiagnostic = {
      uri: mapped.place.uri,
      range: rangeOf(mapped.place, reading.sources),
      severity: diagnostic.severity,
      code: diagnostic.code,
      message,
    };
    const fixes = sdlDiagnosticFixes(diagnostic, site, reading);
    if (fixes.length > 0) placed.fixes = fixes;
    const key = `${placed.uri}|${placed.range.start.line}:${placed.range.start.character}|${placed.code}|${placed.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(placed);
  }
  if (result.toolchain.dataSchemaSource === 'bundled') {
    diagnostics.push({
      uri: reading.defineData.uri,
      range: rangeOf(reading.defineData, reading.sources),
      severity: 'information',
      code: 'gen2-schema-bundled-builder',
      message:
        `Checked with the @aws-amplify/data-schema ${result.toolchain.dataSchemaVersion} bundled with Amplify Lens: the project has none installed. ` +
        "Install the project's dependencies (`npm install`) to check the SDL its own version generates.",
    });
  }
  return { diagnostics, sdl, schema, inline: false, toolchain: result.toolchain, loadedFiles: result.loadedFiles };
}

/**
 * `defineData({ schema: /* GraphQL *\/ \`…\` })`: the template's text analysed on the lines it
 * has in the file (see InlineGraphqlText), its places converted back to the TypeScript file's.
 * Nothing runs: this works in Restricted Mode too.
 */
function analyzeInline(input: Gen2AnalysisInput): Gen2Analysis {
  const inline = input.reading.inlineGraphql!;
  const fileText = input.reading.sources.get(inline.uri) ?? '';
  const inlineText = new InlineGraphqlText(fileText, inline.contentStart, inline.contentStart + inline.text.length);
  const modes: AuthorizationModesFacts | undefined | null = input.evaluation?.ok
    ? input.evaluation.result.authorizationModes
    : readModes(input.reading);
  // A GraphQL string given to defineData is always DynamoDB (backend-data convert_schema.ts).
  const settings: ApiSettings = {
    ...input.settings,
    authProviders: gen2AuthProviders(modes, input.backendHasAuth),
    functionNames: undefined,
    schemaFileDataSources: { ...input.settings.schemaFileDataSources, [inline.uri]: 'dynamodb' },
  };
  const schema = analyzeSchema([{ uri: inline.uri, text: inlineText.text }], settings, input.cache);
  const diagnostics = schema.diagnostics.map((diagnostic) => ({
    ...diagnostic,
    range: inlineText.rangeToOuter(diagnostic.range),
    ...(diagnostic.fixes
      ? {
          fixes: diagnostic.fixes.map((fix) => ({
            ...fix,
            edits: fix.edits.map((edit) => (edit.uri === inline.uri ? { ...edit, range: inlineText.rangeToOuter(edit.range) } : edit)),
          })),
        }
      : {}),
  }));
  return { diagnostics, schema, inline: true, inlineText, loadedFiles: [] };
}

/** Each part's database, by its SDL's URI: what the SQL rules read (model-data-source.ts). */
function dataSourcesOf(
  files: readonly { uri: string }[],
  sources: EvaluationSuccess['dataSources'] | undefined,
): Record<string, ModelDataSourceKind> {
  const known: Record<string, ModelDataSourceKind> = {};
  files.forEach((file, part) => {
    const source = sources?.[part];
    if (source) known[file.uri] = source;
  });
  return known;
}

/** The literal `authorizationModes` the reading found; `null` when defineData's props could not be read. */
function readModes(reading: DataSchemaReading): AuthorizationModesFacts | undefined | null {
  if (reading.authorizationModes) return reading.authorizationModes;
  const text = reading.sources.get(reading.defineData.uri) ?? '';
  return /authorizationModes/.test(text.slice(reading.defineData.start, reading.defineData.end)) ? null : undefined;
}

/** `a.handler.function('existing-lambda')`: names of Lambdas outside the backend, used as written. */
function stringHandlerNames(reading: DataSchemaReading): string[] {
  const names: string[] = [];
  for (const type of reading.types.values()) {
    const handler = callNamed(type.calls, 'handler')?.call.args[0];
    if (!handler) continue;
    visit(handler, (expr) => {
      if (expr.kind === 'call' && calleeName(unwindChain(expr).root) === 'function' && expr.args[0]?.kind === 'string')
        names.push(expr.args[0].value);
      return false;
    });
  }
  return names;
}

function sdlLineAt(sdl: string, line: number): string {
  return (sdl.split('\n')[line] ?? '').trim();
}
