import type { SchemaSymbolQuery } from 'amplify-lens-model/contracts';
import { stripAnsi } from './cli-output-parsers';

/** A transformer error without `GraphQL request:L:C`, and the types and fields its message names. */
export interface NamedSchemaError {
  /** One line, for Problems. */
  message: string;
  /** What the message names, the most telling first: the first one the schema declares is where it lands. */
  candidates: SchemaSymbolQuery[];
}

/**
 * The error classes the transformers throw at a schema they reject (amplify-graphql-transformer-core
 * `errors/index.ts`; v1's graphql-transformer-core the same names), and the builder's plain `Error`
 * (`@aws-amplify/data-schema` throws one for a relationship without its counterpart).
 */
const SCHEMA_ERROR_NAMES = new Set([
  'InvalidDirectiveError',
  'TransformerContractError',
  'InvalidTransformerError',
  'InvalidSchemaError',
  'SchemaValidationError',
  'InvalidMigrationError',
  'InvalidGSIMigrationError',
  'UnknownDirectiveError',
  'Error',
]);

/**
 * Where the CLIs print such an error:
 * - Gen 1 `amplify push`: the CLI's exception handler prints the message after 🛑
 *   (amplify-cli `amplify-exception-handler.ts`; the API category turns the transformer's errors
 *   into AmplifyErrors of the same name, `amplify-error-converter.ts`), details on the next lines;
 * - older CLIs and a bare Node stack: `InvalidDirectiveError: message`;
 * - ampx: `[AmplifyDataConstructInitializationError] Failed to instantiate data construct` and,
 *   indented, `∟ Caused by: [InvalidDirectiveError] message` (amplify-backend cli-core `format.ts`).
 */
const GEN1_ERROR = /^\s*🛑\s*(.+)$/;
const NODE_ERROR = /^\s*(\w+): (.+)$/;
const AMPX_ERROR = /^\s*(?:∟ Caused by: )?\[(\w+)\] (.+)$/;
const MAX_MESSAGE_CHARS = 2_000;
const BLOCK_END = /^\s*(?:$|Resolution:|Learn more at:|Session Identifier:|GraphQL request:|at |∟ |\[\w+\] |🛑)/;

export function parseNamedSchemaErrors(output: string): NamedSchemaError[] {
  const lines = stripAnsi(output).split(/\r?\n/);
  const found: NamedSchemaError[] = [];
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    const text = errorText(line);
    if (text === undefined) return;
    // An error graphql-js located is placed by its `GraphQL request:L:C` already.
    if (lines.slice(index + 1, index + 5).some((next) => /^\s*GraphQL request:\d+:\d+/.test(next))) return;
    const details: string[] = [];
    for (const next of lines.slice(index + 1, index + 8)) {
      if (BLOCK_END.test(next)) break;
      details.push(next.trim());
    }
    // A transformer message is a sentence or two; a longer line is not one, and is read no further.
    const message = [text, ...details].join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_MESSAGE_CHARS);
    const candidates = namedSymbols(message);
    if (candidates.length === 0 || seen.has(message)) return;
    seen.add(message);
    found.push({ message, candidates });
  });
  return found;
}

/**
 * 🛑 also opens errors that are not the schema's (`Resource is not in the state
 * stackUpdateComplete`): only a message in the schema's vocabulary is read for names.
 */
const SCHEMA_WORDS =
  /@\w+|\b(?:types?|fields?|models?|index|indexes|key|sort key|connection|relationship|relation|schema|directive|references)\b/i;

