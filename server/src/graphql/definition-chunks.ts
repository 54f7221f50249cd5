/**
 * Cuts a schema file into pieces that each hold whole top-level definitions, at lines that start
 * one at column 0 (with its description). Parsing piece by piece lets an edit re-parse one piece
 * and a syntax error spoil only its own piece.
 */
export interface DefinitionChunk {
  text: string;
  offset: number;
}

/**
 * A line that begins a top-level definition. The keyword must be followed by a name (or `@`/`{`
 * for directives and schema), so an unindented field such as `type: String` does not count.
 */
const DEFINITION_START =
  /^(?:extend\s+)?(?:(?:type|input|enum|interface|union|scalar)\s+[_A-Za-z]|directive\s+@|schema\s*[{@])/;

export function splitIntoDefinitionChunks(text: string): DefinitionChunk[] {
  const chunks: DefinitionChunk[] = [];
  let chunkStart = 0;
  let lineStart = 0;
  let inBlockString = false;
  // A description at column 0 opens the chunk of the definition that follows it.
  let descriptionOpen = false;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    const blockQuotes = line.split('"""').length - 1;
    if (inBlockString) {
      if (blockQuotes % 2 === 1) inBlockString = false;
    } else {
      const startsDefinition = DEFINITION_START.test(line);
      const startsDescription = line.startsWith('"');
      const boundary = startsDescription || (startsDefinition && !descriptionOpen);
      if (boundary && lineStart > chunkStart) {
        chunks.push({ text: text.slice(chunkStart, lineStart), offset: chunkStart });
        chunkStart = lineStart;
      }
      if (startsDescription) {
        descriptionOpen = true;
        inBlockString = blockQuotes % 2 === 1;
      } else if (startsDefinition) {
        descriptionOpen = false;
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  chunks.push({ text: text.slice(chunkStart), offset: chunkStart });
  return chunks;
}
