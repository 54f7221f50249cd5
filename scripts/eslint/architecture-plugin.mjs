// Lens's own lint rules for its architecture (see ARCHITECTURE.md, "Code map"): which package
// area may import which, the client's folder layers, and no import cycle between folders. They
// read import specifiers only, so they need no type information and run in a few seconds.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderCycles, folderEdges, siblingEdge, SOURCE_ROOTS } from './folder-graph.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const repoPath = (file) => relative(REPO_ROOT, file).split(sep).join('/');
const isTestFile = (path) => /\.test\.ts$/.test(path) || /(^|\/)test-support\//.test(path);

function resolveRelative(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, `${base}.mts`, base, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base; // unresolved: judged by where it points
}

/** Calls `check(node, specifier)` for every import, re-export and `import()` with a string source. */
function eachImport(check) {
  const source = (node) =>
    node.source && node.source.type === 'Literal' && typeof node.source.value === 'string' && check(node.source, node.source.value);
  return { ImportDeclaration: source, ExportNamedDeclaration: source, ExportAllDeclaration: source, ImportExpression: source };
}

/**
 * The area of the repository a file belongs to: the longest matching prefix of `areas`. Areas are
 * repository paths such as `server/src` or `client/test-support`.
 */
function areaOf(path, areas) {
  return areas.filter((area) => path === area || path.startsWith(`${area}/`)).sort((a, b) => b.length - a.length)[0];
}

const packageBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'A relative import may only land in the areas the importing area may use.' },
    schema: [{ type: 'object', properties: { sources: { type: 'object' }, tests: { type: 'object' } }, additionalProperties: false }],
    messages: {
      outside: "{{from}} may not import from {{to}} ('{{specifier}}'). {{from}} may import {{allowed}}.{{hint}}",
    },
  },
  create(context) {
    const { sources = {}, tests = {} } = context.options[0] ?? {};
    const file = context.filename;
    const path = repoPath(file);
    const areas = [
      ...new Set([...Object.keys(sources), ...Object.values(sources).flat(), ...Object.values(tests).flat(), ...Object.keys(tests)]),
    ];
    const from = areaOf(path, Object.keys(sources));
    if (!from) return {};
    const allowed = new Set([from, ...sources[from], ...(isTestFile(path) ? (tests[from] ?? []) : [])]);
    return eachImport((node, specifier) => {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) return;
      const target = repoPath(resolveRelative(file, specifier));
      const to = areaOf(target, areas) ?? target.split('/')[0];
      if (allowed.has(to)) return;
      const hint = (tests[from] ?? []).includes(to) ? ' Only tests and test support may.' : '';
      context.report({ node, messageId: 'outside', data: { from, to, specifier, allowed: [...allowed].join(', '), hint } });
    });
  },
};

const folderLayers = {
  meta: {
    type: 'problem',
    docs: { description: "A source root's top folders import only the folders beneath them in its layer table." },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, layers: { type: 'object' } },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward:
        "{{root}}/{{from}} may not import {{root}}/{{to}} ('{{specifier}}'): {{from}} sits below it. {{from}} may import {{allowed}}; move what both need down, or pass it in.",
      unknown:
        "{{root}}/{{folder}} is not in the layer table (eslint.config.mjs): add it with the folders it may import, and to ARCHITECTURE.md's code map.",
    },
  },
  create(context) {
    const { root, layers } = context.options[0];
    const rootPath = join(REPO_ROOT, root);
    const path = repoPath(context.filename);
    if (isTestFile(path) || !path.startsWith(`${root}/`)) return {};
    return eachImport((node, specifier) => {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) return;
      const target = resolveRelative(context.filename, specifier);
      const edge = siblingEdge(rootPath, context.filename, target);
      if (!edge || edge.parent !== '') return;
      for (const folder of [edge.from, edge.to]) {
        if (!(folder in layers)) return context.report({ node, messageId: 'unknown', data: { root, folder } });
      }
      if (layers[edge.from].includes(edge.to)) return;
      const allowed = layers[edge.from].length ? layers[edge.from].join(', ') : 'no other folder';
      context.report({ node, messageId: 'upward', data: { root, from: edge.from, to: edge.to, specifier, allowed } });
    });
  },
};

const cyclesByRoot = new Map();
function cyclesOf(root) {
  if (!cyclesByRoot.has(root)) {
    const edges = folderEdges(join(REPO_ROOT, root));
    const member = new Map();
    for (const group of folderCycles(edges)) for (const folder of group) member.set(folder, group);
    cyclesByRoot.set(root, member);
  }
  return cyclesByRoot.get(root);
}

const noFolderCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'No two folders import each other, directly or through others (node scripts/eslint/folder-graph.mjs lists them).' },
    schema: [],
    messages: {
      cycle:
        "{{root}}: {{from}} imports {{to}} here ('{{specifier}}'), and {{to}} leads back to {{from}} ({{group}}). Move what both need below both.",
    },
  },
  create(context) {
    const path = repoPath(context.filename);
    const root = SOURCE_ROOTS.find((candidate) => path.startsWith(`${candidate}/`));
    if (!root || isTestFile(path)) return {};
    const rootPath = join(REPO_ROOT, root);
    return eachImport((node, specifier) => {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) return;
      const edge = siblingEdge(rootPath, context.filename, resolveRelative(context.filename, specifier));
      if (!edge) return;
      const group = cyclesOf(root).get(edge.from);
      if (!group || !group.includes(edge.to)) return;
      context.report({ node, messageId: 'cycle', data: { root, from: edge.from, to: edge.to, specifier, group: group.join(' ⇄ ') } });
    });
  },
};

export default {
  meta: { name: 'lens-architecture' },
  rules: { 'package-boundaries': packageBoundaries, 'folder-layers': folderLayers, 'no-folder-cycles': noFolderCycles },
};
