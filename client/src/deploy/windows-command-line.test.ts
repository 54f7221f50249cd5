import { describe, expect, it } from 'vitest';
import { cmdRunLine, escapeForCmd, quoteWindowsArgument, spawnPlan } from './windows-command-line';

/**
 * How Windows reads the line back, written out from the documented rules so the quoting is
 * checked on Linux: cmd.exe's percent expansion and its caret and quote handling, and the C
 * runtime's `CommandLineToArgvW` splitting that node.exe applies last.
 */
function cmdPass(line: string, expandPercent: boolean): { words: string[]; text: string; afterFirstWord: string } {
  if (expandPercent) {
    for (const match of line.matchAll(/%([^%]*)%/g)) {
      // A name cmd.exe would look up (and a repository could have chosen) must not survive escaping.
      if (/^[A-Za-z_][\w]*$/.test(match[1]!)) throw new Error(`cmd.exe expands %${match[1]}%`);
    }
  }
  const words: string[] = [];
  let word = '';
  let text = '';
  let firstWordEnd: number | undefined;
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index]!;
    if (quoted) {
      if (character === '"') quoted = false;
      word += character;
      text += character;
    } else if (character === '^') {
      index += 1;
      word += line[index] ?? '';
      text += line[index] ?? '';
    } else if (character === '"') {
      quoted = true;
      word += character;
      text += character;
    } else if ('&|<>()'.includes(character)) {
      throw new Error(`cmd.exe treats ${character} as an operator`);
    } else if (character === ' ') {
      if (word && words.length === 0) firstWordEnd = text.length + 1;
      if (word) words.push(word);
      word = '';
      text += character;
    } else {
      word += character;
      text += character;
    }
  }
  if (quoted) throw new Error('unbalanced quote');
  if (word) words.push(word);
  return { words, text, afterFirstWord: firstWordEnd === undefined ? '' : text.slice(firstWordEnd) };
}

function commandLineToArgv(line: string): string[] {
  const args: string[] = [];
  let index = 0;
  while (index < line.length) {
    while (line[index] === ' ' || line[index] === '\t') index++;
    if (index >= line.length) break;
    let current = '';
    let quoted = false;
    while (index < line.length && (quoted || (line[index] !== ' ' && line[index] !== '\t'))) {
      let backslashes = 0;
      while (line[index] === '\\') {
        backslashes++;
        index++;
      }
      if (line[index] === '"') {
        current += '\\'.repeat(Math.floor(backslashes / 2));
        if (backslashes % 2 === 1) current += '"';
        else if (quoted && line[index + 1] === '"') {
          current += '"';
          index++;
        } else quoted = !quoted;
        index++;
      } else {
        current += '\\'.repeat(backslashes);
        if (index < line.length) current += line[index++];
      }
    }
    args.push(current);
  }
  return args;
}

/** cmd.exe /d /s /c "<line>" running an npm shim that hands `%*` to node.exe. */
function argumentsNodeReceives(runLine: string): { program: string; args: string[] } {
  expect(runLine.startsWith('"') && runLine.endsWith('"')).toBe(true);
  const inner = runLine.slice(1, -1); // what /s does
  const first = cmdPass(inner, true);
  const [program, ...rest] = first.words;
  // The shim's `%*` is the rest of the line as the first pass left it, read by cmd.exe once more.
  const forwarded = first.afterFirstWord;
  expect(rest.length).toBeGreaterThan(0);
  return { program: program!, args: commandLineToArgv(cmdPass(forwarded, false).text) };
}

const HOSTILE = [
  'dev&calc.exe',
  'dev|calc',
  'a b',
  '"quoted"',
  'C:\\Program Files\\dir\\',
  'back\\"slash',
  '%PATH%',
  '%USERPROFILE%\\x',
  '!PATH!',
  '^',
  '(x)',
  '<in >out',
  '',
  'ünïcode ✓',
  'a"&whoami&"b',
  '\\\\server\\share',
];

describe('Windows command lines', () => {
  it.each(HOSTILE)('an npm shim receives %j as one argument, exactly', (argument) => {
    const line = cmdRunLine('C:\\Program Files\\nodejs\\amplify.cmd', ['env', 'checkout', argument]);
    const received = argumentsNodeReceives(line);
    expect(received.program).toBe('C:\\Program Files\\nodejs\\amplify.cmd');
    expect(received.args).toEqual(['env', 'checkout', argument]);
  });

  it('quotes for the C runtime: backslashes double only before a quote', () => {
    expect(quoteWindowsArgument('plain')).toBe('"plain"');
    expect(quoteWindowsArgument('C:\\dir\\')).toBe('"C:\\dir\\\\"');
    expect(quoteWindowsArgument('a\\"b')).toBe('"a\\\\\\"b"');
    expect(commandLineToArgv(HOSTILE.map(quoteWindowsArgument).join(' '))).toEqual(HOSTILE);
  });

  it('escapes every character cmd.exe treats specially', () => {
    expect(escapeForCmd('dev&calc.exe')).toBe('dev^&calc.exe');
    expect(escapeForCmd('%PATH%')).toBe('^%PATH^%');
    expect(() => cmdPass('amplify env checkout dev&calc.exe', true)).toThrow(/operator/);
  });

  it('runs a batch file through cmd.exe from the system folder, and anything else directly', () => {
    const env = { SystemRoot: 'C:\\Windows' };
    expect(spawnPlan('C:\\nodejs\\npx.cmd', ['ampx', 'sandbox'], 'win32', env)).toEqual({
      file: 'C:\\Windows\\System32\\cmd.exe',
      args: ['/d', '/s', '/c', cmdRunLine('C:\\nodejs\\npx.cmd', ['ampx', 'sandbox'])],
      windowsVerbatimArguments: true,
    });
    expect(spawnPlan('C:\\tools\\amplify.exe', ['env', 'checkout', 'dev&calc.exe'], 'win32', env)).toEqual({
      file: 'C:\\tools\\amplify.exe',
      args: ['env', 'checkout', 'dev&calc.exe'],
      windowsVerbatimArguments: false,
    });
    expect(spawnPlan('/usr/local/bin/amplify', ['push'], 'linux').file).toBe('/usr/local/bin/amplify');
    // ComSpec is honoured only as an absolute path; a bare name would be looked up in the project folder.
    expect(spawnPlan('C:\\a.cmd', [], 'win32', { comspec: 'cmd.exe', SYSTEMROOT: 'D:\\Win' }).file).toBe('D:\\Win\\System32\\cmd.exe');
  });
});
