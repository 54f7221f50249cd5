import type { LensDiagnostic } from '../../lens-diagnostic';
import { arrayItems, objectEntries, propertyValue, readJsonDocument, stringValue, type JsonDocument, type JsonNode } from './json-locations';
import { editableTemplatePath, knownResourceOutputs } from './gen1-resource-outputs';
import type { ProjectFiles } from 'amplify-lens-model/files';

export const BACKEND_CONFIG_PATH = 'amplify/backend/backend-config.json';

/** The categories whose resources the CLI keeps in `amplify/backend/<category>/<resource>/`. */
export const MANAGED_CATEGORIES = [
  'api',
  'auth',
  'storage',
  'function',
  'hosting',
  'analytics',
  'interactions',
  'notifications',
  'predictions',
  'geo',
  'custom',
] as const;

interface ResourceEntry {
  category: string;
  name: string;
  keyNode: JsonNode;
  valueNode: JsonNode;
  service: unknown;
  imported: boolean;
}

/** The resources backend-config.json declares, by `category/name`. */
function resourcesOf(config: JsonDocument): Map<string, ResourceEntry> {
  const resources = new Map<string, ResourceEntry>();
  for (const [category, categoryNode] of objectEntries(config.root)) {
    if (category === 'parameters') continue;
    for (const [name, valueNode, keyNode] of objectEntries(categoryNode)) {
      const service = stringValue(propertyValue(valueNode, 'service'));
      const imported = stringValue(propertyValue(valueNode, 'serviceType')) === 'imported';
      resources.set(`${category}/${name}`, { category, name, keyNode, valueNode, service, imported });
    }
  }
  return resources;
}

/**
 * Whether the CLI keeps a folder for this resource. Imported resources live elsewhere;
 * notifications channels and Amplify Hosting's CI/CD entry get no files (and git keeps no empty folder).
 */
function hasResourceFolder(resource: ResourceEntry): boolean {
  if (resource.imported || resource.category === 'notifications' || resource.service === 'amplifyhosting') return false;
  return (MANAGED_CATEGORIES as readonly string[]).includes(resource.category);
}

export async function checkBackendConfig(files: ProjectFiles): Promise<LensDiagnostic[]> {
  const config = await readJsonDocument(files, BACKEND_CONFIG_PATH);
  if (config?.root?.type !== 'object') return [];
  const resources = resourcesOf(config);
  return [
    ...(await checkResourceFolders(files, config, resources)),
    ...(await checkDependsOn(files, resources, config)),
    ...checkParameterUsers(config, resources),
  ];
}

