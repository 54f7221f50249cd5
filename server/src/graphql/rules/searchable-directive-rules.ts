import type { SchemaRule } from '../rule-context';

export const searchableDirectiveRules: SchemaRule = {
  name: 'searchable-directive',
  run() {},
};
