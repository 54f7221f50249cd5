import { AppSyncDirectives, V1Directives, V2Directives, type Directive } from '@aws-amplify/graphql-directives';
// The Gen 1 CLI's API plugin (amplify-category-api 5.x) pins graphql-directives 1.1.1: its
// definitions lack what the Gen 2 line added since (@index projection, @function invocationType,
// @belongsTo overrideIndexName, an optional @default value, the AI and @validate directives).
import {
  AppSyncDirectives as Gen1AppSyncDirectives,
  DeprecatedDirective as Gen1DeprecatedDirective,
  V1Directives as Gen1V1Directives,
  V2Directives as Gen1V2Directives,
} from '@aws-amplify/graphql-directives-gen1';
import { Source, parse, type DocumentNode } from 'graphql';
import type { ApiSettings } from './api-settings';

/**
 * Scalars the transformer appends before validating (transformer-core validation.ts); AppSync
 * provides the AWS ones, and the transformer adds BigInt and Double.
 */
export const AWS_SCALARS = [
  'AWSDate',
  'AWSTime',
  'AWSDateTime',
  'AWSTimestamp',
  'AWSEmail',
  'AWSJSON',
  'AWSURL',
  'AWSPhone',
  'AWSIPAddress',
  'BigInt',
  'Double',
] as const;

export const BUILT_IN_SCALARS = ['ID', 'String', 'Int', 'Float', 'Boolean'] as const;

/** Directives only the Gen 2 transformer line knows (graphql-directives 2.x, not 1.1.1 of the Gen 1 CLI). */
export const GEN2_ONLY_DIRECTIVES = new Set(
  V2Directives.map((directive) => directive.name).filter((name) => !Gen1V2Directives.some((gen1) => gen1.name === name)),
);

/** Directives of transformer v1 that v2 removed; their presence under v2 needs migrating. */
export const V1_ONLY_DIRECTIVES = new Set(['key', 'connection', 'versioned']);

/** v2 directives that transformer v1 does not know. */
export const V2_ONLY_DIRECTIVES = new Set(
  V2Directives.map((directive) => directive.name).filter((name) => !V1Directives.some((v1) => v1.name === name) && name !== 'deprecated'),
);

/**
 * Transformer v1 validates the user's schema with the definitions of the transformers the CLI
 * loads (amplify-category-api `transformer-factory.ts`, `getTransformerFactoryV1`), which are the
 * `V1Directives` of graphql-directives 1.1.1 — each one the same SDL as its transformer had inline
 * before the definitions moved into that package — plus graphql-transformer-core `validation.ts`'s
 * `EXTRA_DIRECTIVES_DOCUMENT`: the AppSync directives and a `@deprecated` that is also allowed on
 * ENUM and INPUT_FIELD_DEFINITION (graphql-js' own allows neither there).
 */
const GEN1_V1_DIRECTIVES: readonly Directive[] = [...Gen1AppSyncDirectives, ...Gen1V1Directives, Gen1DeprecatedDirective];

export function directivesFor(settings: ApiSettings): Directive[] {
  if (settings.generation === 2) return [...AppSyncDirectives, ...V2Directives];
  return settings.transformerVersion === 1 ? [...GEN1_V1_DIRECTIVES] : [...Gen1AppSyncDirectives, ...Gen1V2Directives];
}

const preambleCache = new Map<string, DocumentNode>();

/**
 * The SDL prepended to the user's schema so graphql-js knows Amplify's directives, their input
 * types and the AWS scalars. Parsed once per directive set.
 */
export function directivePreamble(settings: ApiSettings): DocumentNode {
  const key = `${settings.generation}/${settings.transformerVersion}`;
  let preamble = preambleCache.get(key);
  if (!preamble) {
    const sdl = [...directivesFor(settings).map((directive) => directive.definition), ...AWS_SCALARS.map((scalar) => `scalar ${scalar}`)].join(
      '\n',
    );
    preamble = parse(new Source(sdl, 'amplify-directives.graphql'));
    preambleCache.set(key, preamble);
  }
  return preamble;
}

/** Names of every type the preamble defines (directive input types, enums, scalars). */
export function preambleTypeNames(settings: ApiSettings): Set<string> {
  const names = new Set<string>();
  for (const definition of directivePreamble(settings).definitions) {
    if ('name' in definition && definition.name && definition.kind !== 'DirectiveDefinition') {
      names.add(definition.name.value);
    }
  }
  return names;
}
