import type { CompletionItem, Hover } from 'vscode-languageserver-types';
import type { LensDiagnostic, Position } from '../lens-diagnostic';
import { INPUT_LIMITS, inputLimitDiagnostic } from '../limits/input-limits';
import { isYamlKind, type ConfigFileKind } from './config-file-kind';
import { completeJsonConfig, hoverJsonConfig, validateJsonConfig } from './json/json-config-service';
import type { JsonConfigKind } from './json/json-language-service';
import { completeYamlConfig, hoverYamlConfig, validateYamlConfig } from './yaml/yaml-config-service';
import type { YamlConfigKind } from './yaml/yaml-config-schemas';

/**
 * One Amplify configuration file on its own: schema diagnostics, completion and hover, by kind.
 * JSON files go to vscode-json-languageservice, the Hosting YAML files to the YAML service; both
 * use the schemas in the repository's `schemas/` folder.
 */
export interface ConfigServiceOptions {
  /**
   * Whether JSON files get schema diagnostics, completion and hover from this server. VS Code
   * already gives them through the extension's `jsonValidation` contributions, so its client
   * turns this off to avoid every problem showing twice; other editors keep it on.
   */
  jsonSchemaFeatures: boolean;
  /**
   * The same for the Hosting YAML files: off while Red Hat's YAML extension validates them through
   * `yamlValidation` in VS Code, so each problem shows once. Unset means on.
   */
  yamlSchemaFeatures?: boolean;
}

/**
 * Why Lens does not read this file (too large, nested too deep for its parsers), as a diagnostic.
 * Checked before anything parses the text, and whatever `jsonSchemaFeatures` says: the project
 * checks skip such a file too, and this is where the user learns why.
 */
export function configInputLimit(kind: ConfigFileKind, uri: string, text: string): LensDiagnostic | undefined {
  return isYamlKind(kind)
    ? inputLimitDiagnostic(uri, text, 'yaml', INPUT_LIMITS.yamlConfigLength, 'Amplify Hosting YAML files')
    : inputLimitDiagnostic(uri, text, 'json', INPUT_LIMITS.jsonConfigLength, 'JSON configuration files');
}

export async function validateConfigFile(
  kind: ConfigFileKind,
  uri: string,
  text: string,
  options: ConfigServiceOptions,
): Promise<LensDiagnostic[]> {
  const limit = configInputLimit(kind, uri, text);
  if (limit) return [limit];
  if (isYamlKind(kind)) return options.yamlSchemaFeatures === false ? [] : validateYamlConfig(kind as YamlConfigKind, uri, text);
  return options.jsonSchemaFeatures ? validateJsonConfig(kind as JsonConfigKind, uri, text) : [];
}

export async function completeConfigFile(
  kind: ConfigFileKind,
  uri: string,
  text: string,
  position: Position,
  options: ConfigServiceOptions,
): Promise<CompletionItem[]> {
  if (configInputLimit(kind, uri, text)) return [];
  if (isYamlKind(kind)) return options.yamlSchemaFeatures === false ? [] : completeYamlConfig(kind as YamlConfigKind, uri, text, position);
  return options.jsonSchemaFeatures ? completeJsonConfig(kind as JsonConfigKind, uri, text, position) : [];
}

export async function hoverConfigFile(
  kind: ConfigFileKind,
  uri: string,
  text: string,
  position: Position,
  options: ConfigServiceOptions,
): Promise<Hover | null> {
  if (configInputLimit(kind, uri, text)) return null;
  if (isYamlKind(kind)) return options.yamlSchemaFeatures === false ? null : hoverYamlConfig(kind as YamlConfigKind, uri, text, position);
  return options.jsonSchemaFeatures ? hoverJsonConfig(kind as JsonConfigKind, uri, text, position) : null;
}
