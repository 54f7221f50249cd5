import { URI } from 'vscode-uri';
import type { LensDiagnostic } from '../../src/lens-diagnostic';
import { posix } from 'node:path';
import { memoryProjectFiles, type ProjectFiles } from 'amplify-lens-model/files';
import type { ByteReader } from '../../src/config/project/project-bytes';

export const ROOT = '/projects/app';

/**
 * A project in memory at ROOT; pass `git: false` for one outside any repository. Binary files
 * (a git index) are served by `readBytes`, as readProjectBytes asks.
 */
export function project(files: Record<string, string | Uint8Array>, options: { git?: boolean } = {}): ProjectFiles & ByteReader {
  const texts: Record<string, string> = options.git === false ? {} : { '.git/HEAD': 'ref: refs/heads/main\n' };
  const bytes = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(files)) {
    if (typeof content === 'string') texts[path] = content;
    else bytes.set(posix.normalize(path), content);
  }
  const inMemory = memoryProjectFiles(ROOT, texts);
  return {
    ...inMemory,
    async readBytes(relativePath, maxBytes) {
      const found =
        bytes.get(posix.normalize(relativePath)) ??
        (await inMemory.readText(relativePath).then((text) => (text === undefined ? undefined : new TextEncoder().encode(text))));
      return found && found.length <= maxBytes ? found : undefined;
    },
  };
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `code@file:line:col` (1-based) for compact expectations. */
export function summarize(diagnostics: readonly LensDiagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${relative(d.uri)}:${d.range.start.line + 1}:${d.range.start.character + 1}`);
}

/** The text a diagnostic underlines, read from the project's files. */
export async function underlined(files: ProjectFiles, diagnostic: LensDiagnostic): Promise<string> {
  const text = (await files.readText(relative(diagnostic.uri))) ?? '';
  const lines = text.split('\n');
  const offset = (position: { line: number; character: number }) =>
    lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
  return text.slice(offset(diagnostic.range.start), offset(diagnostic.range.end));
}

function relative(uri: string): string {
  const path = URI.parse(uri).fsPath.split('\\').join('/');
  return path.startsWith(`${ROOT}/`) ? path.slice(ROOT.length + 1) : path;
}
