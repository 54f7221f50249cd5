import type { DirectiveNode } from 'graphql';
import type { AmplifySchemaModel } from './amplify-schema-model';
import type { QuickFix } from './lens-diagnostic';

/** Quick fixes that rewrite a v1 `@key` / `@connection` / `@versioned` into its v2 form. */
export function v1DirectiveMigrationFixes(_directive: DirectiveNode, _model: AmplifySchemaModel): QuickFix[] {
  return [];
}
