/**
 * The Amplify CLI's own block in a project's `.gitignore`, read to tell a file the author chose
 * to commit from one nobody thought about.
 *
 * The CLI appends the block on `amplify init` and rebuilds it on `amplify pull` (amplify-cli
 * `git-manager.ts` insertAmplifyIgnore): since CLI 5.2 (2021-07) between `#amplify-do-not-edit-begin`
 * and `#amplify-do-not-edit-end`, before that after a `#amplify` line, up to the first empty
 * line. Its list grew over the years, so a line missing from an old block may never have been
 * there. An author has visibly opted out of ignoring a path when its line is commented out
 * (`# aws-exports.js`), or when the block is of an age that wrote the line and the line is gone.
 */

/**
 * When each pattern joined the CLI's list (amplify-cli git-manager history), as an era number:
 * 0 2018-11 (the first list), 1 2019-02, 2 2019-08 (mock), 3 2019-11 (native configs), 4 2020-03,
 * 5 2020-05, 6 2020-10 (logs), 7 2020-12, 8 2021-04, 9 2021-07 (the do-not-edit markers),
 * 10 2022-11. Patterns are compared without backslashes (`amplify/\#current-cloud-backend`).
 */
const PATTERN_ERAS: ReadonlyMap<string, number> = new Map([
  ['amplify/#current-cloud-backend', 0],
  ['amplify/.config/local-*', 0],
  ['amplify/backend/amplify-meta.json', 0],
  ['aws-exports.js', 0],
  ['awsconfiguration.json', 0],
  ['build/', 1],
  ['dist/', 1],
  ['node_modules/', 1],
  ['amplify/backend/awscloudformation', 1],
  ['amplify/mock-data', 2],
  ['amplifyconfiguration.json', 3],
  ['amplify-gradle-config.json', 3],
  ['amplifyxc.config', 3],
  ['amplify-build-config.json', 4],
  ['amplifytools.xcconfig', 5],
  ['amplify/logs', 6],
  ['amplify/backend/.temp', 7],
  ['amplifyconfiguration.dart', 8],
  ['.secret-*', 9],
  ['**.sample', 9],
  ['amplify/mock-api-resources', 10],
]);
const MARKERS_ERA = 9;

const BEGIN = /^#amplify-do-not-edit-begin\b/;
const END = /^#amplify-do-not-edit-end\b/;
/** The old marker: `#amplify` alone (the CLI matched any line starting with it). */
const OLD_MARK = /^#amplify\s*$/;

export type OptOut = 'commented-out' | 'removed-from-block';

export interface AmplifyGitignoreBlock {
  /**
   * How the author opted out of ignoring this pattern (as the CLI writes it), if they did. A
   * commented-out line counts for any pattern (Gen 2's `amplify_outputs*` too); a line missing
   * from the block only for the Gen 1 CLI's own patterns.
   */
  optOutOf(pattern: string): OptOut | undefined;
}

function normalize(line: string): string {
  return line.trim().replace(/\\/g, '');
}

export function readAmplifyGitignoreBlock(text: string): AmplifyGitignoreBlock {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim());
  const commented = new Set<string>();
  for (const line of lines) {
    const match = /^#\s*(\S.*)$/.exec(line);
    if (match) commented.add(normalize(match[1]));
  }
  const block = blockLines(lines);
  let era = block?.marked ? MARKERS_ERA : -1;
  for (const line of block?.lines ?? []) era = Math.max(era, PATTERN_ERAS.get(normalize(line)) ?? -1);
  const present = new Set((block?.lines ?? []).map(normalize));
  return {
    optOutOf(pattern) {
      const key = normalize(pattern);
      if (commented.has(key)) return 'commented-out';
      const since = PATTERN_ERAS.get(key);
      if (block && since !== undefined && since <= era && !present.has(key)) return 'removed-from-block';
      return undefined;
    },
  };
}

/**
 * The block's lines: between the markers; or, for an old block, the run after `#amplify` of
 * lines the CLI writes (blank lines and comments included, as authors leave gaps where they
 * deleted a line), up to the first line the CLI would not have written.
 */
function blockLines(lines: readonly string[]): { lines: string[]; marked: boolean } | undefined {
  const begin = lines.findIndex((line) => BEGIN.test(line));
  if (begin !== -1) {
    const end = lines.findIndex((line, index) => index > begin && END.test(line));
    return { lines: lines.slice(begin + 1, end === -1 ? lines.length : end), marked: true };
  }
  const old = lines.findIndex((line) => OLD_MARK.test(line));
  if (old === -1) return undefined;
  const run: string[] = [];
  for (const line of lines.slice(old + 1)) {
    if (line === '' || line.startsWith('#')) continue;
    if (!PATTERN_ERAS.has(normalize(line))) break;
    run.push(line);
  }
  return { lines: run, marked: false };
}
