import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/repo-root';

const ROOT = repoRoot();
const eslint = new ESLint({ cwd: ROOT });

/** The rules an import breaks when written in `file` (a repository path; the file need not exist). */
async function broken(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: join(ROOT, file) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe('the lint that keeps the architecture', () => {
  it('keeps vscode and the AWS SDK out of the server, and the server out of the client', async () => {
    expect(await broken('server/src/graphql/x.ts', "import * as vscode from 'vscode';")).toEqual(['no-restricted-imports']);
    expect(await broken('server/src/graphql/x.ts', "import { S3Client } from '@aws-sdk/client-s3';")).toEqual(['no-restricted-imports']);
    expect(await broken('server/src/graphql/x.ts', "import type { Stack } from '../../../client/src/aws/aws-types';")).toEqual([
      'lens/package-boundaries',
    ]);
    expect(await broken('server/src/config/x.ts', "import schema from '../../../schemas/cli-json.schema.json';")).toEqual([]);
  });

  it('lets only client/src/aws import the AWS SDK', async () => {
    const sdk = "import { CloudFormationClient } from '@aws-sdk/client-cloudformation';";
    expect(await broken('client/src/aws/x.ts', sdk)).toEqual([]);
    expect(await broken('client/src/views/x.ts', sdk)).toEqual(['no-restricted-imports']);
  });

  it("keeps the client's folders in their layers, and new folders out until they are placed", async () => {
    expect(await broken('client/src/aws/x.ts', "import { environmentKey } from '../environments/environment-key';")).toEqual([
      'lens/folder-layers',
    ]);
    expect(await broken('client/src/deploy/x.ts', "import { focusedEnvironment } from '../views/environment-focus';")).toEqual([
      'lens/folder-layers',
    ]);
    expect(await broken('client/src/views/x.ts', "import { lastDeployOutcome } from '../deploy/deploy-outcome-store';")).toEqual([]);
    expect(await broken('client/src/unplaced/x.ts', "import type { Stack } from '../aws/aws-types';")).toEqual(['lens/folder-layers']);
  });

  it("keeps the schema features on the syntax layer, out of each other's files", async () => {
    expect(await broken('server/src/graphql/hover/x.ts', "import { scanDefinition } from '../syntax/cursor-scan';")).toEqual([]);
    expect(await broken('server/src/graphql/hover/x.ts', "import { completeSchema } from '../completion/complete-schema';")).toEqual([
      'lens/folder-layers',
    ]);
    expect(await broken('server/src/graphql/syntax/x.ts', "import { hoverSchema } from '../hover/hover-schema';")).toEqual([
      'lens/folder-layers',
    ]);
  });

  it('keeps test support for tests', async () => {
    const support = "import { recorded } from '../../test-support/fake-vscode';";
    expect(await broken('client/src/views/x.ts', support)).toEqual(['lens/package-boundaries']);
    expect(await broken('client/src/views/x.test.ts', support)).toEqual([]);
  });

  it('lets the panels import only themselves and the browser-safe model', async () => {
    expect(await broken('webviews/log-viewer/x.ts', "import type { LogEvent } from 'amplify-lens-model/panels';")).toEqual([]);
    expect(await broken('webviews/log-viewer/x.ts', "import { findAmplifyProjects } from 'amplify-lens-model/project';")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await broken('webviews/log-viewer/x.ts', "import { readFile } from 'node:fs/promises';")).toEqual(['no-restricted-imports']);
    expect(await broken('webviews/log-viewer/x.ts', "import type { LogFeed } from '../../client/src/logs/log-feed';")).toEqual([
      'lens/package-boundaries',
    ]);
  });

  it('keeps the model free of both halves and of vscode', async () => {
    expect(await broken('model/src/project/x.ts', "import * as vscode from 'vscode';")).toEqual(['no-restricted-imports']);
    expect(await broken('model/src/project/x.ts', "import { LineIndex } from '../../../server/src/graphql/line-index';")).toEqual([
      'lens/package-boundaries',
    ]);
  });
});
