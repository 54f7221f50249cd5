import type { ASTNode, Diagnostic as ServiceDiagnostic, JSONSchema } from 'vscode-json-languageservice';
import { MarkupKind, type CompletionItem, type Hover, type Position } from 'vscode-languageserver-types';
import { compareDiagnostics, type LensDiagnostic } from '../../lens-diagnostic';
import { CONFIG_SCHEMA_FILES, configSchemaFor, configSchemaIdFor } from '../config-schemas';
import { classifyJsonProblem, isSchemaProblem, severityOf } from './json-diagnostic-codes';
import { indexStrictness, strictnessFor } from './json-rule-severity';
import {
  declaredSchemaOf,
  isBundledSchemaId,
  jsonLanguageService,
  parseForService,
  type JsonConfigKind,
  type ServiceDocument,
} from './json-language-service';
import { looksRandom, shouldHideValue } from 'amplify-lens-model/secrets';

/**
 * Schema-driven diagnostics for one Amplify JSON configuration file. Ranges are the service's:
 * the offending key for unknown properties, the value for type and enum problems, the parent
 * key (or the opening brace) for missing properties.
 */
export async function validateJsonConfig(kind: JsonConfigKind, uri: string, text: string): Promise<LensDiagnostic[]> {
  const service = jsonLanguageService();
  const document = parseForService(kind, text);
  const explicit = explicitSchemaFor(kind, document);
  const problems: ServiceDiagnostic[] = await service.doValidation(document.textDocument, document.jsonDocument, undefined, explicit);
  const syntaxErrors = new Set<ServiceDiagnostic>(syntaxErrorsOf(document));
  const label = fileLabelOf(kind);
  const schemaProblems = problems.filter((problem) => !isSchemaProblem(problem) && !syntaxErrors.has(problem));
  // the schemas' own word on how strict each rule is (x-lens-severity / x-lens-reason)
  const strictness =
    schemaProblems.length === 0
      ? new Map()
      : indexStrictness(await service.getMatchingSchemas(document.textDocument, document.jsonDocument, explicit));
  const nodeAt = (offset: number) => document.jsonDocument.getNodeFromOffset(offset);
  const offsetOf = (position: ServiceDiagnostic['range']['start']) => document.textDocument.offsetAt(position);
  return problems
    .filter((problem) => !isSchemaProblem(problem))
    .map((problem) => {
      const { code, message } = classifyJsonProblem(problem, syntaxErrors.has(problem), label);
      if (syntaxErrors.has(problem) || code === 'json-syntax' || code === 'json-duplicate-key') {
        return { uri, range: problem.range, severity: severityOf(problem), code, message };
      }
      const rule = strictnessFor(problem, nodeAt, offsetOf, strictness);
      return {
        uri,
        range: problem.range,
        severity: rule.severity ?? severityOf(problem),
        code,
        message: rule.reason ? `${message} ${rule.reason}` : message,
      };
    })
    .sort(compareDiagnostics);
}

/** Property names and values the schema offers at the position (keys, enum values, examples). */
export async function completeJsonConfig(kind: JsonConfigKind, _uri: string, text: string, position: Position): Promise<CompletionItem[]> {
  const document = parseForService(kind, text);
  const list = await jsonLanguageService().doComplete(document.textDocument, position, document.jsonDocument);
  return list?.items ?? [];
}

/**
 * The schema's description of the key or value under the cursor. For the files that hold
 * environment secrets the text comes from the schema alone, so no value is ever shown.
 */
export async function hoverJsonConfig(kind: JsonConfigKind, _uri: string, text: string, position: Position): Promise<Hover | null> {
  const document = parseForService(kind, text);
  if (SECRET_HOLDING_KINDS.has(kind)) return schemaOnlyHover(document, position);
  return jsonLanguageService().doHover(document.textDocument, position, document.jsonDocument);
}

/** Files where Amplify keeps environment-specific values, OAuth client secrets among them. */
const SECRET_HOLDING_KINDS: ReadonlySet<JsonConfigKind> = new Set(['team-provider-info', 'parameters']);

async function schemaOnlyHover(document: ServiceDocument, position: Position): Promise<Hover | null> {
  const offset = document.textDocument.offsetAt(position);
  const node = document.jsonDocument.getNodeFromOffset(offset);
  if (!node) return null;
  // a key describes its value: hover the property's value schema
  const property = node.parent?.type === 'property' && node.parent.keyNode === node ? node.parent : undefined;
  const target: ASTNode | undefined = property ? property.valueNode : node;
  const matching = await jsonLanguageService().getMatchingSchemas(document.textDocument, document.jsonDocument);
  const texts = new Set<string>();
  for (const { node: matched, schema } of matching) {
    if (matched !== target) continue;
    const description = schemaText(schema);
    if (description) texts.add(description);
  }
  if (texts.size === 0) return null;
  const key = property?.keyNode.value ?? (node.parent?.type === 'property' ? node.parent.keyNode.value : undefined);
  const value = target && target.type !== 'object' && target.type !== 'array' ? target.value : undefined;
  const lines = [...texts];
  if (shouldHideValue(key === undefined ? [] : [key], value) || looksRandom(value)) {
    lines.push('The value is not shown: it looks like a secret. Keep this file out of shared logs and screenshots.');
  }
  const range = {
    start: document.textDocument.positionAt(node.offset),
    end: document.textDocument.positionAt(node.offset + node.length),
  };
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range };
}

function schemaText(schema: JSONSchema): string | undefined {
  const text = schema.markdownDescription ?? schema.description;
  return text && text.trim() !== '' ? text : undefined;
}

/**
 * A file may name a schema in `$schema`; the service would try to load that address instead of
 * ours. Unless it names one we bundle, validate against the kind's schema explicitly.
 */
function explicitSchemaFor(kind: JsonConfigKind, document: ServiceDocument): JSONSchema | undefined {
  const declared = declaredSchemaOf(document.jsonDocument);
  if (declared === undefined || isBundledSchemaId(declared)) return undefined;
  // a copy under a stable id: the service resolves `$ref`s in place and keys its cache by id
  const copy = structuredClone(configSchemaFor(kind)) as JSONSchema;
  return { ...copy, id: `${configSchemaIdFor(kind)}#explicit` };
}

function syntaxErrorsOf(document: ServiceDocument): ServiceDiagnostic[] {
  return (document.jsonDocument as unknown as { syntaxErrors?: ServiceDiagnostic[] }).syntaxErrors ?? [];
}

function fileLabelOf(kind: JsonConfigKind): string {
  if (kind === 'amplify-outputs') return 'amplify_outputs.json';
  if (kind.endsWith('-cli-inputs')) return 'cli-inputs.json';
  if (kind === 'cli-json') return 'cli.json';
  if (kind === 'transform-conf') return 'transform.conf.json';
  return CONFIG_SCHEMA_FILES[kind].replace('.schema.json', '.json');
}
