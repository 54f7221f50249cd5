/**
 * The Environments view as plain data: projects (only when the workspace has several), their
 * environments with a health icon, the load problem with the action that fixes it, and a
 * "Load more" row for accounts with many sandboxes and branches.
 */
import { basename } from 'node:path';
import type { AmplifyEnvironment, EnvironmentKind, EnvironmentLoadProblem, EnvironmentsSnapshot } from '../environments/environment-types';
import { lastDeployOutcome, outcomeWords } from '../deploy/deploy-outcome-store';
import { escapeMarkdown, inlineCode, markdownLines, relativeTime, utcTimestamp, healthPresentation } from 'amplify-lens-model/presentation';
import { environmentKey } from '../environments/environment-key';
import type { ViewNode, ViewNodeIcon } from './view-node';

export const LOAD_MORE_ENVIRONMENTS_COMMAND = 'amplifyLens.loadMoreEnvironments';

export interface ProjectNode extends ViewNode {
  kind: 'project';
  snapshot: EnvironmentsSnapshot;
}
export interface EnvironmentNode extends ViewNode {
  kind: 'environment';
  environment: AmplifyEnvironment;
}
export interface ProblemNode extends ViewNode {
  kind: 'problem';
  problem: EnvironmentLoadProblem;
}
export interface MessageNode extends ViewNode {
  kind: 'message';
}
export interface LoadMoreNode extends ViewNode {
  kind: 'load-more';
  projectRoot: string;
  remaining: number;
}
export type EnvironmentsViewNode = ProjectNode | EnvironmentNode | ProblemNode | MessageNode | LoadMoreNode;

export interface EnvironmentsNodeOptions {
  now: Date;
  /** How many environments of a project to show before "Load more". */
  pageSize: number;
  /** How many the user has already asked to see, per project root (after "Load more"). */
  shownCount?: (projectRoot: string) => number | undefined;
}

export function environmentsChildNodes(
  snapshots: readonly EnvironmentsSnapshot[],
  parent: EnvironmentsViewNode | undefined,
  options: EnvironmentsNodeOptions,
): EnvironmentsViewNode[] {
  if (!parent) {
    if (snapshots.length === 1) return projectContentNodes(snapshots[0]!, options);
    return snapshots.map((snapshot) => projectNode(snapshot, snapshots));
  }
  return parent.kind === 'project' ? projectContentNodes(parent.snapshot, options) : [];
}

function projectNode(snapshot: EnvironmentsSnapshot, all: readonly EnvironmentsSnapshot[]): ProjectNode {
  const name = basename(snapshot.projectRoot) || snapshot.projectRoot;
  const sameName = all.filter((other) => (basename(other.projectRoot) || other.projectRoot) === name).length > 1;
  const parentFolder = basename(snapshot.projectRoot.replace(/[\\/][^\\/]*$/, ''));
  return {
    kind: 'project',
    snapshot,
    id: `project:${snapshot.projectRoot}`,
    label: sameName && parentFolder ? `${name} (${parentFolder})` : name,
    description: snapshot.problem ? `Gen ${snapshot.generation} · needs attention` : `Gen ${snapshot.generation}`,
    icon: { id: snapshot.problem ? 'warning' : 'project', color: snapshot.problem ? 'list.warningForeground' : undefined },
    tooltip: markdownLines([`**${escapeMarkdown(name)}** — Amplify Gen ${snapshot.generation} project`, inlineCode(snapshot.projectRoot)]),
    contextValue: `project.gen${snapshot.generation}`,
    collapse: 'expanded',
  };
}

