import { startsDefinition } from './definition-starts';

/**
 * Cuts a schema file into pieces that each hold whole top-level definitions, at lines that start
 * one at column 0 (definition-starts.ts), with the description before it. Parsing piece by piece
 * lets an edit re-parse one piece and a syntax error spoil only its own piece.
 */
export interface DefinitionChunk {
  text: string;
  offset: number;
}

export function splitIntoDefinitionChunks(text: string): DefinitionChunk[] {
  const chunks: DefinitionChunk[] = [];
  const blockQuotes = blockQuoteOffsets(text);
  let nextQuote = 0;
  let chunkStart = 0;
  let lineStart = 0;
  let inBlockString = false;
  // A description at column 0 opens the chunk of the definition that follows it.
  let descriptionOpen = false;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let quotesOnLine = 0;
    while (nextQuote < blockQuotes.length && blockQuotes[nextQuote] < lineEnd) {
      quotesOnLine++;
      nextQuote++;
    }
    if (inBlockString) {
      if (quotesOnLine % 2 === 1) inBlockString = false;
    } else {
      const startsDescription = text.charCodeAt(lineStart) === 34; /* " */
      const definition = startsDefinition(text, lineStart, lineEnd);
      const boundary = startsDescription || (definition && !descriptionOpen);
      if (boundary && lineStart > chunkStart) {
        chunks.push({ text: text.slice(chunkStart, lineStart), offset: chunkStart });
        chunkStart = lineStart;
      }
      if (startsDescription) {
        descriptionOpen = true;
        inBlockString = quotesOnLine % 2 === 1;
      } else if (definition) {
        descriptionOpen = false;
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  chunks.push({ text: text.slice(chunkStart), offset: chunkStart });
  return chunks;
}

/**
 * Offsets of every `"""`, matched left to right without overlap as a line-by-line search would
 * (a `"""` never spans lines). One pass over the text instead of one search per line.
 */
function blockQuoteOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf('"""'); at !== -1; at = text.indexOf('"""', at + 3)) offsets.push(at);
  return offsets;
}
