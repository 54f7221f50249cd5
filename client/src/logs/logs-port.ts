import type { CloudWatchLogsGateway } from '../aws/cloudwatch-logs-gateway';

/** The CloudWatch Logs calls the feeds make; the gateway has them, and a narrow face keeps feeds easy to drive. */
export type LogsPort = Pick<CloudWatchLogsGateway, 'filterLogEvents' | 'startLiveTail' | 'startQuery' | 'getQueryResults'>;

/** What finding log groups asks of CloudWatch Logs. */
export type LogGroupLister = Pick<CloudWatchLogsGateway, 'describeLogGroups'>;

/** Where a target's port comes from: its profile and region decide the client. */
export type LogsPortSource = (target: { region: string; profile?: string }) => LogsPort & LogGroupLister;
