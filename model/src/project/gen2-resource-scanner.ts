import { basename, dirname, parse } from 'node:path';
import type { Gen2ResourceCategory } from './amplify-project-types';

export interface ScannedGen2Resource {
  category: Gen2ResourceCategory;
  exportName: string;
  name?: string;
}

const CATEGORIES: Record<string, Gen2ResourceCategory> = {
  defineAuth: 'auth',
  defineData: 'data',
  defineStorage: 'storage',
  defineFunction: 'function',
};

const DEFINITION = /\bexport\s+const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]*)?=\s*(defineAuth|defineData|defineStorage|defineFunction)\s*(?:<[^>]*>)?\s*\(/g;

/**
 * The `export const x = defineAuth|Data|Storage|Function(…)` calls of one `resource.ts`, by a light
 * lexical scan: the environment tree only needs each resource's kind, export and deployed name, not
 * a type-checked program. Names follow `defineFunction`'s defaults: `name`, else the entry file's
 * base name, else the folder of the resource file.
 */
export function scanGen2ResourceFile(text: string, filePath: string): ScannedGen2Resource[] {
  const code = withoutComments(text);
  const resources: ScannedGen2Resource[] = [];
  for (const match of code.matchAll(DEFINITION)) {
    const [whole, exportName, callee] = match;
    const category = CATEGORIES[callee];
    const argument = topLevelArgument(code, match.index + whole.length);
    const name = stringProperty(argument, 'name');
    if (category === 'function') {
      const entry = stringProperty(argument, 'entry');
      resources.push({ category, exportName, name: name ?? (entry ? parse(entry).name : basename(dirname(filePath))) });
    } else {
      resources.push({ category, exportName, name });
    }
  }
  return resources;
}

/** Comments blanked out (strings kept), so commented-out definitions are not found. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|(['"`])(?:\\.|(?!\1)[^\\])*\1/g, (token) => (token.startsWith('/') ? ' '.repeat(token.length) : token));
}

/** The call's argument text up to its closing parenthesis, with nested brackets kept whole. */
function topLevelArgument(code: string, start: number): string {
  let depth = 1;
  let index = start;
  let quote: string | undefined;
  for (; index < code.length && depth > 0; index++) {
    const char = code[index];
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '(' || char === '{' || char === '[') depth++;
    else if (char === ')' || char === '}' || char === ']') depth--;
  }
  return code.slice(start, index - 1);
}

/** A string-literal property of the argument's outermost object (`{ name: 'x' }`), ignoring nested objects. */
function stringProperty(argument: string, property: string): string | undefined {
  let depth = 0;
  const pattern = new RegExp(`^${property}\\s*:\\s*(['"\`])([^'"\`]*)\\1`);
  for (let index = 0; index < argument.length; index++) {
    const char = argument[index];
    if (char === '{' || char === '(' || char === '[') depth++;
    else if (char === '}' || char === ')' || char === ']') depth--;
    else if (depth === 1 && /[\s,{]/.test(argument[index - 1] ?? '{')) {
      const found = pattern.exec(argument.slice(index));
      if (found) return found[2];
    }
  }
  return undefined;
}
