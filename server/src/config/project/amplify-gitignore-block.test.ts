import { describe, expect, it } from 'vitest';
import { readAmplifyGitignoreBlock } from './amplify-gitignore-block';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('readAmplifyGitignoreBlock', () => {
  it('sees nothing opted out in the block as the CLI writes it', () => {
    const block = readAmplifyGitignoreBlock(
      lines(
        'node_modules',
        '',
        '#amplify-do-not-edit-begin',
        'amplify/\\#current-cloud-backend',
        'amplify/.config/local-*',
        'amplify/backend/amplify-meta.json',
        'aws-exports.js',
        '#amplify-do-not-edit-end',
      ),
    );
    expect(block.optOutOf('aws-exports.js')).toBeUndefined();
    expect(block.optOutOf('amplify/\\#current-cloud-backend')).toBeUndefined();
  });

  it('takes a commented-out line as an opt-out, with or without a space after #', () => {
    const block = readAmplifyGitignoreBlock(
      lines('#amplify-do-not-edit-begin', '# aws-exports.js', '#amplify/backend/amplify-meta.json', '#amplify-do-not-edit-end'),
    );
    expect(block.optOutOf('aws-exports.js')).toBe('commented-out');
    expect(block.optOutOf('amplify/backend/amplify-meta.json')).toBe('commented-out');
  });

  it('takes a line missing from a marked block as removed (the markers date from 2021)', () => {
    const block = readAmplifyGitignoreBlock(lines('#amplify-do-not-edit-begin', 'amplify/.config/local-*', '#amplify-do-not-edit-end'));
    expect(block.optOutOf('aws-exports.js')).toBe('removed-from-block');
    expect(block.optOutOf('amplify/logs')).toBe('removed-from-block');
    // added to the list in 2022: a 2021 block may lack it without anyone removing it
    expect(block.optOutOf('amplify/mock-api-resources')).toBeUndefined();
  });

  it('dates an old #amplify block by its newest line before calling a missing line removed', () => {
    // the 2019-11 list (amplifyconfiguration.json) without amplify/mock-data (2019-08), with gaps
    const late2019 = readAmplifyGitignoreBlock(
      lines(
        '#amplify',
        'amplify/\\#current-cloud-backend',
        'amplify/.config/local-*',
        '',
        '',
        'build/',
        'aws-exports.js',
        'amplifyconfiguration.json',
        'amplifyxc.config',
      ),
    );
    expect(late2019.optOutOf('amplify/mock-data')).toBe('removed-from-block');
    expect(late2019.optOutOf('amplify/logs')).toBeUndefined();
    // the early-2019 list never had amplify/mock-data; a missing aws-exports.js was removed
    const early2019 = readAmplifyGitignoreBlock(
      lines(
        '#amplify',
        'amplify/\\#current-cloud-backend',
        'amplify/.config/local-*',
        'amplify/backend/amplify-meta.json',
        'amplify/backend/awscloudformation',
        'build/',
        'awsconfiguration.json',
        '',
        'amplify/team-provider-info.json',
      ),
    );
    expect(early2019.optOutOf('amplify/mock-data')).toBeUndefined();
    expect(early2019.optOutOf('aws-exports.js')).toBe('removed-from-block');
  });

  it('sees no opt-out without a block, except commented lines', () => {
    const block = readAmplifyGitignoreBlock(lines('node_modules', '# amplify_outputs*', 'dist'));
    expect(block.optOutOf('aws-exports.js')).toBeUndefined();
    expect(block.optOutOf('amplify_outputs*')).toBe('commented-out');
  });
});
