import {
  CloudWatchLogsClient,
  GetLogEventsCommand,
  GetQueryResultsCommand,
  StartLiveTailCommand,
  StartQueryCommand,
  paginateDescribeLogGroups,
  paginateFilterLogEvents,
} from '@aws-sdk/client-cloudwatch-logs';
import { fromFilteredEvent, fromLiveTailEvent, fromOutputEvent, toInsightsRow, toLogGroupSummary } from './cloudwatch-logs-mappers';
import { logSdkCalls } from './sdk-call-log';
import { sdkClientConfig, type AwsClientOptions } from './sdk-client-config';
import type {
  FilterLogEventsQuery,
  GetLogEventsQuery,
  LiveTailBatch,
  LiveTailQuery,
  LogEvent,
  LogGroupSummary,
  LogsInsightsQuery,
  LogsInsightsResults,
  LogsInsightsStatus,
} from './logs-types';

export interface CloudWatchLogsGatewayOptions extends AwsClientOptions {
  /** Idle time allowed on a socket; a live tail sends an update every second, so it stays busy. */
  requestTimeoutMs?: number;
}

/**
 * The CloudWatch Logs calls Lens makes, over one SDK client per profile and region: listings and
 * searches paged with the SDK's paginators, StartLiveTail's event stream as an async iterable, and
 * Logs Insights queries. Everything is cancellable through an AbortSignal; results are the plain
 * types of `logs-types.ts`; SDK errors pass through for `classifyAwsError`.
 */
export class CloudWatchLogsGateway {
  readonly region: string;
  readonly profile?: string;
  private readonly client: CloudWatchLogsClient;
  private liveTailEvents = 0;

  constructor(options: CloudWatchLogsGatewayOptions) {
    this.region = options.region;
    this.profile = options.profile;
    this.client = new CloudWatchLogsClient({
      ...sdkClientConfig(options),
      // StartLiveTail goes to `stream-<host>`; an explicit endpoint (LocalStack, a test double) has no such host.
      disableHostPrefix: options.endpoint !== undefined,
    });
    logSdkCalls(this.client, 'CloudWatch Logs', options.region, options.log);
  }

  /** Groups whose names start with `prefix` (every group without one). */
  async describeLogGroups(prefix?: string, signal?: AbortSignal): Promise<LogGroupSummary[]> {
    const groups: LogGroupSummary[] = [];
    const pages = paginateDescribeLogGroups({ client: this.client }, { logGroupNamePrefix: prefix || undefined }, { abortSignal: signal });
    for await (const page of pages) groups.push(...(page.logGroups ?? []).map(toLogGroupSummary));
    return groups;
  }

  /** Matching events of one group, a page at a time, oldest first; stop iterating to stop asking. */
  async *filterLogEvents(query: FilterLogEventsQuery, signal?: AbortSignal): AsyncGenerator<LogEvent[]> {
    const pages = paginateFilterLogEvents(
      { client: this.client, pageSize: query.pageSize },
      {
        logGroupName: query.logGroup,
        startTime: query.startTime,
        endTime: query.endTime,
        filterPattern: query.filterPattern || undefined,
        logStreamNames: query.logStreamNames,
      },
      { abortSignal: signal },
    );
    for await (const page of pages) {
      signal?.throwIfAborted();
      yield (page.events ?? []).map((event) => fromFilteredEvent(event, query.logGroup));
    }
  }

  /** Events of one stream, in order. */
  async getLogEvents(query: GetLogEventsQuery, signal?: AbortSignal): Promise<LogEvent[]> {
    const answer = await this.client.send(
      new GetLogEventsCommand({
        logGroupName: query.logGroup,
        logStreamName: query.logStream,
        startTime: query.startTime,
        endTime: query.endTime,
        startFromHead: query.startFromHead,
        limit: query.limit,
      }),
      { abortSignal: signal },
    );
    return (answer.events ?? []).map((event, index) => fromOutputEvent(event, query.logGroup, query.logStream, index));
  }

  /**
   * A live tail: `started` once the service accepted it, then batches of new events. The iteration
   * ends when the service ends the stream (its 3-hour limit ends it with SessionTimeoutException,
   * thrown here) and stops, closing the connection, when `signal` aborts.
   */
  async *startLiveTail(query: LiveTailQuery, signal?: AbortSignal): AsyncGenerator<LiveTailBatch> {
    const answer = await this.client.send(
      new StartLiveTailCommand({ logGroupIdentifiers: query.logGroupArns, logEventFilterPattern: query.filterPattern || undefined }),
      { abortSignal: signal },
    );
    if (!answer.responseStream) return;
    try {
      for await (const event of answer.responseStream) {
        if (signal?.aborted) return;
        if (event.sessionStart) yield { kind: 'started' };
        const results = event.sessionUpdate?.sessionResults ?? [];
        // Empty updates are the service's heartbeat; they only keep the connection busy.
        if (results.length > 0) {
          const events = results.map((result) => fromLiveTailEvent(result, (this.liveTailEvents += 1)));
          yield { kind: 'events', events, sampled: event.sessionUpdate?.sessionMetadata?.sampled === true };
        }
      }
    } catch (error) {
      // Aborting cuts the connection under the reader, which then fails with "aborted": that is the stop asked for.
      if (signal?.aborted) return;
      throw error;
    }
  }

  /** Starts a Logs Insights query; returns its id for `getQueryResults`. */
  async startQuery(query: LogsInsightsQuery, signal?: AbortSignal): Promise<string> {
    const answer = await this.client.send(
      new StartQueryCommand({
        logGroupNames: query.logGroups,
        startTime: Math.floor(query.startTime / 1000),
        endTime: Math.ceil(query.endTime / 1000),
        queryString: query.queryString,
        limit: query.limit,
      }),
      { abortSignal: signal },
    );
    return answer.queryId ?? '';
  }

  async getQueryResults(queryId: string, signal?: AbortSignal): Promise<LogsInsightsResults> {
    const answer = await this.client.send(new GetQueryResultsCommand({ queryId }), { abortSignal: signal });
    return {
      status: (answer.status ?? 'Unknown') as LogsInsightsStatus,
      rows: (answer.results ?? []).map(toInsightsRow),
      recordsMatched: answer.statistics?.recordsMatched,
      recordsScanned: answer.statistics?.recordsScanned,
    };
  }

  dispose(): void {
    this.client.destroy();
  }
}
