import type { CloudFormationGatewayPool } from '../aws/cloudformation-gateway-pool';
import type { CloudWatchLogsGatewayPool } from '../aws/cloudwatch-logs-gateway-pool';
import type { AmplifyEnvironment, EnvironmentResource, EnvironmentsSnapshot } from '../environments/environment-types';
import { loadLogTargets } from './log-target-loader';
import type { LogTarget } from './log-targets';
import type { LogsPortSource } from './logs-port';

export interface LogTargetsServiceOptions {
  snapshots(): readonly EnvironmentsSnapshot[];
  /** Loads the environments when nothing has asked for them yet (the views were never shown). */
  refresh(): Promise<void>;
  cloudFormation(): Promise<CloudFormationGatewayPool>;
  /** Created on first use, like the CloudFormation pool: the SDK loads when logs are first asked for. */
  logs(): Promise<CloudWatchLogsGatewayPool>;
  /** The profile and region the user chose; they win over the project's, as for the views. */
  selection(): { profile?: string; region?: string };
}

/**
 * Where the log commands find log groups: the environments the views loaded, their stacks'
 * resources read once per deploy, and the gateways for the profile and region each environment
 * is read with. Keeps no AWS client of its own.
 */
export class LogTargetsService {
  private readonly cache = new Map<string, Promise<LogTarget[]>>();

  constructor(private readonly options: LogTargetsServiceOptions) {}

  /** Deployed environments, the current ones first. */
  async environments(): Promise<AmplifyEnvironment[]> {
    if (this.options.snapshots().length === 0) await this.options.refresh();
    const all = this.options.snapshots().flatMap((snapshot) => snapshot.environments.filter((environment) => environment.rootStack));
    return [...all.filter((environment) => environment.isCurrent), ...all.filter((environment) => !environment.isCurrent)];
  }

  /** The environment a tree node's resource belongs to (the views hand out the model's own objects). */
  environmentOf(resource: EnvironmentResource): AmplifyEnvironment | undefined {
    return this.options
      .snapshots()
      .flatMap((snapshot) => snapshot.environments)
      .find((environment) => environment.resources.includes(resource));
  }

  targetsOf(environment: AmplifyEnvironment, signal?: AbortSignal): Promise<LogTarget[]> {
    const key = `${environment.rootStack?.id}@${environment.rootStack?.lastUpdatedAt?.getTime() ?? ''}`;
    let targets = this.cache.get(key);
    if (!targets) {
      targets = this.load(environment, signal);
      this.cache.set(key, targets);
      targets.catch(() => this.cache.delete(key));
    }
    return targets;
  }

  async portSource(): Promise<LogsPortSource> {
    const pool = await this.options.logs();
    return (target) => pool.gatewayFor(target);
  }

  /** Forgets resolved groups, e.g. after the AWS selection changed. */
  clear(): void {
    this.cache.clear();
  }

  private async load(environment: AmplifyEnvironment, signal?: AbortSignal): Promise<LogTarget[]> {
    const selection = this.options.selection();
    const gatewayTarget = { region: selection.region ?? environment.region ?? 'us-east-1', profile: selection.profile ?? environment.profile };
    const [cloudFormation, logs] = await Promise.all([this.options.cloudFormation(), this.options.logs()]);
    const targets = await loadLogTargets(environment, cloudFormation.gatewayFor(gatewayTarget), logs.gatewayFor(gatewayTarget), signal);
    return targets.map((target) => ({ ...target, ...gatewayTarget }));
  }
}
