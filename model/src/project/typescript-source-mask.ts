/**
 * A TypeScript text with its comments and the insides of its string, template and regular
 * expression literals blanked out (newlines kept), so a lexical scan finds code only and every
 * offset still points at the same character of the original. Quotes stay in place: a string's
 * value is read from the original text between them. `${…}` inside templates stays code.
 */
export function maskTypeScript(text: string): string {
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  // Each open template literal remembers the brace depth of its `${`, so `}` knows where it returns to.
  const templates: number[] = [];
  let braceDepth = 0;
  let previous = ''; // the last significant code character, to tell a regex from a division
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (ch === '"' || ch === "'") {
      const stop = stringEnd(text, i, ch);
      blank(i + 1, stop - 1);
      i = stop;
      previous = ch;
    } else if (ch === '`' || (ch === '}' && templates.length > 0 && templates[templates.length - 1] === braceDepth)) {
      if (ch === '}') templates.pop();
      const [stop, opensExpression] = templatePartEnd(text, i + 1);
      blank(i + 1, opensExpression ? stop - 2 : stop - 1);
      if (opensExpression) templates.push(braceDepth);
      i = stop;
      previous = opensExpression ? '{' : '`';
    } else if (ch === '/' && startsRegex(previous, text, i)) {
      const [close, stop] = regexEnd(text, i);
      blank(i + 1, close);
      i = stop;
      previous = '/';
    } else {
      if (ch === '{') braceDepth++;
      else if (ch === '}') braceDepth--;
      if (!/\s/.test(ch)) previous = ch;
      i++;
    }
  }
  return out.join('');
}

/** The offset just past the closing quote (or past the line end of an unterminated string). */
function stringEnd(text: string, open: number, quote: string): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
    else if (text[i] === '\n') return i + 1;
  }
  return text.length;
}

/** From inside a template: the offset past its closing backtick, or past a `${` (then true). */
function templatePartEnd(text: string, from: number): [number, boolean] {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '`') return [i + 1, false];
    else if (text[i] === '$' && text[i + 1] === '{') return [i + 2, true];
  }
  return [text.length, false];
}

function startsRegex(previous: string, text: string, at: number): boolean {
  if (previous === '' || '(,=:[!&|?{};+-*%<>~^'.includes(previous)) return true;
  const before = text.slice(Math.max(0, at - 12), at);
  return /\b(return|typeof|case|in|of|void|yield|await)\s*$/.test(before);
}

/** The closing slash of a regex literal and the offset past its flags (the line end when unterminated). */
function regexEnd(text: string, open: number): [number, number] {
  let inClass = false;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '\n') return [i, i];
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) {
      let end = i + 1;
      while (/[a-z]/i.test(text[end] ?? '')) end++;
      return [i, end];
    }
  }
  return [text.length, text.length];
}
