// The folder-level import graph of the project's sources, and its cycles. A file belongs to its
// folder; an import between two files whose folders differ below their closest common folder is an
// edge between two sibling folders (each standing for everything beneath it). A file in a folder
// may import from that folder's subfolders and they from it (a folder's own files are its face),
// so only siblings are compared. Tests and test support are not part of the layers and are left
// out: a test may reach anything it tests.
//
// Run directly, it lists the cycles: `node scripts/eslint/folder-graph.mjs` (exit 1 when any).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The source roots whose folders must not import each other in a circle. */
export const SOURCE_ROOTS = ['client/src', 'server/src', 'model/src', 'webviews'];

const SOURCE_FILE = /\.(ts|mts|tsx)$/;
const NOT_A_LAYER = /(\.test\.ts$|(^|\/)test-support\/)/;

function sourceFiles(folder) {
  const files = [];
  for (const name of readdirSync(folder)) {
    if (name === 'node_modules' || name === 'out') continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (SOURCE_FILE.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** The file a relative specifier names, as esbuild and TypeScript resolve it (extensionless, or a folder's index). */
function resolveSpecifier(from, specifier, exists) {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.mts`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')]) {
    if (exists(candidate)) return candidate;
  }
  return undefined;
}

/** The relative specifiers a file imports, exports from or loads with `import()`. */
export function relativeImports(text) {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((file) => file.fileName)
    .filter((name) => name.startsWith('./') || name.startsWith('../'));
}

/**
 * The sibling folders an import crosses between: `{ parent, from, to }` with `from` and `to` the
 * two children of `parent` (paths relative to `root`, '' for the root itself), or undefined when the
 * import stays in one folder or goes between a folder and one of its own subfolders.
 */
export function siblingEdge(root, fromFile, toFile) {
  const a = relative(root, dirname(fromFile)).split(sep).filter(Boolean);
  const b = relative(root, dirname(toFile)).split(sep).filter(Boolean);
  if (b[0] === '..') return undefined;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  if (common === a.length || common === b.length) return undefined;
  const parent = a.slice(0, common).join('/');
  const prefix = parent ? `${parent}/` : '';
  return { parent, from: `${prefix}${a[common]}`, to: `${prefix}${b[common]}` };
}

/**
 * Every sibling-folder edge under `root` (absolute), with the imports that make it:
 * Map<'from -> to', { parent, from, to, imports: [{ file, specifier }] }>.
 */
export function folderEdges(root) {
  const files = sourceFiles(root).filter((file) => !NOT_A_LAYER.test(relative(root, file).split(sep).join('/')));
  const known = new Set(sourceFiles(root));
  const edges = new Map();
  for (const file of files) {
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const target = resolveSpecifier(file, specifier, (path) => known.has(path));
      if (!target || NOT_A_LAYER.test(target)) continue;
      const edge = siblingEdge(root, file, target);
      if (!edge) continue;
      const key = `${edge.from} -> ${edge.to}`;
      if (!edges.has(key)) edges.set(key, { ...edge, imports: [] });
      edges.get(key).imports.push({ file: relative(root, file).split(sep).join('/'), specifier });
    }
  }
  return edges;
}

/** The strongly connected groups of two or more folders (Tarjan), each sorted, in a stable order. */
export function folderCycles(edges) {
  const next = new Map();
  for (const { from, to } of edges.values()) {
    if (!next.has(from)) next.set(from, []);
    next.get(from).push(to);
  }
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node), low.get(target)));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node), index.get(target)));
    }
    if (low.get(node) === index.get(node)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return groups.sort((x, y) => x[0].localeCompare(y[0]));
}

/** The cycles of every source root of the repository at `repoRoot`, each with the imports that close it. */
export function repositoryCycles(repoRoot) {
  const found = [];
  for (const sourceRoot of SOURCE_ROOTS) {
    const edges = folderEdges(join(repoRoot, sourceRoot));
    for (const group of folderCycles(edges)) {
      const members = new Set(group);
      const imports = [...edges.values()].filter((edge) => members.has(edge.from) && members.has(edge.to));
      found.push({ root: sourceRoot, folders: group, edges: imports });
    }
  }
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const cycles = repositoryCycles(repoRoot);
  for (const cycle of cycles) {
    console.log(`${cycle.root}: ${cycle.folders.join(' ⇄ ')}`);
    for (const edge of cycle.edges) {
      for (const { file, specifier } of edge.imports) console.log(`  ${edge.from} -> ${edge.to}: ${file} imports '${specifier}'`);
    }
  }
  console.log(
    cycles.length === 0 ? `No folder imports another that imports it back (${SOURCE_ROOTS.join(', ')}).` : `${cycles.length} folder cycle(s).`,
  );
  process.exit(cycles.length === 0 ? 0 : 1);
}
