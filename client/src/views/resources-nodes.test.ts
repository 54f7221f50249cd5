import { describe, expect, it } from 'vitest';
import type { EnvironmentResource } from '../environments/environment-types';
import { OPEN_RESOURCE_DEFINITION_COMMAND, type ResourceNode, resourcesChildNodes } from './resources-nodes';
import { stackStatusPresentation } from 'amplify-lens-model/presentation';
import { GEN1_ROOT, gen1Env, stack } from '../../test-support/environment-fixtures';

const resources: EnvironmentResource[] = [
  {
    category: 'function',
    name: 'summarizePost',
    status: 'UPDATE_IN_PROGRESS',
    definitionPath: 'amplify/backend/function/summarizePost/function-parameters.json',
  },
  {
    category: 'api',
    name: 'blog',
    stack: stack({ name: 'amplify-gen1blog-dev-8f3b2-apiblog-1X2Y3Z', status: 'UPDATE_COMPLETE' }),
    definitionPath: 'amplify/backend/api/blog/cli-inputs.json',
  },
  { category: 'auth', name: 'gen1blog1a2b3c', stack: stack({ status: 'UPDATE_ROLLBACK_COMPLETE', statusReason: 'Resource UserPool failed' }) },
  { category: 'function', name: 'addComment', definitionPath: '/elsewhere/addComment/index.js' },
  { category: 'storage', name: 'images', stack: stack({ status: 'UPDATE_COMPLETE', driftStatus: 'DRIFTED' }) },
];

describe('resources view', () => {
  const environment = gen1Env({ resources });

  it('groups the followed environment’s resources by category, in a fixed order, with counts', () => {
    const categories = resourcesChildNodes(environment);
    expect(categories.map((node) => `${node.label} ${node.description} ${node.icon?.id}`)).toEqual([
      'API 1 symbol-interface',
      'Auth 1 shield',
      'Storage 1 archive',
      'Functions 2 symbol-function',
    ]);
    const functions = resourcesChildNodes(environment, categories[3]);
    expect(functions.map((node) => node.label)).toEqual(['addComment', 'summarizePost']);
  });

  it('shows each resource’s stack status as an icon and a phrase', () => {
    const all = resourcesChildNodes(environment).flatMap((category) => resourcesChildNodes(environment, category)) as ResourceNode[];
    expect(Object.fromEntries(all.map((node) => [node.label, `${node.description} ${node.icon?.id}`]))).toEqual({
      blog: 'update complete pass',
      gen1blog1a2b3c: 'update rollback complete error',
      images: 'update complete, drifted warning',
      addComment: 'not deployed circle-outline',
      summarizePost: 'update in progress sync~spin',
    });
  });

  it('opens the defining file, resolving paths relative to the project', () => {
    const [api] = resourcesChildNodes(environment);
    const [blog] = resourcesChildNodes(environment, api) as ResourceNode[];
    expect(blog!.command).toEqual({
      command: OPEN_RESOURCE_DEFINITION_COMMAND,
      title: 'Open Definition',
      arguments: [`${GEN1_ROOT}/amplify/backend/api/blog/cli-inputs.json`],
    });
    expect(blog!.contextValue).toBe('resource.api');
    const functions = resourcesChildNodes(environment, resourcesChildNodes(environment)[3]) as ResourceNode[];
    expect(functions[0]!.definitionFile).toBe('/elsewhere/addComment/index.js');
  });

  it('has no click action when the defining file is unknown, and says why a stack failed', () => {
    const auth = resourcesChildNodes(environment, resourcesChildNodes(environment)[1]) as ResourceNode[];
    expect(auth[0]!.command).toBeUndefined();
    expect(auth[0]!.tooltip).toContain('Reason: Resource UserPool failed');
  });

  it('explains an empty view', () => {
    expect(resourcesChildNodes(undefined)).toMatchObject([{ kind: 'message', label: 'Select an environment to see its resources' }]);
    expect(resourcesChildNodes(gen1Env())).toMatchObject([{ kind: 'message', label: 'No resources in dev' }]);
  });
});

describe('stack status presentation', () => {
  it.each([
    ['CREATE_COMPLETE', 'pass'],
    ['UPDATE_COMPLETE', 'pass'],
    ['IMPORT_COMPLETE', 'pass'],
    ['CREATE_IN_PROGRESS', 'sync~spin'],
    ['UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', 'sync~spin'],
    ['UPDATE_ROLLBACK_IN_PROGRESS', 'sync~spin'],
    ['DELETE_IN_PROGRESS', 'trash'],
    ['CREATE_FAILED', 'error'],
    ['UPDATE_ROLLBACK_FAILED', 'error'],
    ['ROLLBACK_COMPLETE', 'error'],
    ['UPDATE_ROLLBACK_COMPLETE', 'error'],
    ['DELETE_COMPLETE', 'circle-slash'],
    ['REVIEW_IN_PROGRESS', 'sync~spin'],
    ['SOMETHING_NEW', 'question'],
  ])('%s → %s', (status, icon) => {
    expect(stackStatusPresentation(status).icon.id).toBe(icon);
  });

  it('marks drift only on completed stacks', () => {
    expect(stackStatusPresentation('UPDATE_COMPLETE', true).icon.id).toBe('warning');
    expect(stackStatusPresentation('UPDATE_IN_PROGRESS', true).icon.id).toBe('sync~spin');
  });
});
