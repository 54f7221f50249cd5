import { CloudWatchLogsGateway, type CloudWatchLogsGatewayOptions } from './cloudwatch-logs-gateway';
import { GatewayPool } from './gateway-pool';

/** CloudWatch Logs gateways per profile and region; clearing the pool ends the live tails on them. */
export class CloudWatchLogsGatewayPool extends GatewayPool<CloudWatchLogsGateway> {
  constructor(defaults: Omit<CloudWatchLogsGatewayOptions, 'region' | 'profile'> = {}) {
    super((target) => new CloudWatchLogsGateway({ ...defaults, region: target.region, profile: target.profile }));
  }
}
