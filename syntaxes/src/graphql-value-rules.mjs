// TextMate rules for GraphQL's lexical pieces, values and arguments, shared by both grammars: the
// GraphQL grammar uses them, and the Amplify injection carries its own copy so that it still works
// when another extension's grammar is the one registered for source.graphql.

/** A GraphQL Name (spec §2.1.9). */
export const NAME = String.raw`[_A-Za-z][_0-9A-Za-z]*`;

/**
 * The end of a directive use: right after its arguments, or right after its name when no `(`
 * follows. Look-behind ends fire before the next token, so an injected rule that starts at the
 * next `@` cannot open inside this one.
 */
export const DIRECTIVE_END = String.raw`(?<=\))|(?<=[_0-9A-Za-z])(?!\s*\()`;

export const scope = (name) => ({ name });
export const include = (...names) => names.map((name) => ({ include: name.includes('#') ? name : `#${name}` }));

const stringRule = (begin, end, name, escapes) => ({
  begin,
  end,
  name,
  beginCaptures: { 0: scope('punctuation.definition.string.begin.graphql') },
  endCaptures: { 0: scope('punctuation.definition.string.end.graphql') },
  patterns: include(escapes),
});

/** A block string `"""…"""` and a one-line string `"…"` (which stops at the end of its line when unterminated). */
export const stringRules = (blockScope, lineScope) => [
  stringRule('"""', '"""', blockScope, 'block-string-escape'),
  stringRule('"', '"|$', lineScope, 'string-escape'),
];

/** Repository entries for comments, strings, values and arguments. */
export const valueRepository = () => ({
  comment: {
    match: '(#).*',
    name: 'comment.line.number-sign.graphql',
    captures: { 1: scope('punctuation.definition.comment.graphql') },
  },
  comma: { match: ',', name: 'punctuation.separator.comma.graphql' },
  'string-value': { patterns: stringRules('string.quoted.multi.graphql', 'string.quoted.double.graphql') },
  'string-escape': {
    patterns: [
      { match: String.raw`\\(?:u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|["\\/bfnrt])`, name: 'constant.character.escape.graphql' },
      { match: String.raw`\\.?`, name: 'invalid.illegal.escape.graphql' },
    ],
  },
  'block-string-escape': { match: String.raw`\\"""`, name: 'constant.character.escape.graphql' },

  value: {
    patterns: include('comment', 'variable', 'string-value', 'number', 'boolean', 'null', 'list-value', 'object-value', 'enum-value'),
  },
  variable: {
    match: String.raw`(\$)${NAME}`,
    name: 'variable.graphql',
    captures: { 1: scope('punctuation.definition.variable.graphql') },
  },
  number: {
    patterns: [
      {
        match: String.raw`-?(?:0|[1-9][0-9]*)(?:\.[0-9]+(?:[eE][+-]?[0-9]+)?|[eE][+-]?[0-9]+)\b`,
        name: 'constant.numeric.float.graphql',
      },
      { match: String.raw`-?[0-9]+\b`, name: 'constant.numeric.integer.graphql' },
    ],
  },
  boolean: { match: String.raw`\b(?:true|false)\b`, name: 'constant.language.boolean.graphql' },
  null: { match: String.raw`\bnull\b`, name: 'constant.language.null.graphql' },
  'enum-value': { match: String.raw`\b${NAME}\b`, name: 'constant.other.enum.graphql' },
  'list-value': {
    begin: String.raw`\[`,
    end: String.raw`\]`,
    beginCaptures: { 0: scope('punctuation.definition.list.begin.graphql') },
    endCaptures: { 0: scope('punctuation.definition.list.end.graphql') },
    patterns: include('comma', 'value'),
  },
  'object-value': {
    begin: String.raw`\{`,
    end: String.raw`\}`,
    beginCaptures: { 0: scope('punctuation.definition.object.begin.graphql') },
    endCaptures: { 0: scope('punctuation.definition.object.end.graphql') },
    patterns: include('comment', 'comma', 'object-field-name', 'key-value-separator', 'value'),
  },
  'object-field-name': { match: String.raw`\b${NAME}(?=\s*:)`, name: 'support.type.property-name.graphql' },
  'key-value-separator': { match: ':', name: 'punctuation.separator.key-value.graphql' },

  arguments: {
    begin: String.raw`\(`,
    end: String.raw`\)`,
    name: 'meta.arguments.graphql',
    beginCaptures: { 0: scope('punctuation.definition.arguments.begin.graphql') },
    endCaptures: { 0: scope('punctuation.definition.arguments.end.graphql') },
    patterns: include('comment', 'comma', 'argument-name', 'key-value-separator', 'value'),
  },
  'argument-name': { match: String.raw`\b${NAME}(?=\s*:)`, name: 'variable.parameter.graphql' },
});

/** A directive use whose name matches `namePattern`, its `@` and name scoped `nameScope`. */
export const directiveRule = (namePattern, nameScope, argumentsRule = 'arguments') => ({
  begin: String.raw`((@)${namePattern})`,
  end: DIRECTIVE_END,
  name: 'meta.directive.graphql',
  beginCaptures: { 1: scope(nameScope), 2: scope('punctuation.definition.directive.graphql') },
  patterns: include(argumentsRule),
});
