import type { SchemaRule } from '../rule-context';

export const httpDirectiveRules: SchemaRule = {
  name: 'http-directive',
  run() {},
};
