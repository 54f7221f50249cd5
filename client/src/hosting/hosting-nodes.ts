/**
 * The Hosting view as plain data: per project the app (or its problem, or the apps to choose
 * from), its branches — the current git branch first and marked, each with its stage, framework,
 * auto-build, URL and backend — their recent jobs (status, commit, trigger, start, duration) and a
 * job's steps. Names, commit messages and reasons come from repositories: rows carry them as plain
 * text, tooltips escape them.
 */
import { escapeMarkdown, inlineCode, markdownLines, relativeTime, utcTimestamp } from 'amplify-lens-model/presentation';
import { isJobActive, type HostingJob, type HostingJobSummary, type HostingStep } from '../aws/hosting-types';
import type { ViewNode } from '../views/view-node';
import { describeAppSource, type AppCandidate } from './hosting-app-discovery';
import { HOSTING_COMMANDS } from './hosting-command-ids';
import type { BranchState, HostingProjectState } from './hosting-state';
import { commitTitle, formatDuration, runDuration, shortCommit, statusIcon, statusWords, triggerWords } from './job-presentation';
import { backendOf, branchUrl } from './branch-facts';

interface Base extends ViewNode {
  projectRoot: string;
}
export interface MessageNode extends Base {
  kind: 'message';
}
export interface ProjectNode extends Base {
  kind: 'project';
}
export interface AppNode extends Base {
  kind: 'app';
  appId: string;
}
export interface CandidateNode extends Base {
  kind: 'candidate';
  appId: string;
}
export interface BranchNode extends Base {
  kind: 'branch';
  branchName: string;
}
export interface BranchUrlNode extends Base {
  kind: 'branch-url';
  branchName: string;
  url: string;
}
export interface BackendNode extends Base {
  kind: 'backend';
  branchName: string;
}
export interface JobNode extends Base {
  kind: 'job';
  branchName: string;
  jobId: string;
}
export interface StepNode extends Base {
  kind: 'step';
  branchName: string;
  jobId: string;
  stepName: string;
}
export interface MoreJobsNode extends Base {
  kind: 'more-jobs';
  branchName: string;
}
export type HostingViewNode =
  MessageNode | ProjectNode | AppNode | CandidateNode | BranchNode | BranchUrlNode | BackendNode | JobNode | StepNode | MoreJobsNode;

export interface NodeContext {
  now: Date;
  /** A refresh has not answered yet. */
  loading: boolean;
}

export function hostingChildNodes(
  projects: readonly HostingProjectState[],
  parent: HostingViewNode | undefined,
  context: NodeContext,
): HostingViewNode[] {
  if (!parent) {
    if (projects.length === 0)
      return [
        message(
          '',
          'none',
          context.loading ? 'Loading Amplify Hosting…' : 'No Amplify project in this workspace',
          undefined,
          context.loading ? 'loading~spin' : 'info',
        ),
      ];
    if (projects.length === 1) return projectChildren(projects[0]!, context);
    return projects.map((project) => ({
      kind: 'project',
      projectRoot: project.projectRoot,
      id: `hosting:${project.projectRoot}`,
      label: project.label,
      description: project.app ? project.app.name : undefined,
      tooltip: inlineCode(project.projectRoot),
      icon: { id: 'folder' },
      collapse: 'expanded',
    }));
  }
  const project = projects.find((candidate) => candidate.projectRoot === parent.projectRoot);
  if (!project) return [];
  switch (parent.kind) {
    case 'project':
      return projectChildren(project, context);
    case 'app':
      return project.branches.map((state) => branchNode(project, state, context));
    case 'branch': {
      const state = project.branches.find((candidate) => candidate.branch.name === parent.branchName);
      return state ? branchChildren(project, state, context) : [];
    }
    case 'job': {
      const state = project.branches.find((candidate) => candidate.branch.name === parent.branchName);
      const job = state?.details[parent.jobId];
      if (!job) return [message(project.projectRoot, `steps:${parent.branchName}:${parent.jobId}`, 'Loading steps…', undefined, 'loading~spin')];
      if (job.steps.length === 0)
        return [
          message(
            project.projectRoot,
            `steps:${parent.branchName}:${parent.jobId}`,
            isJobActive(job.summary.status) ? 'Waiting for the build to start' : 'No steps ran',
            undefined,
            'info',
          ),
        ];
      return job.steps.map((step) => stepNode(project, job, step, context));
    }
    default:
      return [];
  }
}

