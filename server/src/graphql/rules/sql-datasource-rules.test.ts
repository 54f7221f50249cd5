import { describe, expect, it } from 'vitest';
import { analyzeSchema } from '../analyze-schema';
import { defaultApiSettings, type ApiSettings } from '../api-settings';
import type { LensDiagnostic } from '../../lens-diagnostic';
import { applyFix } from '../../../test-support/graphql/apply-text-edits';
import { diagnose, SCHEMA_URI, underlined } from '../../../test-support/graphql/diagnose';

const API = 'file:///project/amplify/backend/api/blog';
const DYNAMO_URI = `${API}/schema.graphql`;
const SQL_URI = `${API}/schema.sql.graphql`;
const ENGINE = 'input AMPLIFY {\n  engine: String = "mysql"\n}\n';

/** A Gen 1 API of `schema.sql.graphql` (and `schema.graphql` when given), as the CLI reads it. */
function gen1(sqlText: string, dynamoText?: string, settings: Partial<ApiSettings> = {}): LensDiagnostic[] {
  const files = [...(dynamoText === undefined ? [] : [{ uri: DYNAMO_URI, text: dynamoText }]), { uri: SQL_URI, text: sqlText }];
  return analyzeSchema(files, defaultApiSettings(settings)).diagnostics;
}

function shown(text: string, diagnostics: LensDiagnostic[]): string[][] {
  return diagnostics.map((d) => [d.code, underlined(text, d)]);
}

