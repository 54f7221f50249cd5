import { readLensSetting, type LensSettings } from './lens-settings';

/**
 * What a client may pass as `initializationOptions`. Editors that can answer
 * `workspace/configuration` (VS Code, Neovim, Helix, Zed, …) need none of the settings here:
 * the server pulls them per folder. Others pass them once, the same for every folder.
 */
export interface LensInitializationOptions {
  /** `amplifyLens.schemaFiles`: extra globs of `.graphql` files that are Amplify schemas. */
  schemaFiles?: string[];
  /** `amplifyLens.transformerVersion`. */
  transformerVersion?: LensSettings['transformerVersion'];
  /**
   * JSON configuration files' schema diagnostics, completion and hover; default true. VS Code's
   * extension passes false: VS Code's own JSON support serves them from the extension's
   * `jsonValidation` contributions, and the server adds only the cross-file checks.
   */
  jsonSchemaFeatures?: boolean;
  /**
   * The same for the Hosting YAML files (`amplify.yml`, `customHttp.yml`); default true. VS Code's
   * extension passes false while Red Hat's YAML extension validates them through the extension's
   * `yamlValidation` contributions, so each problem shows once.
   */
  yamlSchemaFeatures?: boolean;
  /**
   * Whether the editor trusts the workspace, so the server may run project code (Gen 2
   * `resource.ts`); default true: `amplify-lens check` and editors without a notion of trust run it
   * because the user ran them, as `tsc` or `ampx` would. VS Code's extension passes its trust and
   * sends `amplifyLens/workspaceTrusted` when the user grants it.
   */
  workspaceTrusted?: boolean;
}

/** The settings the language server uses for the schemas of one workspace folder. */
export type LensServerSettings = Pick<LensSettings, 'schemaFiles' | 'transformerVersion'>;

/** Initialization options from an untrusted client, each field read as its setting is. */
export function readInitializationOptions(raw: unknown): {
  settings: LensServerSettings;
  jsonSchemaFeatures: boolean;
  yamlSchemaFeatures: boolean;
  workspaceTrusted: boolean;
} {
  const options = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    settings: {
      schemaFiles: readLensSetting('schemaFiles', options.schemaFiles),
      transformerVersion: readLensSetting('transformerVersion', options.transformerVersion),
    },
    jsonSchemaFeatures: options.jsonSchemaFeatures !== false,
    yamlSchemaFeatures: options.yamlSchemaFeatures !== false,
    workspaceTrusted: options.workspaceTrusted !== false,
  };
}
