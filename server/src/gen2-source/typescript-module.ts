import { ExpressionParser, type Expr } from './typescript-expressions';
import { tokenize } from './typescript-tokens';

export interface ImportBinding {
  /** The module specifier as written (`./models`, `@aws-amplify/backend`). */
  module: string;
  /** The exported name, `default`, or `*` for a namespace import. */
  imported: string;
}

/** The top level of one TypeScript module: what it declares, imports and exports. */
export interface TypeScriptModule {
  text: string;
  /** `const NAME = <expr>` at the top level (also `let`/`var`), by name. */
  constants: Map<string, Expr>;
  imports: Map<string, ImportBinding>;
  /** Exported name → local name (`export const x`, `export { x as y }`). */
  exports: Map<string, string>;
  /** `export { x } from './y'`: exported name → where it comes from. */
  reexports: Map<string, ImportBinding>;
  /** Every call expression at the top level and inside top-level initializers' arguments. */
  topLevelExpressions: Expr[];
}

/** Reads a module's top-level statements; anything it does not understand is skipped, never fatal. */
export function readTypeScriptModule(text: string): TypeScriptModule {
  const tokens = tokenize(text);
  const parser = new ExpressionParser(tokens);
  const module: TypeScriptModule = {
    text,
    constants: new Map(),
    imports: new Map(),
    exports: new Map(),
    reexports: new Map(),
    topLevelExpressions: [],
  };
  while (parser.pos < tokens.length) {
    const token = parser.peek()!;
    const before = parser.pos;
    if (token.kind === 'identifier' && token.value === 'import' && !parser.is('(', 1) && !parser.is('.', 1)) {
      readImport(parser, module);
    } else if (token.kind === 'identifier' && token.value === 'export') {
      readExport(parser, module);
    } else if (token.kind === 'identifier' && (token.value === 'const' || token.value === 'let' || token.value === 'var')) {
      readDeclaration(parser, module, false);
    } else if (token.kind === 'identifier' && (token.value === 'type' || token.value === 'interface') && parser.peek(1)?.kind === 'identifier') {
      skipTypeDeclaration(parser);
    } else if (token.kind === 'identifier' || token.value === '(') {
      module.topLevelExpressions.push(parser.parseExpression());
    } else {
      parser.pos = parser.skipBalanced(parser.pos);
    }
    if (parser.pos === before) parser.pos++;
  }
  return module;
}

function readImport(parser: ExpressionParser, module: TypeScriptModule): void {
  const start = parser.pos;
  let end = start + 1;
  while (end < parser.tokens.length && parser.tokens[end].kind !== 'string' && parser.tokens[end].value !== ';') end++;
  const specifier = parser.tokens[end];
  parser.pos = end + 1;
  if (!specifier || specifier.kind !== 'string') return;
  const clause = parser.tokens.slice(start + 1, end).filter((t) => !(t.kind === 'identifier' && t.value === 'from'));
  let i = 0;
  if (clause[i]?.value === 'type') i++; // `import type { … }`: types only, nothing at run time
  while (i < clause.length) {
    const token = clause[i];
    if (token.value === '{') {
      i++;
      while (i < clause.length && clause[i].value !== '}') {
        if (clause[i].value === ',') {
          i++;
          continue;
        }
        if (clause[i].value === 'type' && clause[i + 1]?.kind === 'identifier' && clause[i + 1].value !== 'as') i++;
        const imported = clause[i]?.value;
        let local = imported;
        if (clause[i + 1]?.value === 'as') {
          local = clause[i + 2]?.value;
          i += 3;
        } else i++;
        if (imported && local) module.imports.set(local, { module: specifier.value, imported });
      }
      i++;
    } else if (token.value === '*' && clause[i + 1]?.value === 'as') {
      module.imports.set(clause[i + 2]?.value ?? '', { module: specifier.value, imported: '*' });
      i += 3;
    } else if (token.kind === 'identifier') {
      module.imports.set(token.value, { module: specifier.value, imported: 'default' });
      i++;
    } else i++;
  }
}

function readExport(parser: ExpressionParser, module: TypeScriptModule): void {
  parser.pos++;
  if (parser.is('const') || parser.is('let') || parser.is('var')) return readDeclaration(parser, module, true);
  if (parser.is('default')) {
    parser.pos++;
    const expr = parser.parseExpression();
    module.constants.set('default', expr);
    module.exports.set('default', 'default');
    module.topLevelExpressions.push(expr);
    return;
  }
  if (parser.is('type') || parser.is('interface')) return skipTypeDeclaration(parser);
  if (parser.is('{') || parser.is('*')) {
    const open = parser.pos;
    const close = parser.is('{') ? parser.skipBalanced(open) : open + 1;
    const names: [string, string][] = [];
    for (let i = open + 1; i < close - 1; i++) {
      const token = parser.tokens[i];
      if (token.kind !== 'identifier' || token.value === 'type') continue;
      if (parser.tokens[i + 1]?.value === 'as') {
        names.push([parser.tokens[i + 2]?.value ?? token.value, token.value]);
        i += 2;
      } else names.push([token.value, token.value]);
    }
    parser.pos = close;
    if (parser.is('from') && parser.peek(1)?.kind === 'string') {
      const from = parser.peek(1)!.value;
      for (const [exported, local] of names) module.reexports.set(exported, { module: from, imported: local });
      parser.pos += 2;
    } else {
      for (const [exported, local] of names) module.exports.set(exported, local);
    }
  }
}

function readDeclaration(parser: ExpressionParser, module: TypeScriptModule, exported: boolean): void {
  parser.pos++; // const / let / var
  for (;;) {
    const name = parser.peek();
    if (!name || name.kind !== 'identifier') {
      parser.pos = parser.skipBalanced(parser.pos);
      return;
    }
    parser.pos++;
    if (parser.is(':')) {
      parser.pos++;
      parser.skipType();
    }
    if (!parser.is('=')) return;
    parser.pos++;
    const value = parser.parseExpression();
    module.constants.set(name.value, value);
    module.topLevelExpressions.push(value);
    if (exported) module.exports.set(name.value, name.value);
    if (!parser.is(',')) return;
    parser.pos++;
  }
}

function skipTypeDeclaration(parser: ExpressionParser): void {
  parser.pos += 2;
  if (parser.is('<')) {
    while (parser.pos < parser.tokens.length && !parser.is('>') && !parser.is('=')) parser.pos++;
    if (parser.is('>')) parser.pos++;
  }
  if (parser.is('=')) parser.pos++;
  // A type's body: brackets as groups, up to the statement's end.
  while (parser.pos < parser.tokens.length && !parser.is(';')) {
    const token = parser.peek()!;
    if (
      parser.pos > 0 &&
      token.newlineBefore &&
      token.kind === 'identifier' &&
      ['export', 'const', 'import', 'let', 'var', 'type', 'interface', 'function'].includes(token.value)
    )
      return;
    parser.pos = parser.skipBalanced(parser.pos);
  }
  parser.pos++;
}
