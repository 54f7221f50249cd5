import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize, underlined } from '../../../test-support/graphql/diagnose';
import { checkArtifactsBaseDirectory, checkCustomHttpPatterns, type FrontendBuildFacts } from './hosting-cross-checks';
import { sitePatternMatchesAny } from './site-path-glob';
import {
  CUSTOM_HTTP_EXAMPLE,
  CUSTOM_HTTP_MONOREPO_EXAMPLE,
  GEN1_DEFAULT_BUILD_SPEC,
  MONOREPO_BUILD_SPEC,
} from '../../../test-support/config/amplify-yml-examples';

const AMPLIFY_YML = 'file:///project/amplify.yml';
const CUSTOM_HTTP = 'file:///project/customHttp.yml';
const GEN1_PROJECT_CONFIG = readFileSync(new URL('../../../../examples/gen1-blog/amplify/.config/project-config.json', import.meta.url), 'utf8');

function buildSpec(baseDirectory: string, buildCommand = 'npm run build', extra = ''): string {
  return `version: 1
${extra}frontend:
  phases:
    preBuild:
      commands:
        - npm ci
    build:
      commands:
        - ${buildCommand}
  artifacts:
    baseDirectory: ${baseDirectory}
    files:
      - '**/*'
`;
}

const packageJson = (scripts: Record<string, string>) => JSON.stringify({ name: 'web', scripts });
const check = (text: string, facts: FrontendBuildFacts) => checkArtifactsBaseDirectory({ uri: AMPLIFY_YML, text }, facts);

