/**
 * Runs a catalog action against a target: finds the CLI, applies the safety rules (one deploy per
 * env, no push into a busy stack, asking before another env), confirms what will change, runs the
 * CLI as a task with the timeline, progress and problem matchers, then keeps the outcome, refreshes
 * the environments and says how it went. Diagnostics re-run by themselves: the language server
 * watches amplify/**\/*.json, amplify_outputs.json and aws-exports.js.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import * as vscode from 'vscode';
import type { CloudFormationGateway } from '../aws/cloudformation-gateway';
import type { CloudFormationGatewayPool } from '../aws/cloudformation-gateway-pool';
import type { EnvironmentsSnapshot } from '../environments/environment-types';
import { openDeployTimeline } from './deploy-timeline-panel';
import { CLI_NAME_RULES, invalidActionInput } from './cli-argument-rules';
import { CliProcess, type CliRunLog } from './cli-process';
import { deployConfirmation } from './deploy-confirmations';
import { locateCli } from './cli-locator';
import { parseStatusTable, pendingChanges } from './cli-output-parsers';
import { deployAction, type DeployAction, type DeployActionInput } from './deploy-command-catalog';
import { DeployOutcomeStore } from './deploy-outcome-store';
import { showDeployProgress } from './deploy-progress';
import { askName, confirm, confirmDestructive, confirmStatusChanges, reportMissingCli } from './deploy-prompts';
import { type DeployResult, DeployRunner } from './deploy-runner';
import type { SchemaSymbolLocator } from './named-error-placement';
import { DeployLocks, busyStackReason, envSwitchFor, envSwitchQuestion } from './deploy-safety';
import { deploySummary, outcomeOf } from './deploy-summaries';
import { TASK_TYPE, TerminalRelay, runDeployTask, runShellTask } from './deploy-task';
import { type DeployTarget, targetChoices, targetFromArgument, targetKey } from './deploy-targets';
import { lensSetting } from '../settings/settings-reader';

export interface DeployDependencies {
  snapshots(): readonly EnvironmentsSnapshot[];
  /** The lazily loaded gateway pool (the SDK loads on first use). */
  pool(): Promise<CloudFormationGatewayPool>;
  selection(): { profile?: string; region?: string };
  /** The extension's log: each CLI run with its exit code and duration. */
  log?: CliRunLog;
  /** The language server's answer to where the schema declares a name (errors without a position). */
  symbolLocator?: SchemaSymbolLocator;
}

