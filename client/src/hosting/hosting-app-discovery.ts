/**
 * Which Amplify Hosting app a project deploys to. No local file of a Gen 2 project names it, so
 * the evidence is weighed:
 * - the user's own choice (remembered per project) or `amplifyLens.gen2AppIds`: decided;
 * - Gen 1: `team-provider-info.json`'s `awscloudformation.AmplifyAppId` of the current env: decided;
 * - Gen 2: a branch stack (`amplify-<appId>-<branch>-branch-<hash>`, tagged `amplify:app-id`,
 *   `amplify:deployment-type=branch` by amplify-backend's project_environment_main_stack_creator.ts)
 *   whose outputs hold `amplify_outputs.json`'s identifiers (the Environments view's own reading,
 *   environments/gen2-app-discovery.ts): strong;
 * - an app whose `repository` is one of the git remotes (ListApps): strong;
 * - a branch stack of a branch this repository has: likely.
 * One strong app wins; several are a choice for the user; without strong evidence one likely app
 * wins and several are a choice. An app id the project names that Amplify does not know is said so.
 */
import type { AmplifyProjectInfo } from 'amplify-lens-model/project';
import { isAbortError } from '../aws/aws-problem-classifier';
import { mapWithConcurrency } from '../aws/bounded-parallel';
import type { Stack, StackSummary } from '../aws/aws-types';
import type { HostingApp } from '../aws/hosting-types';
import { appIdsSharingOutputs } from '../environments/gen2-app-discovery';
import { parseGen2StackName, sanitizeGen2Part } from '../environments/gen2-stack-names';
import type { GitRepositoryInfo } from './git-repository-files';
import { sameRepository } from './repository-urls';

export type AppSource =
  | { kind: 'chosen' }
  | { kind: 'setting' }
  | { kind: 'team-provider-info'; env: string }
  | { kind: 'outputs'; stackName: string }
  | { kind: 'git-remote'; remote: string }
  | { kind: 'branch-stack'; stackName: string; branch: string };

export interface AppCandidate {
  app: HostingApp;
  source: AppSource;
}

export type AppDiscovery =
  | { kind: 'found'; app: HostingApp; source: AppSource }
  | { kind: 'ambiguous'; candidates: AppCandidate[] }
  | { kind: 'not-found'; message: string };

export interface HostingAppReader {
  getApp(appId: string, signal?: AbortSignal): Promise<HostingApp | undefined>;
  listApps(signal?: AbortSignal): Promise<HostingApp[]>;
}

export interface BranchStackReader {
  readonly region: string;
  listStacks(signal?: AbortSignal): Promise<StackSummary[]>;
  describeStacks(names?: readonly string[], signal?: AbortSignal): Promise<Stack[]>;
}

export interface DiscoveryInput {
  project: AmplifyProjectInfo;
  region: string;
  git?: GitRepositoryInfo;
  chosenAppId?: string;
  settingAppIds?: readonly string[];
  /** The deployed resources `amplify_outputs.json` names (`outputIdentifiers`). */
  outputs?: ReadonlySet<string>;
  hosting: HostingAppReader;
  /** Gen 2: where branch stacks are listed. Failures there only remove that evidence. */
  stacks?: BranchStackReader;
  signal?: AbortSignal;
}

/** Branch stacks described at most, newest first, when looking for the outputs' backend. */
const MAX_STACKS_DESCRIBED = 25;

export async function discoverHostingApp(input: DiscoveryInput): Promise<AppDiscovery> {
  const { hosting, signal, region } = input;
  if (input.chosenAppId) {
    const chosen = await hosting.getApp(input.chosenAppId, signal);
    if (chosen) return { kind: 'found', app: chosen, source: { kind: 'chosen' } };
  }
  const settingIds = input.project.generation === 2 ? [...new Set(input.settingAppIds ?? [])] : [];
  if (settingIds.length > 0) {
    const apps = (await mapWithConcurrency(settingIds, 4, (id) => hosting.getApp(id, signal))).filter(
      (app): app is HostingApp => app !== undefined,
    );
    if (apps.length === 1) return { kind: 'found', app: apps[0]!, source: { kind: 'setting' } };
    if (apps.length > 1) return { kind: 'ambiguous', candidates: apps.map((app) => ({ app, source: { kind: 'setting' } })) };
  }
  if (input.project.generation === 1) {
    const info = input.project;
    const env =
      info.envs.find((candidate) => candidate.name === info.currentEnv && candidate.appId) ?? info.envs.find((candidate) => candidate.appId);
    if (env?.appId) {
      const app = await hosting.getApp(env.appId, signal);
      if (app) return { kind: 'found', app, source: { kind: 'team-provider-info', env: env.name } };
      return {
        kind: 'not-found',
        message: `Amplify app ${env.appId} (env ${env.name}, amplify/team-provider-info.json) does not exist in ${region}. It may have been deleted, or live in another account or region.`,
      };
    }
  }

  const strong: AppCandidate[] = [];
  const likely: AppCandidate[] = [];
  if (input.project.generation === 2 && input.stacks) {
    const evidence = await branchStackEvidence(input.stacks, input.git, input.outputs, signal);
    for (const { appId, source, strong: isStrong } of evidence) {
      const app = await hosting.getApp(appId, signal);
      if (app) (isStrong ? strong : likely).push({ app, source });
    }
  }
  const remotes = Object.entries(input.git?.remotes ?? {});
  if (remotes.length > 0) {
    for (const app of await hosting.listApps(signal)) {
      const remote = remotes.find(([, url]) => app.repository && sameRepository(url, app.repository));
      if (remote) strong.push({ app, source: { kind: 'git-remote', remote: remote[0] } });
    }
  }
  const decided = decide(strong) ?? decide(likely);
  if (decided) return decided;
  const where =
    input.git && remotes.length > 0
      ? `No Amplify app in ${region} deploys ${remotes.map(([, url]) => url).join(' or ')}`
      : `No Amplify app in ${region} could be matched to this project`;
  return { kind: 'not-found', message: `${where}. Choose the app, or another region.` };
}

