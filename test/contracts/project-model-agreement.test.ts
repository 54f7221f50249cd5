/**
 * One truth about a project: the extension reads the shared model in its own process (its views
 * need it before, and without, the language server), the server reads it for its checks and
 * answers `amplifyLens/projects`. Over every example project and every project of the corpus
 * (test/corpus/projects, whatever is there), both must find the same projects and read the same
 * facts, and the server's analysis must use the transformer version the model chose.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectsRequest, type AmplifyProjectSummary, type ResultOf } from 'amplify-lens-model/contracts';
import { findAmplifyProjects, readAmplifyProject, type AmplifyProjectInfo } from 'amplify-lens-model/project';
import { LspTestClient } from '../support/lsp-test-client';
import { repoRoot } from '../support/repo-root';

/** Each example, and each project of the corpus, opened as a workspace folder of its own. */
function workspaceFolders(): string[] {
  const parents = [join(repoRoot(), 'examples'), join(repoRoot(), 'test/corpus/projects')].filter((parent) => existsSync(parent));
  return parents.flatMap((parent) =>
    readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(parent, entry.name))
      .sort(),
  );
}

/** What the extension reads, folder by folder, exactly as its environments service does. */
async function readInExtension(folders: readonly string[]): Promise<AmplifyProjectInfo[]> {
  const infos: AmplifyProjectInfo[] = [];
  for (const folder of folders) for (const project of await findAmplifyProjects(folder)) infos.push(await readAmplifyProject(project));
  // As the server's answer travels: JSON, without undefined fields.
  return JSON.parse(JSON.stringify(infos)) as AmplifyProjectInfo[];
}

describe('the project model, in the extension and in the language server', () => {
  const folders = workspaceFolders();
  let client: LspTestClient;
  let answered: ResultOf<typeof ProjectsRequest>;

  beforeAll(async () => {
    client = await LspTestClient.startWithSettings(folders, () => ({}));
    answered = await client.connection.sendRequest(ProjectsRequest.method);
  });

  afterAll(async () => {
    await client.stop();
  });

  it('covers the examples at least', () => {
    expect(answered.map((project) => project.generation)).toEqual(expect.arrayContaining([1, 2]));
  });

  it('finds the same projects and reads the same facts from their files', async () => {
    const server = answered.map(({ graphqlApis: _apis, ...model }: AmplifyProjectSummary) => model);
    expect(server).toEqual(await readInExtension(folders));
  });

  it('analyses each GraphQL API with the transformer version the model chose, and only APIs the model knows', () => {
    for (const project of answered) {
      for (const api of project.graphqlApis) {
        if (project.generation === 2) {
          expect(api.transformerVersion, api.dir).toBe(2);
          continue;
        }
        expect(
          project.apis.map((known) => known.dir),
          api.dir,
        ).toContain(api.dir);
        expect(api.transformerVersion, api.dir).toBe(project.transformer.version);
      }
    }
  });
});
