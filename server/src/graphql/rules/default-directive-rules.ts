import { Kind, type DirectiveNode, type EnumTypeDefinitionNode } from 'graphql';
import { fieldTypeInfo, findArgument, namedTypeNode } from '../amplify-schema-model';
import type { RuleContext, SchemaRule } from '../rule-context';
import { CleanUnitMemo } from './clean-unit-memo';
import { DEFAULT_VALUE_EXAMPLES, hasDefaultValueValidator, isValidDefaultValue } from './default-value-validators';
import { closestName, fieldDirectiveUses, isModelType, replaceNodeFix, type FieldDirectiveUse } from './directive-rule-support';
import { isSqlDataSource, modelDataSource, type ModelDataSource } from './model-data-source';

/**
 * `@default` (amplify-graphql-default-value-transformer `graphql-default-value-transformer.ts`):
 * on scalar or enum fields of @model types, with a `value` ("The @default directive requires a
 * value property on non-Postgres datasources."; Postgres lets an Int column fall back to the
 * database's default, "… on non-Int types.") that is not null and parses as the field's type.
 * Values are only checked for DynamoDB models, as the transformer does (model-data-source.ts says
 * which models those are).
 */
export const defaultDirectiveRules: SchemaRule = {
  name: 'default-directive',
  run(context) {
    // Transformer v1 does not know @default; the SDL layer already reports it as a v2 directive.
    if (context.settings.transformerVersion === 1) return;
    for (const use of fieldDirectiveUses(context.model, 'default')) {
      // An enum field's value is checked against the enum's members: that definition is a dependency.
      const typeName = namedTypeNode(use.field.type).name.value;
      // The data source is read from the file's `input AMPLIFY`, outside the unit: a dependency too.
      const source = modelDataSource(use.parent, context);
      useChecks.check(use.directive, [context.model.types.get(typeName), source], context, (unitContext) => checkUse(use, source, unitContext));
    }
  },
};

/** A use's checks read its own type, the definition of the field's type, settings and kinds of types. */
const useChecks = new CleanUnitMemo<DirectiveNode>();

function checkUse(use: FieldDirectiveUse, source: ModelDataSource, context: RuleContext): void {
  const { parent, field, directive } = use;
  if (!isModelType(parent)) {
    context.report({
      node: directive,
      code: 'default-not-on-model',
      message: `The @default directive may only be added to object definitions annotated with @model. Add @model to ${parent.name.value}, or remove @default.`,
    });
    return;
  }
  const info = fieldTypeInfo(field.type);
  if (info.isList || !context.model.isScalarOrEnum(info.namedType)) {
    context.report({
      node: field.type,
      code: 'default-not-scalar',
      message: `The @default directive may only be added to scalar or enum field types. '${parent.name.value}.${field.name.value}' is ${info.isList ? 'a list' : `of type ${info.namedType}`}; remove @default.`,
    });
    return;
  }
  checkValue(use, info.namedType, source, context);
}

function checkValue({ parent, field, directive }: FieldDirectiveUse, typeName: string, source: ModelDataSource, context: RuleContext): void {
  const value = findArgument(directive, 'value')?.value;
  if (!value) {
    // Gen 1's directive definition makes `value` required, so graphql validation already says so.
    if (context.settings.generation === 1 || source === undefined) return;
    if (source === 'postgres') {
      if (typeName === 'Int') return; // a serial column: the database fills it in
      context.report({
        node: directive,
        code: 'default-missing-value',
        message: 'The @default directive requires a value property on non-Int types. Add value: "…", or remove @default.',
      });
      return;
    }
    context.report({
      node: directive,
      code: 'default-missing-value',
      message: `The @default directive requires a value property on non-Postgres datasources. Add value: "…", or remove @default${typeName === 'Int' ? " (only a Postgres Int column may take the database's default)" : ''}.`,
    });
    return;
  }
  // SQL databases set and check their own defaults: the transformer validates DynamoDB models only.
  if (isSqlDataSource(source)) return;
  if (value.kind === Kind.NULL) {
    // In Gen 1 `value: String!` makes graphql validation reject null already.
    if (context.settings.generation === 1) return;
    context.report({
      node: value,
      code: 'default-null-value',
      message: 'The @default directive does not support null values. Give a value, or remove @default to leave the field empty.',
    });
    return;
  }
  if (value.kind !== Kind.STRING) return; // other kinds are invalid-argument-value's
  const type = context.model.types.get(typeName);
  if (type?.kind === Kind.ENUM_TYPE_DEFINITION) {
    checkEnumValue(type, value.value, value, context);
    return;
  }
  if (!hasDefaultValueValidator(typeName)) {
    // The transformer looks the validator up by type name and calls it: for BigInt and Double
    // there is none, and the deploy fails with "typeValidators[…] is not a function".
    if (source !== 'dynamodb' || !context.model.isScalar(typeName) || type) return;
    context.report({
      node: value,
      code: 'default-unsupported-type',
      message: `The transformer cannot check a default ${typeName} on a DynamoDB model and fails ("typeValidators[getBaseType(...)] is not a function"). Make '${parent.name.value}.${field.name.value}' an Int or Float, or remove @default.`,
    });
    return;
  }
  if (!isValidDefaultValue(typeName, value.value)) {
    const example = DEFAULT_VALUE_EXAMPLES[typeName];
    context.report({
      node: value,
      code: 'default-invalid-value',
      message: `Default value "${value.value}" is not a valid ${typeName}.${example ? ` Use a string such as ${example}.` : ''}`,
    });
  }
}

function checkEnumValue(
  type: EnumTypeDefinitionNode,
  value: string,
  node: Parameters<RuleContext['report']>[0]['node'],
  { report }: RuleContext,
): void {
  const members = (type.values ?? []).map((member) => member.name.value);
  if (members.includes(value)) return;
  const suggestion = closestName(value, members);
  report({
    node,
    code: 'default-invalid-enum-value',
    message: `Default value "${value}" is not a member of ${type.name.value} enum. Use one of ${members.join(', ') || '(no values)'}.`,
    fixes: suggestion ? replaceNodeFix(`Change to "${suggestion}"`, node, JSON.stringify(suggestion)) : [],
  });
}
