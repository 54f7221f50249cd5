import { describe, expect, it } from 'vitest';
import type { EnvironmentsSnapshot } from '../environments/environment-types';
import { gen2BranchHint } from './gen2-branch-hint';

const snapshot = (generation: 1 | 2, source?: 'setting' | 'amplify_outputs.json' | 'none'): EnvironmentsSnapshot => ({
  projectRoot: `/home/dev/apps/${generation === 1 ? 'blog' : 'todo'}`,
  generation,
  environments: [],
  loadedAt: new Date(0),
  ...(source ? { gen2Apps: { appIds: source === 'none' ? [] : ['d1app'], source } } : {}),
});

describe('the Gen 2 branch hint', () => {
  it('says how to name the app when it could not be found', () => {
    const hint = gen2BranchHint([snapshot(1), snapshot(2, 'none')]);
    expect(hint).toContain('Branch deployments of todo are not listed');
    expect(hint).toContain('amplifyLens.gen2AppIds');
    expect(hint).toContain('npx ampx generate outputs');
  });

  it('says nothing when the app is known, or for Gen 1', () => {
    expect(gen2BranchHint([snapshot(2, 'setting'), snapshot(2, 'amplify_outputs.json'), snapshot(1)])).toBeUndefined();
  });
});
