import { Kind, type ArgumentNode, type DirectiveNode } from 'graphql';
import { findArgument, objectFieldNode } from '../../amplify-schema-model';
import type { RuleContext, SchemaRule } from '../../rule-context';
import { fieldDirectiveUses, type FieldDirectiveUse } from '../directive-rule-support';
import { checkConversationTools } from './conversation-tool-checks';
import { checkInferenceConfiguration } from './inference-configuration-checks';

const RETURN_TYPE = 'AmplifyAIConversationMessage';

/**
 * `@conversation` (amplify-graphql-conversation-transformer `transformer-steps/conversation-field-handler.ts`):
 * - "@conversation directive must be used on Mutation field." (the literal type name);
 * - "@conversation return type must be AmplifyAIConversationMessage" (the nullable named type, exactly);
 * - inference settings in Bedrock's ranges;
 * - "'functionName' and 'handler' are mutually exclusive", and a handler's `eventVersion` whose
 *   major version (semver `coerce`) is 1: "Unsupported custom conversation handler. Expected
 *   eventVersion to match 1.x, received <v>";
 * - tool names and shapes, and the queries and models they name (conversation-tool-checks.ts).
 * Only the Gen 2 line of the transformer has `@conversation`.
 */
export const conversationDirectiveRules: SchemaRule = {
  name: 'conversation-directive',
  run(context) {
    if (context.settings.generation !== 2) return;
    for (const use of fieldDirectiveUses(context.model, 'conversation')) checkUse(use, context);
  },
};

function checkUse({ parent, field, directive }: FieldDirectiveUse, context: RuleContext): void {
  const { report } = context;
  if (parent.name.value !== 'Mutation') {
    report({
      node: directive,
      code: 'conversation-not-on-mutation',
      message: `@conversation directive must be used on Mutation field. Move '${field.name.value}' to the Mutation type.`,
    });
    return;
  }
  if (field.type.kind !== Kind.NAMED_TYPE || field.type.name.value !== RETURN_TYPE) {
    report({
      node: field.type,
      code: 'conversation-return-type',
      message: `@conversation return type must be ${RETURN_TYPE}. Declare the field as '${field.name.value}(…): ${RETURN_TYPE}' (nullable, not a list).`,
    });
  }
  checkInferenceConfiguration(directive, context);
  checkHandler(directive, context);
  checkConversationTools(directive, context);
}

function checkHandler(directive: DirectiveNode, { report }: RuleContext): void {
  const handler = findArgument(directive, 'handler');
  const functionName = findArgument(directive, 'functionName');
  if (isGiven(handler) && isGiven(functionName)) {
    report({
      node: functionName!,
      code: 'conversation-function-name-and-handler',
      message: "'functionName' and 'handler' are mutually exclusive. Keep handler (functionName is its deprecated form).",
    });
  }
  if (handler?.value.kind !== Kind.OBJECT) return;
  const eventVersion = objectFieldNode(handler.value, 'eventVersion')?.value;
  if (eventVersion?.kind !== Kind.STRING) return;
  if (coercedMajor(eventVersion.value) !== 1) {
    report({
      node: eventVersion,
      code: 'conversation-handler-event-version',
      message: `Unsupported custom conversation handler. Expected eventVersion to match 1.x, received ${eventVersion.value}. Use "1.0", the event format of @aws-amplify/backend-ai's conversation handlers.`,
    });
  }
}

/** The transformer reads arguments as values: an explicit null is no value. */
function isGiven(argument: ArgumentNode | undefined): boolean {
  return argument !== undefined && argument.value.kind !== Kind.NULL;
}

/**
 * The major version `semver.coerce` finds in a string: the first run of up to 16 digits that is
 * not part of a longer one (semver's COERCE pattern), or `undefined` when there is none.
 */
export function coercedMajor(version: string): number | undefined {
  const match = /(?:^|[^\d])(\d{1,16})(?:\.(\d{1,16}))?(?:\.(\d{1,16}))?(?:$|[^\d])/.exec(version);
  return match ? Number(match[1]) : undefined;
}
