/**
 * Build logs as Amplify Hosting's build image writes them: the clone and cache lines, the
 * `## Starting Backend Build` / `## Starting Frontend Build` sections with their `# Starting
 * phase: preBuild|build|postBuild` and `# Executing command:` headings, what the commands print
 * (npm, `ampx pipeline-deploy` with one line per CloudFormation event as it prints without a
 * terminal, `next build` with its ANSI colours), and the `!!! Build failed` ending of a failure.
 * Gen 1 manual deploys (`amplify publish`) have no build, only DEPLOY and VERIFY.
 * Lines are placed at a fraction of their step, scaled to the step's planned duration.
 */
import type { FakeJobOutcome, FakeJobPlan, FakeLogLine, FakeStepName } from './hosting-model';

export type BuildKind = 'gen2' | 'gen1-manual' | 'frontend';

export interface BuildLogContext {
  kind: BuildKind;
  appId: string;
  appName: string;
  branchName: string;
  region: string;
  repository?: string;
  commitId: string;
  commitMessage: string;
  /** The Gen 2 branch stack `ampx pipeline-deploy` updates. */
  backendStackName?: string;
  outcome: FakeJobOutcome;
  /** More front-end build output (a verbose bundler), to make a big log. */
  extraLines?: number;
}

const ESC = '\u001b[';
const green = (text: string) => `${ESC}32m${text}${ESC}39m`;
const red = (text: string) => `${ESC}31m${text}${ESC}39m`;
const bold = (text: string) => `${ESC}1m${text}${ESC}22m`;
const cyan = (text: string) => `${ESC}36m${text}${ESC}39m`;
const dim = (text: string) => `${ESC}2m${text}${ESC}22m`;

/** The plan a job of this kind follows; durations in ms, scaled by the outcome's pace. */
export function buildPlan(
  kind: BuildKind,
  outcome: FakeJobOutcome,
  base: { pendingMs: number; provisioningMs: number; stepMs: number },
): FakeJobPlan {
  const pace = outcome.pace ?? 1;
  const scaled = (ms: number) => Math.round(ms * pace);
  const steps: FakeJobPlan['steps'] =
    kind === 'gen1-manual'
      ? [
          { name: 'DEPLOY', durationMs: scaled(base.stepMs) },
          { name: 'VERIFY', durationMs: scaled(base.stepMs / 2) },
        ]
      : [
          { name: 'BUILD', durationMs: scaled(base.stepMs * 3) },
          { name: 'DEPLOY', durationMs: scaled(base.stepMs) },
          { name: 'VERIFY', durationMs: scaled(base.stepMs / 2) },
        ];
  const failAt: FakeStepName | undefined =
    outcome.result === 'FAILED' ? (outcome.failIn === 'deploy' ? 'DEPLOY' : kind === 'gen1-manual' ? 'DEPLOY' : 'BUILD') : undefined;
  return { pendingMs: scaled(base.pendingMs), provisioningMs: scaled(base.provisioningMs), steps, failAt };
}

/** Every step's lines, each `offsetMs` into its step. */
export function buildLogs(context: BuildLogContext, plan: FakeJobPlan): Partial<Record<FakeStepName, FakeLogLine[]>> {
  const logs: Partial<Record<FakeStepName, FakeLogLine[]>> = {};
  for (const step of plan.steps) {
    const texts = step.name === 'BUILD' ? buildStepTexts(context) : step.name === 'DEPLOY' ? deployStepTexts(context) : verifyStepTexts(context);
    // Lines spread over 90% of the step, so its last line is written before the step ends.
    logs[step.name] = texts.map((text, index) => ({ offsetMs: Math.round((index / Math.max(1, texts.length)) * step.durationMs * 0.9), text }));
  }
  return logs;
}

