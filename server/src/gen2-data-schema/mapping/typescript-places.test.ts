import { describe, expect, it } from 'vitest';
import { parseSchemaFile } from '../../graphql/parse-schema-file';
import { readDataSchema } from '../../gen2-source/read-data-schema';
import { sdlSiteAt } from './sdl-site';
import { placeForSite } from './typescript-places';

const RESOURCE = '/p/amplify/data/resource.ts';
const TS = `import { a, defineData } from '@aws-amplify/backend';

const schema = a.schema({
  Post: a
    .model({
      title: a.string().required().validate((v) => v.minLength(-1).maxLength(10)),
      status: a.enum(['DRAFT', 'LIVE']),
      tags: a.hasMany('Tag', ['postId', 'postTitle']),
    })
    .identifier(['title', 'status'])
    .secondaryIndexes((index) => [index('status').sortKeys(['title']).queryField('byStatus')])
    .authorization((allow) => [allow.owner(), allow.groups(['Admins']).to(['read', 'sing'])]),
  chat: a
    .conversation({
      aiModel: a.ai.model('Claude 3.5 Haiku'),
      systemPrompt: 'You are helpful.',
      inferenceConfiguration: { temperature: 2, maxTokens: 100 },
      tools: [a.ai.dataTool({ name: 'list posts', description: 'Lists posts', model: a.ref('Post'), modelOperation: 'list' })],
    })
    .authorization((allow) => allow.owner()),
  summarize: a
    .generation({ aiModel: a.ai.model('Claude 3.5 Haiku'), systemPrompt: 'Summarize.', inferenceConfiguration: { topP: 3 } })
    .arguments({ text: a.string() })
    .returns(a.string())
    .authorization((allow) => allow.authenticated()),
});

export const data = defineData({ schema });
`;

/** SDL shaped as data-schema's SchemaProcessor writes it for the TS above. */
const SDL = `enum PostStatus {
  DRAFT
  LIVE
}

type Post @model @auth(rules: [{allow: owner, ownerField: "owner"},
  {allow: groups, groups: ["Admins"], operations: [read, sing]}])
{
  title: String! @primaryKey(sortKeyFields: ["status"]) @validate(type: minLength, value: "-1") @validate(type: maxLength, value: "10")
  status: PostStatus @index(sortKeyFields: ["title"], queryField: "byStatus")
  tags: [Tag] @hasMany(references: ["postId","postTitle"])
}

type Query {
  summarize(text: String): String @generation(aiModel: "anthropic.claude-3-5-haiku", systemPrompt: "Summarize.", inferenceConfiguration: { topP: 3 }) @aws_cognito_user_pools
}

type Mutation {
  chat(conversationId: ID!): String @conversation(aiModel: "anthropic.claude-3-5-haiku", systemPrompt: "You are helpful.", inferenceConfiguration: { temperature: 2, maxTokens: 100 }, auth: { strategy: owner, provider: userPools }, tools: [{ name: "list posts", description: "Lists posts", modelName: "Post", modelOperation: list }]) @aws_cognito_user_pools
}
`;

const reading = readDataSchema(RESOURCE, (path) => (path === RESOURCE ? TS : undefined))!;
const definitions = parseSchemaFile({ uri: 'sdl:test', text: SDL }).definitions;

/** The TypeScript a diagnostic at the first `needle` (plus `delta`) of the SDL lands on. */
function landing(needle: string, delta = 0, occurrence = 1) {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = SDL.indexOf(needle, offset + 1);
  const site = sdlSiteAt(definitions, offset + delta, SDL);
  const mapped = placeForSite(site, reading);
  return { text: TS.slice(mapped.place.start, mapped.place.end), precise: mapped.precise };
}

describe('placing generated SDL back on the TypeScript', () => {
  it('puts @validate arguments on their step of the validate chain', () => {
    expect(landing('"-1"')).toEqual({ text: '-1', precise: true });
    expect(landing('@validate(type: maxLength')).toEqual({ text: 'v.minLength(-1).maxLength(10)', precise: true });
  });

  it('puts @auth rules and their operations on the allow entries', () => {
    expect(landing('{allow: owner')).toEqual({ text: 'allow.owner()', precise: true });
    expect(landing('sing')).toEqual({ text: "'sing'", precise: true });
  });

  it('puts @primaryKey, @index and relationship references on their builder calls', () => {
    expect(landing('"status"]) @validate')).toEqual({ text: "'status'", precise: true });
    expect(landing('"byStatus"')).toEqual({ text: "'byStatus'", precise: true });
    expect(landing('"title"], queryField')).toEqual({ text: "'title'", precise: true });
    expect(landing('"postTitle"')).toEqual({ text: "'postTitle'", precise: true });
    expect(landing('[Tag]', 1)).toEqual({ text: "'Tag'", precise: true });
  });

  it('puts generated enum values on the inline enum', () => {
    expect(landing('LIVE')).toEqual({ text: "'LIVE'", precise: true });
  });

  it('puts @conversation and @generation arguments on the config properties that make them', () => {
    expect(landing('temperature: 2')).toEqual({ text: 'temperature: 2', precise: true });
    expect(landing('"list posts"')).toEqual({ text: "name: 'list posts'", precise: true });
    expect(landing('topP: 3')).toEqual({ text: 'topP: 3', precise: true });
    expect(landing('summarize(text', 10)).toEqual({ text: 'text', precise: true });
  });

  it('falls back to the model for a generated construct it cannot place, and says so', () => {
    expect(landing('@model')).toEqual({ text: 'Post', precise: true });
    const site = sdlSiteAt(definitions, SDL.indexOf('title: String!'), SDL);
    expect(placeForSite({ ...site, fieldName: 'owner' }, reading)).toMatchObject({ precise: false });
  });
});
