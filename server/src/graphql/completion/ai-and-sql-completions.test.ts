import { describe, expect, it } from 'vitest';
import { accept, completeAt, labels } from '../../../test-support/graphql/complete-at';

const ROUTE = (tool: string) =>
  `type Post @model {\n  id: ID!\n}\ntype Draft {\n  id: ID!\n}\ntype Query {\n  plus(a: Int, b: Int): Int\n  weather(city: String): String\n}\ntype Mutation {\n  chat(conversationId: ID!): AmplifyAIConversationMessage\n    @conversation(aiModel: "m", systemPrompt: "p", auth: { strategy: owner, provider: userPools }, tools: [{ name: "t", description: "d", ${tool} }])\n}\ninterface AmplifyAIConversationMessage { id: ID! }\n`;

describe('completion of @conversation tools, @validate types and @sql references', () => {
  it("offers the @model types as a tool's modelName", () => {
    const sdl = ROUTE('modelName: "‸"');
    const items = completeAt(sdl, { generation: 2 });
    expect(labels(items)).toEqual(['Post']);
    expect(accept(sdl, items, 'Post')).toContain('modelName: "Post"');
  });

  it("offers the fields of Query as a tool's queryName", () => {
    const sdl = ROUTE('queryName: ‸');
    const items = completeAt(sdl, { generation: 2 });
    expect(labels(items)).toEqual(['plus', 'weather']);
    expect(accept(sdl, items, 'weather')).toContain('queryName: "weather"');
  });

  it('offers only the validation types that fit the field', () => {
    const number = labels(completeAt('type Item @model {\n  id: ID!\n  n: Int @validate(type: ‸)\n}', { generation: 2 }));
    expect(number).toEqual(['gt', 'lt', 'gte', 'lte']);
    const text = labels(completeAt('type Item @model {\n  id: ID!\n  s: String @validate(type: ‸)\n}', { generation: 2 }));
    expect(text).toEqual(['minLength', 'maxLength', 'startsWith', 'endsWith', 'matches']);
  });

  it("offers the API's custom SQL statements as @sql references", () => {
    const sdl = 'type Query {\n  search(term: String): [String] @sql(reference: "‸")\n}';
    expect(labels(completeAt(sdl, { sqlStatementNames: new Set(['topPosts', 'searchPosts']) }))).toEqual(['searchPosts', 'topPosts']);
    expect(labels(completeAt(sdl))).toEqual([]);
  });
});
