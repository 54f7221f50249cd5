import { basename, isAbsolute, join } from 'node:path';
import type { DeployPhase, DeployTimelineSnapshot, ProjectLink } from 'amplify-lens-model/panels';
import { CliProcess, type CliExit, type CliRunLog } from './cli-process';
import {
  cliFailureReason,
  outputsFileInLine,
  parseDestructiveChange,
  parseEsbuildErrors,
  parseGraphqlLocations,
  parseTypeScriptErrors,
  stackNameInLine,
  stripAnsi,
  type DestructiveChange,
  type FileLocation,
  type GraphqlLocation,
} from './cli-output-parsers';
import { commandLine, type DeployAction, type DeployActionInput } from './deploy-command-catalog';
import type { DeployTimelineSource } from './deploy-timeline-source';
import { DeployTimelineModel } from './deploy-timeline-model';
import type { ProjectLinkContext } from './project-links';
import { StackEventsFollower, type StackEventsReader } from './stack-events-follower';
import { locatedProblemLine } from './located-problem-lines';
import { placeNamedErrors, type SchemaSymbolLocator } from './named-error-placement';
import { parseNamedSchemaErrors } from './named-schema-errors';
import { fallbackSchemaFiles } from './schema-definition-scan';

/** Events this much older than the deploy's start are still read, for a local clock behind AWS's. */
const CLOCK_SKEW_MS = 5_000;
const KEPT_OUTPUT_CHARS = 200_000;
const COMPLETION_LINES = [/^✔ Deployment completed in/, /^Deployment state saved successfully\./];

export interface DeployRunOptions {
  deployId: string;
  envName: string;
  action: DeployAction;
  input: DeployActionInput;
  /** The CLI program (its absolute path, cli-locator.ts) and its leading arguments (`['/usr/bin/npx', 'ampx']`). */
  program: readonly string[];
  /** The program as the user's setting names it (`['npx', 'ampx']`), for the terminal and the timeline; default `program`. */
  displayProgram?: readonly string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Known before the CLI starts for Gen 1 envs and existing backends; else read from ampx's output. */
  rootStackName?: string;
  /** Where to read stack events; without it the run only watches the CLI. */
  reader?: StackEventsReader;
  links?: ProjectLinkContext;
  /** The Gen 1 API schema, where graphql-js's `GraphQL request:L:C` locations point (absolute, for the problem matcher). */
  schemaFile?: string;
  /** Where the project's schema declares a type or field, for transformer errors that name one without a position. */
  symbolLocator?: SchemaSymbolLocator;
  activeIntervalMs?: number;
  quietIntervalMs?: number;
  graceMs?: number;
  now?: () => number;
  /** Everything for the terminal: the CLI's output and Lens's own lines. */
  onText?(text: string): void;
  /** Each time the CLI says a deploy completed (a watching sandbox says it after every redeploy). */
  onDeployCompleted?(): void;
  onFollowError?(error: unknown): void;
  /** The extension's log: the run, and how the deploy ended. */
  log?: CliRunLog;
}

export interface DeployResult {
  phase: DeployPhase;
  exit: CliExit;
  durationMs: number;
  snapshot: DeployTimelineSnapshot;
  destructive?: DestructiveChange;
  schemaErrors: GraphqlLocation[];
  /** Transformer errors without a position, placed at the type or field they name. */
  namedSchemaErrors: FileLocation[];
  /** `amplify_outputs.json` when ampx wrote it. */
  outputsFile?: string;
}

/**
 * One CLI run from start to outcome, without VS Code: starts the CLI, reads its output (the root
 * stack's name, the outputs file, the destructive-change and schema errors), follows the stacks
 * once the root is known, and ends with the phase CloudFormation and the exit code agree on. It is
 * the timeline panel's source; `cancel()` interrupts the CLI.
 */
export class DeployRunner implements DeployTimelineSource {
  readonly deployId: string;
  readonly command: string;
  private readonly model: DeployTimelineModel;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  private readonly startedAt: number;
  private follower?: StackEventsFollower;
  private process?: CliProcess;
  private output = '';
  private outputsFile?: string;
  private cancelled = false;
  private running = false;

  constructor(private readonly options: DeployRunOptions) {
    this.deployId = options.deployId;
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.command = commandLine(options.displayProgram ?? options.program, options.action.args(options.input));
    this.model = new DeployTimelineModel({
      deployId: options.deployId,
      envName: options.envName,
      command: this.command,
      startedAt: this.startedAt,
      links: options.links,
    });
  }

