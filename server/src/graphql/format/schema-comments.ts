import { TokenKind } from 'graphql';
import { tokenizeSchema, type SchemaCommentSpan, type SchemaToken } from '../syntax/schema-tokens';
import { freshLine, hardline, lineEnd, lineSuffix, type Doc } from './format-doc';

export interface LexedToken {
  kind: TokenKind;
  start: number;
  end: number;
}

export interface SchemaComment {
  start: number;
  end: number;
  /** `# text`, trailing whitespace removed. */
  text: string;
}

/**
 * Every token of a text that parses, and its comments (the parser skips them), read by the syntax
 * layer's tokenizer that completion and hover use too. A punctuator's kind is its text, as
 * graphql-js names them (`TokenKind.COLON` is `':'`), which is all the printer asks for.
 */
export function lexTokens(text: string): { tokens: LexedToken[]; comments: SchemaComment[] } {
  const spans: SchemaCommentSpan[] = [];
  const tokens = tokenizeSchema(text, spans).map((token) => ({ kind: kindOf(token), start: token.start, end: token.end }));
  const comments = spans.map(({ start, end }) => ({ start, end, text: text.slice(start, end).trimEnd() }));
  return { tokens, comments };
}

function kindOf(token: SchemaToken): TokenKind {
  switch (token.kind) {
    case 'punct':
      return token.text as TokenKind;
    case 'name':
      return TokenKind.NAME;
    case 'string':
      return token.text.startsWith('"""') ? TokenKind.BLOCK_STRING : TokenKind.STRING;
    case 'number':
      return /[.eE]/.test(token.text) ? TokenKind.FLOAT : TokenKind.INT;
  }
}

/** Index of the first token starting at or after `offset` (`tokens.length` when none does). */
export function firstTokenFrom(tokens: readonly LexedToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Hands out the comments in text order while the printer walks the schema. A comment that ends a
 * line after code stays at the end of that code's line; a comment on its own line stays on its own
 * line before what follows it, with a blank line kept (at most one) where the author left one.
 */
export class CommentCursor {
  private next = 0;
  /** End of the last token or comment accounted for. */
  private lastEnd = 0;

  /**
   * @param lineStarts offsets where the printer always starts a new line (definitions, fields,
   * closing braces of bodies): a comment followed by one of them needs no forced line break.
   */
  constructor(
    private readonly text: string,
    private readonly comments: readonly SchemaComment[],
    private readonly tokens: readonly LexedToken[],
    private readonly lineStarts: ReadonlySet<number>,
  ) {}

  /**
   * After a token ending at `offset`: comments skipped inside what was just printed (a comment in
   * the middle of a type), then the comment ending this token's line, if any.
   */
  after(offset: number): Doc {
    const parts: Doc[] = [];
    while (this.next < this.comments.length && this.comments[this.next].start < offset) {
      parts.push(this.asWritten(this.comments[this.next++]));
    }
    this.lastEnd = Math.max(this.lastEnd, offset);
    const comment = this.comments[this.next];
    if (comment && /^[ \t,\uFEFF]*$/.test(this.text.slice(offset, comment.start))) {
      this.next++;
      parts.push(this.trailing(comment));
    }
    return parts;
  }

  /**
   * Comments before `offset` (where an item starts), each on its own line, and the blank line
   * before the item. `atStart` drops a blank line right after an opening brace or at the file start.
   */
  leading(offset: number, atStart: boolean, keepBlankLines = true): Doc {
    const parts: Doc[] = [];
    let first = true;
    while (this.next < this.comments.length && this.comments[this.next].start < offset) {
      const comment = this.comments[this.next++];
      const blank = keepBlankLines && isBlank(this.text.slice(this.lastEnd, comment.start)) && !(first && atStart);
      // After a comment a blank line takes two breaks: one ends the comment's line.
      parts.push(blank ? (first ? hardline : [hardline, hardline]) : '', this.asWritten(comment));
      first = false;
    }
    if (keepBlankLines && isBlank(this.text.slice(this.lastEnd, offset)) && !(first && atStart)) {
      parts.push(first ? hardline : [hardline, hardline]);
    }
    this.lastEnd = Math.max(this.lastEnd, offset);
    return parts;
  }

  /** Comments before a value or argument inside a line: no blank lines there. */
  inline(offset: number): Doc {
    return this.leading(offset, true, false);
  }

  /** Comments before a closing bracket at `offset`, each on its own line after the last item. */
  dangling(offset: number): Doc {
    const parts: Doc[] = [];
    while (this.next < this.comments.length && this.comments[this.next].start < offset) {
      const comment = this.comments[this.next++];
      if (this.isOwnLine(comment)) {
        parts.push(hardline, isBlank(this.text.slice(this.lastEnd, comment.start)) ? hardline : '', comment.text, lineEnd);
        this.lastEnd = comment.end;
      } else {
        parts.push(this.trailing(comment));
      }
    }
    this.lastEnd = Math.max(this.lastEnd, offset);
    return parts;
  }

  /** A comment as written: alone on its line before what follows, or ending a line of code. */
  private asWritten(comment: SchemaComment): Doc {
    if (!this.isOwnLine(comment)) return this.trailing(comment);
    this.lastEnd = comment.end;
    return [freshLine, comment.text, lineEnd];
  }

  /**
   * A comment ending a line of code stays at the end of that line. Mid-construct
   * (`[{ allow: owner }, # owners`) what follows must start a new line, which breaks the construct;
   * where a new line starts anyway (`title: String @index # c`) nothing needs to break.
   */
  private trailing(comment: SchemaComment): Doc {
    this.lastEnd = comment.end;
    const following = this.tokens[firstTokenFrom(this.tokens, comment.end)];
    const endsLineAnyway = !following || this.lineStarts.has(following.start);
    return [lineSuffix(` ${comment.text}`), endsLineAnyway ? '' : lineEnd];
  }

  /** Only whitespace (or commas) between the start of its line and the comment. */
  private isOwnLine(comment: SchemaComment): boolean {
    const lineStart = Math.max(this.text.lastIndexOf('\n', comment.start - 1), this.text.lastIndexOf('\r', comment.start - 1)) + 1;
    return /^[ \t,\uFEFF]*$/.test(this.text.slice(lineStart, comment.start));
  }

  /** Comments inside text printed verbatim are printed with it. */
  skipThrough(offset: number): void {
    while (this.next < this.comments.length && this.comments[this.next].start < offset) this.next++;
    this.lastEnd = Math.max(this.lastEnd, offset);
  }
}

/** Two line breaks with only whitespace or commas between them: a blank line. */
function isBlank(gap: string): boolean {
  return /\n[ \t,\r\uFEFF]*\n/.test(gap.replace(/\r\n?/g, '\n'));
}
