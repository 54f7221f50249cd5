/** Resident memory of a process that holds graphql-language-service's validation of the same schema. */
import { buildASTSchema, parse } from 'graphql';
import { getDiagnostics } from 'graphql-language-service';
import { directivePreamble } from '../../server/src/graphql/amplify-directive-definitions';
import { defaultApiSettings } from '../../server/src/graphql/api-settings';
import { generateSchema } from './generate-schema';

const sdl = generateSchema(Number(process.argv[2] ?? 500));
const preambleSdl = directivePreamble(defaultApiSettings()).loc!.source.body;
const schema = buildASTSchema(parse(`${preambleSdl}\ntype Query { noop: String }\n${sdl}`), { assumeValidSDL: true });
const diagnostics = getDiagnostics(sdl, schema);
console.log(JSON.stringify({ rssMb: Math.round(process.memoryUsage().rss / 1e5) / 10, diagnostics: diagnostics.length }));
