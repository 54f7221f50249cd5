export interface FormatOptions {
  tabSize: number;
  insertSpaces: boolean;
}

/** The formatted text of a schema file, keeping comments; null when the file does not parse. */
export function formatSchema(_text: string, _options: FormatOptions): string | null {
  return null;
}