describe('checkArtifactsBaseDirectory', () => {
  it('Gen 1: the example project (DistributionDir build) with the default build spec is fine', () => {
    expect(check(GEN1_DEFAULT_BUILD_SPEC, { projectConfigText: GEN1_PROJECT_CONFIG })).toEqual([]);
  });

  it('Gen 1: a baseDirectory other than DistributionDir is flagged on the value, with the fix', () => {
    const text = buildSpec('dist');
    const diagnostics = check(text, { projectConfigText: GEN1_PROJECT_CONFIG });
    expect(summarize(diagnostics)).toEqual(['amplify-yml-base-directory-mismatch@11:20-11:24']);
    expect(underlined(text, diagnostics[0])).toBe('dist');
    expect(diagnostics[0].severity).toBe('warning');
    expect(diagnostics[0].message).toBe(
      "The front-end build writes to `build` (the `DistributionDir` of the Gen 1 project's project-config.json), but `baseDirectory` is `dist`: Amplify Hosting would find no build output there. Set `baseDirectory: build`.",
    );
    expect(diagnostics[0].fixes?.[0].edits[0]).toEqual({ uri: AMPLIFY_YML, range: diagnostics[0].range, newText: 'build' });
  });

  it('Create React App writes to build (through the npm script)', () => {
    const facts = { packageJsonText: packageJson({ build: 'react-scripts build' }) };
    expect(check(buildSpec('build'), facts)).toEqual([]);
    expect(check(buildSpec('./build/'), facts)).toEqual([]);
    const diagnostics = check(buildSpec('dist'), facts);
    expect(diagnostics[0].message).toContain("writes to `build` (Create React App's output directory)");
  });

  it('Create React App with BUILD_PATH, in the script or the build environment, is not judged', () => {
    expect(check(buildSpec('dist'), { packageJsonText: packageJson({ build: 'BUILD_PATH=dist react-scripts build' }) })).toEqual([]);
    const withEnv = buildSpec('dist', 'npm run build', 'env:\n  variables:\n    BUILD_PATH: dist\n');
    expect(check(withEnv, { packageJsonText: packageJson({ build: 'react-scripts build' }) })).toEqual([]);
  });

  it('Vite writes to dist when its config does not move the output', () => {
    const facts = {
      packageJsonText: packageJson({ build: 'tsc -b && vite build' }),
      frameworkConfigTexts: { 'vite.config.ts': 'export default defineConfig({ plugins: [react()] })' },
    };
    expect(check(buildSpec('dist'), facts)).toEqual([]);
    expect(summarize(check(buildSpec('build'), facts))).toEqual(['amplify-yml-base-directory-mismatch@11:20-11:25']);
    // Scripts calling scripts, and yarn's short form.
    const chained = { ...facts, packageJsonText: packageJson({ build: 'npm run build:web', 'build:web': 'vite build' }) };
    expect(summarize(check(buildSpec('build', 'yarn build'), chained))).toEqual(['amplify-yml-base-directory-mismatch@11:20-11:25']);
  });

  it('Vite is not judged when the config sets outDir, the command passes --outDir, or the config is unknown', () => {
    const script = { packageJsonText: packageJson({ build: 'vite build' }) };
    expect(
      check(buildSpec('build'), { ...script, frameworkConfigTexts: { 'vite.config.js': "export default { build: { outDir: 'build' } }" } }),
    ).toEqual([]);
    expect(
      check(buildSpec('build'), { packageJsonText: packageJson({ build: 'vite build --outDir build' }), frameworkConfigTexts: {} }),
    ).toEqual([]);
    expect(check(buildSpec('build'), script)).toEqual([]);
  });

  it('Next.js: static export writes to out, a server build to .next', () => {
    const exportConfig = {
      packageJsonText: packageJson({ build: 'next build' }),
      frameworkConfigTexts: { 'next.config.mjs': "export default { output: 'export' }" },
    };
    expect(check(buildSpec('out'), exportConfig)).toEqual([]);
    expect(check(buildSpec('.next'), exportConfig)[0].message).toContain('writes to `out`');
    const legacyExport = { packageJsonText: packageJson({ build: 'next build && next export' }) };
    expect(summarize(check(buildSpec('.next'), legacyExport))).toEqual(['amplify-yml-base-directory-mismatch@11:20-11:25']);
    const server = { packageJsonText: packageJson({ build: 'next build' }), frameworkConfigTexts: {} };
    expect(check(buildSpec('.next'), server)).toEqual([]);
    expect(check(buildSpec('out'), server)[0].message).toContain('writes to `.next`');
    expect(
      check(buildSpec('build'), { ...server, frameworkConfigTexts: { 'next.config.js': "module.exports = { distDir: 'build' }" } }),
    ).toEqual([]);
  });

  it('Angular: the outputPath of angular.json, with the browser folder of the application builder', () => {
    const angularJson = JSON.stringify({
      projects: {
        shop: { architect: { build: { builder: '@angular-devkit/build-angular:application', options: { outputPath: 'dist/shop' } } } },
      },
    });
    const facts = { packageJsonText: packageJson({ build: 'ng build' }), frameworkConfigTexts: { 'angular.json': angularJson } };
    expect(check(buildSpec('dist/shop/browser'), facts)).toEqual([]);
    expect(check(buildSpec('dist/shop'), facts)).toEqual([]);
    expect(check(buildSpec('dist'), facts)).toEqual([]);
    expect(check(buildSpec('dist/store'), facts)[0].message).toContain('writes to `dist/shop` (the `outputPath` in angular.json)');
    expect(check(buildSpec('dist/store'), { packageJsonText: packageJson({ build: 'ng build' }) })).toEqual([]);
  });

  it('stays quiet when the commands change folders or move files, or the sources disagree', () => {
    const facts = { packageJsonText: packageJson({ build: 'react-scripts build' }) };
    expect(check(buildSpec('dist', 'cd web && npm run build'), facts)).toEqual([]);
    expect(check(buildSpec('dist', 'npm run build && mv build dist'), facts)).toEqual([]);
    expect(check(buildSpec('dist'), { packageJsonText: packageJson({ build: 'react-scripts build && cp -r build dist' }) })).toEqual([]);
    expect(check(buildSpec('dist', 'npm run build -- --prod'), facts)).toEqual([]);
    expect(check(buildSpec('dist'), { ...facts, projectConfigText: GEN1_PROJECT_CONFIG.replace('"build"', '"www"') })).toEqual([]);
  });

  it('stays quiet for unknown builds, unknown scripts and values it cannot compare', () => {
    expect(check(buildSpec('dist'), {})).toEqual([]);
    expect(check(buildSpec('dist'), { packageJsonText: packageJson({ build: 'webpack' }) })).toEqual([]);
    expect(check(buildSpec('dist', 'npm run compile'), { packageJsonText: packageJson({ build: 'react-scripts build' }) })).toEqual([]);
    const facts = { projectConfigText: GEN1_PROJECT_CONFIG };
    for (const value of ['/', '.', '$OUT_DIR', "'**'"]) expect(check(buildSpec(value), facts)).toEqual([]);
    expect(check('frontend: [\n', facts)).toEqual([]);
  });

  it('monorepo: each application against its own front end, paths seen from the repository root', () => {
    const facts = (appRoot: string | undefined): FrontendBuildFacts | undefined =>
      appRoot === 'apps/react-app' ? { packageJsonText: packageJson({ build: 'vite build' }), frameworkConfigTexts: {} } : undefined;
    expect(checkArtifactsBaseDirectory({ uri: AMPLIFY_YML, text: MONOREPO_BUILD_SPEC }, facts)).toEqual([]);
    const text = `version: 1
applications:
  - appRoot: apps/react-app
    frontend:
      phases:
        build:
          commands:
            - npm run build
      artifacts:
        baseDirectory: build
`;
    const diagnostics = checkArtifactsBaseDirectory({ uri: AMPLIFY_YML, text }, facts);
    expect(summarize(diagnostics)).toEqual(['amplify-yml-base-directory-mismatch@10:24-10:29']);
  });
});

