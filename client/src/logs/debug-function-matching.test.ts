import { describe, expect, it } from 'vitest';
import type { AmplifyEnvironment } from '../environments/environment-types';
import { matchDebugFunctions, projectFunctions, type ProjectFunction } from './debug-function-matching';

const gen1: AmplifyEnvironment = {
  kind: 'gen1-env',
  name: 'dev',
  projectRoot: '/projects/blog',
  isCurrent: true,
  nestedStacks: [],
  health: 'deployed',
  resources: [
    { category: 'function', name: 'summarizePost' },
    { category: 'function', name: 'notify' },
    { category: 'api', name: 'blog' },
  ],
  outputs: [],
  rawOutputs: [],
};
const gen2: AmplifyEnvironment = {
  ...gen1,
  kind: 'gen2-sandbox',
  name: 'alice',
  projectRoot: '/projects/todo',
  resources: [{ category: 'function', name: 'say-hello', definitionPath: '/projects/todo/amplify/functions/say-hello/resource.ts' }],
};
const functions: ProjectFunction[] = [...projectFunctions(gen1), ...projectFunctions(gen2)];
const names = (matched: ProjectFunction[]) => matched.map((fn) => fn.name);

describe('projectFunctions', () => {
  it('places Gen 1 functions under amplify/backend/function and Gen 2 ones beside resource.ts', () => {
    expect(functions.map((fn) => fn.folder)).toEqual([
      '/projects/blog/amplify/backend/function/summarizePost',
      '/projects/blog/amplify/backend/function/notify',
      '/projects/todo/amplify/functions/say-hello',
    ]);
  });
});

describe('matchDebugFunctions', () => {
  it('matches a program inside a function folder, with ${workspaceFolder} expanded', () => {
    const config = { name: 'Launch', type: 'node', program: '${workspaceFolder}/amplify/backend/function/summarizePost/src/index.js' };
    expect(names(matchDebugFunctions(config, '/projects/blog', functions, 'function'))).toEqual(['summarizePost']);
  });

  it('matches a relative cwd, an argument path, and a SAM project root', () => {
    expect(names(matchDebugFunctions({ cwd: 'amplify/functions/say-hello' }, '/projects/todo', functions, 'function'))).toEqual(['say-hello']);
    expect(
      names(
        matchDebugFunctions({ args: ['--inspect', 'amplify/backend/function/notify/src/index.js'] }, '/projects/blog', functions, 'function'),
      ),
    ).toEqual(['notify']);
    expect(
      names(
        matchDebugFunctions(
          { invokeTarget: { target: 'code', projectRoot: '/projects/blog/amplify/backend/function/notify/src' } },
          undefined,
          functions,
          'function',
        ),
      ),
    ).toEqual(['notify']);
  });

  it('matches a function named in the configuration name, as a whole word', () => {
    expect(names(matchDebugFunctions({ name: 'Debug summarizePost (local)' }, '/projects/blog', functions, 'function'))).toEqual([
      'summarizePost',
    ]);
    expect(names(matchDebugFunctions({ name: 'Debug summarizePosts' }, '/projects/blog', functions, 'function'))).toEqual([]);
  });

  it("does not take a folder's prefix for the folder", () => {
    expect(
      names(matchDebugFunctions({ program: '/projects/blog/amplify/backend/function/notifyAll/index.js' }, undefined, functions, 'function')),
    ).toEqual([]);
  });

  it('with always, tails every function of the folder when none matches; with off, nothing', () => {
    const config = { name: 'Run tests', program: '${workspaceFolder}/node_modules/.bin/vitest' };
    expect(names(matchDebugFunctions(config, '/projects/blog', functions, 'function'))).toEqual([]);
    expect(names(matchDebugFunctions(config, '/projects/blog', functions, 'always'))).toEqual(['summarizePost', 'notify']);
    expect(names(matchDebugFunctions({ name: 'Debug summarizePost' }, '/projects/blog', functions, 'off'))).toEqual([]);
  });
});
