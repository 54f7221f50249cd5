import { posix } from 'node:path';
import { absolutePathOf, type ProjectFiles } from '../files/project-files';
import { maskTypeScript } from './typescript-source-mask';
import type { TextPosition, TextRange } from './text-range';

export type Gen2ResourceKind = 'auth' | 'data' | 'storage' | 'function';

/** A resource a Gen 2 backend defines in one of its `amplify/**\/resource.ts` files. */
export interface Gen2Resource {
  kind: Gen2ResourceKind;
  /** The exported constant (`auth`, `sayHello`). */
  exportName: string;
  /** The deployed name where the source says it: `defineStorage({ name })`, `defineFunction({ name })` or its defaults. */
  name?: string;
  /** Absolute path of the resource file. */
  file: string;
  /** The `defineX(…)` call. */
  range: TextRange;
  /** Whether `amplify/backend.ts` passes it to `defineBackend({ … })`. */
  inBackend: boolean;
}

const KINDS: Record<string, Gen2ResourceKind> = {
  defineAuth: 'auth',
  defineData: 'data',
  defineStorage: 'storage',
  defineFunction: 'function',
};

/**
 * The resources of a Gen 2 project, found by a lexical scan of `amplify/**\/resource.ts` (the
 * TypeScript compiler is the build's job; the index only needs names and places), in file order.
 */
export async function indexGen2Resources(files: ProjectFiles): Promise<Gen2Resource[]> {
  const backendText = await files.readText('amplify/backend.ts');
  const inBackend = backendText === undefined ? new Set<string>() : backendMembers(backendText, 'amplify/backend.ts');
  const resources: Gen2Resource[] = [];
  for (const path of await findResourceFiles(files, 'amplify', 0)) {
    const text = await files.readText(path);
    if (text === undefined) continue;
    for (const found of scanResourceFile(text, path)) {
      resources.push({ ...found, file: absolutePathOf(files, path), inBackend: inBackend.has(`${stripExtension(path)}#${found.exportName}`) });
    }
  }
  return resources;
}

async function findResourceFiles(files: ProjectFiles, folder: string, depth: number): Promise<string[]> {
  if (depth > 8) return [];
  const found: string[] = [];
  for (const entry of await files.listDirectory(folder)) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.'))
        for (const file of await findResourceFiles(files, path, depth + 1)) found.push(file);
    } else if (entry.name === 'resource.ts') found.push(path);
  }
  return found;
}

type ScannedResource = Omit<Gen2Resource, 'file' | 'inBackend'>;

/** The `defineX(…)` calls bound to exported constants in one resource file. */
export function scanResourceFile(text: string, relativePath: string): ScannedResource[] {
  const masked = maskTypeScript(text);
  const exported = exportedNames(masked);
  const lines = lineStarts(text);
  const resources: ScannedResource[] = [];
  const definition =
    /\b(export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;]*)?=\s*(define(?:Auth|Data|Storage|Function))\s*(?:<[^>]*>\s*)?\(/g;
  for (const match of masked.matchAll(definition)) {
    const [, exportKeyword, constant, callee] = match;
    const exportName = exportKeyword ? constant : exported.get(constant);
    if (exportName === undefined) continue;
    const callStart = match.index + match[0].lastIndexOf(callee);
    const open = match.index + match[0].length - 1;
    const close = matchingClose(masked, open);
    const kind = KINDS[callee];
    const argument = firstObjectArgument(masked, open, close);
    const properties = argument ? topLevelStringProperties(text, masked, argument[0], argument[1]) : new Map<string, string | undefined>();
    resources.push({
      kind,
      exportName,
      name: resolveName(kind, properties, relativePath, argument !== undefined || masked.slice(open + 1, close).trim() === ''),
      range: { start: positionAt(lines, callStart), end: positionAt(lines, close + 1) },
    });
  }
  return resources;
}

/** The name Amplify deploys the resource under, as far as the source says it literally. */
function resolveName(
  kind: Gen2ResourceKind,
  properties: Map<string, string | undefined>,
  relativePath: string,
  plainProps: boolean,
): string | undefined {
  if (properties.has('name') || kind !== 'function' || !plainProps) return properties.get('name');
  // defineFunction's defaults: the entry file's base name, else the folder defining it.
  if (properties.has('entry')) {
    const entry = properties.get('entry');
    return entry === undefined ? undefined : posix.parse(entry.split('\\').join('/')).name;
  }
  return posix.basename(posix.dirname(relativePath));
}

/** Locals exported later by `export { local }` / `export { local as name }`. */
function exportedNames(masked: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of masked.matchAll(/\bexport\s*\{([^}]*)\}(?!\s*from\b)/g)) {
    for (const specifier of match[1].split(',')) {
      const parts = specifier
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/);
      if (parts[0]) names.set(parts[0], parts[1] ?? parts[0]);
    }
  }
  return names;
}

