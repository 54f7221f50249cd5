import { tokenizeSchema, type SchemaToken } from './schema-tokens';

/**
 * A lexical outline of a schema file: its definitions, their fields and header directives, found
 * from tokens alone. Unlike the parsed AST it survives the half-typed text completion runs on:
 * a definition starts at a definition keyword in column 0 (as parse-schema-file cuts chunks), so
 * an unclosed bracket in one type does not swallow the types after it.
 */
export type DefinitionKeyword = 'type' | 'interface' | 'input' | 'enum' | 'scalar' | 'union' | 'directive' | 'schema';

const KEYWORDS = new Set<string>(['type', 'interface', 'input', 'enum', 'scalar', 'union', 'directive', 'schema']);

export interface OutlineField {
  name: string;
  nameToken: SchemaToken;
  /** Innermost named type, when written. */
  typeName?: string;
  isList: boolean;
}

export interface OutlineDefinition {
  keyword: DefinitionKeyword;
  isExtension: boolean;
  name?: string;
  /** Token index range [firstToken, endToken) in the outline's token list. */
  firstToken: number;
  endToken: number;
  /** Offset of the keyword, and of the end of the definition's last token. */
  start: number;
  end: number;
  fields: OutlineField[];
  /** Names of the directives applied to the definition itself (its header). */
  directives: string[];
}

export interface SchemaOutline {
  text: string;
  tokens: SchemaToken[];
  definitions: OutlineDefinition[];
}

export function outlineSchema(text: string): SchemaOutline {
  const tokens = tokenizeSchema(text);
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'name' && atColumnZero(text, token) && (KEYWORDS.has(token.text) || token.text === 'extend')) starts.push(i);
  }
  const definitions = starts.map((first, n) => outlineDefinition(text, tokens, first, n + 1 < starts.length ? starts[n + 1] : tokens.length));
  return { text, tokens, definitions };
}

function outlineDefinition(text: string, tokens: SchemaToken[], first: number, limit: number): OutlineDefinition {
  const isExtension = tokens[first].text === 'extend';
  const keywordIndex = isExtension ? first + 1 : first;
  const keyword = (KEYWORDS.has(tokens[keywordIndex]?.text ?? '') ? tokens[keywordIndex].text : 'type') as DefinitionKeyword;
  const nameToken = tokens[keywordIndex + 1];
  const name = keyword !== 'schema' && nameToken?.kind === 'name' && keywordIndex + 1 < limit ? nameToken.text : undefined;
  // Column-0 descriptions of the next definition are not part of this one.
  let endToken = limit;
  while (endToken - 1 > keywordIndex && tokens[endToken - 1].kind === 'string' && atColumnZero(text, tokens[endToken - 1])) endToken--;
  const definition: OutlineDefinition = {
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
  if (tokens[i]?.text === ':') {
    i++;
    while (i < limit && tokens[i].text === '[') {
      isList = true;
      i++;
    }
    if (i < limit && tokens[i].kind === 'name') typeName = tokens[i].text;
  }
  return { name: tokens[nameIndex].text, nameToken: tokens[nameIndex], typeName, isList };
}

function atColumnZero(text: string, token: SchemaToken): boolean {
  return token.start === 0 || text[token.start - 1] === '\n' || text[token.start - 1] === '\r';
}

/** The definition a text offset belongs to: from its keyword up to the next definition's keyword. */
export function definitionAt(outline: SchemaOutline, offset: number): OutlineDefinition | undefined {
  let found: OutlineDefinition | undefined;
  for (const definition of outline.definitions) {
    if (definition.start <= offset) found = definition;
    else break;
  }
  return found;
}
