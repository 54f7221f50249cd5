import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { LensDiagnostic } from '../../lens-diagnostic';
import { expectedOutputDirectory, normalizeDirectory, type FrontendBuildFacts } from './frontend-output-directory';
import { sitePatternMatchesAny } from './site-path-glob';
import { keyName, YamlConfigDocument } from './yaml-config-document';

export type { FrontendBuildFacts } from './frontend-output-directory';

export interface YamlTextFile {
  uri: string;
  text: string;
}

/** Facts per application: `appRoot` is undefined for a single-app repository. */
export type PerAppRoot<T> = (appRoot: string | undefined) => T | undefined;

/**
 * `frontend.artifacts.baseDirectory` against where the front-end build is known to write
 * (see `expectedOutputDirectory`). A mismatch means the deploy finds no artifacts, or stale ones.
 * Quiet whenever the output is not known for sure, and for values that cannot be compared
 * (the root, environment variables, globs).
 */
export function checkArtifactsBaseDirectory(
  amplifyYml: YamlTextFile,
  frontend: FrontendBuildFacts | PerAppRoot<FrontendBuildFacts>,
): LensDiagnostic[] {
  const document = new YamlConfigDocument(amplifyYml.uri, amplifyYml.text);
  if (document.hasSyntaxErrors) return [];
  const factsFor = typeof frontend === 'function' ? frontend : () => frontend;
  const rootEnvironment = variablesOf(document, mapValue(document, document.root(), 'env'));
  const diagnostics: LensDiagnostic[] = [];
  for (const { appRoot, block } of applicationBlocks(document)) {
    const facts = factsFor(appRoot);
    const frontendBlock = mapValue(document, block, 'frontend');
    const baseDirectory = mapValue(document, mapValue(document, frontendBlock, 'artifacts'), 'baseDirectory');
    if (!facts || !isScalar(baseDirectory) || typeof baseDirectory.value !== 'string') continue;
    const written = normalizeDirectory(baseDirectory.value);
    if (['', '.', '/'].includes(written) || /[$*?{[]/.test(written)) continue;
    const commands = phaseCommands(document, mapValue(document, frontendBlock, 'phases'));
    const environment = { ...rootEnvironment, ...variablesOf(document, mapValue(document, block, 'env')) };
    const expected = expectedOutputDirectory(facts, commands, environment);
    if (!expected || sameOrNested(written, normalizeDirectory(expected.directory))) continue;
    const range = document.rangeOf(baseDirectory);
    if (!range) continue;
    diagnostics.push({
      uri: amplifyYml.uri,
      range,
      severity: 'warning',
      code: 'amplify-yml-base-directory-mismatch',
      message:
        `The front-end build writes to \`${expected.directory}\` (${expected.reason}), but \`baseDirectory\` is \`${baseDirectory.value}\`: ` +
        `Amplify Hosting would find no build output there. Set \`baseDirectory: ${expected.directory}\`.`,
      fixes: [
        {
          title: `Set baseDirectory to \`${expected.directory}\``,
          edits: [{ uri: amplifyYml.uri, range, newText: expected.directory }],
          isPreferred: true,
        },
      ],
    });
  }
  return diagnostics;
}

/**
 * customHttp.yml patterns that match none of the built site's files (paths relative to the
 * site root): their headers are never sent. Nothing when the file list is unknown or empty.
 */
export function checkCustomHttpPatterns(
  customHttp: YamlTextFile,
  siteFiles: readonly string[] | PerAppRoot<readonly string[]> | undefined,
): LensDiagnostic[] {
  if (siteFiles === undefined) return [];
  const document = new YamlConfigDocument(customHttp.uri, customHttp.text);
  if (document.hasSyntaxErrors) return [];
  const filesFor = typeof siteFiles === 'function' ? siteFiles : () => siteFiles;
  const diagnostics: LensDiagnostic[] = [];
  for (const { appRoot, block } of applicationBlocks(document)) {
    const files = filesFor(appRoot);
    const rules = mapValue(document, block, 'customHeaders');
    if (!files || files.length === 0 || !isSeq(rules)) continue;
    for (const rule of rules.items as Node[]) {
      const pattern = mapValue(document, document.resolve(rule), 'pattern');
      if (!isScalar(pattern) || typeof pattern.value !== 'string' || sitePatternMatchesAny(pattern.value, files)) continue;
      const range = document.rangeOf(pattern);
      if (!range) continue;
      diagnostics.push({
        uri: customHttp.uri,
        range,
        severity: 'warning',
        code: 'custom-http-pattern-unmatched',
        message:
          `The pattern \`${pattern.value}\` matches no file of the built site${appRoot ? ` of \`${appRoot}\`` : ''}, so these headers are never sent. ` +
          'Correct the pattern: `*` matches within one path segment, `**` across folders (`**/*` matches every file), a leading `/` is optional.',
      });
    }
  }
  return diagnostics;
}

interface ApplicationBlock {
  appRoot: string | undefined;
  block: Node | null;
}

/** The top level of a single-app file, or each entry of a monorepo's `applications`. */
function applicationBlocks(document: YamlConfigDocument): ApplicationBlock[] {
  const root = document.root();
  const applications = mapValue(document, root, 'applications');
  const blocks: ApplicationBlock[] = [{ appRoot: undefined, block: root }];
  if (isSeq(applications)) {
    for (const item of applications.items as Node[]) {
      const block = document.resolve(item);
      const appRoot = mapValue(document, block, 'appRoot');
      if (isScalar(appRoot) && typeof appRoot.value === 'string') blocks.push({ appRoot: appRoot.value, block });
    }
  }
  return blocks;
}

function mapValue(document: YamlConfigDocument, node: Node | null | undefined, key: string): Node | null {
  if (!isMap(node)) return null;
  const pair = (node.items as Pair<Node, Node | null>[]).find((item) => keyName(item) === key);
  return pair ? document.resolve(pair.value) : null;
}

function phaseCommands(document: YamlConfigDocument, phases: Node | null): string[] {
  const commands: string[] = [];
  for (const phase of ['preBuild', 'build', 'postBuild']) {
    const list = mapValue(document, mapValue(document, phases, phase), 'commands');
    if (!isSeq(list)) continue;
    for (const item of list.items as Node[]) {
      const command = document.resolve(item);
      if (isScalar(command) && typeof command.value === 'string') commands.push(command.value);
    }
  }
  return commands;
}

function variablesOf(document: YamlConfigDocument, env: Node | null): Record<string, unknown> {
  const variables = mapValue(document, env, 'variables');
  const value = variables?.toJSON() as unknown;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Same folder, one inside the other (`dist/app/browser` in `dist/app`), or the same folder seen from the repository root. */
function sameOrNested(written: string, expected: string): boolean {
  return (
    written === expected ||
    written.startsWith(`${expected}/`) ||
    expected.startsWith(`${written}/`) ||
    written.endsWith(`/${expected}`) ||
    written.includes(`/${expected}/`)
  );
}
