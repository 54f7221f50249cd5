import { Kind, type DirectiveNode, type StringValueNode } from 'graphql';
import { findArgument } from '../amplify-schema-model';
import type { RuleContext, SchemaRule } from '../rule-context';
import { fieldDirectiveUses, isModelType, typeDirectiveUses, type FieldDirectiveUse } from './directive-rule-support';
import { isSqlDataSource, modelDataSource } from './model-data-source';

const RELATIONAL_DIRECTIVES = new Set(['hasOne', 'hasMany', 'belongsTo', 'manyToMany']);

/**
 * `@mapsTo` and `@refersTo` (name-mapping-transformer `graphql-name-mapping.ts`): on @model
 * types, with a non-empty name that no other model has or maps to; the field form of
 * `@refersTo` with a name no other field has or maps to. `@refersTo` needs a SQL model
 * (`graphql-refers-to-transformer.ts` `shouldBeAppliedToRDSModels`), checked where the model's
 * data source is known (model-data-source.ts).
 */
export const nameMappingDirectiveRules: SchemaRule = {
  name: 'name-mapping-directive',
  run(context) {
    // Transformer v1 does not know @mapsTo or @refersTo; the SDL layer already reports them as v2 directives.
    if (context.settings.transformerVersion === 1) return;
    for (const directiveName of ['mapsTo', 'refersTo']) {
      const uses = typeDirectiveUses(context.model, directiveName);
      for (const { type, directive } of uses) {
        if (!(type.directives ?? []).some((d) => d.name.value === 'model')) {
          reportNotOnModel(directive, type.name.value, context);
          continue;
        }
        if (directiveName === 'refersTo' && reportNotSql(directive, type, context)) continue;
        const name = mappedName(directive, context);
        if (name) checkTypeMapping(type.name.value, name, uses, context);
      }
    }
    for (const use of fieldDirectiveUses(context.model, 'refersTo')) checkFieldMapping(use, context);
  },
};

function reportNotOnModel(directive: DirectiveNode, typeName: string, { report }: RuleContext): void {
  const name = directive.name.value;
  report({
    node: directive,
    code: 'name-mapping-not-on-model',
    message: `@${name} is not supported on type ${typeName}. It can only be used on a @model type. Add @model to ${typeName}, or remove @${name}.`,
  });
}

/**
 * "@refersTo is only supported on SQL models. <T> is not a SQL model." Reports and returns true
 * when the model is known to be DynamoDB.
 */
function reportNotSql(directive: DirectiveNode, type: FieldDirectiveUse['parent'], context: RuleContext): boolean {
  const source = modelDataSource(type, context);
  if (source === undefined || isSqlDataSource(source)) return false;
  const typeName = type.name.value;
  const remedy =
    context.settings.generation === 1
      ? `@refersTo maps names of an existing SQL database: SQL models live in schema.sql.graphql. To rename a DynamoDB model and keep its data, use @mapsTo on the type; otherwise remove @refersTo.`
      : `@refersTo maps names of an existing SQL database (a schema generated with \`npx ampx generate schema-from-database\`). To rename a DynamoDB model and keep its data, use @mapsTo on the type; otherwise remove @refersTo.`;
  context.report({
    node: directive,
    code: 'refers-to-not-sql',
    message: `@refersTo is only supported on SQL models. ${typeName} is not a SQL model. ${remedy}`,
  });
  return true;
}

/** The `name:` string, or `undefined` after reporting an empty one (other kinds are SDL errors). */
function mappedName(directive: DirectiveNode, { report }: RuleContext): StringValueNode | undefined {
  const value = findArgument(directive, 'name')?.value;
  if (value?.kind !== Kind.STRING) return undefined;
  if (value.value.trim() === '') {
    report({
      node: value,
      code: 'name-mapping-empty-name',
      message: `The name in @${directive.name.value} must not be empty. Give the original name of the ${directive.name.value === 'mapsTo' ? 'model' : 'table or field'}.`,
    });
    return undefined;
  }
  return value;
}

function checkTypeMapping(
  typeName: string,
  name: StringValueNode,
  uses: readonly { type: { name: { value: string } }; directive: DirectiveNode }[],
  { model, report }: RuleContext,
): void {
  const directiveName = uses[0].directive.name.value;
  const target = name.value;
  if (model.modelTypes.some((type) => type.name.value === target)) {
    report({
      node: name,
      code: 'name-mapping-model-exists',
      message: `Cannot apply @${directiveName} with name "${target}" on type "${typeName}" because "${target}" model already exists in the schema. Rename or remove the model "${target}" first, or map to another name.`,
    });
    return;
  }
  const other = uses.find(({ type, directive }) => type.name.value !== typeName && stringArgumentValue(directive, 'name') === target);
  if (other) {
    report({
      node: name,
      code: 'name-mapping-duplicate',
      message: `Cannot apply @${directiveName} with name "${target}" on type "${typeName}" because "${other.type.name.value}" model already has the same name mapping. Each original name can be mapped by one model only.`,
    });
  }
}

function checkFieldMapping({ parent, field, directive }: FieldDirectiveUse, context: RuleContext): void {
  const { report } = context;
  const typeName = parent.name.value;
  const fieldName = field.name.value;
  if (parent.kind === Kind.INTERFACE_TYPE_DEFINITION) {
    report({
      node: directive,
      code: 'refers-to-interface-field',
      message: `@refersTo directive cannot be placed on "${typeName}" interface's ${fieldName} field. Put it on the field of the @model type instead.`,
    });
    return;
  }
  if (!isModelType(parent)) {
    reportNotOnModel(directive, typeName, context);
    return;
  }
  if (reportNotSql(directive, parent, context)) return;
  if ((field.directives ?? []).some((d) => RELATIONAL_DIRECTIVES.has(d.name.value))) {
    report({
      node: directive,
      code: 'refers-to-relational-field',
      message: `@refersTo is not supported on "${fieldName}" relational field in "${typeName}" model. Remove @refersTo; a relational field has no column of its own.`,
    });
    return;
  }
  const name = mappedName(directive, context);
  if (!name) return;
  const sameMapping = (parent.fields ?? []).find(
    (other) =>
      other.name.value !== fieldName &&
      (other.directives ?? []).some((d) => d.name.value === 'refersTo' && stringArgumentValue(d, 'name') === name.value),
  );
  if (sameMapping) {
    report({
      node: name,
      code: 'refers-to-duplicate-field-mapping',
      message: `Cannot apply @refersTo with name "${name.value}" on field "${fieldName}" in type "${typeName}" because "${sameMapping.name.value}" field already has the same name mapping. Map each column from one field only.`,
    });
    return;
  }
  if ((parent.fields ?? []).some((other) => other.name.value === name.value)) {
    report({
      node: name,
      code: 'refers-to-field-exists',
      message: `Cannot apply @refersTo with name "${name.value}" on field "${fieldName}" in type "${typeName}" because "${name.value}" field already exists in the model. Rename that field, or remove @refersTo.`,
    });
  }
}

function stringArgumentValue(directive: DirectiveNode, name: string): string | undefined {
  const value = findArgument(directive, name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}
