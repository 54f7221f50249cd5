import { describe, expect, it } from 'vitest';
import type { ApiSettings } from '../api-settings';
import { applyFix } from '../../../test-support/graphql/apply-text-edits';
import { diagnose, underlined } from '../../../test-support/graphql/diagnose';

function predictions(sdl: string, settings: Partial<ApiSettings> = {}) {
  return diagnose(sdl, settings)
    .filter((d) => d.code.startsWith('predictions-'))
    .map((d) => [d.code, underlined(sdl, d)]);
}

const query = (actions: string) => `type Query {\n  speak: String @predictions(actions: ${actions})\n}\n`;

describe('@predictions rules', () => {
  it('accepts the documented chains', () => {
    for (const actions of [
      '[identifyText]',
      '[identifyLabels]',
      '[translateText]',
      '[convertTextToSpeech]',
      '[identifyText, translateText]',
      '[identifyText, translateText, convertTextToSpeech]',
      '[identifyLabels, translateText]',
      '[identifyLabels, convertTextToSpeech]',
      '[translateText, convertTextToSpeech]',
      'identifyText',
    ]) {
      expect(diagnose(query(actions), { storageConfigured: true }), actions).toEqual([]);
    }
  });

  it('stays quiet about storage when the project does not say', () => {
    expect(predictions(query('[identifyText]'))).toEqual([]);
  });

  it('requires storage in Gen 1 when the project has none', () => {
    const sdl = query('[identifyText]');
    const [diagnostic] = diagnose(sdl, { storageConfigured: false });
    expect(diagnostic.code).toBe('predictions-storage-not-configured');
    expect(underlined(sdl, diagnostic)).toBe('@predictions(actions: [identifyText])');
    expect(diagnostic.message).toMatch(
      /^Please configure storage in your project in order to use the @predictions directive\. Run `amplify add storage`/,
    );
  });

  it('always fails in Gen 2, whose data construct gets no predictions bucket', () => {
    const [diagnostic] = diagnose(query('[identifyText]'), { generation: 2 }).filter((d) => d.code.startsWith('predictions-'));
    expect(diagnostic.code).toBe('predictions-storage-not-configured');
    expect(diagnostic.message).toContain('deprecated');
  });

  it('is only for the query type, honouring a schema definition', () => {
    const sdl = 'type Mutation {\n  speak: String @predictions(actions: [identifyText])\n}\ntype Query { a: String }\n';
    expect(predictions(sdl, { storageConfigured: true })).toEqual([['predictions-not-on-query', '@predictions(actions: [identifyText])']]);
    const renamed = 'schema { query: Root }\ntype Root {\n  speak: String @predictions(actions: [identifyText])\n}\n';
    expect(predictions(renamed, { storageConfigured: true })).toEqual([]);
  });

  it('requires at least one action', () => {
    expect(predictions(query('[]'), { storageConfigured: true })).toEqual([['predictions-no-actions', '[]']]);
  });

  it('rejects actions that cannot follow the previous one, at the first one out of place', () => {
    expect(predictions(query('[translateText, identifyText]'), { storageConfigured: true })).toEqual([
      ['predictions-action-order', 'identifyText'],
    ]);
    expect(predictions(query('[identifyText, convertTextToSpeech, translateText]'), { storageConfigured: true })).toEqual([
      ['predictions-action-order', 'convertTextToSpeech'],
    ]);
    const [diagnostic] = diagnose(query('[translateText, translateText]'), { storageConfigured: true });
    expect(diagnostic.message).toMatch(
      /^translateText is not supported in this context! After translateText may come only convertTextToSpeech\./,
    );
  });

  it('offers to drop what follows convertTextToSpeech', () => {
    const sdl = query('[translateText, convertTextToSpeech, identifyText]');
    const [diagnostic] = diagnose(sdl, { storageConfigured: true });
    expect(diagnostic.code).toBe('predictions-action-order');
    expect(applyFix(sdl, diagnostic.fixes?.[0])).toContain('@predictions(actions: [translateText, convertTextToSpeech])');
  });

  it('leaves transformer v1 to its own rules', () => {
    expect(predictions(query('[translateText, identifyText]'), { transformerVersion: 1, storageConfigured: false })).toEqual([]);
  });
});
