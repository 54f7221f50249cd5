import type { FakeLogsState } from '../../test/fake-aws';
import type { LogTarget } from '../src/logs/log-targets';

/** A target for a group of the fake, as resolution would give it (ARN in the fake's account and region). */
export function fakeTarget(state: FakeLogsState, logGroup: string, options: { withArn?: boolean } = {}): LogTarget {
  return {
    resourceName: logGroup.split('/').at(-1) ?? logGroup,
    category: 'function',
    logGroup,
    arn: options.withArn === false ? undefined : state.logGroupArn(logGroup),
    region: state.region,
    environment: 'dev',
    confirmed: true,
  };
}
