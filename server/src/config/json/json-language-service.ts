import {
  getLanguageService,
  TextDocument,
  type JSONDocument,
  type LanguageService,
  type SchemaConfiguration,
} from 'vscode-json-languageservice';
import type { ConfigFileKind } from '../config-file-kind';
import { isYamlKind } from '../config-file-kind';
import { CONFIG_SCHEMA_FILES, configSchemaFor, configSchemaIdFor } from '../config-schemas';

/** The JSON kinds: every kind but the Hosting YAML files. */
export type JsonConfigKind = Exclude<ConfigFileKind, 'amplify-yml' | 'custom-http-yml'>;

export const JSON_CONFIG_KINDS = (Object.keys(CONFIG_SCHEMA_FILES) as ConfigFileKind[]).filter(
  (kind): kind is JsonConfigKind => !isYamlKind(kind),
);

/**
 * `$schema` values a file may carry that name one of our schemas: `amplify_outputs.json` may point
 * at the published outputs schema, which ours embeds.
 */
const SCHEMA_ALIASES: Record<string, JsonConfigKind> = {
  'https://amplify.aws/2024-02/outputs-schema.json': 'amplify-outputs',
};

/** The bundled schema text for a schema id, or undefined for any other address (nothing is fetched). */
export function bundledSchemaText(id: string): string | undefined {
  const kind = JSON_CONFIG_KINDS.find((candidate) => configSchemaIdFor(candidate) === id) ?? SCHEMA_ALIASES[id];
  // served as text so the service parses its own copy: it resolves `$ref`s in place
  return kind === undefined ? undefined : JSON.stringify(configSchemaFor(kind));
}

export function isBundledSchemaId(id: string): boolean {
  return bundledSchemaText(id) !== undefined;
}

/**
 * Documents are handed to the service under a synthetic address per kind, so the schema is chosen
 * by the kind the caller determined (from the file's place in the project), not by its name.
 */
function serviceUriOf(kind: JsonConfigKind): string {
  return `amplify-lens-config:/${kind}/config.json`;
}

let service: LanguageService | undefined;

/** One language service for all kinds; it caches each resolved schema. */
export function jsonLanguageService(): LanguageService {
  if (service) return service;
  service = getLanguageService({
    schemaRequestService: (uri) => {
      const text = bundledSchemaText(uri);
      return text === undefined ? Promise.reject(`Amplify Lens does not load schemas from ${uri}`) : Promise.resolve(text);
    },
  });
  const schemas: SchemaConfiguration[] = JSON_CONFIG_KINDS.map((kind) => ({
    uri: configSchemaIdFor(kind),
    fileMatch: [`/${kind}/config.json`],
  }));
  service.configure({ validate: true, allowComments: false, schemas });
  return service;
}

export interface ServiceDocument {
  textDocument: TextDocument;
  jsonDocument: JSONDocument;
}

export function parseForService(kind: JsonConfigKind, text: string): ServiceDocument {
  const textDocument = TextDocument.create(serviceUriOf(kind), 'json', 0, text);
  return { textDocument, jsonDocument: jsonLanguageService().parseJSONDocument(textDocument) };
}

/** The string value of a top-level `$schema` property, if the file names a schema itself. */
export function declaredSchemaOf(jsonDocument: JSONDocument): string | undefined {
  const root = jsonDocument.root;
  if (root?.type !== 'object') return undefined;
  const property = root.properties.find((candidate) => candidate.keyNode.value === '$schema');
  return property?.valueNode?.type === 'string' ? property.valueNode.value : undefined;
}