describe('checkCustomHttpPatterns', () => {
  const site = [
    'index.html',
    'favicon.ico',
    'assets/index-4f3a.js',
    'assets/index-9c1b.css',
    'data/menu.json',
    'path/report.pdf',
    'docs/index.html',
    'about.html',
  ];

  it('the documentation example against a site that has its files: nothing', () => {
    expect(checkCustomHttpPatterns({ uri: CUSTOM_HTTP, text: CUSTOM_HTTP_EXAMPLE }, site)).toEqual([]);
  });

  it('a pattern that matches no file is flagged on the pattern', () => {
    const text =
      "customHeaders:\n  - pattern: '*.jsonn'\n    headers:\n      - key: Cache-Control\n        value: no-store\n  - pattern: /static/*\n    headers: []\n";
    const diagnostics = checkCustomHttpPatterns({ uri: CUSTOM_HTTP, text }, site);
    expect(summarize(diagnostics)).toEqual(['custom-http-pattern-unmatched@2:14-2:23', 'custom-http-pattern-unmatched@6:14-6:23']);
    expect(diagnostics.map((d) => underlined(text, d))).toEqual(["'*.jsonn'", '/static/*']);
    expect(diagnostics[0].severity).toBe('warning');
    expect(diagnostics[0].message).toBe(
      'The pattern `*.jsonn` matches no file of the built site, so these headers are never sent. Correct the pattern: `*` matches within one path segment, `**` across folders (`**/*` matches every file), a leading `/` is optional.',
    );
  });

  it('nothing when the file list is unknown or empty', () => {
    const text = "customHeaders:\n  - pattern: '*.nothing'\n    headers: []\n";
    expect(checkCustomHttpPatterns({ uri: CUSTOM_HTTP, text }, undefined)).toEqual([]);
    expect(checkCustomHttpPatterns({ uri: CUSTOM_HTTP, text }, [])).toEqual([]);
  });

  it('monorepo: each application against its own site', () => {
    const files = (appRoot: string | undefined) =>
      appRoot === 'app1' ? ['index.html'] : appRoot === 'app2' ? ['index.html', 'img/logo.png'] : undefined;
    const diagnostics = checkCustomHttpPatterns({ uri: CUSTOM_HTTP, text: CUSTOM_HTTP_MONOREPO_EXAMPLE }, files);
    expect(summarize(diagnostics)).toEqual(['custom-http-pattern-unmatched@10:16-10:30']);
    expect(diagnostics[0].message).toContain('matches no file of the built site of `app2`');
  });
});

describe('site path patterns', () => {
  const files = ['index.html', 'assets/app.js', 'assets/fonts/inter.woff2', 'docs/index.html', 'about.html'];
  it.each([
    ['**/*', true],
    ['**', true],
    ['/*', true],
    ['*.js', true], // a bare file pattern may match at any depth
    ['/assets/*', true],
    ['assets/*.js', true],
    ['/assets/**/*.woff2', true],
    ['assets/', true],
    ['/docs', true], // a folder's index page
    ['/about', true], // a clean URL
    ['/', true],
    ['/{a,b}/*', true], // syntax the documentation never shows is assumed to match
    ['/assets/*.css', false],
    ['/fonts/*', false],
    ['*.json', false],
    ['/assets/fonts', true],
    ['/assets/*.woff2', false],
  ])('%s → %s', (pattern, expected) => {
    expect(sitePatternMatchesAny(pattern, files)).toBe(expected);
  });
});
