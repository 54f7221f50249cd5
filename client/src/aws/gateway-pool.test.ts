import { describe, expect, it } from 'vitest';
import { CloudFormationGatewayPool } from './cloudformation-gateway-pool';
import { CloudWatchLogsGatewayPool } from './cloudwatch-logs-gateway-pool';

describe.each([
  ['CloudFormationGatewayPool', () => new CloudFormationGatewayPool({ maxAttempts: 1 })],
  ['CloudWatchLogsGatewayPool', () => new CloudWatchLogsGatewayPool({ maxAttempts: 1 })],
])('%s', (_name, createPool) => {
  it('keeps one gateway per profile and region until cleared', () => {
    const pool = createPool();
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
