/**
 * The language server with one more rule, which always fails — the stand-in for a bug in a rule
 * that some schema triggers — put first, so every real rule runs after it.
 */
import type { SchemaRule } from '../../../server/src/graphql/rule-context';
import { schemaRules } from '../../../server/src/graphql/rules';
import '../../../server/src/server';

(schemaRules as SchemaRule[]).unshift({
  name: 'always-fails',
  run() {
    throw new RangeError('Maximum call stack size exceeded');
  },
});
