import type { SchemaRule } from '../../rule-context';
import { fieldDirectiveUses } from '../directive-rule-support';

/**
 * `@predictions` of transformer v1 (graphql-predictions-transformer `PredictionsTransformer.ts`,
 * `field`): on fields of the query type only. Its `validateActions` accepts every action the
 * definition lists in any order (its `allowed` list never grows), so the order is not checked.
 * The storage bucket it needs comes from the project's S3 resource, which the API settings do not
 * carry: that check is left to the CLI.
 */
export const v1PredictionsDirectiveRules: SchemaRule = {
  name: 'v1-predictions-directive',
  run({ model, report }) {
    const queryTypeName = model.rootTypeName('query');
    for (const { parent, field, directive } of fieldDirectiveUses(model, 'predictions')) {
      if (parent.name.value === queryTypeName) continue;
      report({
        node: directive,
        code: 'predictions-not-on-query',
        message: `@predictions directive only works under Query operations. Move '${field.name.value}' to ${queryTypeName}.`,
      });
    }
  },
};
