/**
 * Reading the Amplify CLIs' output lines: `amplify status`'s table (it has no JSON form), ampx's
 * one-line-per-CloudFormation-event progress (printed when stdout is not a terminal), the
 * transformer's destructive-change error, and graphql-js's `GraphQL request:LINE:COL` locations.
 */

export type StatusOperation = 'Create' | 'Update' | 'Delete' | 'Import' | 'Unlink' | 'No Change';

export interface StatusRow {
  category: string;
  resourceName: string;
  operation: StatusOperation | string;
  providerPlugin: string;
}

export interface StatusTable {
  currentEnv?: string;
  rows: StatusRow[];
}

const TABLE_SEPARATOR = /[│|┃]/;

/** Parses `amplify status`: `Current Environment: dev` and the `Category | Resource name | Operation | Provider plugin` table. */
export function parseStatusTable(output: string): StatusTable {
  const lines = stripAnsi(output).split(/\r?\n/);
  const currentEnv = lines.map((line) => /Current Environment:\s*(\S+)/.exec(line)?.[1]).find(Boolean);
  const rows: StatusRow[] = [];
  let header = false;
  for (const line of lines) {
    if (!TABLE_SEPARATOR.test(line)) continue;
    // Both forms open and close each row with a separator: the cells lie between the first and the last.
    const cells = line
      .trim()
      .split(TABLE_SEPARATOR)
      .slice(1, -1)
      .map((cell) => cell.trim());
    if (cells.length < 4 || cells.every((cell) => /^[-─=:]*$/.test(cell))) continue;
    if (cells[0] === 'Category') {
      header = true;
      continue;
    }
    if (!header) continue;
    rows.push({ category: cells[0]!, resourceName: cells[1]!, operation: cells[2]!, providerPlugin: cells[3]! });
  }
  return { currentEnv, rows };
}

/** The rows that change something in the cloud. */
export function pendingChanges(table: StatusTable): StatusRow[] {
  return table.rows.filter((row) => row.operation !== 'No Change');
}

export interface AmpxEventLine {
  stackName: string;
  done: number;
  total: number;
  time: string;
  status: string;
  resourceType: string;
  logicalId: string;
  reason?: string;
}

const AMPX_EVENT = /^(\S+) \| (\d+)\/(\d+) \| (\d{1,2}:\d{2}:\d{2}(?: [AP]M)?) \| ([A-Z_]+) \| (\S+) \| (\S+)(?: (.*))?$/;

/** One of ampx's non-TTY CloudFormation progress lines (CDK's `CDK_TOOLKIT_I5502`), else undefined. */
export function parseAmpxEventLine(line: string): AmpxEventLine | undefined {
  const match = AMPX_EVENT.exec(stripAnsi(line).trim());
  if (!match) return undefined;
  const [, stackName, done, total, time, status, resourceType, logicalId, reason] = match;
  return {
    stackName: stackName!,
    done: Number(done),
    total: Number(total),
    time: time!,
    status: status!,
    resourceType: resourceType!,
    logicalId: logicalId!,
    reason: reason || undefined,
  };
}

export interface DestructiveChange {
  replacedTables: string[];
  removedTables: string[];
}

/**
 * The transformer's DestructiveMigrationError (graphql-transformer-core): "This update will replace
 * table(s) [A, B]" / "will remove table(s) [C]" then "ALL EXISTING DATA IN THESE TABLES WILL BE LOST!".
 */
export function parseDestructiveChange(output: string): DestructiveChange | undefined {
  const text = stripAnsi(output);
  if (!/--allow-destructive-graphql-schema-updates/.test(text) || !/WILL BE LOST/.test(text)) return undefined;
  const list = (verb: string) => {
    const match = new RegExp(`will ${verb} table\\(s\\) \\[([^\\]]*)\\]`).exec(text);
    return match
      ? match[1]!
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean)
      : [];
  };
  return { replacedTables: list('replace'), removedTables: list('remove') };
}

export interface GraphqlLocation {
  message: string;
  line: number;
  column: number;
}

/**
 * graphql-js prints an error as its message, a blank line, then `GraphQL request:LINE:COL` and the
 * source excerpt; Amplify prefixes the message with 🛑. Answers each located message.
 */
