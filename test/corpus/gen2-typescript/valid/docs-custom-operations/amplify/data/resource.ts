import { type ClientSchema, a, defineData } from '@aws-amplify/backend';
import { echoHandler } from '../functions/echo-handler/resource';

const schema = a.schema({
  EchoResponse: a.customType({
    content: a.string(),
    executionDuration: a.float(),
  }),
  echo: a
    .query()
    .arguments({ content: a.string() })
    .returns(a.ref('EchoResponse'))
    .authorization((allow) => [allow.authenticated()])
    .handler(a.handler.function(echoHandler)),
  likePost: a
    .mutation()
    .arguments({ postId: a.string() })
    .returns(a.ref('Post'))
    .authorization((allow) => [allow.authenticated()])
    .handler(a.handler.custom({ dataSource: a.ref('Post'), entry: './increment-like.js' })),
  Post: a
    .model({
      title: a.string(),
      likes: a.integer(),
    })
    .authorization((allow) => [allow.owner(), allow.authenticated().to(['read'])]),
  legacyLookup: a
    .query()
    .arguments({ id: a.id().required() })
    .returns(a.string())
    .authorization((allow) => [allow.authenticated()])
    .handler(a.handler.function('legacy-lookup-prod')),
});

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({
  schema,
  authorizationModes: { defaultAuthorizationMode: 'userPool' },
});
