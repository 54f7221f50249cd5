/**
 * The items of the profile and region pickers, as plain data. The first item puts the choice back to
 * the project's own setting when the user had overridden it.
 */
import type { AwsProfileChoice } from './profiles-source';

export type SelectionPick<T> = { label: string; description?: string } & (
  | { action: 'choose'; value: T }
  /** Go back to the project's own setting. */
  | { action: 'reset' }
  /** Ask for a value the list does not have (a region code). */
  | { action: 'enter' }
);

/** Regions where CloudFormation and Amplify run, commercial partition; others can be typed. */
export const AWS_REGIONS: readonly [code: string, name: string][] = [
  ['us-east-1', 'US East (N. Virginia)'],
  ['us-east-2', 'US East (Ohio)'],
  ['us-west-1', 'US West (N. California)'],
  ['us-west-2', 'US West (Oregon)'],
  ['ca-central-1', 'Canada (Central)'],
  ['sa-east-1', 'South America (São Paulo)'],
  ['eu-west-1', 'Europe (Ireland)'],
  ['eu-west-2', 'Europe (London)'],
  ['eu-west-3', 'Europe (Paris)'],
  ['eu-central-1', 'Europe (Frankfurt)'],
  ['eu-central-2', 'Europe (Zurich)'],
  ['eu-north-1', 'Europe (Stockholm)'],
  ['eu-south-1', 'Europe (Milan)'],
  ['eu-south-2', 'Europe (Spain)'],
  ['me-south-1', 'Middle East (Bahrain)'],
  ['me-central-1', 'Middle East (UAE)'],
  ['il-central-1', 'Israel (Tel Aviv)'],
  ['af-south-1', 'Africa (Cape Town)'],
  ['ap-east-1', 'Asia Pacific (Hong Kong)'],
  ['ap-south-1', 'Asia Pacific (Mumbai)'],
  ['ap-south-2', 'Asia Pacific (Hyderabad)'],
  ['ap-northeast-1', 'Asia Pacific (Tokyo)'],
  ['ap-northeast-2', 'Asia Pacific (Seoul)'],
  ['ap-northeast-3', 'Asia Pacific (Osaka)'],
  ['ap-southeast-1', 'Asia Pacific (Singapore)'],
  ['ap-southeast-2', 'Asia Pacific (Sydney)'],
  ['ap-southeast-3', 'Asia Pacific (Jakarta)'],
  ['ap-southeast-4', 'Asia Pacific (Melbourne)'],
];

/** `us-east-1`, `us-gov-west-1`, `cn-northwest-1`, `ap-southeast-5`. */
export function isRegionName(text: string): boolean {
  return /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/.test(text);
}

export function profilePicks(profiles: readonly AwsProfileChoice[], chosen: string | undefined): SelectionPick<AwsProfileChoice>[] {
  const picks: SelectionPick<AwsProfileChoice>[] = [];
  if (chosen) picks.push({ label: "$(discard) Use the project's profile", description: `instead of ${chosen}`, action: 'reset' });
  const sorted = [...profiles].sort((a, b) => (a.name === 'default' ? -1 : b.name === 'default' ? 1 : a.name.localeCompare(b.name)));
  for (const profile of sorted) {
    picks.push({
      label: `${profile.name === chosen ? '$(check)' : profile.sso ? '$(account)' : '$(key)'} ${profile.name}`,
      description: [profile.sso ? 'SSO' : undefined, profile.region].filter(Boolean).join(' · ') || undefined,
      action: 'choose',
      value: profile,
    });
  }
  return picks;
}

export function regionPicks(chosen: string | undefined, current: string | undefined): SelectionPick<string>[] {
  const picks: SelectionPick<string>[] = [];
  if (chosen) picks.push({ label: "$(discard) Use the project's region", description: `instead of ${chosen}`, action: 'reset' });
  const known = new Set(AWS_REGIONS.map(([code]) => code));
  const regions = current && !known.has(current) ? [[current, ''] as const, ...AWS_REGIONS] : AWS_REGIONS;
  for (const [code, name] of regions) {
    picks.push({
      label: `${code === current ? '$(check)' : '$(globe)'} ${code}`,
      description: name || undefined,
      action: 'choose',
      value: code,
    });
  }
  picks.push({ label: '$(edit) Other region…', description: 'type its code', action: 'enter' });
  return picks;
}
