import { Kind, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { fieldTypeInfo, findArgument, findDirective, findField, listItemNodes } from '../amplify-schema-model';
import { flag } from '../api-settings';
import type { QuickFix } from '../../lens-diagnostic';
import type { RuleContext, SchemaRule } from '../rule-context';
import { locateNode } from '../schema-source-map';
import {
  closestName,
  fieldDirectiveUses,
  isModelType,
  missingSortKeyRemedy,
  renameStringFix,
  type FieldDirectiveUse,
} from './directive-rule-support';

/**
 * `@primaryKey` (index-transformer `graphql-primary-key-transformer.ts`): once per @model type,
 * on a required scalar field, with existing, required, scalar sort keys that are neither the
 * key itself nor an owner field of @auth.
 */
export const primaryKeyDirectiveRules: SchemaRule = {
  name: 'primary-key-directive',
  run(context) {
    // Transformer v1 does not know @primaryKey; the SDL layer already reports it as a v2 directive.
    if (context.settings.transformerVersion === 1) return;
    const typesWithKey = new Set<string>();
    for (const use of fieldDirectiveUses(context.model, 'primaryKey')) {
      const typeName = use.parent.name.value;
      reportSelfReference(use, context);
      if (!isModelType(use.parent)) {
        context.report({
          node: use.directive,
          code: 'primary-key-not-on-model',
          message: `The @primaryKey directive may only be added to object definitions annotated with @model. Add @model to ${typeName}, or remove @primaryKey.`,
        });
        continue;
      }
      if (typesWithKey.has(typeName)) {
        context.report({
          node: use.directive,
          code: 'primary-key-duplicate',
          message: `You may only supply one primary key on type '${typeName}'. Keep one @primaryKey and list the other key fields in its sortKeyFields.`,
        });
        continue;
      }
      typesWithKey.add(typeName);
      checkKeyField(use, context);
      checkSortKeys(use, context);
    }
  },
};

function reportSelfReference({ field, directive }: FieldDirectiveUse, { report }: RuleContext): void {
  for (const item of listItemNodes(findArgument(directive, 'sortKeyFields')?.value)) {
    if (item.kind === Kind.STRING && item.value === field.name.value) {
      report({
        node: item,
        code: 'primary-key-self-reference',
        message: `@primaryKey field '${field.name.value}' cannot reference itself. Remove '${item.value}' from sortKeyFields.`,
      });
    }
  }
}

function checkKeyField({ parent, field }: FieldDirectiveUse, { model, report }: RuleContext): void {
  const typeName = parent.name.value;
  if (!model.isKeyableField(field)) {
    report({
      node: field.type,
      code: 'primary-key-field-not-scalar',
      message: `The primary key on type '${typeName}.${field.name.value}' cannot be a non-scalar. Put @primaryKey on a required scalar or enum field.`,
    });
  } else if (field.type.kind !== Kind.NON_NULL_TYPE) {
    report({
      node: field.type,
      code: 'primary-key-nullable-field',
      message: `The primary key on type '${typeName}' must reference non-null fields. Make '${field.name.value}' required (${field.name.value}: ${fieldTypeInfo(field.type).namedType}!).`,
      fixes: makeRequiredFix(field),
    });
  }
}

function checkSortKeys(use: FieldDirectiveUse, { model, settings, report }: RuleContext): void {
  const typeName = use.parent.name.value;
  const subUsernameClaim = settings.generation === 2 || flag(settings, 'useSubUsernameForDefaultIdentityClaim') === true;
  const ownerFields = ownerAuthFields(use.parent as ObjectTypeDefinitionNode, subUsernameClaim);
  for (const item of listItemNodes(findArgument(use.directive, 'sortKeyFields')?.value)) {
    if (item.kind !== Kind.STRING || item.value === use.field.name.value) continue;
    const sortField = findField(use.parent, item.value);
    if (!sortField) {
      const suggestion = closestName(
        item.value,
        (use.parent.fields ?? []).map((field) => field.name.value),
      );
      report({
        node: item,
        code: 'primary-key-sort-key-not-found',
        message:
          `Can't find field '${item.value}' in ${typeName}, but it was specified in the primary key. ` +
          (suggestion ? `Did you mean '${suggestion}'?` : missingSortKeyRemedy(item.value, typeName)),
        fixes: renameStringFix(item, suggestion),
      });
    } else if (!model.isKeyableField(sortField)) {
      report({
        node: item,
        code: 'primary-key-sort-key-not-scalar',
        message: `The primary key's sort key on type '${typeName}.${item.value}' cannot be a non-scalar. Use a required scalar or enum field.`,
      });
    } else if (sortField.type.kind !== Kind.NON_NULL_TYPE) {
      report({
        node: item,
        code: 'primary-key-sort-key-nullable',
        message: `The primary key on type '${typeName}' must reference non-null fields. Make the sort key '${item.value}' required (${item.value}: ${fieldTypeInfo(sortField.type).namedType}!).`,
        fixes: makeRequiredFix(sortField),
      });
    } else if (ownerFields.has(item.value)) {
      report({
        node: item,
        code: 'primary-key-sort-key-owner-field',
        message: `The primary key's sort key type '${item.value}' cannot be used as an owner @auth field too. Please use another field for the sort key.`,
      });
    }
  }
}

/**
 * Owner fields of `{ allow: owner }` rules whose identity claim is the `sub::username` pair (the
 * default when useSubUsernameForDefaultIdentityClaim is on): the transformer stores a compound
 * value there, which cannot serve as a sort key.
 */
function ownerAuthFields(type: ObjectTypeDefinitionNode, subUsernameClaim: boolean): Set<string> {
  const owners = new Set<string>();
  const auth = findDirective(type, 'auth');
  if (!auth || !subUsernameClaim) return owners;
  for (const rule of listItemNodes(findArgument(auth, 'rules')?.value)) {
    if (rule.kind !== Kind.OBJECT) continue;
    const entries: Record<string, string> = { ownerField: 'owner', identityClaim: 'sub::username' };
    for (const entry of rule.fields) {
      if (entry.value.kind === Kind.STRING || entry.value.kind === Kind.ENUM) entries[entry.name.value] = entry.value.value;
    }
    if (entries.allow === 'owner' && entries.identityClaim.split('::').length > 1) owners.add(entries.ownerField);
  }
  return owners;
}

function makeRequiredFix(field: FieldDefinitionNode): QuickFix[] {
  const location = locateNode(field.type);
  if (!location) return [];
  const end = location.range.end;
  return [
    {
      title: `Make '${field.name.value}' required`,
      isPreferred: true,
      edits: [{ uri: location.uri, range: { start: end, end }, newText: '!' }],
    },
  ];
}
