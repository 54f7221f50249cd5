import { Kind } from 'graphql';
import { findArgument } from '../../amplify-schema-model';
import type { SchemaRule } from '../../rule-context';
import { fieldDirectiveUses } from '../directive-rule-support';
import { checkFunctionName } from '../function-directive-rules';

/**
 * `@function` of transformer v1 (graphql-function-transformer `FunctionTransformer.ts`): a name
 * that is not empty, and — as under v2, since v1 builds the same `<name>-${env}` ARNs
 * (`lambdaArns.ts`) — a warning when it names none of the project's functions. v1 has no
 * `invocationType`; the SDL layer reports it as an unknown argument.
 */
export const v1FunctionDirectiveRules: SchemaRule = {
  name: 'v1-function-directive',
  run(context) {
    for (const { directive } of fieldDirectiveUses(context.model, 'function')) {
      const name = findArgument(directive, 'name')?.value;
      if (name?.kind === Kind.STRING && name.value === '') {
        context.report({
          node: name,
          code: 'function-empty-name',
          message: 'Must supply a \'name\' to @function. Write the name of the Lambda function, e.g. "myFunction-${env}".',
        });
        continue;
      }
      checkFunctionName(directive, context);
    }
  },
};
