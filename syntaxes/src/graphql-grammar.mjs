// The GraphQL grammar (source.graphql.amplify-lens): schema definition language and operation
// documents, after the GraphQL specification (October 2021 edition and the current draft).
//
// Its scope name is Lens's own, under source.graphql, rather than source.graphql itself, which the
// GraphQL syntax extension (GraphQL.vscode-graphql-syntax) registers. VS Code keeps one grammar per
// scope name and warns when a second extension registers the same one; per language it keeps the
// grammar of the extension registered last (extensions in folder-name order, so GraphQL.* after
// amplify-lens.*). So with the GraphQL extension installed its grammar highlights .graphql files
// and this one is unused; without it, this one does. Either way the Amplify injection, which VS Code
// applies to source.graphql and every scope under it, adds the directives' scopes, and themes that
// style source.graphql style this grammar too.
//
// Most contexts are flat pattern lists (a body of fields, a selection set, an argument list) rather
// than one rule per field, so a definition spread over many lines — directives on their own lines,
// arguments across lines — keeps its scopes. Rules that close after a token (a type, a default
// value, a directive) end on a look-behind, so the Amplify injection, which wins ties, cannot open a
// rule inside them that would then swallow the following lines.
import { NAME, directiveRule, include, scope, stringRules, valueRepository } from './graphql-value-rules.mjs';

const DEFINITION_KEYWORD_LINE = String.raw`^\s*(?:extend|type|interface|input|enum|union|scalar|schema|directive|query|mutation|subscription|fragment)\b`;
/** The start of the next top-level definition: its keyword or its description at the start of a line. */
const NEXT_DEFINITION = String.raw`(?=${DEFINITION_KEYWORD_LINE}|^\s*")`;
/** Definitions without a body (union, scalar, directive) also end where an anonymous operation's `{` starts a line. */
const NEXT_DEFINITION_OR_BLOCK = String.raw`(?=${DEFINITION_KEYWORD_LINE}|^\s*"|^\s*\{)`;
/** Definitions with a body end right after it, or (bodiless, as `extend type X @key`) at the next definition. */
const AFTER_BODY = String.raw`(?<=\})|${NEXT_DEFINITION}`;
const EXTEND = String.raw`(?:\b(extend)\s+)?`;

const block = (name, patterns) => ({
  begin: String.raw`\{`,
  end: String.raw`\}`,
  name,
  beginCaptures: { 0: scope('punctuation.section.block.begin.graphql') },
  endCaptures: { 0: scope('punctuation.section.block.end.graphql') },
  patterns,
});

const parameters = (patterns) => ({
  begin: String.raw`\(`,
  end: String.raw`\)`,
  name: 'meta.parameters.graphql',
  beginCaptures: { 0: scope('punctuation.definition.parameters.begin.graphql') },
  endCaptures: { 0: scope('punctuation.definition.parameters.end.graphql') },
  patterns,
});

/** `[extend] <keyword> <Name>` opening a type system definition. */
const typeSystemDefinition = (keywords, name, end, patterns) => ({
  begin: String.raw`${EXTEND}\b(${keywords})\b\s*(${NAME})?`,
  end,
  name,
  beginCaptures: { 1: scope('keyword.extend.graphql'), 2: scope('keyword.type.graphql'), 3: scope('entity.name.type.graphql') },
  patterns,
});

