import type { SchemaRule } from '../../rule-context';
import { v1AuthDirectiveRules } from './v1-auth-directive-rules';
import { v1ConnectionDirectiveRules } from './v1-connection-directive-rules';
import { v1FunctionDirectiveRules } from './v1-function-directive-rules';
import { v1HttpDirectiveRules } from './v1-http-directive-rules';
import { v1KeyDirectiveRules } from './v1-key-directive-rules';
import { v1MigrationHints } from './v1-migration-hints';
import { v1ModelDirectiveRules } from './v1-model-directive-rules';
import { v1PredictionsDirectiveRules } from './v1-predictions-directive-rules';
import { v1SearchableDirectiveRules } from './v1-searchable-directive-rules';
import { v1TypeExtensionRules } from './v1-type-extension-rules';
import { v1VersionedDirectiveRules } from './v1-versioned-directive-rules';

/**
 * The rules of a Gen 1 API on GraphQL transformer v1, run instead of the current transformer's
 * (rules/index.ts), whose checks are not v1's. Rule by rule, against the v1 sources (amplify-category-api
 * before the Gen 1-only packages were removed, `0cedc2472^`):
 *
 * - @model: the reserved root type names hold (DynamoDBModelTransformer); timestamps that cannot be
 *   filled warn in both; v1 adds the collision of generated and declared root fields
 *   (TransformerContext.addObjectExtension). DataStore's reserved field names are not v1's check,
 *   and v1 ignores directives on type extensions instead of rejecting them (v1-type-extension-rules.ts).
 * - @auth: v1's own strategies, providers and field rules (ModelAuthTransformer); v2's access
 *   matrix, claims, sandbox and group rules do not apply.
 * - @function: the project-function warning holds (same `-${env}` ARNs, lambdaArns.ts); v1 has no
 *   `invocationType`. @http: the url scheme holds, on object types (HttpTransformer.before).
 * - @searchable: @model is required; v1 has no rule about fields and nothing is deprecated.
 * - @predictions: on the query type only; no action order (its validateActions checks none).
 * - @primaryKey, @index, @hasOne, @hasMany, @belongsTo, @manyToMany, @default, @mapsTo, @refersTo,
 *   @sql and the Gen 2 directives are not v1 directives: the SDL layer reports each use.
 * - @key, @connection and @versioned exist only here.
 */
export const v1SchemaRules: readonly SchemaRule[] = [
  v1ModelDirectiveRules,
  v1AuthDirectiveRules,
  v1KeyDirectiveRules,
  v1ConnectionDirectiveRules,
  v1VersionedDirectiveRules,
  v1SearchableDirectiveRules,
  v1FunctionDirectiveRules,
  v1HttpDirectiveRules,
  v1PredictionsDirectiveRules,
  v1TypeExtensionRules,
  v1MigrationHints,
];
