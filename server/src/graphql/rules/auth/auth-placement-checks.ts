import { Kind } from 'graphql';
import { hasDirective } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { insertAfter, removeDirective } from './auth-fix-edits';
import { directiveHead, useLabel, type AuthDirectiveUse } from './auth-rule-reader';

/**
 * Where `@auth` may stand (graphql-auth-transformer.ts `object`/`field`): on @model types, on
 * fields of object types (model or not), never on interface fields; and never with no rules.
 */
export function checkAuthPlacement(use: AuthDirectiveUse, context: RuleContext): void {
  const { directive, parent, field } = use;
  if (!field && parent.kind === Kind.OBJECT_TYPE_DEFINITION && !hasDirective(parent, 'model')) {
    const isRoot = context.model.isRootTypeName(parent.name.value);
    // `@model` goes after `implements …` when there is one, or the type name otherwise.
    const anchor = parent.interfaces?.length ? parent.interfaces[parent.interfaces.length - 1] : parent.name;
    context.report({
      node: directiveHead(directive),
      code: 'auth-requires-model',
      message: isRoot
        ? `Types annotated with @auth must also be annotated with @model. '${parent.name.value}' is a root type: put @auth on its fields instead.`
        : `Types annotated with @auth must also be annotated with @model. Add @model to '${parent.name.value}', ` +
          'or move the rules onto its fields (field-level @auth is allowed on non-model types).',
      fixes: isRoot ? [] : insertAfter('Add @model', anchor, ' @model'),
    });
  }
  if (field && parent.kind === Kind.INTERFACE_TYPE_DEFINITION) {
    context.report({
      node: directiveHead(directive),
      code: 'auth-on-interface-field',
      message:
        `The @auth directive cannot be placed on an interface's field. See ${parent.name.value}.${field.name.value}; ` +
        'put it on the field of each implementing @model type instead.',
      fixes: removeDirective('Remove @auth', directive),
    });
    return;
  }
  const rulesValue = use.rulesArgument?.value;
  if (rulesValue?.kind === Kind.LIST && rulesValue.values.length === 0) {
    context.report({
      node: rulesValue,
      code: 'auth-empty-rules',
      message: `@auth on ${field ? field.name.value : parent.name.value} does not have any auth rules. Add a rule such as { allow: owner }, or remove @auth.`,
      fixes: removeDirective('Remove @auth', directive, false),
    });
  }
  if (field) checkRulesDroppedOnNonModelFields(use, context);
}

/**
 * On fields of non-model types the transformer keeps only static rules (graphql-auth-transformer.ts
 * `field`: `rules.filter(rule => rule.allow !== 'owner' && !rule.groupsField)`), so owner and
 * dynamic-group rules there protect nothing.
 */
function checkRulesDroppedOnNonModelFields(use: AuthDirectiveUse, context: RuleContext): void {
  const { parent } = use;
  if (parent.kind === Kind.INTERFACE_TYPE_DEFINITION) return;
  if (parent.kind === Kind.OBJECT_TYPE_DEFINITION && hasDirective(parent, 'model')) return;
  for (const rule of use.rules) {
    const isOwner = rule.allow === 'owner';
    const node = isOwner ? rule.allowNode : rule.groupsField?.field;
    if (!node) continue;
    context.report({
      node,
      code: 'auth-rule-not-enforced',
      severity: 'warning',
      message:
        `${isOwner ? 'Owner rules' : 'Dynamic group rules (groupsField)'} are not enforced on fields of types without @model ` +
        `(${useLabel(use)}): only static rules (public, private, static groups, custom) apply there. ` +
        "Use a static rule, or check the caller's identity in the field's resolver.",
    });
  }
}