export const graphqlGrammar = {
  name: 'GraphQL',
  scopeName: 'source.graphql.amplify-lens',
  fileTypes: ['graphql', 'graphqls', 'gql'],
  patterns: include(
    'comment',
    'description',
    'schema-definition',
    'directive-definition',
    'object-like-definition',
    'enum-definition',
    'union-definition',
    'scalar-definition',
    'operation-definition',
    'fragment-definition',
    'selection-set',
  ),
  repository: {
    ...valueRepository(),
    description: {
      comment: 'A string where a definition may start documents it (a description), unlike a string value.',
      patterns: stringRules('string.quoted.docstring.multi.graphql', 'string.quoted.docstring.single.graphql'),
    },
    'default-value': {
      comment: 'Ends right after one value (look-behind), or before a token that cannot start one.',
      begin: '=',
      end: String.raw`(?<=[_0-9A-Za-z"\]})])|(?=[@)},#])`,
      beginCaptures: { 0: scope('keyword.operator.assignment.graphql') },
      patterns: include('value'),
    },
    directive: {
      patterns: [
        directiveRule(String.raw`(?:deprecated|skip|include|specifiedBy|oneOf)\b`, 'support.function.directive.builtin.graphql'),
        directiveRule(NAME, 'entity.name.function.directive.graphql'),
      ],
    },

    'type-annotation': {
      comment:
        'The type after `:`. Ends after the last name, `!` or `]` of the type; before a token no type contains; ' +
        'after a directive the injection opened inside it (`String@auth(...)`); or at the end of a line with ' +
        'nothing after the `:` yet, so that a field being typed does not turn the next line into a type.',
      begin: ':',
      end: String.raw`(?<=[_0-9A-Za-z!\]])(?!\s*[!\]])|(?=[^\s_0-9A-Za-z!\[\]])|(?<=\))|(?<=:)(?=\s*$)`,
      beginCaptures: { 0: scope('punctuation.separator.type-annotation.graphql') },
      patterns: [
        { match: String.raw`\[`, name: 'punctuation.definition.list.begin.graphql' },
        { match: String.raw`\]`, name: 'punctuation.definition.list.end.graphql' },
        { match: '!', name: 'keyword.operator.non-null.graphql' },
        { include: '#type-name' },
      ],
    },
    'type-name': {
      patterns: [
        { match: String.raw`\b(?:Int|Float|String|Boolean|ID)\b`, name: 'support.type.builtin.graphql' },
        { match: String.raw`\b${NAME}\b`, name: 'entity.name.type.graphql' },
      ],
    },

    'schema-definition': {
      begin: String.raw`${EXTEND}\b(schema)\b`,
      end: AFTER_BODY,
      name: 'meta.definition.schema.graphql',
      beginCaptures: { 1: scope('keyword.extend.graphql'), 2: scope('keyword.schema.graphql') },
      patterns: [
        ...include('comment', 'directive'),
        block('meta.body.schema.graphql', [
          ...include('comment', 'comma'),
          { match: String.raw`\b(?:query|mutation|subscription)\b`, name: 'keyword.operation.graphql' },
          ...include('type-annotation'),
        ]),
      ],
    },
    'directive-definition': {
      begin: String.raw`\b(directive)\b\s*((@)${NAME})?`,
      end: NEXT_DEFINITION_OR_BLOCK,
      name: 'meta.definition.directive.graphql',
      beginCaptures: {
        1: scope('keyword.directive.graphql'),
        2: scope('entity.name.function.directive.graphql'),
        3: scope('punctuation.definition.directive.graphql'),
      },
      patterns: [
        ...include('comment', 'argument-definitions'),
        { match: String.raw`\brepeatable\b`, name: 'keyword.repeatable.graphql' },
        { match: String.raw`\bon\b`, name: 'keyword.on.graphql' },
        { match: String.raw`\|`, name: 'keyword.operator.or.graphql' },
        {
          match: String.raw`\b(?:QUERY|MUTATION|SUBSCRIPTION|FIELD|FRAGMENT_DEFINITION|FRAGMENT_SPREAD|INLINE_FRAGMENT|VARIABLE_DEFINITION|SCHEMA|SCALAR|OBJECT|FIELD_DEFINITION|ARGUMENT_DEFINITION|INTERFACE|UNION|ENUM|ENUM_VALUE|INPUT_OBJECT|INPUT_FIELD_DEFINITION)\b`,
          name: 'constant.language.directive-location.graphql',
        },
      ],
    },
    'object-like-definition': typeSystemDefinition('type|interface|input', 'meta.definition.type.graphql', AFTER_BODY, [
      ...include('comment'),
      { match: String.raw`\bimplements\b`, name: 'keyword.implements.graphql' },
      { match: '&', name: 'keyword.operator.and.graphql' },
      ...include('directive', 'fields-body', 'type-name'),
    ]),
    'fields-body': block('meta.body.fields.graphql', [
      ...include('comment', 'description', 'directive', 'argument-definitions', 'type-annotation', 'default-value', 'comma'),
      { match: String.raw`\b${NAME}\b`, name: 'variable.other.field.graphql' },
    ]),
    'argument-definitions': parameters([
      ...include('comment', 'description', 'directive', 'type-annotation', 'default-value', 'comma'),
      { match: String.raw`\b${NAME}\b`, name: 'variable.parameter.graphql' },
    ]),
    'enum-definition': typeSystemDefinition('enum', 'meta.definition.enum.graphql', AFTER_BODY, [
      ...include('comment', 'directive'),
      block('meta.body.enum.graphql', include('comment', 'description', 'directive', 'comma', 'enum-value')),
    ]),
    'union-definition': typeSystemDefinition('union', 'meta.definition.union.graphql', NEXT_DEFINITION_OR_BLOCK, [
      ...include('comment', 'directive'),
      { match: '=', name: 'keyword.operator.assignment.graphql' },
      { match: String.raw`\|`, name: 'keyword.operator.or.graphql' },
      ...include('type-name'),
    ]),
    'scalar-definition': {
      comment: 'Only directives may follow a scalar’s name, so any other name starts the next definition.',
      ...typeSystemDefinition(
        'scalar',
        'meta.definition.scalar.graphql',
        String.raw`${NEXT_DEFINITION_OR_BLOCK}|(?=\b[_A-Za-z])`,
        include('comment', 'directive'),
      ),
    },

    'operation-definition': {
      begin: String.raw`\b(query|mutation|subscription)\b\s*(${NAME})?`,
      end: AFTER_BODY,
      name: 'meta.definition.operation.graphql',
      beginCaptures: { 1: scope('keyword.operation.graphql'), 2: scope('entity.name.function.graphql') },
      patterns: include('comment', 'variable-definitions', 'directive', 'selection-set'),
    },
    'variable-definitions': parameters(include('comment', 'directive', 'type-annotation', 'default-value', 'comma', 'variable')),
    'fragment-definition': {
      begin: String.raw`\b(fragment)\b\s*(?!on\b)(${NAME})?`,
      end: AFTER_BODY,
      name: 'meta.definition.fragment.graphql',
      beginCaptures: { 1: scope('keyword.fragment.graphql'), 2: scope('entity.name.fragment.graphql') },
      patterns: [
        ...include('comment'),
        { match: String.raw`\bon\b`, name: 'keyword.on.graphql' },
        ...include('directive', 'selection-set', 'type-name'),
      ],
    },
    'selection-set': block('meta.selectionset.graphql', [
      ...include('comment', 'comma', 'fragment-spread', 'inline-fragment', 'directive', 'arguments', 'selection-set'),
      {
        match: String.raw`\b(${NAME})\s*(:)`,
        captures: { 1: scope('variable.other.alias.graphql'), 2: scope('punctuation.separator.alias.graphql') },
      },
      { match: String.raw`\b${NAME}\b`, name: 'variable.other.field.graphql' },
    ]),
    'fragment-spread': {
      match: String.raw`(\.\.\.)\s*(?!on\b)(${NAME})`,
      captures: { 1: scope('keyword.operator.spread.graphql'), 2: scope('entity.name.fragment.graphql') },
    },
    'inline-fragment': {
      begin: String.raw`(\.\.\.)\s*(?:\b(on)\b)?`,
      end: String.raw`(?<=\})|(?=\})`,
      name: 'meta.inline-fragment.graphql',
      beginCaptures: { 1: scope('keyword.operator.spread.graphql'), 2: scope('keyword.on.graphql') },
      patterns: include('comment', 'directive', 'selection-set', 'type-name'),
    },
  },
};
