import { Kind, type ObjectTypeDefinitionNode } from 'graphql';
import { hasDirective } from '../amplify-schema-model';
import type { SchemaRule } from '../rule-context';
import { checkAuthClaims } from './auth/auth-claim-checks';
import { checkModelAccess } from './auth/auth-model-access-checks';
import { checkAuthOperations } from './auth/auth-operation-checks';
import { checkAuthPlacement } from './auth/auth-placement-checks';
import { checkAuthProviders } from './auth/auth-provider-checks';
import { authDirectiveUses, type AuthDirectiveUse } from './auth/auth-rule-reader';
import { checkSandboxMode } from './auth/auth-sandbox-checks';

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
    const uses = authDirectiveUses(context.model);
    const usesByModel = new Map<ObjectTypeDefinitionNode, AuthDirectiveUse[]>();
    for (const use of uses) {
      checkAuthPlacement(use, context);
      checkAuthProviders(use, context);
      checkAuthOperations(use, context);
      checkAuthClaims(use, context);
      const { parent } = use;
      if (parent.kind === Kind.OBJECT_TYPE_DEFINITION && hasDirective(parent, 'model')) {
        usesByModel.set(parent, [...(usesByModel.get(parent) ?? []), use]);
      }
    }
    // Uses come type first, then fields in order: the order the transformer fills its matrix in.
    for (const [type, modelUses] of usesByModel) checkModelAccess(type, modelUses, context);
    checkSandboxMode(context);
  },
};
