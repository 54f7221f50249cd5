import { describe, expect, it } from 'vitest';
import { logEventsConsoleUrl, logGroupConsoleUrl } from './log-console-url';

describe('CloudWatch console URLs', () => {
  it("encode a log group the console's way, in the group's region", () => {
    expect(logGroupConsoleUrl('eu-west-1', '/aws/lambda/summarizePost-dev')).toBe(
      'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Faws$252Flambda$252FsummarizePost-dev',
    );
  });

  it('use the China and GovCloud consoles for their regions', () => {
    expect(logGroupConsoleUrl('cn-north-1', '/g')).toMatch(
      /^https:\/\/cn-north-1\.console\.amazonaws\.cn\/cloudwatch\/home\?region=cn-north-1#/,
    );
    expect(logGroupConsoleUrl('us-gov-west-1', '/g')).toMatch(/^https:\/\/us-gov-west-1\.console\.amazonaws-us-gov\.com\//);
  });

  it('carry a filter pattern and time range to the events view', () => {
    expect(logEventsConsoleUrl('us-east-1', '/aws/appsync/apis/abc', { filterPattern: '"Invoke Error"', start: 1000, end: 2000 })).toBe(
      'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/$252Faws$252Fappsync$252Fapis$252Fabc/log-events$3FfilterPattern$3D$2522Invoke$2520Error$2522$26start$3D1000$26end$3D2000',
    );
  });
});