function buildStepTexts(context: BuildLogContext): string[] {
  const repoName = context.repository?.split('/').pop() ?? context.appName;
  const src = `/codebuild/output/src${fakeNumber(context.commitId)}/src/${repoName}`;
  const lines = [
    `# Cloning repository: git@${context.repository?.replace(/^https:\/\//, '').replace('/', ':') ?? 'github.com:example/app'}.git`,
    '',
    `Cloning into '${repoName}'...`,
    `# Switching to commit: ${context.commitId}`,
    `Note: switching to '${context.commitId}'.`,
    `HEAD is now at ${context.commitId.slice(0, 7)} ${firstLine(context.commitMessage)}`,
    'Successfully cleaned up Git credentials',
    `# Checking for Git submodules at: ${src}/.gitmodules`,
    '# Retrieving environment cache...',
    '[WARNING]: ! Unable to write cache: {"code":"ERR_BAD_REQUEST","message":"Request failed with status code 404"})}',
    '---- Setting Up SSM Secrets ----',
    `SSM params {"Path":"/amplify/${context.appId}/${context.branchName}/","WithDecryption":true}`,
    '# No package override configuration found.',
    '# Retrieving cache...',
    '# Extracting cache...',
    '# Extraction completed',
  ];
  if (context.kind === 'gen2') {
    lines.push(...backendBuild(context));
    if (context.outcome.result === 'FAILED' && context.outcome.failIn === 'backend') return [...lines, ...buildFailed()];
  }
  lines.push(...frontendBuild(context, src));
  if (context.outcome.result === 'FAILED' && context.outcome.failIn !== 'backend' && context.outcome.failIn !== 'deploy')
    return [...lines, ...buildFailed()];
  lines.push(
    '## Build completed successfully',
    '# Starting caching...',
    '# Creating cache artifact...',
    '# Created cache artifact',
    '# Uploading cache artifact...',
    '# Uploaded cache artifact',
    '# Caching completed',
  );
  return lines;
}

