import { describe, expect, it } from 'vitest';
import { checkHostingFiles } from './hosting-checks';
import { memoryProjectFiles } from 'amplify-lens-model/files';

const PROJECT_CONFIG = JSON.stringify({
  projectName: 'shop',
  frontend: 'javascript',
  javascript: { framework: 'react', config: { SourceDir: 'src', DistributionDir: 'build', BuildCommand: 'npm run-script build' } },
  providers: ['awscloudformation'],
});

const AMPLIFY_YML = `version: 1
frontend:
  phases:
    build:
      commands:
        - npm run build
  artifacts:
    baseDirectory: dist
    files:
      - '**/*'
`;

describe('checkHostingFiles', () => {
  it('warns when amplify.yml collects artifacts from a folder the build does not write', async () => {
    const files = memoryProjectFiles('/repo', { 'amplify/.config/project-config.json': PROJECT_CONFIG, 'amplify.yml': AMPLIFY_YML });
    const [diagnostic, ...rest] = await checkHostingFiles(files);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('amplify-yml-base-directory-mismatch');
    expect(diagnostic.uri).toBe('file:///repo/amplify.yml');
    expect(diagnostic.range.start).toEqual({ line: 7, character: 19 });
  });

  it('is quiet when the artifacts folder is the build output', async () => {
    const files = memoryProjectFiles('/repo', {
      'amplify/.config/project-config.json': PROJECT_CONFIG,
      'amplify.yml': AMPLIFY_YML.replace('baseDirectory: dist', 'baseDirectory: build'),
    });
    expect(await checkHostingFiles(files)).toEqual([]);
  });

  it('checks customHttp.yml patterns against the built site when it exists locally', async () => {
    const customHttp = `customHeaders:\n  - pattern: '**/*.js'\n    headers:\n      - key: Cache-Control\n        value: max-age=31536000\n  - pattern: '/docs/*.pdf'\n    headers:\n      - key: X-Frame-Options\n        value: DENY\n`;
    const files = memoryProjectFiles('/repo', {
      'amplify/.config/project-config.json': PROJECT_CONFIG,
      'customHttp.yml': customHttp,
      'build/index.html': '<html></html>',
      'build/static/js/main.js': '',
    });
    const diagnostics = await checkHostingFiles(files);
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['custom-http-pattern-unmatched', 5]]);
  });

  it('says nothing about customHttp.yml when there is no local build to compare with', async () => {
    const files = memoryProjectFiles('/repo', {
      'amplify/.config/project-config.json': PROJECT_CONFIG,
      'customHttp.yml': `customHeaders:\n  - pattern: '/nothing/*'\n    headers:\n      - key: A\n        value: B\n`,
    });
    expect(await checkHostingFiles(files)).toEqual([]);
  });
});
