import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../../test-support/graphql/apply-text-edits';
import { diagnose, underlined } from '../../../../test-support/graphql/diagnose';
import { coercedMajor } from './conversation-directive-rules';

function conversation(sdl: string) {
  return diagnose(sdl, { generation: 2 })
    .filter((d) => d.code.startsWith('conversation-'))
    .map((d) => [d.code, underlined(sdl, d)]);
}

const MESSAGE = 'interface AmplifyAIConversationMessage {\n  id: ID!\n  content: String\n}\n';
const AUTH = 'auth: { strategy: owner, provider: userPools }';

function chat(directiveArguments: string, prelude = '', returns = 'AmplifyAIConversationMessage'): string {
  return `${MESSAGE}${prelude}type Mutation {\n  chat(conversationId: ID!): ${returns}\n    @conversation(aiModel: "m", systemPrompt: "p", ${AUTH}${directiveArguments})\n}\n`;
}

describe('@conversation rules', () => {
  it('accepts a route with a handler, tools and inference settings', () => {
    const prelude = [
      'enum Unit { C F }',
      'input Place { city: String! }',
      'type Weather { temperature: Float }',
      'type Post @model { id: ID! title: String }',
      'type Query {',
      '  getWeather(place: Place!, unit: Unit, day: AWSDate): Weather',
      '}',
      '',
    ].join('\n');
    const sdl = chat(
      ', handler: { functionName: "ChatHandler", eventVersion: "1.0" }, inferenceConfiguration: { maxTokens: 100, temperature: 0.2, topP: 0.9 }, ' +
        'tools: [{ name: "get_weather", description: "Weather", queryName: "getWeather" }, { name: "listPosts", description: "Posts", modelName: "Post", modelOperation: list }]',
      prelude,
    );
    expect(diagnose(sdl, { generation: 2 })).toEqual([]);
  });

  it('is only for Mutation fields, returning the conversation message type', () => {
    const onQuery = `${MESSAGE}type Query {\n  chat: AmplifyAIConversationMessage @conversation(aiModel: "m", systemPrompt: "p", ${AUTH})\n}\n`;
    expect(conversation(onQuery).map(([code]) => code)).toEqual(['conversation-not-on-mutation']);
    expect(conversation(chat('', '', 'AmplifyAIConversationMessage!'))).toEqual([['conversation-return-type', 'AmplifyAIConversationMessage!']]);
    expect(conversation(chat('', 'type Reply { text: String }\n', 'Reply'))).toEqual([['conversation-return-type', 'Reply']]);
  });

  it('checks inference settings', () => {
    expect(conversation(chat(', inferenceConfiguration: { maxTokens: -5, topP: 2 }'))).toEqual([
      ['conversation-inference-out-of-range', '-5'],
      ['conversation-inference-out-of-range', '2'],
    ]);
  });

  it('rejects functionName beside handler, and handlers of another event version', () => {
    expect(conversation(chat(', functionName: "Old", handler: { functionName: "New", eventVersion: "1.0" }'))).toEqual([
      ['conversation-function-name-and-handler', 'functionName: "Old"'],
    ]);
    const sdl = chat(', handler: { functionName: "New", eventVersion: "2.0.0" }');
    const diagnostics = diagnose(sdl, { generation: 2 });
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([['conversation-handler-event-version', '"2.0.0"']]);
    expect(diagnostics[0].message).toMatch(/^Unsupported custom conversation handler\. Expected eventVersion to match 1\.x, received 2\.0\.0\./);
  });

  it('reads event versions as semver.coerce does', () => {
    expect(['1', '1.0', 'v1', '1.x', 'x1', 'a1b2'].map(coercedMajor)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(['2.0.0', '10', '0.9'].map(coercedMajor)).toEqual([2, 10, 0]);
    expect(['abc', '', '12345678901234567'].map(coercedMajor)).toEqual([undefined, undefined, undefined]);
  });

  it('checks tool names and shapes', () => {
    expect(conversation(chat(', tools: [{ name: "get weather", description: "d", queryName: "q" }]', 'type Query { q: String }\n'))).toEqual([
      ['conversation-tool-name', '"get weather"'],
    ]);
    expect(
      conversation(chat(`, tools: [{ name: "${'a'.repeat(65)}", description: "d", queryName: "q" }]`, 'type Query { q: String }\n')),
    ).toEqual([['conversation-tool-name', `"${'a'.repeat(65)}"`]]);
    const both = chat(
      ', tools: [{ name: "t", description: "d", queryName: "q", modelName: "Post", modelOperation: list }]',
      'type Query { q: String }\n',
    );
    const diagnostics = diagnose(both, { generation: 2 });
    expect(diagnostics.map((d) => d.code)).toEqual(['conversation-tool-shape']);
    expect(diagnostics[0].message).toMatch(/^Tool definitions must contain a modelName and modelOperation, or queryName\. Invalid tools: t\./);
    expect(conversation(chat(', tools: [{ name: "t", description: "d", modelName: "Post" }]')).map(([code]) => code)).toEqual([
      'conversation-tool-shape',
    ]);
  });

  it('finds the query a tool names, or suggests the close one', () => {
    const sdl = chat(', tools: [{ name: "t", description: "d", queryName: "getWether" }]', 'type Query { getWeather: String }\n');
    // get… may be a generated query: not reported.
    expect(conversation(sdl)).toEqual([]);
    const custom = chat(', tools: [{ name: "t", description: "d", queryName: "weathr" }]', 'type Query { weather: String }\n');
    const [diagnostic] = diagnose(custom, { generation: 2 });
    expect([diagnostic.code, underlined(custom, diagnostic)]).toEqual(['conversation-tool-no-query', '"weathr"']);
    expect(diagnostic.message).toBe(
      'Tool "t" defined in @conversation directive has no matching Query field definition. Did you mean \'weather\'?',
    );
    expect(applyFix(custom, diagnostic.fixes?.[0])).toContain('queryName: "weather"');
  });

  it('finds the model a tool names, with its list query on', () => {
    const unknown = chat(
      ', tools: [{ name: "t", description: "d", modelName: "Pots", modelOperation: list }]',
      'type Post @model { id: ID! }\n',
    );
    expect(conversation(unknown)).toEqual([['conversation-tool-unknown-model', '"Pots"']]);
    const off = chat(
      ', tools: [{ name: "t", description: "d", modelName: "Post", modelOperation: list }]',
      'type Post @model(queries: { get: "getPost", list: null }) { id: ID! }\n',
    );
    expect(conversation(off)).toEqual([['conversation-tool-no-query', '"Post"']]);
  });

  it('rejects tool queries whose arguments the model cannot be told about', () => {
    const sdl = chat(', tools: [{ name: "t", description: "d", queryName: "events" }]', 'type Query { events(from: AWSDateTime!): String }\n');
    const diagnostics = diagnose(sdl, { generation: 2 });
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([['conversation-tool-unsupported-argument', '"events"']]);
    expect(diagnostics[0].message).toMatch(/^Tool "t": Disallowed required field type AWSDateTime at events\(from:\)/);
  });
});
