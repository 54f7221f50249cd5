import { compareDiagnostics, type LensDiagnostic, type QuickFix } from '../../lens-diagnostic';
import { readAmplifyGitignoreBlock, type OptOut } from './amplify-gitignore-block';
import { existingAmplifyIgnoredPaths, type IgnoredByAmplify } from './amplify-ignored-files';
import { fileUri, objectEntries, readJsonDocument, type JsonDocument, type JsonNode } from './json-locations';
import { looksLikeSecret } from 'amplify-lens-model/secrets';
import { loadProjectIgnore, type ProjectIgnore } from './project-ignore';
import type { ProjectFiles } from 'amplify-lens-model/files';

export { looksLikeSecret } from 'amplify-lens-model/secrets';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Files Amplify keeps out of git that git would commit here, and committed configuration
 * holding values that look like secrets. Quiet outside a git repository. Secret values are
 * never quoted in messages.
 */
export async function checkSecretsIgnored(files: ProjectFiles, generation?: 1 | 2): Promise<LensDiagnostic[]> {
  const ignore = await loadProjectIgnore(files);
  if (!ignore) return [];
  const resolvedGeneration = generation ?? ((await files.readText('amplify/backend.ts')) !== undefined ? 2 : 1);
  const diagnostics = [...(await checkAmplifyIgnores(files, ignore, resolvedGeneration)), ...(await checkCommittedSecrets(files, ignore))];
  return diagnostics.sort(compareDiagnostics);
}

async function checkAmplifyIgnores(files: ProjectFiles, ignore: ProjectIgnore, generation: 1 | 2): Promise<LensDiagnostic[]> {
  const gitignoreText = await files.readText('.gitignore');
  const anchor = gitignoreText !== undefined ? '.gitignore' : generation === 2 ? 'amplify/backend.ts' : 'amplify/.config/project-config.json';
  // the CLI writes its block into the project's own .gitignore (amplify-cli git-manager.ts)
  const block = gitignoreText !== undefined ? readAmplifyGitignoreBlock(gitignoreText) : undefined;
  const diagnostics: LensDiagnostic[] = [];
  for (const path of await existingAmplifyIgnoredPaths(files, generation)) {
    const tracked = ignore.isTracked(path.relativePath, path.isDirectory);
    // A folder has no document to carry the diagnostic: it goes on the .gitignore that should list it.
    const uri = fileUri(files, path.isDirectory ? anchor : path.relativePath);
    const shown = `${path.relativePath}${path.isDirectory ? '/' : ''}`;
    if (ignore.isIgnored(path.relativePath, path.isDirectory)) {
      // an ignore rule does not untrack what was committed before it
      if (tracked === true) diagnostics.push(committedDespiteIgnore(uri, path, shown));
      continue;
    }
    const optOut = block?.optOutOf(path.pattern);
    if (optOut) {
      diagnostics.push(committedOnPurpose(files, gitignoreText ?? '', uri, path, shown, optOut));
      continue;
    }
    const untrack =
      tracked === false
        ? ''
        : tracked === true
          ? ', then `git rm --cached` it: it is committed'
          : ' (and `git rm --cached` it if it was committed)';
    diagnostics.push({
      uri,
      range: TOP,
      severity: 'warning',
      code: 'config-not-git-ignored',
      message: `${shown} is not git-ignored, but Amplify keeps it out of git: it ${path.why}. Add \`${path.pattern}\` to .gitignore${untrack}.`,
      fixes: gitignoreText === undefined ? undefined : [appendToGitignore(files, gitignoreText, path)],
    });
  }
  return diagnostics;
}

function committedDespiteIgnore(uri: string, path: IgnoredByAmplify, shown: string): LensDiagnostic {
  return {
    uri,
    range: TOP,
    severity: 'warning',
    code: 'config-committed-despite-ignore',
    message:
      `${shown} is git-ignored, but git still tracks it: it was committed before the ignore rule, and it ${path.why}. ` +
      `Run \`git rm --cached ${path.isDirectory ? '-r ' : ''}"${path.relativePath}"\` and commit, so the repository stops carrying it.`,
  };
}

