import { describe, expect, it } from 'vitest';
import { DEPLOY_ACTIONS, commandLine, deployAction } from './deploy-command-catalog';

describe('deploy command catalog', () => {
  it('pushes with --yes, and with the destructive flag only when allowed', () => {
    expect(deployAction('push').args({})).toEqual(['push', '--yes']);
    expect(deployAction('push').args({ allowDestructive: true })).toEqual(['push', '--yes', '--allow-destructive-graphql-schema-updates']);
    expect(deployAction('publish').args({})).toEqual(['publish', '--yes']);
  });

  it('runs sandboxes once or watching, with the identifier when given', () => {
    expect(deployAction('sandboxOnce').args({ identifier: 'ci' })).toEqual(['sandbox', '--once', '--identifier', 'ci']);
    expect(deployAction('sandboxWatch')).toMatchObject({ watches: true, deploys: true, tool: 'ampx' });
    expect(deployAction('sandboxWatch').args({})).toEqual(['sandbox']);
    expect(deployAction('sandboxDelete').args({})).toEqual(['sandbox', 'delete', '--yes']);
  });

  it('refuses to build an env or branch command without its name', () => {
    expect(() => deployAction('envCheckout').args({})).toThrow(/env name/);
    expect(deployAction('envCheckout').args({ envName: 'prod' })).toEqual(['env', 'checkout', 'prod']);
    expect(() => deployAction('branchDeploy').args({ branch: 'main' })).toThrow(/app id/);
    expect(deployAction('generateOutputs').args({ stackName: 'amplify-x' })).toEqual(['generate', 'outputs', '--stack', 'amplify-x']);
  });

  it('names every command amplifyLens.deploy.<id>, once, with the tool of its generation', () => {
    const commands = DEPLOY_ACTIONS.map((candidate) => candidate.command);
    expect(new Set(commands).size).toBe(commands.length);
    for (const candidate of DEPLOY_ACTIONS) expect(candidate.tool).toBe(candidate.generation === 1 ? 'amplify' : 'ampx');
  });

  it('prints the command line as a shell would need it', () => {
    expect(commandLine(['npx', 'ampx'], ['sandbox', '--once'])).toBe('npx ampx sandbox --once');
    expect(commandLine(['/opt/my tools/amplify'], ['push'])).toBe("'/opt/my tools/amplify' push");
  });
});
