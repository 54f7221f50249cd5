import type { SchemaRule } from '../rule-context';
import { typeDirectiveUses } from './directive-rule-support';

/**
 * `@searchable` (searchable-transformer): needs @model and fields to index. The Gen 2 construct
 * turns `allowGen1Patterns` off, so there the transformer warns that @searchable is deprecated.
 */
export const searchableDirectiveRules: SchemaRule = {
  name: 'searchable-directive',
  run({ model, settings, report }) {
    for (const { type, directive } of typeDirectiveUses(model, 'searchable')) {
      const typeName = type.name.value;
      if (!(type.directives ?? []).some((d) => d.name.value === 'model')) {
        report({
          node: directive,
          code: 'searchable-not-on-model',
          message: `Types annotated with @searchable must also be annotated with @model. Add @model to ${typeName}, or remove @searchable.`,
        });
        continue;
      }
      if ((type.fields ?? []).length === 0) {
        report({
          node: directive,
          code: 'searchable-no-fields',
          message: `Models decorated with @searchable require fields defined within them. Add the fields to search to ${typeName}.`,
        });
      }
      if (settings.generation === 2) {
        report({
          node: directive,
          code: 'searchable-deprecated',
          severity: 'warning',
          message:
            '@searchable is deprecated. This functionality will be removed in the next major release. ' +
            'Consider the OpenSearch integration of Amplify Gen 2 data (a custom query with an OpenSearch data source) instead.',
        });
      }
    }
  },
};
