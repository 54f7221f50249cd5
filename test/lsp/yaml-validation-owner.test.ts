// Who validates amplify.yml and customHttp.yml in VS Code: while Red Hat's YAML extension is
// installed it does (through Lens's `yamlValidation` contributions), and the client starts the
// server with `yamlSchemaFeatures: false`; the server then keeps only its cross-file checks, so each
// problem shows once. Other editors leave the option unset and get everything from the server.
import { afterEach, describe, expect, it } from 'vitest';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';

// A misspelt key (a schema problem) and a baseDirectory the Gen 1 example's build never writes (a cross-file one).
const AMPLIFY_YML = `version: 1
frontend:
  phases:
    build:
      commands:
        - npm run build
  artifacts:
    baseDirectory: dist
    fils:
      - '**/*'
`;

describe('language server over stdio: the Hosting YAML files validated once', () => {
  let project: TempProject | undefined;
  let client: LspTestClient | undefined;

  afterEach(async () => {
    await client?.stop();
    await project?.dispose();
  });

  async function diagnosticCodes(initializationOptions: unknown): Promise<unknown[]> {
    project = await TempProject.fromExample('gen1-blog');
    await project.write('amplify.yml', AMPLIFY_YML);
    client = await LspTestClient.start(project.root, initializationOptions);
    const uri = fileUri(project.path('amplify.yml'));
    await client.open(uri, AMPLIFY_YML, 'yaml');
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'amplify-yml-base-directory-mismatch'));
    return diagnostics.map((d) => d.code).sort();
  }

  it('checks schema and project when the server owns YAML validation (the default)', async () => {
    expect(await diagnosticCodes({})).toEqual(['amplify-yml-base-directory-mismatch', 'yaml-schema-unknown-property']);
  });

  it('keeps only the cross-file check while another extension validates against the schema', async () => {
    expect(await diagnosticCodes({ yamlSchemaFeatures: false })).toEqual(['amplify-yml-base-directory-mismatch']);
    // Completion and hover are the YAML extension's too.
    const uri = fileUri(project!.path('amplify.yml'));
    const completion = await client!.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 8, character: 4 },
    });
    expect(Array.isArray(completion) ? completion : (completion as { items: unknown[] }).items).toEqual([]);
  });
});
