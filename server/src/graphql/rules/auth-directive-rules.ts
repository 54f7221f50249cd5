import type { SchemaRule } from '../rule-context';

export const authDirectiveRules: SchemaRule = {
  name: 'auth-directive',
  run() {},
};
