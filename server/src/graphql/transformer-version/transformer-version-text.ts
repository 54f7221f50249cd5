import type { ApiSettings } from '../api-settings';

/**
 * The version Lens checks a Gen 1 API with, in words: "Amplify GraphQL transformer v1 — amplify/cli.json
 * does not set …". The reason comes from the project's settings (transformer-feature-flags.ts).
 */
export function transformerVersionTitle(settings: ApiSettings): string {
  const version = `Amplify GraphQL transformer v${settings.transformerVersion}`;
  return settings.transformerVersionReason ? `${version} — ${settings.transformerVersionReason}` : version;
}

/** Whether the API is one whose transformer version is the project's choice (Gen 1 only). */
export function showsTransformerVersion(settings: ApiSettings): boolean {
  return settings.generation === 1;
}
