import type { SchemaRule } from '../rule-context';

export const sqlDirectiveRules: SchemaRule = {
  name: 'sql-directive',
  run() {},
};
