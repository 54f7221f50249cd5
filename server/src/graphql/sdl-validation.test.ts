import { describe, expect, it } from 'vitest';
import { analyzeSchema, ParseCache } from './analyze-schema';
import { ValuesOfCorrectTypeRule } from 'graphql';
import { specifiedSDLRules } from 'graphql/validation/specifiedRules';
import { defaultApiSettings } from './api-settings';
import { boundedKnownTypeNamesRule } from './bounded-known-type-names';
import { ruleNameOf } from './sdl-validation';
import { diagnose, summarize, underlined } from '../../test-support/graphql/diagnose';

describe('SDL validation with Amplify directives', () => {
  it('accepts Amplify directives, AppSync directives and AWS scalars', () => {
    const sdl = `
type Post @model @auth(rules: [{ allow: owner }, { allow: public, operations: [read] }]) {
  id: ID!
  title: String!
  createdAt: AWSDateTime
  meta: AWSJSON
  comments: [Comment] @hasMany
}
type Comment @model @auth(rules: [{ allow: private }]) {
  id: ID!
  post: Post @belongsTo
  content: String @aws_cognito_user_pools
}
type Subscription {
  onPing: String @aws_subscribe(mutations: ["createPost"])
}
`;
    expect(diagnose(sdl)).toEqual([]);
  });

  it('reports an unknown directive at its name', () => {
    const sdl = 'type Post @modle {\n  id: ID!\n}\n';
    const [diagnostic, ...rest] = diagnose(sdl);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('unknown-directive');
    expect(underlined(sdl, diagnostic)).toBe('@modle');
  });

  it('reports an unknown type at the reference', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  when: AWSDateTme\n}\n';
    expect(summarize(diagnose(sdl))).toEqual(['unknown-type@3:9-3:19']);
  });

  it('reports an invalid enum value inside an @auth rule', () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: owners }]) {\n  id: ID!\n}\n';
    const diagnostics = diagnose(sdl);
    expect(diagnostics.map((d) => d.code)).toEqual(['invalid-argument-value']);
    expect(underlined(sdl, diagnostics[0])).toBe('owners');
  });

  it('flags v1 directives under transformer v2 with a migration message', () => {
    const sdl = 'type Post @model @key(fields: ["id"]) {\n  id: ID!\n}\n';
    const [diagnostic] = diagnose(sdl);
    expect(diagnostic.code).toBe('v1-directive');
    expect(diagnostic.message).toContain('transformer v1');
    expect(underlined(sdl, diagnostic)).toBe('@key');
  });

  it('accepts v1 directives when the project uses transformer v1', () => {
    const sdl = 'type Post @model @key(fields: ["id"]) {\n  id: ID!\n  parent: Post @connection(keyField: "parentId")\n}\n';
    expect(diagnose(sdl, { transformerVersion: 1 }).filter((d) => d.severity !== 'hint')).toEqual([]);
  });

  it('flags v2 directives under transformer v1', () => {
    const sdl = 'type Post @model {\n  id: ID! @primaryKey\n}\n';
    expect(diagnose(sdl, { transformerVersion: 1 }).map((d) => d.code)).toEqual(['v2-directive']);
  });

  it('flags Gen 2 only directives in a Gen 1 project', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  title: String @validate(type: minLength, value: "3")\n}\n';
    expect(diagnose(sdl).map((d) => d.code)).toEqual(['gen2-only-directive']);
    expect(diagnose(sdl, { generation: 2 })).toEqual([]);
  });

  it('keeps analysing the rest of a file with a syntax error', () => {
    const sdl = 'type Broken @model {\n  id: ID!\n  title String\n}\n\ntype Post @modle {\n  id: ID!\n}\n';
    expect(summarize(diagnose(sdl))).toEqual(['syntax-error@3:9-3:15', 'unknown-directive@6:11-6:17']);
  });

  it('reports a missing required argument', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  tags: [Tag] @manyToMany\n}\ntype Tag @model { id: ID! }\n';
    expect(diagnose(sdl).map((d) => d.code)).toContain('missing-argument');
  });

  it('reports a directive used where it is not allowed', () => {
    const sdl = 'type Post @hasMany {\n  id: ID! @model\n}\n';
    expect(summarize(diagnose(sdl))).toEqual(['misplaced-directive@1:11-1:19', 'misplaced-directive@2:11-2:17']);
  });

  it('checks a type together with its extensions', () => {
    const sdl = 'enum Color {\n  RED\n}\nextend enum Color {\n  RED\n}\n';
    expect(diagnose(sdl).map((d) => d.code)).toEqual(['duplicate-enum-value']);
  });
});

describe('SDL validation across edits', () => {
  const uri = 'file:///project/amplify/backend/api/demo/schema.graphql';
  const settings = defaultApiSettings();
  const base = 'type Author @model {\n  id: ID!\n}\n\ntype Book @model {\n  id: ID!\n  author: Author\n}\n';

  it('re-validates unchanged definitions when a type they use disappears', () => {
    const cache = new ParseCache();
    expect(analyzeSchema([{ uri, text: base }], settings, cache).diagnostics).toEqual([]);
    const renamed = base.replace('type Author', 'type Writer');
    const after = analyzeSchema([{ uri, text: renamed }], settings, cache).diagnostics;
    expect(after.map((d) => `${d.code}@${d.range.start.line + 1}`)).toEqual(['unknown-type@7']);
  });

  it('keeps reporting findings of unchanged definitions at their moved positions', () => {
    const cache = new ParseCache();
    const broken = base.replace('author: Author', 'author: Autor');
    expect(analyzeSchema([{ uri, text: broken }], settings, cache).diagnostics.map((d) => d.range.start.line)).toEqual([6]);
    const shifted = `# a comment on top\n\n${broken}`;
    expect(analyzeSchema([{ uri, text: shifted }], settings, cache).diagnostics.map((d) => d.range.start.line)).toEqual([8]);
  });
});

describe('syntax errors', () => {
  it('does not treat a header comment as a broken definition', () => {
    const sdl = '# The blog schema.\n# Owned by the web team.\n\ntype Post @model {\n  id: ID!\n  title String\n}\n';
    expect(summarize(diagnose(sdl))).toEqual(['syntax-error@6:9-6:15']);
  });
});

describe("graphql-js' rules by name", () => {
  it('names every SDL rule as graphql-js exports it, without reading function names a minifier renames', () => {
    for (const rule of specifiedSDLRules) expect(ruleNameOf(rule)).toMatch(/^[A-Z]\w+Rule$/);
    expect(ruleNameOf(ValuesOfCorrectTypeRule)).toBe('ValuesOfCorrectTypeRule');
    expect(ruleNameOf(boundedKnownTypeNamesRule)).toBe('KnownTypeNamesRule');
  });
});
