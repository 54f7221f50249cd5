import { keysAfter, scanDefinition, type Frame, type ScanState } from '../syntax/cursor-scan';
import { definitionAt, type OutlineDefinition, type SchemaOutline } from '../syntax/schema-outline';
import type { SchemaToken } from '../syntax/schema-tokens';

/** Where the cursor is, in terms completion can act on. */
export type CompletionContext =
  | { kind: 'directive-name'; location: string; applied: string[] }
  | { kind: 'argument-name'; directive: string; frame: Frame }
  | { kind: 'object-key'; directive: string; frame: Frame }
  | { kind: 'value'; directive: string; path: string[]; frame: Frame; inList: boolean }
  | { kind: 'type'; input: boolean }
  | { kind: 'interface' }
  | { kind: 'none' };

export interface CompletionSite {
  outline: SchemaOutline;
  definition: OutlineDefinition;
  state: ScanState;
  context: CompletionContext;
  /** The word or string being typed, if any (a token of `definition`: its offsets count from `definition.offset`). */
  typed?: SchemaToken;
  /** File offsets the inserted text replaces: the typed word, or the typed string's content. */
  replaceStart: number;
  replaceEnd: number;
  inString: boolean;
}

export function completionSite(outline: SchemaOutline, fileOffset: number): CompletionSite | undefined {
  const definition = definitionAt(outline, fileOffset);
  if (!definition || insideComment(outline.text, fileOffset)) return undefined;
  const { tokens } = definition;
  // Token offsets count from the definition's piece of the file.
  const offset = fileOffset - definition.offset;
  let limit = definition.endToken;
  let typed: SchemaToken | undefined;
  for (let i = definition.firstToken; i < definition.endToken; i++) {
    const token = tokens[i];
    if (isTypedAt(token, offset)) {
      typed = token;
      limit = i;
      break;
    }
    if (token.start >= offset) {
      limit = i;
      break;
    }
  }
  // The cursor sits on the definition keyword itself: nothing to complete there.
  if (limit === definition.firstToken) return undefined;
  const state = scanDefinition(definition, limit);
  const after = typed ? limit + 1 : limit;
  for (const frame of state.stack) {
    if (frame.role !== 'directive-arguments' && frame.role !== 'object') continue;
    for (const [key, value] of keysAfter(state, frame, after)) if (!frame.keys.has(key)) frame.keys.set(key, value);
  }
  const inString = typed?.kind === 'string';
  const replaceStart = definition.offset + (typed ? (inString ? typed.contentStart! : typed.start) : offset);
  const replaceEnd = definition.offset + (typed ? (inString ? typed.contentEnd! : typed.end) : offset);
  return { outline, definition, state, context: classify(state, typed), typed, replaceStart, replaceEnd, inString };
}

/** A `#` before the cursor on its line, outside a string, makes the rest of the line a comment. */
function insideComment(text: string, offset: number): boolean {
  let inString = false;
  for (let i = Math.max(text.lastIndexOf('\n', offset - 1), 0); i < offset; i++) {
    if (text[i] === '\\' && inString) i++;
    else if (text[i] === '"') inString = !inString;
    else if (text[i] === '#' && !inString) return true;
  }
  return false;
}

/** A name the cursor is in or right after, or a string the cursor is inside. */
function isTypedAt(token: SchemaToken, offset: number): boolean {
  if (token.kind === 'name') return token.start < offset && offset <= token.end;
  if (token.kind === 'string') return token.contentStart! <= offset && offset <= token.contentEnd!;
  return false;
}

const HEADER_LOCATIONS: Record<string, string> = {
  type: 'OBJECT',
  interface: 'INTERFACE',
  input: 'INPUT_OBJECT',
  enum: 'ENUM',
  scalar: 'SCALAR',
  union: 'UNION',
};

const MEMBER_LOCATIONS: Record<string, string> = {
  type: 'FIELD_DEFINITION',
  interface: 'FIELD_DEFINITION',
  input: 'INPUT_FIELD_DEFINITION',
  enum: 'ENUM_VALUE',
};

function classify(state: ScanState, typed: SchemaToken | undefined): CompletionContext {
  const previous = state.previous;
  const top = state.stack.at(-1);
  const keyword = state.definition.keyword;
  if (previous?.text === '@' && typed?.kind !== 'string') {
    if (!top) {
      const applied = [...state.definition.directives];
      // The outline also saw the name being typed; it is not applied yet.
      const typedIndex = typed ? applied.indexOf(typed.text) : -1;
      if (typedIndex !== -1) applied.splice(typedIndex, 1);
      return { kind: 'directive-name', location: HEADER_LOCATIONS[keyword] ?? '', applied };
    }
    if (top.role === 'fields') {
      return { kind: 'directive-name', location: MEMBER_LOCATIONS[keyword] ?? '', applied: state.field?.directives ?? [] };
    }
    if (top.role === 'field-arguments') return { kind: 'directive-name', location: 'ARGUMENT_DEFINITION', applied: [] };
    return { kind: 'none' };
  }
  if (!top) {
    if ((keyword === 'type' || keyword === 'interface') && (previous?.text === 'implements' || previous?.text === '&')) {
      return { kind: 'interface' };
    }
    return { kind: 'none' };
  }
  // `@hasMany(references ‸`: a key without its colon; offering another key here would only be noise.
  const danglingKey =
    (top.role === 'directive-arguments' || top.role === 'object') &&
    !top.pendingKey &&
    previous?.kind === 'name' &&
    ![...top.keys.values()].includes(previous);
  if (danglingKey) return { kind: 'none' };
  switch (top.role) {
    case 'directive-arguments':
      if (top.pendingKey) return { kind: 'value', directive: top.directive!, path: [top.pendingKey], frame: top, inList: false };
      return typed?.kind === 'string' ? { kind: 'none' } : { kind: 'argument-name', directive: top.directive!, frame: top };
    case 'object':
      if (top.pendingKey) {
        return { kind: 'value', directive: top.directive!, path: [...top.path, top.pendingKey], frame: top, inList: false };
      }
      return typed?.kind === 'string' ? { kind: 'none' } : { kind: 'object-key', directive: top.directive!, frame: top };
    case 'list':
      return { kind: 'value', directive: top.directive!, path: top.path, frame: top, inList: true };
    case 'fields':
      if (state.field?.afterColon && state.field.typeName === undefined && typed?.kind !== 'string') {
        return { kind: 'type', input: keyword === 'input' };
      }
      return { kind: 'none' };
    case 'type':
      return { kind: 'type', input: keyword === 'input' || state.stack.at(-2)?.role === 'field-arguments' };
    case 'field-arguments':
      return top.pendingKey ? { kind: 'type', input: true } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}
