import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes, ResponseError } from 'vscode-jsonrpc';
import { LENS_PROTOCOL_EXTENSIONS } from 'amplify-lens-model/contracts';
import { LspTestClient } from '../support/lsp-test-client';
import { repoRoot } from '../support/repo-root';
import { TempProject } from '../support/temp-project';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.[cm]?ts$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the custom LSP methods, declared once', () => {
  it('are spelt only in the shared declarations: both ends send and register them from there', () => {
    const root = repoRoot();
    const spelt: string[] = [];
    for (const file of [
      ...sourceFiles(join(root, 'server/src')),
      ...sourceFiles(join(root, 'client/src')),
      ...sourceFiles(join(root, 'test')),
    ]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"](amplifyLens\/[\w-][\w/-]*)['"]/g))
        spelt.push(`${relative(root, file)}: ${match[1]}`);
    }
    expect(spelt).toEqual([]);
  });

  it('are all named amplifyLens/…, each once', () => {
    const methods = LENS_PROTOCOL_EXTENSIONS.map((extension) => extension.method);
    expect(methods.every((method) => method.startsWith('amplifyLens/'))).toBe(true);
    expect(new Set(methods).size).toBe(methods.length);
  });

  describe('over stdio', () => {
    let project: TempProject;
    let client: LspTestClient;

    beforeAll(async () => {
      project = await TempProject.fromExample('gen2-todo');
      client = await LspTestClient.start(project.root);
    });

    afterAll(async () => {
      await client.stop();
      await project.dispose();
    });

    it.each(LENS_PROTOCOL_EXTENSIONS.filter((extension) => extension.kind === 'request').map((extension) => extension.method))(
      'the server answers %s',
      async (method) => {
        const answer = await client.connection.sendRequest(method).catch((error: unknown) => error);
        const notFound = answer instanceof ResponseError && answer.code === ErrorCodes.MethodNotFound;
        expect(notFound, `${method} is not registered by the server`).toBe(false);
      },
    );
  });
});
