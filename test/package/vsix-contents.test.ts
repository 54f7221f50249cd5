// The .vsix as the galleries see it: `npm run package` (vsce without bypass flags, then ovsx's
// offline checks) in a copy of the repository, so the production build it runs never touches the
// bundles other tests are using. Then the package is unzipped and checked for what the Visual
// Studio Marketplace and Open VSX need: icon, README with pictures that load from the repository,
// changelog, license; and for what must not ship: node_modules, source maps, sources.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/repo-root';
import { readZipEntries } from '../support/zip-entries';

const ROOT = repoRoot();
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** What packaging reads: the manifest, what ships, and what builds the bundles. */
const PACKAGING_INPUTS = [
  'package.json',
  '.vscodeignore',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'language-configuration.json',
  'tsconfig.json',
  'images',
  'scripts',
  'client',
  'server',
  'webviews',
  'syntaxes',
  'schemas',
  'walkthroughs',
];
const SKIPPED = /(^|\/)(node_modules|out)(\/|$)/;

let work: string;
let vsix: string;
let entries: Map<string, Buffer>;
let packageOutput: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lens-vsix-'));
  const copy = join(work, 'repo');
  for (const input of PACKAGING_INPUTS) {
    cpSync(join(ROOT, input), join(copy, input), { recursive: true, filter: (source) => !SKIPPED.test(source.slice(ROOT.length + 1)) });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  vsix = join(work, 'amplify-lens.vsix');
  // vsce runs `npm run vscode:prepublish`: the PATH's node must be this one.
  const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` };
  packageOutput = execFileSync(process.execPath, ['scripts/package-extension.mjs', '--out', vsix], {
    cwd: copy,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  entries = readZipEntries(vsix);
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const text = (name: string) => {
  const entry = entries.get(name);
  if (!entry) throw new Error(`${name} is not in the package: ${[...entries.keys()].join(', ')}`);
  return entry.toString('utf8');
};

/** The base every README link is made absolute from: the manifest's `repository`, the one place it is written. */
const repositoryUrl = String(manifest.repository.url).replace(/\.git$/, '');

describe('the packaged extension (.vsix)', () => {
  it('stays under 1 MB and says its size', () => {
    expect(statSync(vsix).size).toBeLessThan(1024 * 1024);
    expect(packageOutput).toMatch(/amplify-lens\.vsix: \d+ KiB/);
  });

  it('has the 128×128 PNG icon the galleries show, named in its manifest', () => {
    const icon = entries.get(`extension/${manifest.icon}`);
    expect(icon, manifest.icon).toBeDefined();
    expect(icon!.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height, big-endian, right after the chunk header.
    expect([icon!.readUInt32BE(16), icon!.readUInt32BE(20)]).toEqual([128, 128]);
    expect(text('extension.vsixmanifest')).toContain(`<Icon>extension/${manifest.icon}</Icon>`);
  });

  it('has the gallery fields: repository, bugs, homepage, banner, preview', () => {
    const vsixManifest = text('extension.vsixmanifest');
    expect(repositoryUrl).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(manifest.bugs.url).toBe(`${repositoryUrl}/issues`);
    expect(manifest.homepage).toBe(`${repositoryUrl}#readme`);
    expect(vsixManifest).toContain(`Links.Support" Value="${repositoryUrl}/issues"`);
    expect(vsixManifest).toContain(`Branding.Color" Value="${manifest.galleryBanner.color}"`);
    expect(vsixManifest).toContain('<GalleryFlags>Public Preview</GalleryFlags>');
    expect(manifest.scripts['vscode:prepublish']).toContain('--production');
  });

  it('ships a README whose pictures load from the repository, and links that leave the package', () => {
    const readme = text('extension/readme.md');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)|<img[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(images.length).toBeGreaterThan(0);
    for (const url of images) {
      const prefix = `${repositoryUrl}/raw/HEAD/`;
      expect(url.startsWith(prefix), url).toBe(true);
      // The picture is in the repository at that path, so the URL serves it once the repository is pushed.
      expect(existsSync(join(ROOT, url.slice(prefix.length))), url).toBe(true);
      expect(url).not.toMatch(/\.svg$/i); // the galleries refuse SVG pictures in a README
    }
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    for (const link of links) expect(link, link).toMatch(/^(https:\/\/|#)/);
  });

  it('ships the changelog and the license', () => {
    expect(text('extension/changelog.md')).toContain(`## ${manifest.version}`);
    expect(text('extension/LICENSE.txt')).toContain('Apache License');
    expect(text('extension.vsixmanifest')).toContain('<License>extension/LICENSE.txt</License>');
  });

  it('ships bundles only: no node_modules, no source maps, no TypeScript sources', () => {
    const names = [...entries.keys()];
    expect(names.filter((name) => name.includes('node_modules/'))).toEqual([]);
    expect(names.filter((name) => name.endsWith('.map'))).toEqual([]);
    expect(names.filter((name) => name.endsWith('.ts'))).toEqual([]);
    for (const name of names.filter((candidate) => candidate.endsWith('.js'))) {
      expect(text(name), name).not.toMatch(/sourceMappingURL=/);
    }
    expect(names).toContain('extension/client/out/extension.js');
    expect(names).toContain('extension/server/out/server.js');
  });
});
