/**
 * The syntax layer beneath completion, hover, navigation and formatting, measured on the bench's
 * schema against graphql-language-service's online parser (what graphiql's completion and hover
 * stand on): the cursor context at a position, and cutting the file into its definitions. Bundled
 * and run by run-bench.mjs; prints one JSON object.
 */
import { CharacterStream, getTokenAtPosition, onlineParser } from 'graphql-language-service';
import { splitIntoDefinitionChunks } from '../../server/src/graphql/syntax/definition-chunks';
import { scanDefinition } from '../../server/src/graphql/syntax/cursor-scan';
import { definitionAt, outlineSchema } from '../../server/src/graphql/syntax/schema-outline';
import { LineIndex } from '../../server/src/graphql/line-index';
import { generateSchema } from './generate-schema';
import { percentile, timeRuns } from './timing';

const models = Number(process.argv[2] ?? 500);
const sdl = generateSchema(models);
const lines = new LineIndex(sdl);
// A cursor inside an @auth rule of the last model: the online parser reads the whole file to reach it.
const cursor = sdl.lastIndexOf('allow:') + 'allow: '.length;
const position = lines.positionAt(cursor);
const glsPosition = { line: position.line, character: position.character, setLine() {}, setCharacter() {}, lessThanOrEqualTo: () => true };

/** Lens: the file's outline (reused but for the edited piece, as after a keystroke), its definition at the cursor, the replay to the cursor. */
let toggle = false;
let outline = outlineSchema(sdl);
function lensContext(): number {
  toggle = !toggle;
  const middle = sdl.indexOf('title: String!', Math.floor(sdl.length / 2));
  const text = `${sdl.slice(0, middle)}${toggle ? 'titlf' : 'title'}${sdl.slice(middle + 5)}`;
  outline = outlineSchema(text, outline);
  const definition = definitionAt(outline, cursor)!;
  const limit = definition.tokens.findIndex((token) => token.start + definition.offset >= cursor);
  return scanDefinition(definition, limit === -1 ? definition.endToken : limit).stack.length;
}

function glsContext(): number {
  return getTokenAtPosition(sdl, glsPosition as never).state.level ?? 0;
}

/** Cutting the file into definitions: Lens' split for parsing and its outline (tokens and definitions) from nothing. */
function lensSplit(): number {
  return splitIntoDefinitionChunks(sdl).length + outlineSchema(sdl).definitions.length;
}

/** The online parser over the whole file, line by line as runOnlineParser drives it, noting where each top-level definition starts. */
function glsSplit(): number {
  const parser = onlineParser();
  let state = parser.startState();
  let starts = 0;
  for (const line of sdl.split('\n')) {
    const stream = new CharacterStream(line);
    while (!stream.eol()) {
      const before = state.level;
      parser.token(stream, state);
      if (before === 0 && state.level === 1) starts++;
    }
    if (!state.kind) state = parser.startState();
  }
  return starts;
}

/**
 * Where the online parser keeps the context completion needs, on cursor positions taken from the
 * completion tests (complete-schema.test.ts): the innermost state must name what the test's
 * completion reads. Lens' own replay answers all of them (the tests pass).
 */
const PROBES: Array<{ text: string; expect: string }> = [
  { text: 'type Post @model @auth(rules: [{ allow: owner, ‸ }]) {\n  id: ID!\n}', expect: 'ObjectValue' },
  { text: 'type Post @model @auth(rules: [{ allow: ‸ }]) {\n  id: ID!\n}', expect: 'ObjectField(allow)' },
  { text: 'type Post @model @auth(rules: [{ allow: owner, operations: [create, ‸] }]) {\n  id: ID!\n}', expect: 'ObjectField(operations)' },
  { text: 'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["‸"])\n}', expect: 'Argument(references)' },
  { text: 'type Post @model {\n  id: ID!\n  comments: [Comment] @‸\n}', expect: 'FieldDef(comments)' },
  { text: 'type Post @model {\n  id: ID!\n  status: ‸\n}', expect: 'FieldDef(status)' },
  { text: 'type Post @model {\n  id: ID! @primaryKey(sortKeyFields: ["a"]) @index(name: "x", ‸', expect: 'Directive(index)' },
  { text: '"""\ndoc with type Foo\n"""\ntype Post @model { id: ID! @default(value: "‸") }', expect: 'Argument(value)' },
];

function onlineParserKeepsContext(probe: { text: string; expect: string }): boolean {
  const offset = probe.text.indexOf('‸');
  const text = probe.text.replace('‸', '');
  const at = new LineIndex(text).positionAt(offset);
  const state = getTokenAtPosition(text, { ...glsPosition, line: at.line, character: at.character } as never).state;
  const chain: string[] = [];
  for (let s: typeof state | null | undefined = state; s; s = s.prevState) chain.push(`${s.kind}${s.name ? `(${s.name})` : ''}`);
  return chain.includes(probe.expect);
}

const runs = 15;
const lensContextMs = timeRuns(runs, lensContext);
const glsContextMs = timeRuns(runs, glsContext);
const lensSplitMs = timeRuns(runs, lensSplit);
const glsSplitMs = timeRuns(runs, glsSplit);
const p = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
console.log(
  JSON.stringify({
    models,
    lines: sdl.split('\n').length,
    contextMs: { lens: p(lensContextMs), gls: p(glsContextMs) },
    splitMs: { lens: p(lensSplitMs), gls: p(glsSplitMs) },
    onlineParserContextKept: `${PROBES.filter(onlineParserKeepsContext).length}/${PROBES.length}`,
  }),
);
