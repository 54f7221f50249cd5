import { describe, expect, it } from 'vitest';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { withCursor } from '../../../../test/support/cursor';
import { completeYamlConfig, hoverYamlConfig, type YamlConfigKind } from './yaml-config-service';

const URI = 'file:///project/amplify.yml';

function complete(textWithCursor: string, kind: YamlConfigKind = 'amplify-yml'): CompletionItem[] {
  const { text, position } = withCursor(textWithCursor);
  return completeYamlConfig(kind, URI, text, position);
}

const labels = (items: CompletionItem[]) => items.map((item) => item.label);

describe('key completion', () => {
  it('offers the top-level keys not yet written', () => {
    expect(labels(complete('version: 1\n‸\nfrontend:\n  phases: {}\n'))).toEqual([
      'appRoot',
      'env',
      'backend',
      'test',
      'applications',
      'customHeaders',
    ]);
  });

  it('offers the keys of the mapping the indentation points into, with descriptions', () => {
    const items = complete('frontend:\n  phases:\n    build:\n      commands: []\n  ‸\n');
    expect(labels(items)).toEqual(['buildpath', 'buildPath', 'artifacts', 'cache', 'customHeaders']);
    const artifacts = items.find((item) => item.label === 'artifacts');
    expect((artifacts?.documentation as MarkupContent).value).toBe('The build output to deploy.');
    expect(artifacts?.textEdit).toEqual({ range: { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } }, newText: 'artifacts:' });
  });

  it('an empty parent value: the phases of a phase block', () => {
    expect(labels(complete('backend:\n  phases:\n    ‸'))).toEqual(['preBuild', 'build', 'postBuild']);
  });

  it('replaces the partial word, and scalars get `key: `', () => {
    const items = complete('frontend:\n  artifacts:\n    files:\n      - "**/*"\n    base‸\n');
    const base = items.find((item) => item.label === 'baseDirectory');
    expect(base?.textEdit).toEqual({ range: { start: { line: 4, character: 4 }, end: { line: 4, character: 8 } }, newText: 'baseDirectory: ' });
    expect(labels(items)).not.toContain('files');
  });

  it('in a new sequence item: the keys of the item schema', () => {
    expect(labels(complete('applications:\n  - appRoot: web\n    frontend: {}\n  - ‸\n'))).toEqual([
      'appRoot',
      'env',
      'backend',
      'frontend',
      'test',
      'customHeaders',
    ]);
  });

  it('in an existing sequence item: keys already in that item are left out, required ones first', () => {
    const items = complete("customHeaders:\n  - pattern: '**/*'\n    ‸\n", 'custom-http-yml');
    expect(labels(items)).toEqual(['headers']);
    expect(items[0].detail).toBe('customHttp.yml · required');
  });

  it('compact sequences (dash at the key indentation) and nested items', () => {
    const text = "customHeaders:\n- pattern: '*.js'\n  headers:\n  - key: Cache-Control\n    ‸\n";
    expect(labels(complete(text, 'custom-http-yml'))).toEqual(['value']);
  });

  it('an item whose `-` stands alone on its line', () => {
    expect(labels(complete('applications:\n  -\n    appRoot: web\n    ‸\n'))).toEqual(['env', 'backend', 'frontend', 'test', 'customHeaders']);
  });

  it('keys below the cursor count as present', () => {
    expect(labels(complete('test:\n  ‸\n  artifacts:\n    files: []\n'))).toEqual(['phases']);
  });

  it('nothing inside a list of strings or under a scalar', () => {
    expect(complete('frontend:\n  phases:\n    build:\n      commands:\n        - ‸\n')).toEqual([]);
    expect(complete('version: 1\n  ‸')).toEqual([]);
  });
});

describe('value completion', () => {
  it('offers the documented values after `key: `', () => {
    const items = complete('frontend:\n  artifacts:\n    discard-paths: ‸\n');
    expect(labels(items)).toEqual(['yes', 'no']);
    expect(items[0].textEdit).toEqual({ range: { start: { line: 2, character: 19 }, end: { line: 2, character: 19 } }, newText: 'yes' });
  });

  it('nothing for free text', () => {
    expect(complete('frontend:\n  artifacts:\n    baseDirectory: ‸\n')).toEqual([]);
  });
});

describe('hover', () => {
  const text = `version: 1
applications:
  - appRoot: apps/web
    frontend:
      artifacts:
        baseDirectory: dist
      phases:
        build:
          commands:
            - npm run build
    env:
      variables:
        API_URL: https://example.com
    unknownKey: 1
`;
  const hover = (line: number, character: number) => hoverYamlConfig('amplify-yml', URI, text, { line, character });

  it('shows the description of the key under the cursor, on the key', () => {
    const result = hover(5, 12);
    expect((result?.contents as MarkupContent).value).toBe(
      '**baseDirectory** (amplify.yml)\n\nThe directory in which the build artifacts exist, relative to the build path: `build` for Create React App, `dist` for Vite, `out` for a Next.js static export, `.next` for Next.js SSR.',
    );
    expect(result?.range).toEqual({ start: { line: 5, character: 8 }, end: { line: 5, character: 21 } });
  });

  it('on a scalar value, describes its key; in a sequence item, the item schema', () => {
    expect((hover(5, 24)?.contents as MarkupContent).value).toContain('**baseDirectory**');
    expect((hover(2, 6)?.contents as MarkupContent).value).toContain('AMPLIFY_MONOREPO_APP_ROOT');
  });

  it('describes keys under a free-form mapping from the schema of its values', () => {
    expect((hover(12, 10)?.contents as MarkupContent).value).toBe('**API_URL** (amplify.yml)\n\nThe value of the environment variable.');
  });

  it('null for unknown keys, command text and blank space', () => {
    expect(hover(13, 6)).toBeNull();
    expect(hover(9, 16)).toBeNull();
    expect(hover(4, 2)).toBeNull();
  });
});
