/** Plain shapes of what Lens reads from CloudWatch Logs; nothing above client/src/aws sees SDK types. */
import type { LogEvent } from 'amplify-lens-model/panels';

export type { LogEvent };

export interface LogGroupSummary {
  name: string;
  arn?: string;
  createdAt?: number;
  retentionDays?: number;
  storedBytes?: number;
}

/** One FilterLogEvents search over one group. Times are ms since the epoch, both ends inclusive. */
export interface FilterLogEventsQuery {
  logGroup: string;
  startTime?: number;
  endTime?: number;
  /** CloudWatch Logs filter pattern syntax (`ERROR`, `?a ?b`, `{ $.level = "ERROR" }`). */
  filterPattern?: string;
  logStreamNames?: string[];
  /** Events per page asked of the service (it answers at most 10,000). */
  pageSize?: number;
}

export interface GetLogEventsQuery {
  logGroup: string;
  logStream: string;
  startTime?: number;
  endTime?: number;
  /** Oldest first from `startTime` (true), or the newest events (false, the API's default). */
  startFromHead?: boolean;
  limit?: number;
}

/** StartLiveTail over up to 10 groups, named by ARN (without the `:*` suffix), as the API requires. */
export interface LiveTailQuery {
  logGroupArns: string[];
  filterPattern?: string;
}

/** What a live tail stream yields: its start, then batches of new events (about one a second). */
export type LiveTailBatch = { kind: 'started' } | { kind: 'events'; events: LogEvent[]; sampled: boolean };

/** A Logs Insights query over some groups. Times are ms since the epoch (the API takes seconds). */
export interface LogsInsightsQuery {
  logGroups: string[];
  startTime: number;
  endTime: number;
  queryString: string;
  limit?: number;
}

export type LogsInsightsStatus = 'Scheduled' | 'Running' | 'Complete' | 'Failed' | 'Cancelled' | 'Timeout' | 'Unknown';

export interface LogsInsightsResults {
  status: LogsInsightsStatus;
  /** One record per row, by field name (`@timestamp`, `@message`, `@logStream`, `@log`, `@ptr`, …). */
  rows: Record<string, string>[];
  recordsMatched?: number;
  recordsScanned?: number;
}
