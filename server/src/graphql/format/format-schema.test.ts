import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AMPLIFY_SCHEMAS } from '../../../test-support/graphql/format-schema-fixtures';
import { formatSchema, formattingDeclined, formattingDeclinedMessage, MAX_FORMAT_LENGTH, type FormatOptions } from './format-schema';
import { lexTokens } from './schema-comments';

const SPACES: FormatOptions = { tabSize: 2, insertSpaces: true };

function format(text: string, options: FormatOptions = SPACES): string {
  const formatted = formatSchema(text, options);
  if (formatted === null) throw new Error('expected the schema to format');
  return formatted;
}

function commentsOf(text: string): string[] {
  return lexTokens(text).comments.map((comment) => comment.text);
}

/** Builds schema text from lines, so expected layouts read as they print. */
function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

describe('formatSchema on realistic Amplify schemas', () => {
  for (const [name, schema] of Object.entries(AMPLIFY_SCHEMAS)) {
    describe(name, () => {
      const formatted = format(schema);

      it('keeps the meaning: the same definitions as graphql-js prints them', () => {
        expect(print(parse(formatted))).toBe(print(parse(schema)));
      });

      it('keeps every comment, in order', () => {
        expect(commentsOf(formatted)).toEqual(commentsOf(schema));
      });

      it('is idempotent, with either indentation style', () => {
        expect(format(formatted)).toBe(formatted);
        const tabbed = format(schema, { tabSize: 4, insertSpaces: false });
        expect(format(tabbed, { tabSize: 4, insertSpaces: false })).toBe(tabbed);
      });

      it('leaves no trailing whitespace, no blank-line runs and one final newline', () => {
        expect(formatted).not.toMatch(/[ \t]$/m);
        expect(formatted).not.toMatch(/\n\s*\n\s*\n/);
        expect(formatted.endsWith('\n') && !formatted.endsWith('\n\n')).toBe(true);
      });
    });
  }
});

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same tokens and comments with random spacing between them (a comment still ends its line). */
function respace(text: string, seed: number): string {
  const random = randomSource(seed);
  const { tokens, comments } = lexTokens(text);
  const pieces = [
    ...tokens.map((token) => ({ start: token.start, raw: text.slice(token.start, token.end), comment: false })),
    ...comments.map((comment) => ({ start: comment.start, raw: comment.text, comment: true })),
  ].sort((a, b) => a.start - b.start);
  const separators = [' ', '\n', '   ', '\n\t', ', ', '\n\n', '\t'];
  return pieces.map((piece) => piece.raw + (piece.comment ? '\n' : separators[Math.floor(random() * separators.length)])).join('');
}

describe('formatSchema on randomly re-spaced schemas', () => {
  for (const [name, schema] of Object.entries(AMPLIFY_SCHEMAS)) {
    it(`keeps meaning and comments and is idempotent: ${name}`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const messy = respace(schema, seed);
        expect(print(parse(messy))).toBe(print(parse(schema)));
        const formatted = format(messy);
        expect(print(parse(formatted))).toBe(print(parse(schema)));
        expect(commentsOf(formatted)).toEqual(commentsOf(schema));
        expect(format(formatted)).toBe(formatted);
      }
    });
  }
});

describe('formatSchema with a comment between any two tokens', () => {
  const styles = [(n: number) => ` # C${n}\n`, (n: number) => `\n# C${n}\n`, (n: number) => `\n\n  # A${n}\n  # B${n}\n\n`];
  for (const [name, schema] of Object.entries(AMPLIFY_SCHEMAS)) {
    it(`keeps meaning and comments and is idempotent: ${name}`, () => {
      const { tokens } = lexTokens(schema);
      for (const [index, token] of tokens.entries()) {
        for (const style of styles) {
          const text = schema.slice(0, token.end) + style(index) + schema.slice(token.end);
          const formatted = format(text);
          expect(print(parse(formatted))).toBe(print(parse(schema)));
          expect(commentsOf(formatted)).toEqual(commentsOf(text));
          expect(format(formatted)).toBe(formatted);
        }
      }
    });
  }
});

