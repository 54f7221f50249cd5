import { tokenize, type Token } from '../../gen2-source/typescript-tokens';

/** A string literal the cursor is in, and the builder call it is an argument of. */
export interface BuilderStringContext {
  /** The literal's token (quotes included; an unterminated one runs to the line's end). */
  token: Token;
  /** The text between the opening quote and the cursor. */
  prefix: string;
  /** The called method (`belongsTo`, `sortKeys`, `index`, `identifier`, `ref`). */
  method: string;
  /** Which argument of the call (0-based). */
  argumentIndex: number;
  /** Whether the literal is inside an array argument (`['a', 'b']`). */
  inArray: boolean;
  /** The first argument when it is a string (`'Project'` in `a.belongsTo('Project', '…')`). */
  firstArgument?: string;
}

/**
 * Finds the builder call around a string literal at `offset`, by walking back over the tokens
 * to the `(` that opens the argument list. Works on a half-typed file: only the tokens before the
 * cursor matter.
 */
export function builderStringAt(text: string, offset: number): BuilderStringContext | undefined {
  const tokens = tokenize(text);
  const index = tokens.findIndex(
    (t) => t.kind === 'string' && t.start < offset && (offset < t.end || !text.slice(t.start + 1, t.end).endsWith(text[t.start])),
  );
  if (index === -1) return undefined;
  const token = tokens[index];
  let depth = 0;
  let commas = 0;
  let inArray = false;
  for (let i = index - 1; i >= 0; i--) {
    const value = tokens[i].kind === 'punctuation' ? tokens[i].value : '';
    if (value === ')' || value === ']' || value === '}') depth++;
    else if (value === '(' || value === '[' || value === '{') {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (value === '{') return undefined;
      if (value === '[') {
        if (inArray) return undefined;
        inArray = true;
        commas = 0;
        continue;
      }
      const name = tokens[i - 1];
      if (!name || name.kind !== 'identifier') return undefined;
      const first = tokens[i + 1];
      return {
        token,
        prefix: text.slice(token.start + 1, offset),
        method: name.value,
        argumentIndex: commas,
        inArray,
        firstArgument: first?.kind === 'string' && first !== token ? first.value : undefined,
      };
    } else if (value === ',' && depth === 0) {
      commas++;
    }
  }
  return undefined;
}