export class DeployController {
  private readonly locks = new DeployLocks();
  private readonly runners = new Map<string, DeployRunner>();
  private nextId = 1;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly deps: DeployDependencies,
    private readonly outcomes: DeployOutcomeStore,
  ) {}

  async run(action: DeployAction, argument: unknown): Promise<void> {
    const target = targetFromArgument(argument, this.deps.snapshots()) ?? (await this.pickTarget(action));
    if (!target) return;
    if (target.generation !== action.generation) {
      void vscode.window.showInformationMessage(
        `${action.title} is for Amplify Gen ${action.generation} projects; ${target.environment?.name ?? 'this one'} is Gen ${target.generation}.`,
      );
      return;
    }
    const input = await this.inputFor(action, target);
    if (!input) return;
    // Env names come from the repository and identifiers from the account: only names the CLI accepts go on a command line.
    const invalid = invalidActionInput(input);
    if (invalid) {
      void vscode.window.showErrorMessage(invalid);
      return;
    }
    const confirmation = deployConfirmation(action, target.environment, input);
    if (confirmation && !(await confirm(confirmation.question, confirmation.action, confirmation.detail))) return;
    if (action.deploys) await this.deploy(action, target, input);
    else if (action.interactive) await this.executeInteractive(action, target, input);
    else await this.execute(action, target, input);
  }

  private async executeInteractive(action: DeployAction, target: DeployTarget, input: DeployActionInput): Promise<void> {
    const program = this.locate(action, target)?.program;
    if (!program) return;
    const envName = input.envName ?? target.environment?.name ?? '';
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(target.projectRoot));
    this.deps.log?.info(`Running ${action.title} (${[...program, ...action.args(input)].join(' ')}) in a terminal, in ${target.projectRoot}`);
    const code = await runShellTask(
      program,
      action.args(input),
      target.projectRoot,
      { type: TASK_TYPE, action: action.id, env: envName },
      folder,
      `${action.title}: ${envName}`,
    );
    this.deps.log?.[code === 0 ? 'info' : 'warn'](`${action.title} in a terminal exited with code ${code ?? 'unknown'}`);
    if (code === 0) void vscode.commands.executeCommand('amplifyLens.refreshEnvironments', 'deploy-finished');
  }

  /** "Deploy" on any env or resource row: push for Gen 1, the sandbox once, or the branch. */
  async deployTarget(argument: unknown): Promise<void> {
    const target = targetFromArgument(argument, this.deps.snapshots());
    if (!target) return this.run(deployAction('push'), argument);
    const kind = target.environment?.kind;
    const action = kind === 'gen2-branch' ? 'branchDeploy' : target.generation === 2 ? 'sandboxOnce' : 'push';
    return this.run(deployAction(action), argument);
  }

  /** The timeline of the env's running deploy, else of the latest one of this window. */
  showTimeline(argument: unknown): void {
    const target = targetFromArgument(argument, this.deps.snapshots());
    const runner = target ? this.runners.get(targetKey(target)) : [...this.runners.values()].at(-1);
    if (runner) openDeployTimeline(this.context, runner).reveal();
    else void vscode.window.showInformationMessage('No deploy has run from this window yet.');
  }

  private async pickTarget(action: DeployAction): Promise<DeployTarget | undefined> {
    const choices = targetChoices(action, this.deps.snapshots());
    if (choices.length === 0) {
      void vscode.window.showInformationMessage(
        `No Amplify Gen ${action.generation} project is open (or the Environments view has not loaded yet).`,
      );
      return undefined;
    }
    if (choices.length === 1) return choices[0]!.target;
    return (await vscode.window.showQuickPick(choices, { title: `Amplify: ${action.title}`, placeHolder: 'Choose the environment' }))?.target;
  }

  private async inputFor(action: DeployAction, target: DeployTarget): Promise<DeployActionInput | undefined> {
    const env = target.environment;
    switch (action.id) {
      case 'envAdd': {
        const envName = await askName('Name of the new environment', 'staging', CLI_NAME_RULES.envName.pattern, CLI_NAME_RULES.envName.rule);
        return envName ? { envName } : undefined;
      }
      case 'envCheckout':
      case 'envRemove': {
        const envName = env?.name ?? (await askName('Environment', 'dev', CLI_NAME_RULES.envName.pattern, CLI_NAME_RULES.envName.rule));
        if (!envName) return undefined;
        if (
          action.id === 'envRemove' &&
          !(await confirm(
            `Remove the environment ${envName}?`,
            'Remove',
            'amplify env remove deletes the environment’s stacks and their data in the cloud.',
          ))
        )
          return undefined;
        return { envName };
      }
      case 'sandboxOnce':
      case 'sandboxWatch':
      case 'sandboxDelete': {
        const identifier = env && !env.isCurrent ? env.name : undefined;
        const question = env ? `Delete the sandbox ${env.name}?` : 'Delete your sandbox?';
        if (action.id === 'sandboxDelete' && !(await confirm(question, 'Delete', 'Every resource of the sandbox and its data is deleted.')))
          return undefined;
        return { identifier };
      }
      case 'branchDeploy':
      case 'generateOutputs': {
        const appId = env?.rootStack?.tags['amplify:app-id'] ?? lensSetting('gen2AppIds')[0];
        if (action.id === 'generateOutputs' && env?.rootStackName) return { stackName: env.rootStackName };
        if (!appId || !env) {
          void vscode.window.showInformationMessage(
            'Branch deploys need the Amplify app: choose a branch deployment in the Environments view, or set amplifyLens.gen2AppIds.',
          );
          return undefined;
        }
        return { appId, branch: env.name };
      }
      default:
        return { envName: env?.name };
    }
  }

  private async deploy(action: DeployAction, target: DeployTarget, input: DeployActionInput): Promise<void> {
    const key = targetKey(target, input.identifier);
    const deployId = `deploy-${this.nextId++}`;
    const lock = this.locks.acquire(key, deployId);
    if ('heldBy' in lock) {
      const show = 'Show Timeline';
      if ((await vscode.window.showWarningMessage(`${target.environment?.name ?? 'This environment'} is already deploying.`, show)) === show)
        this.showTimeline(target.environment && { kind: 'environment', environment: target.environment });
      return;
    }
    try {
      const env = target.environment;
      const change = env ? envSwitchFor(env) : { kind: 'none' as const };
      const question = envSwitchQuestion(change);
      if (question && !(await confirm(question, action.title))) return;
      if (change.kind === 'gen1-checkout') {
        const checkout = await this.execute(deployAction('envCheckout'), target, { envName: change.to });
        if (!checkout || checkout.exit.code !== 0) return;
      }
      const gateway = await this.gatewayFor(target);
      if (env?.rootStackName) {
        gateway.invalidate(); // the answer must be CloudFormation's now, not the listing's
        const busy = await busyStackReason(gateway, env.rootStackName).catch(() => undefined);
        if (busy) {
          void vscode.window.showErrorMessage(`${action.title} refused: ${busy}`);
          return;
        }
      }
      if ((action.id === 'push' || action.id === 'publish') && !(await this.confirmChanges(action, target))) return;
      const result = await this.execute(action, target, input, gateway, key);
      // Only the transformer's own refusal leads here, and only an explicit yes re-runs with the flag.
      if (result?.destructive && target.generation === 1 && (await confirmDestructive(env?.name ?? 'this env', result.destructive))) {
        await this.execute(action, target, { ...input, allowDestructive: true }, gateway, key);
      }
    } finally {
      lock.release();
    }
  }

  private async confirmChanges(action: DeployAction, target: DeployTarget): Promise<boolean> {
    const program = this.locate(deployAction('status'), target)?.program;
    if (!program) return false;
    let output = '';
    const status = new CliProcess(
      { program, args: ['status'], cwd: target.projectRoot, log: this.deps.log },
      { onText: (text) => (output += text), onLine: () => undefined },
    );
    const exit = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'amplify status' }, () => status.exited);
    if (exit.code !== 0) {
      return confirm(`amplify status failed (exit code ${exit.code}). ${action.title} anyway?`, action.title, output.slice(-1500));
    }
    const table = parseStatusTable(output);
    return confirmStatusChanges(action.title, table.currentEnv ?? target.environment?.name ?? 'the current env', pendingChanges(table));
  }

  /** Runs one action as a task; deploys also get the timeline, the progress notification and an outcome. */
  private async execute(
    action: DeployAction,
    target: DeployTarget,
    input: DeployActionInput,
    gateway?: CloudFormationGateway,
    key?: string,
  ): Promise<DeployResult | undefined> {
    const located = this.locate(action, target);
    if (!located) return undefined;
    const env = target.environment;
    const envName = env?.name ?? input.envName ?? input.identifier ?? 'sandbox';
    const relay = new TerminalRelay();
    const schema = env?.resources.find(
      (resource) => resource.category === 'api' && resource.definitionPath?.endsWith('.graphql'),
    )?.definitionPath;
    const runner = new DeployRunner({
      deployId: `${action.id}-${this.nextId++}`,
      envName,
      action,
      input,
      program: located.program,
      displayProgram: located.typed,
      cwd: target.projectRoot,
      rootStackName: input.identifier ? undefined : env?.rootStackName,
      reader: action.deploys ? gateway : undefined,
      links: { projectRoot: target.projectRoot, generation: target.generation, fileExists: existsSync, gen1Resources: env?.resources },
      schemaFile: schema && (isAbsolute(schema) ? schema : join(target.projectRoot, schema)),
      symbolLocator: this.deps.symbolLocator,
      onText: (text) => relay.write(text),
      onDeployCompleted: () => action.watches && void vscode.commands.executeCommand('amplifyLens.refreshEnvironments', 'deploy-finished'),
      log: this.deps.log,
    });
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(target.projectRoot));
    const task = runDeployTask(runner, relay, { type: TASK_TYPE, action: action.id, env: envName }, folder, `${action.title}: ${envName}`);
    if (action.deploys && key) {
      this.runners.set(key, runner);
      openDeployTimeline(this.context, runner);
      showDeployProgress(runner, `Amplify ${action.title}: ${envName}`, task.result);
    }
    try {
      const result = await task.result;
      await this.finish(action, target, result, key);
      return result;
    } finally {
      relay.dispose();
    }
  }

  private async finish(action: DeployAction, target: DeployTarget, result: DeployResult, key: string | undefined): Promise<void> {
    const changesBackend = action.deploys || ['envCheckout', 'envAdd', 'envRemove', 'pull', 'sandboxDelete'].includes(action.id);
    if (changesBackend) void vscode.commands.executeCommand('amplifyLens.refreshEnvironments', 'deploy-finished');
    if (!action.deploys || !key) return;
    await this.outcomes.record(outcomeOf(result, key));
    const outputsFile =
      result.outputsFile ??
      (target.generation === 1 ? freshFile(target.projectRoot, 'src/aws-exports.js', result.snapshot.startedAt) : undefined);
    const summary = deploySummary(result, { title: action.title, envName: result.snapshot.envName, outputsFile });
    const show = {
      info: vscode.window.showInformationMessage,
      warning: vscode.window.showWarningMessage,
      error: vscode.window.showErrorMessage,
    }[summary.level];
    const timeline = 'Show Timeline';
    // Not awaited: the deploy (and its env's lock) is over whether or not the summary is dismissed.
    void Promise.resolve(show(summary.text, timeline)).then((answer) => {
      const runner = this.runners.get(key);
      if (answer === timeline && runner) openDeployTimeline(this.context, runner).reveal();
    });
  }

  private locate(action: DeployAction, target: DeployTarget): { program: string[]; typed: string[] } | undefined {
    const setting = lensSetting(action.tool === 'amplify' ? 'cli.amplifyPath' : 'cli.ampxCommand');
    const location = locateCli(action.tool, setting, { projectRoot: target.projectRoot });
    if (location.found) return location;
    void reportMissingCli(action.tool, location.message, location.hint);
    return undefined;
  }

  private async gatewayFor(target: DeployTarget): Promise<CloudFormationGateway> {
    const selection = this.deps.selection();
    const env = target.environment;
    const profile = selection.profile ?? env?.profile;
    const { resolveRegion } = await import('../aws/aws-config');
    const region = selection.region ?? env?.region ?? (await resolveRegion(profile)) ?? 'us-east-1';
    return (await this.deps.pool()).gatewayFor({ region, profile });
  }
}

function freshFile(root: string, file: string, since: number): string | undefined {
  try {
    return statSync(`${root}/${file}`).mtimeMs >= since - 1_000 ? file : undefined;
  } catch {
    return undefined;
  }
}
