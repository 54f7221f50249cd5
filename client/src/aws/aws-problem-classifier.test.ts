import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed, type InjectableErrorCode } from '../../../test/fake-aws';
import { classifyAwsError, type AwsProblemContext } from './aws-problem-classifier';
import { CloudFormationGateway } from './cloudformation-gateway';
import { startFakeAwsGateway, TEST_CREDENTIALS, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';

let running: FakeAwsGateway | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

/** The problem the real SDK's error becomes when the fake answers ListStacks with `code`. */
async function problemFor(code: InjectableErrorCode, context: AwsProblemContext = { profile: 'dev', region: 'eu-west-1' }) {
  const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
  seed.state.injectError('*', code);
  running = await startFakeAwsGateway(seed.state, { maxAttempts: 2 });
  const error = await running.gateway.listStacks().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return classifyAwsError(error, context);
}

describe('classifyAwsError on the wire errors of CloudFormation', () => {
  it('access denied names the refused action and offers another profile', async () => {
    expect(await problemFor('AccessDenied')).toEqual({
      kind: 'access-denied',
      message:
        'Access denied: profile dev may not call cloudformation:ListStacks in eu-west-1. Grant it read access to CloudFormation, or choose another profile.',
      action: { title: 'Choose AWS profile', command: 'amplifyLens.selectProfile' },
    });
  });

  it('throttling that outlasts the retries offers a refresh', async () => {
    const problem = await problemFor('Throttling');
    expect(problem).toMatchObject({ kind: 'throttled', action: { command: 'amplifyLens.refreshEnvironments' } });
    expect(running?.actions()).toEqual(['ListStacks', 'ListStacks']);
  });

  it('an expired token is an SSO sign-in for an SSO profile, and a credentials problem otherwise', async () => {
    expect((await problemFor('ExpiredToken', { profile: 'corp', ssoProfile: true })).action).toEqual({
      title: 'Sign in with AWS SSO',
      command: 'amplifyLens.ssoLogin',
      arguments: ['corp'],
    });
    await running?.stop();
    expect(await problemFor('ExpiredToken', { profile: 'keys' })).toMatchObject({
      kind: 'no-credentials',
      message: 'The credentials of profile keys have expired. Renew them, or choose another profile.',
    });
  });

  it('a rejected key is a credentials problem', async () => {
    expect((await problemFor('InvalidClientTokenId')).kind).toBe('no-credentials');
  });

  it('a service failure is unknown, with the service wording and a refresh', async () => {
    expect(await problemFor('InternalFailure')).toMatchObject({
      kind: 'unknown',
      message: 'AWS request failed in eu-west-1: InternalFailure: An internal error occurred.',
      action: { command: 'amplifyLens.refreshEnvironments' },
    });
  });

  it('a missing stack is not-found', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    running = await startFakeAwsGateway(seed.state);
    const error = await running.gateway.listStackResources('amplify-gone-dev-00000').catch((caught: unknown) => caught);
    expect(classifyAwsError(error, { stackName: 'amplify-gone-dev-00000', region: 'eu-west-1' })).toMatchObject({
      kind: 'not-found',
      message: 'Stack amplify-gone-dev-00000 does not exist in eu-west-1. It may have been deleted, or live in another account or region.',
    });
  });

  it('an unreachable endpoint is a network problem', async () => {
    const port = await closedPort();
    const gateway = new CloudFormationGateway({
      region: 'eu-west-1',
      endpoint: `http://127.0.0.1:${port}`,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
    });
    const error = await gateway.listStacks().catch((caught: unknown) => caught);
    gateway.dispose();
    expect(classifyAwsError(error, { region: 'eu-west-1' })).toMatchObject({
      kind: 'network',
      message: 'Could not reach AWS CloudFormation in eu-west-1 (ECONNREFUSED). Check your network or proxy, then refresh.',
    });
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 1;
}