function decide(candidates: AppCandidate[]): AppDiscovery | undefined {
  const unique = new Map<string, AppCandidate>();
  for (const candidate of candidates) if (!unique.has(candidate.app.appId)) unique.set(candidate.app.appId, candidate);
  if (unique.size === 0) return undefined;
  if (unique.size === 1) {
    const [only] = unique.values();
    return { kind: 'found', app: only!.app, source: only!.source };
  }
  return { kind: 'ambiguous', candidates: [...unique.values()] };
}

interface StackEvidence {
  appId: string;
  source: AppSource;
  strong: boolean;
}

async function branchStackEvidence(
  reader: BranchStackReader,
  git: GitRepositoryInfo | undefined,
  outputs: ReadonlySet<string> | undefined,
  signal?: AbortSignal,
): Promise<StackEvidence[]> {
  let summaries: StackSummary[];
  try {
    summaries = await reader.listStacks(signal);
  } catch (error) {
    if (isAbortError(error)) throw error;
    return []; // CloudFormation out of reach: the other evidence still counts.
  }
  const localNames = new Set(
    [...(git?.localBranches ?? []), ...(git?.currentBranch ? [git.currentBranch] : [])].map((name) => sanitizeGen2Part(name).slice(0, 50)),
  );
  const branchStacks = summaries
    .filter((summary) => !summary.parentId && parseGen2StackName(summary.name)?.type === 'branch')
    .sort((a, b) => (b.lastUpdatedAt ?? b.createdAt).getTime() - (a.lastUpdatedAt ?? a.createdAt).getTime());
  const ofLocalBranch = branchStacks.filter((summary) => localNames.has(parseGen2StackName(summary.name)!.name));
  const toDescribe = new Set(ofLocalBranch.map((summary) => summary.name));
  if (outputs?.size) for (const summary of branchStacks.slice(0, MAX_STACKS_DESCRIBED)) toDescribe.add(summary.name);
  if (toDescribe.size === 0) return [];
  let stacks: Stack[];
  try {
    stacks = await reader.describeStacks([...toDescribe].slice(0, MAX_STACKS_DESCRIBED * 2), signal);
  } catch (error) {
    if (isAbortError(error)) throw error;
    return [];
  }
  const evidence: StackEvidence[] = [];
  for (const stack of stacks) {
    const appId = stack.tags['amplify:app-id'];
    if (!appId || stack.tags['amplify:deployment-type'] !== 'branch') continue;
    const branch = stack.tags['amplify:branch-name'] ?? parseGen2StackName(stack.name)?.name ?? '';
    if (outputs?.size && appIdsSharingOutputs([stack], outputs).length > 0)
      evidence.push({ appId, source: { kind: 'outputs', stackName: stack.name }, strong: true });
    else if (localNames.has(sanitizeGen2Part(branch).slice(0, 50)))
      evidence.push({ appId, source: { kind: 'branch-stack', stackName: stack.name, branch }, strong: false });
  }
  return evidence;
}

/** How the view says where the app came from. */
export function describeAppSource(source: AppSource): string {
  switch (source.kind) {
    case 'chosen':
      return 'chosen by you';
    case 'setting':
      return 'from amplifyLens.gen2AppIds';
    case 'team-provider-info':
      return `from amplify/team-provider-info.json (env ${source.env})`;
    case 'outputs':
      return `amplify_outputs.json matches the outputs of ${source.stackName}`;
    case 'git-remote':
      return `its repository is the git remote ${source.remote}`;
    case 'branch-stack':
      return `the branch stack ${source.stackName} of branch ${source.branch} is tagged with it`;
  }
}