async function checkResourceFolders(
  files: ProjectFiles,
  config: JsonDocument,
  resources: Map<string, ResourceEntry>,
): Promise<LensDiagnostic[]> {
  const diagnostics: LensDiagnostic[] = [];
  for (const category of MANAGED_CATEGORIES) {
    const folders = (await files.listDirectory(`amplify/backend/${category}`))
      .filter((entry) => entry.isDirectory && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
    for (const resource of resources.values()) {
      if (resource.category !== category || !hasResourceFolder(resource) || folders.includes(resource.name)) continue;
      diagnostics.push(
        config.diagnostic(
          resource.keyNode,
          'error',
          'config-resource-folder-missing',
          `The ${category} resource '${resource.name}' has no folder amplify/backend/${category}/${resource.name}/, so the ` +
            `CLI cannot build it at push time. Restore the folder (for example from git or with \`amplify pull\`), ` +
            `or remove the resource with \`amplify remove ${category}\`.`,
        ),
      );
    }
    const categoryKey = config.keyNode([category]);
    for (const folder of folders) {
      if (resources.has(`${category}/${folder}`)) continue;
      diagnostics.push(
        config.diagnostic(
          categoryKey,
          'warning',
          'config-resource-unlisted',
          `The folder amplify/backend/${category}/${folder}/ is not a resource in backend-config.json, so the CLI ` +
            `ignores it. Delete the folder if the resource was removed, or add it back with \`amplify add ${category}\` ` +
            `(or \`amplify import ${category}\`).`,
        ),
      );
    }
  }
  return diagnostics;
}

async function checkDependsOn(files: ProjectFiles, resources: Map<string, ResourceEntry>, config: JsonDocument): Promise<LensDiagnostic[]> {
  const diagnostics: LensDiagnostic[] = [];
  for (const resource of resources.values()) {
    for (const dependency of arrayItems(propertyValue(resource.valueNode, 'dependsOn'))) {
      const categoryNode = propertyValue(dependency, 'category');
      const nameNode = propertyValue(dependency, 'resourceName');
      const category = stringValue(categoryNode);
      const name = stringValue(nameNode);
      // `Model:@model(appsync)` names an API's table, not a resource; unknown categories are a plugin's business.
      if (!category || !name || name.includes(':') || !(MANAGED_CATEGORIES as readonly string[]).includes(category)) continue;
      const target = resources.get(`${category}/${name}`);
      if (!target) {
        diagnostics.push(
          config.diagnostic(
            nameNode,
            'error',
            'config-depends-on-missing-resource',
            `'${resource.name}' depends on the ${category} resource '${name}', which backend-config.json does not ` +
              `declare${existingNames(resources, category)}. Point dependsOn at an existing resource, or run ` +
              `\`amplify update ${resource.category}\` to choose its dependencies again.`,
          ),
        );
        continue;
      }
      const outputs = await outputsOf(files, target);
      if (!outputs) continue;
      for (const attribute of arrayItems(propertyValue(dependency, 'attributes'))) {
        const attributeName = stringValue(attribute);
        if (attributeName === undefined || outputs.has(attributeName)) continue;
        diagnostics.push(
          config.diagnostic(
            attribute,
            'warning',
            'config-depends-on-unknown-attribute',
            `The ${category} resource '${name}' has no output '${attributeName}'; its outputs are ` +
              `${[...outputs].join(', ')}. The push fails when the dependency cannot be resolved: use one of those.`,
          ),
        );
      }
    }
  }
  return diagnostics;
}

/**
 * The outputs a depended-on resource is known to have, or undefined when they cannot be known:
 * an `override.ts` or a hand-kept template in the resource's folder may add any output.
 */
async function outputsOf(files: ProjectFiles, target: ResourceEntry): Promise<Set<string> | undefined> {
  const known = knownResourceOutputs(target.category, target.service);
  if (!known || target.imported) return undefined;
  const folder = `amplify/backend/${target.category}/${target.name}`;
  const editable = editableTemplatePath(target.category, target.name, target.service);
  const entries = await files.listDirectory(folder);
  const customizable = entries.some(
    (entry) =>
      entry.name === 'override.ts' || (/-cloudformation-template\.(json|ya?ml)$/.test(entry.name) && `${folder}/${entry.name}` !== editable),
  );
  if (customizable) return undefined;
  const outputs = new Set(known);
  if (editable) {
    const template = await readJsonDocument(files, editable);
    if (template && template.root?.type !== 'object') return undefined; // unreadable: stay quiet
    for (const [name] of objectEntries(template?.node(['Outputs']))) outputs.add(name);
  }
  return outputs;
}

function checkParameterUsers(config: JsonDocument, resources: Map<string, ResourceEntry>): LensDiagnostic[] {
  const diagnostics: LensDiagnostic[] = [];
  for (const [parameter, parameterNode] of objectEntries(config.node(['parameters']))) {
    for (const user of arrayItems(propertyValue(parameterNode, 'usedBy'))) {
      const category = stringValue(propertyValue(user, 'category'));
      const nameNode = propertyValue(user, 'resourceName');
      const name = stringValue(nameNode);
      if (!category || !name || resources.has(`${category}/${name}`)) continue;
      diagnostics.push(
        config.diagnostic(
          nameNode,
          'warning',
          'config-parameter-user-missing',
          `The parameter '${parameter}' is used by the ${category} resource '${name}', which backend-config.json does ` +
            `not declare${existingNames(resources, category)}. Remove this usedBy entry (and the parameter when ` +
            `nothing else uses it), or restore the resource.`,
        ),
      );
    }
  }
  return diagnostics;
}

function existingNames(resources: Map<string, ResourceEntry>, category: string): string {
  const names = [...resources.values()].filter((resource) => resource.category === category).map((resource) => resource.name);
  return names.length === 0 ? ` (it has no ${category} resources)` : ` (its ${category} resources: ${names.join(', ')})`;
}
