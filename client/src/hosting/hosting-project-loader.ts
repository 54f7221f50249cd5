/**
 * One project's Hosting app and branches: reads the project's files (Gen 1 envs, the git
 * repository, amplify_outputs.json), finds the app, lists its branches. Never throws for AWS
 * trouble: the answer's `problem` says what went wrong, classified as every AWS problem in Lens is.
 */
import { basename, join } from 'node:path';
import { readJsonFile } from 'amplify-lens-model/files';
import type { AmplifyProject } from 'amplify-lens-model/project';
import { resolveRegion } from '../aws/aws-profiles';
import { outputIdentifiers } from '../environments/gen2-app-discovery';
import { classifyAwsError, isAbortError } from '../aws/aws-problem-classifier';
import { AWS_COMMANDS } from '../aws/aws-command-ids';
import type { HostingBranch } from '../aws/hosting-types';
import { discoverHostingApp, type BranchStackReader, type HostingAppReader } from './hosting-app-discovery';
import type { HostingProjectState } from './hosting-state';
import { readGitRepository } from './git-repository-files';
import { HOSTING_COMMANDS } from './hosting-command-ids';

export interface HostingTarget {
  region: string;
  profile?: string;
}

export interface ProjectLoadContext {
  hosting(target: HostingTarget): HostingAppReader & { listBranches(appId: string, signal?: AbortSignal): Promise<HostingBranch[]> };
  stacks(target: HostingTarget): BranchStackReader;
  selection: { profile?: string; region?: string };
  chosenAppId?: string;
  settingAppIds: readonly string[];
  ssoProfiles?: ReadonlySet<string>;
  fallbackRegion?: string;
  signal?: AbortSignal;
}

export type LoadedProject = Omit<HostingProjectState, 'branches'> & { branches: HostingBranch[] };

export async function loadHostingProject(project: AmplifyProject, context: ProjectLoadContext): Promise<LoadedProject> {
  const { readAmplifyProject } = await import('../environments/project-reader');
  const info = await readAmplifyProject(project);
  const currentEnv = info.generation === 1 ? (info.envs.find((env) => env.name === info.currentEnv) ?? info.envs[0]) : undefined;
  const profile = context.selection.profile ?? currentEnv?.profile;
  const region = context.selection.region ?? currentEnv?.region ?? (await resolveRegion(profile)) ?? context.fallbackRegion ?? 'us-east-1';
  const git = await readGitRepository(project.root);
  const base: LoadedProject = {
    projectRoot: project.root,
    generation: project.generation,
    label: basename(project.root),
    region,
    profile,
    currentGitBranch: git?.currentBranch,
    gitRefsDir: git?.commonDir,
    branches: [],
  };
  const target = { region, profile };
  try {
    const discovery = await discoverHostingApp({
      project: info,
      region,
      git,
      chosenAppId: context.chosenAppId,
      settingAppIds: context.settingAppIds,
      outputs: info.generation === 2 ? outputIdentifiers(await readJsonFile(join(project.root, 'amplify_outputs.json'))) : undefined,
      hosting: context.hosting(target),
      stacks: info.generation === 2 ? context.stacks(target) : undefined,
      signal: context.signal,
    });
    if (discovery.kind === 'ambiguous') return { ...base, candidates: discovery.candidates };
    if (discovery.kind === 'not-found') {
      return {
        ...base,
        problem: {
          kind: 'not-found',
          message: discovery.message,
          action: { title: 'Choose Amplify app', command: HOSTING_COMMANDS.chooseApp, arguments: [project.root] },
        },
      };
    }
    const branches = await context.hosting(target).listBranches(discovery.app.appId, context.signal);
    return { ...base, app: discovery.app, source: discovery.source, branches };
  } catch (error) {
    if (isAbortError(error) || context.signal?.aborted) throw error;
    const problem = classifyAwsError(error, {
      region,
      profile,
      service: 'Amplify Hosting',
      ssoProfile: profile !== undefined && (context.ssoProfiles?.has(profile) ?? false),
    });
    // The view's own refresh, not the Environments view's, fixes Hosting's transient problems.
    if (problem.action?.command === AWS_COMMANDS.refreshEnvironments) problem.action = { ...problem.action, command: HOSTING_COMMANDS.refresh };
    return { ...base, problem };
  }
}
