/**
 * The environment the schema worker gets: only what running Node and resolving the project's
 * modules needs. Everything else — AWS credentials and session tokens, CI and registry tokens,
 * the editor's own variables — stays behind, since the worker runs code from the repository.
 */
const PASSED = new Set([
  'PATH',
  'HOME',
  'USERPROFILE',
  'TMPDIR',
  'TMP',
  'TEMP',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TZ',
  // Windows needs these to start processes and find per-user folders.
  'SYSTEMROOT',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
  'APPDATA',
  'LOCALAPPDATA',
  'PROGRAMDATA',
  // VS Code runs the server with Electron as Node; the worker is forked from the same binary.
  'ELECTRON_RUN_AS_NODE',
]);

export function workerEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && PASSED.has(name.toUpperCase())) kept[name] = value;
  }
  return kept;
}
