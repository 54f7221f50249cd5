import { Kind } from 'graphql';
import { findArgument, findDirective } from '../../amplify-schema-model';
import type { SchemaRule } from '../../rule-context';
import { fieldDirectiveUses } from '../directive-rule-support';
import { urlFixes, VALID_PROTOCOL } from '../http-directive-rules';

/**
 * `@http` of transformer v1 (graphql-http-transformer `HttpTransformer.ts`, `before`): the url of
 * each @http on a field of an object type definition must start with `http://` or `https://`.
 * Interfaces' fields are not looked at.
 */
export const v1HttpDirectiveRules: SchemaRule = {
  name: 'v1-http-directive',
  run({ model, report }) {
    for (const { parent, field, directive } of fieldDirectiveUses(model, 'http')) {
      // `before` reads the first @http of each field of object type definitions.
      if (parent.kind !== Kind.OBJECT_TYPE_DEFINITION || findDirective(field, 'http') !== directive) continue;
      const url = findArgument(directive, 'url')?.value;
      if (url?.kind !== Kind.STRING || VALID_PROTOCOL.test(url.value)) continue;
      report({
        node: url,
        code: 'http-invalid-url',
        message: `@http directive requires a url parameter that begins with http:// or https://. Found "${url.value}".`,
        fixes: urlFixes(url, url.value),
      });
    }
  },
};
