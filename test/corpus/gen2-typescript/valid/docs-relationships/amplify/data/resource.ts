// Modelled on the Amplify documentation, Data > Modeling relationships (one-to-many, one-to-one, many-to-many).
import { type ClientSchema, a, defineData } from '@aws-amplify/backend';

const schema = a
  .schema({
    Team: a.model({
      mantra: a.string().required(),
      members: a.hasMany('Member', 'teamId'),
    }),
    Member: a.model({
      name: a.string().required(),
      teamId: a.id(),
      team: a.belongsTo('Team', 'teamId'),
    }),
    Customer: a.model({
      name: a.string(),
      activeCart: a.hasOne('Cart', 'customerId'),
    }),
    Cart: a.model({
      items: a.string().array(),
      customerId: a.id(),
      customer: a.belongsTo('Customer', 'customerId'),
    }),
    PostTag: a.model({
      postId: a.id().required(),
      tagId: a.id().required(),
      post: a.belongsTo('Post', 'postId'),
      tag: a.belongsTo('Tag', 'tagId'),
    }),
    Post: a.model({
      title: a.string(),
      content: a.string(),
      tags: a.hasMany('PostTag', 'postId'),
    }),
    Tag: a.model({
      name: a.string(),
      posts: a.hasMany('PostTag', 'tagId'),
    }),
  })
  .authorization((allow) => allow.publicApiKey());

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({
  schema,
  authorizationModes: {
    defaultAuthorizationMode: 'apiKey',
    apiKeyAuthorizationMode: { expiresInDays: 30 },
  },
});
