/**
 * In-process figures: Lens' full analysis and its re-analysis after a one-character edit, beside
 * graphql-language-service's validation of the same schema (the reference). Bundled and run by
 * run-bench.mjs; prints one JSON object.
 */
import { buildASTSchema, parse } from 'graphql';
import { getDiagnostics } from 'graphql-language-service';
import { analyzeSchema, ParseCache } from '../../server/src/graphql/analyze-schema';
import { directivePreamble } from '../../server/src/graphql/amplify-directive-definitions';
import { defaultApiSettings } from '../../server/src/graphql/api-settings';
import { generateSchema } from './generate-schema';
import { percentile, timeRuns } from './timing';

const models = Number(process.argv[2] ?? 500);
const sdl = generateSchema(models);
const settings = defaultApiSettings({ authProviders: new Set(['userPools', 'apiKey']) });
const uri = 'file:///bench/amplify/backend/api/bench/schema.graphql';
const preambleSdl = directivePreamble(settings).loc!.source.body;

/** What a generic GraphQL language server does with a schema file: build the schema, validate the document. */
function referenceValidation(): number {
  const schema = buildASTSchema(parse(`${preambleSdl}\ntype Query { noop: String }\n${sdl}`), { assumeValidSDL: true });
  return getDiagnostics(sdl, schema).length;
}

const lensDiagnostics = analyzeSchema([{ uri, text: sdl }], settings).diagnostics;
if (lensDiagnostics.length > 0) {
  throw new Error(`the generated schema should be valid, got: ${JSON.stringify(lensDiagnostics.slice(0, 3))}`);
}

const reference = timeRuns(15, () => referenceValidation());
const full = timeRuns(15, () => analyzeSchema([{ uri, text: sdl }], settings));

// Re-diagnose: the parse cache holds the file; each run edits one character of a field name.
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
