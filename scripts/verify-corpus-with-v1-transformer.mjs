// Runs Amplify's own GraphQL transformer v1 (the graphql-*-transformer packages the Gen 1 CLI
// loads in getTransformerFactoryV1) over test/corpus/*/gen1-v1: every valid API must compile, every
// invalid one must be refused. Not part of `npm test`: it installs those packages (pinned, last
// releases) into a cache folder outside the repository the first time. Usage:
//   node scripts/verify-corpus-with-v1-transformer.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const PACKAGES = {
  'graphql-transformer-core': '8.2.18',
  'graphql-dynamodb-transformer': '7.2.85',
  'graphql-versioned-transformer': '5.2.85',
  'graphql-function-transformer': '3.3.76',
  'graphql-http-transformer': '5.2.85',
  'graphql-key-transformer': '3.2.85',
  'graphql-connection-transformer': '5.2.85',
  'graphql-predictions-transformer': '3.2.85',
  'graphql-elasticsearch-transformer': '5.2.88',
  'graphql-auth-transformer': '7.2.89',
  '@aws-amplify/graphql-directives': '1.1.1',
};
const AUTH_MODES = { userPools: 'AMAZON_COGNITO_USER_POOLS', apiKey: 'API_KEY', iam: 'AWS_IAM', oidc: 'OPENID_CONNECT' };
const corpus = resolve(import.meta.dirname, '../test/corpus');
const cache = process.env.LENS_V1_TRANSFORMER_DIR ?? join(tmpdir(), 'amplify-lens-v1-transformer');

if (!existsSync(join(cache, 'node_modules/graphql-auth-transformer'))) {
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'package.json'), '{"private":true}');
  const specs = Object.entries(PACKAGES).map(([name, version]) => `${name}@${version}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', cache, ...specs], { stdio: 'inherit' });
}
// graphql-transformer-core imports the CLI's core package for its deploy-time sanity checks only.
const stub = join(cache, 'node_modules/@aws-amplify/amplify-cli-core');
if (!existsSync(join(stub, 'index.js'))) {
  mkdirSync(stub, { recursive: true });
  writeFileSync(join(stub, 'package.json'), '{"name":"@aws-amplify/amplify-cli-core","main":"index.js"}');
  writeFileSync(join(stub, 'index.js'), 'module.exports = { JSONUtilities: { parse: JSON.parse } };');
}
const load = createRequire(join(cache, 'package.json'));
const { GraphQLTransform } = load('graphql-transformer-core');
const transformers = {
  DynamoDBModelTransformer: load('graphql-dynamodb-transformer').DynamoDBModelTransformer,
  VersionedModelTransformer: load('graphql-versioned-transformer').VersionedModelTransformer,
  FunctionTransformer: load('graphql-function-transformer').FunctionTransformer,
  HttpTransformer: load('graphql-http-transformer').HttpTransformer,
  KeyTransformer: load('graphql-key-transformer').KeyTransformer,
  ModelConnectionTransformer: load('graphql-connection-transformer').ModelConnectionTransformer,
  PredictionsTransformer: load('graphql-predictions-transformer').PredictionsTransformer,
  SearchableModelTransformer: load('graphql-elasticsearch-transformer').SearchableModelTransformer,
  ModelAuthTransformer: load('graphql-auth-transformer').ModelAuthTransformer,
};

// The "existing project" flag defaults a v1 project runs with (amplify-cli-core featureFlags.ts).
const FLAGS = { improvePluralization: false, validateTypeNameReservedWords: true, secondaryKeyAsGSI: false, addMissingOwnerFields: false };
const featureFlags = {
  getBoolean: (name, fallback) => FLAGS[name] ?? fallback,
  getNumber: (_name, fallback) => fallback,
  getObject: () => undefined,
};

/** The chain getTransformerFactoryV1 builds, for an API with these auth modes and a storage bucket. */
function transform(schema, providers) {
  const modes = providers.map((provider) => AUTH_MODES[provider]).filter(Boolean);
  const provider = (authenticationType) => ({ authenticationType, openIDConnectConfig: { name: 'oidc', issuerUrl: 'https://example.com' } });
  const list = [
    new transformers.DynamoDBModelTransformer(),
    new transformers.VersionedModelTransformer(),
    new transformers.FunctionTransformer(),
    new transformers.HttpTransformer(),
    new transformers.KeyTransformer(),
    new transformers.ModelConnectionTransformer(),
    new transformers.PredictionsTransformer({ bucketName: 'bucket' }),
  ];
  if (schema.includes('@searchable')) list.push(new transformers.SearchableModelTransformer());
  list.push(
    new transformers.ModelAuthTransformer({
      authConfig: { defaultAuthentication: provider(modes[0]), additionalAuthenticationProviders: modes.slice(1).map(provider) },
    }),
  );
  const quiet = [console.log, console.warn];
  console.log = console.warn = () => {};
  try {
    new GraphQLTransform({ transformers: list, featureFlags, transformConfig: { Version: 5 } }).transform(schema);
    return undefined;
  } catch (error) {
    return String(error.message).replace(/\s+/g, ' ').trim();
  } finally {
    [console.log, console.warn] = quiet;
  }
}

/** One corpus API: a .graphql file, or a folder of them (a Gen 1 `schema/` folder); project settings from a with-project-settings/ folder. */
function apis(dir, providers = Object.keys(AUTH_MODES)) {
  const found = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry === 'with-project-settings') {
        const settings = JSON.parse(readFileSync(join(path, 'project-settings.json'), 'utf8'));
        found.push(...apis(path, settings.authProviders ?? providers));
      } else {
        found.push({
          path,
          schema: graphqlFiles(path)
            .map((file) => readFileSync(file, 'utf8'))
            .join('\n'),
          providers,
        });
      }
    } else if (entry.endsWith('.graphql')) {
      found.push({ path, schema: readFileSync(path, 'utf8'), providers });
    }
  }
  return found;
}

function graphqlFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? graphqlFiles(path) : entry.endsWith('.graphql') ? [path] : [];
    });
}

let failures = 0;
for (const [kind, mustCompile] of [
  ['valid', true],
  ['invalid', false],
]) {
  for (const api of apis(join(corpus, kind, 'gen1-v1'))) {
    const error = transform(api.schema, api.providers);
    const agrees = mustCompile === (error === undefined);
    if (!agrees) failures += 1;
    console.log(`${agrees ? 'ok  ' : 'FAIL'} ${relative(corpus, api.path)}: ${error ? `refused: ${error.slice(0, 160)}` : 'compiles'}`);
  }
}
console.log(failures === 0 ? '\nThe v1 transformer agrees with the corpus.' : `\n${failures} corpus entries disagree with the v1 transformer.`);
process.exitCode = failures === 0 ? 0 : 1;
