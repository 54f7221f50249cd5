import { Kind, type DirectiveNode } from 'graphql';
import { fieldTypeInfo, findArgument, namedTypeNode } from '../amplify-schema-model';
import type { RuleContext, SchemaRule } from '../rule-context';
import { locateNode } from '../schema-source-map';
import { fieldDirectiveUses, isModelType, type FieldDirectiveUse } from './directive-rule-support';

/** amplify-graphql-validate-transformer `types.ts`. */
const NUMERIC_TYPES = new Set(['gt', 'lt', 'gte', 'lte']);
const STRING_TYPES = new Set(['minLength', 'maxLength', 'startsWith', 'endsWith', 'matches']);
const LENGTH_TYPES = new Set(['minLength', 'maxLength']);

/**
 * `@validate` (amplify-graphql-validate-transformer `validators.ts` `validate`), one check after
 * the other as the transformer runs them on each use:
 * - "@validate directive can only be used on fields within @model types."
 * - "@validate directive cannot be used on list field '<f>'"
 * - "@validate directive must be specified after @default directive"
 * - "Duplicate @validate directive with type '<t>' on field '<f>'. Each validation type can only be used once per field."
 * - "Validation type '<t>' can only be used with numeric fields (Int, Float). …" / "… with 'String' fields. …"
 * - "<t> value must be a non-negative integer. …" (parseInt) / "<t> value must be a number. …" (parseFloat)
 * Only the Gen 2 line of the transformer has `@validate`; elsewhere the SDL layer reports it unknown.
 */
export const validateDirectiveRules: SchemaRule = {
  name: 'validate-directive',
  run(context) {
    if (context.settings.generation !== 2) return;
    for (const use of fieldDirectiveUses(context.model, 'validate')) checkUse(use, context);
  },
};

function checkUse(use: FieldDirectiveUse, context: RuleContext): void {
  const { parent, field, directive } = use;
  const { report } = context;
  if (!isModelType(parent)) {
    report({
      node: directive,
      code: 'validate-not-on-model',
      message: `@validate directive can only be used on fields within @model types. Add @model to ${parent.name.value}, or remove @validate.`,
    });
    return;
  }
  const info = fieldTypeInfo(field.type);
  if (info.isList) {
    report({
      node: directive,
      code: 'validate-on-list',
      message: `@validate directive cannot be used on list field '${field.name.value}'. Remove @validate, or validate the items in a function.`,
    });
    return;
  }
  const directives: readonly DirectiveNode[] = field.directives ?? [];
  const position = directives.indexOf(directive);
  const defaultIndex = directives.findIndex((candidate) => candidate.name.value === 'default');
  if (defaultIndex !== -1 && position < defaultIndex) {
    report({
      node: directive,
      code: 'validate-before-default',
      message: '@validate directive must be specified after @default directive. Move @default before the @validate directives of this field.',
      fixes: moveDefaultFirstFix(directives, directives[defaultIndex]),
    });
    return;
  }
  const typeNode = findArgument(directive, 'type')?.value;
  const type = typeNode?.kind === Kind.ENUM ? typeNode.value : undefined;
  if (!typeNode || !type) return; // a missing or misspelt type is graphql validation's
  const earlier = directives.slice(0, position).find((candidate) => validationType(candidate) === type);
  if (earlier) {
    report({
      node: typeNode,
      code: 'validate-duplicate-type',
      message: `Duplicate @validate directive with type '${type}' on field '${field.name.value}'. Each validation type can only be used once per field. Remove one of them.`,
    });
    return;
  }
  const baseType = namedTypeNode(field.type).name.value;
  if (NUMERIC_TYPES.has(type) && baseType !== 'Int' && baseType !== 'Float') {
    report({
      node: typeNode,
      code: 'validate-type-mismatch',
      message: `Validation type '${type}' can only be used with numeric fields (Int, Float). Field '${field.name.value}' is of type '${baseType}'.`,
    });
    return;
  }
  if (STRING_TYPES.has(type) && baseType !== 'String') {
    report({
      node: typeNode,
      code: 'validate-type-mismatch',
      message: `Validation type '${type}' can only be used with 'String' fields. Field '${field.name.value}' is of type '${baseType}'.`,
    });
    return;
  }
  checkValue(use, type, context);
}

function checkValue({ field, directive }: FieldDirectiveUse, type: string, { report }: RuleContext): void {
  const valueNode = findArgument(directive, 'value')?.value;
  if (valueNode?.kind !== Kind.STRING) return; // `value: String!`: other kinds are graphql validation's
  const value = valueNode.value;
  if (LENGTH_TYPES.has(type)) {
    // parseInt, as the transformer reads it: "5 chars" is 5, "-1" and "x" are rejected.
    const length = parseInt(value, 10);
    if (Number.isNaN(length) || length < 0) {
      report({
        node: valueNode,
        code: 'validate-invalid-length',
        message: `${type} value must be a non-negative integer. Received '${value}' for field '${field.name.value}'. Write a whole number such as "3".`,
      });
    }
  } else if (NUMERIC_TYPES.has(type) && Number.isNaN(parseFloat(value))) {
    report({
      node: valueNode,
      code: 'validate-invalid-number',
      message: `${type} value must be a number. Received '${value}' for field '${field.name.value}'. Write a number such as "0" or "1.5".`,
    });
  }
}

function validationType(directive: DirectiveNode): string | undefined {
  if (directive.name.value !== 'validate') return undefined;
  const value = findArgument(directive, 'type')?.value;
  return value?.kind === Kind.ENUM ? value.value : undefined;
}

/** Moves `@default(…)` to just before the field's first directive, keeping everything else. */
function moveDefaultFirstFix(directives: readonly DirectiveNode[], defaultDirective: DirectiveNode) {
  const first = locateNode(directives[0]);
  const moved = locateNode(defaultDirective);
  const previous = locateNode(directives[directives.indexOf(defaultDirective) - 1]);
  if (!first || !moved || !previous || first.uri !== moved.uri) return [];
  const text = defaultDirective.loc?.source.body.slice(defaultDirective.loc.start, defaultDirective.loc.end);
  if (!text) return [];
  return [
    {
      title: 'Move @default before @validate',
      isPreferred: true,
      edits: [
        // Delete from the end of the directive before @default to the end of @default (one separator and the directive).
        { uri: moved.uri, range: { start: previous.range.end, end: moved.range.end }, newText: '' },
        { uri: first.uri, range: { start: first.range.start, end: first.range.start }, newText: `${text} ` },
      ],
    },
  ];
}
