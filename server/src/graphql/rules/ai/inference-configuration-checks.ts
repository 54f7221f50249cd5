import { Kind, type DirectiveNode, type ValueNode } from 'graphql';
import { findArgument, objectFieldNode } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';

/**
 * `inferenceConfiguration` of `@generation` and `@conversation`, against Bedrock's ranges as
 * both transformers check them (generation-transformer `validation.ts` and
 * conversation-transformer `conversation-field-handler.ts` `validateInferenceConfig`):
 * "@<d> directive maxTokens valid range: Minimum value of 1. Provided: <n>", and for
 * temperature and topP "… valid range: Minimum value of 0. Maximum value of 1. Provided: <n>".
 */
export function checkInferenceConfiguration(directive: DirectiveNode, { report }: RuleContext): void {
  const configuration = findArgument(directive, 'inferenceConfiguration')?.value;
  if (configuration?.kind !== Kind.OBJECT) return;
  const name = directive.name.value;
  const maxTokens = numberAt(configuration, 'maxTokens');
  if (maxTokens && maxTokens.value < 1) {
    report({
      node: maxTokens.node,
      code: `${name}-inference-out-of-range`,
      message: `@${name} directive maxTokens valid range: Minimum value of 1. Provided: ${maxTokens.value}. Give a positive number of tokens, or leave maxTokens out.`,
    });
  }
  for (const key of ['temperature', 'topP'] as const) {
    const setting = numberAt(configuration, key);
    if (setting && (setting.value < 0 || setting.value > 1)) {
      report({
        node: setting.node,
        code: `${name}-inference-out-of-range`,
        message: `@${name} directive ${key} valid range: Minimum value of 0. Maximum value of 1. Provided: ${setting.value}. Use a value from 0 to 1.`,
      });
    }
  }
}

/** A number literal (Int or Float) at `key`; other kinds are graphql validation's. */
function numberAt(object: ValueNode, key: string): { value: number; node: ValueNode } | undefined {
  const value = objectFieldNode(object, key)?.value;
  if (value?.kind !== Kind.INT && value?.kind !== Kind.FLOAT) return undefined;
  return { value: Number(value.value), node: value };
}