function projectChildren(project: HostingProjectState, context: NodeContext): HostingViewNode[] {
  if (project.problem) {
    return [
      message(
        project.projectRoot,
        'problem',
        project.problem.message,
        project.problem.action,
        project.problem.kind === 'not-found' ? 'search' : 'warning',
      ),
    ];
  }
  if (project.candidates) {
    return [
      message(
        project.projectRoot,
        'choose',
        'Several Amplify apps match this project: choose one',
        { command: HOSTING_COMMANDS.chooseApp, title: 'Choose Amplify app', arguments: [project.projectRoot] },
        'question',
      ),
      ...project.candidates.map((candidate) => candidateNode(project, candidate)),
    ];
  }
  if (!project.app) return [message(project.projectRoot, 'none', context.loading ? 'Loading…' : 'No Amplify Hosting app', undefined, 'info')];
  const app = project.app;
  return [
    {
      kind: 'app',
      projectRoot: project.projectRoot,
      appId: app.appId,
      id: `hosting:${project.projectRoot}:app:${app.appId}`,
      label: app.name,
      description: `${app.appId} · ${project.region}`,
      icon: { id: 'cloud' },
      tooltip: markdownLines([
        `**${escapeMarkdown(app.name)}** — Amplify Hosting app ${inlineCode(app.appId)} in ${escapeMarkdown(project.region)}`,
        app.repository ? `Repository: ${inlineCode(app.repository)}` : 'Deployed manually (amplify publish), no repository',
        app.platform && `Platform: ${escapeMarkdown(app.platform)}`,
        project.source && `Found: ${escapeMarkdown(describeAppSource(project.source))}`,
      ]),
      contextValue: 'hostingApp',
      collapse: 'expanded',
    },
  ];
}

function candidateNode(project: HostingProjectState, candidate: AppCandidate): CandidateNode {
  return {
    kind: 'candidate',
    projectRoot: project.projectRoot,
    appId: candidate.app.appId,
    id: `hosting:${project.projectRoot}:candidate:${candidate.app.appId}`,
    label: candidate.app.name,
    description: candidate.app.appId,
    tooltip: markdownLines([
      `${inlineCode(candidate.app.appId)}: ${escapeMarkdown(describeAppSource(candidate.source))}`,
      candidate.app.repository && `Repository: ${inlineCode(candidate.app.repository)}`,
    ]),
    icon: { id: 'cloud' },
    contextValue: 'hostingCandidate',
    command: { command: HOSTING_COMMANDS.chooseApp, title: 'Use This App', arguments: [project.projectRoot, candidate.app.appId] },
    collapse: 'none',
  };
}

