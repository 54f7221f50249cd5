import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed, startFakeAws, type FakeAws } from '../../../test/fake-aws';
import { startFakeSts, type FakeSts } from '../../../test/fake-aws/sts/fake-sts';
import { classifyAwsError } from './aws-problem-classifier';
import { CloudFormationGateway } from './cloudformation-gateway';
import {
  forgetSharedCredentials,
  resumeMfaPrompts,
  sharedCredentialProvider,
  useMfaCodePrompt,
  type MfaCodePrompt,
} from './shared-credential-providers';
import { useTempAwsConfig, type TempAwsConfig } from '../../test-support/temp-aws-config';

const ROLE = 'arn:aws:iam::123456789012:role/AmplifyAdmin';
const DEVICE = 'arn:aws:iam::123456789012:mfa/lens-phone';
const SOURCE_KEY = 'AKIAIOSFODNN7LENSMFA';

const CONFIG = `
[profile base]
region = eu-west-1

[profile admin]
role_arn = ${ROLE}
source_profile = base
mfa_serial = ${DEVICE}
region = eu-west-1
`;
const CREDENTIALS = `
[base]
aws_access_key_id = ${SOURCE_KEY}
aws_secret_access_key = lensMfaTestSecretThatNeverShows000000000
`;

let temp: TempAwsConfig | undefined;
let sts: FakeSts | undefined;
let fake: FakeAws | undefined;
const gateways: CloudFormationGateway[] = [];
afterEach(async () => {
  for (const gateway of gateways.splice(0)) gateway.dispose();
  useMfaCodePrompt(undefined);
  await Promise.all([sts?.stop(), fake?.stop()]);
  temp?.restore();
  [temp, sts, fake] = [undefined, undefined, undefined];
});

async function setup(prompt: MfaCodePrompt) {
  temp = useTempAwsConfig({ config: CONFIG, credentials: CREDENTIALS });
  sts = await startFakeSts([{ roleArn: ROLE, mfa: { serialNumber: DEVICE, code: '123456' } }]);
  const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
  fake = await startFakeAws(seed.state);
  useMfaCodePrompt(prompt, { endpoint: sts.endpoint, region: 'eu-west-1' });
  // Two regions' clients of the same profile, as the Environments view and a log tail make them.
  const gateway = (region: string) => {
    const made = new CloudFormationGateway({
      region,
      profile: 'admin',
      endpoint: fake!.endpoint,
      credentials: sharedCredentialProvider('admin'),
      maxAttempts: 1,
    });
    gateways.push(made);
    return made;
  };
  return { first: gateway('eu-west-1'), second: gateway('us-east-1') };
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('a profile that assumes its role with an MFA code, against STS', () => {
  it('asks once for the code, assumes the role with SerialNumber and TokenCode, and signs every client with the session', async () => {
    const asked: string[] = [];
    const { first, second } = await setup(async ({ mfaSerial, profile }) => {
      asked.push(`${profile}:${mfaSerial}`);
      return '123456';
    });
    await Promise.all([first.listStacks(), second.listStacks()]);
    await first.describeStacks(['nothing']);
    expect(asked).toEqual([`admin:${DEVICE}`]);
    expect(sts!.calls).toHaveLength(1);
    expect(sts!.calls[0]).toMatchObject({
      action: 'AssumeRole',
      signedBy: SOURCE_KEY,
      params: { RoleArn: ROLE, SerialNumber: DEVICE, TokenCode: '123456' },
    });
    const session = sts!.issued[0]!.accessKeyId;
    expect(session).toMatch(/^ASIA/);
    expect(fake!.requests.map((request) => request.signedBy)).toEqual(fake!.requests.map(() => session));
  });

  it('says the code was not accepted, and asks again on the next call', async () => {
    const codes = ['000000', '123456'];
    const { first } = await setup(async () => codes.shift()!);
    const problem = classifyAwsError(await failureOf(first.listStacks()), { profile: 'admin' });
    expect(problem).toMatchObject({
      kind: 'no-credentials',
      message: expect.stringContaining('did not accept the MFA code for profile admin'),
      action: { command: 'amplifyLens.refreshEnvironments' },
    });
    expect(fake!.requests).toHaveLength(0);
    await first.listStacks();
    expect(sts!.calls.map((call) => call.params.TokenCode)).toEqual(['000000', '123456']);
  });

  it('words a declined prompt as a code to enter on refresh, and asks again only after the user refreshes', async () => {
    let asked = 0;
    const { first } = await setup(async () => {
      asked += 1;
      return undefined;
    });
    const problem = classifyAwsError(await failureOf(first.listStacks()), { profile: 'admin' });
    expect(problem).toEqual({
      kind: 'no-credentials',
      message: 'Profile admin assumes its role with an MFA code, and none was entered. Refresh to enter the code from your MFA device.',
      action: { title: 'Refresh', command: 'amplifyLens.refreshEnvironments' },
    });
    // A timer's refresh does not pop the prompt up again; the user's refresh does.
    await failureOf(first.listStacks());
    expect(asked).toBe(1);
    resumeMfaPrompts();
    await failureOf(first.listStacks());
    expect(asked).toBe(2);
    expect(sts!.calls).toHaveLength(0);
  });

  it('forgets the session when the profile choice changes', async () => {
    let asked = 0;
    const { first } = await setup(async () => {
      asked += 1;
      return '123456';
    });
    await first.listStacks();
    forgetSharedCredentials();
    await sharedCredentialProvider('admin')();
    expect(asked).toBe(2);
  });
});