describe('formatSchema layout', () => {
  it('normalises spacing around colons, commas, directives, parentheses and braces', () => {
    const text = 'type Post@model(timestamps:{createdAt:"created"}){id:ID!,title : String !@index( name:"byTitle" ,sortKeyFields:[ "id" ] )}\n';
    expect(format(text)).toBe(
      lines(
        'type Post @model(timestamps: { createdAt: "created" }) {',
        '  id: ID!',
        '  title: String! @index(name: "byTitle", sortKeyFields: ["id"])',
        '}',
      ),
    );
  });

  it('puts directives on their own lines, then breaks arguments and lists, when a line is too long', () => {
    const text =
      'type Order @model @auth(rules: [{ allow: owner }, { allow: groups, groups: ["Admin"], operations: [read, update, delete] }]) { id: ID! }';
    expect(format(text)).toBe(
      lines(
        'type Order',
        '  @model',
        '  @auth(',
        '    rules: [',
        '      { allow: owner }',
        '      { allow: groups, groups: ["Admin"], operations: [read, update, delete] }',
        '    ]',
        '  ) {',
        '  id: ID!',
        '}',
      ),
    );
  });

  it('moves long field directives under the field', () => {
    const text = 'type Q { summarize(postId: ID!): String @function(name: "summarizePost-${env}") @auth(rules: [{ allow: private }]) }';
    expect(format(text)).toBe(
      lines(
        'type Q {',
        '  summarize(postId: ID!): String',
        '    @function(name: "summarizePost-${env}")',
        '    @auth(rules: [{ allow: private }])',
        '}',
      ),
    );
  });

  it('keeps comments where they were: trailing, on their own line, inside argument lists', () => {
    const text = lines(
      '# The model',
      'type Post @model @auth(rules: [',
      '  { allow: owner }, # authors',
      '  # and everyone may read',
      '  { allow: public, operations: [read] }',
      ']) { # fields',
      '  id: ID!   # key',
      '  title: String @index(name: "byTitle") # searchable',
      '  # more to come',
      '}',
    );
    expect(format(text)).toBe(
      lines(
        '# The model',
        'type Post',
        '  @model',
        '  @auth(',
        '    rules: [',
        '      { allow: owner } # authors',
        '      # and everyone may read',
        '      { allow: public, operations: [read] }',
        '    ]',
        '  ) { # fields',
        '  id: ID! # key',
        '  title: String @index(name: "byTitle") # searchable',
        '  # more to come',
        '}',
      ),
    );
  });

  it('keeps blank lines between definitions and fields, at most one, and none where there were none', () => {
    const text = 'scalar A\nscalar B\n\n\n\ntype C {\n  a: A\n\n\n  b: B\n}\n\n\n# tail\n';
    expect(format(text)).toBe('scalar A\nscalar B\n\ntype C {\n  a: A\n\n  b: B\n}\n\n# tail\n');
  });

  it('re-indents descriptions without changing their text', () => {
    const text = 'type T {\n      """\n      The title.\n        Indented line.\n      """\n  title: String\n"short" body: String\n}\n';
    expect(format(text)).toBe(
      lines('type T {', '  """', '  The title.', '    Indented line.', '  """', '  title: String', '  "short"', '  body: String', '}'),
    );
  });

  it('keeps a block string as written when re-indenting could change its value', () => {
    const text = '"""  starts with spaces"""\ntype T {\n  a: Int\n}\n';
    expect(format(text)).toBe(text);
  });

  it('breaks long unions one member per line', () => {
    const text = `union Media = ${['Article', 'Video', 'Podcast', 'Gallery', 'Newsletter', 'Livestream', 'Poll'].join(' | ')}`;
    expect(format(text)).toBe(
      lines('union Media =', '  | Article', '  | Video', '  | Podcast', '  | Gallery', '  | Newsletter', '  | Livestream', '  | Poll'),
    );
    expect(format('union U = A | B')).toBe('union U = A | B\n');
  });

  it('indents with tabs or the given number of spaces', () => {
    const text = 'type T @model { id: ID! @primaryKey(sortKeyFields: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]) }';
    expect(format(text, { tabSize: 4, insertSpaces: false })).toBe(
      lines(
        'type T @model {',
        '\tid: ID!',
        '\t\t@primaryKey(',
        '\t\t\tsortKeyFields: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]',
        '\t\t)',
        '}',
      ),
    );
    expect(format('type T { id: ID! }', { tabSize: 4, insertSpaces: true })).toBe(lines('type T {', '    id: ID!', '}'));
  });

  it('keeps Windows line endings', () => {
    expect(format('type T {\r\n  # note\r\n  id: ID!\r\n}\r\n')).toBe('type T {\r\n  # note\r\n  id: ID!\r\n}\r\n');
  });

  it('copies literal values exactly as written', () => {
    const text = 'type T @model { n: Float @default(value: "1.50") e: String @http(url: "https://x.io/\\u00e9") m: Int @cache(ttl: 1e3) }';
    const formatted = format(text);
    expect(formatted).toContain('@default(value: "1.50")');
    expect(formatted).toContain('@http(url: "https://x.io/\\u00e9")');
    expect(formatted).toContain('@cache(ttl: 1e3)');
  });

  it('formats the same schema written in different styles to the same text', () => {
    const tidy = format(AMPLIFY_SCHEMAS['relational blog with references']);
    const cramped = AMPLIFY_SCHEMAS['relational blog with references'].replace(/\n\s*/g, ' ').replace(/: /g, ':');
    expect(format(cramped)).toBe(tidy.replace(/\n\n/g, '\n'));
  });

  it('declines a file larger than it formats quickly, at once, saying how to get it formatted', () => {
    const oneLine = `type Post @model { id: ID! ${Array.from({ length: 400_000 }, (_, i) => `f${i}: String`).join(' ')} }`;
    expect(oneLine.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(formattingDeclined(oneLine)).toBe(true);
    expect(formatSchema(oneLine, SPACES)).toBeNull();
    expect(formattingDeclinedMessage(oneLine)).toMatch(
      /^Amplify Lens does not format schema files over 512 KB; this one has \d+ KB\. Split the schema/,
    );
    expect(formattingDeclined('x'.repeat(MAX_FORMAT_LENGTH))).toBe(false);
  });

  it('returns null when the schema does not parse', () => {
    expect(formatSchema('type Post @model {\n  id: ID!!\n}\n', SPACES)).toBeNull();
    expect(formatSchema('type {', SPACES)).toBeNull();
    expect(formatSchema('', SPACES)).toBeNull();
  });
});
