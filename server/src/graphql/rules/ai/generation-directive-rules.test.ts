import { describe, expect, it } from 'vitest';
import { diagnose, underlined } from '../../../../test-support/graphql/diagnose';

function generation(sdl: string) {
  return diagnose(sdl, { generation: 2 })
    .filter((d) => d.code.startsWith('generation-'))
    .map((d) => [d.code, underlined(sdl, d)]);
}

const AI = '@generation(aiModel: "amazon.nova-lite-v1:0", systemPrompt: "Answer.")';

describe('@generation rules', () => {
  it('accepts scalar, object, enum and list responses with supported required types', () => {
    const sdl = [
      'enum Difficulty { EASY HARD }',
      'type Recipe {',
      '  name: String!',
      '  steps: [String!]!',
      '  difficulty: Difficulty',
      '  published: AWSDate',
      '  meta: AWSJSON!',
      '}',
      'type Query {',
      `  summarize(input: String): String ${AI}`,
      `  recipe(description: String): Recipe ${AI}`,
      `  recipes: [Recipe] ${AI}`,
      `  level: Difficulty! ${AI}`,
      `  solve(equation: String): Int ${AI}`,
      '}',
      '',
    ].join('\n');
    expect(diagnose(sdl, { generation: 2 })).toEqual([]);
  });

  it('is only for Query fields', () => {
    const sdl = `type Mutation {\n  summarize: String ${AI}\n}\n`;
    expect(generation(sdl)).toEqual([['generation-not-on-query', AI]]);
  });

  it('checks inference settings against Bedrock ranges', () => {
    const sdl =
      'type Query {\n  a: String @generation(aiModel: "m", systemPrompt: "p", inferenceConfiguration: { maxTokens: 0, temperature: 1.5, topP: -0.1 })\n}\n';
    const diagnostics = diagnose(sdl, { generation: 2 });
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['generation-inference-out-of-range', '0'],
      ['generation-inference-out-of-range', '1.5'],
      ['generation-inference-out-of-range', '-0.1'],
    ]);
    expect(diagnostics[0].message).toMatch(/^@generation directive maxTokens valid range: Minimum value of 1\. Provided: 0\./);
    expect(diagnostics[1].message).toMatch(
      /^@generation directive temperature valid range: Minimum value of 0\. Maximum value of 1\. Provided: 1\.5\./,
    );
    const edges =
      'type Query {\n  a: String @generation(aiModel: "m", systemPrompt: "p", inferenceConfiguration: { maxTokens: 1, temperature: 0, topP: 1 })\n}\n';
    expect(generation(edges)).toEqual([]);
  });

  it('rejects required AWS scalars in the response, anywhere in it', () => {
    expect(generation(`type Query {\n  when: AWSDateTime! ${AI}\n}\n`)).toEqual([['generation-unsupported-response-type', 'AWSDateTime!']]);
    const nested = `type Event {\n  title: String\n  at: AWSDate!\n}\ntype Query {\n  plan: [Event] ${AI}\n}\n`;
    const diagnostics = diagnose(nested, { generation: 2 });
    expect(diagnostics.map((d) => [d.code, underlined(nested, d)])).toEqual([['generation-unsupported-response-type', '[Event]']]);
    expect(diagnostics[0].message).toMatch(
      /^Disallowed required field type AWSDate at Event\.at\. Use one of the supported scalar types for generation routes: \[Boolean, Int, Float, String, ID, AWSJSON\]/,
    );
    // The transformer unwraps lists before it looks at the scalar: [AWSDate]! is rejected too.
    expect(generation(`type Query {\n  days: [AWSDate]! ${AI}\n}\n`)).toEqual([['generation-unsupported-response-type', '[AWSDate]!']]);
  });

  it('rejects interfaces, unions and types that contain themselves', () => {
    const sdl = [
      'interface Node { id: ID }',
      'type Leaf implements Node { id: ID }',
      'type Tree { value: String children: [Tree] }',
      'type Query {',
      `  node: Node ${AI}`,
      `  tree: Tree ${AI}`,
      '}',
      '',
    ].join('\n');
    const diagnostics = diagnose(sdl, { generation: 2 }).filter((d) => d.code.startsWith('generation-'));
    expect(diagnostics.map((d) => underlined(sdl, d))).toEqual(['Node', 'Tree']);
    expect(diagnostics[0].message).toMatch(/^Unsupported type definition: InterfaceTypeDefinition/);
    expect(diagnostics[1].message).toMatch(/^Tree contains itself \(at Tree\.children\)/);
  });

  it('belongs to Gen 2 only', () => {
    expect(generation(`type Mutation {\n  a: String ${AI}\n}\n`).length).toBe(1);
    const gen1 = diagnose(`type Mutation {\n  a: String ${AI}\n}\n`).filter((d) => d.code.startsWith('generation-'));
    expect(gen1).toEqual([]);
  });
});