/** `resource-path-without-extension#exportName` for every value `defineBackend({ … })` receives. */
function backendMembers(text: string, relativePath: string): Set<string> {
  const masked = maskTypeScript(text);
  const imports = importedBindings(text, masked, relativePath);
  const members = new Set<string>();
  const call = /\bdefineBackend\s*\(/.exec(masked);
  if (!call) return members;
  const open = call.index + call[0].length - 1;
  const argument = firstObjectArgument(masked, open, matchingClose(masked, open));
  if (!argument) return members;
  for (const { text: raw } of topLevelEntries(masked, argument[0] + 1, argument[1])) {
    const entry = raw.trim();
    if (entry === '') continue;
    const value = entry.includes(':') ? entry.slice(entry.indexOf(':') + 1).trim() : entry.trim();
    const member = /^([A-Za-z_$][\w$]*)(?:\s*\.\s*([A-Za-z_$][\w$]*))?$/.exec(value);
    if (!member) continue;
    const binding = imports.get(member[1]);
    if (!binding) continue;
    const exportName = binding.imported === '*' ? member[2] : member[2] === undefined ? binding.imported : undefined;
    if (exportName) members.add(`${binding.module}#${exportName}`);
  }
  return members;
}

interface ImportBinding {
  /** Project-relative module path without extension. */
  module: string;
  /** The exported name, `default`, or `*` for a namespace import. */
  imported: string;
}

function importedBindings(text: string, masked: string, relativePath: string): Map<string, ImportBinding> {
  const bindings = new Map<string, ImportBinding>();
  for (const match of masked.matchAll(/\bimport\s+(?:type\s+)?([^;]*?)\s*from\s*(['"])/g)) {
    const quote = match.index + match[0].length - 1;
    const end = text.indexOf(match[2], quote + 1);
    const specifier = text.slice(quote + 1, end);
    if (!specifier.startsWith('.')) continue;
    const module = stripExtension(posix.join(posix.dirname(relativePath), specifier));
    const clause = match[1];
    const named = /\{([^}]*)\}/.exec(clause);
    for (const part of named ? named[1].split(',') : []) {
      const [imported, local] = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/);
      if (imported) bindings.set(local ?? imported, { module, imported });
    }
    const rest = clause
      .replace(/\{[^}]*\}/, '')
      .split(',')
      .map((part) => part.trim());
    for (const part of rest) {
      const namespace = /^\*\s*as\s+([A-Za-z_$][\w$]*)$/.exec(part);
      if (namespace) bindings.set(namespace[1], { module, imported: '*' });
      else if (/^[A-Za-z_$][\w$]*$/.test(part)) bindings.set(part, { module, imported: 'default' });
    }
  }
  return bindings;
}

function stripExtension(path: string): string {
  return path.replace(/\.(?:[cm]?[jt]s|tsx|jsx)$/, '');
}

/** The offset of the bracket closing the one at `open` (in masked text), or the text's end. */
function matchingClose(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    const ch = masked[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return masked.length - 1;
}

/** The `{ … }` first argument of the call whose parentheses are at `open`/`close`, as [open brace, close brace]. */
function firstObjectArgument(masked: string, open: number, close: number): [number, number] | undefined {
  let start = open + 1;
  while (start < close && /\s/.test(masked[start])) start++;
  if (masked[start] !== '{') return undefined;
  return [start, matchingClose(masked, start)];
}

/**
 * The properties directly inside the object literal at `open`/`close`: a key maps to its
 * string literal's value, or to undefined when its value is anything else (computed, nested).
 */
function topLevelStringProperties(text: string, masked: string, open: number, close: number): Map<string, string | undefined> {
  const properties = new Map<string, string | undefined>();
  for (const raw of topLevelEntries(masked, open + 1, close)) {
    const key = /^\s*([A-Za-z_$][\w$]*)\s*(?::\s*(['"`])?|[,}]|$)/.exec(raw.text);
    if (!key) continue;
    properties.set(key[1], undefined);
    const quoteChar = key[2];
    if (!quoteChar) continue;
    const quote = raw.start + key[0].length - 1;
    const closing = masked.indexOf(quoteChar, quote + 1);
    const after = masked.slice(closing + 1, raw.start + raw.text.length).trim();
    if (closing === -1 || after !== '' || (quoteChar === '`' && text.slice(quote, closing).includes('${'))) continue;
    properties.set(key[1], text.slice(quote + 1, closing));
  }
  return properties;
}

/** The comma-separated entries between `from` and `to` that are not nested in brackets, with their offsets. */
function topLevelEntries(masked: string, from: number, to: number): { start: number; text: string }[] {
  const entries: { start: number; text: string }[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    const ch = masked[i];
    if (i === to || (ch === ',' && depth === 0)) {
      entries.push({ start, text: masked.slice(start, i) });
      start = i + 1;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
  return entries;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function positionAt(starts: number[], offset: number): TextPosition {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}
