/**
 * A step log's text as log events for the viewer. The build image writes records as
 * `<ISO time> [INFO|WARNING|ERROR]: text`; a record of several lines continues on lines indented
 * under its text, without a time. Each line becomes one event (so phase headings written as
 * continuation lines are rows of their own), stamped with its record's time; the time prefix
 * goes, the level tag stays for the viewer to read. ANSI colours stay: the viewer renders them.
 */
import type { LogEvent } from 'amplify-lens-model/panels';

const RECORD = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z) (\[(?:INFO|WARNING|ERROR)\]: ?)(.*)$/;
/** The build image indents continuation lines under the record's text (33 columns). */
const CONTINUATION_INDENT = /^ {1,33}/;
/** One line this long is more than any build prints; longer ones are cut for the viewer's sake. */
const MAX_LINE_CHARS = 16_000;

export interface BuildLogSource {
  /** `main#12/BUILD`: what the viewer lists as the log's group. */
  logGroup: string;
  /** The step's name: the viewer starts a section when it changes. */
  step: string;
  /** Prefix of event ids, unique per step log. */
  idPrefix: string;
}

/** Turns complete lines into events, keeping the last record's time and level for continuations. */
export class BuildLogLineReader {
  private lineNumber = 0;
  private lastTime = 0;
  private lastTag = '[INFO]: ';

  constructor(
    private readonly source: BuildLogSource,
    /** When the step started: the time of lines before the first record. */
    startTime = 0,
  ) {
    this.lastTime = startTime;
  }

  read(lines: readonly string[]): LogEvent[] {
    const events: LogEvent[] = [];
    for (const raw of lines) {
      const line =
        raw.length > MAX_LINE_CHARS ? `${raw.slice(0, MAX_LINE_CHARS)}… (line cut at ${MAX_LINE_CHARS} characters)` : raw.replace(/\r$/, '');
      const record = RECORD.exec(line);
      let message: string;
      if (record) {
        const time = Date.parse(record[1]!);
        if (!Number.isNaN(time)) this.lastTime = time;
        this.lastTag = record[2]!.endsWith(' ') ? record[2]! : `${record[2]} `;
        message = `${this.lastTag}${record[3]}`;
      } else {
        // A continuation keeps its record's level, so a multi-line [ERROR] record reads as errors.
        message = `${this.lastTag}${line.replace(CONTINUATION_INDENT, '')}`;
      }
      this.lineNumber += 1;
      events.push({
        id: `${this.source.idPrefix}/${this.lineNumber}`,
        timestamp: this.lastTime,
        logGroup: this.source.logGroup,
        logStream: this.source.step,
        message,
      });
    }
    return events;
  }
}

/** Splits a chunk into complete lines, keeping an unfinished last line for the next chunk. */
export class LineSplitter {
  private partial = '';

  push(text: string): string[] {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    return lines;
  }

  /** The unfinished line, at the end of a log that did not end with a newline. */
  flush(): string[] {
    const rest = this.partial;
    this.partial = '';
    return rest ? [rest] : [];
  }
}
