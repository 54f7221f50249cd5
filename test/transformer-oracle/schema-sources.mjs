/**
 * The APIs the oracle runs: Lens's schema corpus (laid out as test/corpus/README.md says) and
 * whole projects (test/corpus/projects, or any folder of real projects), each with the
 * transformer line the Amplify CLI would use for it and the auth modes it has.
 *
 * The transformer line is decided here as the Amplify CLI decides it, independently of Lens:
 * a Gen 2 project (amplify/backend.ts) uses the current line; a Gen 1 project uses v2 only when
 * `features.graphqltransformer.useexperimentalpipelinedtransformer` is true in amplify/cli.json
 * (amplify-cli-core featureFlags.ts: false for an existing project when unset; the API plugin's
 * transformer-version.ts), else v1.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every auth mode, for APIs whose project settings are unknown: no mode is ever missing. */
export const ALL_MODES = ['API_KEY', 'AMAZON_COGNITO_USER_POOLS', 'AWS_IAM', 'OPENID_CONNECT', 'AWS_LAMBDA'];
const PROVIDER_MODES = {
  apiKey: 'API_KEY',
  userPools: 'AMAZON_COGNITO_USER_POOLS',
  iam: 'AWS_IAM',
  oidc: 'OPENID_CONNECT',
  function: 'AWS_LAMBDA',
};
const LINE_OF_FOLDER = { 'gen1-v1': 'v1', 'gen1-v2': 'v2-gen1', gen2: 'gen2' };

/**
 * The hash a verdict is kept under: SHA-256 over the API's files in path order, each text
 * followed by a NUL line (test/corpus/transformer-verdicts.test.ts reads verdicts by it).
 */
export function schemaHash(texts) {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(`${text}\n\u0000\n`);
  return hash.digest('hex');
}

function sortedEntries(dir) {
  return readdirSync(dir)
    .filter((entry) => !entry.startsWith('.') && entry !== 'node_modules')
    .sort();
}

function graphqlFilesUnder(dir) {
  return sortedEntries(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return graphqlFilesUnder(path);
    return entry.endsWith('.graphql') ? [path] : [];
  });
}

