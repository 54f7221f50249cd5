import { describe, expect, it } from 'vitest';
import type { LensDiagnostic } from '../../lens-diagnostic';
import { summarize, underlined } from '../../../test-support/graphql/diagnose';
import {
  CUSTOM_HTTP_EXAMPLE,
  CUSTOM_HTTP_MONOREPO_EXAMPLE,
  CYPRESS_TEST_BUILD_SPEC,
  GEN1_DEFAULT_BUILD_SPEC,
  GEN2_FULLSTACK_BUILD_SPEC,
  MONOREPO_BUILD_SPEC,
  REFERENCE_SKELETON_BUILD_SPEC,
} from '../../../test-support/config/amplify-yml-examples';
import { validateYamlConfig } from './yaml-config-service';

const AMPLIFY_YML = 'file:///project/amplify.yml';
const CUSTOM_HTTP = 'file:///project/customHttp.yml';

const amplifyYml = (text: string) => validateYamlConfig('amplify-yml', AMPLIFY_YML, text);
const customHttp = (text: string) => validateYamlConfig('custom-http-yml', CUSTOM_HTTP, text);
const texts = (text: string, diagnostics: LensDiagnostic[]) => diagnostics.map((d) => underlined(text, d));

describe('amplify.yml: real build specifications', () => {
  it.each([
    ['Gen 1 default build spec with amplifyPush --simple', GEN1_DEFAULT_BUILD_SPEC],
    ['Gen 2 fullstack build with ampx pipeline-deploy', GEN2_FULLSTACK_BUILD_SPEC],
    ['monorepo applications', MONOREPO_BUILD_SPEC],
    ['test phase with Cypress', CYPRESS_TEST_BUILD_SPEC],
    ['the reference skeleton (empty buildpath, legacy customHeaders)', REFERENCE_SKELETON_BUILD_SPEC],
  ])('%s: no diagnostics', (_, text) => {
    expect(amplifyYml(text)).toEqual([]);
  });

  it('an empty or comment-only file has nothing to report', () => {
    expect(amplifyYml('')).toEqual([]);
    expect(amplifyYml('# build settings live in the console\n')).toEqual([]);
  });

  it('anchors and aliases are read as the build reads them', () => {
    const text = `version: 1
frontend:
  phases:
    preBuild: &install
      commands:
        - npm ci
    build: *install
`;
    expect(amplifyYml(text)).toEqual([]);
  });
});

describe('customHttp.yml: real files', () => {
  it.each([
    ['custom headers', CUSTOM_HTTP_EXAMPLE],
    ['monorepo custom headers', CUSTOM_HTTP_MONOREPO_EXAMPLE],
  ])('%s: no diagnostics', (_, text) => {
    expect(customHttp(text)).toEqual([]);
  });
});

describe('syntax errors', () => {
  it('are reported at the parser position with code yaml-syntax, and hold back schema checks', () => {
    const text = 'version: 1\nfrontend:\n  artifact: x\n  phases: [\n';
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['yaml-syntax@4:11-4:12']);
    expect(diagnostics[0].severity).toBe('error');
    expect(diagnostics[0].message).toMatch(/^YAML syntax error: .*close any open `\[`/);
  });

  it('a repeated key points at the repetition', () => {
    const text = 'version: 1\nfrontend:\n  phases: {}\nfrontend:\n  artifacts: {}\n';
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['yaml-syntax@4:1-4:9']);
    expect(texts(text, diagnostics)).toEqual(['frontend']);
    expect(diagnostics[0].message).toContain('Remove the repeated key');
  });

  it('tabs used for indentation', () => {
    const text = 'version: 1\nfrontend:\n\tphases: {}\n';
    const diagnostics = amplifyYml(text);
    expect(diagnostics.map((d) => d.code)).toContain('yaml-syntax');
    expect(diagnostics[0].range.start.line).toBe(2);
  });
});

describe('unknown keys', () => {
  it('underline the key, suggest the close name and offer the rename', () => {
    const text = `version: 1
frontend:
  phases:
    build:
      command:
        - npm run build
  artifacts:
    base-directory: dist
`;
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['yaml-schema-unknown-property@5:7-5:14', 'yaml-schema-unknown-property@8:5-8:19']);
    expect(texts(text, diagnostics)).toEqual(['command', 'base-directory']);
    expect(diagnostics[0].severity).toBe('warning');
    expect(diagnostics[0].message).toBe(
      'Unknown key `command` in `frontend.phases.build`: Amplify Hosting does not read it. Did you mean `commands`? Allowed keys: commands, runtime-versions.',
    );
    expect(diagnostics[1].fixes?.[0].edits[0]).toEqual({
      uri: AMPLIFY_YML,
      range: diagnostics[1].range,
      newText: 'baseDirectory',
    });
  });

  it('at the top level, without a suggestion when nothing is close', () => {
    const text = 'version: 1\nbranches:\n  - main\n';
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['yaml-schema-unknown-property@2:1-2:9']);
    expect(diagnostics[0].message).toBe(
      'Unknown key `branches` at the top level: Amplify Hosting does not read it. Allowed keys: version, appRoot, env, backend, frontend, test, applications, customHeaders.',
    );
    expect(diagnostics[0].fixes).toBeUndefined();
  });

  it('inside a monorepo application', () => {
    const text = 'applications:\n  - appRoot: web\n    frontnd:\n      phases: {}\n';
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['yaml-schema-unknown-property@3:5-3:12']);
    expect(diagnostics[0].message).toContain('in `applications[0]`');
    expect(diagnostics[0].fixes?.[0].title).toBe('Rename to `frontend`');
  });

  it('customHttp.yml header entries', () => {
    const text =
      "customHeaders:\n  - pattern: '**/*'\n    headers:\n      - name: X-Frame-Options\n        key: X-Frame-Options\n        value: DENY\n";
    expect(summarize(customHttp(text))).toEqual(['yaml-schema-unknown-property@4:9-4:13']);
  });
});

