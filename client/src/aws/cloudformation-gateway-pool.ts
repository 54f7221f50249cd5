import { CloudFormationGateway, type CloudFormationGatewayOptions } from './cloudformation-gateway';

export interface GatewayTarget {
  region: string;
  profile?: string;
}

/**
 * One gateway per profile and region, kept between refreshes so the SDK client's credentials and
 * the listing cache survive; Gen 1 envs of one project may live in different regions or accounts.
 */
export class CloudFormationGatewayPool {
  private readonly gateways = new Map<string, CloudFormationGateway>();

  constructor(private readonly defaults: Omit<CloudFormationGatewayOptions, 'region' | 'profile' | 'credentials'> = {}) {}

  gatewayFor(target: GatewayTarget): CloudFormationGateway {
    const key = `${target.profile ?? ''}@${target.region}`;
    let gateway = this.gateways.get(key);
    if (!gateway) {
      gateway = new CloudFormationGateway({ ...this.defaults, region: target.region, profile: target.profile });
      this.gateways.set(key, gateway);
    }
    return gateway;
  }

  /** Forgets every cached listing (the refresh button, a finished deploy). */
  invalidate(): void {
    for (const gateway of this.gateways.values()) gateway.invalidate();
  }

  /** Drops every client, e.g. after the shared config files changed. */
  clear(): void {
    for (const gateway of this.gateways.values()) gateway.dispose();
    this.gateways.clear();
  }
}
