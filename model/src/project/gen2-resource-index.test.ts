import { describe, expect, it } from 'vitest';
import { memoryProjectFiles } from '../files/project-files';
import { indexGen2Resources, scanResourceFile } from './gen2-resource-index';

const summary = (resources: Awaited<ReturnType<typeof indexGen2Resources>>) =>
  resources.map(({ kind, exportName, name, inBackend }) => `${kind}:${exportName}:${name ?? '-'}:${inBackend}`);

describe('scanResourceFile', () => {
  it('finds the define call, its range and the literal name', () => {
    const text = [
      "import { defineStorage } from '@aws-amplify/backend';",
      '',
      'export const storage = defineStorage({',
      "  name: 'photos',",
      "  access: (allow) => ({ 'media/*': [allow.authenticated.to(['read'])] }),",
      '});',
    ].join('\n');
    expect(scanResourceFile(text, 'amplify/storage/resource.ts')).toEqual([
      {
        kind: 'storage',
        exportName: 'storage',
        name: 'photos',
        range: { start: { line: 2, character: 23 }, end: { line: 5, character: 2 } },
      },
    ]);
  });

  it('ignores look-alikes in comments and strings, and nested name properties', () => {
    const text = [
      '// export const old = defineFunction({ name: "old" })',
      'const note = "export const fake = defineAuth({})";',
      'export const job = defineFunction({',
      "  environment: { name: 'not-this' },",
      '  /* name: "nor-this", */',
      "  entry: './run-job.ts',",
      '});',
    ].join('\n');
    expect(scanResourceFile(text, 'amplify/functions/jobs/resource.ts').map(({ exportName, name }) => [exportName, name])).toEqual([
      ['job', 'run-job'],
    ]);
  });

  it('names a function after its folder by default, and not when the name is computed', () => {
    expect(scanResourceFile('export const f = defineFunction({ timeoutSeconds: 5 });', 'amplify/functions/say-hello/resource.ts')[0].name).toBe(
      'say-hello',
    );
    expect(scanResourceFile('export const f = defineFunction();', 'amplify/functions/ping/resource.ts')[0].name).toBe('ping');
    expect(scanResourceFile('export const f = defineFunction({ name: prefix + "x" });', 'amplify/f/resource.ts')[0].name).toBeUndefined();
    expect(scanResourceFile('export const f = defineFunction({ name: `fn-${env}` });', 'amplify/f/resource.ts')[0].name).toBeUndefined();
    expect(scanResourceFile('export const f = defineFunction((scope) => new Fn(scope));', 'amplify/f/resource.ts')[0].name).toBeUndefined();
  });

  it('reads several resources in one file, type annotations, generics, and export lists', () => {
    const text = [
      "export const a: ReturnType<typeof defineFunction> = defineFunction({ name: 'a' });",
      "const b = defineFunction({ name: 'b' });",
      "const hidden = defineFunction({ name: 'hidden' });",
      'export const data = defineData<Schema>({ schema });',
      'export { b as bee };',
    ].join('\n');
    expect(scanResourceFile(text, 'amplify/x/resource.ts').map(({ kind, exportName, name }) => `${kind}:${exportName}:${name}`)).toEqual([
      'function:a:a',
      'function:bee:b',
      'data:data:undefined',
    ]);
  });
});

describe('scanResourceFile, on the cases the extension once scanned with a regular expression', () => {
  it("follows defineFunction's name defaults and skips commented-out and unexported definitions", () => {
    const text = `
      import { defineFunction, defineStorage } from '@aws-amplify/backend';
      // export const old = defineFunction({ name: 'old' });
      /* export const older = defineStorage({ name: 'older' }); */
      export const byEntry = defineFunction({ entry: './resize-image.ts', environment: { name: 'not-this' } });
      export const byFolder = defineFunction();
      export const photos = defineStorage({ access: (allow) => ({ 'a/*': [allow.guest.to(['read'])] }), name: "photoBucket" });
      const hidden = defineFunction({ name: 'hidden' });
    `;
    expect(
      scanResourceFile(text, 'amplify/functions/thumbnails/resource.ts').map(({ kind, exportName, name }) => [kind, exportName, name]),
    ).toEqual([
      ['function', 'byEntry', 'resize-image'],
      ['function', 'byFolder', 'thumbnails'],
      ['storage', 'photos', 'photoBucket'],
    ]);
  });
});

describe('indexGen2Resources', () => {
  const resourceFiles = {
    'amplify/auth/resource.ts': 'export const auth = defineAuth({ loginWith: { email: true } });\n',
    'amplify/data/resource.ts': 'export const data = defineData({ schema });\n',
    'amplify/storage/resource.ts': "export const storage = defineStorage({ name: 'media' });\n",
    'amplify/functions/a/resource.ts': "export const jobA = defineFunction({ name: 'job-a' });\n",
    'amplify/functions/b/resource.ts': 'export const jobB = defineFunction({});\n',
    'amplify/node_modules/pkg/resource.ts': 'export const auth = defineAuth({});\n',
    'amplify/.cache/resource.ts': 'export const auth = defineAuth({});\n',
  };

  it('walks amplify/**/resource.ts, skipping node_modules, and marks what defineBackend receives', async () => {
    const backend = [
      "import { defineBackend } from '@aws-amplify/backend';",
      "import { auth } from './auth/resource';",
      "import { data as appData } from './data/resource.js';",
      "import * as fns from './functions/a/resource';",
      "import { storage } from './storage/resource';",
      '',
      '// storage is not deployed yet',
      'const backend = defineBackend({ auth, data: appData, jobA: fns.jobA });',
      'backend.addOutput({ custom: { storage } });',
    ].join('\n');
    const files = memoryProjectFiles('/p', { ...resourceFiles, 'amplify/backend.ts': backend });
    expect(summary(await indexGen2Resources(files))).toEqual([
      'auth:auth:-:true',
      'data:data:-:true',
      'function:jobA:job-a:true',
      'function:jobB:b:false',
      'storage:storage:media:false',
    ]);
    const [auth] = await indexGen2Resources(files);
    expect(auth.file).toBe('/p/amplify/auth/resource.ts');
  });

  it('marks nothing as in the backend when backend.ts is missing or does not call defineBackend', async () => {
    expect(summary(await indexGen2Resources(memoryProjectFiles('/p', resourceFiles))).every((s) => s.endsWith(':false'))).toBe(true);
    const files = memoryProjectFiles('/p', { ...resourceFiles, 'amplify/backend.ts': "import { auth } from './auth/resource';\n" });
    expect(summary(await indexGen2Resources(files)).every((s) => s.endsWith(':false'))).toBe(true);
  });

  it('does not take a same-named export of another file for the resource', async () => {
    const files = memoryProjectFiles('/p', {
      'amplify/auth/resource.ts': 'export const auth = defineAuth({});\n',
      'amplify/backend.ts': "import { auth } from './legacy/auth';\ndefineBackend({ auth });\n",
    });
    expect(summary(await indexGen2Resources(files))).toEqual(['auth:auth:-:false']);
  });
});
