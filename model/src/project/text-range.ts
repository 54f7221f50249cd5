/** A place in a file's text, zero-based, in UTF-16 code units: LSP's positions and ranges, spelled without LSP. */
export interface TextPosition {
  line: number;
  character: number;
}

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}
