import { isEnvironmentOverviewCommand } from 'amplify-lens-model/panels';
import { describe, expect, it } from 'vitest';
import { invalidActionInput } from './cli-argument-rules';
import { DEPLOY_ACTIONS, deployAction } from './deploy-command-catalog';
import { deployConfirmation } from './deploy-confirmations';

describe('names that may reach a command line', () => {
  it('accepts what the CLIs create: env names, sandbox identifiers, app ids, branches, stack names', () => {
    expect(invalidActionInput({ envName: 'dev' })).toBeUndefined();
    expect(invalidActionInput({ identifier: 'alice-2' })).toBeUndefined();
    expect(invalidActionInput({ appId: 'd1a2b3c4example', branch: 'feature/login-v2' })).toBeUndefined();
    expect(invalidActionInput({ stackName: 'amplify-gen2todo-alice-sandbox-0e1752a889' })).toBeUndefined();
  });

  it('refuses an env name from a cloned team-provider-info.json that the CLI would never have created', () => {
    expect(invalidActionInput({ envName: 'dev&calc.exe' })).toBe(
      'Lens will not pass "dev&calc.exe" to the CLI: Amplify env names are 2–10 lower-case letters.',
    );
    for (const envName of ['Dev', 'd', 'development1', 'dev;rm', 'dev|x', '%PATH%', '"dev"', 'dev prod'])
      expect(invalidActionInput({ envName })).toBeDefined();
    expect(invalidActionInput({ identifier: 'alice&whoami' })).toContain('Sandbox identifiers');
    expect(invalidActionInput({ branch: 'main&calc' })).toContain('branches');
    expect(invalidActionInput({ appId: 'd1;x' })).toContain('app ids');
  });

  it('keeps every caller of the catalog honest: the arguments are never built from such a name', () => {
    expect(() => deployAction('envCheckout').args({ envName: 'dev&calc.exe' })).toThrow(/2–10 lower-case letters/);
    expect(deployAction('envRemove').args({ envName: 'prod' })).toEqual(['env', 'remove', 'prod', '--yes']);
  });
});

describe('confirmations before anything that deploys', () => {
  const alice = { name: 'alice', isCurrent: true };
  it('asks before a sandbox deploy, a branch deploy and a pull', () => {
    expect(deployConfirmation(deployAction('sandboxOnce'), alice, {})).toMatchObject({
      question: 'Deploy your sandbox alice once?',
      action: 'Deploy Sandbox Once',
    });
    expect(deployConfirmation(deployAction('sandboxWatch'), undefined, {})?.question).toBe('Start your sandbox and redeploy it on every save?');
    expect(
      deployConfirmation(deployAction('branchDeploy'), { name: 'main', isCurrent: false }, { appId: 'd1abc', branch: 'main' })?.question,
    ).toBe('Deploy the branch main of app d1abc?');
    expect(deployConfirmation(deployAction('pull'), { name: 'dev', isCurrent: true }, {})?.detail).toContain(
      'local changes not pushed yet are lost',
    );
  });

  it('are never skipped by a panel: no panel may ask for an action of the catalog', () => {
    for (const action of DEPLOY_ACTIONS) expect(isEnvironmentOverviewCommand(action.command)).toBe(false);
  });

  it('leaves push and publish to the status table, and another user’s sandbox to the switch question', () => {
    expect(deployConfirmation(deployAction('push'), alice, {})).toBeUndefined();
    expect(deployConfirmation(deployAction('sandboxOnce'), { name: 'bob', isCurrent: false }, { identifier: 'bob' })).toBeUndefined();
    expect(deployConfirmation(deployAction('status'), alice, {})).toBeUndefined();
  });
});
