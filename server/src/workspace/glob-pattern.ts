/**
 * A small glob matcher for the `amplifyLens.schemaFiles` setting: `**` spans folders, `*` and `?`
 * stay within one, `{a,b}` alternates. Paths use forward slashes.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      const slashFollows = glob[i + 2] === '/';
      pattern += slashFollows ? '(?:.*/)?' : '.*';
      i += slashFollows ? 2 : 1;
    } else if (ch === '*') pattern += '[^/]*';
    else if (ch === '?') pattern += '[^/]';
    else if (ch === '{') pattern += '(?:';
    else if (ch === '}') pattern += ')';
    else if (ch === ',') pattern += '|';
    else pattern += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

export function matchesAnyGlob(relativePath: string, globs: readonly string[]): boolean {
  const normalized = relativePath.split('\\').join('/');
  return globs.some((glob) => globToRegExp(glob).test(normalized));
}
