/** The build log's parts the panel computes without a browser: ANSI segments, line facts, sections. */
import { describe, expect, it } from 'vitest';
import type { LogEvent } from 'amplify-lens-model/panels';
import { parseAnsi, stripAnsi } from '../../webviews/log-viewer/ansi-text';
import { buildLineFacts } from '../../webviews/log-viewer/build-line-parser';
import { BuildSectionTracker } from '../../webviews/log-viewer/build-sections';
import { parseLogEvent } from '../../webviews/log-viewer/log-line-parser';

const event = (n: number, message: string, step = 'BUILD'): LogEvent => ({
  id: `e${n}`,
  timestamp: 1_000 + n,
  logGroup: 'main #1',
  logStream: step,
  message,
});

describe('ANSI text', () => {
  it('splits SGR styles into segments and keeps the plain text', () => {
    const raw = '\u001b[1m\u001b[35m▲ Next.js\u001b[39m\u001b[22m ok \u001b[31;1merr\u001b[0m';
    expect(parseAnsi(raw)).toEqual([
      { text: '▲ Next.js', style: { bold: true, fg: 5 } },
      { text: ' ok ' },
      { text: 'err', style: { fg: 1, bold: true } },
    ]);
    expect(stripAnsi(raw)).toBe('▲ Next.js ok err');
  });

  it('drops cursor and erase sequences, OSC titles and links, and keeps what a redrawn line shows last', () => {
    expect(stripAnsi('\u001b[2K\u001b[1G\u001b[?25lbuilding\u001b[?25h')).toBe('building');
    expect(stripAnsi('\u001b]8;;https://x.example\u0007click\u001b]8;;\u0007')).toBe('click');
    expect(stripAnsi('10%\r50%\r100%')).toBe('100%');
    expect(stripAnsi('line\r\n')).toBe('line\n');
    expect(stripAnsi('a\u0007b\u0008c')).toBe('abc');
  });

  it('reads 256-colour and true-colour codes, and ignores broken ones', () => {
    expect(parseAnsi('\u001b[38;5;9mx\u001b[48;5;240my\u001b[38;2;1;2;3mz')).toEqual([
      { text: 'x', style: { fg: 9 } },
      { text: 'y', style: { fg: 9, bg: '#585858' } },
      { text: 'z', style: { fg: '#010203', bg: '#585858' } },
    ]);
    expect(parseAnsi('\u001b[38;5;999mx\u001b[38;2;1mz')).toEqual([{ text: 'xz' }]);
  });
});

describe('build line facts', () => {
  it("reads the tag, the headings and the tools' errors, without false errors", () => {
    expect(buildLineFacts('[INFO]: ## Starting Backend Build')).toEqual({
      level: 'info',
      bodyStart: 8,
      heading: { level: 1, role: 'open', title: 'Backend Build', backend: true },
    });
    expect(
      buildLineFacts('[INFO]: # Executing command: npx ampx pipeline-deploy --branch $AWS_BRANCH --app-id $AWS_APP_ID').heading,
    ).toMatchObject({ level: 3, backend: true });
    expect(buildLineFacts('[INFO]: # Completed phase: preBuild').heading).toMatchObject({ level: 2, role: 'close' });
    for (const text of [
      'npm ERR! code ELIFECYCLE',
      'src/a.ts(1,2): error TS2322: Type',
      '[CloudformationStackUpdateFailed] The CloudFormation deployment has failed.',
      'Error: Cannot find module',
      'stack | 3/9 | 9:41 AM | UPDATE_FAILED | AWS::Lambda::Function | fn',
    ]) {
      expect(buildLineFacts(`[INFO]: ${text}`).level, text).toBe('error');
    }
    for (const text of ['found 0 vulnerabilities', 'Compiled with 0 errors', 'ErrorBoundary rendered', 'Resolution: Find more information']) {
      expect(buildLineFacts(`[INFO]: ${text}`).level, text).toBe('info');
    }
    expect(buildLineFacts('[INFO]: npm WARN deprecated inflight@1.0.6').level).toBe('warn');
    expect(buildLineFacts('[ERROR]: !!! Build failed').level).toBe('error');
  });
});

describe('build sections', () => {
  it('nests builds, phases and commands, closes them at their headings, and counts errors up the chain', () => {
    const tracker = new BuildSectionTracker();
    const lines = [
      '[INFO]: # Cloning repository',
      '[INFO]: ## Starting Backend Build',
      '[INFO]: # Starting phase: build',
      '[INFO]: # Executing command: npm ci',
      '[INFO]: added 10 packages',
      '[INFO]: # Executing command: npx ampx pipeline-deploy --branch main --app-id d1',
      '[INFO]: [CloudformationStackUpdateFailed] The deployment failed.',
      '[INFO]: # Completed phase: build',
      '[INFO]: ## Completed Backend Build',
      '[INFO]: ## Build completed successfully',
    ].map((message, index) => parseLogEvent(event(index, message), index, 'build'));
    lines.forEach((line) => tracker.place(line));
    const titles = (index: number) => {
      const path: string[] = [];
      for (let section = lines[index]!.section; section; section = section.parent) path.unshift(section.title);
      return path;
    };
    expect(titles(0)).toEqual(['BUILD']);
    expect(lines[1]!.opens?.title).toBe('Backend Build');
    expect(titles(4)).toEqual(['BUILD', 'Backend Build', 'phase build', 'npm ci']);
    expect(titles(6)).toEqual(['BUILD', 'Backend Build', 'phase build', 'npx ampx pipeline-deploy --branch main --app-id d1']);
    expect(titles(7)).toEqual(['BUILD', 'Backend Build', 'phase build', 'npx ampx pipeline-deploy --branch main --app-id d1']);
    expect(titles(8)).toEqual(['BUILD', 'Backend Build']);
    expect(titles(9)).toEqual(['BUILD']);
    const backend = lines[1]!.opens!;
    expect([backend.closed, backend.errors, backend.backend, lines[5]!.opens!.backend]).toEqual([true, 1, true, true]);
    expect(tracker.stepCount).toBe(1);
    tracker.place(parseLogEvent(event(20, '[INFO]: # Starting deployment', 'DEPLOY'), 20, 'build'));
    expect(tracker.stepCount).toBe(2);
  });
});
