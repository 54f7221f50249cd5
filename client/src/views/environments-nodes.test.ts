import { describe, expect, it } from 'vitest';
import type { EnvironmentHealth } from '../environments/environment-types';
import { ALL_HEALTHS } from 'amplify-lens-model/presentation';
import {
  type EnvironmentsNodeOptions,
  type EnvironmentsViewNode,
  LOAD_MORE_ENVIRONMENTS_COMMAND,
  environmentsChildNodes,
} from './environments-nodes';
import { GEN1_ROOT, GEN2_ROOT, NOW, gen1Env, gen2Env, snapshot } from '../../test-support/environment-fixtures';

const options: EnvironmentsNodeOptions = { now: NOW, pageSize: 50 };

function rows(nodes: EnvironmentsViewNode[]) {
  return nodes.map((node) => `${node.kind}:${node.label}|${node.description ?? ''}|${node.icon?.id ?? ''}|${node.contextValue ?? ''}`);
}

describe('environment rows', () => {
  const expectedIcons: Record<EnvironmentHealth, [description: string, icon: string, color: string | undefined]> = {
    deployed: ['deployed', 'pass', 'testing.iconPassed'],
    deploying: ['deploying…', 'sync~spin', undefined],
    failed: ['failed', 'error', 'testing.iconFailed'],
    deleting: ['deleting…', 'trash', 'list.warningForeground'],
    drifted: ['drifted', 'warning', 'list.warningForeground'],
    'not-deployed': ['not deployed', 'circle-outline', undefined],
    unknown: ['unknown', 'question', undefined],
  };

  it.each(ALL_HEALTHS)('shows health %s as a word and a themed icon', (health) => {
    const [node] = environmentsChildNodes([snapshot([gen1Env({ isCurrent: false, health })])], undefined, options);
    const [description, icon, color] = expectedIcons[health];
    expect(node).toMatchObject({ kind: 'environment', label: 'dev', description });
    expect(node!.icon).toEqual(color ? { id: icon, color } : { id: icon });
  });

  it('covers every health the model defines', () => {
    expect(new Set(ALL_HEALTHS)).toEqual(new Set(Object.keys(expectedIcons)));
  });

  it('marks the current Gen 1 env and gives each kind its context value', () => {
    const gen1 = environmentsChildNodes(
      [snapshot([gen1Env({ name: 'prod', isCurrent: false }), gen1Env({ name: 'dev', isCurrent: true })])],
      undefined,
      options,
    );
    expect(rows(gen1)).toEqual([
      'environment:dev|deployed · current|pass|environment.gen1.current',
      'environment:prod|deployed|pass|environment.gen1',
    ]);

    const gen2 = environmentsChildNodes(
      [
        snapshot([
          gen2Env({ name: 'bob' }),
          gen2Env({ name: 'main', kind: 'gen2-branch', health: 'deploying' }),
          gen2Env({ name: 'alice', isCurrent: true }),
        ]),
      ],
      undefined,
      options,
    );
    expect(rows(gen2)).toEqual([
      'environment:alice|sandbox · deployed · yours|pass|environment.gen2.sandbox',
      'environment:main|branch · deploying…|sync~spin|environment.gen2.branch',
      'environment:bob|sandbox · deployed|pass|environment.gen2.sandbox',
    ]);
  });

  it('sorts names numerically within a kind', () => {
    const nodes = environmentsChildNodes(
      [snapshot(['env10', 'env2', 'env1'].map((name) => gen1Env({ name, isCurrent: false })))],
      undefined,
      options,
    );
    expect(nodes.map((node) => node.label)).toEqual(['env1', 'env2', 'env10']);
  });

  it('puts stack, region, profile, last deploy and reason in the tooltip', () => {
    const [node] = environmentsChildNodes(
      [snapshot([gen1Env({ health: 'failed', healthReason: 'The following resource(s) failed to update: [apiblog].', rootStack: undefined })])],
      undefined,
      options,
    );
    expect(node!.tooltip).toBe(
      [
        '**dev** — Gen 1 environment · current',
        '$(error) Failed',
        'Reason: The following resource\\(s\\) failed to update: \\[apiblog\\]\\.',
        'Stack: `amplify-gen1blog-dev-8f3b2`',
        'Region: `us-east-1`',
        'Profile: `default`',
        'Last deploy: 3 hours ago (2024-05-01 09:00 UTC)',
      ].join('  \n'),
    );
  });

  it('shows the root stack status and drops the spin suffix in the tooltip icon', () => {
    const env = gen2Env({ health: 'deploying' });
    env.rootStack!.status = 'UPDATE_IN_PROGRESS';
    const [node] = environmentsChildNodes([snapshot([env])], undefined, options);
    expect(node!.tooltip).toContain('$(sync) Deploying (`UPDATE_IN_PROGRESS`)');
    expect(node!.tooltip).toContain('**alice** — Gen 2 sandbox');
    expect(node!.tooltip).not.toContain('Profile:');
  });

  it('keeps ids stable and unique per project, kind and name', () => {
    const nodes = environmentsChildNodes(
      [snapshot([gen2Env({ name: 'main', kind: 'gen2-branch' }), gen2Env({ name: 'main', kind: 'gen2-sandbox' })])],
      undefined,
      options,
    );
    expect(new Set(nodes.map((node) => node.id)).size).toBe(2);
  });
});

