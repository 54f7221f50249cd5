import { describe, expect, it } from 'vitest';
import { AMPLIFY_SCHEMAS } from '../../../test-support/graphql/format-schema-fixtures';
import { splitIntoDefinitionChunks } from './definition-chunks';
import { definitionLineStarts, startsDefinition } from './definition-starts';
import { outlineSchema } from './schema-outline';

const lineStarting = (line: string) => startsDefinition(line, 0, line.length);

describe('where a definition starts', () => {
  it('is a column-0 keyword with a name, or a directive or schema definition', () => {
    for (const line of [
      'type Post @model {',
      'extend type Query {',
      'input CreatePostInput {',
      'enum Status {',
      'union Result = A | B',
      'scalar Email',
      'interface Node {',
      'directive @cached on FIELD_DEFINITION',
      'schema {',
      'schema @auth {',
    ]) {
      expect(lineStarting(line), line).toBe(true);
    }
    for (const line of ['type: String', '  type Post {', 'types', 'typeName: String', 'type', 'directive', '"""', '# type Post']) {
      expect(lineStarting(line), line).toBe(false);
    }
  });

  it('finds the lines whatever their line breaks', () => {
    const text = 'type A {\r\n  a: Int\r\n}\rtype B {\n  type: String\n}\nenum C { X }';
    expect(definitionLineStarts(text).map((offset) => text.slice(offset, offset + 6))).toEqual(['type A', 'type B', 'enum C']);
  });

  it('is where both the parser and the outline cut every realistic schema', () => {
    for (const [name, schema] of Object.entries(AMPLIFY_SCHEMAS)) {
      const starts = new Set([0, ...definitionLineStarts(schema)]);
      const pieces = outlineSchema(schema).pieces.map((placed) => placed.offset);
      expect(
        pieces.every((offset) => starts.has(offset)),
        name,
      ).toBe(true);
      // A chunk begins at a definition line or at the description before one.
      for (const chunk of splitIntoDefinitionChunks(schema)) {
        const firstDefinition = definitionLineStarts(chunk.text)[0] ?? 0;
        expect(starts.has(chunk.offset + firstDefinition), `${name} @${chunk.offset}`).toBe(true);
      }
    }
  });
});
