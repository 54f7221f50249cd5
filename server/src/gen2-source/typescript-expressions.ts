import type { Token } from './typescript-tokens';

/**
 * The expressions a data schema is written in, read from tokens: calls, member chains, object and
 * array literals, arrow functions, literals. Anything else (operators, `new`, conditionals) is an
 * `other` span: the reader never guesses what it means, so a place it cannot find stays unfound.
 */
export type Expr =
  | { kind: 'identifier'; name: string; start: number; end: number }
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'template'; raw: string; substitutions: boolean; start: number; end: number }
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'object'; properties: ObjectProperty[]; start: number; end: number }
  | { kind: 'array'; elements: Expr[]; start: number; end: number }
  | { kind: 'arrow'; params: string[]; body: Expr; start: number; end: number }
  | { kind: 'call'; callee: Expr; args: Expr[]; start: number; end: number }
  | { kind: 'member'; object: Expr; name: string; nameStart: number; start: number; end: number }
  | { kind: 'other'; start: number; end: number };

export interface ObjectProperty {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: Expr;
  /** `{ Todo }` rather than `{ Todo: Todo }`. */
  shorthand: boolean;
}

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const STATEMENT_KEYWORDS = new Set([
  'const',
  'let',
  'var',
  'export',
  'import',
  'function',
  'class',
  'type',
  'interface',
  'enum',
  'declare',
  'if',
  'for',
  'while',
  'return',
]);

/** A cursor over tokens; every parse function advances `pos` past what it read. */
export class ExpressionParser {
  pos = 0;

  constructor(readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }

  is(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token !== undefined && (token.kind === 'punctuation' || token.kind === 'identifier') && token.value === value;
  }

  /** The end offset of the token before index `index` (clamped to the text's tokens). */
  endBefore(index: number): number {
    return this.tokens[Math.min(index, this.tokens.length) - 1]?.end ?? 0;
  }

