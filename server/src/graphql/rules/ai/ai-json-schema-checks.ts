import { Kind, type TypeNode } from 'graphql';
import { AWS_SCALARS, BUILT_IN_SCALARS } from '../../amplify-directive-definitions';
import type { AmplifySchemaModel } from '../../amplify-schema-model';

/**
 * Scalars an AI route cannot require: Bedrock's JSON schema has no exact form for them
 * (transformer-core `utils/ai/graphql-scalar-json-schema-definitions.ts`).
 */
const DISALLOWED_REQUIRED_SCALARS = new Set([
  'AWSEmail',
  'AWSDate',
  'AWSTime',
  'AWSDateTime',
  'AWSTimestamp',
  'AWSPhone',
  'AWSURL',
  'AWSIPAddress',
]);
export const SUPPORTED_AI_SCALARS = ['Boolean', 'Int', 'Float', 'String', 'ID', 'AWSJSON'];

/** graphql-transformer-common `DEFAULT_SCALARS`: what its `isScalar` accepts. */
const TRANSFORMER_SCALARS = new Set<string>([...BUILT_IN_SCALARS, ...AWS_SCALARS]);

export type JsonSchemaProblem =
  | { kind: 'disallowed-required'; scalar: string; path: string }
  | { kind: 'unsupported-definition'; definitionKind: string; typeName: string; path: string }
  | { kind: 'recursive'; typeName: string; path: string };

/**
 * The first thing that makes the AI transformers' JSON schema conversion throw for `type`
 * (`generateJSONSchemaFromTypeNode` in the generation transformer's `utils/graphql-json-schema-type.ts`
 * for response types, and the conversation transformer's `tools/graphql-json-schema-type.ts` for
 * tool arguments). The conversion:
 * - throws "Disallowed required field type <T>…" for a non-null type whose base type (lists
 *   unwrapped) is one of the scalars above;
 * - descends into the named type's definition, which must be one of `allowedKinds` (object types
 *   for responses, input types for tool arguments, and enums), else "Unsupported type definition";
 * - keeps no record of what it visited, so a type that contains itself never ends (the deploy
 *   fails with a stack overflow).
 * Types the schema does not define are graphql validation's to report, and are skipped here.
 */
export function jsonSchemaProblem(
  type: TypeNode,
  model: AmplifySchemaModel,
  allowedKinds: ReadonlySet<string>,
  path: string,
): JsonSchemaProblem | undefined {
  return walk(type, { model, allowedKinds, steps: 0 }, path, []);
}

interface Walk {
  model: AmplifySchemaModel;
  allowedKinds: ReadonlySet<string>;
  /** Paths through a type graph can be many; past this many steps the check gives up quietly. */
  steps: number;
}

const STEP_LIMIT = 20_000;

function walk(type: TypeNode, state: Walk, path: string, visiting: readonly string[]): JsonSchemaProblem | undefined {
  if (++state.steps > STEP_LIMIT) return undefined;
  const { model, allowedKinds } = state;
  if (type.kind === Kind.NON_NULL_TYPE) {
    const base = baseTypeName(type);
    if (DISALLOWED_REQUIRED_SCALARS.has(base)) return { kind: 'disallowed-required', scalar: base, path };
    return walk(type.type, state, path, visiting);
  }
  if (type.kind === Kind.LIST_TYPE) return walk(type.type, state, path, visiting);
  const name = type.name.value;
  if (TRANSFORMER_SCALARS.has(name)) return undefined;
  const definition = model.types.get(name);
  if (!definition) return undefined;
  if (!allowedKinds.has(definition.kind)) return { kind: 'unsupported-definition', definitionKind: definition.kind, typeName: name, path };
  if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION) return undefined;
  if (visiting.includes(name)) return { kind: 'recursive', typeName: name, path };
  for (const field of definition.fields ?? []) {
    const problem = walk(field.type, state, `${name}.${field.name.value}`, [...visiting, name]);
    if (problem) return problem;
  }
  return undefined;
}

function baseTypeName(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : baseTypeName(type.type);
}

/** The problem in words: what the transformer says, where, and what to do. */
export function describeJsonSchemaProblem(problem: JsonSchemaProblem, route: string): string {
  switch (problem.kind) {
    case 'disallowed-required':
      return (
        `Disallowed required field type ${problem.scalar} at ${problem.path}. Use one of the supported scalar types for ${route}: ` +
        `[${SUPPORTED_AI_SCALARS.join(', ')}], or make the field optional.`
      );
    case 'unsupported-definition':
      return `Unsupported type definition: ${problem.definitionKind} (${problem.typeName} at ${problem.path}). ${route === 'generation routes' ? 'Use object types, enums and scalars' : 'Use input types, enums and scalars'} only.`;
    case 'recursive':
      return `${problem.typeName} contains itself (at ${problem.path}); the transformer's JSON schema for it never ends and the deploy fails. Use a type without a cycle.`;
  }
}
