/**
 * `amplifyLens.selectProfile` and `amplifyLens.selectRegion`: pickers over the shared config's
 * profiles and the AWS regions. A choice is stored (names only) and the environments reload with it.
 */
import * as vscode from 'vscode';
import type { AwsSelectionStore } from './aws-selection';
import { type SelectionPick, isRegionName, profilePicks, regionPicks } from './aws-selection-picks';
import type { EnvironmentFocusTracker } from './environment-focus-tracker';
import { REFRESH_ENVIRONMENTS_COMMAND } from './environment-view-commands';
import type { AwsProfileChoice, ProfilesSource } from './profiles-source';

type PickItem<T> = vscode.QuickPickItem & { pick: SelectionPick<T> };

export async function selectProfile(profiles: ProfilesSource, selection: AwsSelectionStore): Promise<void> {
  const chosen = selection.get().profile;
  const items = profiles.listProfiles().then((list) => toItems(profilePicks(list, chosen)));
  const picked = await vscode.window.showQuickPick<PickItem<AwsProfileChoice>>(items, {
    title: 'AWS Profile for Amplify',
    placeHolder: 'Profiles from ~/.aws/config and ~/.aws/credentials',
    matchOnDescription: true,
  });
  if (!picked) return;
  if (picked.pick.action === 'choose' && picked.pick.value.name === chosen) return;
  await selection.set({ ...selection.get(), profile: picked.pick.action === 'choose' ? picked.pick.value.name : undefined });
  await vscode.commands.executeCommand(REFRESH_ENVIRONMENTS_COMMAND, 'aws-selection-changed');
}

export async function selectRegion(selection: AwsSelectionStore, focus: EnvironmentFocusTracker): Promise<void> {
  const chosen = selection.get().region;
  const current = chosen ?? focus.current()?.region;
  const picked = await vscode.window.showQuickPick(toItems(regionPicks(chosen, current)), {
    title: 'AWS Region for Amplify',
    placeHolder: current ? `Now: ${current}` : 'Choose the region to look for stacks in',
    matchOnDescription: true,
  });
  if (!picked) return;
  let region: string | undefined;
  if (picked.pick.action === 'choose') region = picked.pick.value;
  if (picked.pick.action === 'enter') {
    region = await vscode.window.showInputBox({
      title: 'AWS Region for Amplify',
      prompt: 'Region code, e.g. ap-southeast-5',
      validateInput: (text) => (isRegionName(text.trim()) ? undefined : 'Not a region code (like eu-west-1).'),
    });
    if (region === undefined) return;
    region = region.trim();
  }
  if (region === chosen) return;
  await selection.set({ ...selection.get(), region });
  await vscode.commands.executeCommand(REFRESH_ENVIRONMENTS_COMMAND, 'aws-selection-changed');
}

function toItems<T>(picks: SelectionPick<T>[]): PickItem<T>[] {
  return picks.map((pick) => ({ label: pick.label, description: pick.description, pick }));
}
