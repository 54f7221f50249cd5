import { describe, expect, it } from 'vitest';
import { SCHEMA_URI, diagnose, underlined } from '../../../test-support/graphql/diagnose';

/** A Gen 2 schema configured with a MySQL database (a string schema alone is DynamoDB, where @sql has no data source). */
const SQL_GEN2 = { generation: 2 as const, schemaFileDataSources: { [SCHEMA_URI]: 'mysql' as const } };

function sqlDiagnostics(sdl: string) {
  return diagnose(sdl, SQL_GEN2).filter((d) => d.code.startsWith('sql-'));
}

describe('@sql rules', () => {
  it('accepts the documented inline statement and reference forms', () => {
    const sdl = [
      'type Row {',
      '  id: Int',
      '  name: String',
      '}',
      'type Query {',
      "  listRows(contains: String): [Row] @sql(statement: \"SELECT * FROM Row WHERE name LIKE CONCAT('%', :contains, '%');\")",
      '  searchPosts(searchTerm: String): [Row] @sql(reference: "searchPostsSQL")',
      '}',
      'type Mutation {',
      '  setName(id: Int!, name: String!): [Row] @sql(statement: "UPDATE Row SET name = :name WHERE id = :id")',
      '}',
      '',
    ].join('\n');
    expect(diagnose(sdl, SQL_GEN2)).toEqual([]);
  });

  it('is only for Query and Mutation fields', () => {
    const sdl = 'type Row @model {\n  id: ID! @primaryKey\n  n: Int @sql(statement: "SELECT 1")\n}\n';
    const diagnostics = sqlDiagnostics(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([['sql-not-on-query-or-mutation', '@sql(statement: "SELECT 1")']]);
    expect(diagnostics[0].message).toContain('@sql directive can only be used on Query or Mutation types. Check type "Row" and field "n".');
  });

  it('requires exactly one of statement and reference', () => {
    const sdl = 'type Query {\n  a: Int @sql\n  b: Int @sql(statement: "SELECT 1", reference: "x")\n}\n';
    expect(sqlDiagnostics(sdl).map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['sql-missing-statement', '@sql'],
      ['sql-statement-and-reference', '@sql(statement: "SELECT 1", reference: "x")'],
    ]);
  });

  it('rejects a blank statement', () => {
    const sdl = 'type Query {\n  a: Int @sql(statement: "  ")\n}\n';
    expect(sqlDiagnostics(sdl).map((d) => [d.code, underlined(sdl, d)])).toEqual([['sql-empty-statement', '"  "']]);
  });
});