describe('Gen 1 SQL APIs (schema.sql.graphql)', () => {
  it('accepts an imported MySQL schema beside a DynamoDB one, each with its own input AMPLIFY', () => {
    const sql = [
      ENGINE,
      'type Post @model @refersTo(name: "posts") {',
      '  id: Int! @primaryKey',
      '  title: String!',
      '  comments: [Comment] @hasMany(references: ["postId"])',
      '}',
      'type Comment @model @refersTo(name: "comments") {',
      '  id: Int! @primaryKey',
      '  postId: Int! @refersTo(name: "post_id")',
      '  post: Post @belongsTo(references: ["postId"])',
      '}',
      'type Query {',
      '  topPosts: [Post] @sql(statement: "SELECT * FROM posts LIMIT 10")',
      '  searchPosts(term: String): [Post] @sql(reference: "searchPosts")',
      '}',
      '',
    ].join('\n');
    const dynamo = 'input AMPLIFY { globalAuthRule: AuthRule = { allow: public } }\ntype Todo @model {\n  id: ID!\n  name: String\n}\n';
    expect(gen1(sql, dynamo, { sqlStatementNames: new Set(['searchPosts']) })).toEqual([]);
  });

  it('requires the engine in input AMPLIFY, offering to declare it', () => {
    const text = 'type Post @model {\n  id: Int! @primaryKey\n}\n';
    const diagnostics = gen1(text);
    expect(shown(text, diagnostics)).toEqual([['sql-engine-missing', 'Post']]);
    expect(diagnostics[0].message).toMatch(/^engine is not defined in the RDS schema file/);
    const fixed = applyFix(text, diagnostics[0].fixes?.[0]);
    expect(fixed.startsWith('input AMPLIFY {\n  engine: String = "mysql"\n}\n\ntype Post')).toBe(true);
    expect(gen1(fixed)).toEqual([]);
    const withoutEngine = 'input AMPLIFY {\n  other: String = "x"\n}\ntype Post @model {\n  id: Int! @primaryKey\n}\n';
    expect(shown(withoutEngine, gen1(withoutEngine))).toEqual([['sql-engine-missing', 'AMPLIFY']]);
  });

  it('accepts only mysql and postgres, suggesting the close one', () => {
    const text = 'input AMPLIFY {\n  engine: String = "postgresql"\n}\ntype Post @model {\n  id: Int! @primaryKey\n}\n';
    const diagnostics = gen1(text);
    expect(shown(text, diagnostics)).toEqual([['sql-engine-unsupported', '"postgresql"']]);
    expect(diagnostics[0].message).toMatch(/^engine postgresql specified in the RDS schema file is not supported\./);
    expect(applyFix(text, diagnostics[0].fixes?.[0])).toContain('engine: String = "postgres"');
  });

  it('requires a primary key on SQL models', () => {
    const text = `${ENGINE}type Post @model {\n  id: Int!\n}\n`;
    const diagnostics = gen1(text);
    expect(shown(text, diagnostics)).toEqual([['sql-model-without-primary-key', 'Post']]);
    expect(diagnostics[0].message).toMatch(/^SQL model "Post" must contain a primary key field\./);
  });

  it('relates SQL models through references only', () => {
    const text = [
      ENGINE,
      'type Post @model {',
      '  id: Int! @primaryKey',
      '  comments: [Comment] @hasMany(fields: ["id"])',
      '  author: Author @belongsTo',
      '}',
      'type Author @model {\n  id: Int! @primaryKey\n}',
      'type Comment @model {\n  id: Int! @primaryKey\n}',
      '',
    ].join('\n');
    const diagnostics = gen1(text).filter((d) => d.code.startsWith('sql-'));
    expect(shown(text, diagnostics)).toEqual([
      ['sql-relation-fields', 'fields: ["id"]'],
      ['sql-relation-without-references', '@belongsTo'],
    ]);
    expect(diagnostics[0].message).toMatch(/^'fields' defined on Post\.comments @hasMany\. Expecting 'references' only\./);
  });

  it('refuses the directives the CLI does not support on SQL models and on Query', () => {
    const sql = `${ENGINE}type Post @model @searchable {\n  id: Int! @primaryKey\n  body: String @function(name: "fn")\n}\n`;
    const dynamo = 'type Query {\n  echo: String @function(name: "echo")\n}\ntype Todo @model @searchable {\n  id: ID!\n}\n';
    const diagnostics = gen1(sql, dynamo).filter((d) => d.code === 'sql-unsupported-directive');
    expect(diagnostics.map((d) => [d.uri.endsWith('.sql.graphql') ? 'sql' : 'dynamo', underlined(d.uri === SQL_URI ? sql : dynamo, d)])).toEqual(
      [
        ['dynamo', '@function(name: "echo")'],
        ['sql', '@searchable'],
        ['sql', '@function(name: "fn")'],
      ],
    );
    expect(diagnostics[1].message).toMatch(
      /^@searchable directive on type "Post" is not supported on a SQL datasource\. Following directives are not supported on a SQL datasource: searchable, predictions, function, manyToMany, http, mapsTo\./,
    );
  });

  it('leaves DynamoDB-only APIs free to use those directives', () => {
    const text = 'type Query {\n  echo: String @function(name: "echo")\n}\n';
    expect(diagnose(text)).toEqual([]);
  });

  it('needs SQL models for @sql, and known statements for references', () => {
    const dynamoOnly = 'type Query {\n  top: [String] @sql(statement: "SELECT 1")\n}\n';
    const diagnostics = diagnose(dynamoOnly);
    expect(shown(dynamoOnly, diagnostics)).toEqual([['sql-without-sql-datasource', '@sql(statement: "SELECT 1")']]);
    expect(diagnostics[0].message).toMatch(/^Could not find custom SQL strategy for Query\.top: this API has no SQL data source\./);
    const sql = `${ENGINE}type Post @model {\n  id: Int! @primaryKey\n}\ntype Query {\n  search: [Post] @sql(reference: "serchPosts")\n}\n`;
    const found = gen1(sql, undefined, { sqlStatementNames: new Set(['searchPosts', 'topPosts']) });
    expect(shown(sql, found)).toEqual([['sql-reference-not-found', '"serchPosts"']]);
    expect(found[0].message).toMatch(
      /^The Query field "search" references a custom SQL statement "serchPosts" that doesn't exist\. Did you mean 'searchPosts'\?/,
    );
    expect(gen1(sql)).toEqual([]); // statement names unknown: quiet
  });

  it('stays quiet about @sql where the data source is unknown (a Gen 2 schema from TypeScript)', () => {
    const text = 'type Query {\n  top: [String] @sql(statement: "SELECT 1")\n}\n';
    const { diagnostics } = analyzeSchema([{ uri: 'file:///project/amplify/data/resource.ts', text }], defaultApiSettings({ generation: 2 }));
    expect(diagnostics).toEqual([]);
    expect(diagnose(text, { generation: 2 }).map((d) => d.code)).toEqual(['sql-without-sql-datasource']);
    expect(diagnose(text, { generation: 2, schemaFileDataSources: { [SCHEMA_URI]: 'postgres' } })).toEqual([]);
  });
});
