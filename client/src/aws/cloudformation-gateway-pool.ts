import { CloudFormationGateway, type CloudFormationGatewayOptions } from './cloudformation-gateway';
import { GatewayPool } from './gateway-pool';
import { resumeMfaPrompts } from './shared-credential-providers';

export type { GatewayTarget } from './gateway-pool';

/** CloudFormation gateways per profile and region; their listing caches survive between refreshes. */
export class CloudFormationGatewayPool extends GatewayPool<CloudFormationGateway> {
  constructor(defaults: Omit<CloudFormationGatewayOptions, 'region' | 'profile' | 'credentials'> = {}) {
    super((target) => new CloudFormationGateway({ ...defaults, region: target.region, profile: target.profile }));
  }

  /** Forgets every cached listing (the refresh button, a finished deploy). */
  invalidate(): void {
    for (const gateway of this.each()) gateway.invalidate();
  }

  /** The user asked for fresh data: an MFA prompt they declined may show again. */
  resumeCredentialPrompts(): void {
    resumeMfaPrompts();
  }
}
