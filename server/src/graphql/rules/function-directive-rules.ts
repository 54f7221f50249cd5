import { Kind, type DirectiveNode, type ObjectTypeDefinitionNode, type StringValueNode } from 'graphql';
import { findArgument, findDirectives } from '../amplify-schema-model';
import type { ApiSettings } from '../api-settings';
import type { RuleContext, SchemaRule } from '../rule-context';
import { closestName, fieldDirectiveUses, quotedList, replaceNodeFix, type FieldDirectiveUse } from './directive-rule-support';

const ENV_PLACEHOLDER = '${env}';
const EVENT_RESPONSE_TYPE = 'EventInvocationResponse';
const EVENT_RESPONSE_SHAPE = 'type EventInvocationResponse { success: Boolean! }';

/**
 * `@function` (function-transformer): the named Lambda should be one of the project's functions
 * (a warning: it may live outside the project), and `invocationType: Event` is for Query and
 * Mutation fields returning `EventInvocationResponse`.
 */
export const functionDirectiveRules: SchemaRule = {
  name: 'function-directive',
  run(context) {
    for (const use of fieldDirectiveUses(context.model, 'function')) {
      checkFunctionName(use.directive, context);
      checkEventInvocation(use, context);
    }
  },
};

export function checkFunctionName(directive: DirectiveNode, { settings, report }: RuleContext): void {
  const known = settings.functionNames;
  const value = findArgument(directive, 'name')?.value;
  if (!known || value?.kind !== Kind.STRING) return;
  // A region or account points at a Lambda elsewhere; it cannot be one of the project's.
  if (findArgument(directive, 'region') || findArgument(directive, 'accountId')) return;
  if (namesProjectFunction(value.value, known, settings)) return;
  const usesEnv = value.value.includes(ENV_PLACEHOLDER);
  const base = baseName(value.value, settings);
  const suggestion = closestName(base, known);
  const listed = known.size > 0 ? `The project's functions are ${quotedList([...known].sort())}.` : 'The project has no functions.';
  report({
    node: value,
    code: 'function-unknown-name',
    severity: 'warning',
    message:
      `@function name '${value.value}' does not name a function of this project. ${listed} ` +
      `If the Lambda is deployed outside Amplify, ignore this warning; otherwise add it with \`amplify add function\`` +
      (suggestion ? ` or use '${suggestion}${usesEnv ? `-${ENV_PLACEHOLDER}` : ''}'.` : '.'),
    fixes: suggestion ? renameFix(value, suggestion, usesEnv) : [],
  });
}

function renameFix(value: StringValueNode, suggestion: string, usesEnv: boolean) {
  const name = usesEnv ? `${suggestion}-${ENV_PLACEHOLDER}` : suggestion;
  return replaceNodeFix(`Change to '${name}'`, value, JSON.stringify(name));
}

/**
 * Amplify deploys function `f` as `f-<env>`; schemas name it `f-${env}` (the transformer strips
 * `-${env}` when there is no env) or spell out one env's name.
 */
function namesProjectFunction(name: string, known: ReadonlySet<string>, settings: ApiSettings): boolean {
  if (known.has(name) || known.has(name.replace(`-${ENV_PLACEHOLDER}`, ''))) return true;
  for (const env of settings.envNames) {
    const expanded = name.split(ENV_PLACEHOLDER).join(env);
    if (known.has(expanded)) return true;
    if (expanded.endsWith(`-${env}`) && known.has(expanded.slice(0, -env.length - 1))) return true;
  }
  return false;
}

function baseName(name: string, settings: ApiSettings): string {
  const stripped = name.replace(`-${ENV_PLACEHOLDER}`, '');
  for (const env of settings.envNames) if (stripped.endsWith(`-${env}`)) return stripped.slice(0, -env.length - 1);
  return stripped;
}

function invocationType(directive: DirectiveNode) {
  const value = findArgument(directive, 'invocationType')?.value;
  return value?.kind === Kind.ENUM ? value : undefined;
}

function checkEventInvocation({ parent, field, directive }: FieldDirectiveUse, { model, report }: RuleContext): void {
  const type = invocationType(directive);
  if (type?.value !== 'Event') return;
  // The transformer compares the literal names, not the schema's root operation types.
  if (parent.name.value !== 'Query' && parent.name.value !== 'Mutation') {
    report({
      node: type,
      code: 'function-event-invocation-parent',
      message: `@function definition with 'invocationType: Event' must be defined on Query or Mutation field. Move ${parent.name.value}.${field.name.value} to Mutation, or remove invocationType.`,
    });
    return;
  }
  // Only the last @function of a pipeline decides what the field returns.
  const functions = findDirectives(field, 'function');
  if (functions[functions.length - 1] !== directive) return;
  if (field.type.kind !== Kind.NAMED_TYPE || field.type.name.value !== EVENT_RESPONSE_TYPE) {
    report({
      node: field.type,
      code: 'function-event-invocation-return-type',
      message:
        `Invalid return type ${printType(field.type)} for ${parent.name.value}.${field.name.value}. ` +
        `Use return type '${EVENT_RESPONSE_TYPE}' and, if necessary, add '${EVENT_RESPONSE_SHAPE}' to your model schema.`,
      fixes: replaceNodeFix(`Return ${EVENT_RESPONSE_TYPE}`, field.type, EVENT_RESPONSE_TYPE),
    });
    return;
  }
  const responseType = model.types.get(EVENT_RESPONSE_TYPE);
  if (responseType?.kind === Kind.OBJECT_TYPE_DEFINITION && !hasEventResponseShape(responseType)) {
    report({
      node: responseType.name,
      code: 'function-event-response-shape',
      message: `Invalid '${EVENT_RESPONSE_TYPE}' definition. Update the type definition in your schema to: ${EVENT_RESPONSE_SHAPE}`,
    });
  }
}

function hasEventResponseShape(type: ObjectTypeDefinitionNode): boolean {
  const fields = type.fields ?? [];
  if (fields.length !== 1) return false;
  const [only] = fields;
  return (
    only.name.value === 'success' &&
    only.type.kind === Kind.NON_NULL_TYPE &&
    only.type.type.kind === Kind.NAMED_TYPE &&
    only.type.type.name.value === 'Boolean'
  );
}

function printType(type: FieldDirectiveUse['field']['type']): string {
  switch (type.kind) {
    case Kind.NAMED_TYPE:
      return type.name.value;
    case Kind.LIST_TYPE:
      return `[${printType(type.type)}]`;
    case Kind.NON_NULL_TYPE:
      return `${printType(type.type)}!`;
  }
}
