/**
 * ANSI escape sequences in log lines (npm, Next.js, ampx and CDK print colours; builds print them
 * into their logs): SGR colours and styles become segments the row renders with the terminal's
 * theme colours; every other control sequence — cursor moves, line erases, OSC titles and
 * hyperlinks — is dropped, never interpreted. A carriage return inside a line (a progress bar
 * redrawn in place) keeps what was drawn last. Text is never turned into markup: segments are text.
 */

export interface AnsiStyle {
  /** 0–15: the terminal palette (themed); a `#rrggbb` string: a 256-colour or true colour. */
  fg?: number | string;
  bg?: number | string;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
  strike?: boolean;
}

export interface AnsiSegment {
  text: string;
  style?: AnsiStyle;
}

/** Anything that is not plain text: ESC, the C1 CSI, carriage returns, other C0 controls but tab and newline. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u009b]/;
// CSI (ESC [ or the C1 byte), OSC (ESC ] … BEL or ST), and two-byte escapes.
const SEQUENCE =
  /(?:\u001b\[|\u009b)([0-?]*)[ -/]*([@-~])|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]|[\u0000-\u0008\u000b-\u001f\u007f]/g;

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** The text as a reader sees it: sequences removed, a line redrawn after `\r` kept as last drawn. */
export function stripAnsi(text: string): string {
  return lastDrawn(text).replace(SEQUENCE, '');
}

/** Segments of text with their SGR style, in order; their texts joined equal `stripAnsi(text)`. */
export function parseAnsi(text: string): AnsiSegment[] {
  const source = lastDrawn(text);
  const segments: AnsiSegment[] = [];
  let style: AnsiStyle = {};
  let at = 0;
  const push = (chunk: string) => {
    if (!chunk) return;
    const styled = Object.keys(style).length > 0;
    const last = segments.at(-1);
    if (last && sameStyle(last.style, styled ? style : undefined)) last.text += chunk;
    else segments.push(styled ? { text: chunk, style: { ...style } } : { text: chunk });
  };
  for (const match of source.matchAll(SEQUENCE)) {
    push(source.slice(at, match.index));
    at = match.index + match[0].length;
    if (match[2] === 'm') style = applySgr(style, match[1] ?? '');
  }
  push(source.slice(at));
  return segments;
}

/** A `\r` not followed by a newline returns the cursor: what follows the last one is what shows. */
function lastDrawn(text: string): string {
  const body = text.replace(/\r+(\n|$)/g, '$1');
  const cut = body.lastIndexOf('\r');
  return cut < 0 ? body : body.slice(cut + 1);
}

function applySgr(current: AnsiStyle, params: string): AnsiStyle {
  const codes = params === '' ? [0] : params.split(/[;:]/).map((code) => (code === '' ? 0 : Number(code)));
  let style: AnsiStyle = { ...current };
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index]!;
    if (code === 0) style = {};
    else if (code === 1) style.bold = true;
    else if (code === 2) style.dim = true;
    else if (code === 3) style.italic = true;
    else if (code === 4) style.underline = true;
    else if (code === 7) style.inverse = true;
    else if (code === 9) style.strike = true;
    else if (code === 22) {
      delete style.bold;
      delete style.dim;
    } else if (code === 23) delete style.italic;
    else if (code === 24) delete style.underline;
    else if (code === 27) delete style.inverse;
    else if (code === 29) delete style.strike;
    else if (code >= 30 && code <= 37) style.fg = code - 30;
    else if (code >= 90 && code <= 97) style.fg = code - 90 + 8;
    else if (code === 39) delete style.fg;
    else if (code >= 40 && code <= 47) style.bg = code - 40;
    else if (code >= 100 && code <= 107) style.bg = code - 100 + 8;
    else if (code === 49) delete style.bg;
    else if (code === 38 || code === 48) {
      const [color, used] = extendedColor(codes, index + 1);
      if (color !== undefined) {
        if (code === 38) style.fg = color;
        else style.bg = color;
      }
      index += used;
    }
  }
  return style;
}

/** `5;n` (256 colours) or `2;r;g;b` (true colour); answers the colour and how many codes it used. */
function extendedColor(codes: number[], from: number): [number | string | undefined, number] {
  const kind = codes[from];
  if (kind === 5) {
    const n = codes[from + 1];
    if (n === undefined || !(n >= 0 && n <= 255)) return [undefined, 2];
    return [n < 16 ? n : xterm256(n), 2];
  }
  if (kind === 2) {
    const rgb = codes.slice(from + 1, from + 4);
    if (rgb.length < 3 || rgb.some((value) => !(value >= 0 && value <= 255))) return [undefined, 4];
    return [hex(rgb[0]!, rgb[1]!, rgb[2]!), 4];
  }
  return [undefined, 0];
}

/** xterm's 256-colour table beyond the 16 themed ones: a 6×6×6 cube, then 24 greys. */
function xterm256(n: number): string {
  if (n >= 232) {
    const grey = 8 + (n - 232) * 10;
    return hex(grey, grey, grey);
  }
  const cube = n - 16;
  const level = (value: number) => (value === 0 ? 0 : 55 + value * 40);
  return hex(level(Math.floor(cube / 36)), level(Math.floor(cube / 6) % 6), level(cube % 6));
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

function sameStyle(a: AnsiStyle | undefined, b: AnsiStyle | undefined): boolean {
  if (!a || !b) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof AnsiStyle>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
