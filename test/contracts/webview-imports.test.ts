import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/repo-root';

/** What a panel may import: its own folder's code, and the browser-safe parts of the shared package. */
const SHARED = new Set(['amplify-lens-model/panels', 'amplify-lens-model/presentation', 'amplify-lens-model/secrets']);

describe("the panels' code (webviews/)", () => {
  it('imports only itself and the browser-safe parts of the shared package, never client/ or server/', () => {
    const webviews = join(repoRoot(), 'webviews');
    const outside: string[] = [];
    for (const entry of readdirSync(webviews, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.parentPath.includes('node_modules')) continue;
      const file = join(entry.parentPath, entry.name);
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)) {
        const specifier = match[1] ?? match[2] ?? match[3];
        const inside = specifier.startsWith('.') && !relative(webviews, resolve(dirname(file), specifier)).startsWith('..');
        if (!inside && !SHARED.has(specifier)) outside.push(`${relative(webviews, file)}: ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
