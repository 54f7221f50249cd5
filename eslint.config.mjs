// The lint keeps the architecture ARCHITECTURE.md describes: what each package may import, the
// client's folder layers, and no import cycle between folders. It checks imports only (no type
// information), so it stays fast; formatting is Prettier's job (`npm run format:check`).
import tseslint from 'typescript-eslint';
import architecture from './scripts/eslint/architecture-plugin.mjs';

/** What a test or test support file may import besides its own area's sources. */
const TEST_AREAS = ['test', 'package.json'];

/**
 * The client's top folders, each with the folders beneath it that it may import. A folder never
 * imports one above it, so no two import each other; extension.ts, at the top, wires them all.
 */
const CLIENT_LAYERS = {
  settings: [],
  aws: ['settings'],
  environments: ['aws', 'settings'],
  webviews: ['settings'],
  deploy: ['aws', 'environments', 'settings', 'webviews'],
  logs: ['aws', 'environments', 'settings', 'webviews'],
  views: ['aws', 'deploy', 'environments', 'settings', 'webviews'],
  console: ['aws', 'environments'],
  'sandbox-secrets': ['deploy', 'environments', 'settings'],
  hosting: ['aws', 'console', 'deploy', 'environments', 'logs', 'sandbox-secrets', 'settings', 'views'],
  onboarding: ['aws', 'environments', 'settings'],
  lsp: ['onboarding', 'settings'],
};

/**
 * The schema analysis' feature folders over the syntax layer (tokens, outline, definition split,
 * cursor replay): a feature reads the syntax layer and the docs, never another feature's files.
 * Files at the root of server/src/graphql (the analysis, the schema model, settings) serve all.
 */
const GRAPHQL_LAYERS = {
  syntax: [],
  docs: [],
  'transformer-version': [],
  rules: [],
  'code-actions': [],
  symbols: [],
  navigation: [],
  format: ['syntax'],
  completion: ['docs', 'syntax'],
  hover: ['docs', 'syntax', 'transformer-version'],
};

const AWS_SDK = [
  { group: ['@aws-sdk/*', '@smithy/*'], message: 'Only client/src/aws talks to AWS: add what you need there, on plain types (aws-types.ts).' },
];
const VSCODE = {
  name: 'vscode',
  message: 'Only the extension (client/) imports vscode: the server runs in any editor, the model in both halves and the panels.',
};
const LANGUAGE_CLIENT = ['vscode-languageclient', 'vscode-languageclient/*'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/out/**',
      '.tools/**',
      'test-results/**',
      'test/corpus/**',
      'examples/**',
      'syntaxes/**',
      'schemas/**',
      '**/*.d.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { lens: architecture },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'lens/no-folder-cycles': 'error',
      'lens/package-boundaries': [
        'error',
        {
          // Relative imports: an area may import itself and the areas listed; the shared model is
          // imported by its package name (amplify-lens-model/...), never by a relative path.
          sources: {
            'model/src': [],
            'server/src': ['schemas'],
            'server/test-support': ['server/src'],
            'client/src': [],
            'client/test-support': ['client/src'],
            webviews: [],
          },
          tests: {
            'model/src': TEST_AREAS,
            'server/src': ['server/test-support', ...TEST_AREAS],
            'server/test-support': TEST_AREAS,
            'client/src': ['client/test-support', ...TEST_AREAS],
            'client/test-support': TEST_AREAS,
          },
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: { 'lens/folder-layers': ['error', { root: 'client/src', layers: CLIENT_LAYERS }] },
  },
  {
    files: ['server/src/graphql/**/*.ts'],
    rules: { 'lens/folder-layers': ['error', { root: 'server/src/graphql', layers: GRAPHQL_LAYERS }] },
  },
  {
    files: ['client/**/*.ts'],
    ignores: ['client/src/aws/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: AWS_SDK }] },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [VSCODE], patterns: [...AWS_SDK, { group: LANGUAGE_CLIENT, message: 'The server is the other end of the language client.' }] },
      ],
    },
  },
  {
    files: ['model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [VSCODE],
          patterns: [
            ...AWS_SDK,
            {
              group: [...LANGUAGE_CLIENT, 'vscode-languageserver', 'vscode-languageserver/*'],
              message: 'The model speaks plain types; each half adapts them to its LSP library.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['webviews/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Relative imports are the package-boundaries rule's; every other import must be a
              // browser-safe part of the model.
              regex: '^(?!\\.{1,2}/|amplify-lens-model/(contracts|panels|presentation|secrets)$)',
              message:
                'A panel imports only webviews/ and the browser-safe parts of the model (amplify-lens-model/contracts, panels, presentation, secrets): it renders what the extension sends.',
            },
          ],
        },
      ],
    },
  },
);
