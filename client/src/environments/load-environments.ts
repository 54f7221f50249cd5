import { userInfo } from 'node:os';
import { AWS_COMMANDS } from '../aws/aws-command-ids';
import { classifyAwsError, isAbortError } from '../aws/aws-problem-classifier';
import type { AmplifyProject, Gen1ProjectInfo, Gen2ProjectInfo } from 'amplify-lens-model/project';
import type { AmplifyEnvironment, EnvironmentLoadProblem, EnvironmentsSnapshot } from './environment-types';
import { gen1Base, loadGen1Environment } from './gen1-environments-loader';
import { gen2AppIds } from './gen2-app-discovery';
import { loadGen2Environments } from './gen2-environments-loader';
import { readerFor, type StackReaderSource } from './stack-reader';

export interface LoadEnvironmentsOptions {
  signal?: AbortSignal;
  /** Gen 2: the sandbox identifier of this machine; default the OS user name, as `ampx sandbox` uses. */
  currentSandboxIdentifier?: string;
  /** Gen 2: Amplify app ids whose branch deployments belong to this project (no local file records them). */
  appIds?: readonly string[];
  /** Profiles that sign in through SSO: for them an expired token means `aws sso login`. */
  ssoProfiles?: ReadonlySet<string>;
}

/**
 * A project's environments with their stacks, health and outputs. Never throws: what went wrong is
 * the snapshot's `problem`, worded for a person with the action that fixes it. A cancelled load is
 * marked `cancelled`, so the caller can drop it. `readers` is one gateway, or a function giving the
 * gateway of an env's region and profile (Gen 1 envs may live in different accounts or regions).
 */
export async function loadEnvironments(
  project: AmplifyProject,
  readers: StackReaderSource,
  options: LoadEnvironmentsOptions = {},
): Promise<EnvironmentsSnapshot> {
  const snapshot = (environments: AmplifyEnvironment[], problem?: EnvironmentLoadProblem): EnvironmentsSnapshot => ({
    projectRoot: project.root,
    generation: project.generation,
    environments,
    problem,
    loadedAt: new Date(),
  });
  try {
    const { readAmplifyProject } = await import('./project-reader');
    const info = await readAmplifyProject(project);
    if (info.generation === 1) return await loadGen1(info, readers, options, snapshot);
    return await loadGen2(info, readers, options, snapshot);
  } catch (error) {
    if (isAbortError(error) || options.signal?.aborted) return { ...snapshot([], cancelledProblem()), cancelled: true };
    const reader = readerFor(readers, {});
    return snapshot([], problemOf(error, reader.profile, reader.region, options));
  }
}

type SnapshotOf = (environments: AmplifyEnvironment[], problem?: EnvironmentLoadProblem) => EnvironmentsSnapshot;

async function loadGen1(info: Gen1ProjectInfo, readers: StackReaderSource, options: LoadEnvironmentsOptions, snapshot: SnapshotOf) {
  const problems: EnvironmentLoadProblem[] = [];
  const environments = await Promise.all(
    info.envs.map(async (env) => {
      try {
        return await loadGen1Environment(info, env, readers, options.signal);
      } catch (error) {
        if (isAbortError(error)) throw error;
        const reader = readerFor(readers, { region: env.region, profile: env.profile });
        const problem = problemOf(error, reader.profile, reader.region, options);
        problems.push(problem);
        return { ...gen1Base(info, env), healthReason: problem.message };
      }
    }),
  );
  environments.sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent) || a.name.localeCompare(b.name));
  // One env out of reach shows on that env; the tree gives the whole project to the problem only when nothing could be read.
  if (problems.length > 0 && problems.length === environments.length) return snapshot(environments, problems[0]);
  const deployable = environments.filter((env) => env.rootStackName);
  if (deployable.length > 0 && deployable.every((env) => env.health === 'not-deployed') && problems.length === 0) {
    return snapshot(environments, noGen1Stacks(deployable, readers));
  }
  return snapshot(environments);
}

async function loadGen2(info: Gen2ProjectInfo, readers: StackReaderSource, options: LoadEnvironmentsOptions, snapshot: SnapshotOf) {
  const reader = readerFor(readers, {});
  // The setting's app ids, else those amplify_outputs.json leads to (gen2-app-discovery.ts).
  const apps = await gen2AppIds(info.root, options.appIds, reader, options.signal);
  const withApps: SnapshotOf = (environments, problem) => ({ ...snapshot(environments, problem), gen2Apps: apps });
  if (!info.namespace && apps.appIds.length === 0) {
    return withApps([], {
      kind: 'not-found',
      message: `${info.root}/package.json has no "name"; ampx sandbox names the sandbox stack after it. Add one, then refresh.`,
      action: { title: 'Refresh', command: AWS_COMMANDS.refreshEnvironments },
    });
  }
  const environments = await loadGen2Environments(info, reader, {
    currentSandboxIdentifier: options.currentSandboxIdentifier ?? osUserName(),
    appIds: apps.appIds,
    signal: options.signal,
  });
  if (environments.length > 0) return withApps(environments);
  const what = apps.appIds.length > 0 ? 'sandbox or branch deployment' : 'sandbox';
  return withApps([], {
    kind: 'no-stacks',
    message: `No ${what} of ${info.namespace ?? 'this project'} in ${reader.region}${reader.profile ? ` (profile ${reader.profile})` : ''}. Start one with npx ampx sandbox, or choose another region.`,
    action: { title: 'Choose region', command: AWS_COMMANDS.selectRegion },
  });
}

function noGen1Stacks(envs: readonly AmplifyEnvironment[], readers: StackReaderSource): EnvironmentLoadProblem {
  const reader = readerFor(readers, { region: envs[0].region, profile: envs[0].profile });
  const names = envs.map((env) => env.name).join(', ');
  return {
    kind: 'no-stacks',
    message: `No stack of ${envs.length === 1 ? 'env' : 'envs'} ${names} in ${reader.region}${reader.profile ? ` (profile ${reader.profile})` : ''}. They may be deleted, or in another account or region.`,
    action: { title: 'Choose profile', command: AWS_COMMANDS.selectProfile },
  };
}

function problemOf(error: unknown, profile: string | undefined, region: string, options: LoadEnvironmentsOptions): EnvironmentLoadProblem {
  return classifyAwsError(error, { profile, region, ssoProfile: profile !== undefined && (options.ssoProfiles?.has(profile) ?? false) });
}

function cancelledProblem(): EnvironmentLoadProblem {
  return { kind: 'unknown', message: 'Loading was cancelled.' };
}

function osUserName(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}
