/** A log group Lens can tail or search for one resource of one environment. */
export interface LogTarget {
  /** The resource's name in the project (`summarizePost`, `say-hello`, `blog`). */
  resourceName: string;
  category: 'function' | 'api';
  /** `/aws/lambda/summarizePost-dev`, `/aws/appsync/apis/<apiId>`. */
  logGroup: string;
  /** The group's ARN (StartLiveTail wants ARNs), when the account is known from the stack ARNs. */
  arn?: string;
  region?: string;
  profile?: string;
  /** The environment's name, for titles ("summarizePost (dev)"). */
  environment: string;
  /**
   * Whether the group is known to exist or be configured. AppSync groups exist only when the API's
   * logging is on; an unconfirmed target is offered only once DescribeLogGroups finds the group.
   */
  confirmed: boolean;
}

/** "summarizePost (dev)", or "3 log groups (dev)". */
export function targetsTitle(targets: readonly LogTarget[]): string {
  if (targets.length === 1) return `${targets[0].resourceName} (${targets[0].environment})`;
  const environments = [...new Set(targets.map((target) => target.environment))];
  return `${targets.length} log groups${environments.length === 1 ? ` (${environments[0]})` : ''}`;
}