/** Code-unit order of the paths within the API, so every runtime sorts alike. */
function byPath(base) {
  return (a, b) => {
    const [x, y] = [relative(base, a).split('\\').join('/'), relative(base, b).split('\\').join('/')];
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/**
 * One API: its files in path order with their texts and the hash of them, the auth modes, and
 * what else the project says about it (`settings`): whether S3 storage exists (@predictions),
 * the custom SQL statements' names, and the database behind a schema file (Gen 2 `a.sql`).
 */
function api(name, line, files, modes, base, settings = {}) {
  const ordered = [...files].sort(byPath(base));
  const texts = ordered.map((file) => readFileSync(file, 'utf8'));
  const dataSources = {};
  for (const file of ordered) {
    const kind =
      settings.dataSources?.[
        relative(settings.dir ?? base, file)
          .split('\\')
          .join('/')
      ];
    if (kind) dataSources[file] = kind;
  }
  return {
    name,
    line,
    files: ordered,
    texts,
    hash: schemaHash(texts),
    modes,
    storageConfigured: settings.storageConfigured,
    sqlStatementNames: settings.sqlStatementNames,
    dataSources,
  };
}

/** The corpus of loose schemas: `<root>/{valid,invalid}/<gen1-v1|gen1-v2|gen2>/…`. */
export function corpusApis(corpusDir) {
  const apis = [];
  for (const kind of ['valid', 'invalid']) {
    const kindDir = join(corpusDir, kind);
    if (!existsSync(kindDir)) continue;
    for (const folder of sortedEntries(kindDir)) {
      const line = LINE_OF_FOLDER[folder];
      if (!line) throw new Error(`Unknown corpus folder ${kind}/${folder}`);
      collect(join(kindDir, folder), line, ALL_MODES, {});
    }
  }
  function collect(dir, line, modes, settings) {
    for (const entry of sortedEntries(dir)) {
      const path = join(dir, entry);
      const name = relative(corpusDir, path).split('\\').join('/');
      if (statSync(path).isDirectory()) {
        if (entry === 'with-project-settings') {
          const file = JSON.parse(readFileSync(join(path, 'project-settings.json'), 'utf8'));
          collect(path, line, file.authProviders ? file.authProviders.map((p) => PROVIDER_MODES[p]) : modes, { ...file, dir: path });
        } else apis.push(api(name, line, graphqlFilesUnder(path), modes, path, settings));
      } else if (entry.endsWith('.graphql')) apis.push(api(name, line, [path], modes, dir, settings));
    }
  }
  return apis;
}

/** Amplify project roots below `dir` (folders holding amplify/backend or amplify/backend.ts). */
function projectRoots(dir, depth = 0) {
  if (depth > 5) return [];
  if (existsSync(join(dir, 'amplify', 'backend')) || existsSync(join(dir, 'amplify', 'backend.ts'))) return [dir];
  return sortedEntries(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? projectRoots(path, depth + 1) : [];
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Gen 1 transformer line, as the CLI decides it (see the file comment). */
function gen1Line(root) {
  const cli = readJson(join(root, 'amplify', 'cli.json'));
  const section = Object.entries(cli?.features ?? {}).find(([name]) => name.toLowerCase() === 'graphqltransformer')?.[1] ?? {};
  const pipelined = Object.entries(section).find(([name]) => name.toLowerCase() === 'useexperimentalpipelinedtransformer')?.[1];
  return pipelined === true ? 'v2-gen1' : 'v1';
}

/** The auth modes of a Gen 1 API, from backend-config.json (what both transformer lines read). */
function gen1Modes(root, apiName) {
  const authConfig = readJson(join(root, 'amplify', 'backend', 'backend-config.json'))?.api?.[apiName]?.output?.authConfig;
  if (!authConfig?.defaultAuthentication?.authenticationType) return ['API_KEY'];
  return [authConfig.defaultAuthentication, ...(authConfig.additionalAuthenticationProviders ?? [])].map((mode) => mode.authenticationType);
}

/**
 * The APIs of whole projects: Gen 1 `amplify/backend/api/<name>/` (schema.graphql, else the
 * schema/ folder); Gen 2 `.graphql` files under amplify/data only when resource.ts names them
 * (a TypeScript schema is Gen 2 tooling's to check).
 */
export function projectApis(folder, namePrefix) {
  const apis = [];
  for (const root of projectRoots(folder)) {
    const label = (path) => `${namePrefix}${relative(folder, path).split('\\').join('/')}`;
    const apiDir = join(root, 'amplify', 'backend', 'api');
    if (existsSync(apiDir) && !existsSync(join(root, 'amplify', 'backend.ts'))) {
      for (const name of sortedEntries(apiDir)) {
        const dir = join(apiDir, name);
        if (!statSync(dir).isDirectory()) continue;
        // graphql-transformer-core transformConfig.ts readSchema: schema.graphql and/or schema.sql.graphql, else schema/
        const top = ['schema.graphql', 'schema.sql.graphql'].map((file) => join(dir, file)).filter((file) => existsSync(file));
        const files = top.length > 0 ? top : existsSync(join(dir, 'schema')) ? graphqlFilesUnder(join(dir, 'schema')) : [];
        const statements = existsSync(join(dir, 'sql-statements'))
          ? sortedEntries(join(dir, 'sql-statements'))
              .filter((f) => f.endsWith('.sql'))
              .map((f) => f.slice(0, -4))
          : [];
        const backendConfig = readJson(join(root, 'amplify', 'backend', 'backend-config.json'));
        const storageConfigured = Object.values(backendConfig?.storage ?? {}).some((resource) => resource?.service === 'S3');
        if (files.length > 0)
          apis.push(api(label(dir), gen1Line(root), files, gen1Modes(root, name), dir, { storageConfigured, sqlStatementNames: statements }));
      }
    }
    const dataDir = join(root, 'amplify', 'data');
    const resource = existsSync(join(dataDir, 'resource.ts')) ? readFileSync(join(dataDir, 'resource.ts'), 'utf8') : '';
    if (existsSync(join(root, 'amplify', 'backend.ts')) && existsSync(dataDir)) {
      const read = graphqlFilesUnder(dataDir).filter((file) => resource.includes(relative(dataDir, file).split('\\').join('/')));
      if (read.length > 0) apis.push(api(label(dataDir), 'gen2', read, ALL_MODES, dataDir));
    }
  }
  return apis;
}