  snapshot(): DeployTimelineSnapshot {
    return this.model.snapshot();
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  isRunning(): boolean {
    return this.running;
  }

  cancel(): void {
    if (!this.running || this.cancelled) return;
    this.cancelled = true;
    this.process?.interrupt(this.options.graceMs);
  }

  async run(): Promise<DeployResult> {
    const { options } = this;
    this.running = true;
    options.onText?.(`> ${this.command}\r\n`);
    if (options.rootStackName) this.follow(options.rootStackName);
    this.process = new CliProcess(
      { program: options.program, args: options.action.args(options.input), cwd: options.cwd, env: options.env, log: options.log },
      { onText: (text) => this.takeText(text), onLine: (line) => this.takeLine(line) },
    );
    const exit = await this.process.exited;
    if (this.follower) {
      await this.follower.poll().catch((error: unknown) => options.onFollowError?.(error));
      this.follower.stop();
    }
    const schemaErrors = parseGraphqlLocations(this.output);
    const fileErrors = [...parseEsbuildErrors(this.output), ...parseTypeScriptErrors(this.output)].map((error) => ({
      ...error,
      file: join(options.cwd, error.file),
    }));
    const located = [...(options.schemaFile ? schemaErrors.map((error) => ({ ...error, file: options.schemaFile! })) : []), ...fileErrors];
    const namedSchemaErrors = exit.code !== 0 && !this.cancelled ? await this.placeNamedErrors() : [];
    located.push(...namedSchemaErrors);
    for (const error of located) options.onText?.(`${locatedProblemLine(error.file, error)}\r\n`);
    const phase = this.decidePhase(exit);
    this.model.finish(
      phase,
      this.now(),
      phase === 'failed' && !this.model.cloudformationStarted ? this.nothingDeployed(exit, located[0]) : undefined,
    );
    if (options.action.deploys) this.logOutcome(phase);
    this.running = false;
    this.changed();
    return {
      phase,
      exit,
      durationMs: this.now() - this.startedAt,
      snapshot: this.model.snapshot(),
      destructive: parseDestructiveChange(this.output),
      schemaErrors,
      namedSchemaErrors,
      outputsFile: this.outputsFile,
    };
  }

  private logOutcome(phase: DeployPhase): void {
    const snapshot = this.model.snapshot();
    const what = `${this.options.action.title} of ${this.options.envName}`;
    if (phase === 'succeeded') this.options.log?.info(`${what} succeeded: ${snapshot.counts.done} resources done`);
    else if (snapshot.notDeployed) this.options.log?.warn(`${what} failed, nothing deployed: ${snapshot.notDeployed.reason}`);
    else this.options.log?.warn(`${what} ${phase}: ${snapshot.counts.failed} resources failed`);
  }

  /** The CLI stopped before CloudFormation started: why, in its words, and where it points. */
  private nothingDeployed(
    exit: CliExit,
    first: { file: string; line: number; column: number } | undefined,
  ): DeployTimelineSnapshot['notDeployed'] {
    const reason = cliFailureReason(this.output) ?? `The CLI exited with code ${exit.code ?? exit.signal} before CloudFormation started.`;
    const link: ProjectLink | undefined = first && {
      path: first.file,
      line: first.line,
      column: first.column,
      label: `${basename(first.file)}:${first.line}`,
    };
    return link ? { reason, link } : { reason };
  }

  /** Errors like `InvalidDirectiveError: … on Customer.orders`, at the declaration they name. */
  private placeNamedErrors(): Promise<FileLocation[]> {
    const { cwd, schemaFile, symbolLocator } = this.options;
    const schema = schemaFile && (isAbsolute(schemaFile) ? schemaFile : join(cwd, schemaFile));
    return placeNamedErrors(parseNamedSchemaErrors(this.output), {
      projectRoot: cwd,
      locator: symbolLocator,
      fallbackFiles: () => fallbackSchemaFiles(cwd, schema),
    });
  }

  private decidePhase(exit: CliExit): DeployPhase {
    if (this.cancelled) return 'cancelled';
    const cloud = this.model.cloudPhase();
    if (exit.code === 0) return cloud === 'failed' || cloud === 'rolled-back' ? cloud : 'succeeded';
    return cloud === 'rolled-back' ? 'rolled-back' : 'failed';
  }

  private takeText(text: string): void {
    // Terminals need CRLF; the CLI writes LF when it is not talking to one.
    this.options.onText?.(text.replace(/\r?\n/g, '\r\n'));
    this.output = (this.output + text).slice(-KEPT_OUTPUT_CHARS);
  }

  private takeLine(raw: string): void {
    const line = stripAnsi(raw).trim();
    const stackName = stackNameInLine(line);
    if (stackName && !this.model.rootStackName) this.follow(stackName);
    this.outputsFile = outputsFileInLine(line) ?? this.outputsFile;
    if (COMPLETION_LINES.some((pattern) => pattern.test(line))) this.options.onDeployCompleted?.();
  }

  private follow(rootStackName: string): void {
    this.model.setRoot(rootStackName);
    this.changed();
    const { reader } = this.options;
    if (!reader || !this.options.action.deploys || this.follower) return;
    this.follower = new StackEventsFollower({
      reader,
      stacks: () => this.model.activeStackIds(),
      onEvents: (events) => {
        if (this.model.ingest(events)) this.changed();
      },
      onError: this.options.onFollowError,
      since: new Date(this.startedAt - CLOCK_SKEW_MS),
      activeIntervalMs: this.options.activeIntervalMs,
      quietIntervalMs: this.options.quietIntervalMs,
    });
    this.follower.start();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
