/**
 * Links into the CloudWatch console. Its single-page app keeps the route after `#`, URL-encoded a
 * second time with `$` in place of `%`: a log group name is encoded twice (`/aws/lambda/f` →
 * `$252Faws$252Flambda$252Ff`), and a query `?filterPattern=…` once more around its own encoding.
 */
export function logGroupConsoleUrl(region: string, logGroup: string): string {
  return `${consoleBase(region)}#logsV2:log-groups/log-group/${dollarEncode(encodeURIComponent(logGroup))}`;
}

/** The group's events view with a filter pattern and a time range (ms since the epoch) filled in. */
export function logEventsConsoleUrl(region: string, logGroup: string, query: { filterPattern?: string; start?: number; end?: number }): string {
  const params = [
    query.filterPattern ? `filterPattern=${encodeURIComponent(query.filterPattern)}` : undefined,
    query.start !== undefined ? `start=${query.start}` : undefined,
    query.end !== undefined ? `end=${query.end}` : undefined,
  ].filter((param): param is string => param !== undefined);
  const search = params.length > 0 ? dollarEncode(`?${params.join('&')}`) : '';
  return `${logGroupConsoleUrl(region, logGroup)}/log-events${search}`;
}

function consoleBase(region: string): string {
  const host = region.startsWith('cn-')
    ? `${region}.console.amazonaws.cn`
    : region.startsWith('us-gov-')
      ? `${region}.console.amazonaws-us-gov.com`
      : `${region}.console.aws.amazon.com`;
  return `https://${host}/cloudwatch/home?region=${encodeURIComponent(region)}`;
}

function dollarEncode(text: string): string {
  return encodeURIComponent(text).replace(/%/g, '$');
}
