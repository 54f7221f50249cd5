import { Kind } from 'graphql';
import type { RuleContext, SchemaRule } from '../../rule-context';
import { fieldDirectiveUses, type FieldDirectiveUse } from '../directive-rule-support';
import { describeJsonSchemaProblem, jsonSchemaProblem } from './ai-json-schema-checks';
import { checkInferenceConfiguration } from './inference-configuration-checks';

/** A response type becomes a JSON schema of objects, enums and scalars (generation `graphql-json-schema-type.ts`). */
const RESPONSE_KINDS = new Set<string>([Kind.OBJECT_TYPE_DEFINITION, Kind.ENUM_TYPE_DEFINITION]);

/**
 * `@generation` (amplify-graphql-generation-transformer): on a field of the type named `Query`
 * ("@generation directive must be used on Query field.", `validation.ts`, which compares the
 * literal name), inference settings in Bedrock's ranges, and a response type the transformer can
 * describe to the model as a JSON schema (`utils/tools.ts` `createResponseTypeTool`).
 * Only the Gen 2 line of the transformer has `@generation`.
 */
export const generationDirectiveRules: SchemaRule = {
  name: 'generation-directive',
  run(context) {
    if (context.settings.generation !== 2) return;
    for (const use of fieldDirectiveUses(context.model, 'generation')) checkUse(use, context);
  },
};

function checkUse({ parent, field, directive }: FieldDirectiveUse, context: RuleContext): void {
  if (parent.name.value !== 'Query') {
    context.report({
      node: directive,
      code: 'generation-not-on-query',
      message: `@generation directive must be used on Query field. Move '${field.name.value}' to the Query type; a generation only reads.`,
    });
    return;
  }
  checkInferenceConfiguration(directive, context);
  const problem = jsonSchemaProblem(field.type, context.model, RESPONSE_KINDS, `${parent.name.value}.${field.name.value}`);
  if (problem) {
    context.report({
      node: field.type,
      code: 'generation-unsupported-response-type',
      message: describeJsonSchemaProblem(problem, 'generation routes'),
    });
  }
}
