import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SchemaSymbolLocation, SchemaSymbolQuery } from 'amplify-lens-model/contracts';

/** Schemas are small; a file past this is not one a deploy read. */
const MAX_FILE_BYTES = 4_000_000;
const MAX_SCHEMA_DIR_FILES = 200;
const NAME = /^[_A-Za-z][_0-9A-Za-z]*/;
const DEFINITION = /^(extend\s+)?(?:type|interface|input|enum|union|scalar)\s+([_A-Za-z][_0-9A-Za-z]*)/;
const BUILDER_KINDS = 'model|customType|enum|query|mutation|subscription|generation|conversation';

interface Declared {
  line: number;
  column: number;
  length: number;
  extension: boolean;
  fields: Map<string, { line: number; column: number; length: number }>;
}

/**
 * The language server's stand-in when it is not running: a plain scan of the API's schema files
 * for the line that defines a type (`type Post`, Gen 2's `Post: a.model(`), and in `.graphql`
 * files for the field inside that type's braces. It skips comments, strings and directive
 * arguments, and answers null wherever it did not find the very name: a field named without its
 * type, a Gen 2 field (its type's line answers), a name no file defines.
 */
export function scanSchemaFiles(files: readonly string[], queries: readonly SchemaSymbolQuery[]): (SchemaSymbolLocation | null)[] {
  const scanned = files.map((file) => ({ file, types: scanFile(file) }));
  return queries.map((query) => {
    if (!query.typeName) return null;
    const found = scanned
      .map(({ file, types }) => ({ file, type: types.get(query.typeName!) }))
      .filter((entry): entry is { file: string; type: Declared } => entry.type !== undefined)
      .sort((a, b) => Number(a.type.extension) - Number(b.type.extension));
    for (const { file, type } of found) {
      const field = query.fieldName ? type.fields.get(query.fieldName) : undefined;
      if (field) return location(file, field, 'field');
    }
    return found[0] ? location(found[0].file, found[0].type, 'type') : null;
  });
}

/**
 * The files a deploy read the schema from: a Gen 1 API's `schema.graphql`, `schema.sql.graphql`
 * or `schema/` folder (beside `schemaFile`, or under every `amplify/backend/api/*`), and a Gen 2
 * project's `amplify/data/resource.ts` with the `.graphql` files beside it.
 */
export function fallbackSchemaFiles(projectRoot: string, schemaFile?: string): string[] {
  const apiDirs = schemaFile ? [dirname(schemaFile)] : listDirs(join(projectRoot, 'amplify', 'backend', 'api'));
  const files = apiDirs.flatMap((dir) => [
    ...['schema.graphql', 'schema.sql.graphql'].map((name) => join(dir, name)).filter(existsSync),
    ...graphqlFilesUnder(join(dir, 'schema')),
  ]);
  const data = join(projectRoot, 'amplify', 'data');
  if (existsSync(join(data, 'resource.ts'))) files.push(join(data, 'resource.ts'), ...graphqlFilesUnder(data, false));
  return files;
}

function location(file: string, at: { line: number; column: number; length: number }, kind: 'type' | 'field'): SchemaSymbolLocation {
  return {
    uri: pathToFileURL(file).toString(),
    range: { start: { line: at.line, character: at.column }, end: { line: at.line, character: at.column + at.length } },
    kind,
  };
}

function scanFile(file: string): Map<string, Declared> {
  let text: string;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return new Map();
    text = readFileSync(file, 'utf8');
  } catch {
    return new Map();
  }
  return file.endsWith('.graphql') ? scanGraphql(text) : scanBuilder(text);
}

/** Definitions at brace depth 0 and fields at depth 1, outside strings, comments and parentheses. */
function scanGraphql(text: string): Map<string, Declared> {
  const types = new Map<string, Declared>();
  let current: Declared | undefined;
  let braces = 0;
  let parens = 0;
  let line = 0;
  let lineStart = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') {
      line++;
      lineStart = i + 1;
      atLineStart = true;
      continue;
    }
    if (atLineStart && char !== ' ' && char !== '\t' && char !== '\r') {
      atLineStart = false;
      const rest = text.slice(i, text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i));
      if (braces === 0 && parens === 0) {
        const definition = DEFINITION.exec(rest);
        if (definition) {
          const name = definition[2]!;
          const declared: Declared = {
            line,
            column: i - lineStart + definition[0].length - name.length,
            length: name.length,
            extension: Boolean(definition[1]),
            fields: new Map(),
          };
          // An extension's fields belong to the type; the definition, not an extension, is the type's line.
          const existing = types.get(name);
          if (existing) declared.fields = existing.fields;
          if (!existing || (existing.extension && !declared.extension)) types.set(name, declared);
          current = declared;
        }
      } else if (braces === 1 && parens === 0 && current) {
        const field = NAME.exec(rest);
        if (field && /^\s*[:(]/.test(rest.slice(field[0].length)) && !current.fields.has(field[0])) {
          current.fields.set(field[0], { line, column: i - lineStart, length: field[0].length });
        }
      }
    }
    if (char === '#') {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if (char === '"') {
      const block = text.startsWith('"""', i);
      const end = block ? text.indexOf('"""', i + 3) : stringEnd(text, i + 1);
      const stop = end === -1 ? text.length : end + (block ? 3 : 1);
      for (let j = i; j < stop; j++)
        if (text[j] === '\n') {
          line++;
          lineStart = j + 1;
        }
      i = stop - 1;
    } else if (char === '{') braces++;
    else if (char === '}') braces = Math.max(0, braces - 1);
    else if (char === '(') parens++;
    else if (char === ')') parens = Math.max(0, parens - 1);
    if (braces === 0 && parens === 0 && char === '}') current = undefined;
  }
  return types;
}

function stringEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"' || text[i] === '\n') return i;
  }
  return -1;
}

/** Gen 2: `Post: a.model(`, `Priority: a.enum(`, possibly with the builder call on the next line. */
function scanBuilder(text: string): Map<string, Declared> {
  const types = new Map<string, Declared>();
  const pattern = new RegExp(`(^|[{,\\s])([_A-Za-z][_0-9A-Za-z]*)\\s*:\\s*a\\s*\\.\\s*(?:${BUILDER_KINDS})\\s*\\(`, 'g');
  for (const match of text.matchAll(pattern)) {
    const name = match[2]!;
    const offset = match.index! + match[1]!.length;
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    const column = offset - (before.lastIndexOf('\n') + 1);
    if (!types.has(name)) types.set(name, { line, column, length: name.length, extension: false, fields: new Map() });
  }
  return types;
}

function listDirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(dir, entry.name));
  } catch {
    return [];
  }
}

function graphqlFilesUnder(dir: string, recursive = true): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql'))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .slice(0, MAX_SCHEMA_DIR_FILES);
  } catch {
    return [];
  }
}
