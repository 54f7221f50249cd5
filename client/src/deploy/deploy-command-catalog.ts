/**
 * Every CLI action Lens offers, per Amplify generation, as data: the VS Code command, the tool, the
 * arguments, and whether it deploys (then Lens follows CloudFormation and keeps the outcome). Pure,
 * so the palette, the tree menus and the tests read one list.
 */
import { invalidActionInput } from './cli-argument-rules';

export type CliTool = 'amplify' | 'ampx';

export type DeployActionId =
  | 'push'
  | 'publish'
  | 'pull'
  | 'status'
  | 'envCheckout'
  | 'envAdd'
  | 'envRemove'
  | 'sandboxOnce'
  | 'sandboxWatch'
  | 'sandboxDelete'
  | 'generateOutputs'
  | 'branchDeploy';

/** What an action needs to know about its target. */
export interface DeployActionInput {
  envName?: string;
  /** Gen 2 sandbox identifier (`--identifier`); absent = ampx's default (the OS user name). */
  identifier?: string;
  branch?: string;
  appId?: string;
  stackName?: string;
  /** Only after the user confirmed the tables that will be replaced. */
  allowDestructive?: boolean;
}

export interface DeployAction {
  id: DeployActionId;
  /** `amplifyLens.deploy.<id>`. */
  command: string;
  title: string;
  generation: 1 | 2;
  tool: CliTool;
  /** Changes the backend in the cloud: follow its stacks, lock the env, keep the outcome. */
  deploys: boolean;
  /** Runs until stopped (sandbox watch mode). */
  watches: boolean;
  /** Asks questions Lens cannot answer for the user (`amplify env add` asks for the AWS profile): runs in a plain shell task. */
  interactive: boolean;
  args(input: DeployActionInput): string[];
}

type Flags = Partial<Pick<DeployAction, 'deploys' | 'watches' | 'interactive'>>;

const action = (id: DeployActionId, title: string, generation: 1 | 2, args: DeployAction['args'], flags: Flags = {}): DeployAction => ({
  id,
  command: `amplifyLens.deploy.${id}`,
  title,
  generation,
  tool: generation === 1 ? 'amplify' : 'ampx',
  deploys: flags.deploys ?? false,
  watches: flags.watches ?? false,
  interactive: flags.interactive ?? false,
  // The controller refuses such input with a message first; this keeps any other caller honest.
  args: (input) => {
    const problem = invalidActionInput(input);
    if (problem) throw new Error(problem);
    return args(input);
  },
});

const destructive = (input: DeployActionInput) => (input.allowDestructive ? ['--allow-destructive-graphql-schema-updates'] : []);
const identifier = (input: DeployActionInput) => (input.identifier ? ['--identifier', input.identifier] : []);
const required = (value: string | undefined, what: string): string => {
  if (!value) throw new Error(`This action needs ${what}.`);
  return value;
};

export const DEPLOY_ACTIONS: readonly DeployAction[] = [
  // `--yes` skips the CLI's own prompt: Lens asks first, with the status table in front of the user.
  action('push', 'Push', 1, (input) => ['push', '--yes', ...destructive(input)], { deploys: true }),
  action('publish', 'Publish', 1, (input) => ['publish', '--yes', ...destructive(input)], { deploys: true }),
  action('pull', 'Pull Backend', 1, () => ['pull', '--yes']),
  action('status', 'Show Status', 1, () => ['status']),
  action('envCheckout', 'Check Out Environment', 1, (input) => ['env', 'checkout', required(input.envName, 'an env name')]),
  action('envAdd', 'Add Environment', 1, (input) => ['env', 'add', '--envName', required(input.envName, 'an env name')], { interactive: true }),
  action('envRemove', 'Remove Environment', 1, (input) => ['env', 'remove', required(input.envName, 'an env name'), '--yes']),
  action('sandboxOnce', 'Deploy Sandbox Once', 2, (input) => ['sandbox', '--once', ...identifier(input)], { deploys: true }),
  action('sandboxWatch', 'Start Sandbox (Watch)', 2, (input) => ['sandbox', ...identifier(input)], { deploys: true, watches: true }),
  action('sandboxDelete', 'Delete Sandbox', 2, (input) => ['sandbox', 'delete', '--yes', ...identifier(input)]),
  action('generateOutputs', 'Generate Outputs', 2, (input) =>
    input.stackName
      ? ['generate', 'outputs', '--stack', input.stackName]
      : ['generate', 'outputs', '--app-id', required(input.appId, 'an app id'), '--branch', required(input.branch, 'a branch')],
  ),
  action(
    'branchDeploy',
    'Deploy Branch',
    2,
    (input) => ['pipeline-deploy', '--branch', required(input.branch, 'a branch'), '--app-id', required(input.appId, 'an app id')],
    { deploys: true },
  ),
];

export function deployAction(id: DeployActionId): DeployAction {
  const found = DEPLOY_ACTIONS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no deploy action ${id}`);
  return found;
}

/** The command as the user would type it, for the timeline and the terminal's first line. */
export function commandLine(program: readonly string[], args: readonly string[]): string {
  return [...program, ...args].map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`)).join(' ');
}
