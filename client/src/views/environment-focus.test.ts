import { describe, expect, it } from 'vitest';
import { environmentKey } from '../environments/environment-key';
import { focusedEnvironment, projectOfFile } from './environment-focus';
import { GEN1_ROOT, GEN2_ROOT, gen1Env, gen2Env, snapshot } from '../../test-support/environment-fixtures';

const gen1 = snapshot([gen1Env({ name: 'prod', isCurrent: false }), gen1Env({ name: 'dev', isCurrent: true })]);
const gen2 = snapshot([gen2Env({ name: 'main', kind: 'gen2-branch' }), gen2Env({ name: 'alice', isCurrent: true })]);

describe('the environment the views follow', () => {
  it('is the one selected in the Environments view', () => {
    const prod = gen1.environments[0]!;
    expect(focusedEnvironment([gen1, gen2], { selectedKey: environmentKey(prod) })?.name).toBe('prod');
  });

  it('falls back to the current one when the selection disappeared (env deleted)', () => {
    expect(focusedEnvironment([gen1], { selectedKey: environmentKey(gen1Env({ name: 'gone' })) })?.name).toBe('dev');
  });

  it('is the current one of the first project by default', () => {
    expect(focusedEnvironment([gen1, gen2])?.name).toBe('dev');
    expect(focusedEnvironment([gen2, gen1])?.name).toBe('alice');
  });

  it('prefers the project of the file being edited', () => {
    expect(focusedEnvironment([gen1, gen2], { activeFilePath: `${GEN2_ROOT}/amplify/data/resource.ts` })?.name).toBe('alice');
  });

  it('is undefined when no project has a current environment', () => {
    expect(focusedEnvironment([snapshot([gen2Env({ name: 'bob' })])])).toBeUndefined();
    expect(focusedEnvironment([])).toBeUndefined();
  });
});

describe('project of a file', () => {
  const outer = snapshot([], { projectRoot: '/repo' });
  const inner = snapshot([], { projectRoot: '/repo/packages/web' });

  it('is the deepest project folder containing it', () => {
    expect(projectOfFile([outer, inner], '/repo/packages/web/amplify/backend.ts')).toBe(inner);
    expect(projectOfFile([inner, outer], '/repo/amplify/backend.ts')).toBe(outer);
  });

  it('does not match a sibling folder sharing a prefix', () => {
    expect(projectOfFile([inner], '/repo/packages/web-admin/src/app.ts')).toBeUndefined();
  });

  it('handles Windows separators', () => {
    const windows = snapshot([], { projectRoot: 'C:\\work\\gen1-blog' });
    expect(projectOfFile([windows], 'C:\\work\\gen1-blog\\amplify\\backend\\backend-config.json')).toBe(windows);
    expect(projectOfFile([snapshot([], { projectRoot: GEN1_ROOT })], undefined)).toBeUndefined();
  });
});