function projectContentNodes(snapshot: EnvironmentsSnapshot, options: EnvironmentsNodeOptions): EnvironmentsViewNode[] {
  // The problem first, then the environments it left unknown (with their last known state, if any):
  // a problem never makes an environment disappear from the view as if it were gone.
  const problem = snapshot.problem ? [problemNode(snapshot)] : [];
  const listed = snapshot.problem ? snapshot.environments.filter((environment) => environment.health === 'unknown') : snapshot.environments;
  if (listed.length === 0) return problem.length > 0 ? problem : [noEnvironmentsNode(snapshot)];
  const ordered = [...listed].sort(compareEnvironments);
  const shown = Math.max(options.pageSize, options.shownCount?.(snapshot.projectRoot) ?? 0);
  const nodes: EnvironmentsViewNode[] = [...problem, ...ordered.slice(0, shown).map((environment) => environmentNode(environment, options.now))];
  if (ordered.length > shown) nodes.push(loadMoreNode(snapshot.projectRoot, ordered.length - shown, options.pageSize));
  return nodes;
}

const KIND_ORDER: Record<EnvironmentKind, number> = { 'gen1-env': 0, 'gen2-branch': 1, 'gen2-sandbox': 2 };

/** Current first (the one people act on), then branches before sandboxes, then by name. */
export function compareEnvironments(a: AmplifyEnvironment, b: AmplifyEnvironment): number {
  if (a.isCurrent !== b.isCurrent) return a.isCurrent ? -1 : 1;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  return a.name.localeCompare(b.name, undefined, { numeric: true });
}

const CONTEXT_VALUES: Record<EnvironmentKind, string> = {
  'gen1-env': 'environment.gen1',
  'gen2-sandbox': 'environment.gen2.sandbox',
  'gen2-branch': 'environment.gen2.branch',
};

const KIND_TITLES: Record<EnvironmentKind, string> = {
  'gen1-env': 'Gen 1 environment',
  'gen2-sandbox': 'Gen 2 sandbox',
  'gen2-branch': 'Gen 2 branch deployment',
};

export function environmentNode(environment: AmplifyEnvironment, now: Date): EnvironmentNode {
  const health = healthPresentation(environment.health);
  const kindWord = environment.kind === 'gen2-sandbox' ? 'sandbox' : environment.kind === 'gen2-branch' ? 'branch' : undefined;
  const currentWord = environment.isCurrent ? (environment.kind === 'gen2-sandbox' ? 'yours' : 'current') : undefined;
  const contextValue = environment.kind === 'gen1-env' && environment.isCurrent ? 'environment.gen1.current' : CONTEXT_VALUES[environment.kind];
  return {
    kind: 'environment',
    environment,
    id: `environment:${environmentKey(environment)}`,
    label: environment.name,
    description: [kindWord, health.label, lastKnownWords(environment), currentWord, lastDeployWords(environment)].filter(Boolean).join(' · '),
    icon: health.icon,
    tooltip: environmentTooltip(environment, now),
    contextValue,
    collapse: 'none',
  };
}

function environmentTooltip(environment: AmplifyEnvironment, now: Date): string {
  const health = healthPresentation(environment.health);
  const stackStatus = environment.rootStack?.status;
  const current = environment.isCurrent ? (environment.kind === 'gen2-sandbox' ? ' · your sandbox' : ' · current') : '';
  const deployed = environment.lastDeployedAt;
  return markdownLines([
    `**${escapeMarkdown(environment.name)}** — ${KIND_TITLES[environment.kind]}${current}`,
    `$(${health.icon.id.replace(/~spin$/, '')}) ${health.title}${stackStatus ? ` (${inlineCode(stackStatus)})` : ''}`,
    environment.healthReason && `Reason: ${escapeMarkdown(environment.healthReason)}`,
    environment.stale &&
      `Last known ${relativeTime(environment.stale.since, now)} (${utcTimestamp(environment.stale.since)}): ${healthPresentation(environment.stale.lastHealth).title}; the stacks, resources and outputs shown are from then`,
    environment.rootStackName && `Stack: ${inlineCode(environment.rootStackName)}`,
    environment.region && `Region: ${inlineCode(environment.region)}`,
    environment.profile && `Profile: ${inlineCode(environment.profile)}`,
    deployed && `Last deploy: ${relativeTime(deployed, now)} (${utcTimestamp(deployed)})`,
    lastDeployLine(environment, now),
  ]);
}