/**
 * The author commented the line out of Amplify's block, or deleted it: committing the file is
 * their choice (an aws-exports.js for a front-end-only build, say). Said once, as information.
 */
function committedOnPurpose(
  files: ProjectFiles,
  gitignoreText: string,
  uri: string,
  path: IgnoredByAmplify,
  shown: string,
  optOut: OptOut,
): LensDiagnostic {
  const how = optOut === 'commented-out' ? 'is commented out in' : 'was removed from';
  return {
    uri,
    range: TOP,
    severity: 'information',
    code: 'config-not-git-ignored',
    message:
      `${shown} is not git-ignored: its line \`${path.pattern}\` ${how} Amplify's block in .gitignore, so it is committed on purpose. ` +
      `It ${path.why}; if that was not the intent, put the line back.`,
    fixes: [appendToGitignore(files, gitignoreText, path)],
  };
}

function appendToGitignore(files: ProjectFiles, text: string, path: IgnoredByAmplify): QuickFix {
  const lines = text.split(/\r\n|\r|\n/);
  const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = text === '' || /[\r\n]$/.test(text) ? '' : eol;
  return {
    title: `Add '${path.pattern}' to .gitignore`,
    isPreferred: true,
    edits: [{ uri: fileUri(files, '.gitignore'), range: { start: end, end }, newText: `${separator}${path.pattern}${eol}` }],
  };
}

/** team-provider-info.json and every resource's parameters.json (also the `build/` copy of override-enabled categories). */
async function committedConfigFiles(files: ProjectFiles): Promise<string[]> {
  const paths = ['amplify/team-provider-info.json'];
  for (const category of await files.listDirectory('amplify/backend')) {
    if (!category.isDirectory || category.name.startsWith('.')) continue;
    for (const resource of await files.listDirectory(`amplify/backend/${category.name}`)) {
      if (!resource.isDirectory) continue;
      const folder = `amplify/backend/${category.name}/${resource.name}`;
      paths.push(`${folder}/parameters.json`, `${folder}/build/parameters.json`);
    }
  }
  return paths;
}

async function checkCommittedSecrets(files: ProjectFiles, ignore: ProjectIgnore): Promise<LensDiagnostic[]> {
  const diagnostics: LensDiagnostic[] = [];
  for (const path of await committedConfigFiles(files)) {
    // ignored and untracked: not in the repository (an ignored file committed earlier still is)
    if (ignore.isIgnored(path, false) && ignore.isTracked(path, false) !== true) continue;
    const document = await readJsonDocument(files, path);
    if (!document) continue;
    for (const [key, valueNode] of secretValues(document.root)) {
      diagnostics.push(secretDiagnostic(document, key, valueNode));
    }
  }
  return diagnostics;
}

function* secretValues(node: JsonNode | undefined): Generator<[string, JsonNode]> {
  if (node?.type === 'array') for (const item of node.children ?? []) yield* secretValues(item);
  for (const [key, value] of objectEntries(node)) {
    if (value.type === 'string' && looksLikeSecret(key, value.value)) yield [key, value];
    else yield* secretValues(value);
  }
}

function secretDiagnostic(document: JsonDocument, key: string, valueNode: JsonNode): LensDiagnostic {
  const fileName = document.relativePath.slice(document.relativePath.lastIndexOf('/') + 1);
  return document.diagnostic(
    valueNode,
    'warning',
    'config-secret-in-committed-file',
    `The value of '${key}' looks like a secret, and ${fileName} is committed to git. Keep secrets out of the ` +
      `repository: for a function, store it as a secret with \`amplify update function\` (kept in SSM Parameter ` +
      `Store); for a social sign-in provider, re-enter it with \`amplify update auth\` (kept outside the project); ` +
      `then rotate the exposed value. In a Gen 2 backend use \`npx ampx sandbox secret set\` and \`secret()\`.`,
  );
}