describe('problems and empty projects', () => {
  it('shows a problem first, with its action as the row command, then the environments it left unknown', () => {
    const problem = {
      kind: 'sso-expired' as const,
      message: 'The SSO sign-in of profile dev expired.',
      action: { title: 'Sign In Again', command: 'amplifyLens.ssoLogin', arguments: ['dev'] },
    };
    const nodes = environmentsChildNodes([snapshot([gen1Env({ health: 'unknown' })], { problem })], undefined, options);
    expect(nodes.map((node) => `${node.kind} ${node.description}`)).toEqual(['problem Sign In Again', 'environment unknown · current']);
    expect(nodes[0]).toMatchObject({
      kind: 'problem',
      label: 'The SSO sign-in of profile dev expired.',
      description: 'Sign In Again',
      icon: { id: 'account' },
      contextValue: 'environment.problem.sso-expired',
      command: { command: 'amplifyLens.ssoLogin', title: 'Sign In Again', arguments: ['dev'] },
    });
    expect(nodes[0]!.tooltip).toBe('The SSO sign\\-in of profile dev expired\\.  \nClick to run “Sign In Again”.');
  });

  it('shows a problem without an action as a plain message', () => {
    const nodes = environmentsChildNodes(
      [snapshot([], { problem: { kind: 'no-stacks', message: 'No Amplify stacks in eu-west-3.' } })],
      undefined,
      options,
    );
    expect(nodes).toMatchObject([{ kind: 'problem', label: 'No Amplify stacks in eu-west-3.', icon: { id: 'info' } }]);
    expect(nodes[0]!.command).toBeUndefined();
    expect(nodes[0]!.description).toBeUndefined();
  });

  it('says how to create an environment when a project has none', () => {
    const gen1 = environmentsChildNodes([snapshot([], { projectRoot: GEN1_ROOT, generation: 1 })], undefined, options);
    const gen2 = environmentsChildNodes([snapshot([], { projectRoot: GEN2_ROOT, generation: 2 })], undefined, options);
    expect(gen1).toMatchObject([{ kind: 'message', label: 'No environments in amplify/team-provider-info.json' }]);
    expect(gen2).toMatchObject([{ kind: 'message', label: 'No sandbox or branch deployment found in this account and region' }]);
    expect(gen2[0]!.tooltip).toContain('npx ampx sandbox');
  });

  it('shows nothing when there is no project, so the welcome text appears', () => {
    expect(environmentsChildNodes([], undefined, options)).toEqual([]);
  });
});

describe('multi-project workspaces', () => {
  const gen1 = snapshot([gen1Env()]);
  const gen2 = snapshot([gen2Env({ isCurrent: true })], {
    problem: undefined,
  });

  it('adds a project level only when there are several projects', () => {
    expect(environmentsChildNodes([gen1], undefined, options).map((node) => node.kind)).toEqual(['environment']);
    const projects = environmentsChildNodes([gen1, gen2], undefined, options);
    expect(rows(projects)).toEqual(['project:gen1-blog|Gen 1|project|project.gen1', 'project:gen2-todo|Gen 2|project|project.gen2']);
    expect(projects.every((node) => node.collapse === 'expanded')).toBe(true);
    expect(rows(environmentsChildNodes([gen1, gen2], projects[1], options))).toEqual([
      'environment:alice|sandbox · deployed · yours|pass|environment.gen2.sandbox',
    ]);
  });

  it('flags a project whose environments could not be loaded and shows its problem inside', () => {
    const broken = snapshot([], {
      projectRoot: GEN2_ROOT,
      generation: 2,
      problem: { kind: 'access-denied', message: 'Access denied to ListStacks.' },
    });
    const projects = environmentsChildNodes([gen1, broken], undefined, options);
    expect(projects[1]).toMatchObject({ description: 'Gen 2 · needs attention', icon: { id: 'warning' } });
    expect(rows(environmentsChildNodes([gen1, broken], projects[1], options))).toEqual([
      'problem:Access denied to ListStacks.||lock|environment.problem.access-denied',
    ]);
  });

  it('tells projects with the same folder name apart by their parent folder', () => {
    const web = snapshot([gen1Env({ projectRoot: '/repo/web/app' })], { projectRoot: '/repo/web/app' });
    const admin = snapshot([gen1Env({ projectRoot: '/repo/admin/app' })], { projectRoot: '/repo/admin/app' });
    expect(environmentsChildNodes([web, admin], undefined, options).map((node) => node.label)).toEqual(['app (web)', 'app (admin)']);
  });

  it('has no children under environment rows', () => {
    const [env] = environmentsChildNodes([gen1], undefined, options);
    expect(environmentsChildNodes([gen1], env, options)).toEqual([]);
  });
});

describe('paging', () => {
  const many = snapshot(
    Array.from({ length: 7 }, (_, index) => gen2Env({ name: `user${index + 1}` })),
    { projectRoot: GEN2_ROOT, generation: 2 },
  );

  it('shows a page, then a Load more row that names the project', () => {
    const nodes = environmentsChildNodes([many], undefined, { ...options, pageSize: 3 });
    expect(nodes.map((node) => node.label)).toEqual(['user1', 'user2', 'user3', 'Load more…']);
    expect(nodes[3]).toMatchObject({
      kind: 'load-more',
      description: '4 more',
      remaining: 4,
      command: { command: LOAD_MORE_ENVIRONMENTS_COMMAND, arguments: [GEN2_ROOT] },
    });
  });

  it('shows as many as the user asked for, and no Load more row once all are shown', () => {
    const six = environmentsChildNodes([many], undefined, { ...options, pageSize: 3, shownCount: () => 6 });
    expect(six.at(-1)).toMatchObject({ kind: 'load-more', remaining: 1 });
    const all = environmentsChildNodes([many], undefined, { ...options, pageSize: 3, shownCount: () => 9 });
    expect(all.map((node) => node.kind)).toEqual(Array(7).fill('environment'));
  });
});
