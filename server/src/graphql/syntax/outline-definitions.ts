import type { DefinitionKeyword, OutlineField, PieceDefinition } from './outline-types';
import type { SchemaToken } from './schema-tokens';

/**
 * Definitions, fields and header directives read from a token list (see schema-outline.ts); the
 * tokens of one piece of a file, so everything here is relative to that piece.
 */
const KEYWORDS = new Set<string>(['type', 'interface', 'input', 'enum', 'scalar', 'union', 'directive', 'schema']);

/** The definitions of one piece of text, with offsets and token indexes relative to the piece. */
export function outlineDefinitions(text: string, tokens: SchemaToken[]): PieceDefinition[] {
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'name' && atColumnZero(text, token) && (KEYWORDS.has(token.text) || token.text === 'extend')) starts.push(i);
  }
  return starts.map((first, n) => outlineDefinition(text, tokens, first, n + 1 < starts.length ? starts[n + 1] : tokens.length));
}

function outlineDefinition(text: string, tokens: SchemaToken[], first: number, limit: number): PieceDefinition {
  const isExtension = tokens[first].text === 'extend';
  const keywordIndex = isExtension ? first + 1 : first;
  // A bare `extend` at the end of a piece has no keyword of its own (the next token is the next definition's).
  const keyword = (keywordIndex < limit && KEYWORDS.has(tokens[keywordIndex].text) ? tokens[keywordIndex].text : 'type') as DefinitionKeyword;
  const nameToken = tokens[keywordIndex + 1];
  const name = keyword !== 'schema' && nameToken?.kind === 'name' && keywordIndex + 1 < limit ? nameToken.text : undefined;
  // Column-0 descriptions of the next definition are not part of this one.
  let endToken = limit;
  while (endToken - 1 > keywordIndex && tokens[endToken - 1].kind === 'string' && atColumnZero(text, tokens[endToken - 1])) endToken--;
  const definition: PieceDefinition = {
    keyword,
    isExtension,
    name,
    firstToken: first,
    endToken,
    start: tokens[first].start,
    end: tokens[endToken - 1].end,
    fields: [],
    directives: [],
  };
  let depth = 0;
  let inBody = false;
  for (let i = keywordIndex + 1; i < endToken; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (token.kind === 'punct') {
      if (token.text === '{' || token.text === '(' || token.text === '[') {
        if (token.text === '{' && depth === 0) inBody = true;
        depth++;
      } else if (token.text === '}' || token.text === ')' || token.text === ']') {
        depth = Math.max(0, depth - 1);
      }
      continue;
    }
    if (token.kind !== 'name') continue;
    if (!inBody && depth === 0 && previous.text === '@') definition.directives.push(token.text);
    if (inBody && depth === 1 && previous.text !== '@' && previous.text !== ':') {
      const next = tokens[i + 1];
      if (i + 1 < endToken && (next.text === ':' || next.text === '(')) definition.fields.push(outlineField(tokens, i, endToken));
    }
  }
  return definition;
}

/** `name(args): [Type!]!` — reads the type after the (skipped) argument definitions. */
function outlineField(tokens: SchemaToken[], nameIndex: number, limit: number): OutlineField {
  let i = nameIndex + 1;
  if (tokens[i]?.text === '(') {
    let depth = 0;
    for (; i < limit; i++) {
      if (tokens[i].text === '(') depth++;
      else if (tokens[i].text === ')' && --depth === 0) break;
    }
    i++;
  }
  let typeName: string | undefined;
  let isList = false;
  if (i < limit && tokens[i].text === ':') {
    i++;
    while (i < limit && tokens[i].text === '[') {
      isList = true;
      i++;
    }
    if (i < limit && tokens[i].kind === 'name') typeName = tokens[i].text;
  }
  return { name: tokens[nameIndex].text, nameIndex, typeName, isList };
}

function atColumnZero(text: string, token: SchemaToken): boolean {
  return token.start === 0 || text[token.start - 1] === '\n' || text[token.start - 1] === '\r';
}
