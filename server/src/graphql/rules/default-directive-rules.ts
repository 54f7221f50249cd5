import type { SchemaRule } from '../rule-context';

export const defaultDirectiveRules: SchemaRule = {
  name: 'default-directive',
  run() {},
};
