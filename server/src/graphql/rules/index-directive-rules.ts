import type { SchemaRule } from '../rule-context';

export const indexDirectiveRules: SchemaRule = {
  name: 'index-directive',
  run() {},
};
