import { describe, expect, it } from 'vitest';
import { isRegionName, profilePicks, regionPicks } from './aws-selection-picks';

describe('profile picker', () => {
  const profiles = [{ name: 'work', sso: true, region: 'eu-west-1' }, { name: 'default', region: 'us-east-1' }, { name: 'ci' }];

  it('lists default first, marks SSO profiles and the chosen one', () => {
    expect(profilePicks(profiles, undefined).map((pick) => `${pick.label} | ${pick.description ?? ''}`)).toEqual([
      '$(key) default | us-east-1',
      '$(key) ci | ',
      '$(account) work | SSO · eu-west-1',
    ]);
    expect(profilePicks(profiles, 'work').map((pick) => pick.label)).toContain('$(check) work');
  });

  it('offers going back to the project’s profile only when one was chosen', () => {
    expect(profilePicks(profiles, undefined).some((pick) => pick.action === 'reset')).toBe(false);
    expect(profilePicks(profiles, 'ci')[0]).toMatchObject({ action: 'reset', description: 'instead of ci' });
  });
});

describe('region picker', () => {
  it('checks the current region, offers typing another, and a reset when chosen', () => {
    const picks = regionPicks('eu-west-1', 'eu-west-1');
    expect(picks[0]).toMatchObject({ action: 'reset' });
    expect(picks.find((pick) => pick.label === '$(check) eu-west-1')).toMatchObject({
      action: 'choose',
      value: 'eu-west-1',
      description: 'Europe (Ireland)',
    });
    expect(picks.at(-1)).toMatchObject({ action: 'enter' });
  });

  it('keeps a current region the list does not know, at the top', () => {
    const picks = regionPicks(undefined, 'ap-southeast-7');
    expect(picks[0]).toMatchObject({ label: '$(check) ap-southeast-7', action: 'choose', value: 'ap-southeast-7' });
  });

  it.each(['us-east-1', 'us-gov-west-1', 'cn-northwest-1', 'ap-southeast-5'])('accepts %s', (region) => {
    expect(isRegionName(region)).toBe(true);
  });

  it.each(['', 'us-east', 'US-EAST-1', 'us east 1', 'us-east-1a'])('rejects %j', (region) => {
    expect(isRegionName(region)).toBe(false);
  });
});
