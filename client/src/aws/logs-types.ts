/** Plain shapes of what Lens reads from CloudWatch Logs; nothing above client/src/aws sees SDK types. */

export interface LogEvent {
  /** Unique per event (CloudWatch's eventId, or `<stream>/<timestamp>/<n>` where the API gives none). */
  id: string;
  /** Milliseconds since the epoch, when the event happened. */
  timestamp: number;
  ingestionTime?: number;
  /** The log group's name (`/aws/lambda/summarizePost-dev`). */
  logGroup: string;
  logStream: string;
  message: string;
}

export interface LogGroupSummary {
  name: string;
  arn?: string;
  createdAt?: number;
  retentionDays?: number;
  storedBytes?: number;
}
