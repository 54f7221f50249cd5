import type { SchemaRule } from '../rule-context';
import { conversationDirectiveRules } from './ai/conversation-directive-rules';
import { generationDirectiveRules } from './ai/generation-directive-rules';
import { authDirectiveRules } from './auth-directive-rules';
import { authRelatedKeyRules } from './auth-related-key-rules';
import { defaultDirectiveRules } from './default-directive-rules';
import { functionDirectiveRules } from './function-directive-rules';
import { httpDirectiveRules } from './http-directive-rules';
import { indexDirectiveRules } from './index-directive-rules';
import { keyAttributeTypeRules } from './key-attribute-type-rules';
import { modelDirectiveRules } from './model-directive-rules';
import { nameMappingDirectiveRules } from './name-mapping-directive-rules';
import { predictionsDirectiveRules } from './predictions-directive-rules';
import { primaryKeyDirectiveRules } from './primary-key-directive-rules';
import { relationalDirectiveRules } from './relational-directive-rules';
import { searchableDirectiveRules } from './searchable-directive-rules';
import { sqlDataSourceRules } from './sql-datasource-rules';
import { sqlDirectiveRules } from './sql-directive-rules';
import { validateDirectiveRules } from './validate-directive-rules';

/** Every Amplify rule, run over the merged schema after graphql-js' SDL validation. */
export const schemaRules: readonly SchemaRule[] = [
  modelDirectiveRules,
  authDirectiveRules,
  relationalDirectiveRules,
  indexDirectiveRules,
  primaryKeyDirectiveRules,
  defaultDirectiveRules,
  functionDirectiveRules,
  httpDirectiveRules,
  searchableDirectiveRules,
  nameMappingDirectiveRules,
  sqlDirectiveRules,
  predictionsDirectiveRules,
  validateDirectiveRules,
  generationDirectiveRules,
  conversationDirectiveRules,
  keyAttributeTypeRules,
  authRelatedKeyRules,
  sqlDataSourceRules,
];
