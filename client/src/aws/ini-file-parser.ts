/**
 * The INI dialect of the AWS shared config and credentials files, as far as Lens needs it: sections,
 * `key = value` pairs, full-line comments (`#`, `;`), and indented sub-properties (`s3 =` followed by
 * indented lines), which are skipped because no setting Lens reads is nested.
 */
export type IniSections = Map<string, Map<string, string>>;

const SECTION = /^\[\s*([^\]]*?)\s*\]\s*(?:[#;].*)?$/;

export function parseIni(text: string): IniSections {
  const sections: IniSections = new Map();
  let current: Map<string, string> | undefined;
  let inSubProperties = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const section = SECTION.exec(line);
    if (section) {
      const name = section[1];
      current = sections.get(name) ?? new Map<string, string>();
      sections.set(name, current);
      inSubProperties = false;
      continue;
    }
    const indented = /^\s/.test(rawLine);
    if (indented && inSubProperties) continue;
    const equals = line.indexOf('=');
    if (!current || equals <= 0) continue;
    const key = line.slice(0, equals).trim().toLowerCase();
    const value = stripInlineComment(line.slice(equals + 1).trim());
    // `key =` with nothing after it opens a block of indented sub-properties.
    inSubProperties = value === '';
    if (!inSubProperties) current.set(key, value);
  }
  return sections;
}

/** The AWS CLI treats ` #` and ` ;` after a value as the start of a comment. */
function stripInlineComment(value: string): string {
  const match = /\s[#;]/.exec(value);
  return match ? value.slice(0, match.index).trimEnd() : value;
}
