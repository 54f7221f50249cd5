import { Kind } from 'graphql';
import { hasDirective } from '../amplify-schema-model';
import type { SchemaRule } from '../rule-context';
import { checkAuthClaims } from './auth/auth-claim-checks';
import { checkModelAccess } from './auth/auth-model-access-checks';
import { checkAuthOperations } from './auth/auth-operation-checks';
import { checkAuthPlacement } from './auth/auth-placement-checks';
import { checkAuthProviders } from './auth/auth-provider-checks';
import { authDirectiveUsesByDefinition, type AuthParent } from './auth/auth-rule-reader';
import { checkSandboxMode } from './auth/auth-sandbox-checks';
import { CleanUnitMemo } from './clean-unit-memo';

/**
 * The checks of one definition's `@auth` uses read its own nodes, the settings, root type names and
 * kinds of types only; so does the access matrix of a model, built from its own uses.
 */
const definitionChecks = new CleanUnitMemo<AuthParent>();

/**
 * `@auth` of transformer v2 (amplify-graphql-auth-transformer): where it may stand, which
 * providers each strategy takes and the API has, operations, claims and groups, duplicate
 * roles and field-level coverage of required fields; plus Gen 1's global sandbox rule.
 * Transformer v1's `@auth` has other semantics and is left alone.
 */
export const authDirectiveRules: SchemaRule = {
  name: 'auth-directive',
  run(context) {
    if (context.settings.transformerVersion !== 2) return;
    for (const { definition, uses } of authDirectiveUsesByDefinition(context.model)) {
      definitionChecks.check(definition, [], context, (unitContext) => {
        for (const use of uses) {
          checkAuthPlacement(use, unitContext);
          checkAuthProviders(use, unitContext);
          checkAuthOperations(use, unitContext);
          checkAuthClaims(use, unitContext);
        }
        // Uses come type first, then fields in order: the order the transformer fills its matrix in.
        if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && hasDirective(definition, 'model')) {
          checkModelAccess(definition, uses, unitContext);
        }
      });
    }
    checkSandboxMode(context);
  },
};
