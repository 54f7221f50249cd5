import type { SchemaRule } from '../rule-context';

export const nameMappingDirectiveRules: SchemaRule = {
  name: 'name-mapping-directive',
  run() {},
};
