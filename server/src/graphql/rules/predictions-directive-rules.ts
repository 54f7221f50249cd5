import { Kind, type ValueNode } from 'graphql';
import { findArgument, listItemNodes } from '../amplify-schema-model';
import type { RuleContext, SchemaRule } from '../rule-context';
import { fieldDirectiveUses, replaceNodeFix, type FieldDirectiveUse } from './directive-rule-support';

/**
 * Which action may follow which (predictions-transformer `utils/action-maps.ts` `allowedActions`):
 * each action feeds its output to the next, so only these chains exist.
 */
const ALLOWED_NEXT: ReadonlyMap<string, readonly string[]> = new Map([
  ['identifyText', ['translateText']],
  ['identifyLabels', ['translateText', 'convertTextToSpeech']],
  ['translateText', ['convertTextToSpeech']],
  ['convertTextToSpeech', []],
]);

/**
 * `@predictions` (amplify-graphql-predictions-transformer `graphql-predictions-transformer.ts`
 * `field` and `validateActions`), in the order the transformer checks:
 * storage configured ("Please configure storage in your project in order to use the @predictions
 * directive"), on the Query type only ("@predictions directive only works under Query
 * operations."), at least one action ("@predictions directive requires at least one action.")
 * and each action one that may follow the previous ("<action> is not supported in this context!").
 * Transformer v1 has its own rules.
 */
export const predictionsDirectiveRules: SchemaRule = {
  name: 'predictions-directive',
  run(context) {
    if (context.settings.transformerVersion === 1) return;
    for (const use of fieldDirectiveUses(context.model, 'predictions')) checkUse(use, context);
  },
};

function checkUse(use: FieldDirectiveUse, context: RuleContext): void {
  const { parent, directive } = use;
  const { settings, model, report } = context;
  // Gen 1 passes a bucket only when the project has S3 storage (amplify-category-api
  // transformer-options-v2.ts `s3ResourceAlreadyExists`); Gen 2's defineData never passes one
  // (amplify-backend backend-data factory.ts gives AmplifyData no `predictionsBucket`).
  const storage = settings.generation === 2 ? false : settings.storageConfigured;
  if (storage === false) {
    report({
      node: directive,
      code: 'predictions-storage-not-configured',
      message:
        settings.generation === 2
          ? 'Please configure storage in your project in order to use the @predictions directive: Amplify Gen 2 data gives @predictions no storage bucket, so this deploy fails. @predictions is deprecated; call Amazon Rekognition, Translate or Polly from a function (a.handler.function) instead.'
          : 'Please configure storage in your project in order to use the @predictions directive. Run `amplify add storage` and choose Content (Images, audio, video, etc.), then push.',
    });
    return;
  }
  const queryType = model.rootTypeName('query');
  if (parent.name.value !== queryType) {
    report({
      node: directive,
      code: 'predictions-not-on-query',
      message: `@predictions directive only works under Query operations. Move '${use.field.name.value}' to the ${queryType} type.`,
    });
    return;
  }
  const actions = findArgument(directive, 'actions')?.value;
  if (!actions) return; // the argument is required: graphql validation reports it
  const items = listItemNodes(actions).filter((item) => item.kind === Kind.ENUM);
  if (actions.kind === Kind.LIST && actions.values.length === 0) {
    report({
      node: actions,
      code: 'predictions-no-actions',
      message: '@predictions directive requires at least one action. List the actions to run in order, e.g. [identifyText, translateText].',
    });
    return;
  }
  checkOrder(items, context);
}

function checkOrder(items: readonly ValueNode[], { report }: RuleContext): void {
  for (let i = 1; i < items.length; i++) {
    const previous = items[i - 1];
    const item = items[i];
    if (previous.kind !== Kind.ENUM || item.kind !== Kind.ENUM) continue;
    const allowed = ALLOWED_NEXT.get(previous.value);
    if (!allowed || allowed.includes(item.value)) continue; // unknown values are graphql validation's
    report({
      node: item,
      code: 'predictions-action-order',
      message:
        `${item.value} is not supported in this context! After ${previous.value} may come ` +
        (allowed.length ? `only ${allowed.join(' or ')}` : 'no other action') +
        '. Actions run in order, each feeding the next: identifyText → translateText → convertTextToSpeech, or identifyLabels → translateText or convertTextToSpeech.',
      fixes: allowed.length === 0 ? removeItemFix(items, i) : [],
    });
    return; // the transformer stops at the first action out of place
  }
}

/** Drops the actions from `index` on: nothing can follow convertTextToSpeech. */
function removeItemFix(items: readonly ValueNode[], index: number) {
  const kept = items.slice(0, index).map((item) => (item.kind === Kind.ENUM ? item.value : ''));
  const first = items[0];
  const last = items[items.length - 1];
  if (!first.loc || !last.loc) return [];
  const span = { ...first, loc: { ...first.loc, end: last.loc.end } } as ValueNode;
  return replaceNodeFix(`Remove the actions after ${kept[kept.length - 1]}`, span, kept.join(', '));
}
