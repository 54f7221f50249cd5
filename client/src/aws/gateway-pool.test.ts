import { describe, expect, it } from 'vitest';
import { CloudFormationGatewayPool } from './cloudformation-gateway-pool';

describe('CloudFormationGatewayPool', () => {
  it('keeps one gateway per profile and region', () => {
    const pool = new CloudFormationGatewayPool({ maxAttempts: 1 });
    const dev = pool.gatewayFor({ region: 'eu-west-1', profile: 'dev' });
    expect(pool.gatewayFor({ region: 'eu-west-1', profile: 'dev' })).toBe(dev);
    expect(pool.gatewayFor({ region: 'us-east-1', profile: 'dev' })).not.toBe(dev);
    expect(pool.gatewayFor({ region: 'eu-west-1' })).not.toBe(dev);
    expect(dev).toMatchObject({ region: 'eu-west-1', profile: 'dev' });
    pool.clear();
    expect(pool.gatewayFor({ region: 'eu-west-1', profile: 'dev' })).not.toBe(dev);
    pool.clear();
  });
});
