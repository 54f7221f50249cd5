import type { SchemaRule } from '../rule-context';

export const primaryKeyDirectiveRules: SchemaRule = {
  name: 'primary-key-directive',
  run() {},
};
