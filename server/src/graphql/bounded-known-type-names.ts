import { GraphQLError, introspectionTypes, isTypeDefinitionNode, KnownTypeNamesRule, specifiedScalarTypes, type ASTVisitor } from 'graphql';
import type { SDLValidationContext } from 'graphql/validation/ValidationContext';

/**
 * graphql-js' KnownTypeNamesRule, bounded. For every reference to an unknown type it measures the
 * edit distance to every type name to suggest one ("Did you mean"), so a schema with many types
 * and many unknown references costs their product: 5,000 types each naming a missing one took six
 * seconds, a 2 MB schema could take an hour. Here the rule's answer is remembered per name, and
 * past `MAX_SUGGESTED_NAMES` different unknown names the rest are reported without suggestions
 * (the same message graphql-js gives when it has none).
 */
export const MAX_SUGGESTED_NAMES = 100;

const STANDARD_TYPE_NAMES = new Set([...specifiedScalarTypes, ...introspectionTypes].map((type) => type.name));

export function boundedKnownTypeNamesRule(context: SDLValidationContext): ASTVisitor {
  // The rule reports through the context; its reports are taken here, remembered, then passed on.
  const reported: { error?: GraphQLError } = {};
  const capturing = Object.create(context, {
    reportError: { value: (error: GraphQLError) => (reported.error = error) },
  }) as SDLValidationContext;
  const inner = KnownTypeNamesRule(capturing) as { NamedType: (...args: unknown[]) => void };
  const known = new Set<string>(Object.keys(context.getSchema()?.getTypeMap() ?? {}));
  for (const definition of context.getDocument().definitions) if (isTypeDefinitionNode(definition)) known.add(definition.name.value);
  /** Unknown names and the message graphql-js gave them; known ones map to undefined. */
  const answers = new Map<string, string | undefined>();
  let suggested = 0;

  return {
    NamedType(node, key, parent, path, ancestors) {
      const name = node.name.value;
      if (!answers.has(name)) {
        if (suggested < MAX_SUGGESTED_NAMES || known.has(name)) {
          delete reported.error;
          inner.NamedType(node, key, parent, path, ancestors);
          const error = reported.error as GraphQLError | undefined;
          answers.set(name, error?.message);
          if (error) suggested++;
        } else {
          // In SDL the standard scalars need no definition (graphql-js' own exception).
          answers.set(name, STANDARD_TYPE_NAMES.has(name) ? undefined : `Unknown type "${name}".`);
        }
      }
      const message = answers.get(name);
      if (message !== undefined) context.reportError(new GraphQLError(message, { nodes: node }));
    },
  };
}
