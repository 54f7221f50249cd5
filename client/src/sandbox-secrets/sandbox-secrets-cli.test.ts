import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_AMPX, gen2FakeProject } from '../../../test/fake-cli/fake-cli-projects';
import type { TempProject } from '../../../test/support/temp-project';
import { listSandboxSecrets, parseSecretList, removeSandboxSecret, SandboxSecretError, setSandboxSecret } from './sandbox-secrets-cli';

let project: TempProject | undefined;
afterEach(async () => {
  await project?.dispose();
  project = undefined;
});

const VALUE = 'sk_live_lens\nwith a newline and "quotes" $HOME `x`';

describe('sandbox secrets through ampx', () => {
  it('sets a value through standard input (never the command line), lists names only, removes', async () => {
    project = await gen2FakeProject();
    process.env.LENS_FAKE_USER = 'lens';
    const target = { program: [FAKE_AMPX], projectRoot: project.root };
    expect(await listSandboxSecrets(target)).toEqual([]);
    expect(await setSandboxSecret(target, 'OPENAI_KEY', VALUE)).toEqual({
      ok: true,
      output: 'Successfully created version 1 of secret OPENAI_KEY\n',
    });
    await setSandboxSecret({ ...target, identifier: 'bob' }, 'STRIPE.key', 'v2');
    expect(await listSandboxSecrets(target)).toEqual(['OPENAI_KEY']);
    expect(await listSandboxSecrets({ ...target, identifier: 'bob' })).toEqual(['STRIPE.key']);

    const store = JSON.parse(readFileSync(join(project.root, '.lens-fake-secrets.json'), 'utf8')) as {
      secrets: Record<string, Record<string, { value: string }>>;
      calls: string[][];
    };
    expect(store.secrets.lens!.OPENAI_KEY!.value).toBe(VALUE);
    expect(store.calls).toContainEqual(['sandbox', 'secret', 'set', 'OPENAI_KEY']);
    expect(JSON.stringify(store.calls)).not.toContain('sk_live_lens');

    expect((await removeSandboxSecret(target, 'OPENAI_KEY')).ok).toBe(true);
    expect(await listSandboxSecrets(target)).toEqual([]);
    expect(await removeSandboxSecret(target, 'OPENAI_KEY')).toMatchObject({
      ok: false,
      output: expect.stringContaining('[SecretNotFoundError]'),
    });
  });

  it("writes each run to the extension's log with its exit code, never the value", async () => {
    project = await gen2FakeProject();
    process.env.LENS_FAKE_USER = 'lens';
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(`info ${line}`), warn: (line: string) => lines.push(`warn ${line}`) };
    await setSandboxSecret({ program: [FAKE_AMPX], projectRoot: project.root, log }, 'OPENAI_KEY', VALUE);
    await removeSandboxSecret({ program: [FAKE_AMPX], projectRoot: project.root, log }, 'MISSING');
    const written = lines.join('\n');
    expect(written).toMatch(/info Running .*sandbox secret set OPENAI_KEY/);
    expect(written).toMatch(/info .*sandbox secret set OPENAI_KEY.* exited with code 0/);
    expect(written).toMatch(/warn .*sandbox secret remove MISSING.* exited with code [1-9]/);
    expect(written).not.toContain('sk_live_lens');
  });

  it('refuses a name ampx would refuse before running anything', async () => {
    await expect(setSandboxSecret({ program: ['/nonexistent'], projectRoot: '/' }, 'bad name; rm -rf /', 'x')).rejects.toBeInstanceOf(
      SandboxSecretError,
    );
  });

  it('reads names from ampx list output, nothing else', () => {
    expect(parseSecretList(' - A_KEY\n - b.c-d\nsomething else\n -  spaced\n - $(x)\n')).toEqual(['A_KEY', 'b.c-d']);
  });
});
