import type { OutlineDefinition } from './schema-outline';
import type { SchemaToken } from './schema-tokens';

/**
 * Replays a definition's tokens up to a point and tracks the open brackets, so completion and
 * hover know where they are in half-typed text: inside which directive's arguments, under which
 * argument / input-object key, in which field, and which sibling keys are already written.
 */
export type FrameRole = 'fields' | 'field-arguments' | 'directive-arguments' | 'object' | 'list' | 'type' | 'other';

export interface Frame {
  role: FrameRole;
  open: string;
  /** Offset of the opening bracket, relative to the definition's `offset` (as its tokens' offsets are). */
  start: number;
  /** The directive whose arguments this frame is (part of). */
  directive?: string;
  /** Input path inside the directive's arguments: `['rules', 'operations']`. */
  path: string[];
  /** Keys written in this arguments/object frame, with their value token when it is a single token. */
  keys: Map<string, SchemaToken | undefined>;
  /** Single-token items written in this list frame. */
  items: SchemaToken[];
  /** A key followed by `:` whose value has not been written yet. */
  pendingKey?: string;
}

export interface FieldInProgress {
  name: string;
  typeName?: string;
  isList: boolean;
  /** The `:` before the field's type has been seen. */
  afterColon: boolean;
  /** Directives written on the field so far. */
  directives: string[];
}

export interface ScanState {
  definition: OutlineDefinition;
  stack: Frame[];
  /** Last token replayed, and the one before it. */
  previous?: SchemaToken;
  beforePrevious?: SchemaToken;
  /** The field being defined, when inside the definition's body. */
  field?: FieldInProgress;
  /** Index of the first token not replayed. */
  limit: number;
}

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Replays the tokens of `definition` with index below `limit` (an index into `definition.tokens`). */
export function scanDefinition(definition: OutlineDefinition, limit: number): ScanState {
  const { tokens } = definition;
  const end = Math.min(limit, definition.endToken);
  const state: ScanState = { definition, stack: [], limit: end };
  for (let i = definition.firstToken; i < end; i++) {
    replay(state, tokens[i], i + 1 < definition.endToken ? tokens[i + 1] : undefined);
    state.beforePrevious = state.previous;
    state.previous = tokens[i];
  }
  return state;
}

function frame(role: FrameRole, open: SchemaToken, parent?: Frame, key?: string): Frame {
  const path = parent ? (key !== undefined ? [...parent.path, key] : [...parent.path]) : [];
  return { role, open: open.text, start: open.start, directive: parent?.directive, path, keys: new Map(), items: [] };
}

const isArgumentsLike = (role: FrameRole | undefined) => role === 'directive-arguments' || role === 'object';

function replay(state: ScanState, token: SchemaToken, next: SchemaToken | undefined): void {
  const top = state.stack.at(-1);
  const previous = state.previous;
  if (token.kind === 'punct') {
    switch (token.text) {
      case '(':
        if (previous?.kind === 'name' && state.beforePrevious?.text === '@') {
          state.stack.push({ ...frame('directive-arguments', token), directive: previous.text });
        } else {
          state.stack.push(frame(top?.role === 'fields' ? 'field-arguments' : 'other', token));
        }
        return;
      case '{':
        if (!top) state.stack.push(frame('fields', token));
        else if (isArgumentsLike(top.role) && top.pendingKey) state.stack.push(frame('object', token, top, top.pendingKey));
        else if (top.role === 'list') state.stack.push(frame('object', token, top));
        else state.stack.push(frame('other', token));
        return;
      case '[':
        if (isArgumentsLike(top?.role) && top!.pendingKey) state.stack.push(frame('list', token, top, top!.pendingKey));
        else if (top?.role === 'list') state.stack.push(frame('list', token, top));
        else if (top?.role === 'fields' || top?.role === 'field-arguments' || top?.role === 'type') state.stack.push(frame('type', token));
        else state.stack.push(frame('other', token));
        return;
      case ')':
      case ']':
      case '}': {
        const index = state.stack.map((open) => open.open).lastIndexOf(CLOSERS[token.text]);
        if (index === -1) return;
        state.stack.length = index;
        const parent = state.stack.at(-1);
        if (parent) parent.pendingKey = undefined;
        if (token.text === '}' && state.stack.length === 0) state.field = undefined;
        return;
      }
      case ':':
        if (isArgumentsLike(top?.role) && previous?.kind === 'name') {
          top!.pendingKey = previous.text;
          top!.keys.set(previous.text, undefined);
        } else if (top?.role === 'field-arguments' && previous?.kind === 'name') {
          top.pendingKey = previous.text;
        } else if (top?.role === 'fields' && state.field && !state.field.afterColon) {
          state.field.afterColon = true;
        }
        return;
      default:
        return;
    }
  }
  if (token.kind === 'name' && previous?.text === '@') {
    if (top?.role === 'fields' && state.field) state.field.directives.push(token.text);
    return;
  }
  if (!top) return;
  if (isArgumentsLike(top.role)) {
    if (top.pendingKey && !(token.kind === 'name' && next?.text === ':')) {
      top.keys.set(top.pendingKey, token);
      top.pendingKey = undefined;
    }
  } else if (top.role === 'list') {
    top.items.push(token);
  } else if (top.role === 'fields' && token.kind === 'name') {
    if (next?.text === ':' || next?.text === '(') {
      state.field = { name: token.text, isList: false, afterColon: false, directives: [] };
    } else if (state.field?.afterColon && state.field.typeName === undefined) {
      state.field.typeName = token.text;
    }
  } else if (top.role === 'type' && token.kind === 'name' && state.field && state.field.typeName === undefined) {
    state.field.typeName = token.text;
    state.field.isList = true;
  } else if (top.role === 'field-arguments' && top.pendingKey) {
    top.pendingKey = undefined;
  }
}

/** Innermost frame of a role, e.g. the `@auth` rule object around `operations: [`. */
export function innermost(state: ScanState, role: FrameRole): Frame | undefined {
  for (let i = state.stack.length - 1; i >= 0; i--) if (state.stack[i].role === role) return state.stack[i];
  return undefined;
}

/**
 * Keys written in an open frame *after* the cursor (`{ provider: ‸, allow: custom }`): the scan
 * stops at the cursor, but a rule's strategy may well be written further right.
 * `frame` must be on `state.stack`; tokens from `from` on are read until the frame closes.
 */
export function keysAfter(state: ScanState, frame: Frame, from: number): Map<string, SchemaToken | undefined> {
  const { tokens, endToken } = state.definition;
  const keys = new Map<string, SchemaToken | undefined>();
  const target = state.stack.indexOf(frame) - (state.stack.length - 1);
  let depth = 0;
  for (let i = from; i < endToken; i++) {
    const token = tokens[i];
    if (token.text === '(' || token.text === '[' || token.text === '{') depth++;
    else if (token.text === ')' || token.text === ']' || token.text === '}') {
      if (--depth < target) break;
    } else if (depth === target && token.kind === 'name' && tokens[i + 1]?.text === ':') {
      // A value past the definition's end is not this key's (a key is typed without its value).
      const value = i + 2 < endToken ? tokens[i + 2] : undefined;
      keys.set(token.text, value && value.kind !== 'punct' ? value : undefined);
    }
  }
  return keys;
}
