/**
 * The extension's one reader of its settings. Each value comes typed by the shared contract (the
 * same declaration package.json's `contributes.configuration` is checked against) and falls back
 * to its default when settings.json holds something of another type. `scope` — a workspace folder
 * or a file in it — reads that folder's value in a multi-root workspace; without it, the window's.
 */
import * as vscode from 'vscode';
import { LENS_SETTINGS_SECTION, readLensSetting, type LensSettingKey, type LensSettings } from 'amplify-lens-model/contracts';

export function lensSetting<K extends LensSettingKey>(key: K, scope?: vscode.ConfigurationScope): LensSettings[K] {
  return readLensSetting(key, vscode.workspace.getConfiguration(LENS_SETTINGS_SECTION, scope).get(key));
}

/** Whether a configuration change touches the setting, or every setting under a group (`logs`). */
export function affectsLensSetting(
  event: vscode.ConfigurationChangeEvent,
  key: LensSettingKey | 'logs',
  scope?: vscode.ConfigurationScope,
): boolean {
  return event.affectsConfiguration(`${LENS_SETTINGS_SECTION}.${key}`, scope);
}

/** Where a setting's value comes from (user, workspace or folder settings), for messages that name the file. */
export function inspectLensSetting(
  key: LensSettingKey,
  scope?: vscode.ConfigurationScope,
): ReturnType<vscode.WorkspaceConfiguration['inspect']> {
  return vscode.workspace.getConfiguration(LENS_SETTINGS_SECTION, scope).inspect(key);
}
