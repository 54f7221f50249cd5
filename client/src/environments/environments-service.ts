import type { CloudFormationGatewayPool } from '../aws/cloudformation-gateway-pool';
import { findAmplifyProjects } from 'amplify-lens-model/project';
import { projectAwsSettings, resolveAwsTarget, type LocalAwsState } from './aws-target';
import { loadEnvironmentDetails } from './environment-details-loader';
import { withLastKnownState } from './last-known-state';
import type { AmplifyEnvironment, EnvironmentDetails, EnvironmentsSnapshot } from './environment-types';
import { loadEnvironments } from './load-environments';

export type EnvironmentsRefreshReason = 'user' | 'deploy-finished' | 'interval' | 'aws-selection-changed';

export interface EnvironmentsServiceOptions {
  /** The workspace folders to look for Amplify projects in. */
  folders(): readonly string[];
  /** The profile and region the user chose; unset fields follow the project. */
  selection(): { profile?: string; region?: string };
  /** Gen 2 app ids whose branch deployments belong to the workspace's projects. */
  appIds(): readonly string[];
  /**
   * The gateway pool, created on first use: the extension loads the AWS SDK only when a view
   * first asks for environments, so activation does not pay for it.
   */
  pool(): Promise<CloudFormationGatewayPool>;
  /** The region when neither the user, the project nor the profile names one. */
  fallbackRegion?: string;
}

type Listener = () => unknown;
interface Disposable {
  dispose(): void;
}

/**
 * The workspace's environments, kept for the views: each refresh finds the Amplify projects and
 * loads their environments through the gateway pool. A newer refresh cancels an older one, so a
 * slow account never overwrites fresh data; listings are cached until something may have changed.
 */
export class EnvironmentsService {
  private current: EnvironmentsSnapshot[] = [];
  private readonly listeners = new Set<Listener>();
  private running?: AbortController;
  private local: LocalAwsState = { hasProject: false };
  private localReads = 0;

  constructor(private readonly options: EnvironmentsServiceOptions) {}

  snapshots(): readonly EnvironmentsSnapshot[] {
    return this.current;
  }

  localAwsState(): LocalAwsState {
    return this.local;
  }

  /**
   * Finds the workspace's projects and the profile and region Lens reads them with, from files
   * alone (the project's, the shared AWS config, the environment): no AWS call, so it runs at
   * activation and whenever the choice of profile or region changes.
   */
  async readLocal(): Promise<void> {
    const read = ++this.localReads;
    const projects = (await Promise.all(this.options.folders().map((folder) => findAmplifyProjects(folder)))).flat();
    const first = projects[0];
    const settings = first ? await projectAwsSettings(first).catch(() => undefined) : undefined;
    const { resolveRegionWithOrigin } = await import('../aws/aws-config');
    const target = await resolveAwsTarget({
      selection: this.options.selection(),
      project: settings,
      sdkRegion: (profile) => resolveRegionWithOrigin(profile),
    });
    if (read !== this.localReads) return;
    this.local = {
      hasProject: projects.length > 0,
      target: { ...target, region: target.regionOrigin === 'fallback' ? (this.options.fallbackRegion ?? target.region) : target.region },
    };
    this.changed();
  }

  /** Shaped like `vscode.Event<void>`, without importing vscode here. */
  readonly onDidChange = (listener: Listener, thisArgs?: unknown, disposables?: Disposable[]): Disposable => {
    const bound = () => listener.call(thisArgs);
    this.listeners.add(bound);
    const subscription = { dispose: () => this.listeners.delete(bound) };
    disposables?.push(subscription);
    return subscription;
  };

  async refresh(reason: EnvironmentsRefreshReason): Promise<void> {
    // A timer refresh may use the cache, unless a deploy is running and its status moves.
    const deploying = this.current.some((snapshot) => snapshot.environments.some((env) => env.health === 'deploying'));
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    const { signal } = controller;
    const pool = await this.options.pool();
    if (reason !== 'interval' || deploying) pool.invalidate();
    // A refresh the user asked for may ask for an MFA code again after one was declined.
    if (reason === 'user' || reason === 'aws-selection-changed') pool.resumeCredentialPrompts();

    const selection = this.options.selection();
    const { listProfiles, resolveRegion } = await import('../aws/aws-config');
    const projects = (await Promise.all(this.options.folders().map((folder) => findAmplifyProjects(folder, signal)))).flat();
    const defaultRegion = selection.region ?? (await resolveRegion(selection.profile)) ?? this.options.fallbackRegion ?? 'us-east-1';
    const ssoProfiles = new Set((await listProfiles()).filter((profile) => profile.sso).map((profile) => profile.name));
    const snapshots = await Promise.all(
      projects.map((project) =>
        loadEnvironments(
          project,
          (target) =>
            pool.gatewayFor({
              region: selection.region ?? target.region ?? defaultRegion,
              profile: selection.profile ?? target.profile,
            }),
          { signal, appIds: this.options.appIds(), ssoProfiles },
        ),
      ),
    );
    if (signal.aborted || this.running !== controller) return;
    this.running = undefined;
    // What could not be read now keeps its last known state, marked stale (last-known-state.ts).
    const previous = new Map(this.current.map((snapshot) => [snapshot.projectRoot, snapshot]));
    this.current = snapshots
      .filter((snapshot) => !snapshot.cancelled)
      .map((snapshot) => withLastKnownState(previous.get(snapshot.projectRoot), snapshot));
    this.changed();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** One environment's resources and latest deploy events, read with the profile and region its listing used. */
  async loadDetails(environment: AmplifyEnvironment, signal?: AbortSignal): Promise<EnvironmentDetails> {
    const pool = await this.options.pool();
    const selection = this.options.selection();
    return loadEnvironmentDetails(
      environment,
      (target) =>
        pool.gatewayFor({
          region: selection.region ?? target.region ?? this.options.fallbackRegion ?? 'us-east-1',
          profile: selection.profile ?? target.profile,
        }),
      signal,
    );
  }

  dispose(): void {
    this.running?.abort();
    this.listeners.clear();
  }
}
