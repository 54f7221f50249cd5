import { describe, expect, it } from 'vitest';
import { arnLocation, consoleUrls, isConsoleUrl } from './aws-console-urls';

describe('AWS console URLs', () => {
  it('build each service page in its region', () => {
    expect(consoleUrls.lambdaFunction('eu-west-1', 'summarizePost-dev')).toBe(
      'https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions/summarizePost-dev',
    );
    expect(consoleUrls.dynamodbTable('eu-west-1', 'Post-abc-dev')).toBe(
      'https://eu-west-1.console.aws.amazon.com/dynamodbv2/home?region=eu-west-1#table?name=Post-abc-dev',
    );
    expect(consoleUrls.appsyncApi('us-east-1', 'abcdef')).toBe(
      'https://us-east-1.console.aws.amazon.com/appsync/home?region=us-east-1#/abcdef/v1/home',
    );
    expect(consoleUrls.cognitoUserPool('eu-west-1', 'eu-west-1_AbC123')).toBe(
      'https://eu-west-1.console.aws.amazon.com/cognito/v2/idp/user-pools/eu-west-1_AbC123/overview?region=eu-west-1',
    );
    expect(consoleUrls.s3Bucket('eu-west-1', 'my-bucket')).toBe('https://s3.console.aws.amazon.com/s3/buckets/my-bucket?region=eu-west-1');
    expect(consoleUrls.amplifyBranch('eu-west-1', 'd1abc', 'release/staging')).toBe(
      'https://eu-west-1.console.aws.amazon.com/amplify/apps/d1abc/branches/release%2Fstaging/deployments',
    );
  });

  it('use the China and GovCloud consoles for their partitions', () => {
    expect(consoleUrls.lambdaFunction('cn-north-1', 'f')).toBe(
      'https://cn-north-1.console.amazonaws.cn/lambda/home?region=cn-north-1#/functions/f',
    );
    expect(consoleUrls.s3Bucket('cn-northwest-1', 'b')).toBe('https://cn-northwest-1.console.amazonaws.cn/s3/buckets/b?region=cn-northwest-1');
    expect(consoleUrls.cognitoUserPool('us-gov-west-1', 'p')).toBe(
      'https://us-gov-west-1.console.amazonaws-us-gov.com/cognito/v2/idp/user-pools/p/overview?region=us-gov-west-1',
    );
    expect(arnLocation('arn:aws-cn:cloudformation:cn-north-1:123456789012:stack/s/1')).toEqual({
      partition: 'aws-cn',
      region: 'cn-north-1',
      account: '123456789012',
    });
  });

  it('encode names, refuse a region that is not one, and open only console hosts', () => {
    expect(consoleUrls.lambdaFunction('eu-west-1', 'a#b/c')).toMatch(/#\/functions\/a%23b%2Fc$/);
    expect(() => consoleUrls.lambdaFunction('evil.example.com/x', 'f')).toThrow(/not an AWS region/);
    expect(isConsoleUrl('https://eu-west-1.console.aws.amazon.com/lambda/home')).toBe(true);
    expect(isConsoleUrl('https://s3.console.aws.amazon.com/s3/buckets/b')).toBe(true);
    for (const url of [
      'http://eu-west-1.console.aws.amazon.com/',
      'https://console.aws.amazon.com.evil.example/',
      'https://user@console.aws.amazon.com/',
      'javascript:alert(1)',
    ]) {
      expect(isConsoleUrl(url)).toBe(false);
    }
  });
});
