import { describe, expect, it } from 'vitest';
import { WorkspaceSettings, type ConfigurationItem } from './workspace-settings';

const DEFAULTS = { schemaFiles: [], transformerVersion: 'auto' as const };

describe('WorkspaceSettings', () => {
  it("pulls each folder's section and the window's, and says when something changed", async () => {
    const settings = new WorkspaceSettings(['/w/a', '/w/b'], DEFAULTS, (folder) => `file://${folder}`);
    const asked: ConfigurationItem[][] = [];
    const answer = async (items: ConfigurationItem[]) => {
      asked.push(items);
      return [{ schemaFiles: ['x/*.graphql'] }, { transformerVersion: '1' }, { transformerVersion: 2 }];
    };
    expect(await settings.pull(answer)).toBe(true);
    expect(asked[0]).toEqual([
      { scopeUri: 'file:///w/a', section: 'amplifyLens' },
      { scopeUri: 'file:///w/b', section: 'amplifyLens' },
      { section: 'amplifyLens' },
    ]);
    expect(settings.schemaOptions('/w/a')).toEqual({ schemaFiles: ['x/*.graphql'] });
    expect(settings.schemaOptions('/w/b')).toEqual({ schemaFiles: [], transformerVersion: 1 });
    expect(settings.schemaOptions(undefined)).toEqual({ schemaFiles: [], transformerVersion: 2 });
    expect(await settings.pull(answer)).toBe(false);
  });

  it('keeps what it had when the client cannot answer', async () => {
    const settings = new WorkspaceSettings(['/w/a'], { schemaFiles: ['s/*.graphql'], transformerVersion: '2' }, (folder) => folder);
    expect(await settings.pull(async () => Promise.reject(new Error('no')))).toBe(false);
    expect(await settings.pull(async () => null as unknown as unknown[])).toBe(false);
    expect(settings.schemaOptions('/w/a')).toEqual({ schemaFiles: ['s/*.graphql'], transformerVersion: 2 });
  });

  it('applies pushed settings to every folder, ignoring a push without a section', () => {
    const settings = new WorkspaceSettings(['/w/a'], DEFAULTS, (folder) => folder);
    expect(settings.applyPushed(undefined)).toBe(false);
    expect(settings.applyPushed({ transformerVersion: '1' })).toBe(true);
    expect(settings.schemaOptions('/w/a')).toEqual({ schemaFiles: [], transformerVersion: 1 });
    expect(settings.applyPushed({ transformerVersion: '1' })).toBe(false);
  });
});