  /** The index just after the bracket matching the one at `index`. */
  skipBalanced(index: number): number {
    const open = this.tokens[index]?.value;
    const close = CLOSERS[open ?? ''];
    if (!close) return index + 1;
    let depth = 0;
    for (let i = index; i < this.tokens.length; i++) {
      const token = this.tokens[i];
      if (token.kind !== 'punctuation') continue;
      if (token.value in CLOSERS) depth++;
      else if (token.value === ')' || token.value === ']' || token.value === '}') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return this.tokens.length;
  }

  /** One expression, up to a `,`, `;` or closing bracket at its own depth (or a new statement). */
  parseExpression(): Expr {
    const first = this.peek();
    if (!first) return { kind: 'other', start: 0, end: 0 };
    const expr = this.parsePostfix();
    // Type assertions keep the expression they assert on.
    while (this.is('as') || this.is('satisfies')) {
      this.pos++;
      this.skipType();
    }
    if (this.atExpressionEnd()) return expr;
    // An operator follows: the whole is something this reader does not interpret.
    const start = expr.start;
    let end = expr.end;
    while (!this.atExpressionEnd()) {
      const next = this.skipBalanced(this.pos);
      end = this.endBefore(next);
      this.pos = next;
    }
    return { kind: 'other', start, end };
  }

  private atExpressionEnd(): boolean {
    const token = this.peek();
    if (!token) return true;
    if (token.kind === 'punctuation' && [',', ';', ')', ']', '}'].includes(token.value)) return true;
    // Automatic semicolon: a new line starting with a keyword begins another statement.
    return token.newlineBefore && token.kind === 'identifier' && STATEMENT_KEYWORDS.has(token.value);
  }

  /** Skips a type annotation up to the end of the expression it belongs to. */
  skipType(): void {
    while (!this.atExpressionEnd() && !this.is('=') && !this.is('=>')) this.pos = this.skipBalanced(this.pos);
  }

  private parsePostfix(): Expr {
    let expr = this.parsePrimary();
    for (;;) {
      const token = this.peek();
      if (!token || token.kind !== 'punctuation') break;
      if ((token.value === '.' || token.value === '?.') && this.peek(1)?.kind === 'identifier') {
        const name = this.peek(1)!;
        this.pos += 2;
        expr = { kind: 'member', object: expr, name: name.value, nameStart: name.start, start: expr.start, end: name.end };
      } else if (token.value === '(' && !(token.newlineBefore && expr.kind !== 'member' && expr.kind !== 'identifier')) {
        const args = this.parseList(')');
        expr = { kind: 'call', callee: expr, args, start: expr.start, end: this.endBefore(this.pos) };
      } else if (token.value === '<' && this.genericCallAhead()) {
        this.pos = this.genericEnd(this.pos);
      } else if (token.value === '!' && !this.is('=', 1)) {
        this.pos++;
      } else if (token.value === '[' && !token.newlineBefore) {
        const end = this.skipBalanced(this.pos);
        expr = { kind: 'other', start: expr.start, end: this.endBefore(end) };
        this.pos = end;
      } else break;
    }
    return expr;
  }

  /** `f<T>(…)`: type arguments before a call, told from a comparison by the `(` after the `>`. */
  private genericCallAhead(): boolean {
    const end = this.genericEnd(this.pos);
    return end < this.tokens.length && this.tokens[end].value === '(' && end - this.pos < 64;
  }

  private genericEnd(index: number): number {
    let depth = 0;
    for (let i = index; i < this.tokens.length; i++) {
      const value = this.tokens[i].value;
      if (value === '<') depth++;
      else if (value === '>') depth--;
      else if (value === '>>') depth -= 2;
      else if (value === ';' || value === '{' || value === '}') return this.tokens.length;
      if (depth <= 0) return i + 1;
    }
    return this.tokens.length;
  }

  /** `( a, b )` or `[ a, b ]`: the elements between the brackets; `pos` ends after the closer. */
  parseList(close: string): Expr[] {
    const elements: Expr[] = [];
    this.pos++; // the opener
    while (this.pos < this.tokens.length && !this.is(close)) {
      if (this.is(',')) {
        this.pos++;
        continue;
      }
      if (this.is('...')) this.pos++;
      const before = this.pos;
      elements.push(this.parseExpression());
      if (this.pos === before) this.pos = this.skipBalanced(this.pos); // a stray closer: never loop
      if (!this.is(',') && !this.is(close)) this.pos = this.skipBalanced(this.pos);
    }
    this.pos++; // the closer
    return elements;
  }

  private parsePrimary(): Expr {
    const token = this.peek()!;
    if (token.kind === 'string') {
      this.pos++;
      return { kind: 'string', value: token.value, start: token.start, end: token.end };
    }
    if (token.kind === 'template') {
      this.pos++;
      if (!token.substitutions) return { kind: 'string', value: token.value, start: token.start, end: token.end };
      return { kind: 'template', raw: token.value, substitutions: true, start: token.start, end: token.end };
    }
    if (token.kind === 'number') {
      this.pos++;
      return { kind: 'number', value: Number(token.value.replace(/_/g, '')), start: token.start, end: token.end };
    }
    if (token.kind === 'identifier') {
      if (this.is('=>', 1)) {
        this.pos += 2;
        return this.arrowBody([token.value], token.start);
      }
      if (token.value === 'async' && (this.is('(', 1) || this.is('=>', 2))) {
        this.pos++;
        return this.parsePrimary();
      }
      this.pos++;
      return { kind: 'identifier', name: token.value, start: token.start, end: token.end };
    }
    if (token.value === '{') return this.parseObject();
    if (token.value === '[') {
      const elements = this.parseList(']');
      return { kind: 'array', elements, start: token.start, end: this.endBefore(this.pos) };
    }
    if (token.value === '(') {
      const close = this.skipBalanced(this.pos);
      let after = close;
      if (this.tokens[after]?.value === ':') {
        // `(x): T => …`: a return type annotation
        after++;
        while (after < this.tokens.length && this.tokens[after].value !== '=>' && this.tokens[after].value !== '{')
          after = this.skipBalanced(after);
      }
      if (this.tokens[after]?.value === '=>') {
        const params = this.arrowParams(this.pos + 1, close - 1);
        this.pos = after + 1;
        return this.arrowBody(params, token.start);
      }
      this.pos++;
      const inner = this.parseExpression();
      this.pos = close;
      return { ...inner, start: inner.start, end: inner.end };
    }
    // Anything else (an operator, `-1`, `!x`) reads on as an uninterpreted expression.
    const end = this.skipBalanced(this.pos);
    this.pos = end;
    return { kind: 'other', start: token.start, end: this.endBefore(end) };
  }

  /** The names of an arrow function's parameters between token indexes `from` and `to` (exclusive). */
  private arrowParams(from: number, to: number): string[] {
    const params: string[] = [];
    let expectName = true;
    let depth = 0;
    for (let i = from; i < to; i++) {
      const token = this.tokens[i];
      if (token.value in CLOSERS) depth++;
      else if (token.value === ')' || token.value === ']' || token.value === '}') depth--;
      else if (depth === 0 && token.value === ',') expectName = true;
      else if (depth === 0 && expectName && token.kind === 'identifier') {
        params.push(token.value);
        expectName = false;
      }
    }
    return params;
  }

  /** The body of an arrow whose `=>` was consumed: an expression, or the value a block returns. */
  private arrowBody(params: string[], start: number): Expr {
    if (!this.is('{')) {
      const body = this.parseExpression();
      return { kind: 'arrow', params, body, start, end: body.end };
    }
    const close = this.skipBalanced(this.pos);
    let body: Expr = { kind: 'other', start: this.peek()!.start, end: this.endBefore(close) };
    // `{ return [ … ]; }`: the returned expression at the block's own depth.
    let depth = 0;
    for (let i = this.pos; i < close; i++) {
      const token = this.tokens[i];
      if (token.value in CLOSERS) depth++;
      else if (token.value === ')' || token.value === ']' || token.value === '}') depth--;
      else if (depth === 1 && token.kind === 'identifier' && token.value === 'return') {
        const inner = new ExpressionParser(this.tokens);
        inner.pos = i + 1;
        body = inner.parseExpression();
        break;
      }
    }
    this.pos = close;
    return { kind: 'arrow', params, body, start, end: this.endBefore(close) };
  }

  private parseObject(): Expr {
    const open = this.peek()!;
    const properties: ObjectProperty[] = [];
    this.pos++;
    while (this.pos < this.tokens.length && !this.is('}')) {
      if (this.is(',')) {
        this.pos++;
        continue;
      }
      const key = this.peek()!;
      const next = this.peek(1);
      const keyed = key.kind === 'identifier' || key.kind === 'string' || key.kind === 'number';
      if (keyed && next?.value === ':') {
        this.pos += 2;
        properties.push({ key: key.value, keyStart: key.start, keyEnd: key.end, value: this.parseExpression(), shorthand: false });
      } else if (key.kind === 'identifier' && (next?.value === ',' || next?.value === '}')) {
        this.pos++;
        properties.push({
          key: key.value,
          keyStart: key.start,
          keyEnd: key.end,
          value: { kind: 'identifier', name: key.value, start: key.start, end: key.end },
          shorthand: true,
        });
      } else {
        // spreads, computed keys, methods, getters: skipped to the next entry
        while (this.pos < this.tokens.length && !this.is(',') && !this.is('}')) this.pos = this.skipBalanced(this.pos);
      }
      if (!this.is(',') && !this.is('}')) this.pos = this.skipBalanced(this.pos);
    }
    this.pos++;
    return { kind: 'object', properties, start: open.start, end: this.endBefore(this.pos) };
  }
}

/** The call's method name when `expr` is `something.name(…)`, else the called identifier's name. */
export function calleeName(expr: Expr): string | undefined {
  if (expr.kind !== 'call') return undefined;
  if (expr.callee.kind === 'member') return expr.callee.name;
  if (expr.callee.kind === 'identifier') return expr.callee.name;
  return undefined;
}

/** `x.a(…).b(…).c(…)` as its root expression and the calls made on it, in order. */
export function unwindChain(expr: Expr): { root: Expr; calls: Extract<Expr, { kind: 'call' }>[] } {
  const calls: Extract<Expr, { kind: 'call' }>[] = [];
  let current: Expr = expr;
  while (current.kind === 'call' && current.callee.kind === 'member') {
    const inner: Expr = current.callee.object;
    // The root is the first call whose receiver is not itself a call (`a.model(…)`).
    if (inner.kind !== 'call') break;
    calls.unshift(current);
    current = inner;
  }
  return { root: current, calls };
}
