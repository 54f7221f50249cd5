import { type ClientSchema, a, defineData } from '@aws-amplify/backend';

// amplify-category-api #2534: "Uni-directional relationships are not supported", at deploy time.
const schema = a.schema({
  Blog: a
    .model({
      name: a.string(),
      // expect: gen2-schema-builder-error
      posts: a.hasMany('Post', 'blogId'),
    })
    .authorization((allow) => [allow.owner()]),
  Post: a
    .model({
      title: a.string(),
      blogId: a.id(),
    })
    .authorization((allow) => [allow.owner()]),
});

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({ schema, authorizationModes: { defaultAuthorizationMode: 'userPool' } });
