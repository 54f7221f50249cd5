import { Kind, type ObjectTypeDefinitionNode } from 'graphql';
import { hasDirective, namedTypeNode } from '../../amplify-schema-model';
import type { RuleContext, SchemaRule } from '../../rule-context';
import { CleanUnitMemo } from '../clean-unit-memo';
import { closestName, fieldDirectiveUses, replaceNodeFix, type FieldDirectiveUse, type FieldParent } from '../directive-rule-support';
import { checkConnectionWithFields } from './v1-connection-fields-checks';
import { checkNamedConnection } from './v1-connection-name-checks';
import { v1ArgumentValue } from './v1-directive-arguments';

/**
 * `@connection` of transformer v1 (graphql-connection-transformer `ModelConnectionTransformer.ts`,
 * `field`): on a field of an @model type, pointing at an @model object type. With `fields` it
 * queries the related table or one of its @key indexes (`connectionWithKey`); without, it is the
 * first design, paired by `name` with the other side.
 */
export const v1ConnectionDirectiveRules: SchemaRule = {
  name: 'v1-connection-directive',
  run(context) {
    const byParent = new Map<FieldParent, FieldDirectiveUse[]>();
    for (const use of fieldDirectiveUses(context.model, 'connection')) {
      const uses = byParent.get(use.parent);
      if (uses) uses.push(use);
      else byParent.set(use.parent, [use]);
    }
    for (const [parent, uses] of byParent) {
      const related = uses.map((use) => context.model.types.get(namedTypeNode(use.field.type).name.value));
      parentChecks.check(parent, related, context, (unitContext) => {
        for (const use of uses) checkConnection(use, unitContext);
      });
    }
  },
};

/**
 * The connections of one type read its own nodes and the types they point at (their keys, their
 * counterparts): those are the dependencies; kinds and names of types come with the environment.
 */
const parentChecks = new CleanUnitMemo<FieldParent>();

function checkConnection(use: FieldDirectiveUse, context: RuleContext): void {
  const { model, report } = context;
  const { parent, field, directive } = use;
  if (parent.kind !== Kind.OBJECT_TYPE_DEFINITION || !hasDirective(parent, 'model')) {
    report({
      node: directive,
      code: 'connection-not-on-model',
      message: `@connection must be on an @model object type field. Add @model to ${parent.name.value}, or remove @connection from '${field.name.value}'.`,
    });
    return;
  }
  const typeNode = namedTypeNode(field.type);
  const relatedName = typeNode.name.value;
  // The transformer looks among object type definitions only (`ctx.inputDocument.definitions`).
  const related = model.objectType(relatedName);
  if (!related) {
    // An undeclared type is graphql-js' unknown-type (the transformer stops there first); one error is enough.
    if (!model.types.has(relatedName) && !model.isScalar(relatedName)) return;
    const suggestion = closestName(
      relatedName,
      model.modelTypes.map((type) => type.name.value),
    );
    report({
      node: typeNode,
      code: 'connection-related-not-object',
      message: `Could not find an object type named ${relatedName}. A @connection field's type must be an @model type${suggestion ? `; did you mean ${suggestion}?` : '.'}`,
      fixes: suggestion ? replaceNodeFix(`Change to ${suggestion}`, typeNode, suggestion) : [],
    });
    return;
  }
  if (!hasDirective(related, 'model')) {
    report({
      node: typeNode,
      code: 'connection-related-not-model',
      message: `Object type ${relatedName} must be annotated with @model. Add @model to ${relatedName}, or remove @connection from '${parent.name.value}.${field.name.value}'.`,
    });
    return;
  }
  const site = { parent: parent as ObjectTypeDefinitionNode, field, directive, related };
  // `getDirectiveArgument(directive, 'fields')` decides: any truthy value, `[]` included.
  if (v1ArgumentValue(directive, 'fields')) checkConnectionWithFields(site, context);
  else checkNamedConnection(site, context);
}
