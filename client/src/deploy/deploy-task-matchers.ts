/**
 * The problem matchers of Lens's own deploy tasks. The runner writes every error it can place (schema,
 * esbuild, tsc) as an absolute `[Amplify Lens] file:line:col` line, so one matcher serves projects in
 * any folder of the workspace; `$amplify-typescript` (also in package.json) serves the user's own
 * `npx ampx` tasks, run from the workspace folder.
 */
export const PROBLEM_MATCHERS = ['$amplify-located'];
