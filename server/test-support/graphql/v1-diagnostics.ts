import { analyzeSchema } from '../../src/graphql/analyze-schema';
import { defaultApiSettings, type ApiSettings } from '../../src/graphql/api-settings';
import type { LensDiagnostic } from '../../src/lens-diagnostic';
import { SCHEMA_URI } from './diagnose';

/** A Gen 1 project still on v1: the CLI's "existing project" flag defaults. */
const V1_PROJECT_FLAGS = {
  secondarykeyasgsi: false,
  enableautoindexquerynames: false,
  usesubusernamefordefaultidentityclaim: true,
  respectprimarykeyattributesonconnectionfield: false,
  populateownerfieldforstaticgroupauth: false,
  shoulddeepmergedirectiveconfigdefaults: false,
  improvepluralization: false,
  validatetypenamereservedwords: true,
  useexperimentalpipelinedtransformer: false,
  transformerversion: 1,
};

export function v1Settings(overrides: Partial<ApiSettings> = {}): ApiSettings {
  return defaultApiSettings({ generation: 1, transformerVersion: 1, featureFlags: { ...V1_PROJECT_FLAGS }, ...overrides });
}

/** Everything the analysis reports on a v1 schema except the v2-rewrite hints. */
export function diagnoseV1(sdl: string, overrides: Partial<ApiSettings> = {}): LensDiagnostic[] {
  return analyzeSchema([{ uri: SCHEMA_URI, text: sdl }], v1Settings(overrides)).diagnostics.filter((d) => d.severity !== 'hint');
}

/** The codes found, in order, for compact assertions. */
export function codesV1(sdl: string, overrides: Partial<ApiSettings> = {}): string[] {
  return diagnoseV1(sdl, overrides).map((d) => d.code);
}
