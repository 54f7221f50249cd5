import { describe, expect, it } from 'vitest';
import { underlined } from '../../../../test-support/graphql/diagnose';
import { codesV1, diagnoseV1 } from '../../../../test-support/graphql/v1-diagnostics';

/** @searchable, @function, @http and @predictions of transformer v1, against their transformers' sources and tests. */
describe('@searchable under transformer v1', () => {
  it('requires @model, and nothing else', () => {
    expect(codesV1('type Post @model @searchable {\n  id: ID!\n}\ntype Draft @searchable {\n  id: ID!\n}\n')).toEqual([
      'searchable-not-on-model',
    ]);
  });
});

describe('@function under transformer v1', () => {
  it("accepts the project's functions and pipelines; warns about unknown ones; refuses an empty name", () => {
    const sdl = `
type Query {
  echo(msg: String): String @function(name: "echofunction-\${env}")
  both: String @function(name: "auth-\${env}") @function(name: "echofunction-\${env}")
  other: String @function(name: "notInProject")
  empty: String @function(name: "")
}
`;
    const diagnostics = diagnoseV1(sdl, { functionNames: new Set(['echofunction', 'auth']), envNames: ['dev'] });
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['function-unknown-name', 'warning'],
      ['function-empty-name', 'error'],
    ]);
  });

  it('has no invocationType under v1', () => {
    const sdl =
      'type Mutation {\n  run: EventInvocationResponse @function(name: "f", invocationType: Event)\n}\ntype EventInvocationResponse {\n  success: Boolean!\n}\n';
    expect(codesV1(sdl)).toEqual(['unknown-argument']);
  });
});

describe('@http under transformer v1', () => {
  it('requires an http(s) url on object types', () => {
    const sdl = 'type Query {\n  a: String @http(url: "https://example.com/a")\n  b: String @http(url: "example.com/b")\n}\n';
    const [diagnostic, ...rest] = diagnoseV1(sdl);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('http-invalid-url');
    expect(underlined(sdl, diagnostic)).toBe('"example.com/b"');
    expect(diagnostic.fixes?.[0].edits[0].newText).toBe('"https://example.com/b"');
  });
});

describe('@predictions under transformer v1', () => {
  it('works on the query type only, in any action order', () => {
    const sdl = `
schema { query: Root mutation: Mutation }
type Root { speak(input: String): String @predictions(actions: [translateText, identifyText]) }
type Mutation { speak(input: String): String @predictions(actions: [convertTextToSpeech]) }
`;
    expect(codesV1(sdl)).toEqual(['predictions-not-on-query']);
  });
});