describe('wrong types', () => {
  it('an unquoted command with ": " is a mapping: underline it and offer quoting', () => {
    const text = `version: 1
frontend:
  phases:
    build:
      commands:
        - npm run build
        - echo Build done: $AWS_BRANCH
`;
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['yaml-schema-type@7:11-7:39']);
    expect(texts(text, diagnostics)).toEqual(['echo Build done: $AWS_BRANCH']);
    expect(diagnostics[0].severity).toBe('error');
    expect(diagnostics[0].message).toBe(
      '`frontend.phases.build.commands[1]` must be text, not a mapping. A value that contains `: ` is read as a mapping: quote the whole value.',
    );
    expect(diagnostics[0].fixes?.[0].edits[0].newText).toBe("'echo Build done: $AWS_BRANCH'");
  });

  it('a single string where a list is expected underlines the value and offers a one-entry list', () => {
    const text = "frontend:\n  artifacts:\n    baseDirectory: dist\n    files: '**/*'\n";
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['yaml-schema-type@4:12-4:18']);
    expect(diagnostics[0].message).toContain('must be a list, not text');
    expect(diagnostics[0].fixes?.[0].edits[0].newText).toBe("['**/*']");
  });

  it('a plain scalar where a list is expected is quoted in the fix', () => {
    const text = 'frontend:\n  phases:\n    build:\n      commands: npm run build\n';
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['yaml-schema-type@4:17-4:30']);
    expect(diagnostics[0].fixes?.[0].edits[0].newText).toBe("['npm run build']");
  });

  it('a list where a mapping is expected', () => {
    const text = 'env:\n  variables:\n    - NODE_ENV=production\n';
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['yaml-schema-type@3:5-3:26']);
    expect(diagnostics[0].message).toBe('`env.variables` must be a mapping, not a list.');
  });

  it('a header without any value is flagged on its key', () => {
    const text = "customHeaders:\n  - pattern: '*.js'\n    headers:\n";
    const diagnostics = customHttp(text);
    expect(summarize(diagnostics)).toEqual(['yaml-schema-type@3:5-3:12']);
    expect(diagnostics[0].message).toBe('`customHeaders[0].headers` must be a list, not empty. Give it a value or remove the key.');
  });

  it('a value in the wrong form is reported with what is expected', () => {
    const text = 'frontend:\n  artifacts:\n    discard-paths: maybe\n';
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['yaml-schema@3:20-3:25']);
    expect(diagnostics[0].message).toBe(
      "`maybe` in `frontend.artifacts.discard-paths` is not in the expected form. Expected: whether to flatten the artifacts' directory structure (`yes` or `no`).",
    );
  });
});

describe('missing required keys', () => {
  it('underline the key of the mapping that lacks them, with a fix that adds them', () => {
    const text = `applications:
  - frontend:
      phases: {}
`;
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['yaml-schema-required@2:5-2:13']);
    expect(diagnostics[0].message).toMatch(/^Missing required key `appRoot` in `applications\[0\]`: add `appRoot:`\. The root directory/);
    expect(diagnostics[0].fixes?.[0].edits[0]).toEqual({
      uri: AMPLIFY_YML,
      range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } },
      newText: "appRoot: ''\n    ",
    });
  });

  it('customHttp.yml: a rule without headers, a header without value', () => {
    const text = `customHeaders:
  - pattern: '*.json'
  - pattern: '**/*'
    headers:
      - key: Cache-Control
`;
    const diagnostics = customHttp(text);
    expect(summarize(diagnostics)).toEqual(['yaml-schema-required@2:5-2:12', 'yaml-schema-required@5:9-5:12']);
    expect(diagnostics.map((d) => d.message.split(':')[0])).toEqual([
      'Missing required key `headers` in `customHeaders[0]`',
      'Missing required key `value` in `customHeaders[1].headers[0]`',
    ]);
  });
});

describe('ranges', () => {
  it('stay exact with Windows line endings', () => {
    const text = 'version: 1\r\nfrontend:\r\n  artifacts:\r\n    baseDir: dist\r\n';
    expect(summarize(amplifyYml(text))).toEqual(['yaml-schema-unknown-property@4:5-4:12']);
  });
});
