import { Kind, type InputObjectTypeDefinitionNode, type InputValueDefinitionNode } from 'graphql';
import type { RuleContext } from '../../rule-context';
import { insertAfter, replaceWith } from './auth-fix-edits';

const SANDBOX_RULE_TEXT = '{ allow: public }';

/**
 * Gen 1 "global sandbox mode": `input AMPLIFY { globalAuthRule: AuthRule = { allow: public } }`
 * (the Gen 1 API plugin's `schemaHasSandboxModeEnabled`, branch release-api-plugin-stable). The CLI
 * accepts exactly that shape (the default's first entry must be `allow: public`) and throws on
 * anything else; with no API key it prompts to create one before pushing.
 */
export function checkSandboxMode(context: RuleContext): void {
  const { settings, model } = context;
  if (settings.generation !== 1 || settings.transformerVersion !== 2) return;
  const amplify = model.types.get('AMPLIFY');
  if (amplify?.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION) return;
  const field = globalAuthRuleField(amplify);
  if (!field) return;
  const problem = sandboxProblem(field);
  if (problem) {
    context.report({ ...problem, code: 'auth-sandbox-rule-invalid' });
    return;
  }
  if (settings.authProviders && !settings.authProviders.has('apiKey')) {
    context.report({
      node: field,
      code: 'auth-sandbox-needs-api-key',
      severity: 'warning',
      message:
        'Global sandbox mode gives public access through an API key, but the API has none. ' +
        '`amplify push` will ask to create one; or run `amplify update api` and add API Key as an authorization type.',
    });
  }
}

function globalAuthRuleField(amplify: InputObjectTypeDefinitionNode): InputValueDefinitionNode | undefined {
  return amplify.fields?.find((field) => field.name.value === 'globalAuthRule' || field.name.value === 'global_auth_rule');
}

const INVALID =
  'There was a problem with your auth configuration: global sandbox mode is turned on only by ' +
  '`globalAuthRule: AuthRule = { allow: public }` in `input AMPLIFY`.';

function sandboxProblem(field: InputValueDefinitionNode) {
  if (field.type.kind !== Kind.NAMED_TYPE || field.type.name.value !== 'AuthRule') {
    return {
      node: field.type,
      message: `${INVALID} Change the type to AuthRule, or remove the field to turn sandbox mode off.`,
      fixes: replaceWith('Change the type to AuthRule', field.type, 'AuthRule'),
    };
  }
  const value = field.defaultValue;
  if (!value) {
    return {
      node: field,
      message: `${INVALID} Add the default value, or remove the field to turn sandbox mode off.`,
      fixes: insertAfter(`Add '= ${SANDBOX_RULE_TEXT}'`, field.type, ` = ${SANDBOX_RULE_TEXT}`),
    };
  }
  const first = value.kind === Kind.OBJECT ? value.fields[0] : undefined;
  const firstValue = first?.value;
  const isPublic =
    first?.name.value === 'allow' && (firstValue?.kind === Kind.ENUM || firstValue?.kind === Kind.STRING) && firstValue.value === 'public';
  if (isPublic) return undefined;
  return {
    node: value,
    message:
      `${INVALID} Sandbox mode can only grant public access; put per-model rules in @auth instead, ` +
      'or remove the field to turn sandbox mode off.',
    fixes: replaceWith(`Use ${SANDBOX_RULE_TEXT}`, value, SANDBOX_RULE_TEXT),
  };
}
