import { describe, expect, it } from 'vitest';
import { maskTypeScript } from './typescript-source-mask';

describe('maskTypeScript', () => {
  it('keeps the length and every newline', () => {
    const text = "const a = 'x'; // c\n/* b\n */ const t = `q\n${a}`;\n";
    const masked = maskTypeScript(text);
    expect(masked).toHaveLength(text.length);
    expect([...masked].filter((ch) => ch === '\n')).toHaveLength(4);
  });

  it('blanks comments and string contents but keeps the quotes', () => {
    expect(maskTypeScript('f(\'defineAuth(\', "x") // defineData(')).toBe('f(\'           \', " ")               ');
    expect(maskTypeScript('a /* defineStorage( */ b')).toBe('a                      b');
  });

  it('keeps ${…} code in templates, nested braces and templates included', () => {
    expect(maskTypeScript('`a${ {k: 1}.k }b`')).toBe('` ${ {k: 1}.k } `');
    expect(maskTypeScript('`x${`y${z}`}`')).toBe('` ${` ${z}`}`');
  });

  it('handles escapes inside strings', () => {
    expect(maskTypeScript("'it\\'s' + x")).toBe("'     ' + x");
  });

  it('tells regex literals from divisions', () => {
    expect(maskTypeScript("const r = /['(]/g; x")).toBe('const r = /    /g; x');
    expect(maskTypeScript('const half = total / 2 / 1;')).toBe('const half = total / 2 / 1;');
    expect(maskTypeScript("return /'/.test(s)")).toBe('return / /.test(s)');
  });

  it('survives unterminated literals', () => {
    expect(maskTypeScript("const s = 'open\nnext()")).toBe("const s = '    \nnext()");
    expect(maskTypeScript('/* open')).toBe('       ');
  });
});
