/** One CloudWatch Logs event, as the extension reads it and the log viewer shows it. */
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
