import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found upwards from this file (tests run from source, benchmarks from a bundle). */
export function repoRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'amplify-lens') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no amplify-lens repository above ${start}`);
    dir = parent;
  }
}