function errorText(line: string): string | undefined {
  const ampx = AMPX_ERROR.exec(line);
  if (ampx) return SCHEMA_ERROR_NAMES.has(ampx[1]!) ? ampx[2] : undefined;
  const gen1 = GEN1_ERROR.exec(line);
  if (gen1) return SCHEMA_WORDS.test(gen1[1]!) ? gen1[1] : undefined;
  const node = NODE_ERROR.exec(line);
  return node && node[1] !== 'Error' && SCHEMA_ERROR_NAMES.has(node[1]!) ? node[2] : undefined;
}

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const TYPE = '[_A-Z][_0-9A-Za-z]*';
const QUOTED = (pattern: string) => `["'\`](${pattern})["'\`]`;
/** Words that follow "type"/"model"/"in" in these messages without being a name. */
const NOT_NAMES = new Set(['The', 'This', 'Use', 'Either', 'Expecting', 'DataStore', 'SQL', 'ACM', 'API', 'GraphQL', 'DynamoDB']);
/** Words after "directive on" that are not a field's name. */
const SENTENCE_WORDS = new Set(['type', 'types', 'field', 'fields', 'model', 'the', 'a', 'an', 'object', 'interface']);
/** `schema.graphql`, `cli.json`: dotted words that are files, not `Type.field`. */
const FILE_EXTENSIONS = /^(?:graphql|json|ts|js|mjs|cjs|tsx|jsx|yml|yaml|sql|md|html|com|aws)$/;

/**
 * The names a message gives, in the order a user would look for them. The shapes are the
 * transformers' own messages (amplify-category-api: v2 at `main`, v1 before commit 0cedc2472),
 * for example `Expected references for @hasMany on Post.comments`, `@sql directive must have …
 * Check type "Query" and field "search".`, `Object type Tag must be annotated with @model.`,
 * `The primary key on type 'Post.id' cannot be a non-scalar.`, `Invalid @hasMany directive on
 * comments - empty references list`. The language server answers only names the schema declares.
 */
export function namedSymbols(message: string): SchemaSymbolQuery[] {
  const text = message.replace(/\bhttps?:\/\/\S+/g, ' ');
  const candidates: SchemaSymbolQuery[] = [];
  const add = (typeName: string | undefined, fieldName?: string) => {
    if (typeName && NOT_NAMES.has(typeName) && !fieldName) return;
    if (!typeName && (!fieldName || SENTENCE_WORDS.has(fieldName) || candidates.some((c) => c.fieldName === fieldName))) return;
    if (!candidates.some((c) => c.typeName === typeName && c.fieldName === fieldName))
      candidates.push(fieldName ? { typeName, fieldName } : { typeName });
  };
  const each = (pattern: string, take: (match: RegExpExecArray) => void) => {
    for (const match of text.matchAll(new RegExp(pattern, 'g'))) take(match as RegExpExecArray);
  };
  // A type and a field together.
  each(`[Cc]heck type ${QUOTED(NAME)} and field ${QUOTED(NAME)}`, (m) => add(m[1], m[2]));
  each(`field ${QUOTED(NAME)} in type ${QUOTED(NAME)}`, (m) => add(m[2], m[1]));
  each(`(?<![\\w.@/-])(${NAME})\\.(${NAME})(?![\\w(-])`, (m) => {
    if (!FILE_EXTENSIONS.test(m[2]!) && /^[_A-Z]/.test(m[1]!)) add(m[1], m[2]);
  });
  each(`(${NAME}) is not (?:a field in|defined in) (${TYPE})`, (m) => add(m[2], m[1]));
  // `Tag must have a relationship with Post in order to use @belongsTo`: the directive is on Post.
  each(`must have a relationship with (${TYPE})`, (m) => add(m[1]));
  // A type: quoted after a keyword, or a capitalised name after one.
  each(`\\b(?:[Tt]ype|[Mm]odel|on|in|for|of|with|between|and|named)[: ]+${QUOTED(NAME)}`, (m) => add(m[1]));
  each(`${QUOTED(NAME)} (?:model|type|interface)\\b`, (m) => add(m[1]));
  each(`\\b(?:[Tt]ype|[Mm]odel|on|in|for|of|with|between|and|named)[: ]+(${TYPE})\\b(?![.'"])`, (m) => add(m[1]));
  each(`\\b(${TYPE}) (?:must|cannot|does not|is not|and \\w+ cannot)\\b`, (m) => add(m[1]));
  // A field named alone: placed only where one type declares it.
  each(`\\b[Ff]ield[: ]+${QUOTED(NAME)}`, (m) => add(undefined, m[1]));
  each(`directive on (${NAME})\\b(?![.'"])`, (m) => add(undefined, m[1]));
  each(`@\\w+ on (${NAME})\\b(?![.'"])`, (m) => add(undefined, m[1]));
  return candidates;
}
