import type { SchemaWorkspaceOptions } from './workspace/schema-workspace';

export interface ServerOptions extends SchemaWorkspaceOptions {
  /** JSON config files' schema diagnostics, completion and hover (VS Code's client turns these off: see ConfigServiceOptions). */
  jsonSchemaFeatures: boolean;
  /**
   * The same for amplify.yml and customHttp.yml. VS Code's client turns it off while Red Hat's YAML
   * extension is installed, which validates them through the extension's `yamlValidation`.
   */
  yamlSchemaFeatures: boolean;
}

/** Options from initializationOptions or the `amplifyLens` settings section (same shape). */
export function readServerOptions(raw: unknown): ServerOptions {
  const { schemaFiles, transformerVersion, jsonSchemaFeatures, yamlSchemaFeatures } = (raw ?? {}) as {
    schemaFiles?: unknown;
    transformerVersion?: unknown;
    jsonSchemaFeatures?: unknown;
    yamlSchemaFeatures?: unknown;
  };
  const forced = transformerVersion === '1' || transformerVersion === 1 ? 1 : transformerVersion === '2' || transformerVersion === 2 ? 2 : undefined;
  return {
    schemaFiles: Array.isArray(schemaFiles) ? schemaFiles.filter((glob): glob is string => typeof glob === 'string') : [],
    ...(forced ? { transformerVersion: forced } : {}),
    jsonSchemaFeatures: jsonSchemaFeatures !== false,
    yamlSchemaFeatures: yamlSchemaFeatures !== false,
  };
}
