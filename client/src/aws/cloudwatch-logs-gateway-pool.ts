import { CloudWatchLogsGateway, type CloudWatchLogsGatewayOptions } from './cloudwatch-logs-gateway';
import type { GatewayTarget } from './cloudformation-gateway-pool';

/** One CloudWatch Logs gateway per profile and region: envs of one project may live in different accounts or regions. */
export class CloudWatchLogsGatewayPool {
  private readonly gateways = new Map<string, CloudWatchLogsGateway>();

  constructor(private readonly defaults: Omit<CloudWatchLogsGatewayOptions, 'region' | 'profile'> = {}) {}

  gatewayFor(target: GatewayTarget): CloudWatchLogsGateway {
    const key = `${target.profile ?? ''}@${target.region}`;
    let gateway = this.gateways.get(key);
    if (!gateway) {
      gateway = new CloudWatchLogsGateway({ ...this.defaults, region: target.region, profile: target.profile });
      this.gateways.set(key, gateway);
    }
    return gateway;
  }

  /** Drops every client, e.g. after the profile changed; open live tails on them end. */
  clear(): void {
    for (const gateway of this.gateways.values()) gateway.dispose();
    this.gateways.clear();
  }
}
