/**
 * The transformer v1 path in process: Lens' full analysis of a 10,000-line v1 schema (@key,
 * @connection, v1 @auth) and its re-analysis after a one-character edit, beside the reference of
 * bench-analysis.ts — graphql-language-service validating the same schema against the same
 * directive definitions. Bundled and run by run-bench.mjs; prints one JSON object.
 */
import { buildASTSchema, parse } from 'graphql';
import { getDiagnostics } from 'graphql-language-service';
import { analyzeSchema, ParseCache } from '../../server/src/graphql/analyze-schema';
import { directivePreamble } from '../../server/src/graphql/amplify-directive-definitions';
import { defaultApiSettings } from '../../server/src/graphql/api-settings';
import { generateV1Schema } from './generate-v1-schema';
import { percentile, timeRuns } from './timing';

const models = Number(process.argv[2] ?? 500);
const sdl = generateV1Schema(models);
// A project the CLI runs on v1: the existing-project flag defaults, auth modes from backend-config.json.
const settings = defaultApiSettings({
  generation: 1,
  transformerVersion: 1,
  featureFlags: { improvepluralization: false, secondarykeyasgsi: false, validatetypenamereservedwords: true, transformerversion: 1 },
  authProviders: new Set(['userPools', 'apiKey']),
});
const uri = 'file:///bench/amplify/backend/api/bench/schema.graphql';
const preambleSdl = directivePreamble(settings).loc!.source.body;

function referenceValidation(): number {
  const schema = buildASTSchema(parse(`${preambleSdl}\ntype Query { noop: String }\n${sdl}`), { assumeValidSDL: true });
  return getDiagnostics(sdl, schema).length;
}

const findings = analyzeSchema([{ uri, text: sdl }], settings).diagnostics.filter((d) => d.severity !== 'hint');
if (findings.length > 0) throw new Error(`the generated v1 schema should be valid, got: ${JSON.stringify(findings.slice(0, 3))}`);

const reference = timeRuns(15, () => referenceValidation());
const full = timeRuns(15, () => analyzeSchema([{ uri, text: sdl }], settings));

const cache = new ParseCache();
analyzeSchema([{ uri, text: sdl }], settings, cache);
const middle = sdl.indexOf('title: String!', Math.floor(sdl.length / 2));
let toggle = false;
const edit = timeRuns(50, () => {
  toggle = !toggle;
  const text = `${sdl.slice(0, middle)}${toggle ? 'titlf' : 'title'}${sdl.slice(middle + 5)}`;
  analyzeSchema([{ uri, text }], settings, cache);
});

console.log(
  JSON.stringify({
    models,
    lines: sdl.split('\n').length,
    referenceMs: { p50: percentile(reference, 50), p95: percentile(reference, 95) },
    fullMs: { p50: percentile(full, 50), p95: percentile(full, 95) },
    editMs: { p50: percentile(edit, 50), p95: percentile(edit, 95) },
  }),
);
