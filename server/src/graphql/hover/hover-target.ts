import { scanDefinition } from '../syntax/cursor-scan';
import { definitionAt, type OutlineDefinition, type SchemaOutline } from '../syntax/schema-outline';
import type { SchemaToken } from '../syntax/schema-tokens';

/** What the pointer rests on, as far as hover documentation is concerned. */
export type HoverTarget =
  | { kind: 'directive'; directive: string; start: number; end: number }
  | { kind: 'argument'; directive: string; argument: string; start: number; end: number }
  | { kind: 'input-field'; directive: string; path: string[]; start: number; end: number }
  | { kind: 'enum-value'; directive: string; path: string[]; value: string; start: number; end: number }
  | { kind: 'type'; name: string; start: number; end: number };

/** Finds the hover target at a file offset by replaying the enclosing definition's tokens. */
export function hoverTargetAt(outline: SchemaOutline, fileOffset: number): HoverTarget | undefined {
  const definition = definitionAt(outline, fileOffset);
  if (!definition) return undefined;
  const target = targetInDefinition(definition, fileOffset - definition.offset);
  // Token offsets count from the definition's piece of the file.
  return target && { ...target, start: target.start + definition.offset, end: target.end + definition.offset };
}

function targetInDefinition(definition: OutlineDefinition, offset: number): HoverTarget | undefined {
  const { tokens } = definition;
  let index = -1;
  for (let i = definition.firstToken; i < definition.endToken; i++) {
    if (tokens[i].start <= offset && offset < tokens[i].end) index = i;
  }
  if (index <= definition.firstToken) return undefined;
  // Hovering the `@` of a directive documents the directive.
  if (tokens[index].text === '@' && tokens[index + 1]?.kind === 'name' && tokens[index + 1].start === tokens[index].end) index++;
  const token = tokens[index];
  if (token.kind !== 'name') return undefined;
  const next: SchemaToken | undefined = index + 1 < definition.endToken ? tokens[index + 1] : undefined;
  const state = scanDefinition(definition, index);
  const span = { start: token.start, end: token.end };
  const previous = state.previous;
  const top = state.stack.at(-1);

  if (previous?.text === '@') return { kind: 'directive', directive: token.text, start: previous.start, end: token.end };
  if (!top) {
    const afterTypeList = ['implements', '&', '=', '|'].includes(previous?.text ?? '');
    return afterTypeList ? { kind: 'type', name: token.text, ...span } : undefined;
  }
  switch (top.role) {
    case 'directive-arguments':
      if (next?.text === ':') return { kind: 'argument', directive: top.directive!, argument: token.text, ...span };
      if (top.pendingKey) return { kind: 'enum-value', directive: top.directive!, path: [top.pendingKey], value: token.text, ...span };
      return undefined;
    case 'object':
      if (next?.text === ':') return { kind: 'input-field', directive: top.directive!, path: [...top.path, token.text], ...span };
      if (top.pendingKey)
        return { kind: 'enum-value', directive: top.directive!, path: [...top.path, top.pendingKey], value: token.text, ...span };
      return undefined;
    case 'list':
      return { kind: 'enum-value', directive: top.directive!, path: top.path, value: token.text, ...span };
    case 'fields':
      return state.field?.afterColon && state.field.typeName === undefined && next?.text !== ':' && next?.text !== '('
        ? { kind: 'type', name: token.text, ...span }
        : undefined;
    case 'type':
      return { kind: 'type', name: token.text, ...span };
    case 'field-arguments':
      return top.pendingKey && next?.text !== ':' ? { kind: 'type', name: token.text, ...span } : undefined;
    default:
      return undefined;
  }
}
