import { forgetSharedCredentials } from './shared-credential-providers';

export interface GatewayTarget {
  region: string;
  profile?: string;
}

/**
 * One gateway per profile and region, kept between uses so an SDK client's credentials (and a
 * gateway's caches) survive; envs of one project may live in different regions or accounts.
 */
export class GatewayPool<Gateway extends { dispose(): void }> {
  private readonly gateways = new Map<string, Gateway>();

  constructor(private readonly create: (target: GatewayTarget) => Gateway) {}

  gatewayFor(target: GatewayTarget): Gateway {
    const key = `${target.profile ?? ''}@${target.region}`;
    let gateway = this.gateways.get(key);
    if (!gateway) {
      gateway = this.create(target);
      this.gateways.set(key, gateway);
    }
    return gateway;
  }

  /** Drops every client, e.g. after the profile or the shared config files changed. */
  clear(): void {
    for (const gateway of this.gateways.values()) gateway.dispose();
    this.gateways.clear();
    // The profiles' credentials are shared by every pool's clients (shared-credential-providers.ts).
    forgetSharedCredentials();
  }

  protected each(): Iterable<Gateway> {
    return this.gateways.values();
  }
}
