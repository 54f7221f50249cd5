import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AmplifySchemaModel } from '../amplify-schema-model';
import { analyzeSchema, ParseCache } from '../analyze-schema';
import { defaultApiSettings, type ApiSettings } from '../api-settings';
import type { RuleContext } from '../rule-context';
import { SCHEMA_URI, summarize } from '../../../test-support/graphql/diagnose';
import { CleanUnitMemo, ruleEnvironment } from './clean-unit-memo';

function contextFor(model: AmplifySchemaModel, settings: ApiSettings, found: string[]): RuleContext {
  return { model, settings, files: [], report: (finding) => found.push(finding.code) };
}

const modelOf = (sdl: string) => new AmplifySchemaModel(parse(sdl).definitions);

describe('CleanUnitMemo', () => {
  const settings = defaultApiSettings();
  const model = modelOf('type A @model { id: ID! }');
  const unit = {};

  it('skips a unit that was clean under the same environment and dependencies', () => {
    const memo = new CleanUnitMemo<object>();
    let runs = 0;
    const context = contextFor(model, settings, []);
    memo.check(unit, ['dependency'], context, () => runs++);
    memo.check(unit, ['dependency'], context, () => runs++);
    expect(runs).toBe(1);
    memo.check(unit, ['another dependency'], context, () => runs++);
    expect(runs).toBe(2);
    memo.check(unit, ['another dependency'], contextFor(model, defaultApiSettings({ generation: 2 }), []), () => runs++);
    expect(runs).toBe(3);
  });

  it('checks a unit with findings every time, reporting them each time', () => {
    const memo = new CleanUnitMemo<object>();
    const found: string[] = [];
    const context = contextFor(model, settings, found);
    const check = (unitContext: RuleContext) => unitContext.report({ node: model.definitions[0], code: 'some-finding', message: '' });
    memo.check(unit, [], context, check);
    memo.check(unit, [], context, check);
    expect(found).toEqual(['some-finding', 'some-finding']);
  });
});

describe('ruleEnvironment', () => {
  const settings = defaultApiSettings();
  const sdl = 'type A @model { id: ID! }\nenum E { X }\nscalar S\n';

  it('is one token for equal shapes and settings, even from other model objects', () => {
    expect(ruleEnvironment(modelOf(sdl), settings)).toBe(ruleEnvironment(modelOf(sdl.replace('id: ID!', 'id: ID!, name: String')), settings));
    expect(ruleEnvironment(modelOf(sdl), settings)).toBe(ruleEnvironment(modelOf(sdl), defaultApiSettings()));
  });

  it('changes with the names and kinds of types, the root types and the settings', () => {
    const token = ruleEnvironment(modelOf(sdl), settings);
    expect(ruleEnvironment(modelOf(sdl.replace('enum E { X }', 'type E { x: Int }')), settings)).not.toBe(token);
    expect(ruleEnvironment(modelOf(sdl.replace('scalar S', 'scalar T')), settings)).not.toBe(token);
    expect(ruleEnvironment(modelOf(`${sdl}schema { query: A }\n`), settings)).not.toBe(token);
    expect(ruleEnvironment(modelOf(sdl), defaultApiSettings({ authProviders: new Set(['apiKey']) }))).not.toBe(token);
    expect(ruleEnvironment(modelOf(sdl), defaultApiSettings({ dataStoreEnabled: true }))).not.toBe(token);
  });
});

/**
 * The rules remember clean units across analyses of one API (the parse cache keeps the nodes of
 * unchanged definitions). An edit must bring back every finding it causes, also on definitions
 * that were not edited themselves.
 */
describe('rules after an edit', () => {
  const settings = defaultApiSettings({ authProviders: new Set(['userPools']) });
  const SCHEMA = `scalar Identity

type Post @model @auth(rules: [{ allow: owner }]) {
  id: ID!
  owner: Identity
  status: Status @default(value: "DRAFT")
  comments: [Comment] @hasMany(references: ["postId"])
}

type Comment @model {
  id: ID!
  postId: ID
  post: Post @belongsTo(references: ["postId"])
}

enum Status {
  DRAFT
  PUBLISHED
}
`;

  function analyzer() {
    const cache = new ParseCache();
    return (text: string, apiSettings: ApiSettings = settings) =>
      summarize(analyzeSchema([{ uri: SCHEMA_URI, text }], apiSettings, cache).diagnostics);
  }

  it('reports on an unchanged relation when the type it points at loses its counterpart', () => {
    const analyze = analyzer();
    expect(analyze(SCHEMA)).toEqual([]);
    expect(analyze(SCHEMA.replace('  post: Post @belongsTo(references: ["postId"])\n', ''))).toEqual(['relational-unidirectional@7:23-7:55']);
    expect(analyze(SCHEMA)).toEqual([]);
  });

  it('reports on unchanged auth rules when another definition changes the kind of a type they read', () => {
    const analyze = analyzer();
    expect(analyze(SCHEMA)).toEqual([]);
    expect(analyze(SCHEMA.replace('scalar Identity', 'type Identity {\n  value: String\n}'))).toEqual(['auth-owner-field-type@7:10-7:18']);
  });

  it('reports on an unchanged default value when its enum loses the member', () => {
    const analyze = analyzer();
    expect(analyze(SCHEMA)).toEqual([]);
    expect(analyze(SCHEMA.replace('  DRAFT\n', '  DRAFTED\n'))).toEqual(['default-invalid-enum-value@6:34-6:41']);
  });

  it('reports on unchanged auth rules when the settings change', () => {
    const analyze = analyzer();
    expect(analyze(SCHEMA)).toEqual([]);
    expect(analyze(SCHEMA, defaultApiSettings({ authProviders: new Set(['apiKey']) }))).toEqual(['auth-provider-not-configured@3:41-3:46']);
  });

  it('reports a finding on an unchanged definition again at its new place, with fixes that moved along', () => {
    const cache = new ParseCache();
    const broken = SCHEMA.replace('@default(value: "DRAFT")', '@default(value: "DRAFTY")');
    const diagnosticsOf = (text: string) => analyzeSchema([{ uri: SCHEMA_URI, text }], settings, cache).diagnostics;
    expect(summarize(diagnosticsOf(broken))).toEqual(['default-invalid-enum-value@6:34-6:42']);
    // A comment above moves the definition without changing it.
    const [moved] = diagnosticsOf(`# Blog\n${broken}`);
    expect(summarize([moved])).toEqual(['default-invalid-enum-value@7:34-7:42']);
    expect(moved.fixes?.[0].edits[0].range).toEqual(moved.range);
  });
});
