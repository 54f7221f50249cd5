/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf } from '../../support/vscode/example-schema';
import { useExampleSchema } from '../../support/vscode/schema-fixture';
import { SERVER_PATIENCE_MS, waitFor } from '../../support/vscode/wait-for';

suite('the Amplify commands', () => {
  const schema = useExampleSchema();

  // Leave the window as it was: whatever runs next in it expects the panel closed.
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closePanel'));

  test('the server, environment and first-run commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    const expected = [
      'amplifyLens.restartServer',
      'amplifyLens.showServerOutput',
      'amplifyLens.refreshEnvironments',
      'amplifyLens.selectProfile',
      'amplifyLens.selectRegion',
      'amplifyLens.ssoLogin',
      'amplifyLens.checkAmplifyTools',
      'amplifyLens.checkAwsCredentials',
      'amplifyLens.checkAmplifyProject',
    ];
    for (const command of expected) {
      assert.ok(commands.includes(command), `${command} is not registered`);
    }
  });

  test('the walkthrough is contributed with its four steps', () => {
    const manifest = vscode.extensions.getExtension('amplify-lens.amplify-lens')?.packageJSON as {
      contributes?: { walkthroughs?: { id: string; steps: unknown[] }[] };
    };
    const walkthrough = manifest.contributes?.walkthroughs?.find((w) => w.id === 'amplifyLens.gettingStarted');
    assert.equal(walkthrough?.steps.length, 4);
  });

  test('Show Language Server Output reveals the Amplify Lens channel', async () => {
    await vscode.commands.executeCommand('amplifyLens.showServerOutput');
    // A shown output channel is a text document of scheme `output` named after the channel.
    await waitFor(
      () =>
        vscode.workspace.textDocuments.some(
          (document) => document.uri.scheme === 'output' && decodeURIComponent(document.uri.toString()).includes('Amplify Lens'),
        ),
      SERVER_PATIENCE_MS,
      'the Amplify Lens output channel to be shown',
    );
  });

  test('Restart Language Server brings back a server that analyses the schema', async () => {
    await vscode.commands.executeCommand('amplifyLens.restartServer');
    await schema.edit(
      `${schema.original}\ntype Draft @modle {\n  id: ID!\n}\n`,
      (diagnostics) => diagnostics.some((diagnostic) => codeOf(diagnostic) === 'unknown-directive'),
      'the restarted server to report the unknown directive',
    );
  });
});
