import { FakeCloudFormationState, FakeHostingState, startFakeAws, type FakeAws } from '../../test/fake-aws';
import { AmplifyHostingGatewayPool } from '../src/aws/amplify-hosting-gateway-pool';
import { CloudFormationGatewayPool } from '../src/aws/cloudformation-gateway-pool';
import { useTempAwsConfig, type TempAwsConfig } from './temp-aws-config';
import { copyExample, type TempProject } from './temp-projects';
import { HostingService, type HostingServiceOptions, type JobEndedEvent } from '../src/hosting/hosting-service';

/**
 * A Hosting service over the real SDK clients, pointed at the fake CloudFormation and the fake
 * Amplify Hosting, on a temp copy of an example project (with a `.git` folder when asked);
 * credentials come from the environment of a temp AWS config, never the machine's.
 */
export interface HostingFixture {
  fake: FakeAws;
  hosting: FakeHostingState;
  stacks: FakeCloudFormationState;
  project: TempProject;
  service: HostingService;
  ended: JobEndedEvent[];
  chosen: Map<string, string>;
  dispose(): Promise<void>;
}

export interface GitFiles {
  head?: string;
  remotes?: Record<string, string>;
  branches?: string[];
}

export async function startHostingFixture(
  example: 'gen1-blog' | 'gen2-todo',
  seed: (hosting: FakeHostingState, stacks: FakeCloudFormationState) => void,
  options: { git?: GitFiles; service?: Partial<HostingServiceOptions> } = {},
): Promise<HostingFixture> {
  const aws: TempAwsConfig = useTempAwsConfig();
  process.env.AWS_ACCESS_KEY_ID = 'AKIDLENSTEST';
  process.env.AWS_SECRET_ACCESS_KEY = 'lens-test-secret';
  const hosting = new FakeHostingState();
  const stacks = new FakeCloudFormationState();
  seed(hosting, stacks);
  const fake = await startFakeAws(stacks, { hosting });
  const project = copyExample(example);
  if (example === 'gen1-blog')
    project.write('amplify/.config/local-env-info.json', { projectPath: project.root, defaultEditor: 'code', envName: 'dev' });
  if (options.git) writeGit(project, options.git);
  const hostingPool = new AmplifyHostingGatewayPool({ endpoint: fake.hosting!.endpoint, maxAttempts: 1 });
  const stackPool = new CloudFormationGatewayPool({ endpoint: fake.endpoint, maxAttempts: 1 });
  const ended: JobEndedEvent[] = [];
  const chosen = new Map<string, string>();
  const service = new HostingService({
    folders: () => [project.root],
    selection: () => ({ region: hosting.region }),
    settingAppIds: () => [],
    chosenApps: {
      get: (root) => chosen.get(root),
      set: async (root, appId) => void (appId ? chosen.set(root, appId) : chosen.delete(root)),
    },
    hostingPool: async () => hostingPool,
    stackPool: async () => stackPool,
    onJobEnded: (event) => ended.push(event),
    ...options.service,
  });
  return {
    fake,
    hosting,
    stacks,
    project,
    service,
    ended,
    chosen,
    async dispose() {
      service.dispose();
      hostingPool.clear();
      stackPool.clear();
      await fake.stop();
      project.dispose();
      aws.restore();
    },
  };
}

function writeGit(project: TempProject, git: GitFiles): void {
  project.write('.git/HEAD', git.head === undefined ? 'ref: refs/heads/main\n' : git.head);
  const remotes = Object.entries(git.remotes ?? {})
    .map(([name, url]) => `[remote "${name}"]\n\turl = ${url}\n\tfetch = +refs/heads/*:refs/remotes/${name}/*\n`)
    .join('');
  project.write(
    '.git/config',
    `[core]\n\trepositoryformatversion = 0\n\tbare = false\n${remotes}[branch "main"]\n\tremote = origin\n\tmerge = refs/heads/main\n`,
  );
  for (const branch of git.branches ?? ['main']) project.write(`.git/refs/heads/${branch}`, `${'a'.repeat(40)}\n`);
}
