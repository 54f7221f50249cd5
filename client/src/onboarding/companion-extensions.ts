/**
 * Extensions people already have that overlap with Lens, and who does what when they are there.
 *
 * Red Hat's YAML extension validates every `yamlValidation` contribution, Lens's amplify.yml and
 * customHttp.yml schemas included. While it is installed and enabled, those files' schema checks,
 * completion and hover are its (the language server keeps only its cross-file checks, such as a
 * `baseDirectory` the build never writes); without it, the language server does them. Each problem
 * shows once either way.
 */
import * as vscode from 'vscode';

export const RED_HAT_YAML_EXTENSION_ID = 'redhat.vscode-yaml';

/** Whether Red Hat's YAML extension is installed and enabled in this extension host. */
export function yamlValidatedByRedHat(): boolean {
  return vscode.extensions.getExtension(RED_HAT_YAML_EXTENSION_ID) !== undefined;
}

/** Calls `listener` when Red Hat's YAML extension is installed, enabled, removed or disabled. */
export function onDidChangeYamlValidator(listener: () => unknown): vscode.Disposable {
  let present = yamlValidatedByRedHat();
  return vscode.extensions.onDidChange(() => {
    if (yamlValidatedByRedHat() === present) return;
    present = !present;
    listener();
  });
}
