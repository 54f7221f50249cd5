import { describe, expect, it } from 'vitest';
import manifest from '../../../package.json';
import { RESTRICTED_MODE_COMMANDS, commandsNeedingTrust, restrictedModeMessage } from './restricted-mode-commands';

describe('commands in Restricted Mode', () => {
  const contributed = manifest.contributes.commands.map((entry) => entry.command);

  it('lets only the server and the walkthrough checks run untrusted, and all of them are contributed', () => {
    for (const command of RESTRICTED_MODE_COMMANDS) expect(contributed).toContain(command);
    const needing = commandsNeedingTrust(manifest).map((entry) => entry.command);
    expect(needing.length + RESTRICTED_MODE_COMMANDS.size).toBe(contributed.length);
    for (const command of [
      'amplifyLens.deploy.push',
      'amplifyLens.deploy.sandboxWatch',
      'amplifyLens.tailLogs',
      'amplifyLens.refreshEnvironments',
      'amplifyLens.ssoLogin',
    ]) {
      expect(needing).toContain(command);
    }
  });

  it('says which command needs trust and why', () => {
    const message = restrictedModeMessage({ command: 'amplifyLens.deploy.push', title: 'Push', category: 'Amplify' });
    expect(message).toContain('“Amplify: Push” needs a trusted workspace');
    expect(message).toContain('does not read AWS or run the Amplify CLI');
  });

  it('reads nothing from a manifest without commands', () => {
    expect(commandsNeedingTrust({})).toEqual([]);
    expect(commandsNeedingTrust(undefined)).toEqual([]);
  });
});
