/**
 * What a build log line says, as Amplify Hosting's build image writes it: its level (the
 * `[INFO]`/`[WARNING]`/`[ERROR]` tag, raised when the text is a tool's error or warning), and
 * whether it opens or closes a section — `## Starting Backend Build` … `## Completed Backend
 * Build`, `# Starting phase: preBuild` … `# Completed phase: preBuild`, and each `# Executing
 * command:` up to the next one (so `npx ampx pipeline-deploy`'s output folds under its command).
 */
import type { LogLevel } from './log-line-types';

export interface BuildHeading {
  /** 1: a build (`## Starting … Build`), 2: a phase, 3: a command. */
  level: 1 | 2 | 3;
  role: 'open' | 'close';
  title: string;
  /** The section is the backend's deploy (Gen 2's `ampx pipeline-deploy`, Gen 1's `amplifyPush`). */
  backend: boolean;
}

export interface BuildLineFacts {
  level?: LogLevel;
  /** Where the text starts after the level tag. */
  bodyStart: number;
  heading?: BuildHeading;
}

const TAG = /^\[(INFO|WARNING|ERROR)\]: ?/;
const TAG_LEVEL: Record<string, LogLevel> = { INFO: 'info', WARNING: 'warn', ERROR: 'error' };

/** Tools' error lines, matched on the text after the tag. Specific on purpose: "0 errors" is not one. */
const ERRORS = [
  /^!!! /,
  /^npm (ERR!|error) /,
  /\berror TS\d{4}:/,
  /^(\w*Error|ERROR|Error|Type error):\s/,
  /^Failed to compile\b/,
  /^\[\w*(Error|Failed|Exception)\]/,
  /∟ Caused by:/,
  /^[✖❌×] /,
  /\| [A-Z_]*_FAILED \|/,
  /Command failed with exit code [1-9]/,
  /^Build failed\b|\bbuild worker exited with code: [1-9]/,
];
const WARNINGS = [/^npm (WARN|warn) /, /^warning[: ]/i, /^⚠ /, /\bWarning: /];
const BACKEND_COMMAND = /\bampx pipeline-deploy\b|\bamplifyPush\b/;

export function buildLineFacts(message: string): BuildLineFacts {
  const tag = TAG.exec(message);
  const bodyStart = tag ? tag[0].length : 0;
  const body = message.slice(bodyStart).trim();
  let level = tag ? TAG_LEVEL[tag[1]!] : undefined;
  if (level !== 'error' && ERRORS.some((pattern) => pattern.test(body))) level = 'error';
  else if (level === 'info' && WARNINGS.some((pattern) => pattern.test(body))) level = 'warn';
  return { level, bodyStart, heading: headingOf(body) };
}

function headingOf(body: string): BuildHeading | undefined {
  if (!body.startsWith('#')) return undefined;
  let match = /^## Starting (.+)$/.exec(body);
  if (match) return { level: 1, role: 'open', title: match[1]!, backend: /^Backend\b/i.test(match[1]!) };
  match = /^## Completed (.+)$/.exec(body);
  if (match) return { level: 1, role: 'close', title: match[1]!, backend: false };
  match = /^# Starting phase: (\S+)/.exec(body);
  if (match) return { level: 2, role: 'open', title: `phase ${match[1]}`, backend: false };
  match = /^# Completed phase: (\S+)/.exec(body);
  if (match) return { level: 2, role: 'close', title: `phase ${match[1]}`, backend: false };
  match = /^# Executing command: (.+)$/.exec(body);
  if (match) return { level: 3, role: 'open', title: match[1]!, backend: BACKEND_COMMAND.test(match[1]!) };
  return undefined;
}
