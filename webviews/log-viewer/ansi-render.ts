/**
 * ANSI-coloured text as DOM: one span per styled segment, palette colours through the theme's
 * terminal colours (classes `ansi-fg-0`…`ansi-fg-15`), 256-colour and true colours set through
 * the CSSOM (the page's CSP allows no inline style attributes), filter matches marked across
 * segment boundaries. Text nodes only, never HTML.
 */
import { h } from '../shared/dom';
import { parseAnsi, type AnsiStyle } from './ansi-text';
import type { LogFilter } from './log-filter';

export function ansiText(raw: string, filter: LogFilter): Node[] {
  const segments = parseAnsi(raw);
  const plain = segments.map((segment) => segment.text).join('');
  const ranges = filter.highlights(plain);
  const out: Node[] = [];
  let offset = 0;
  for (const segment of segments) {
    const start = offset;
    const end = offset + segment.text.length;
    offset = end;
    const pieces = markedPieces(segment.text, start, ranges);
    if (!segment.style) {
      out.push(...pieces);
      continue;
    }
    const span = h('span');
    styleSpan(span, segment.style);
    span.append(...pieces);
    out.push(span);
  }
  return out;
}

/** The segment's text split at the filter's ranges (given in the whole line's offsets). */
function markedPieces(text: string, start: number, ranges: readonly [number, number][]): Node[] {
  const pieces: Node[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    const localFrom = Math.max(0, from - start);
    const localTo = Math.min(text.length, to - start);
    if (localTo <= localFrom || localFrom < at) continue;
    if (localFrom > at) pieces.push(document.createTextNode(text.slice(at, localFrom)));
    pieces.push(h('mark', {}, text.slice(localFrom, localTo)));
    at = localTo;
  }
  if (at < text.length) pieces.push(document.createTextNode(text.slice(at)));
  return pieces;
}

function styleSpan(span: HTMLElement, style: AnsiStyle): void {
  const [fg, bg] = style.inverse ? [style.bg ?? 'inverse-fg', style.fg ?? 'inverse-bg'] : [style.fg, style.bg];
  const classes: string[] = [];
  if (typeof fg === 'number') classes.push(`ansi-fg-${fg}`);
  else if (fg === 'inverse-fg') classes.push('ansi-inverse-fg');
  else if (fg) span.style.color = fg;
  if (typeof bg === 'number') classes.push(`ansi-bg-${bg}`);
  else if (bg === 'inverse-bg') classes.push('ansi-inverse-bg');
  else if (bg) span.style.backgroundColor = bg;
  if (style.bold) classes.push('ansi-bold');
  if (style.dim) classes.push('ansi-dim');
  if (style.italic) classes.push('ansi-italic');
  if (style.underline) classes.push('ansi-underline');
  if (style.strike) classes.push('ansi-strike');
  span.className = classes.join(' ');
}
