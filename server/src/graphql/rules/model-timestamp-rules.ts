import { Kind, type ObjectTypeDefinitionNode } from 'graphql';
import { fieldTypeInfo, findArgument, findField, namedTypeNode, objectFieldNode } from '../amplify-schema-model';
import type { RuleContext } from '../rule-context';
import { replaceNodeFix } from './directive-rule-support';
import { modelDataSource } from './model-data-source';

type TimestampKey = 'createdAt' | 'updatedAt';

/**
 * Transformer v2's timestamps on a `@model` (amplify-graphql-model-transformer): a DynamoDB model
 * has `createdAt`/`updatedAt` unless `timestamps` renames them or sets them to null, a SQL model
 * only those `timestamps` names (`graphql-model-transformer.ts`, the `timestamps` defaults). A
 * declared timestamp field of another type than String or AWSDateTime only makes the transformer
 * print "Auto population is not supported" (`addAutoGeneratableFields`): the deploy succeeds. The
 * resolvers fill it all the same (`resolvers/dynamodb/mutation.ts` and `rds/mutation.ts`: the
 * create puts `util.time.nowISO8601()` under both names, the update under `updatedAt`, wherever
 * the input leaves them out), and AppSync then cannot return that string as the declared type.
 *
 * So this is a warning about run time, never an error, and only where the input can leave the
 * field out: `updatedAt` always (every field of an update input is optional), `createdAt` when it
 * is nullable (the create input keeps a required non-date field required).
 */
export function checkModelTimestamps(type: ObjectTypeDefinitionNode, context: RuleContext): void {
  const directive = type.directives?.find((candidate) => candidate.name.value === 'model');
  if (!directive) return;
  for (const [key, name] of Object.entries(timestampNames(type, context)) as [TimestampKey, string | undefined][]) {
    if (!name) continue;
    const field = findField(type, name);
    if (!field) continue;
    const info = fieldTypeInfo(field.type);
    if (!info.isList && (info.namedType === 'String' || info.namedType === 'AWSDateTime')) continue;
    if (key === 'createdAt' && info.isNonNull) continue;
    const typeName = type.name.value;
    const typeText = info.isList ? `a list of ${info.namedType}` : info.namedType;
    const when = key === 'createdAt' ? 'a create' : 'a create or an update';
    context.report({
      node: field.type,
      code: 'model-timestamp-type',
      severity: 'warning',
      message:
        `${typeName}.${name} is the ${key} timestamp: when ${when} leaves it out, Amplify stores an ISO 8601 date-time string in it, ` +
        `which AppSync cannot return as ${typeText}, so reading that ${typeName} fails. Change its type to AWSDateTime.`,
      fixes: info.isList ? [] : replaceNodeFix('Change the type to AWSDateTime', namedTypeNode(field.type), 'AWSDateTime'),
    });
  }
}

/** The field names the resolvers fill: `timestamps`' own, else the DynamoDB defaults. */
function timestampNames(type: ObjectTypeDefinitionNode, context: RuleContext): Record<TimestampKey, string | undefined> {
  const directive = type.directives!.find((candidate) => candidate.name.value === 'model')!;
  const timestamps = findArgument(directive, 'timestamps');
  if (timestamps?.value.kind === Kind.NULL) return { createdAt: undefined, updatedAt: undefined };
  // Defaults only where the data source is known to be DynamoDB: a SQL model has none, and an unknown one stays quiet.
  const defaults = modelDataSource(type, context) === 'dynamodb';
  const names: Record<TimestampKey, string | undefined> = {
    createdAt: defaults ? 'createdAt' : undefined,
    updatedAt: defaults ? 'updatedAt' : undefined,
  };
  if (timestamps?.value.kind !== Kind.OBJECT) return names;
  for (const key of ['createdAt', 'updatedAt'] as const) {
    const entry = objectFieldNode(timestamps.value, key);
    if (!entry) continue;
    names[key] = entry.value.kind === Kind.STRING ? entry.value.value : undefined;
  }
  return names;
}
