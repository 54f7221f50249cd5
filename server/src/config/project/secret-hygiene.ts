import { compareDiagnostics, type LensDiagnostic, type QuickFix } from '../../graphql/lens-diagnostic';
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
  const diagnostics = [
    ...(await checkAmplifyIgnores(files, ignore, resolvedGeneration)),
    ...(await checkCommittedSecrets(files, ignore)),
  ];
  return diagnostics.sort(compareDiagnostics);
}

async function checkAmplifyIgnores(files: ProjectFiles, ignore: ProjectIgnore, generation: 1 | 2): Promise<LensDiagnostic[]> {
  const gitignoreText = await files.readText('.gitignore');
  const anchor = gitignoreText !== undefined ? '.gitignore' : generation === 2 ? 'amplify/backend.ts' : 'amplify/.config/project-config.json';
  const diagnostics: LensDiagnostic[] = [];
  for (const path of await existingAmplifyIgnoredPaths(files, generation)) {
    if (ignore.isIgnored(path.relativePath, path.isDirectory)) continue;
    // A folder has no document to carry the warning: it goes on the .gitignore that should list it.
    const uri = fileUri(files, path.isDirectory ? anchor : path.relativePath);
    diagnostics.push({
      uri,
      range: TOP,
      severity: 'warning',
      code: 'config-not-git-ignored',
      message:
        `${path.relativePath}${path.isDirectory ? '/' : ''} is not git-ignored, but Amplify keeps it out of git: it ` +
        `${path.why}. Add \`${path.pattern}\` to .gitignore (and \`git rm --cached\` it if it was committed).`,
      fixes: gitignoreText === undefined ? undefined : [appendToGitignore(files, gitignoreText, path)],
    });
  }
  return diagnostics;
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
    if (ignore.isIgnored(path, false)) continue;
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
