// Starts the fake CloudFormation of fake-aws-process.ts in its own process for the VS Code suite,
// and points a copied example workspace at the stacks it seeded.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';

export async function startFakeAwsProcess(repoRoot, outDir) {
  const outfile = join(outDir, 'fake-aws-process.js');
  await build({
    entryPoints: [join(repoRoot, 'test/vscode/fake-aws-process.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    mainFields: ['main'],
    logLevel: 'warning',
  });
  const child = spawn(process.execPath, [outfile], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const [line] = await new Promise((resolve, reject) => {
    lines.once('line', (first) => resolve([first]));
    child.once('exit', (code) => reject(new Error(`the fake AWS exited with ${code}`)));
  });
  const info = JSON.parse(line);
  const requests = [];
  lines.on('line', (next) => {
    const request = JSON.parse(next).request;
    if (request) requests.push(request);
  });
  return {
    ...info,
    /** Every request served so far, as `<service>:<action>`. */
    requests: () => [...requests],
    /**
     * Points team-provider-info.json's dev env at the seeded root stack, and checks `dev` out as
     * `amplify pull` would. A Gen 2 workspace has no envs: nothing to point.
     */
    prepareWorkspace(workspace) {
      if (!existsSync(join(workspace, 'amplify/team-provider-info.json'))) return;
      writeFileSync(
        join(workspace, 'amplify/.config/local-env-info.json'),
        JSON.stringify({ projectPath: workspace, defaultEditor: 'vscode', envName: 'dev' }, null, 2),
      );
      const path = join(workspace, 'amplify/team-provider-info.json');
      const teamProviderInfo = JSON.parse(readFileSync(path, 'utf8'));
      Object.assign(teamProviderInfo.dev.awscloudformation, { StackName: info.rootStackName, StackId: info.rootStackId, Region: info.region });
      writeFileSync(path, JSON.stringify(teamProviderInfo, null, 2));
      // A way to run the function locally under the debugger, as a developer keeps one.
      mkdirSync(join(workspace, '.vscode'), { recursive: true });
      writeFileSync(
        join(workspace, '.vscode/launch.json'),
        JSON.stringify({
          version: '0.2.0',
          configurations: [
            {
              type: 'node',
              request: 'launch',
              name: 'Run summarizePost locally',
              program: '${workspaceFolder}/amplify/backend/function/summarizePost/src/run-locally.js',
            },
          ],
        }),
      );
      writeFileSync(join(workspace, 'amplify/backend/function/summarizePost/src/run-locally.js'), 'setInterval(() => {}, 1000);\n');
    },
    stop() {
      child.kill('SIGTERM');
    },
  };
}
