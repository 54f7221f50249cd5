/**
 * Git remotes and Amplify's `repository` field name the same repository in different spellings:
 * `git@github.com:Owner/Repo.git`, `https://github.com/owner/repo`, `ssh://git@host:22/owner/repo`,
 * `https://user@bitbucket.org/owner/repo.git`, CodeCommit's `https://git-codecommit.<region>.
 * amazonaws.com/v1/repos/<name>` or `codecommit::<region>://<name>`. Both reduce to one key,
 * `host/path` in lower case without `.git`, credentials or port, so they can be compared.
 */

export function repositoryKey(url: string): string | undefined {
  const text = url.trim();
  if (!text || text.length > 2048) return undefined;
  const codecommit = /^codecommit::([a-z0-9-]+):\/\/(?:[^@/]+@)?([A-Za-z0-9._-]+)$/i.exec(text);
  if (codecommit) return `git-codecommit.${codecommit[1]!.toLowerCase()}.amazonaws.com/v1/repos/${codecommit[2]!.toLowerCase()}`;
  let host: string;
  let path: string;
  // scp-like syntax: `[user@]host:path` (no scheme, a colon before the first slash, a host with a dot).
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+\.[^:/\s]+):(?!\/\/)(.+)$/.exec(text);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    host = scp[1]!;
    path = scp[2]!;
  } else {
    let parsed: URL;
    try {
      parsed = new URL(text);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(parsed.protocol)) return undefined;
    host = parsed.hostname;
    path = decodeURIComponent(parsed.pathname);
  }
  const cleanPath = path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/i, '');
  if (!host || !cleanPath || cleanPath.includes('..')) return undefined;
  return `${host.toLowerCase()}/${cleanPath.toLowerCase()}`;
}

/** Whether a remote URL and an app's repository name the same repository. */
export function sameRepository(remoteUrl: string, repository: string): boolean {
  const a = repositoryKey(remoteUrl);
  return a !== undefined && a === repositoryKey(repository);
}
