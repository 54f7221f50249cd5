import { invalidParameter } from './logs-json-error';

/**
 * CloudWatch Logs filter patterns, the subset Lens sends and tests need:
 * - terms and quoted phrases, all required, case-sensitive: `ERROR "timed out"`;
 * - `?a ?b`: any of the terms;
 * - `-term` (after at least one required term): events holding the term are left out;
 * - `%regex%`: a regular expression over the message;
 * - JSON: `{ $.level = "ERROR" }`, comparisons `= != < > <= >=` on one selector each, joined by
 *   `&&` or `||` (no parentheses), strings with `*` wildcards, numbers, `$.a.b` and `$.list[0]` paths.
 * Not supported (answered with InvalidParameterException so a test notices): space-delimited
 * patterns `[ip, user, …]`, parenthesised JSON expressions, `IS NULL`/`EXISTS` and array wildcards.
 */
export type MessageMatcher = (message: string) => boolean;

export function compileFilterPattern(pattern: string | undefined): MessageMatcher {
  const text = (pattern ?? '').trim();
  if (text === '') return () => true;
  if (text.startsWith('{')) return compileJsonPattern(text);
  if (text.startsWith('[')) throw invalidParameter('Space-delimited filter patterns are not supported by this endpoint');
  if (text.length > 1 && text.startsWith('%') && text.endsWith('%')) return compileRegexPattern(text.slice(1, -1));
  return compileTermPattern(text);
}

function compileRegexPattern(source: string): MessageMatcher {
  try {
    const regex = new RegExp(source);
    return (message) => regex.test(message);
  } catch {
    throw invalidParameter(`Invalid regular expression in filter pattern: ${source}`);
  }
}

function compileTermPattern(text: string): MessageMatcher {
  const tokens = [...text.matchAll(/([?-]?)(?:"((?:[^"\\]|\\.)*)"|(\S+))/g)].map((match) => ({
    prefix: match[1],
    term: match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3],
  }));
  const anyOf = tokens.filter((token) => token.prefix === '?').map((token) => token.term);
  if (anyOf.length > 0) {
    if (anyOf.length !== tokens.length) throw invalidParameter('A filter pattern cannot mix ?term with other terms');
    return (message) => anyOf.some((term) => message.includes(term));
  }
  const required = tokens.filter((token) => token.prefix === '').map((token) => token.term);
  const excluded = tokens.filter((token) => token.prefix === '-').map((token) => token.term);
  if (required.length === 0 && excluded.length > 0) throw invalidParameter('A filter pattern needs a term to match before -term');
  return (message) => required.every((term) => message.includes(term)) && !excluded.some((term) => message.includes(term));
}

type Comparison = (value: unknown) => boolean;

function compileJsonPattern(text: string): MessageMatcher {
  if (!text.endsWith('}')) throw invalidParameter(`Invalid JSON filter pattern: ${text}`);
  const body = text.slice(1, -1).trim();
  if (body.includes('(')) throw invalidParameter('Parenthesised JSON filter patterns are not supported by this endpoint');
  const disjuncts = body.split('||').map((part) => part.split('&&').map((clause) => compileClause(clause.trim())));
  return (message) => {
    let document: unknown;
    try {
      document = JSON.parse(message.slice(message.indexOf('{')));
    } catch {
      return false;
    }
    return disjuncts.some((clauses) => clauses.every(({ path, test }) => test(select(document, path))));
  };
}

function compileClause(clause: string): { path: string[]; test: Comparison } {
  const match = /^\$((?:\.[\w-]+|\[\d+\])+)\s*(=|!=|<=|>=|<|>)\s*(.+)$/.exec(clause);
  if (!match) throw invalidParameter(`Invalid JSON filter clause: ${clause}`);
  const path = [...match[1].matchAll(/\.([\w-]+)|\[(\d+)\]/g)].map((part) => part[1] ?? part[2]);
  const operator = match[2];
  const operand = match[3].trim();
  if (operand.startsWith('"')) {
    if (operator !== '=' && operator !== '!=') throw invalidParameter(`Strings compare only with = or !=: ${clause}`);
    const wildcard = new RegExp(`^${operand.slice(1, -1).split('*').map(escapeRegex).join('.*')}$`);
    const equal = (value: unknown) => typeof value === 'string' && wildcard.test(value);
    return { path, test: operator === '=' ? equal : (value) => value !== undefined && !equal(value) };
  }
  const number = Number(operand);
  if (Number.isNaN(number)) throw invalidParameter(`Invalid JSON filter value: ${operand}`);
  const compare: Record<string, (a: number) => boolean> = {
    '=': (a) => a === number,
    '!=': (a) => a !== number,
    '<': (a) => a < number,
    '>': (a) => a > number,
    '<=': (a) => a <= number,
    '>=': (a) => a >= number,
  };
  return { path, test: (value) => typeof value === 'number' && compare[operator](value) };
}

function select(document: unknown, path: readonly string[]): unknown {
  let current = document;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
