import type { SchemaRule } from '../rule-context';

export const relationalDirectiveRules: SchemaRule = {
  name: 'relational-directive',
  run() {},
};