function branchNode(project: HostingProjectState, state: BranchState, context: NodeContext): BranchNode {
  const { branch } = state;
  const latest = state.jobs?.[0];
  const manual = !project.app?.repository;
  const backend = backendOf(branch);
  const facts = [
    state.isCurrent ? 'current' : undefined,
    latest ? `${statusWords(latest.status)} ${latest.startTime ? relativeTime(latest.startTime, context.now) : ''}`.trim() : undefined,
    branch.stage?.toLowerCase().replace('_', ' '),
    branch.framework,
    manual ? 'manual deploys' : `auto-build ${branch.autoBuild ? 'on' : 'off'}`,
  ].filter((fact): fact is string => Boolean(fact));
  return {
    kind: 'branch',
    projectRoot: project.projectRoot,
    branchName: branch.name,
    id: `hosting:${project.projectRoot}:branch:${branch.name}`,
    label: branch.name,
    description: facts.join(' · '),
    icon: latest ? statusIcon(latest.status) : { id: 'git-branch', color: state.isCurrent ? 'charts.blue' : undefined },
    tooltip: markdownLines([
      `**${escapeMarkdown(branch.name)}**${state.isCurrent ? ' — your current git branch' : ''}`,
      branch.stage && `Stage: ${escapeMarkdown(branch.stage.toLowerCase())}`,
      branch.framework && `Framework: ${escapeMarkdown(branch.framework)}`,
      manual ? 'Deployed with amplify publish' : `Auto-build: ${branch.autoBuild ? 'on' : 'off'}`,
      project.app && `URL: ${inlineCode(branchUrl(project.app, branch) ?? '—')}`,
      backend && `Backend: ${escapeMarkdown(backend.label)}`,
      `${branch.totalJobs} ${branch.totalJobs === 1 ? 'job' : 'jobs'}`,
    ]),
    contextValue: `hostingBranch.${manual ? 'manual' : 'repo'}${backend?.kind === 'stack' ? '.stack' : ''}`,
    collapse: state.isCurrent || state.jobs ? 'expanded' : 'collapsed',
  };
}

function branchChildren(project: HostingProjectState, state: BranchState, context: NodeContext): HostingViewNode[] {
  const { branch } = state;
  const nodes: HostingViewNode[] = [];
  const url = project.app && branchUrl(project.app, branch);
  if (url) {
    nodes.push({
      kind: 'branch-url',
      projectRoot: project.projectRoot,
      branchName: branch.name,
      url,
      id: `hosting:${project.projectRoot}:branch:${branch.name}:url`,
      label: url,
      icon: { id: 'globe' },
      tooltip: `Open ${inlineCode(url)} in the browser`,
      contextValue: 'hostingUrl',
      command: { command: HOSTING_COMMANDS.openBranchUrl, title: 'Open Branch URL', arguments: [project.projectRoot, branch.name] },
      collapse: 'none',
    });
  }
  const backend = backendOf(branch);
  if (backend) {
    nodes.push({
      kind: 'backend',
      projectRoot: project.projectRoot,
      branchName: branch.name,
      id: `hosting:${project.projectRoot}:branch:${branch.name}:backend`,
      label: backend.kind === 'stack' ? `Backend stack ${backend.name}` : `Backend environment ${backend.name}`,
      icon: { id: 'server-process' },
      tooltip:
        backend.kind === 'stack'
          ? `${inlineCode(backend.arn)}  \nShows its CloudFormation deploy timeline`
          : `The Gen 1 env ${inlineCode(backend.name)} this branch deploys`,
      contextValue: backend.kind === 'stack' ? 'hostingBackend.stack' : 'hostingBackend.env',
      command:
        backend.kind === 'stack'
          ? { command: HOSTING_COMMANDS.showBackendTimeline, title: 'Show Deploy Timeline', arguments: [project.projectRoot, branch.name] }
          : undefined,
      collapse: 'none',
    });
  }
  if (state.problem) nodes.push(message(project.projectRoot, `problem:${branch.name}`, state.problem.message, state.problem.action, 'warning'));
  if (!state.jobs) {
    nodes.push(message(project.projectRoot, `loading:${branch.name}`, 'Loading jobs…', undefined, 'loading~spin'));
    return nodes;
  }
  if (state.jobs.length === 0 && !state.problem)
    nodes.push(message(project.projectRoot, `nojobs:${branch.name}`, 'No builds yet', undefined, 'info'));
  for (const job of state.jobs) nodes.push(jobNode(project, state, job, context));
  if (state.nextToken) {
    nodes.push({
      kind: 'more-jobs',
      projectRoot: project.projectRoot,
      branchName: branch.name,
      id: `hosting:${project.projectRoot}:branch:${branch.name}:more`,
      label: 'Show older jobs…',
      icon: { id: 'ellipsis' },
      command: { command: HOSTING_COMMANDS.loadMoreJobs, title: 'Show Older Jobs', arguments: [project.projectRoot, branch.name] },
      collapse: 'none',
    });
  }
  return nodes;
}

