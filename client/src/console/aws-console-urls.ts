/**
 * Pages of the AWS Management Console for what an Amplify project deploys, per service, region
 * and partition (`aws`: `<region>.console.aws.amazon.com`; `aws-cn`: `<region>.console.amazonaws.cn`;
 * `aws-us-gov`: `<region>.console.amazonaws-us-gov.com`). Identifiers are URL-encoded; the
 * hosts are the only ones Lens opens (`isConsoleUrl`), so a name from a stack cannot send the
 * browser elsewhere.
 */

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d{1,2}$/;

export function partitionOfRegion(region: string): Partition {
  return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
}

/** The partition and region of an ARN (`arn:aws-cn:lambda:cn-north-1:…`), when it is one. */
export function arnLocation(arn: string): { partition: Partition; region: string; account: string } | undefined {
  const match = /^arn:(aws|aws-cn|aws-us-gov):[a-z0-9-]+:([a-z0-9-]*):(\d{12})?:/.exec(arn);
  return match && REGION.test(match[2]!) ? { partition: match[1] as Partition, region: match[2]!, account: match[3] ?? '' } : undefined;
}

function host(region: string, partition: Partition = partitionOfRegion(region)): string {
  switch (partition) {
    case 'aws-cn':
      return `${region}.console.amazonaws.cn`;
    case 'aws-us-gov':
      return `${region}.console.amazonaws-us-gov.com`;
    default:
      return `${region}.console.aws.amazon.com`;
  }
}

function base(service: string, region: string, partition?: Partition): string {
  if (!REGION.test(region)) throw new Error(`not an AWS region: ${region}`);
  return `https://${host(region, partition)}/${service}`;
}

const e = encodeURIComponent;

export const consoleUrls = {
  lambdaFunction: (region: string, name: string, partition?: Partition) =>
    `${base('lambda', region, partition)}/home?region=${region}#/functions/${e(name)}`,
  dynamodbTable: (region: string, table: string, partition?: Partition) =>
    `${base('dynamodbv2', region, partition)}/home?region=${region}#table?name=${e(table)}`,
  appsyncApi: (region: string, apiId: string, partition?: Partition) =>
    `${base('appsync', region, partition)}/home?region=${region}#/${e(apiId)}/v1/home`,
  cognitoUserPool: (region: string, poolId: string, partition?: Partition) =>
    `${base('cognito', region, partition)}/v2/idp/user-pools/${e(poolId)}/overview?region=${region}`,
  s3Bucket: (region: string, bucket: string, partition: Partition = partitionOfRegion(region)) =>
    partition === 'aws'
      ? `https://s3.console.aws.amazon.com/s3/buckets/${e(bucket)}?region=${region}`
      : `${base('s3', region, partition)}/buckets/${e(bucket)}?region=${region}`,
  cloudFormationStack: (region: string, stackArn: string, partition?: Partition) =>
    `${base('cloudformation', region, partition)}/home?region=${region}#/stacks/stackinfo?stackId=${e(stackArn)}`,
  /** The app's overview in the Amplify console. */
  amplifyApp: (region: string, appId: string, partition?: Partition) => `${base('amplify', region, partition)}/apps/${e(appId)}/overview`,
  /**
   * A branch's deployments. The console has no link to one job: this page opens on the latest
   * deployment (amplify-hosting #4027), and the job is one click away in its list.
   */
  amplifyBranch: (region: string, appId: string, branchName: string, partition?: Partition) =>
    `${base('amplify', region, partition)}/apps/${e(appId)}/branches/${e(branchName)}/deployments`,
};

/** Whether Lens may open a URL as a console page: HTTPS to the AWS console of one of the partitions. */
export function isConsoleUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    /^([a-z0-9-]+\.)?(console\.aws\.amazon\.com|console\.amazonaws\.cn|console\.amazonaws-us-gov\.com)$/.test(parsed.hostname)
  );
}
