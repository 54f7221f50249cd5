import type { SchemaRule } from '../rule-context';

export const functionDirectiveRules: SchemaRule = {
  name: 'function-directive',
  run() {},
};
