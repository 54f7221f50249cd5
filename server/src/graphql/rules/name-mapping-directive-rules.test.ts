import { describe, expect, it } from 'vitest';
import { analyzeSchema } from '../analyze-schema';
import { defaultApiSettings } from '../api-settings';
import { SCHEMA_URI, diagnose, underlined } from '../../../test-support/graphql/diagnose';

/** A Gen 2 API whose schema file holds models of an existing Postgres database. */
const SQL_GEN2 = { generation: 2 as const, schemaFileDataSources: { [SCHEMA_URI]: 'postgres' as const } };

function mappingDiagnostics(sdl: string) {
  return diagnose(sdl, SQL_GEN2).filter((d) => d.code.startsWith('name-mapping-') || d.code.startsWith('refers-to-'));
}

describe('@mapsTo and @refersTo rules', () => {
  describe('documented examples', () => {
    it('accepts renaming a model with @mapsTo', () => {
      const sdl = 'type Article @model @mapsTo(name: "Post") {\n  id: ID!\n  title: String!\n}\n';
      expect(diagnose(sdl)).toEqual([]);
    });

    it('accepts renamed SQL tables and columns with @refersTo (Gen 2)', () => {
      const sdl = [
        'type Note @model @refersTo(name: "notes") {',
        '  id: String! @primaryKey',
        '  content: String @refersTo(name: "note_content")',
        '}',
        '',
      ].join('\n');
      expect(diagnose(sdl, SQL_GEN2)).toEqual([]);
    });

    it('accepts @refersTo in a Gen 1 schema.sql.graphql', () => {
      const text =
        'input AMPLIFY {\n  engine: String = "mysql"\n}\ntype Note @model @refersTo(name: "notes") {\n  id: Int! @primaryKey\n  body: String @refersTo(name: "note_body")\n}\n';
      const uri = 'file:///project/amplify/backend/api/notes/schema.sql.graphql';
      expect(analyzeSchema([{ uri, text }], defaultApiSettings()).diagnostics).toEqual([]);
    });
  });

  it('rejects @refersTo on DynamoDB models, Gen 1 schema.graphql and Gen 2 string schemas alike', () => {
    const sdl = 'type Note @model @refersTo(name: "notes") {\n  id: ID!\n  body: String @refersTo(name: "note_body")\n}\n';
    for (const generation of [1, 2] as const) {
      const diagnostics = diagnose(sdl, { generation }).filter((d) => d.code.startsWith('refers-to-'));
      expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
        ['refers-to-not-sql', '@refersTo(name: "notes")'],
        ['refers-to-not-sql', '@refersTo(name: "note_body")'],
      ]);
      expect(diagnostics[0].message).toMatch(/^@refersTo is only supported on SQL models\. Note is not a SQL model\./);
    }
  });

  it('stays quiet on @refersTo where the data source is unknown', () => {
    const text = 'type Note @model @refersTo(name: "notes") {\n  id: ID!\n}\n';
    const { diagnostics } = analyzeSchema([{ uri: 'file:///project/amplify/data/resource.ts', text }], defaultApiSettings({ generation: 2 }));
    expect(diagnostics).toEqual([]);
  });

  it('requires @model on the type', () => {
    const sdl = 'type Article @mapsTo(name: "Post") {\n  id: ID!\n}\ntype Plain {\n  id: ID! @refersTo(name: "pk")\n}\n';
    const diagnostics = mappingDiagnostics(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['name-mapping-not-on-model', '@mapsTo(name: "Post")'],
      ['name-mapping-not-on-model', '@refersTo(name: "pk")'],
    ]);
    expect(diagnostics[0].message).toContain('@mapsTo is not supported on type Article. It can only be used on a @model type.');
  });

  it('rejects an empty name', () => {
    const sdl = 'type Article @model @mapsTo(name: "") {\n  id: ID!\n}\n';
    expect(mappingDiagnostics(sdl).map((d) => [d.code, underlined(sdl, d)])).toEqual([['name-mapping-empty-name', '""']]);
  });

  it('rejects mapping onto an existing model, or two models onto one name', () => {
    const sdl = [
      'type Article @model @mapsTo(name: "Post") {',
      '  id: ID!',
      '}',
      'type Post @model {',
      '  id: ID!',
      '}',
      'type Story @model @mapsTo(name: "Legacy") {',
      '  id: ID!',
      '}',
      'type Tale @model @mapsTo(name: "Legacy") {',
      '  id: ID!',
      '}',
      '',
    ].join('\n');
    const diagnostics = mappingDiagnostics(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['name-mapping-model-exists', '"Post"'],
      ['name-mapping-duplicate', '"Legacy"'],
      ['name-mapping-duplicate', '"Legacy"'],
    ]);
    expect(diagnostics[0].message).toContain(
      'Cannot apply @mapsTo with name "Post" on type "Article" because "Post" model already exists in the schema.',
    );
    expect(diagnostics[1].message).toContain('because "Tale" model already has the same name mapping.');
  });

  it('checks @refersTo on fields: duplicates, existing names, relational fields, interfaces', () => {
    const sdl = [
      'interface Named {',
      '  name: String @refersTo(name: "label")',
      '}',
      'type Note @model {',
      '  id: String! @primaryKey',
      '  a: String @refersTo(name: "col")',
      '  b: String @refersTo(name: "col")',
      '  c: String @refersTo(name: "id")',
      '  author: Author @belongsTo(references: ["authorId"]) @refersTo(name: "writer")',
      '  authorId: String',
      '}',
      'type Author @model {',
      '  id: String! @primaryKey',
      '  notes: [Note] @hasMany(references: ["authorId"])',
      '}',
      '',
    ].join('\n');
    const diagnostics = mappingDiagnostics(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['refers-to-interface-field', '@refersTo(name: "label")'],
      ['refers-to-duplicate-field-mapping', '"col"'],
      ['refers-to-duplicate-field-mapping', '"col"'],
      ['refers-to-field-exists', '"id"'],
      ['refers-to-relational-field', '@refersTo(name: "writer")'],
    ]);
  });
});
