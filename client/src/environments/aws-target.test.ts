import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed } from '../../../test/fake-aws';
import { useTempAwsConfig, type TempAwsConfig } from '../../test-support/temp-aws-config';
import { projectAwsSettings, resolveAwsTarget } from './aws-target';
import { EnvironmentsService } from './environments-service';
import { copyExample, gen1BlogProject, type TempProject } from '../../test-support/temp-projects';

let temp: TempAwsConfig | undefined;
let project: TempProject | undefined;
afterEach(() => {
  temp?.restore();
  project?.dispose();
  [temp, project] = [undefined, undefined];
});

const noSdkRegion = async () => ({ region: undefined, origin: undefined });

describe('the profile and region Lens reads with', () => {
  it('takes the user’s choice, then the project’s, then the SDK’s, then us-east-1', async () => {
    const sdk = async () => ({ region: 'eu-west-3', origin: 'AWS_REGION' as const });
    expect(
      await resolveAwsTarget({ selection: { profile: 'p', region: 'r-1' }, project: { profile: 'q', region: 'r-2' }, sdkRegion: sdk, env: {} }),
    ).toEqual({
      profile: 'p',
      profileOrigin: 'chosen',
      region: 'r-1',
      regionOrigin: 'chosen',
    });
    expect(await resolveAwsTarget({ selection: {}, project: { profile: 'q', region: 'r-2' }, sdkRegion: sdk, env: {} })).toMatchObject({
      profile: 'q',
      profileOrigin: 'project',
      region: 'r-2',
      regionOrigin: 'project',
    });
    expect(await resolveAwsTarget({ selection: {}, sdkRegion: sdk, env: { AWS_PROFILE: 'work' } })).toEqual({
      profile: undefined,
      profileOrigin: 'AWS_PROFILE',
      region: 'eu-west-3',
      regionOrigin: 'AWS_REGION',
    });
    expect(await resolveAwsTarget({ selection: {}, sdkRegion: noSdkRegion, env: {} })).toEqual({
      profile: undefined,
      profileOrigin: 'default',
      region: 'us-east-1',
      regionOrigin: 'fallback',
    });
  });

  it('reads a Gen 1 project’s checked-out env: its profile (local-aws-info.json) and region (team-provider-info.json)', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev', 'prod'] });
    project = gen1BlogProject(seed.envs, { region: 'ap-southeast-2', currentEnv: 'prod', profiles: { prod: 'amplify-prod' } });
    expect(await projectAwsSettings({ root: project.root, generation: 1 })).toEqual({ profile: 'amplify-prod', region: 'ap-southeast-2' });
    expect(await projectAwsSettings({ root: project.root, generation: 2 })).toBeUndefined();
  });

  it('is known from activation, from files alone: the service never loads the AWS clients for it', async () => {
    temp = useTempAwsConfig({ config: '[default]\nregion = eu-north-1\n' });
    process.env.AWS_REGION = 'sa-east-1';
    project = copyExample('gen2-todo');
    let poolLoaded = false;
    const service = new EnvironmentsService({
      folders: () => [project!.root],
      selection: () => ({}),
      appIds: () => [],
      pool: async () => {
        poolLoaded = true;
        throw new Error('no AWS client before a view asks');
      },
    });
    let changes = 0;
    service.onDidChange(() => changes++);
    await service.readLocal();
    expect(service.localAwsState()).toEqual({
      hasProject: true,
      target: { profile: undefined, profileOrigin: 'default', region: 'sa-east-1', regionOrigin: 'AWS_REGION' },
    });
    expect(changes).toBe(1);
    delete process.env.AWS_REGION;
    await service.readLocal();
    expect(service.localAwsState().target).toMatchObject({ region: 'eu-north-1', regionOrigin: 'profile' });
    expect(poolLoaded).toBe(false);
  });
});
