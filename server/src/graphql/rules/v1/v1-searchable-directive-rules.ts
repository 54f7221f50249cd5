import { hasDirective } from '../../amplify-schema-model';
import type { SchemaRule } from '../../rule-context';
import { typeDirectiveUses } from '../directive-rule-support';

/**
 * `@searchable` of transformer v1 (graphql-elasticsearch-transformer `SearchableModelTransformer.ts`,
 * `object`): only the @model requirement. v1 has no rule about fields, and no deprecation.
 */
export const v1SearchableDirectiveRules: SchemaRule = {
  name: 'v1-searchable-directive',
  run({ model, report }) {
    for (const { type, directive } of typeDirectiveUses(model, 'searchable')) {
      if (hasDirective(type, 'model')) continue;
      report({
        node: directive,
        code: 'searchable-not-on-model',
        message: `Types annotated with @searchable must also be annotated with @model. Add @model to ${type.name.value}, or remove @searchable.`,
      });
    }
  },
};