function jobNode(project: HostingProjectState, state: BranchState, job: HostingJobSummary, context: NodeContext): JobNode {
  const duration = runDuration(job, context.now);
  const commit = shortCommit(job.commitId);
  const active = isJobActive(job.status);
  const family = active ? 'active' : job.status === 'SUCCEED' ? 'succeeded' : 'failed';
  const retryable = project.app?.repository && !active && job.status !== 'SUCCEED';
  return {
    kind: 'job',
    projectRoot: project.projectRoot,
    branchName: state.branch.name,
    jobId: job.jobId,
    id: `hosting:${project.projectRoot}:branch:${state.branch.name}:job:${job.jobId}`,
    label: `#${job.jobId} ${commitTitle(job)}`,
    description: [
      statusWords(job.status),
      commit,
      triggerWords(job.jobType),
      job.startTime ? relativeTime(job.startTime, context.now) : undefined,
      duration === undefined ? undefined : formatDuration(duration),
    ]
      .filter(Boolean)
      .join(' · '),
    icon: statusIcon(job.status),
    tooltip: markdownLines([
      `**Job #${escapeMarkdown(job.jobId)}** of ${escapeMarkdown(job.branchName)} — ${escapeMarkdown(statusWords(job.status))}`,
      commit ? `Commit ${inlineCode(job.commitId)}` : undefined,
      job.commitMessage && escapeMarkdown(job.commitMessage.slice(0, 500)),
      `Started by: ${escapeMarkdown(triggerWords(job.jobType))}`,
      job.startTime && `Started: ${utcTimestamp(job.startTime)}`,
      job.endTime && `Ended: ${utcTimestamp(job.endTime)}`,
      duration !== undefined && `Duration: ${formatDuration(duration)}`,
    ]),
    contextValue: `hostingJob.${family}${retryable ? '.retryable' : ''}`,
    collapse: active || state.details[job.jobId] ? 'expanded' : 'collapsed',
  };
}

function stepNode(project: HostingProjectState, job: HostingJob, step: HostingStep, context: NodeContext): StepNode {
  const duration = runDuration(step, context.now);
  return {
    kind: 'step',
    projectRoot: project.projectRoot,
    branchName: job.summary.branchName,
    jobId: job.summary.jobId,
    stepName: step.name,
    id: `hosting:${project.projectRoot}:branch:${job.summary.branchName}:job:${job.summary.jobId}:step:${step.name}`,
    label: step.name,
    description: [statusWords(step.status), duration === undefined ? undefined : formatDuration(duration), step.statusReason]
      .filter(Boolean)
      .join(' · '),
    icon: statusIcon(step.status),
    tooltip: markdownLines([
      `**${escapeMarkdown(step.name)}** — ${escapeMarkdown(statusWords(step.status))}`,
      step.statusReason && escapeMarkdown(step.statusReason),
      'Click to open its log',
    ]),
    contextValue: 'hostingStep',
    command: {
      command: HOSTING_COMMANDS.showStepLog,
      title: 'Show Step Log',
      arguments: [project.projectRoot, job.summary.branchName, job.summary.jobId, step.name],
    },
    collapse: 'none',
  };
}

function message(
  projectRoot: string,
  id: string,
  label: string,
  action?: { command: string; title: string; arguments?: unknown[] },
  icon = 'info',
): MessageNode {
  return {
    kind: 'message',
    projectRoot,
    id: `hosting:${projectRoot}:message:${id}`,
    label,
    tooltip: action ? `${escapeMarkdown(label)}  \n${escapeMarkdown(action.title)}` : escapeMarkdown(label),
    icon: { id: icon },
    contextValue: action ? 'hostingProblem' : undefined,
    command: action ? { command: action.command, title: action.title, arguments: action.arguments } : undefined,
    collapse: 'none',
  };
}
