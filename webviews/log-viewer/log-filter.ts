/**
 * The filter box and the level toggles as one predicate. Text is a case-insensitive substring;
 * `/pattern/flags` is a regular expression (an invalid one is reported and filters nothing, so a
 * half-typed pattern never empties the list). Lines without a level always pass the toggles:
 * START/END/REPORT and plain prints carry none, and hiding them would hide invocations.
 */
import { LOG_LEVELS, type LogLevel, type ParsedLine } from './log-line-types';

export interface LogFilter {
  /** Why the regular expression could not be compiled. */
  readonly error?: string;
  /** Every line passes: no text and every level on. */
  readonly trivial: boolean;
  test(line: ParsedLine): boolean;
  /** Ranges of `text` the filter matched, to highlight them. */
  highlights(text: string): [number, number][];
}

const REGEX_INPUT = /^\/(.*)\/([a-z]*)$/s;

export function compileFilter(text: string, levels: ReadonlySet<LogLevel>): LogFilter {
  const allLevels = LOG_LEVELS.every((level) => levels.has(level));
  const passesLevel = (line: ParsedLine) => allLevels || line.level === undefined || levels.has(line.level);
  const regexInput = REGEX_INPUT.exec(text);
  if (regexInput) {
    let pattern: RegExp | undefined;
    let error: string | undefined;
    try {
      // Case-insensitive when no flags are given; flags given are used as they are (`g` is ours).
      const flags = regexInput[2].replace(/g/g, '');
      pattern = new RegExp(regexInput[1], flags || 'i');
    } catch (problem) {
      error = problem instanceof Error ? problem.message : String(problem);
    }
    const regex = pattern && regexInput[1] !== '' ? pattern : undefined;
    return {
      error,
      trivial: allLevels && !regex,
      test: (line) => passesLevel(line) && (!regex || regex.test(line.event.message)),
      highlights: (value) => (regex ? regexRanges(regex, value) : []),
    };
  }
  const needle = text.toLowerCase();
  return {
    trivial: allLevels && needle === '',
    test: (line) => passesLevel(line) && (needle === '' || line.event.message.toLowerCase().includes(needle)),
    highlights: (value) => (needle ? substringRanges(value.toLowerCase(), needle) : []),
  };
}

function substringRanges(haystack: string, needle: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = haystack.indexOf(needle); at !== -1 && ranges.length < 50; at = haystack.indexOf(needle, at + needle.length)) {
    ranges.push([at, at + needle.length]);
  }
  return ranges;
}

function regexRanges(regex: RegExp, text: string): [number, number][] {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(global)) {
    if (match[0] === '' || ranges.length >= 50) break;
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
