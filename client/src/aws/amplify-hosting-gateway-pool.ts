import { AmplifyHostingGateway, type AmplifyHostingGatewayOptions } from './amplify-hosting-gateway';
import { GatewayPool } from './gateway-pool';

/** Amplify Hosting gateways per profile and region; their app and branch caches survive between refreshes. */
export class AmplifyHostingGatewayPool extends GatewayPool<AmplifyHostingGateway> {
  constructor(defaults: Omit<AmplifyHostingGatewayOptions, 'region' | 'profile' | 'credentials'> = {}) {
    super((target) => new AmplifyHostingGateway({ ...defaults, region: target.region, profile: target.profile }));
  }

  /** Forgets every cached listing (the refresh button, a job started). */
  invalidate(): void {
    for (const gateway of this.each()) gateway.invalidate();
  }
}
