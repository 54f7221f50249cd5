import {
  CloudFormationClient,
  DescribeStacksCommand,
  GetTemplateSummaryCommand,
  StackStatus as SdkStackStatus,
  paginateDescribeStackEvents,
  paginateDescribeStacks,
  paginateListStackResources,
  paginateListStacks,
} from '@aws-sdk/client-cloudformation';
import type { Stack, StackEvent, StackResource, StackSummary, TemplateSummary } from './aws-types';
import { isStackNotFoundError } from './aws-problem-classifier';
import { mapWithConcurrency } from './bounded-parallel';
import { CloudFormationReadCache } from './cloudformation-read-cache';
import { toStack, toStackEvent, toStackResource, toStackSummary } from './cloudformation-mappers';
import { logSdkCalls } from './sdk-call-log';
import { sdkClientConfig, type AwsClientOptions } from './sdk-client-config';

export interface CloudFormationGatewayOptions extends AwsClientOptions {
  /** Cached answers expire after this many ms; by default they last until `invalidate()`. */
  cacheMaxAgeMs?: number;
}

export interface StackEventsQuery {
  /** Stop at events older than this (the service answers newest first). */
  since?: Date;
  /** At most this many events. Default 200. */
  limit?: number;
}

/** ListStacks without DELETE_COMPLETE: deleted stacks stay listed for 90 days and are never an environment. */
const LIVE_STATUSES = Object.values(SdkStackStatus).filter((status) => status !== 'DELETE_COMPLETE');
const DESCRIBE_CONCURRENCY = 4;

/**
 * The CloudFormation reads Lens makes, over one SDK client per account/region/profile: paged with
 * the SDK's paginators, cancellable through an AbortSignal, retried with backoff (adaptive mode for
 * throttling), and answered from a cache until `invalidate()` for listings and descriptions.
 * Results are the plain types of `aws-types.ts`; SDK errors pass through for `classifyAwsError`.
 */
export class CloudFormationGateway {
  readonly region: string;
  readonly profile?: string;
  private readonly client: CloudFormationClient;
  private readonly cache: CloudFormationReadCache;

  constructor(options: CloudFormationGatewayOptions) {
    this.region = options.region;
    this.profile = options.profile;
    this.client = new CloudFormationClient(sdkClientConfig(options));
    logSdkCalls(this.client, 'CloudFormation', options.region, options.log);
    this.cache = new CloudFormationReadCache({ maxAgeMs: options.cacheMaxAgeMs });
  }

  /** Every stack that is not deleted, root and nested, newest first. */
  listStacks(signal?: AbortSignal): Promise<StackSummary[]> {
    return this.cache.get(
      'ListStacks',
      async (shared) => {
        const summaries: StackSummary[] = [];
        const pages = paginateListStacks({ client: this.client }, { StackStatusFilter: LIVE_STATUSES }, { abortSignal: shared });
        for await (const page of pages) summaries.push(...(page.StackSummaries ?? []).map(toStackSummary));
        return summaries;
      },
      signal,
    );
  }

  /** The named stacks that exist (in the order asked), or every live stack when no names are given. */
  async describeStacks(names?: readonly string[], signal?: AbortSignal): Promise<Stack[]> {
    if (names) {
      const stacks = await mapWithConcurrency(names, DESCRIBE_CONCURRENCY, (name) => this.describeStack(name, signal));
      return stacks.filter((stack): stack is Stack => stack !== undefined);
    }
    return this.cache.get(
      'DescribeStacks',
      async (shared) => {
        const stacks: Stack[] = [];
        for await (const page of paginateDescribeStacks({ client: this.client }, {}, { abortSignal: shared })) {
          stacks.push(...(page.Stacks ?? []).map(toStack));
        }
        return stacks;
      },
      signal,
    );
  }

  /** One stack by name, or by ARN (which also finds deleted stacks); undefined when it does not exist. */
  describeStack(nameOrId: string, signal?: AbortSignal): Promise<Stack | undefined> {
    return this.cache.get(
      `DescribeStacks:${nameOrId}`,
      async (shared) => {
        try {
          const answer = await this.client.send(new DescribeStacksCommand({ StackName: nameOrId }), { abortSignal: shared });
          const stack = answer.Stacks?.[0];
          return stack ? toStack(stack) : undefined;
        } catch (error) {
          if (isStackNotFoundError(error)) return undefined;
          throw error;
        }
      },
      signal,
    );
  }

  /** A stack's events, newest first, back to `since` and at most `limit`. Never cached: events are news. */
  async describeStackEvents(nameOrId: string, query: StackEventsQuery = {}, signal?: AbortSignal): Promise<StackEvent[]> {
    const limit = query.limit ?? 200;
    const events: StackEvent[] = [];
    for await (const page of paginateDescribeStackEvents({ client: this.client }, { StackName: nameOrId }, { abortSignal: signal })) {
      for (const sdkEvent of page.StackEvents ?? []) {
        const event = toStackEvent(sdkEvent);
        if (query.since && event.timestamp < query.since) return events;
        events.push(event);
        if (events.length >= limit) return events;
      }
    }
    return events;
  }

  listStackResources(nameOrId: string, signal?: AbortSignal): Promise<StackResource[]> {
    return this.cache.get(
      `ListStackResources:${nameOrId}`,
      async (shared) => {
        const resources: StackResource[] = [];
        const pages = paginateListStackResources({ client: this.client }, { StackName: nameOrId }, { abortSignal: shared });
        for await (const page of pages) resources.push(...(page.StackResourceSummaries ?? []).map(toStackResource));
        return resources;
      },
      signal,
    );
  }

  getTemplateSummary(nameOrId: string, signal?: AbortSignal): Promise<TemplateSummary> {
    return this.cache.get(
      `GetTemplateSummary:${nameOrId}`,
      async (shared) => {
        const answer = await this.client.send(new GetTemplateSummaryCommand({ StackName: nameOrId }), { abortSignal: shared });
        return { description: answer.Description, metadata: parseMetadata(answer.Metadata), resourceTypes: answer.ResourceTypes ?? [] };
      },
      signal,
    );
  }

  /** Forgets cached answers; the next reads ask CloudFormation again. */
  invalidate(): void {
    this.cache.invalidate();
  }

  dispose(): void {
    this.client.destroy();
  }
}

function parseMetadata(metadata: string | undefined): Record<string, unknown> | undefined {
  if (!metadata) return undefined;
  try {
    const parsed: unknown = JSON.parse(metadata);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
