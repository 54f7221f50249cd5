import { describe, expect, it } from 'vitest';
import { analyzeSchema } from './analyze-schema';
import { defaultApiSettings } from './api-settings';
import { completeSchema } from './completion/complete-schema';
import { formatSchema } from './format/format-schema';
import { hoverSchema } from './hover/hover-schema';
import { findReferences } from './navigation/find-references';
import { renameSymbol } from './navigation/rename-symbol';
import { documentSymbols } from './symbols/document-symbols';
import { manyFindings, manyUses } from '../../test-support/graphql/extreme-schemas';
import { diagnose, SCHEMA_URI, summarize } from '../../test-support/graphql/diagnose';

/**
 * Schemas no real project holds but any file may: nested past the parsers' stack, too large, with
 * more findings or occurrences than a spread can pass. Each gets an answer, never an exception.
 */
describe('schema analysis on extreme inputs', () => {
  it('8,000 [ in a field type: a warning on the bracket past the limit, the rest of the file still read', () => {
    const text = `type Post @model {\n  id: ID!\n  tags: ${'['.repeat(8_000)}String${']'.repeat(8_000)}\n}\n\ntype Author @model {\n  id: ID!\n}\n`;
    const analysis = analyzeSchema([{ uri: SCHEMA_URI, text }], defaultApiSettings());
    expect(summarize(analysis.diagnostics)).toEqual(['nesting-too-deep@3:264-3:265']);
    expect(analysis.diagnostics[0].severity).toBe('warning');
    expect(analysis.model.types.has('Author')).toBe(true);
    // Features keep answering on the part that was read.
    const at = { line: 6, character: 7 };
    expect(hoverSchema(analysis, SCHEMA_URI, at)).not.toBeNull();
    expect(documentSymbols(analysis, SCHEMA_URI).map((symbol) => symbol.name)).toEqual(['Author']);
    expect(completeSchema(analysis, SCHEMA_URI, { line: 2, character: 2 })).toBeDefined();
    expect(formatSchema(text, { tabSize: 2, insertSpaces: true })).toBeNull();
  });

  it('nesting within the limit is analysed and formatted as usual', () => {
    const depth = 200;
    const text = `type Post @model {\n  id: ID!\n  tags: ${'['.repeat(depth)}String${']'.repeat(depth)}\n}\n`;
    expect(diagnose(text)).toEqual([]);
    expect(formatSchema(text, { tabSize: 2, insertSpaces: true })).toBe(text);
  });

  it('nested values in a directive past the limit are reported, not thrown', () => {
    const text = `type Post @model @auth(rules: ${'['.repeat(3_000)}${']'.repeat(3_000)}) {\n  id: ID!\n}\n`;
    expect(summarize(diagnose(text)).map((s) => s.split('@')[0])).toEqual(['nesting-too-deep']);
  });

  it('a schema file over the size limit is not parsed: one warning, and no findings about its types elsewhere', () => {
    const huge = `type Big @model {\n  id: ID!\n  ${'f: String '.repeat(300_000)}\n}\n`;
    const other = 'type Post @model {\n  id: ID!\n  big: Big\n}\n';
    const analysis = analyzeSchema(
      [
        { uri: SCHEMA_URI, text: huge },
        { uri: 'file:///project/other.graphql', text: other },
      ],
      defaultApiSettings(),
    );
    expect(analysis.diagnostics.map((d) => `${d.code} ${d.severity}`)).toEqual(['file-too-large warning']);
  });

  it('a schema written on one line with a finding in each of 10,000 types: every finding, each on its type', { timeout: 120_000 }, () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `type T${i} { id: ID! owner: Usr }`).join(' ');
    const diagnostics = diagnose(text);
    expect(diagnostics).toHaveLength(10_000);
    expect(diagnostics.every((d) => d.code === 'unknown-type' && d.range.start.line === 0)).toBe(true);
    expect(diagnostics[9_999].range.start.character).toBe(text.lastIndexOf('Usr'));
  });

  it('one definition larger than Lens checks: a warning on it, the other definitions still read', () => {
    const huge = `type Huge {\n${Array.from({ length: 20_000 }, (_, i) => `  f${i}: Missing`).join('\n')}\n}\n`;
    const analysis = analyzeSchema([{ uri: SCHEMA_URI, text: `type Post @model {\n  id: ID!\n}\n\n${huge}` }], defaultApiSettings());
    expect(summarize(analysis.diagnostics)).toEqual(['file-too-large@5:1-5:1']);
    expect(analysis.diagnostics[0].message).toContain('This definition is larger than 128 KB');
    expect(analysis.model.types.has('Post')).toBe(true);
  });

  it('more than 120,000 findings are all reported', { timeout: 120_000 }, () => {
    const text = manyFindings(130_000);
    const diagnostics = diagnose(text);
    expect(diagnostics).toHaveLength(130_000);
    expect(diagnostics.every((d) => d.code === 'primary-key-sort-key-not-found')).toBe(true);
  });

  it('a type used 132,000 times: references and rename list every occurrence', { timeout: 120_000 }, () => {
    const text = manyUses('Tag', 132_000);
    const analysis = analyzeSchema([{ uri: SCHEMA_URI, text }], defaultApiSettings());
    const declaration = { line: 0, character: 6 };
    expect(findReferences(analysis, SCHEMA_URI, declaration, true)).toHaveLength(132_001);
    expect(renameSymbol(analysis, SCHEMA_URI, declaration, 'Label')).toHaveLength(132_001);
  });
});