export function parseGraphqlLocations(output: string): GraphqlLocation[] {
  const lines = stripAnsi(output).split(/\r?\n/);
  const found: GraphqlLocation[] = [];
  lines.forEach((line, index) => {
    const location = /^\s*GraphQL request:(\d+):(\d+)\s*$/.exec(line);
    if (!location) return;
    const message = lines
      .slice(Math.max(0, index - 4), index)
      .reverse()
      .map((candidate) => candidate.replace(/^\s*🛑\s*/, '').trim())
      .find((candidate) => candidate.length > 0 && !/^\d+ \|/.test(candidate));
    found.push({ message: message ?? 'GraphQL schema error', line: Number(location[1]), column: Number(location[2]) });
  });
  return found;
}

/**
 * Why the CLI stopped, in its own words: the Amplify CLI's `🛑 message` line, or ampx's
 * `[ErrorName] message` (with its `Details:` when it gives one); else the last line that reads as an error.
 */
export function cliFailureReason(output: string): string | undefined {
  const lines = stripAnsi(output)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const amplify = lines.map((line) => /^🛑\s*(.+)$/.exec(line)?.[1]).find(Boolean);
  if (amplify) return amplify;
  const index = lines.findIndex((line) => /^\[[A-Z]\w+\]\s+\S/.test(line));
  if (index >= 0) {
    const message = lines[index]!.replace(/^\[\w+\]\s+/, '');
    const details = lines.slice(index + 1, index + 4).find((line) => line.startsWith('Details:'));
    return details ? `${message} ${details.replace(/^Details:\s*/, '')}` : message;
  }
  return [...lines].reverse().find((line) => /\b(error|failed)\b/i.test(line));
}

export interface FileLocation extends GraphqlLocation {
  /** As esbuild prints it: relative to the folder the CLI ran in. */
  file: string;
}

/**
 * esbuild (ampx bundles functions with it) prints `✘ [ERROR] message`, a blank line, then the
 * indented `file:line:col:` of the cause; problem matchers cannot skip the blank line, so Lens reads it.
 */
export function parseEsbuildErrors(output: string): FileLocation[] {
  const lines = stripAnsi(output).split(/\r?\n/);
  const found: FileLocation[] = [];
  lines.forEach((line, index) => {
    const error = /^\s*(?:✘ )?\[ERROR\] (.+)$/.exec(line);
    if (!error) return;
    const location = lines
      .slice(index + 1, index + 4)
      .map((candidate) => /^\s+(\S+\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)):(\d+):(\d+):\s*$/.exec(candidate))
      .find(Boolean);
    if (location) found.push({ message: error[1]!.trim(), file: location[1]!, line: Number(location[2]), column: Number(location[3]) });
  });
  return found;
}

/** tsc's `file(line,col): error TSnnnn: message`, bare or after ampx's `Details:`; the `$amplify-typescript` matcher's pattern. */
export const TYPESCRIPT_ERROR = /^(?:.*?\s)?([^\s()]+\.(?:ts|tsx|mts|cts|js|mjs|cjs))\((\d+),(\d+)\):\s+(error|warning)\s+(TS\d+):\s*(.*)$/;

/** TypeScript errors ampx's type check printed, with paths relative to the folder it ran in. */
export function parseTypeScriptErrors(output: string): FileLocation[] {
  return stripAnsi(output)
    .split(/\r?\n/)
    .map((line) => TYPESCRIPT_ERROR.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && match[4] === 'error')
    .map((match) => ({ file: match[1]!, line: Number(match[2]), column: Number(match[3]), message: `${match[5]}: ${match[6]}` }));
}

/** The root stack a CLI names in its output: ampx's `Stack:` banner line or its first event line. */
export function stackNameInLine(line: string): string | undefined {
  const clean = stripAnsi(line).trim();
  const banner = /^Stack:\s+(amplify-[-A-Za-z0-9]+)$/.exec(clean);
  if (banner) return banner[1];
  const event = parseAmpxEventLine(clean);
  return event && event.resourceType === 'AWS::CloudFormation::Stack' && event.logicalId === event.stackName ? event.stackName : undefined;
}

/** `File written: amplify_outputs.json` (ampx). */
export function outputsFileInLine(line: string): string | undefined {
  return /^File written:\s*(\S+)/.exec(stripAnsi(line).trim())?.[1];
}

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