function backendBuild(context: BuildLogContext): string[] {
  const stack = context.backendStackName ?? `amplify-${context.appId}-${context.branchName}-branch-0000000000`;
  const failing = context.outcome.result === 'FAILED' && context.outcome.failIn === 'backend';
  const events = [
    [stack, 'UPDATE_IN_PROGRESS', 'AWS::CloudFormation::Stack', `${stack} User Initiated`],
    [stack, 'UPDATE_IN_PROGRESS', 'AWS::CloudFormation::Stack', 'data7552DF31'],
    [stack, 'UPDATE_IN_PROGRESS', 'AWS::CloudFormation::Stack', 'function1351588B'],
    ...(failing
      ? [
          [stack, 'UPDATE_FAILED', 'AWS::CloudFormation::Stack', 'function1351588B Embedded stack was not successfully updated.'],
          [
            stack,
            'UPDATE_ROLLBACK_IN_PROGRESS',
            'AWS::CloudFormation::Stack',
            `${stack} The following resource(s) failed to update: [function1351588B].`,
          ],
          [stack, 'UPDATE_ROLLBACK_COMPLETE', 'AWS::CloudFormation::Stack', stack],
        ]
      : [
          [stack, 'UPDATE_COMPLETE', 'AWS::CloudFormation::Stack', 'function1351588B'],
          [stack, 'UPDATE_COMPLETE', 'AWS::CloudFormation::Stack', 'data7552DF31'],
          [stack, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', 'AWS::CloudFormation::Stack', stack],
          [stack, 'UPDATE_COMPLETE', 'AWS::CloudFormation::Stack', stack],
        ]),
  ];
  const lines = [
    '## Starting Backend Build',
    '\t# Starting phase: build',
    '\t# Executing command: npm ci --cache .npm --prefer-offline',
    'added 1207 packages, and audited 1208 packages in 38s',
    '182 packages are looking for funding',
    '  run `npm fund` for details',
    'found 0 vulnerabilities',
    '# Executing command: npx ampx pipeline-deploy --branch $AWS_BRANCH --app-id $AWS_APP_ID',
    `${green('✔')} Backend synthesized in 4.21 seconds`,
    `${green('✔')} Type checks completed in 6.83 seconds`,
    `${green('✔')} Built and published assets`,
    ...events.map(
      ([name, status, type, logical], index) =>
        `${name} | ${Math.min(index, 14)}/14 | 9:4${index % 10}:0${index % 6} AM | ${status} | ${type} | ${logical}`,
    ),
  ];
  if (failing) {
    return [
      ...lines,
      `${red('[CloudformationStackUpdateFailed]')} The CloudFormation deployment has failed.`,
      '  ∟ Caused by: [sayHellolambdaAB12CD34] Resource handler returned message: "Code storage limit exceeded."',
      'Resolution: Find more information in the CloudFormation AWS Console for this stack.',
    ];
  }
  return [
    ...lines,
    `${green('✔')} Deployment completed in 142.329 seconds`,
    `AppSync API endpoint = https://${context.appId.slice(0, 10)}abcdefghijklmnop.appsync-api.${context.region}.amazonaws.com/graphql`,
    'File written: amplify_outputs.json',
    '# Completed phase: build',
    '## Completed Backend Build',
  ];
}

function frontendBuild(context: BuildLogContext, src: string): string[] {
  const failing = context.outcome.result === 'FAILED' && (context.outcome.failIn ?? 'frontend') === 'frontend';
  const extra = Array.from({ length: context.extraLines ?? 0 }, (_, index) =>
    index % 10 === 9
      ? `${dim('○')} (Static)  /posts/${index} ${cyan(`${(index % 97) + 1}.2 kB`)}`
      : `   Generating static pages (${index + 1}/${context.extraLines})`,
  );
  const lines = [
    '## Starting Frontend Build',
    '\t# Starting phase: preBuild',
    '\t# Executing command: npm ci --cache .npm --prefer-offline',
    'added 1207 packages, and audited 1208 packages in 21s',
    'found 0 vulnerabilities',
    '# Completed phase: preBuild',
    '# Starting phase: build',
    '# Executing command: npm run build',
    `> ${context.appName}@0.1.0 build`,
    '> next build',
    `   ${bold(`${ESC}35m▲ Next.js 14.2.3${ESC}39m`)}`,
    '   Creating an optimized production build ...',
    ...extra,
  ];
  if (failing) {
    return [
      ...lines,
      `${red('Failed to compile.')}`,
      '',
      `${cyan('./src/app/page.tsx')}:${ESC}33m12${ESC}39m:${ESC}33m5${ESC}39m`,
      `${red(bold('Type error'))}: Type 'string' is not assignable to type 'number'.`,
      `  12 |     count: "${context.commitId.slice(0, 4)}",`,
      '     |     ^',
      'Next.js build worker exited with code: 1 and signal: null',
    ];
  }
  return [
    ...lines,
    ` ${green('✓')} Compiled successfully`,
    `   Linting and checking validity of types ...`,
    ` ${green('✓')} Generating static pages (6/6)`,
    'Route (app)                              Size     First Load JS',
    `┌ ○ /                                    ${cyan('5.2 kB')}         92.3 kB`,
    `└ ○ /_not-found                          ${cyan('871 B')}          88 kB`,
    '# Completed phase: build',
    '# Starting phase: postBuild',
    `# Executing command: ls ${src}/.next`,
    'BUILD_ID  cache  server  static',
    '# Completed phase: postBuild',
    '## Completed Frontend Build',
  ];
}

function buildFailed(): string[] {
  return [
    '[ERROR]: !!! Build failed',
    '[ERROR]: !!! Error: Command failed with exit code 1',
    '# Starting environment caching...',
    '# Environment caching completed',
  ];
}

function deployStepTexts(context: BuildLogContext): string[] {
  const manual = context.kind === 'gen1-manual';
  const lines = [
    '# Starting deployment',
    manual ? '# Using the artifact uploaded by the manual deployment' : '# Retrieving build artifacts...',
    '# Deploying static assets...',
    context.kind === 'gen2' ? '# Starting SSR build for compute resources...' : '# Uploading to the content delivery network...',
  ];
  if (context.outcome.result === 'FAILED' && (context.outcome.failIn === 'deploy' || manual)) {
    return [
      ...lines,
      '[ERROR]: !!! CustomerError: The size of the build output (223 MB) exceeds the max allowed size of 220 MB.',
      '[ERROR]: !!! Deployment failed',
    ];
  }
  return [...lines, `# Deployment complete: https://${context.branchName}.${context.appId}.amplifyapp.com`];
}

function verifyStepTexts(context: BuildLogContext): string[] {
  return [
    '# Starting verification',
    `# Requesting https://${context.branchName}.${context.appId}.amplifyapp.com/`,
    '# Received 200 OK',
    '# Verification completed',
  ];
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

/** A stable number for a commit, as CodeBuild's source folder has one. */
function fakeNumber(seed: string): string {
  let value = 7;
  for (const char of seed) value = (value * 31 + char.charCodeAt(0)) % 1_000_000_000;
  return String(value).padStart(9, '1');
}