/** While the state is unknown, what it was when last read ("last known: deployed"). */
function lastKnownWords(environment: AmplifyEnvironment): string | undefined {
  return environment.stale ? `last known: ${healthPresentation(environment.stale.lastHealth).label}` : undefined;
}

/** A failed, rolled-back or cancelled deploy from Lens shows in the row; a success already shows as the health. */
function lastDeployWords(environment: AmplifyEnvironment): string | undefined {
  const outcome = lastDeployOutcome(environmentKey(environment));
  return outcome && outcome.phase !== 'succeeded' ? outcomeWords(outcome) : undefined;
}

function lastDeployLine(environment: AmplifyEnvironment, now: Date): string | undefined {
  const outcome = lastDeployOutcome(environmentKey(environment));
  if (!outcome) return undefined;
  const when = relativeTime(new Date(outcome.endedAt), now);
  const reason = outcome.failureReason ? ` — ${escapeMarkdown(outcome.failureReason)}` : '';
  return `Lens: ${outcomeWords(outcome)} ${when} (${inlineCode(outcome.command)})${reason}`;
}

const PROBLEM_ICONS: Record<EnvironmentLoadProblem['kind'], ViewNodeIcon> = {
  'no-credentials': { id: 'key', color: 'list.warningForeground' },
  'sso-expired': { id: 'account', color: 'list.warningForeground' },
  'access-denied': { id: 'lock', color: 'list.warningForeground' },
  throttled: { id: 'watch' },
  network: { id: 'debug-disconnect', color: 'list.warningForeground' },
  'no-stacks': { id: 'info' },
  'not-found': { id: 'search' },
  unknown: { id: 'error', color: 'list.errorForeground' },
};

function problemNode(snapshot: EnvironmentsSnapshot): ProblemNode {
  const problem = snapshot.problem!;
  const action = problem.action;
  return {
    kind: 'problem',
    problem,
    id: `problem:${snapshot.projectRoot}`,
    label: problem.message,
    description: action?.title,
    icon: PROBLEM_ICONS[problem.kind] ?? PROBLEM_ICONS.unknown,
    tooltip: markdownLines([escapeMarkdown(problem.message), action && `Click to run “${escapeMarkdown(action.title)}”.`]),
    contextValue: `environment.problem.${problem.kind}`,
    command: action && { command: action.command, title: action.title, arguments: action.arguments },
    collapse: 'none',
  };
}

function noEnvironmentsNode(snapshot: EnvironmentsSnapshot): MessageNode {
  const label =
    snapshot.generation === 1
      ? 'No environments in amplify/team-provider-info.json'
      : 'No sandbox or branch deployment found in this account and region';
  const hint =
    snapshot.generation === 1
      ? 'Create one with `amplify init` or `amplify env add`.'
      : 'Start a sandbox with `npx ampx sandbox`, or switch the AWS profile or region from the status bar.';
  return {
    kind: 'message',
    id: `message:${snapshot.projectRoot}:empty`,
    label,
    icon: { id: 'info' },
    tooltip: markdownLines([escapeMarkdown(label), hint]),
    collapse: 'none',
  };
}

function loadMoreNode(projectRoot: string, remaining: number, pageSize: number): LoadMoreNode {
  return {
    kind: 'load-more',
    projectRoot,
    remaining,
    id: `load-more:${projectRoot}`,
    label: 'Load more…',
    description: `${remaining} more`,
    icon: { id: 'ellipsis' },
    tooltip: `Show up to ${Math.min(remaining, pageSize)} more environments.`,
    contextValue: 'environment.loadMore',
    command: { command: LOAD_MORE_ENVIRONMENTS_COMMAND, title: 'Load More', arguments: [projectRoot] },
    collapse: 'none',
  };
}
